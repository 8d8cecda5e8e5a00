import { readFileSync, readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { PipelineError } from "../core/errors.ts";
import { hashParts, sha256 } from "../core/hash.ts";
import { MANIFEST_NAME } from "./manifest.ts";

/**
 * What the raw directory holds, by content: every `.txt` file (recursively,
 * hidden files and folders skipped) with its size and SHA-256, the
 * manifest if there is one, and the files that were passed over. Its hash
 * depends on relative paths and contents only, so the same corpus in
 * another folder, or a file touched without being changed, builds nothing
 * anew.
 */
export interface RawFile {
  /** Path relative to the raw directory, with forward slashes. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  /** Modification time and inode when the snapshot was taken: while a file still has them, `sha256` is its hash (see `unchangedSince`). */
  readonly mtimeMs: number;
  readonly ino: number;
}

export interface RawSnapshot {
  readonly files: readonly RawFile[];
  readonly manifest: RawFile | null;
  /** Files that are neither `.txt` nor the manifest (reported, not read). */
  readonly ignored: readonly string[];
}

/** [size, mtimeMs, ino, sha256] of a file, by path relative to the raw directory. */
type StatEntry = [number, number, number, string];

interface StatCache {
  readonly version: 2;
  /** The raw directory the paths are relative to (a cache file serves one directory). */
  readonly root: string;
  readonly files: Record<string, StatEntry>;
}

/**
 * Scan and hash the raw directory. Hashes are reused from a stat cache for
 * files whose size, mtime and inode are unchanged (as git's index does), so
 * a warm build of a large corpus reads no file. The cache is one file per
 * raw directory beside `statCachePath` (`raw-stat-<hash of the directory>.json`),
 * keyed by relative path, and written only when something in it changed.
 *
 * File system calls are synchronous: on this project's 2-core machine, for
 * 100,000 files in the page cache, statSync takes 0.5 s and readFileSync
 * 1.4 s, against 1.3 s and 12 s through fs.promises with 32–64 calls in
 * flight (the libuv pool has four threads, and each call is several
 * round trips to it).
 */
export async function snapshotRaw(rawDir: string, statCachePath: string | null): Promise<RawSnapshot> {
  let entries;
  try {
    entries = readdirSync(rawDir, { recursive: true, withFileTypes: true });
  } catch (e) {
    throw new PipelineError(`cannot read the raw directory ${rawDir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const cachePath = statCachePath ? perDirectoryPath(statCachePath, rawDir) : null;
  const known = cachePath ? readStatCache(cachePath, rawDir) : {};
  const next: Record<string, StatEntry> = {};
  let changed = false;
  const files: RawFile[] = [];
  const ignored: string[] = [];
  let manifest: RawFile | null = null;

  const dirs = new Map<string, string>(); // folder as readdir gives it → its path relative to rawDir, with a trailing slash
  const relativeDir = (dir: string): string => {
    let r = dirs.get(dir);
    if (r === undefined) {
      r = relative(rawDir, dir).split(sep).join("/");
      if (r) r += "/";
      dirs.set(dir, r);
    }
    return r;
  };
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => {
      const dir = e.parentPath ?? (e as unknown as { path: string }).path;
      return { abs: join(dir, e.name), rel: relativeDir(dir) + e.name };
    })
    .filter(({ rel }) => !rel.startsWith(".") && !rel.includes("/."))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

  for (const { abs, rel } of paths) {
    const isText = /\.txt$/i.test(rel);
    const isManifest = rel === MANIFEST_NAME;
    if (!isText && !isManifest) {
      ignored.push(rel);
      continue;
    }
    const st = statSync(abs);
    const old = known[rel];
    let hash: string;
    if (old && old[0] === st.size && old[1] === st.mtimeMs && old[2] === st.ino) {
      hash = old[3];
    } else {
      hash = sha256(readFileSync(abs));
      changed = true;
    }
    next[rel] = [st.size, st.mtimeMs, st.ino, hash];
    const file: RawFile = { path: rel, size: st.size, sha256: hash, mtimeMs: st.mtimeMs, ino: st.ino };
    if (isManifest) manifest = file;
    else files.push(file);
  }
  if (cachePath) {
    if (!changed) changed = Object.keys(known).length !== Object.keys(next).length;
    if (changed) await writeStatCache(cachePath, { version: 2, root: rawDir, files: next });
    // The cache of earlier versions, keyed by absolute path, is no longer read.
    if (statCachePath !== cachePath) await rm(statCachePath!, { force: true });
  }
  return { files, manifest, ignored };
}

/**
 * Whether a file still has the size, mtime and inode it had in the
 * snapshot, and so (the stat cache's rule) the snapshot's hash: a reader
 * that checks this need not hash the bytes again.
 */
export function unchangedSince(file: RawFile, st: { readonly size: number; readonly mtimeMs: number; readonly ino: number }): boolean {
  return st.size === file.size && st.mtimeMs === file.mtimeMs && st.ino === file.ino;
}

export function snapshotHash(s: RawSnapshot): string {
  const lines = s.files.map((f) => `${f.path}\t${f.size}\t${f.sha256}`);
  if (s.manifest) lines.push(`manifest\t${s.manifest.sha256}`);
  return hashParts(lines);
}

/** `<dir>/raw-stat.json` → `<dir>/raw-stat-<16 hex digits of the raw directory's path>.json`. */
function perDirectoryPath(statCachePath: string, rawDir: string): string {
  return join(dirname(statCachePath), `raw-stat-${sha256(rawDir).slice(0, 16)}.json`);
}

function readStatCache(path: string, rawDir: string): Record<string, StatEntry> {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as StatCache;
    return data.version === 2 && data.root === rawDir ? data.files : {};
  } catch {
    return {};
  }
}

async function writeStatCache(path: string, data: StatCache): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(data));
  await rename(tmp, path);
}
