import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../pipeline/build.ts";
import { article, tempDir } from "./helpers.ts";

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline/cli.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("command line", () => {
  it("builds, prints a status line per stage and a summary", async () => {
    const raw = await tempDir();
    await writeFile(join(raw, "a.txt"), article(1));
    await writeFile(join(raw, "bad.txt"), "");
    const out = join(await tempDir(), "out");
    const r = cli(["build", "--raw", raw, "--out", out, "--cache", await tempDir()]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /ingest\s+missing\s+2 items/);
    assert.match(r.stderr, /articles\s+1 rows/);
    assert.match(r.stderr, /rejected: 1 file\(s\)\n  bad\.txt: empty/);
    assert.match(r.stderr, /wrote /);
  });

  it("exits non-zero under --strict when a file is rejected", async () => {
    const raw = await tempDir();
    await writeFile(join(raw, "bad.txt"), "");
    const r = cli(["build", "--raw", raw, "--out", join(await tempDir(), "out"), "--cache", await tempDir(), "--strict"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /hoidam: --strict: 1 raw file\(s\) rejected \(bad\.txt: empty\)/);
  });

  it("explains bad usage with exit code 2", () => {
    const r = cli(["build", "--frobnicate"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option '--frobnicate'[\s\S]*usage:/);
    assert.equal(cli(["build", "--only", "nope", "--out", "/tmp/never-written-by-hoidam-test"]).code, 1);
  });

  it("releases: builds, then packs dist/hoidam-<version>.tar.gz and prints its SHA-256", async () => {
    const raw = await tempDir();
    await writeFile(join(raw, "a.txt"), article(1));
    const dist = await tempDir();
    const r = cli(["release", "--raw", raw, "--out", join(await tempDir(), "out"), "--cache", await tempDir(), "--dist", dist]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /package\s+missing/);
    assert.match(r.stdout, /hoidam-\d+\.\d+\.\d+\.tar\.gz {2}\d+ bytes {2}sha256 [0-9a-f]{64}\n$/);
  });

  it("prints the DAG as text, Mermaid and DOT", () => {
    assert.match(cli(["dag"]).stdout, /ingest[\s\S]*write/);
    assert.match(cli(["dag", "--format", "mermaid"]).stdout, /^flowchart LR/);
    assert.match(cli(["dag", "--format", "dot"]).stdout, /^digraph hoidam/);
  });

  it("says which raw directory is missing", async () => {
    const r = cli(["build", "--raw", "/nonexistent/raw", "--out", join(await tempDir(), "o"), "--cache", await tempDir()]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot read the raw directory \/nonexistent\/raw: ENOENT/);
  });
});
