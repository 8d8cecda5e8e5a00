import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PipelineError } from "./errors.ts";
import { hashParts, sha256 } from "./hash.ts";

/** Marks a folder as written by this pipeline, with the hash of what it holds. */
export const STAMP = ".hoidam-build.json";

export type PublishResult = "written" | "unchanged";

/**
 * Puts `files` at `outDir` so that a reader sees either the old output or
 * the new one, never a mix: everything is written to a sibling temporary
 * folder first, then the folders are swapped by two renames. A failed build
 * never reaches this point, so the previous output stays as it was.
 *
 * An existing `outDir` is replaced only if it is empty or carries our stamp,
 * so a mistyped `--out` cannot wipe an unrelated folder.
 */
export async function publish(outDir: string, files: Readonly<Record<string, Uint8Array>>): Promise<PublishResult> {
  const stamp = `${JSON.stringify({ generator: "hoidam", files: treeHash(files) })}\n`;
  if (existsSync(outDir)) {
    const st = await stat(outDir);
    if (!st.isDirectory()) throw new PipelineError(`--out ${outDir} is a file, not a folder`);
    const names = await readdir(outDir);
    const current = names.includes(STAMP) ? await readFile(join(outDir, STAMP), "utf8") : null;
    if (names.length && current === null) {
      throw new PipelineError(`--out ${outDir} is not empty and was not written by hoidam (no ${STAMP}); refusing to replace it. Remove it or choose another folder.`);
    }
    if (current === stamp && (await allPresent(outDir, files))) return "unchanged";
  }

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
    await writeFile(join(tmp, STAMP), stamp);
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

/** Hash of a file tree: every path with the SHA-256 of its bytes. */
export function treeHash(files: Readonly<Record<string, Uint8Array>>): string {
  return hashParts(Object.keys(files).sort().map((path) => `${path} ${sha256(files[path]!)}`));
}

async function allPresent(outDir: string, files: Readonly<Record<string, Uint8Array>>): Promise<boolean> {
  for (const [path, bytes] of Object.entries(files)) {
    const st = await stat(join(outDir, path)).catch(() => null);
    if (!st || st.size !== bytes.length) return false;
  }
  return true;
}
