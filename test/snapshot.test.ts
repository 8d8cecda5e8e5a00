import assert from "node:assert/strict";
import { mkdir, readdir, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { sha256 } from "../pipeline/core/hash.ts";
import { snapshotHash, snapshotRaw, unchangedSince, type RawSnapshot } from "../pipeline/ingest/snapshot.ts";
import { tempDir } from "./helpers.ts";

async function rawWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const plain = (s: RawSnapshot) => ({ files: s.files.map(({ path, size, sha256 }) => ({ path, size, sha256 })), manifest: s.manifest?.sha256 ?? null, ignored: s.ignored });

/** Modification times of the stat cache files. */
async function cacheTimes(cache: string): Promise<Record<string, number>> {
  const names = (await readdir(cache)).filter((n) => n.startsWith("raw-stat-")).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await stat(join(cache, n))).mtimeMs] as const)));
}

describe("snapshotRaw", () => {
  const files = { "b.txt": "hai", "a/x.txt": "một", "manifest.csv": "file,url\n", "notes.md": "not an article", ".hidden/y.txt": "ẩn", "a/.z.txt": "ẩn" };

  it("lists the .txt files and the manifest by relative path with their hashes, whatever the folder", async () => {
    const raw = await rawWith(files);
    const s = await snapshotRaw(raw, null);
    assert.deepEqual(plain(s), {
      files: [
        { path: "a/x.txt", size: 5, sha256: sha256("một") },
        { path: "b.txt", size: 3, sha256: sha256("hai") },
      ],
      manifest: sha256("file,url\n"),
      ignored: ["notes.md"],
    });
    const elsewhere = await snapshotRaw(await rawWith(files), join(await tempDir(), "raw-stat.json"));
    assert.equal(snapshotHash(elsewhere), snapshotHash(s));
  });

  it("takes an unchanged folder from the stat cache, without rewriting it, and gives the same snapshot", async () => {
    const raw = await rawWith(files);
    const cache = await tempDir();
    const statCache = join(cache, "raw-stat.json");
    const cold = await snapshotRaw(raw, statCache);
    const times = await cacheTimes(cache);
    assert.equal(Object.keys(times).length, 2, "the per-file cache and its summary");
    const warm = await snapshotRaw(raw, statCache);
    assert.equal(snapshotHash(warm), snapshotHash(cold));
    assert.deepEqual(plain(warm), plain(cold));
    assert.deepEqual(await cacheTimes(cache), times, "nothing rewritten");
  });

  it("keeps the hash when a file is only touched, and changes it when a file changes", async () => {
    const raw = await rawWith(files);
    const statCache = join(await tempDir(), "raw-stat.json");
    const before = snapshotHash(await snapshotRaw(raw, statCache));
    const later = new Date(Date.now() + 5000);
    await utimes(join(raw, "b.txt"), later, later);
    const touched = await snapshotRaw(raw, statCache);
    assert.equal(snapshotHash(touched), before);
    assert.equal(touched.files.find((f) => f.path === "b.txt")!.mtimeMs, (await stat(join(raw, "b.txt"))).mtimeMs);
    await writeFile(join(raw, "b.txt"), "ba");
    const changed = await snapshotRaw(raw, statCache);
    assert.notEqual(snapshotHash(changed), before);
    assert.equal(changed.files.find((f) => f.path === "b.txt")!.sha256, sha256("ba"));
    await writeFile(join(raw, "c.txt"), "bốn");
    assert.deepEqual((await snapshotRaw(raw, statCache)).files.map((f) => f.path), ["a/x.txt", "b.txt", "c.txt"]);
  });

  it("tells whether a file still has the stats it had in the snapshot", async () => {
    const raw = await rawWith({ "a.txt": "một" });
    const [file] = (await snapshotRaw(raw, null)).files;
    assert.ok(unchangedSince(file!, await stat(join(raw, "a.txt"))));
    await writeFile(join(raw, "a.txt"), "một hai");
    assert.ok(!unchangedSince(file!, await stat(join(raw, "a.txt"))));
  });
});
