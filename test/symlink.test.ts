/**
 * Symbolic links under raw/: followed once, inside or outside the raw
 * directory, or rejected with why; every entry ends in a table.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { listRaw } from "../pipeline/ingest/listing.ts";
import { snapshotHash, snapshotRaw } from "../pipeline/ingest/snapshot.ts";
import { article, quietBuild, statuses, tempDir } from "./helpers.ts";

/** A raw folder with a.txt, a file and a folder outside it, and links of every kind. */
async function linkedRaw(): Promise<{ raw: string; outside: string }> {
  const raw = await tempDir("hoidam-raw-");
  const outside = await tempDir("hoidam-outside-");
  await writeFile(join(raw, "a.txt"), article(1));
  await writeFile(join(outside, "far.txt"), article(2));
  await mkdir(join(outside, "folder"));
  await writeFile(join(outside, "folder", "c.txt"), article(3));
  await symlink("a.txt", join(raw, "same-as-a.txt")); // inside raw/
  await symlink(join(outside, "far.txt"), join(raw, "far.txt")); // outside raw/
  await symlink("far.txt", join(raw, "chain.txt")); // a link to a link
  await symlink(join(outside, "folder"), join(raw, "linked-folder")); // a folder outside
  await symlink("missing.txt", join(raw, "broken.txt"));
  await symlink("loop-b.txt", join(raw, "loop-a.txt"));
  await symlink("loop-a.txt", join(raw, "loop-b.txt"));
  await mkdir(join(raw, "sub"));
  await symlink("..", join(raw, "sub", "up")); // a folder the link is in
  await symlink(raw, join(outside, "folder", "back")); // from the linked folder back into raw/
  return { raw, outside };
}

describe("symbolic links in the raw directory", () => {
  it("follows links to files and folders, inside or outside, and names those that lead nowhere or in a circle", async () => {
    const { raw } = await linkedRaw();
    const l = listRaw(raw);
    assert.deepEqual(l.paths, ["a.txt", "chain.txt", "far.txt", "linked-folder/c.txt", "same-as-a.txt"]);
    assert.deepEqual(
      l.unreadable.map((u) => [u.path, u.reason]),
      [
        ["broken.txt", "broken_link"],
        ["linked-folder/back", "link_loop"],
        ["loop-a.txt", "link_loop"],
        ["loop-b.txt", "link_loop"],
        ["sub/up", "link_loop"],
      ],
    );
    assert.match(l.unreadable[0]!.detail, /symbolic link to 'missing\.txt', which does not exist/);
    assert.match(l.unreadable[2]!.detail, /symbolic link to 'loop-b\.txt', which leads back to itself/);
    assert.match(l.unreadable[4]!.detail, /symbolic link to '\.\.', a folder this link is in/);
  });

  it("builds every linked article, rejects the rest with the reason, and leaves no entry out", async () => {
    const { raw } = await linkedRaw();
    execFileSync("mkfifo", [join(raw, "pipe.txt")]);
    const s = await quietBuild({ rawDir: raw, outDir: join(await tempDir(), "out"), cacheDir: await tempDir() });
    assert.equal(s.counts?.articles, 5);
    assert.deepEqual(
      s.rejected?.map((r) => [r.source_file, r.reason, r.size_bytes]),
      [
        ["broken.txt", "broken_link", null],
        ["linked-folder/back", "link_loop", null],
        ["loop-a.txt", "link_loop", null],
        ["loop-b.txt", "link_loop", null],
        ["pipe.txt", "not_a_file", null],
        ["sub/up", "link_loop", null],
      ],
    );
    assert.ok(s.log.some((l) => l.includes("rejected broken.txt: broken_link: symbolic link to 'missing.txt'")));
  });

  it("notices a link that breaks or appears between two builds", async () => {
    const raw = await tempDir("hoidam-raw-");
    await writeFile(join(raw, "a.txt"), article(1));
    const cacheDir = await tempDir();
    const out = join(await tempDir(), "out");
    const first = await snapshotRaw(raw, join(cacheDir, "raw-stat.json"));
    await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    await symlink("gone.txt", join(raw, "b.txt"));
    const second = await snapshotRaw(raw, join(cacheDir, "raw-stat.json"));
    assert.notEqual(snapshotHash(second), snapshotHash(first));
    const s = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    assert.equal(statuses(s).ingest, "stale");
    assert.deepEqual(s.rejected?.map((r) => r.source_file), ["b.txt"]);
  });
});
