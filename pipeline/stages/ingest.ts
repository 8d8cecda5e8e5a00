import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { PipelineError } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import { ingestBytes, type Document } from "../ingest/document.ts";
import { parseManifest, type ManifestEntry } from "../ingest/manifest.ts";
import { checkSize } from "../ingest/reject.ts";
import { unchangedSince, type RawFile } from "../ingest/snapshot.ts";
import type { RejectedRow } from "../generated/tables.ts";
import { defineStage } from "./define.ts";

/**
 * Reads every `.txt` file of the raw snapshot, rejects what cannot be
 * decoded (with the reason), and cleans and lays out the rest. Raw files are
 * only read, never written.
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
    const manifest = raw.manifest ? parseManifest(new TextDecoder().decode(readVerified(rawDir, raw.manifest)), join(rawDir, raw.manifest.path)) : new Map<string, ManifestEntry>();
    const known = new Set(raw.files.map((f) => f.path));
    for (const file of manifest.keys()) if (!known.has(file)) ctx.warn(`manifest.csv lists '${file}', which is not a .txt file in the raw directory`);
    for (const file of raw.ignored) ctx.warn(`ignored ${file}: only .txt files are articles`);

    const documents: Document[] = [];
    const rejected: RejectedRow[] = [];
    for (const [i, file] of raw.files.entries()) {
      const tooLarge = checkSize(file.size);
      if (tooLarge) {
        rejected.push({ source_file: file.path, ...tooLarge, size_bytes: file.size, sha256: null });
      } else {
        const bytes = readVerified(rawDir, file);
        const result = ingestBytes(file.path, bytes, manifest.get(file.path), file.sha256); // verified by readVerified
        if (result.ok) documents.push(result.document);
        else rejected.push({ source_file: file.path, ...result.rejection, size_bytes: file.size, sha256: file.sha256 });
      }
      ctx.progress(i + 1, raw.files.length);
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

/**
 * The bytes of a raw file, which must be those the snapshot hashed: a file
 * that still has the snapshot's size, mtime and inode is taken to (the
 * rule of the stat cache, so each file is hashed once per build); any other
 * is hashed and compared. Synchronous, as in snapshot.ts: for files in the
 * page cache it is several times faster than fs.promises.
 */
function readVerified(rawDir: string, file: RawFile): Uint8Array {
  const path = join(rawDir, file.path);
  const fd = openSync(path, "r");
  let bytes: Uint8Array;
  let same: boolean;
  try {
    const st = fstatSync(fd);
    same = unchangedSince(file, st);
    // read the size fstat gives (a file that grew or shrank since is caught by the check below)
    const buffer = Buffer.allocUnsafe(st.size);
    let done = 0;
    for (let got = 1; done < st.size && got > 0; done += got) got = readSync(fd, buffer, done, st.size - done, done);
    bytes = buffer.subarray(0, done);
  } finally {
    closeSync(fd);
  }
  if ((!same || bytes.length !== file.size) && sha256(bytes) !== file.sha256) throw new PipelineError(`${path} changed while the build was running; run it again`);
  return bytes;
}
