import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { PipelineError } from "../core/errors.ts";
import { MANIFEST_NAME } from "./manifest.ts";
import type { RejectReason } from "./reject.ts";

/** The names of article files: text, saved web pages, web archives. */
export const ARTICLE_FILE = /\.(txt|html?|warc|warc\.gz)$/i;

/** What an article file is, by its name. */
export function inputKindOf(path: string): "txt" | "html" | "warc" {
  return /\.txt$/i.test(path) ? "txt" : /\.html?$/i.test(path) ? "html" : "warc";
}

/** An entry of the raw directory that leads to no file to read: it goes to `rejected` with the reason. */
export interface Unreadable {
  /** Path relative to the raw directory, with forward slashes. */
  readonly path: string;
  readonly reason: Extract<RejectReason, "broken_link" | "link_loop" | "not_a_file">;
  readonly detail: string;
}

export interface RawListing {
  /** The article files (`.txt`, `.html`, `.htm`, `.warc`, `.warc.gz`) and the manifest, by relative path, sorted. */
  readonly paths: string[];
  readonly hasManifest: boolean;
  /** Files that are neither article files nor the manifest. */
  readonly ignored: string[];
  readonly unreadable: Unreadable[];
}

/**
 * Every entry below `rawDir` (hidden files and folders skipped), so that
 * nothing in it is passed over unsaid. A symbolic link is followed, inside
 * or outside the raw directory: to a file, it is read as a file at the
 * link's path; to a folder, the folder is listed under the link's path,
 * unless it is one of the folders the link is in (a loop). A link that
 * leads nowhere or round in a circle, and a `.txt` name that is no file
 * (a pipe, a socket, a device), is unreadable, with why. Sorted by UTF-16
 * code units, as `<` compares strings.
 */
export function listRaw(rawDir: string): RawListing {
  const paths: string[] = [];
  const ignored: string[] = [];
  const unreadable: Unreadable[] = [];
  const isArticle = (rel: string) => rel === MANIFEST_NAME || ARTICLE_FILE.test(rel);
  const file = (rel: string) => (isArticle(rel) ? paths : ignored).push(rel);

  /** List `dir` (at `rel`, "" or ending in "/"); `inside` holds the real paths of the folders it is in, itself included. */
  const walk = (dir: string, rel: string, inside: ReadonlySet<string>) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if (rel === "") throw new PipelineError(`cannot read the raw directory ${rawDir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      throw new PipelineError(`cannot read the folder ${join(rawDir, rel)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const abs = join(dir, e.name);
      const path = rel + e.name;
      if (e.isFile()) file(path);
      else if (e.isDirectory()) walk(abs, `${path}/`, new Set(inside).add(realpathSync(abs)));
      else if (e.isSymbolicLink()) followLink(abs, path, inside);
      else if (isArticle(path)) unreadable.push({ path, reason: "not_a_file", detail: `a ${kindOf(e)}, not a file` });
      else ignored.push(path);
    }
  };

  const followLink = (abs: string, path: string, inside: ReadonlySet<string>) => {
    const target = `symbolic link to '${readlinkSync(abs)}'`;
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ELOOP") unreadable.push({ path, reason: "link_loop", detail: `${target}, which leads back to itself through links` });
      else unreadable.push({ path, reason: "broken_link", detail: `${target}, which ${code === "ENOENT" || code === "ENOTDIR" ? "does not exist" : `cannot be reached (${code})`}` });
      return;
    }
    if (st.isFile()) return file(path);
    if (st.isDirectory()) {
      const real = realpathSync(abs);
      if (inside.has(real)) unreadable.push({ path, reason: "link_loop", detail: `${target}, a folder this link is in; its files are listed once, from there` });
      else walk(abs, `${path}/`, new Set(inside).add(real));
      return;
    }
    if (isArticle(path)) unreadable.push({ path, reason: "not_a_file", detail: `${target}, which is not a file` });
    else ignored.push(path);
  };

  let root: string;
  try {
    root = realpathSync(rawDir);
  } catch (e) {
    throw new PipelineError(`cannot read the raw directory ${rawDir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  walk(rawDir, "", new Set([root]));
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  paths.sort(byPath);
  ignored.sort(byPath);
  unreadable.sort((a, b) => byPath(a.path, b.path));
  return { paths, hasManifest: paths.includes(MANIFEST_NAME), ignored, unreadable };
}

function kindOf(e: Dirent): string {
  if (e.isFIFO()) return "named pipe";
  if (e.isSocket()) return "socket";
  if (e.isCharacterDevice() || e.isBlockDevice()) return "device";
  return "special entry";
}
