import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { sha256 } from "./hash.ts";

/** What the cache knows of one output artifact of a stage run. */
export interface CachedArtifact {
  /** SHA-256 of the artifact's serialised bytes: what downstream cache keys are made from. */
  readonly hash: string;
  readonly bytes: number;
}

export interface CacheEntry {
  readonly stage: string;
  readonly key: string;
  readonly outputs: Readonly<Record<string, CachedArtifact>>;
}

/**
 * Content-addressed store of stage outputs: `<dir>/<stage>/<key>/`, one
 * `entry.json` and one `<artifact>.bin` (V8 structured serialisation) per
 * output. An entry is written to a temporary folder and renamed into place,
 * so a crash never leaves a half-written entry that looks complete.
 */
export class ArtifactCache {
  constructor(readonly dir: string) {}

  async lookup(stage: string, key: string): Promise<CacheEntry | null> {
    const path = join(this.entryDir(stage, key), "entry.json");
    try {
      const entry = JSON.parse(await readFile(path, "utf8")) as CacheEntry;
      const now = new Date();
      await utimes(path, now, now).catch(() => {}); // recency for pruning
      return entry;
    } catch {
      return null;
    }
  }

  /** Whether the stage has any entry at all (to tell a stale stage from one never built). */
  async hasAny(stage: string): Promise<boolean> {
    try {
      return (await readdir(join(this.dir, safeName(stage)))).some((n) => !n.includes(".tmp-"));
    } catch {
      return false;
    }
  }

  async load(stage: string, key: string, artifact: string): Promise<unknown> {
    const bytes = await readFile(join(this.entryDir(stage, key), `${safeName(artifact)}.bin`));
    return deserialize(bytes);
  }

  /** Serialise and store a stage's outputs; returns the entry with each output's hash. */
  async store(stage: string, key: string, outputs: Readonly<Record<string, unknown>>): Promise<CacheEntry> {
    const final = this.entryDir(stage, key);
    const tmp = `${final}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    await mkdir(tmp, { recursive: true });
    const described: Record<string, CachedArtifact> = {};
    for (const name of Object.keys(outputs).sort()) {
      const bytes = serialize(outputs[name]);
      described[name] = { hash: sha256(bytes), bytes: bytes.length };
      await writeFile(join(tmp, `${safeName(name)}.bin`), bytes);
    }
    const entry: CacheEntry = { stage, key, outputs: described };
    await writeFile(join(tmp, "entry.json"), JSON.stringify(entry, null, 2));
    await rm(final, { recursive: true, force: true });
    await rename(tmp, final);
    return entry;
  }

  /** Keep the `keep` most recently used entries of a stage, remove the rest. */
  async prune(stage: string, keep = 3): Promise<void> {
    const dir = join(this.dir, safeName(stage));
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    const dated = await Promise.all(
      names.map(async (n) => {
        const s = await stat(join(dir, n, "entry.json")).catch(() => null);
        return { n, t: s?.mtimeMs ?? 0 };
      }),
    );
    dated.sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
    for (const { n } of dated.slice(keep)) await rm(join(dir, n), { recursive: true, force: true });
  }

  private entryDir(stage: string, key: string): string {
    return join(this.dir, safeName(stage), key);
  }
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
