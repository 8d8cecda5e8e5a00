import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

/** Marks a folder as written by this pipeline, with the hash of what it holds. */
export const STAMP = ".hoidam-build.json";

/** The stamp's content: who wrote the folder, what it holds, and each file's size. */
export interface Stamp {
  readonly generator: "hoidam";
  readonly hash: string;
  readonly sizes: Readonly<Record<string, number>>;
}

/** The stamp of a folder: null if it has none, "foreign" for a stamp file this version cannot read (an older layout: such a folder is ours, and rewritten). */
export async function stampOf(dir: string): Promise<Stamp | "foreign" | null> {
  let text: string;
  try {
    text = await readFile(join(dir, STAMP), "utf8");
  } catch {
    return null;
  }
  try {
    const s = JSON.parse(text) as Partial<Stamp>;
    if (s.generator === "hoidam" && typeof s.hash === "string" && s.sizes && typeof s.sizes === "object") return s as Stamp;
  } catch {
    // fall through
  }
  return "foreign";
}

/** Whether every file the stamp lists is in `dir` with its recorded size. */
export async function allPresent(dir: string, sizes: Readonly<Record<string, number>>): Promise<boolean> {
  for (const [path, size] of Object.entries(sizes)) {
    const st = await stat(join(dir, path)).catch(() => null);
    if (!st || st.size !== size) return false;
  }
  return true;
}

/** Whether `dir` is a whole output: a readable stamp (written last) and every file it lists. */
export async function isComplete(dir: string): Promise<boolean> {
  const stamp = await stampOf(dir);
  return stamp !== null && stamp !== "foreign" && (await allPresent(dir, stamp.sizes));
}
