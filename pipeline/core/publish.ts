import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PipelineError } from "./errors.ts";
import { hook } from "./hook.ts";
import { allPresent, STAMP, stampOf, type Stamp } from "./stamp.ts";

export { STAMP } from "./stamp.ts";

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
  /** Throws if the files are not what they should be (checked before anything is written). */
  check?(files: Readonly<Record<string, Uint8Array>>): void;
}

/**
 * Refuses an `--out` that is a file, or a non-empty folder without our
 * stamp, so that a mistyped `--out` cannot wipe an unrelated folder. The
 * build calls it before any stage runs; `publish` again before replacing.
 */
export async function checkOutDir(outDir: string): Promise<void> {
  if (!existsSync(outDir)) return;
  if (!(await stat(outDir)).isDirectory()) throw new PipelineError(`--out ${outDir} is a file, not a folder`);
  if ((await readdir(outDir)).length && (await stampOf(outDir)) === null) {
    throw new PipelineError(`--out ${outDir} is not empty and was not written by hoidam (no ${STAMP}); refusing to replace it. Remove it or choose another folder.`);
  }
}

/**
 * Puts the publication's files at `outDir` so that a reader sees either the
 * old output or the new one, never a mix: everything is written to a
 * sibling temporary folder first (its stamp last), then the folders are
 * swapped by two renames back to back: out/ to `<out>.old-…`, the temporary
 * folder to out/. Between the two (a few microseconds) out/ does not exist;
 * a build killed there leaves the complete previous output at
 * `<out>.old-…`, which the next build puts back (core/leftovers.ts). A
 * failed build never reaches this point, so the previous output stays as it
 * was.
 *
 * When `outDir` carries a stamp with the same hash and every file the stamp
 * lists is there with its recorded size, nothing is written ("unchanged").
 */
export async function publish(outDir: string, publication: Publication): Promise<PublishResult> {
  await checkOutDir(outDir);
  const current = await stampOf(outDir);
  if (current && current !== "foreign" && current.hash === publication.hash && (await allPresent(outDir, current.sizes))) return "unchanged";

  const files = await publication.files();
  publication.check?.(files);
  const sizes: Record<string, number> = {};
  for (const path of Object.keys(files).sort()) sizes[path] = files[path]!.length;
  const stamp: Stamp = { generator: "hoidam", hash: publication.hash, sizes };
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
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
    hook("out-tmp");
    const hadOld = existsSync(outDir);
    if (hadOld) await rename(outDir, old);
    hook("swap");
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
