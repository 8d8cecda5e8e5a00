import assert from "node:assert/strict";
import { cp, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { startBuild } from "./child.ts";
import { article, quietBuild, readTree, tempDir } from "./helpers.ts";

/** out/ and cache built from one article (once; each test gets a copy), then a second article added so that the next build must replace out/. */
const template = (async () => {
  const raw = await tempDir("hoidam-raw-");
  await writeFile(join(raw, "a.txt"), article(1));
  const out = join(await tempDir(), "out");
  const cacheDir = await tempDir();
  await quietBuild({ rawDir: raw, outDir: out, cacheDir });
  const before = await readTree(out);
  await writeFile(join(raw, "b.txt"), article(2));
  const cleanOut = join(await tempDir(), "out");
  await quietBuild({ rawDir: raw, outDir: cleanOut, cacheDir: await tempDir() });
  return { raw, out, cacheDir, before, after: await readTree(cleanOut) };
})();

async function setup() {
  const t = await template;
  const out = join(await tempDir(), "out");
  const cacheDir = await tempDir();
  await cp(t.out, out, { recursive: true });
  await cp(t.cacheDir, cacheDir, { recursive: true });
  return { ...t, out, cacheDir, args: ["--raw", t.raw, "--out", out, "--cache", cacheDir] };
}

async function killedAt(args: string[], point: string): Promise<number> {
  const child = startBuild(args, `${point}:kill`);
  const r = await child.done;
  assert.equal(r.signal, "SIGKILL", r.stderr);
  return child.pid;
}

const beside = async (out: string) => (await readdir(join(out, ".."))).sort();

describe("a build killed part way", { timeout: 240_000 }, () => {
  it("while writing out/'s replacement: out/ is intact, and the next build removes what it left and says so", async () => {
    const { raw, out, cacheDir, before, after, args } = await setup();
    const pid = await killedAt(args, "out-tmp");
    assert.deepEqual(await readTree(out), before);
    assert.ok((await beside(out)).some((n) => n.startsWith(`out.tmp-${pid}-`)), (await beside(out)).join(", "));

    const next = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    assert.ok(next.log.some((l) => new RegExp(`^note removed .*out\\.tmp-${pid}-\\w+, left by a build \\(pid ${pid}\\) that did not finish`).test(l)), next.log.join("\n"));
    assert.deepEqual(await readTree(out), after);
    assert.deepEqual(await beside(out), ["out"]);
  });

  it("while storing a cache entry: the next build removes the temporary entry and says so", async () => {
    const { raw, out, cacheDir, after, args } = await setup();
    const pid = await killedAt(args, "cache-tmp");
    const tmp = (await readdir(cacheDir, { recursive: true })).filter((n) => new RegExp(`\\.tmp-${pid}-\\w+$`).test(n));
    assert.equal(tmp.length, 1, "the entry being written");

    const next = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    assert.ok(next.log.some((l) => l.startsWith(`note removed 1 temporary item(s) left in the cache ${cacheDir} by a build (pid ${pid}) that did not finish: ${tmp[0]}`)), next.log.join("\n"));
    assert.deepEqual((await readdir(cacheDir, { recursive: true })).filter((n) => /\.(tmp|old)-|\.lock/.test(n)), []);
    assert.deepEqual(await readTree(out), after);
    assert.deepEqual(await beside(out), ["out"]);
  });

  it("between the two renames of the swap: the next build first puts the previous out/ back, then replaces it", async () => {
    const { raw, out, cacheDir, before, after, args } = await setup();
    const pid = await killedAt(args, "swap");
    const left = await beside(out);
    assert.ok(!left.includes("out") && left.some((n) => n.startsWith(`out.old-${pid}-`)), left.join(", "));

    // A build that publishes nothing still restores out/ and clears the rest.
    const only = await quietBuild({ rawDir: raw, outDir: out, cacheDir, only: "ingest" });
    assert.ok(only.log.some((l) => new RegExp(`^note restored ${out} from out\\.old-${pid}-\\w+`).test(l)), only.log.join("\n"));
    assert.ok(only.log.some((l) => new RegExp(`^note removed .*out\\.tmp-${pid}-`).test(l)), only.log.join("\n"));
    assert.deepEqual(await readTree(out), before);
    assert.deepEqual(await beside(out), ["out"]);

    await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    assert.deepEqual(await readTree(out), after);
  });
});
