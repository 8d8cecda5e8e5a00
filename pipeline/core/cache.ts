import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { open, mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { PipelineError } from "./errors.ts";
import { hook } from "./hook.ts";

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
 * A cache entry that cannot be trusted: its `entry.json` unreadable, or an
 * output whose size or SHA-256 is not the one recorded, or which does not
 * parse. The runner discards it and runs the stage again.
 */
export class CacheDamagedError extends PipelineError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`damaged cache entry ${path}: ${reason}`);
  }
}

/**
 * Content-addressed store of stage outputs: `<dir>/<stage>/<key>/`, one
 * `entry.json` and one file per output. An entry is written to a temporary
 * folder of a name no other writer uses and renamed into place, so a crash
 * never leaves a half-written entry that looks complete, and two writers of
 * one entry cannot undo each other's work (see `install`).
 *
 * Nothing read back is trusted: `lookup` checks that each output is there
 * with its recorded size, and `load` that its bytes have the recorded
 * SHA-256 (hashed while read, at about 1 GB/s: small beside deserialising);
 * either throws a CacheDamagedError naming the file.
 *
 * An output is stored as `<artifact>.parts`, V8 structured serialisation
 * in parts (see `shapeOf`): a long array in slices, a record with few keys
 * key by key, so that storing or loading never holds a second copy of the
 * whole artifact in one buffer (the documents of 100,000 articles serialise
 * to over 700 MB). A file set (an object whose values are all byte arrays:
 * the published files) is stored as `<artifact>.files`, the bytes as they
 * are behind a JSON index (see `writeFileSet`).
 */
export class ArtifactCache {
  constructor(readonly dir: string) {}

  /** The entry, null if there is none; a CacheDamagedError if it is unreadable or an output is missing or of another size. */
  async lookup(stage: string, key: string): Promise<CacheEntry | null> {
    const dir = this.entryDir(stage, key);
    const path = join(dir, "entry.json");
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (e) {
      if (!existsSync(dir)) return null;
      throw new CacheDamagedError(path, (e as Error).message);
    }
    const entry = parseEntry(text, stage, key);
    if (!entry) throw new CacheDamagedError(path, "not a readable entry");
    for (const [name, out] of Object.entries(entry.outputs)) {
      const file = this.outputPath(stage, key, name);
      const size = (await stat(file).catch(() => null))?.size;
      if (size !== out.bytes) throw new CacheDamagedError(file, sizeProblem(size, out.bytes));
    }
    const now = new Date();
    await utimes(path, now, now).catch(() => {}); // recency for pruning
    return entry;
  }

  /** Whether the stage has any entry at all (to tell a stale stage from one never built). */
  async hasAny(stage: string): Promise<boolean> {
    try {
      return (await readdir(join(this.dir, safeName(stage)))).some((n) => !isScratch(n));
    } catch {
      return false;
    }
  }

  /** An output, checked against what the entry recorded of it (CacheDamagedError if it differs or does not parse). */
  async load(stage: string, key: string, artifact: string, expected: CachedArtifact): Promise<unknown> {
    const path = this.outputPath(stage, key, artifact);
    try {
      const size = (await stat(path).catch(() => null))?.size;
      if (size !== expected.bytes) throw new Error(sizeProblem(size, expected.bytes));
      return path.endsWith(".files") ? await readFileSet(path, expected.hash) : await readParts(path, expected.hash);
    } catch (e) {
      throw e instanceof CacheDamagedError ? e : new CacheDamagedError(path, (e as Error).message);
    }
  }

