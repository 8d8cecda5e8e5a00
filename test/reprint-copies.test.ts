/**
 * Reprints are the commonest thing in this corpus, so any article plus copies
 * of it must build and publish the same meetings and agreements (issue #20:
 * a copy of an article naming a memorandum in party words alone used to stop
 * the build with a duplicate agreement id). Every seed and dev article is
 * built once alone and once beside an exact copy and an edited copy (a line
 * added) of itself.
 */
import assert from "node:assert/strict";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { ROOT } from "../pipeline/build.ts";
import { quietBuild, tempDir } from "./helpers.ts";

const CORPORA = ["seeds", "dev"];
type Row = Record<string, string>;
type Tables = Record<"articles" | "meetings" | "meeting_articles" | "agreements", Row[]>;

/** The raw files of the corpora, in one folder; with `copies`, each beside `<name>~copy.txt` and `<name>~edited.txt`. */
async function rawFolder(copies: boolean): Promise<string> {
  const dir = await tempDir("hoidam-reprints-");
  for (const corpus of CORPORA) {
    const from = join(ROOT, "test", "corpora", corpus, "raw");
    for (const name of (await readdir(from)).filter((n) => n.endsWith(".txt"))) {
      await copyFile(join(from, name), join(dir, name));
      if (!copies) continue;
      // "~" sorts after ".", so each original is first by path and keeps its content id.
      const stem = name.slice(0, -".txt".length);
      await copyFile(join(from, name), join(dir, `${stem}~copy.txt`));
      await writeFile(join(dir, `${stem}~edited.txt`), `${await readFile(join(from, name), "utf8")}\nBài viết được đăng lại từ một trang tin khác.\n`);
    }
  }
  return dir;
}

async function buildTables(copies: boolean): Promise<Tables> {
  const out = join(await tempDir(), "out");
  await quietBuild({ rawDir: await rawFolder(copies), outDir: out, cacheDir: await tempDir() });
  const read = async (t: keyof Tables) => parse(await readFile(join(out, "csv", `${t}.csv`)), { columns: true }) as Row[];
  return { articles: await read("articles"), meetings: await read("meetings"), meeting_articles: await read("meeting_articles"), agreements: await read("agreements") };
}

/** Source file → the source file of the article it is a reprint of (itself when it is read). */
function keptFile(t: Tables): Map<string, string> {
  const fileOf = new Map(t.articles.map((a) => [a.article_id!, a.source_file!]));
  return new Map(t.articles.map((a) => [a.source_file!, a.duplicate_of ? fileOf.get(a.duplicate_of)! : a.source_file!]));
}

/** The original a file was copied from: copies and original share it. */
const originalOf = (sourceFile: string) => basename(sourceFile).replace(/~(copy|edited)\.txt$/, ".txt");

describe("an article beside an exact and an edited copy of itself", () => {
  let alone: Tables;
  let copied: Tables;
  before(async () => {
    alone = await buildTables(false);
    copied = await buildTables(true);
  });

  it("reads one article of each original and its copies, and lists the rest as reprints", () => {
    assert.equal(copied.articles.length, 3 * alone.articles.length);
    assert.equal(copied.articles.filter((a) => !a.duplicate_of).length, alone.articles.filter((a) => !a.duplicate_of).length);
    // Which of an article and its exact copy is kept is arbitrary; the reprint groups are not.
    const keptAlone = keptFile(alone);
    const keptCopied = keptFile(copied);
    for (const [file, kept] of keptCopied) assert.equal(keptAlone.get(originalOf(kept)), keptAlone.get(originalOf(file)), `${file} is a reprint of ${kept}`);
  });

  it("publishes the same agreements, ids and titles, each mentioned by the copies too", () => {
    const key = (a: Row) => [a.agreement_id, a.title, a.kind, a.date_signed].join("|");
    assert.deepEqual(copied.agreements.map(key), alone.agreements.map(key));
    const mentions = (t: Tables) => t.agreements.map((a) => Number(a.n_mentions));
    assert.deepEqual(mentions(copied), mentions(alone).map((n) => 3 * n));
  });

  it("publishes the same meetings, with every copy of each source article listed as a source", () => {
    const fields = (m: Row) => {
      const { n_articles: _n, article_id: _a, start: _s, end: _e, sentence: _t, ...what } = m;
      return what;
    };
    assert.deepEqual(copied.meetings.map(fields), alone.meetings.map(fields));
    const originals = (t: Tables, m: Row) => {
      const fileOf = new Map(t.articles.map((a) => [a.article_id!, a.source_file!]));
      return t.meeting_articles.filter((s) => s.meeting_id === m.meeting_id).map((s) => basename(fileOf.get(s.article_id!)!));
    };
    for (const [i, m] of alone.meetings.entries()) {
      const sources = originals(alone, m).sort();
      const withCopies = originals(copied, copied.meetings[i]!);
      assert.deepEqual([...new Set(withCopies.map(originalOf))].sort(), sources, `meeting ${m.meeting_id}`);
      assert.equal(withCopies.length, 3 * sources.length, `meeting ${m.meeting_id}: each source with its two copies`);
      assert.equal(Number(copied.meetings[i]!.n_articles), 3 * Number(m.n_articles));
    }
  });
});
