import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { startBuild } from "./child.ts";
import { article, quietBuild, readTree, tempDir } from "./helpers.ts";

async function setup() {
  const raw = await tempDir("hoidam-raw-");
  await writeFile(join(raw, "a.txt"), article(1));
  const out = join(await tempDir(), "out");
  const cacheDir = await tempDir();
  return { raw, out, cacheDir, args: ["--raw", raw, "--out", out, "--cache", cacheDir] };
}

async function cleanBuild(raw: string) {
  const out = join(await tempDir(), "out");
  await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
  return readTree(out);
}

/** Everything in the cache whose name marks it temporary, set aside or a lock. */
async function cacheLeftovers(cacheDir: string): Promise<string[]> {
  return (await readdir(cacheDir, { recursive: true })).filter((n) => /\.(tmp|old)-|\.lock|\.break/.test(n));
}

describe("builds at the same time", { timeout: 240_000 }, () => {
  it("wait for each other (or give up after --wait), take over a dead build's lock, and in three rounds of three leave one clean out/ and nothing else", async () => {
    const { raw, out, cacheDir, args } = await setup();
    const lock = join(cacheDir, "hoidam.lock");

    // A build holding the locks (stopped at the hook) makes another wait, then give up.
    const dead = startBuild(args, "locked:stop");
    await dead.until(/test hook at locked/);
    const impatient = await startBuild([...args, "--wait", "0.3"]).done;
    assert.equal(impatient.code, 1, impatient.stderr);
    assert.match(impatient.stderr, new RegExp(`another build \\(pid ${dead.pid}\\) is writing the cache ${cacheDir}; waiting`));
    assert.match(impatient.stderr, new RegExp(`hoidam: gave up after 0.3 s: another build \\(pid ${dead.pid}\\) still holds ${lock}`));
    // Killed, it leaves its locks behind.
    process.kill(dead.pid, "SIGKILL");
    assert.equal((await dead.done).signal, "SIGKILL");

    for (const round of [1, 2, 3]) {
      // The first holds both locks until the other two are waiting.
      const first = startBuild(args, "locked:stop");
      await first.until(/test hook at locked/);
      const others = [startBuild(args), startBuild(args)];
      for (const o of others) await o.until(new RegExp(`another build \\(pid ${first.pid}\\) is writing`));
      process.kill(first.pid, "SIGCONT");
      for (const b of [first, ...others]) {
        const r = await b.done;
        assert.equal(r.code, 0, `round ${round}, pid ${b.pid}:\n${r.stderr}`);
        if (round === 1 && b === first) assert.match(r.stderr, new RegExp(`took over the lock ${lock}, left by a build \\(pid ${dead.pid}, started [^)]+\\) that is no longer running`));
      }
    }
    assert.deepEqual(await readTree(out), await cleanBuild(raw));
    assert.deepEqual(await readdir(join(out, "..")), ["out"], "no lock or temporary folder beside out/");
    assert.deepEqual(await cacheLeftovers(cacheDir), []);
  });
});
