import { ingestBytes, ingestPage, type PageOutcome } from "./document.ts";
import { inputKindOf } from "./listing.ts";
import type { ManifestEntry } from "./manifest.ts";
import { readVerified } from "./read.ts";
import { compileScreen, type ScreenWord } from "./screen.ts";
import { compileDatelineWords, type DateLineWord } from "./dateline.ts";
import type { RawFile } from "./snapshot.ts";

/** What every thread of the ingest stage starts from. */
export interface IngestSetup {
  readonly rawDir: string;
  /** The lexicon's screen words (reference/lexicon.json), compiled in each thread. */
  readonly screenWords: readonly ScreenWord[];
  /** The lexicon's date-line words (portal labels, weekday names), compiled in each thread. */
  readonly dateWords: readonly DateLineWord[];
}

/** One raw file to read (a text file or a saved web page), with what the manifest says of it. */
export interface IngestItem {
  readonly file: RawFile;
  readonly manifest: ManifestEntry | null;
}

/** The ingest stage's per-file work, for pipeline/core/pool.ts: read (verified against the snapshot), decode, clean, lay out; a web page is also found in its markup and screened. */
export function createWorker(setup: IngestSetup): (item: IngestItem) => PageOutcome {
  const screen = compileScreen(setup.screenWords);
  const dates = compileDatelineWords(setup.dateWords);
  // the snapshot's hash is that of the bytes read: readVerified checks it
  return ({ file, manifest }) => {
    const bytes = readVerified(setup.rawDir, file);
    if (inputKindOf(file.path) === "html") return ingestPage(file.path, bytes, { kind: "html", bytesHash: file.sha256, size: file.size, screen, dates, ...(manifest ? { manifest } : {}) });
    return ingestBytes(file.path, bytes, manifest ?? undefined, dates, file.sha256);
  };
}
