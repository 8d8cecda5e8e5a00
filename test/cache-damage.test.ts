import assert from "node:assert/strict";
import { cp, open, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { matchesDescriptor, pipelineDag } from "../pipeline/build.ts";
import { ArtifactCache } from "../pipeline/core/cache.ts";
import { buildDag, downstreamOf } from "../pipeline/core/dag.ts";
import { memoryReporter } from "../pipeline/core/reporter.ts";
import { runPipeline } from "../pipeline/core/runner.ts";
import type { AnyStage } from "../pipeline/core/stage.ts";
import { article, quietBuild, readTree, tempDir } from "./helpers.ts";

type Damage = "corrupt" | "truncate";

/** Corrupt: 8 bytes in the middle overwritten with their complement, size unchanged. Truncate: cut to half. */
async function damage(path: string, how: Damage): Promise<void> {
  const size = (await stat(path)).size;
  if (how === "truncate") return truncate(path, Math.floor(size / 2));
  const at = Math.max(0, Math.min(Math.floor(size / 2), size - 8));
  const fh = await open(path, "r+");
  try {
    const buf = Buffer.alloc(Math.min(8, size));
    await fh.read(buf, 0, buf.length, at);
    await fh.write(buf.map((b) => b ^ 0xff), 0, buf.length, at);
  } finally {
    await fh.close();
  }
}

/** The output files (not entry.json) of the one entry of a stage. */
async function outputFiles(cacheDir: string, stage: string): Promise<string[]> {
  const [key] = (await readdir(join(cacheDir, stage))).filter((n) => !n.includes("."));
  const dir = join(cacheDir, stage, key!);
  return (await readdir(dir)).filter((n) => n !== "entry.json").map((n) => join(dir, n));
}

type Toy = { a: string; x: number[]; y: number };
const toy = (runs: string[]): AnyStage<Toy>[] => [
  { id: "spread", description: "", version: 1, reads: ["a"], writes: ["x"], run: ({ a }: Pick<Toy, "a">) => (runs.push("spread"), { x: [...a].map((c) => c.charCodeAt(0)) }) },
  { id: "sum", description: "", version: 1, reads: ["x"], writes: ["y"], run: ({ x }: Pick<Toy, "x">) => (runs.push("sum"), { y: x.reduce((s, n) => s + n, 0) }) },
];

async function runToy(cacheDir: string, runs: string[], fingerprint = "v1") {
  const reporter = memoryReporter();
  const result = await runPipeline<Toy>({
    dag: buildDag(toy(runs), ["a"]),
    sources: { a: { value: "hoidam".repeat(20), hash: "h" } },
    cache: new ArtifactCache(cacheDir),
    codeFingerprint: fingerprint,
    reporter,
    options: { rawDir: "/nonexistent", referenceDir: "/nonexistent" },
  });
  return { y: await result.get("y"), x: await result.get("x"), warnings: reporter.lines.filter((l) => l.startsWith("warn ")) };
}

describe("a damaged cache entry (runner)", () => {
  for (const how of ["corrupt", "truncate"] as const) {
    it(`${how}: is discarded with a warning naming it, and its stage run again`, async () => {
      const cacheDir = await tempDir();
      const clean = await runToy(cacheDir, []);
      const [file] = await outputFiles(cacheDir, "spread");
      await damage(file!, how);
      // `sum` must run, so that it loads the damaged output.
      await rm(join(cacheDir, "sum"), { recursive: true });
      const runs: string[] = [];
      const again = await runToy(cacheDir, runs);
      assert.deepEqual([again.x, again.y], [clean.x, clean.y]);
      assert.ok(again.warnings.some((w) => w.startsWith("warn spread damaged cache entry") && w.includes(file!)), again.warnings.join("\n"));
      assert.deepEqual(runs.sort(), ["spread", "sum"]);
      // The entry was rewritten: a third run takes everything from the cache, without warnings.
      const third: string[] = [];
      assert.deepEqual((await runToy(cacheDir, third)).warnings, []);
      assert.deepEqual(third, []);
    });
  }

  it("an unreadable entry.json: discarded with a warning, the stage run", async () => {
    const cacheDir = await tempDir();
    await runToy(cacheDir, []);
    const [key] = await readdir(join(cacheDir, "spread"));
    await writeFile(join(cacheDir, "spread", key!, "entry.json"), "{ not json");
    const runs: string[] = [];
    const again = await runToy(cacheDir, runs);
    assert.deepEqual(runs, ["spread"]);
    assert.ok(again.warnings.some((w) => /warn spread damaged cache entry .*entry\.json/.test(w)), again.warnings.join("\n"));
  });

  it("two writers of one entry at once do not crash each other", async () => {
    const cache = new ArtifactCache(await tempDir());
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ i }));
    const entries = await Promise.all(Array.from({ length: 6 }, () => cache.store("s", "k", { rows, n: 1 })));
    assert.equal(new Set(entries.map((e) => e.outputs.rows!.hash)).size, 1);
    assert.deepEqual(await cache.load("s", "k", "rows", entries[0]!.outputs.rows!), rows);
    assert.deepEqual(await readdir(join(cache.dir, "s")), ["k"], "no temporary folder left");
  });
});

