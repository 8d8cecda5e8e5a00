import { existsSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isAlive } from "./lock.ts";
import { isComplete } from "./stamp.ts";

/**
 * What a build that died leaves behind: temporary (`.tmp-<pid>-…`) and
 * set-aside (`.old-<pid>-…`) folders and files, named after the process that
 * made them. A build cleans them up at its start, holding the lock of the
 * folder concerned, so no live build is writing them; one whose process is
 * still alive (a pid reused, a build of an older version that took no lock)
 * is left alone all the same.
 */
const LEFTOVER = /\.(tmp|old)-(\d+)(?:-[0-9a-z]+)?$/;

/** The pid in a leftover's name if that process is gone; null for anything else. */
function deadOwner(name: string): number | null {
  const m = LEFTOVER.exec(name);
  if (!m) return null;
  const pid = Number(m[2]);
  return isAlive(pid) ? null : pid;
}

/**
 * Beside out/: if out/ is missing and a complete output lies beside it (a
 * build died during its swap), it is put back, the previous output first;
 * then every other leftover of a dead build is removed. Each step is told
 * through `note`.
 */
export async function recoverOut(outDir: string, note: (message: string) => void): Promise<void> {
  const parent = dirname(outDir);
  const base = basename(outDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  const dead = names.filter((n) => n.startsWith(`${base}.`) && deadOwner(n) !== null);
  // After a crash between the two renames of the swap, `.old-` is the output readers saw last.
  const candidates = [...dead.filter((n) => n.includes(".old-")), ...dead.filter((n) => n.includes(".tmp-"))];
  if (!existsSync(outDir)) {
    for (const name of candidates) {
      if (!(await isComplete(join(parent, name)))) continue;
      await rename(join(parent, name), outDir);
      note(`restored ${outDir} from ${name}, a complete output left by a build (pid ${deadOwner(name)}) that stopped while replacing it`);
      dead.splice(dead.indexOf(name), 1);
      break;
    }
  }
  for (const name of dead) {
    await rm(join(parent, name), { recursive: true, force: true });
    note(`removed ${join(parent, name)}, left by a build (pid ${deadOwner(name)}) that did not finish`);
  }
}

/** In the cache: leftovers at its top (files) and one level down (entry folders of each stage). */
export async function cleanCache(cacheDir: string, note: (message: string) => void): Promise<void> {
  const found: string[] = [];
  for (const e of await readdir(cacheDir, { withFileTypes: true }).catch(() => [])) {
    if (deadOwner(e.name) !== null) found.push(e.name);
    else if (e.isDirectory()) for (const n of await readdir(join(cacheDir, e.name)).catch(() => [] as string[])) if (deadOwner(n) !== null) found.push(join(e.name, n));
  }
  for (const rel of found) await rm(join(cacheDir, rel), { recursive: true, force: true });
  if (found.length) {
    const pids = [...new Set(found.map((n) => deadOwner(n)))].join(", ");
    note(`removed ${found.length} temporary item(s) left in the cache ${cacheDir} by a build (pid ${pids}) that did not finish: ${found.join(", ")}`);
  }
}
