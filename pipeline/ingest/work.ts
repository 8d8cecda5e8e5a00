import { ingestBytes, type IngestResult } from "./document.ts";
import type { ManifestEntry } from "./manifest.ts";
import { readVerified } from "./read.ts";
import type { RawFile } from "./snapshot.ts";

/** What every thread of the ingest stage starts from. */
export interface IngestSetup {
  readonly rawDir: string;
}

/** One raw file to read, with what the manifest says of it. */
export interface IngestItem {
  readonly file: RawFile;
  readonly manifest: ManifestEntry | null;
}

/** The ingest stage's per-file work, for pipeline/core/pool.ts: read (verified against the snapshot), decode, clean, lay out. */
export function createWorker(setup: IngestSetup): (item: IngestItem) => IngestResult {
  // the snapshot's hash is that of the bytes read: readVerified checks it
  return ({ file, manifest }) => ingestBytes(file.path, readVerified(setup.rawDir, file), manifest ?? undefined, file.sha256);
}