  /** Serialise and store a stage's outputs; returns the entry with each output's hash. */
  async store(stage: string, key: string, outputs: Readonly<Record<string, unknown>>): Promise<CacheEntry> {
    const final = this.entryDir(stage, key);
    const tmp = scratchName(final, "tmp");
    try {
      await mkdir(tmp, { recursive: true });
      const described: Record<string, CachedArtifact> = {};
      for (const name of Object.keys(outputs).sort()) {
        const value = outputs[name];
        if (isFileSet(value)) {
          described[name] = await writeFileSet(join(tmp, `${safeName(name)}.files`), value);
          continue;
        }
        described[name] = await writeParts(join(tmp, `${safeName(name)}.parts`), value);
      }
      const entry: CacheEntry = { stage, key, outputs: described };
      await writeFile(join(tmp, "entry.json"), JSON.stringify(entry, null, 2));
      hook("cache-tmp");
      await install(tmp, final);
      return entry;
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
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
    // Another writer's temporary folder is not an entry (and removing it would fail its rename).
    const dated = await Promise.all(
      names.filter((n) => !isScratch(n)).map(async (n) => {
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

  private outputPath(stage: string, key: string, artifact: string): string {
    const base = join(this.entryDir(stage, key), safeName(artifact));
    return existsSync(`${base}.files`) ? `${base}.files` : `${base}.parts`;
  }
}

/** A name beside `path` that no other process, nor this one, uses: `<path>.<kind>-<pid>-<random>` (what leftovers.ts recognises). */
function scratchName(path: string, kind: "tmp" | "old"): string {
  return `${path}.${kind}-${process.pid}-${randomBytes(4).toString("hex")}`;
}

function isScratch(name: string): boolean {
  return /\.(tmp|old)-/.test(name);
}

/**
 * Renames the finished entry `tmp` to `final`. An entry already there (one
 * found damaged, a `--force` rebuild, or another writer that got there
 * first) is first renamed aside to a name of our own and removed, so no two
 * writers ever remove the same folder; if yet another writer puts its entry
 * in place meanwhile, that one is kept: same key, same content.
 */
async function install(tmp: string, final: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await rename(tmp, final);
      return;
    } catch (e) {
      if (!["ENOTEMPTY", "EEXIST"].includes((e as NodeJS.ErrnoException).code ?? "")) throw e;
    }
    if (attempt === 2) return;
    const aside = scratchName(final, "old");
    try {
      await rename(final, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    await rm(aside, { recursive: true, force: true });
  }
}

function sizeProblem(size: number | undefined, expected: number): string {
  if (size === undefined) return "missing";
  return size < expected ? `truncated: ${size} bytes of ${expected}` : `${size} bytes where ${expected} were stored`;
}

/** An entry.json as `store` writes it, for this stage and key; null for anything else. */
function parseEntry(text: string, stage: string, key: string): CacheEntry | null {
  try {
    const e = JSON.parse(text) as CacheEntry;
    if (e.stage !== stage || e.key !== key || !isRecord(e.outputs)) return null;
    const ok = Object.values(e.outputs).every((o) => isRecord(o) && typeof o.hash === "string" && /^[0-9a-f]{64}$/.test(o.hash) && Number.isSafeInteger(o.bytes));
    return ok ? e : null;
  } catch {
    return null;
  }
}

/** Array elements per part. */
const SLICE = 4096;
/** A record with more keys than this is serialised whole (a lookup table by article id, say). */
const MAX_KEYS = 64;

/** How a value is cut into parts: one part, an array in slices, or a record key by key. */
type Shape = { readonly v: 1 } | { readonly a: number; readonly n: number } | { readonly o: readonly (readonly [string, Shape])[] };

function shapeOf(value: unknown, depth = 0): Shape {
  if (Array.isArray(value) && value.length > SLICE) return { a: Math.ceil(value.length / SLICE), n: value.length };
  if (depth === 0 && isRecord(value) && Object.keys(value).length <= MAX_KEYS) return { o: Object.keys(value).map((k) => [k, shapeOf(value[k], 1)] as const) };
  return { v: 1 };
}

/** The serialised parts of a value, in the order `shapeOf` lists them. */
function* partsOf(value: unknown, shape: Shape): Generator<Uint8Array> {
  if ("a" in shape) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i += SLICE) yield serialize(items.slice(i, i + SLICE));
  } else if ("o" in shape) {
    for (const [k, s] of shape.o) yield* partsOf((value as Record<string, unknown>)[k], s);
  } else {
    yield serialize(value);
  }
}

/**
 * `<artifact>.parts`: a 4-byte big-endian length and the JSON of the shape,
 * then each part as a 4-byte length and its bytes. Hashed while written; a
 * part is let go once written.
 */
async function writeParts(path: string, value: unknown): Promise<CachedArtifact> {
  const shape = shapeOf(value);
  const hash = createHash("sha256");
  const fh = await open(path, "w");
  let bytes = 0;
  const put = async (chunk: Uint8Array) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(chunk.length);
    for (const c of [head, chunk]) {
      hash.update(c);
      await fh.write(c);
      bytes += c.length;
    }
  };
  try {
    await put(Buffer.from(JSON.stringify(shape)));
    for (const part of partsOf(value, shape)) await put(part);
  } finally {
    await fh.close();
  }
  return { hash: hash.digest("hex"), bytes };
}

/** The value of a `.parts` file, read and deserialised part by part; its SHA-256 must be `expected`. */
async function readParts(path: string, expected: string): Promise<unknown> {
  const fh = await open(path, "r");
  const size = (await fh.stat()).size;
  const hash = createHash("sha256");
  let at = 0;
  const next = async (): Promise<Buffer> => {
    const head = Buffer.alloc(4);
    if ((await fh.read(head, 0, 4, at)).bytesRead !== 4) throw new Error(`truncated at byte ${at}`);
    const length = head.readUInt32BE(0);
    // A damaged length must not make us allocate gigabytes.
    if (at + 4 + length > size) throw new Error(`truncated at byte ${at + 4}: a part of ${length} bytes does not fit`);
    const body = Buffer.allocUnsafe(length);
    if ((await fh.read(body, 0, length, at + 4)).bytesRead !== length) throw new Error(`truncated at byte ${at + 4}`);
    hash.update(head).update(body);
    at += 4 + length;
    return body;
  };
  const build = async (shape: Shape): Promise<unknown> => {
    if ("a" in shape) {
      const items: unknown[] = [];
      for (let i = 0; i < shape.a; i++) for (const item of deserialize(await next()) as unknown[]) items.push(item);
      return items;
    }
    if ("o" in shape) {
      const record: Record<string, unknown> = {};
      for (const [k, s] of shape.o) record[k] = await build(s);
      return record;
    }
    return deserialize(await next());
  };
  try {
    const value = await build(JSON.parse((await next()).toString("utf8")) as Shape);
    if (at !== size) throw new Error(`${size - at} bytes after the last part`);
    checkHash(hash.digest("hex"), expected);
    return value;
  } finally {
    await fh.close();
  }
}

function checkHash(actual: string, expected: string): void {
  if (actual !== expected) throw new Error(`its SHA-256 is ${actual.slice(0, 12)}…, ${expected.slice(0, 12)}… was recorded`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}

/** A plain object whose values are all byte arrays (with at least one): the files a stage renders. */
function isFileSet(value: unknown): value is Readonly<Record<string, Uint8Array>> {
  if (!isRecord(value)) return false;
  const values = Object.values(value);
  return values.length > 0 && values.every((v) => v instanceof Uint8Array);
}

/**
 * A file set on disk: a 4-byte big-endian length, a JSON index
 * `[[path, size], …]` in path order, then each file's bytes in that order.
 * The hash is the SHA-256 of all of it, computed while writing.
 */
async function writeFileSet(path: string, files: Readonly<Record<string, Uint8Array>>): Promise<CachedArtifact> {
  const paths = Object.keys(files).sort();
  const index = Buffer.from(JSON.stringify(paths.map((p) => [p, files[p]!.length])));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(index.length);
  const hash = createHash("sha256");
  const fh = await open(path, "w");
  let bytes = 0;
  try {
    for (const chunk of [head, index, ...paths.map((p) => files[p]!)]) {
      hash.update(chunk);
      await fh.write(chunk);
      bytes += chunk.length;
    }
  } finally {
    await fh.close();
  }
  return { hash: hash.digest("hex"), bytes };
}

/** The files of a file set, each a view into the one buffer read; its SHA-256 must be `expected`. */
async function readFileSet(path: string, expected: string): Promise<Record<string, Uint8Array>> {
  const buf = await readFile(path);
  checkHash(createHash("sha256").update(buf).digest("hex"), expected);
  const length = buf.readUInt32BE(0);
  const index = JSON.parse(buf.subarray(4, 4 + length).toString("utf8")) as [string, number][];
  const files: Record<string, Uint8Array> = {};
  let at = 4 + length;
  for (const [p, size] of index) {
    files[p] = new Uint8Array(buf.buffer, buf.byteOffset + at, size);
    at += size;
  }
  if (at !== buf.length) throw new Error(`the file set is ${buf.length} bytes, its index accounts for ${at}`);
  return files;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
