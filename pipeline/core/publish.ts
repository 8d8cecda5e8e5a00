import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PipelineError } from "./errors.ts";

/** Marks a folder as written by this pipeline, with the hash of what it holds. */
export const STAMP = ".hoidam-build.json";

export type PublishResult = "written" | "unchanged";

/** What to publish: the files, and a hash that identifies them without reading them. */
export interface Publication {
  /**
   * Identifies the files' content: equal hashes mean equal files. The build
   * passes the hashes the artifact cache already holds for the artifacts the
   * files come from, so a warm build knows out/ is current without loading
   * or hashing hundreds of megabytes.
   */
  readonly hash: string;
  /** The files by relative path; called only when out/ must be written. */
  files(): Promise<Readonly<Record<string, Uint8Array>>>;
}

/** The stamp's content: who wrote the folder, what it holds, and each file's size. */
interface Stamp {
  readonly generator: "hoidam";
  readonly hash: string;
  readonly sizes: Readonly<Record<string, number>>;
}

/**
 * Puts the publication's files at `outDir` so that a reader sees either the
 * old output or the new one, never a mix: everything is written to a
 * sibling temporary folder first, then the folders are swapped by two
 * renames. A failed build never reaches this point, so the previous output
 * stays as it was.
 *
 * When `outDir` carries a stamp with the same hash and every file the stamp
 * lists is there with its recorded size, nothing is written ("unchanged").
 * An existing `outDir` is replaced only if it is empty or carries our
 * stamp, so a mistyped `--out` cannot wipe an unrelated folder.
 */
export async function publish(outDir: string, publication: Publication): Promise<PublishResult> {
  if (existsSync(outDir)) {
    const st = await stat(outDir);
    if (!st.isDirectory()) throw new PipelineError(`--out ${outDir} is a file, not a folder`);
    const names = await readdir(outDir);
    const current = names.includes(STAMP) ? readStamp(await readFile(join(outDir, STAMP), "utf8")) : null;
    if (names.length && current === null) {
      throw new PipelineError(`--out ${outDir} is not empty and was not written by hoidam (no ${STAMP}); refusing to replace it. Remove it or choose another folder.`);
    }
    if (current && current !== "foreign" && current.hash === publication.hash && (await allPresent(outDir, current.sizes))) return "unchanged";
  }

  const files = await publication.files();
  const sizes: Record<string, number> = {};
  for (const path of Object.keys(files).sort()) sizes[path] = files[path]!.length;
  const stamp: Stamp = { generator: "hoidam", hash: publication.hash, sizes };
  const suffix = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = `${outDir}.tmp-${suffix}`;
  const old = `${outDir}.old-${suffix}`;
  await mkdir(dirname(outDir), { recursive: true });
  try {
    for (const path of Object.keys(files).sort()) {
      const target = join(tmp, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, files[path]!);
    }
    await writeFile(join(tmp, STAMP), `${JSON.stringify(stamp, null, 1)}\n`);
    const hadOld = existsSync(outDir);
    if (hadOld) await rename(outDir, old);
    try {
      await rename(tmp, outDir);
    } catch (e) {
      if (hadOld) await rename(old, outDir); // put the previous output back
      throw e;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return "written";
}

/** The stamp, or "foreign" for a stamp file this version cannot read (an older layout): such a folder is ours, and rewritten. */
function readStamp(text: string): Stamp | "foreign" {
  try {
    const s = JSON.parse(text) as Partial<Stamp>;
    if (s.generator === "hoidam" && typeof s.hash === "string" && s.sizes && typeof s.sizes === "object") return s as Stamp;
  } catch {
    // fall through
  }
  return "foreign";
}

async function allPresent(outDir: string, sizes: Readonly<Record<string, number>>): Promise<boolean> {
  for (const [path, size] of Object.entries(sizes)) {
    const st = await stat(join(outDir, path)).catch(() => null);
    if (!st || st.size !== size) return false;
  }
  return true;
}