describe("a damaged cache entry of each stage (build)", async () => {
  const raw = await tempDir("hoidam-raw-");
  await writeFile(join(raw, "a.txt"), article(1));
  await writeFile(join(raw, "b.txt"), article(2, "Hai bên ký biên bản ghi nhớ về hợp tác."));
  const cleanCache = await tempDir();
  const cleanOut = join(await tempDir(), "out");
  await quietBuild({ rawDir: raw, outDir: cleanOut, cacheDir: cleanCache });
  const expected = await readTree(cleanOut);
  const dag = pipelineDag();

  for (const stage of dag.order.map((s) => s.id)) {
    for (const how of ["corrupt", "truncate"] as const) {
      it(`${stage}, ${how}: the same out/ as a clean build, and a warning`, async () => {
        const cacheDir = await tempDir();
        await cp(cleanCache, cacheDir, { recursive: true });
        for (const file of await outputFiles(cacheDir, stage)) await damage(file, how);
        // What reads the damaged outputs must run (so that they are loaded), and out/ be written anew.
        for (const after of downstreamOf(dag, stage)) await rm(join(cacheDir, after), { recursive: true });
        const out = join(await tempDir(), "out");
        const s = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
        assert.deepEqual(await readTree(out), expected);
        assert.ok(s.log.some((l) => l.startsWith(`warn ${stage} damaged cache entry ${join(cacheDir, stage)}`)), s.log.join("\n"));
      });
    }
  }

  it("a damaged write output is not published when out/ must be rewritten", async () => {
    const cacheDir = await tempDir();
    await cp(cleanCache, cacheDir, { recursive: true });
    const out = join(await tempDir(), "out");
    await cp(cleanOut, out, { recursive: true });
    for (const file of await outputFiles(cacheDir, "write")) await damage(file, "corrupt");
    await rm(join(out, "csv", "meetings.csv"));
    const s = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    assert.equal(s.published, "written");
    assert.deepEqual(await readTree(out), expected);
    assert.equal(JSON.parse(await readFile(join(out, "datapackage.json"), "utf8")).name, "hoidam");
  });

  it("publishing refuses files that are not those datapackage.json describes", async () => {
    const files = Object.fromEntries([...(await readTree(cleanOut))].map(([p, b]) => [p, new Uint8Array(b)]));
    matchesDescriptor(files);
    const meetings = files["csv/meetings.csv"]!.slice();
    const mid = meetings.length >> 1;
    meetings[mid] = meetings[mid]! ^ 0xff;
    assert.throws(() => matchesDescriptor({ ...files, "csv/meetings.csv": meetings }), /csv\/meetings\.csv: not the file datapackage\.json describes/);
  });
});
