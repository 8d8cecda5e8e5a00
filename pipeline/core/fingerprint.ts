import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { hashParts, sha256 } from "./hash.ts";

/**
 * Hash of what, besides its inputs, decides a stage's output: the
 * pipeline's source, the schemas, the locked dependency versions and the
 * Node.js version (the cache stores V8-serialised values). Any change
 * invalidates every cache entry; a stage's `version` is for changes that
 * the code alone would not reveal.
 */
export function codeFingerprint(root: string, dirs: readonly string[], files: readonly string[]): string {
  const parts: string[] = [`node ${process.version}`];
  for (const dir of dirs) {
    for (const path of listFiles(join(root, dir))) parts.push(`${relative(root, path).split(sep).join("/")} ${sha256(readFileSync(path))}`);
  }
  for (const file of files) {
    try {
      parts.push(`${file} ${sha256(readFileSync(join(root, file)))}`);
    } catch {
      parts.push(`${file} absent`);
    }
  }
  return hashParts(parts);
}

/** Hash of every file below `dir` (relative path and content); the content hash of a source folder. */
export function folderHash(dir: string): string {
  return hashParts(listFiles(dir).map((path) => `${relative(dir, path).split(sep).join("/")} ${sha256(readFileSync(path))}`));
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}
