import assert from "node:assert/strict";
import { truncate } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ArtifactCache } from "../pipeline/core/cache.ts";
import { buildDag } from "../pipeline/core/dag.ts";
import { StageFailedError } from "../pipeline/core/errors.ts";
import { memoryReporter } from "../pipeline/core/reporter.ts";
import { runPipeline } from "../pipeline/core/runner.ts";
import type { AnyStage } from "../pipeline/core/stage.ts";
import { tempDir } from "./helpers.ts";

type Toy = { a: string; b: string; c: string; x: number; y: number; z: number };

/** Two independent chains: a → x → y, and c → z; y also reads b. Each stage counts its runs. */
function toyStages(runs: Record<string, number>): AnyStage<Toy>[] {
  const count = (id: string) => (runs[id] = (runs[id] ?? 0) + 1);
  return [
    { id: "len", description: "", version: 1, reads: ["a"], writes: ["x"], run: ({ a }: Pick<Toy, "a">) => (count("len"), { x: a.length }) },
    { id: "double", description: "", version: 1, reads: ["x", "b"], writes: ["y"], run: ({ x, b }: Pick<Toy, "x" | "b">) => (count("double"), { y: x * 2 + b.length }) },
    { id: "other", description: "", version: 1, reads: ["c"], writes: ["z"], run: ({ c }: Pick<Toy, "c">) => (count("other"), { z: c.length }) },
  ];
}

async function run(cacheDir: string, stages: AnyStage<Toy>[], src: Record<"a" | "b" | "c", string>, extra: { force?: boolean; only?: string; fingerprint?: string } = {}) {
  const dag = buildDag(stages, ["a", "b", "c"]);
  const sources = Object.fromEntries(Object.entries(src).map(([k, v]) => [k, { value: v, hash: `h:${v}` }]));
  const result = await runPipeline<Toy>({
    dag,
    sources,
    cache: new ArtifactCache(cacheDir),
    codeFingerprint: extra.fingerprint ?? "code-v1",
    reporter: memoryReporter(),
    options: { rawDir: "/nonexistent", referenceDir: "/nonexistent" },
    ...(extra.force ? { force: true } : {}),
    ...(extra.only ? { only: extra.only } : {}),
  });
  return { result, status: Object.fromEntries(result.records.map((r) => [r.id, r.status])) };
}

describe("runPipeline and the cache", () => {
  it("runs every stage once, then none when nothing changed", async () => {
    const cache = await tempDir();
    const runs: Record<string, number> = {};
    const first = await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" });
    assert.deepEqual(first.status, { len: "missing", double: "missing", other: "missing" });
    assert.equal(await first.result.get("y"), 6);
    const second = await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" });
    assert.deepEqual(second.status, { len: "fresh", double: "fresh", other: "fresh" });
    assert.deepEqual(runs, { len: 1, double: 1, other: 1 });
    assert.equal(await second.result.get("y"), 6, "a fresh output loads from the cache on demand");
  });

  it("lets an artifact go once its last reader has run, and loads it again when asked for", async () => {
    const cache = await tempDir();
    const seen: unknown[] = [];
    const stages: AnyStage<Toy>[] = [
      { id: "len", description: "", version: 1, reads: ["a"], writes: ["x"], run: () => ({ x: 3 }) },
      { id: "double", description: "", version: 1, reads: ["x", "b"], writes: ["y"], run: ({ x }: Pick<Toy, "x" | "b">) => (seen.push(x), { y: x * 2 }) },
      { id: "other", description: "", version: 1, reads: ["y"], writes: ["z"], run: ({ y }: Pick<Toy, "y">) => ({ z: y + 1 }) },
    ];
    const { result } = await run(cache, stages, { a: "abc", b: "", c: "q" });
    assert.deepEqual(seen, [3]);
    assert.deepEqual([await result.get("x"), await result.get("y"), await result.get("z")], [3, 6, 7]);
  });

  it("reruns only the stages downstream of a changed source", async () => {
    const cache = await tempDir();
    const runs: Record<string, number> = {};
    await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" });
    const { status } = await run(cache, toyStages(runs), { a: "abc", b: "", c: "qq" });
    assert.deepEqual(status, { len: "fresh", double: "fresh", other: "stale" });
    const again = await run(cache, toyStages(runs), { a: "abcd", b: "", c: "qq" });
    assert.deepEqual(again.status, { len: "stale", double: "stale", other: "fresh" });
  });

  it("keeps downstream fresh when a rerun stage produces the same output", async () => {
    const cache = await tempDir();
    const runs: Record<string, number> = {};
    await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" });
    const { status } = await run(cache, toyStages(runs), { a: "xyz", b: "", c: "q" });
    assert.equal(status.len, "stale");
    assert.equal(status.double, "fresh", "x is still 3, so y need not be recomputed");
  });

  it("misses when the stage version or the code changes", async () => {
    const cache = await tempDir();
    const runs: Record<string, number> = {};
    await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" });
    const bumped = toyStages(runs).map((s) => (s.id === "other" ? { ...s, version: 2 } : s));
    assert.equal((await run(cache, bumped, { a: "abc", b: "", c: "q" })).status.other, "stale");
    const code = await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" }, { fingerprint: "code-v2" });
    assert.deepEqual(code.status, { len: "stale", double: "stale", other: "stale" });
  });

  it("--force runs everything; --only runs a stage and its upstream", async () => {
    const cache = await tempDir();
    const runs: Record<string, number> = {};
    await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" });
    assert.deepEqual((await run(cache, toyStages(runs), { a: "abc", b: "", c: "q" }, { force: true })).status, { len: "forced", double: "forced", other: "forced" });
    const only = await run(cache, toyStages(runs), { a: "abcdef", b: "", c: "q" }, { only: "len" });
    assert.deepEqual(only.status, { len: "stale" });
  });

  it("wraps a failing stage's error with its id and stores nothing for it", async () => {
    const cache = await tempDir();
    const failing: AnyStage<Toy> = { id: "boom", description: "", version: 1, reads: ["a"], writes: ["x"], run: () => { throw new Error("kaput"); } };
    await assert.rejects(run(cache, [failing], { a: "a", b: "", c: "" }), (e: unknown) => e instanceof StageFailedError && /stage 'boom' failed: kaput/.test(e.message));
    assert.equal(await new ArtifactCache(cache).hasAny("boom"), false);
  });
});

