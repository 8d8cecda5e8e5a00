import { mkdir, readFile, readdir, rename, stat, writeFile } from "node:fs/promises";
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
}

export interface RawSnapshot {
  readonly files: readonly RawFile[];
  readonly manifest: RawFile | null;
  /** Files that are neither `.txt` nor the manifest (reported, not read). */
  readonly ignored: readonly string[];
}

interface StatEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

/**
 * Scan and hash the raw directory. Hashes are reused from `statCachePath`
 * for files whose size, mtime and inode are unchanged (as git's index does),
 * so a warm build of a large corpus does not reread every file.
 */
export async function snapshotRaw(rawDir: string, statCachePath: string | null): Promise<RawSnapshot> {
  let entries;
  try {
    entries = await readdir(rawDir, { recursive: true, withFileTypes: true });
  } catch (e) {
    throw new PipelineError(`cannot read the raw directory ${rawDir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const statCache = statCachePath ? await readStatCache(statCachePath) : {};
  const nextCache: Record<string, StatEntry> = {};
  const files: RawFile[] = [];
  const ignored: string[] = [];
  let manifest: RawFile | null = null;

  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .map((abs) => ({ abs, rel: relative(rawDir, abs).split(sep).join("/") }))
    .filter(({ rel }) => !rel.split("/").some((part) => part.startsWith(".")))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

  for (const { abs, rel } of paths) {
    const isText = /\.txt$/i.test(rel);
    const isManifest = rel === MANIFEST_NAME;
    if (!isText && !isManifest) {
      ignored.push(rel);
      continue;
    }
    const st = await stat(abs);
    const known = statCache[abs];
    let hash: string;
    if (known && known.size === st.size && known.mtimeMs === st.mtimeMs && known.ino === st.ino) hash = known.sha256;
    else hash = sha256(await readFile(abs));
    nextCache[abs] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, sha256: hash };
    const file = { path: rel, size: st.size, sha256: hash };
    if (isManifest) manifest = file;
    else files.push(file);
  }
  if (statCachePath) {
    // Keep what is known of other raw directories; replace what is known of this one.
    const prefix = rawDir.endsWith(sep) ? rawDir : rawDir + sep;
    const kept = Object.entries(statCache).filter(([p]) => !p.startsWith(prefix));
    await writeStatCache(statCachePath, { ...Object.fromEntries(kept), ...nextCache });
  }
  return { files, manifest, ignored };
}

export function snapshotHash(s: RawSnapshot): string {
  const lines = s.files.map((f) => `${f.path}\t${f.size}\t${f.sha256}`);
  if (s.manifest) lines.push(`manifest\t${s.manifest.sha256}`);
  return hashParts(lines);
}

async function readStatCache(path: string): Promise<Record<string, StatEntry>> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as Record<string, StatEntry>;
  } catch {
    return {};
  }
}

async function writeStatCache(path: string, data: Record<string, StatEntry>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(data));
  await rename(tmp, path);
}
