/**
 * `npm run release`: the archive is reproducible byte for byte, holds what
 * a user needs under one folder, and its SHA256SUMS matches its files.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { before, describe, it } from "node:test";
import { ROOT } from "../pipeline/build.ts";
import { sha256 } from "../pipeline/core/hash.ts";
import { DATASET } from "../pipeline/package/about.ts";
import { packRelease, type ReleaseResult } from "../pipeline/release/pack.ts";
import { tarGz } from "../pipeline/release/tar.ts";
import { loadTableSpecs } from "../pipeline/schema/tables.ts";
import { quietBuild, tempDir } from "./helpers.ts";

interface Entry {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  type: string;
  bytes: Buffer;
}

/** A minimal ustar reader, independent of the writer. */
function readTar(tar: Buffer): Entry[] {
  const entries: Entry[] = [];
  const str = (b: Buffer) => b.toString("ascii").replace(/\0.*$/s, "");
  const num = (b: Buffer) => parseInt(str(b).trim() || "0", 8);
  for (let at = 0; at + 512 <= tar.length; ) {
    const h = tar.subarray(at, at + 512);
    if (h.every((x) => x === 0)) break;
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
    assert.equal(num(h.subarray(148, 156)), sum, "header checksum");
    assert.equal(str(h.subarray(257, 263)), "ustar");
    const prefix = str(h.subarray(345, 500));
    const size = num(h.subarray(124, 136));
    entries.push({
      name: (prefix ? `${prefix}/` : "") + str(h.subarray(0, 100)),
      mode: num(h.subarray(100, 108)),
      uid: num(h.subarray(108, 116)),
      gid: num(h.subarray(116, 124)),
      mtime: num(h.subarray(136, 148)),
      type: str(h.subarray(156, 157)),
      bytes: tar.subarray(at + 512, at + 512 + size),
    });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

async function buildAndPack(raw: string): Promise<ReleaseResult> {
  const out = join(await tempDir(), "out");
  await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
  return packRelease({ outDir: out, distDir: join(await tempDir(), "dist") });
}

describe("release archive", () => {
  const folder = `${DATASET.name}-${DATASET.version}`;
  let first: ReleaseResult;
  let archive: Buffer;
  let entries: Entry[];

  before(async () => {
    const raw = await tempDir("hoidam-raw-");
    for (const f of ["000_a35e763ab6db059d.txt", "003_c37877776447bdfe.txt"]) await copyFile(join(ROOT, "raw", f), join(raw, f));
    first = await buildAndPack(raw);
    archive = await readFile(first.path);
    entries = readTar(gunzipSync(archive));
    // The second build and pack start from nothing: separate cache, out/ and dist/.
    const second = await buildAndPack(raw);
    assert.deepEqual(await readFile(second.path), archive, "two builds of the same input give the same archive bytes");
  });

  it(`is dist/${DATASET.name}-<version>.tar.gz, with a gzip header carrying no time or OS`, () => {
    assert.ok(first.path.endsWith(`/dist/${folder}.tar.gz`));
    assert.deepEqual([...archive.subarray(0, 4)], [0x1f, 0x8b, 8, 0], "gzip, deflate, no flags (no file name)");
    assert.deepEqual([...archive.subarray(4, 8)], [0, 0, 0, 0], "no timestamp");
    assert.equal(archive[9], 0xff, "OS unknown");
  });

  it("holds the tables, their description, the citation, changelog and licences under one folder", () => {
    const names = entries.map((e) => e.name);
    assert.ok(names.every((n) => n.startsWith(`${folder}/`)));
    const files = new Set(names.map((n) => n.slice(folder.length + 1)));
    for (const f of ["csv/", "arrow/", "parquet/", "xlsx-safe/", "datapackage.json", "README.md", "SHA256SUMS", "CITATION.cff", "CHANGELOG.md", "LICENSE", "LICENSE-DATA"]) assert.ok(files.has(f), f);
    for (const s of loadTableSpecs()) for (const f of ["csv", "arrow", "parquet"]) assert.ok(files.has(`${f}/${s.name}.${f}`), `${f}/${s.name}.${f}`);
    for (const f of ["charts/meetings-by-year.svg", "charts/meetings-by-year.vl.json", "explorer/index.html"]) assert.ok(files.has(f), f);
    assert.ok(![...files].some((f) => f.includes(".hoidam-build")), "the build stamp stays out");
  });

  it("is sorted, owned by 0:0, with fixed times and modes", () => {
    const names = entries.map((e) => e.name);
    assert.deepEqual(names, [...names].sort());
    for (const e of entries) {
      assert.equal(e.uid, 0);
      assert.equal(e.gid, 0);
      assert.equal(e.mtime, 0);
      assert.equal(e.mode, e.type === "5" ? 0o755 : 0o644, e.name);
    }
  });

  it("has a SHA256SUMS that matches every other file", () => {
    const sums = entries.find((e) => e.name === `${folder}/SHA256SUMS`)!.bytes.toString("utf8");
    const listed = new Map(sums.trimEnd().split("\n").map((l) => [l.slice(66), l.slice(0, 64)] as const));
    const files = entries.filter((e) => e.type === "0" && !e.name.endsWith("/SHA256SUMS"));
    assert.equal(listed.size, files.length);
    for (const e of files) assert.equal(listed.get(e.name.slice(folder.length + 1)), sha256(e.bytes), e.name);
    assert.ok(sums.split("\n").filter(Boolean).every((l) => /^[0-9a-f]{64} {2}\S/.test(l)), "sha256sum -c format");
  });

  it("is read by tar(1) as it is by our reader", { skip: spawnSync("tar", ["--version"]).status !== 0 }, async () => {
    const listed = spawnSync("tar", ["-tzf", first.path], { encoding: "utf8" });
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual(listed.stdout.trim().split("\n"), entries.map((e) => e.name));
    // A path longer than ustar's 100-byte name field goes through the prefix field.
    const long = `${"d".repeat(90)}/${"e".repeat(60)}/file.txt`;
    const dir = await tempDir();
    await writeFile(join(dir, "long.tar.gz"), tarGz([{ path: long, bytes: Buffer.from("x") }]));
    const r = spawnSync("tar", ["-tzf", join(dir, "long.tar.gz")], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.split("\n").includes(long));
  });

  it("refuses an out/ that datapackage.json does not describe", async () => {
    const raw = await tempDir("hoidam-raw-");
    await copyFile(join(ROOT, "raw", "000_a35e763ab6db059d.txt"), join(raw, "a.txt"));
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    await writeFile(join(out, "csv", "persons.csv"), "edited by hand\r\n");
    await assert.rejects(packRelease({ outDir: out, distDir: await tempDir() }), /csv\/persons\.csv .* differs from datapackage\.json/);
    await assert.rejects(packRelease({ outDir: await tempDir(), distDir: await tempDir() }), /is not a hoidam build/);
  });
});
