import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { open, mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";

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
 * `entry.json` and one file per output. An entry is written to a temporary
 * folder and renamed into place, so a crash never leaves a half-written
 * entry that looks complete.
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
    const base = join(this.entryDir(stage, key), safeName(artifact));
    return existsSync(`${base}.files`) ? readFileSet(`${base}.files`) : readParts(`${base}.parts`);
  }

  /** Serialise and store a stage's outputs; returns the entry with each output's hash. */
  async store(stage: string, key: string, outputs: Readonly<Record<string, unknown>>): Promise<CacheEntry> {
    const final = this.entryDir(stage, key);
    const tmp = `${final}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
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

/** The value of a `.parts` file, read and deserialised part by part. */
async function readParts(path: string): Promise<unknown> {
  const fh = await open(path, "r");
  let at = 0;
  const next = async (): Promise<Buffer> => {
    const head = Buffer.alloc(4);
    if ((await fh.read(head, 0, 4, at)).bytesRead !== 4) throw new Error(`${path}: truncated at byte ${at}`);
    const length = head.readUInt32BE(0);
    const body = Buffer.allocUnsafe(length);
    if ((await fh.read(body, 0, length, at + 4)).bytesRead !== length) throw new Error(`${path}: truncated at byte ${at + 4}`);
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
    return await build(JSON.parse((await next()).toString("utf8")) as Shape);
  } finally {
    await fh.close();
  }
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

/** The files of a file set, each a view into the one buffer read. */
async function readFileSet(path: string): Promise<Record<string, Uint8Array>> {
  const buf = await readFile(path);
  const length = buf.readUInt32BE(0);
  const index = JSON.parse(buf.subarray(4, 4 + length).toString("utf8")) as [string, number][];
  const files: Record<string, Uint8Array> = {};
  let at = 4 + length;
  for (const [p, size] of index) {
    files[p] = new Uint8Array(buf.buffer, buf.byteOffset + at, size);
    at += size;
  }
  if (at !== buf.length) throw new Error(`${path}: the file set is ${buf.length} bytes, its index accounts for ${at}`);
  return files;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
