import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PipelineError } from "./errors.ts";

/** What a lock file holds: who holds it. `token` tells this holder from a later one with the same pid. */
interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly token: string;
}

export interface LockOptions {
  /** What the lock guards, for messages: "the cache /x/.cache", "/x/out". */
  readonly what: string;
  /** How long to wait for another build before giving up. */
  readonly timeoutMs: number;
  /** Where to say that we wait, or took over a stale lock. */
  readonly note: (message: string) => void;
}

/** How often a waiting build looks at the lock again. */
const POLL_MS = 100;

/** Whether a process with this pid runs on this machine (EPERM: it does, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock file at `path`, waiting while another live build holds it;
 * returns the function that releases it. The file records the holder's pid
 * and host. A lock whose holder is a dead process on this host is stale and
 * taken over (and said so); a lock held from another host is waited for, as
 * its holder cannot be checked. After `timeoutMs` the build gives up with a
 * PipelineError (exit 1) naming the holder.
 *
 * The file is created whole and at once (written under a unique name, then
 * hard-linked to `path`, which fails if `path` exists), so a reader never
 * sees it half written. Removing a stale lock is serialised by `<path>.break`,
 * so two builds that both found it stale cannot remove a fresh lock that one
 * of them has just taken.
 */
export async function acquireLock(path: string, opts: LockOptions): Promise<() => Promise<void>> {
  await mkdir(dirname(path), { recursive: true });
  const me: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString("hex") };
  const text = `${JSON.stringify(me)}\n`;
  const started = Date.now();
  let told = false;
  for (;;) {
    if (await create(path, text)) return () => release(path, text);
    const held = await readFile(path, "utf8").catch(() => null);
    if (held === null) continue; // released between our two looks
    const owner = parseOwner(held);
    if (owner && owner.host === me.host && !isAlive(owner.pid)) {
      if (await breakStale(path, held)) opts.note(`took over the lock ${path}, left by a build (pid ${owner.pid}, started ${owner.since}) that is no longer running`);
      continue;
    }
    const who = owner ? `pid ${owner.pid}${owner.host === me.host ? "" : ` on ${owner.host}`}` : "unknown";
    if (Date.now() - started >= opts.timeoutMs) {
      throw new PipelineError(
        `gave up after ${opts.timeoutMs / 1000} s: another build (${who}) still holds ${path}. If no build is running, remove that file.`,
      );
    }
    if (!told) opts.note(`another build (${who}) is writing ${opts.what}; waiting (up to ${Math.round(opts.timeoutMs / 1000)} s)`);
    told = true;
    await sleep(POLL_MS);
  }
}

/** Creates `path` with `text` unless it exists; true if we made it. */
async function create(path: string, text: string): Promise<boolean> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  await writeFile(tmp, text);
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Removes the lock if it still holds `stale`; false if another build is doing so (or its breaker died: then its marker is removed for the next try). */
async function breakStale(path: string, stale: string): Promise<boolean> {
  const breaker = `${path}.break`;
  try {
    await writeFile(breaker, String(process.pid), { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const pid = Number(await readFile(breaker, "utf8").catch(() => ""));
    if (pid > 0 && !isAlive(pid)) await rm(breaker, { force: true });
    await sleep(POLL_MS);
    return false;
  }
  try {
    if ((await readFile(path, "utf8").catch(() => null)) !== stale) return false;
    await rm(path, { force: true });
    return true;
  } finally {
    await rm(breaker, { force: true });
  }
}

/** Removes the lock if it is still ours. */
async function release(path: string, text: string): Promise<void> {
  if ((await readFile(path, "utf8").catch(() => null)) === text) await rm(path, { force: true });
}

function parseOwner(text: string): Owner | null {
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    return typeof o.pid === "number" && typeof o.host === "string" ? (o as Owner) : null;
  } catch {
    return null;
  }
}
