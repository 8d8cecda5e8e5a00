import { join } from "node:path";
import { mapInWorkers, stagePoolOptions } from "../core/pool.ts";
import { sha256 } from "../core/hash.ts";
import type { Document, IngestResult } from "../ingest/document.ts";
import { parseManifest, type ManifestEntry } from "../ingest/manifest.ts";
import { readVerified } from "../ingest/read.ts";
import { checkSize } from "../ingest/reject.ts";
import type { IngestItem, IngestSetup } from "../ingest/work.ts";
import type { RejectedRow } from "../generated/tables.ts";
import { defineStage } from "./define.ts";

/**
 * Reads every `.txt` file of the raw snapshot, rejects what cannot be
 * decoded (with the reason) and the entries that lead to no file, and
 * cleans and lays out the rest. Raw files are only read, never written.
 */
export const ingest = defineStage({
  id: "ingest",
  description: "decode, clean and lay out every raw .txt file; reject unreadable ones",
  version: 1,
  reads: ["raw"],
  writes: ["documents", "table:rejected"],
  count: (out) => out.documents.length + out["table:rejected"].length,
  async run({ raw }, ctx) {
    const rawDir = ctx.options.rawDir;
    const known = new Set([...raw.files.map((f) => f.path), ...raw.unreadable.map((u) => u.path)]);
    const manifest = raw.manifest ? parseManifest(new TextDecoder().decode(readVerified(rawDir, raw.manifest)), join(rawDir, raw.manifest.path), known) : new Map<string, ManifestEntry>();
    for (const file of raw.ignored) ctx.warn(`ignored ${file}: only .txt files are articles`);

    // Files over the size limit are rejected unread; the rest are read, decoded and cleaned in worker threads.
    const tooLarge = raw.files.map((file) => checkSize(file.size));
    const items: IngestItem[] = [];
    raw.files.forEach((file, i) => {
      if (!tooLarge[i]) items.push({ file, manifest: manifest.get(file.path) ?? null });
    });
    const results = await mapInWorkers<IngestSetup, IngestItem, IngestResult>(items, { module: new URL("../ingest/work.ts", import.meta.url).href, setup: { rawDir } }, stagePoolOptions(ctx, (item) => join(rawDir, item.file.path)));
    const documents: Document[] = [];
    // entries that lead to no file (broken links, loops) are rejected as they were listed
    const rejected: RejectedRow[] = raw.unreadable.map((u) => ({ source_file: u.path, reason: u.reason, detail: u.detail, size_bytes: null, sha256: null }));
    let next = 0;
    for (const [i, file] of raw.files.entries()) {
      const large = tooLarge[i];
      if (large) {
        rejected.push({ source_file: file.path, ...large, size_bytes: file.size, sha256: null });
        continue;
      }
      const result = results[next++]!;
      if (result.ok) documents.push(result.document);
      else rejected.push({ source_file: file.path, ...result.rejection, size_bytes: file.size, sha256: file.sha256 });
    }
    for (const r of rejected) ctx.warn(`rejected ${r.source_file}: ${r.reason}: ${r.detail}`);
    return { documents: disambiguateIds(documents), "table:rejected": rejected };
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

