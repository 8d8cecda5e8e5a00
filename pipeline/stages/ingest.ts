import { join } from "node:path";
import { mapInWorkers, stagePoolOptions } from "../core/pool.ts";
import { sha256 } from "../core/hash.ts";
import { ingestPage, type Document, type PageOutcome } from "../ingest/document.ts";
import { inputKindOf } from "../ingest/listing.ts";
import { parseManifest, type ManifestEntry } from "../ingest/manifest.ts";
import { readVerified } from "../ingest/read.ts";
import { checkSize, MAX_BYTES } from "../ingest/reject.ts";
import { compileScreen } from "../ingest/screen.ts";
import { compileDatelineWords } from "../ingest/dateline.ts";
import { readWarc } from "../ingest/warc.ts";
import type { IngestItem, IngestSetup } from "../ingest/work.ts";
import type { RejectedRow, ScreenedOutRow } from "../generated/tables.ts";
import { defineStage } from "./define.ts";

/**
 * Reads every article file of the raw snapshot: text files, saved web
 * pages and web archives (each HTML response record a page). Rejects what
 * cannot be decoded or holds no article (with the reason) and the entries
 * that lead to no file; screens web pages for language and topic (the
 * lexicon's `screen_words`) so that only Vietnamese pages about Japan and
 * defence go on; cleans and lays out the rest. Every file and page ends in
 * `documents`, `rejected` or `screened_out`. Date lines are read by the
 * lexicon's `date_line_words`. Raw files are only read.
 */
export const ingest = defineStage({
  id: "ingest",
  description: "decode, clean and lay out every raw .txt, .html and web-archive page; reject unreadable ones; screen out pages not about Vietnam–Japan defence",
  version: 4,
  reads: ["raw", "screen_words", "date_line_words"],
  writes: ["documents", "table:rejected", "table:screened_out"],
  count: (out) => out.documents.length + out["table:rejected"].length + out["table:screened_out"].length,
  async run({ raw, screen_words: screenWords, date_line_words: dateWords }, ctx) {
    const rawDir = ctx.options.rawDir;
    const known = new Set([...raw.files.map((f) => f.path), ...raw.unreadable.map((u) => u.path)]);
    const hashes = new Map(raw.files.map((f) => [f.path, f.sha256]));
    const manifest = raw.manifest ? parseManifest(new TextDecoder().decode(readVerified(rawDir, raw.manifest)), join(rawDir, raw.manifest.path), known, hashes) : new Map<string, ManifestEntry>();
    for (const file of raw.ignored) ctx.warn(`ignored ${file}: only .txt, .html, .htm, .warc and .warc.gz files are articles`);

    // Files over the size limit are rejected unread (a web archive is limited page by page);
    // text files and web pages are read, decoded and cleaned in worker threads.
    const archive = (path: string) => inputKindOf(path) === "warc";
    const tooLarge = raw.files.map((file) => (archive(file.path) ? null : checkSize(file.size)));
    const items: IngestItem[] = [];
    raw.files.forEach((file, i) => {
      if (!tooLarge[i] && !archive(file.path)) items.push({ file, manifest: manifest.get(file.path) ?? null });
    });
    const results = await mapInWorkers<IngestSetup, IngestItem, PageOutcome>(items, { module: new URL("../ingest/work.ts", import.meta.url).href, setup: { rawDir, screenWords, dateWords } }, stagePoolOptions(ctx, (item) => join(rawDir, item.file.path)));
    const documents: Document[] = [];
    // entries that lead to no file (broken links, loops) are rejected as they were listed
    const rejected: RejectedRow[] = raw.unreadable.map((u) => ({ source_file: u.path, reason: u.reason, detail: u.detail, size_bytes: null, sha256: null }));
    const screened: ScreenedOutRow[] = [];
    const take = (source_file: string, kind: "html" | "warc", outcome: PageOutcome, size: number, sha: string) => {
      if (outcome.ok) documents.push(outcome.document);
      else if ("screened" in outcome) screened.push({ source_file, input_kind: kind, reason: outcome.screened.reason, detail: outcome.screened.detail, url: outcome.screened.url, headline: outcome.screened.headline, sha256: sha });
      else rejected.push({ source_file, ...outcome.rejection, size_bytes: size, sha256: sha });
    };
    const screen = compileScreen(screenWords);
    const dates = compileDatelineWords(dateWords);
    const otherRecords: Record<string, number> = {};
    let next = 0;
    for (const [i, file] of raw.files.entries()) {
      const large = tooLarge[i];
      if (large) {
        rejected.push({ source_file: file.path, ...large, size_bytes: file.size, sha256: null });
        continue;
      }
      if (!archive(file.path)) {
        take(file.path, "html", results[next++]!, file.size, file.sha256);
        continue;
      }
      // A web archive is read here, streaming, one record at a time; its pages are handled as they come.
      const summary = await readWarc(
        join(rawDir, file.path),
        (page) => {
          const at = `${file.path}#${page.offset}`;
          if (!page.payload) return take(at, "warc", { ok: false, rejection: { reason: "too_large", detail: `the page is ${page.size} bytes; the limit is ${MAX_BYTES} bytes` } }, page.size, file.sha256);
          take(at, "warc", ingestPage(at, page.payload, { kind: "warc", bytesHash: file.sha256, size: page.size, contentType: page.contentType, warc: { recordId: page.recordId, targetUri: page.targetUri, date: page.date }, screen, dates }), page.size, file.sha256);
        },
        { maxPageBytes: MAX_BYTES, sha256: file.sha256 },
      );
      const others = Object.values(summary.other).reduce((a, b) => a + b, 0);
      for (const [kind, n] of Object.entries(summary.other)) otherRecords[kind] = (otherRecords[kind] ?? 0) + n;
      ctx.warn(`${file.path}: ${summary.pages} HTML page(s) read, ${others} other record(s) counted (${Object.entries(summary.other).map(([k, n]) => `${k} ${n}`).join(", ") || "none"})`);
      if (summary.fault) rejected.push({ source_file: summary.pages + others > 0 ? `${file.path}#${summary.fault.offset}` : file.path, reason: summary.fault.reason, detail: summary.fault.detail, size_bytes: file.size, sha256: file.sha256 });
    }
    for (const r of rejected) ctx.warn(`rejected ${r.source_file}: ${r.reason}: ${r.detail}`);
    if (screened.length) ctx.warn(`screened out ${screened.length} web page(s) not about Vietnam–Japan defence (language ${screened.filter((s) => s.reason === "language").length}, topic ${screened.filter((s) => s.reason === "topic").length}); see screened_out`);
    return { documents: disambiguateIds(documents), "table:rejected": rejected, "table:screened_out": screened };
  },
});

/**
 * Files with identical cleaned text would share a content id. The first by
 * path keeps it; each later copy gets the hash of its text and its path,
 * which is just as stable. (Dedupe links the copies.)
 */
function disambiguateIds(docs: Document[]): Document[] {
  const taken = new Set<string>();
  return docs.map((d) => {
    if (!taken.has(d.article_id)) {
      taken.add(d.article_id);
      return d;
    }
    const id = sha256(`${d.text}\u0000${d.source_file}`).slice(0, 16);
    taken.add(id);
    return { ...d, article_id: id };
  });
}