describe("ArtifactCache file sets", () => {
  const files = () => ({ "csv/b.csv": new TextEncoder().encode("id\r\n1\r\n"), "a.bin": new Uint8Array([0, 255, 7]), "empty.txt": new Uint8Array(0) });

  it("stores byte-valued records as their bytes and loads the same files back", async () => {
    const cache = new ArtifactCache(await tempDir());
    const entry = await cache.store("write", "k1", { files: files(), counts: { a: 1 } });
    const loaded = (await cache.load("write", "k1", "files", entry.outputs.files!)) as Record<string, Uint8Array>;
    assert.deepEqual(Object.keys(loaded).sort(), ["a.bin", "csv/b.csv", "empty.txt"]);
    for (const [path, bytes] of Object.entries(files())) assert.deepEqual([...loaded[path]!], [...bytes], path);
    assert.deepEqual(await cache.load("write", "k1", "counts", entry.outputs.counts!), { a: 1 }, "other values are serialised as before");
    // Index (4 + JSON) plus the 10 bytes of the three files.
    const index = JSON.stringify([["a.bin", 3], ["csv/b.csv", 7], ["empty.txt", 0]]);
    assert.equal(entry.outputs.files!.bytes, 4 + Buffer.byteLength(index) + 10);
  });

  it("gives the same hash for the same files in any key order, another for other bytes", async () => {
    const cache = new ArtifactCache(await tempDir());
    const f = files();
    const reversed = Object.fromEntries(Object.entries(f).reverse());
    const one = await cache.store("write", "k1", { files: f });
    const two = await cache.store("write", "k2", { files: reversed });
    const other = await cache.store("write", "k3", { files: { ...f, "a.bin": new Uint8Array([0, 255, 8]) } });
    assert.equal(one.outputs.files!.hash, two.outputs.files!.hash);
    assert.notEqual(one.outputs.files!.hash, other.outputs.files!.hash);
  });
});

describe("ArtifactCache parts", () => {
  it("stores long arrays in slices and records key by key, and loads them back equal, in key order", async () => {
    const cache = new ArtifactCache(await tempDir());
    const long = Array.from({ length: 10_000 }, (_, i) => ({ i, s: `row ${i}` }));
    const tables = { zeta: long, alpha: [{ x: 1 }], empty: [] as unknown[], text: "t" };
    const byId = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`id${i}`, { n: i }]));
    const { outputs } = await cache.store("s", "k", { long, tables, byId, n: 7, nil: null });
    const load = (name: string) => cache.load("s", "k", name, outputs[name]!);
    assert.deepEqual(await load("long"), long);
    const loaded = (await load("tables")) as typeof tables;
    assert.deepEqual(loaded, tables);
    assert.deepEqual(Object.keys(loaded), ["zeta", "alpha", "empty", "text"], "key order kept");
    assert.deepEqual(await load("byId"), byId);
    assert.equal(await load("n"), 7);
    assert.equal(await load("nil"), null);
  });

  it("hashes the same content the same way, and a change in one element differently", async () => {
    const cache = new ArtifactCache(await tempDir());
    const rows = () => Array.from({ length: 9_000 }, (_, i) => ({ i }));
    const changed = rows();
    changed[8_500] = { i: -1 };
    const [a, b, c] = [await cache.store("s", "a", { rows: rows() }), await cache.store("s", "b", { rows: rows() }), await cache.store("s", "c", { rows: changed })];
    assert.equal(a.outputs.rows!.hash, b.outputs.rows!.hash);
    assert.notEqual(a.outputs.rows!.hash, c.outputs.rows!.hash);
  });

  it("says which file is truncated", async () => {
    const dir = await tempDir();
    const cache = new ArtifactCache(dir);
    const { outputs } = await cache.store("s", "k", { rows: Array.from({ length: 5_000 }, (_, i) => i) });
    const path = join(dir, "s", "k", "rows.parts");
    await truncate(path, 100);
    await assert.rejects(cache.load("s", "k", "rows", outputs.rows!), (e: Error) => e.message.includes(path) && /truncated/.test(e.message));
  });
});
