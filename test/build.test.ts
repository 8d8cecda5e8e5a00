import assert from "node:assert/strict";
import { cp, mkdir, readFile, rm, utimes, writeFile, copyFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { build, ROOT } from "../pipeline/build.ts";
import { PipelineError } from "../pipeline/core/errors.ts";
import { memoryReporter } from "../pipeline/core/reporter.ts";
import { STAMP } from "../pipeline/core/publish.ts";
import { MAX_BYTES } from "../pipeline/ingest/reject.ts";
import { loadTableSpecs } from "../pipeline/schema/tables.ts";
import { ValidationFailedError } from "../pipeline/stages/validate.ts";
import { article, quietBuild, readTree, statuses, tempDir } from "./helpers.ts";

async function rawWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const raw = await tempDir("hoidam-raw-");
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(raw, name, ".."), { recursive: true });
    await writeFile(join(raw, name), content);
  }
  return raw;
}

/** A copy of schemas/ in a temporary folder, with one table's schema edited. */
async function schemasWith(table: string, edit: (schema: any) => void): Promise<string> {
  const schemas = await tempDir();
  await cp(join(ROOT, "schemas"), schemas, { recursive: true });
  const path = join(schemas, `${table}.schema.json`);
  const schema = JSON.parse(await readFile(path, "utf8"));
  edit(schema);
  await writeFile(path, JSON.stringify(schema));
  return schemas;
}

async function csvRows(out: string, table: string): Promise<string[]> {
  return (await readFile(join(out, "csv", `${table}.csv`), "utf8")).split("\r\n").filter(Boolean);
}

describe("build", () => {
  it("publishes the seed articles as CSV and Arrow", async () => {
    const out = join(await tempDir(), "out");
    const s = await quietBuild({ rawDir: join(ROOT, "raw"), outDir: out, cacheDir: await tempDir() });
    assert.equal(s.published, "written");
    assert.equal(s.counts?.articles, 5);
    const rows = await csvRows(out, "articles");
    assert.match(rows[0]!, /^article_id,source_file,sha256,headline,/);
    assert.equal(rows.length, 6);
    const tree = await readTree(out);
    const tables = loadTableSpecs().map((s) => s.name);
    assert.ok(["articles", "fixes", "persons", "positions", "rejected"].every((t) => tables.includes(t)));
    assert.deepEqual([...tree.keys()], [
      STAMP,
      "README.md",
      ...tables.map((t) => `arrow/${t}.arrow`),
      ...["agreements-by-year", "meetings-by-year", "timeline", "who-met-whom"].flatMap((c) => [`charts/${c}.svg`, `charts/${c}.vl.json`]),
      ...tables.map((t) => `csv/${t}.csv`),
      "datapackage.json",
      "explorer/index.html",
      ...tables.map((t) => `parquet/${t}.parquet`),
      ...tables.map((t) => `xlsx-safe/${t}.csv`),
    ]);
  });

  it("is deterministic: two builds with separate caches give byte-identical trees", async () => {
    const a = join(await tempDir(), "a");
    const b = join(await tempDir(), "b");
    await quietBuild({ rawDir: join(ROOT, "raw"), outDir: a, cacheDir: await tempDir() });
    await quietBuild({ rawDir: join(ROOT, "raw"), outDir: b, cacheDir: await tempDir() });
    assert.deepEqual(await readTree(a), await readTree(b));
  });

  it("does the same work for the same content in another folder, in another file order", async () => {
    const raw1 = await rawWith({ "x/1.txt": article(1), "2.txt": article(2) });
    const raw2 = await rawWith({ "2.txt": article(2), "x/1.txt": article(1) });
    const a = join(await tempDir(), "a");
    const b = join(await tempDir(), "b");
    await quietBuild({ rawDir: raw1, outDir: a, cacheDir: await tempDir() });
    await quietBuild({ rawDir: raw2, outDir: b, cacheDir: await tempDir() });
    assert.deepEqual(await readTree(a), await readTree(b));
    assert.ok((await csvRows(a, "articles")).some((r) => r.includes(",x/1.txt,")), "source_file keeps the sub-folder");
  });

  it("runs no stage on a second build, and reruns from ingest when one article changes", async () => {
    const raw = await rawWith({ "a.txt": article(1), "b.txt": article(2) });
    const out = join(await tempDir(), "out");
    const cacheDir = await tempDir();
    await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    const second = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    const allFresh = { ingest: "fresh", dedupe: "fresh", reference: "fresh", translate: "fresh", articles: "fresh", extract: "fresh", validate: "fresh", write: "fresh", pictures: "fresh", package: "fresh" };
    assert.deepEqual(statuses(second), allFresh);
    assert.equal(second.published, "unchanged");

    // Touching a file without changing it is not a change.
    const later = new Date(Date.now() + 5000);
    await utimes(join(raw, "a.txt"), later, later);
    assert.deepEqual(statuses(await quietBuild({ rawDir: raw, outDir: out, cacheDir })), allFresh);

    await writeFile(join(raw, "a.txt"), article(1, "Thêm một câu."));
    const third = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    // Only what lies downstream of raw/ reruns: the registry does not depend on articles.
    assert.deepEqual(statuses(third), { ingest: "stale", dedupe: "stale", reference: "fresh", translate: "stale", articles: "stale", extract: "stale", validate: "stale", write: "stale", pictures: "stale", package: "stale" });
    assert.equal(third.published, "written");
    assert.ok((await csvRows(out, "articles")).length === 3);

    const forced = await quietBuild({ rawDir: raw, outDir: out, cacheDir, force: true });
    assert.ok(Object.values(statuses(forced)).every((s) => s === "forced"));
  });

  it("rewrites out/ on a warm build when a published file was removed or altered", async () => {
    const raw = await rawWith({ "a.txt": article(1) });
    const out = join(await tempDir(), "out");
    const cacheDir = await tempDir();
    await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    const before = await readTree(out);
    await rm(join(out, "csv", "meetings.csv"));
    await writeFile(join(out, "csv", "articles.csv"), "article_id\r\n");
    const again = await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    assert.equal(again.published, "written");
    assert.deepEqual(await readTree(out), before);
  });

  it("--only runs a stage and what it needs, and leaves out/ alone", async () => {
    const raw = await rawWith({ "a.txt": article(1) });
    const out = join(await tempDir(), "out");
    const s = await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir(), only: "articles" });
    assert.deepEqual(Object.keys(statuses(s)).sort(), ["articles", "dedupe", "ingest", "reference", "translate"]);
    assert.equal(s.published, "skipped");
    await assert.rejects(readdir(out));
  });

  it("rejects each kind of bad file with its reason, and still builds the rest", async () => {
    const raw = await rawWith({
      "good.txt": article(1),
      "empty.txt": "",
      "blank.txt": " \n\u200b\n\ufeff",
      "binary.txt": Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      "latin1.txt": Uint8Array.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]),
      "huge.txt": new Uint8Array(MAX_BYTES + 1).fill(0x61),
      "notes.md": "not an article",
    });
    const out = join(await tempDir(), "out");
    const s = await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    assert.equal(s.counts?.articles, 1);
    const reasons = Object.fromEntries(s.rejected!.map((r) => [r.source_file, r.reason]));
    assert.deepEqual(reasons, { "binary.txt": "binary", "blank.txt": "empty", "empty.txt": "empty", "huge.txt": "too_large", "latin1.txt": "invalid_utf8" });
    const rejected = await csvRows(out, "rejected");
    assert.equal(rejected[0], "source_file,reason,detail,size_bytes,sha256");
    assert.match(rejected.find((r) => r.startsWith("latin1.txt"))!, /invalid UTF-8 at byte 1 \(line 1\)/);
    assert.deepEqual(s.ignored, ["notes.md"]);
    assert.ok(s.log.some((l) => l.includes("rejected huge.txt: too_large")));
  });

  it("--strict fails on a rejection and leaves the previous out/ as it was", async () => {
    const raw = await rawWith({ "good.txt": article(1) });
    const out = join(await tempDir(), "out");
    const cacheDir = await tempDir();
    await quietBuild({ rawDir: raw, outDir: out, cacheDir });
    const before = await readTree(out);
    await writeFile(join(raw, "bad.txt"), Uint8Array.from([0xff, 0x00]));
    await assert.rejects(quietBuild({ rawDir: raw, outDir: out, cacheDir, strict: true }), (e: unknown) => e instanceof PipelineError && /--strict: 1 raw file\(s\) rejected \(bad\.txt: binary\)/.test(e.message));
    assert.deepEqual(await readTree(out), before);
  });

  it("stops on a validation failure, naming table, row, field and rule, and leaves out/ intact", async () => {
    const raw = await rawWith({ "a.txt": article(1) });
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const before = await readTree(out);

    // The same schemas, except that headlines may be at most 10 characters.
    const schemas = await schemasWith("articles", (schema) => {
      schema.properties.headline.maxLength = 10;
    });

    await writeFile(join(raw, "b.txt"), article(2));
    await assert.rejects(
      quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir(), schemaDir: schemas }),
      (e: unknown) => e instanceof ValidationFailedError && /articles row \d \(article_id=[0-9a-f]{16}\): field 'headline' breaks 'maxLength'/.test(e.message),
    );
    assert.deepEqual(await readTree(out), before);
    const leftovers = (await readdir(join(out, ".."))).filter((n) => n !== "out");
    assert.deepEqual(leftovers, [], "no temporary folder is left beside out/");
  });

  it("stops on a broken foreign key, naming the table, row and key, and leaves out/ intact", async () => {
    const raw = await rawWith({ "a.txt": article(1) });
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const before = await readTree(out);

    // A fixture whose positions point at persons by a column that holds no person ids:
    // every tenure's person_id becomes a dangling reference.
    const schemas = await schemasWith("positions", (schema) => {
      schema["x-foreignKeys"][0].reference.fields = ["wikidata"];
    });

    await assert.rejects(
      quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir(), schemaDir: schemas }),
      (e: unknown) =>
        e instanceof ValidationFailedError &&
        e.issues.every((i) => i.table === "positions" && i.rule === "row/foreign-key") &&
        /positions row 1 \(person_id=[a-z]{2}-[a-z0-9-]+,office_id=[a-z_.]+,start=\d{4}-\d\d-\d\d\): field 'person_id' breaks 'row\/foreign-key': wikidata=[a-z]{2}-[a-z0-9-]+ not found in persons/.test(e.message),
    );
    assert.deepEqual(await readTree(out), before);
  });

  it("refuses to replace a folder it did not write, before any stage runs", async () => {
    const raw = await rawWith({ "a.txt": article(1) });
    const out = await tempDir();
    await writeFile(join(out, "thesis.docx"), "precious");
    const reporter = memoryReporter();
    const cacheDir = await tempDir();
    await assert.rejects(build({ rawDir: raw, outDir: out, cacheDir, reporter }), /not empty and was not written by hoidam/);
    assert.deepEqual(reporter.lines.filter((l) => l.startsWith("start ")), [], "no stage started");
    assert.deepEqual(await readdir(cacheDir), [], "nothing cached, no lock left");
    assert.equal(await readFile(join(out, "thesis.docx"), "utf8"), "precious");
  });

  it("gives identical files identical text but distinct ids", async () => {
    const raw = await rawWith({ "a.txt": article(1), "copy/a.txt": article(1) });
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const ids = (await csvRows(out, "articles")).slice(1).map((r) => r.split(",")[0]);
    assert.equal(new Set(ids).size, 2);
  });

  it("takes url, outlet and date from raw/manifest.csv", async () => {
    const raw = await rawWith({
      "a.txt": article(1).replace("18:06 | 10/10/2022", ""),
      "manifest.csv": "file,url,outlet,published_date\na.txt,https://example.org/a,QĐND,2022-10-11\n",
    });
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const row = (await csvRows(out, "articles"))[1]!;
    assert.match(row, /,QĐND,/);
    assert.match(row, /,2022-10-11,/);
    assert.match(row, /,https:\/\/example\.org\/a,/);
  });

  it("names the manifest line that is wrong", async () => {
    const raw = await rawWith({ "a.txt": article(1), "manifest.csv": "file,published_date\na.txt,11/10/2022\n" });
    await assert.rejects(quietBuild({ rawDir: raw, outDir: join(await tempDir(), "o"), cacheDir: await tempDir() }), /manifest\.csv:2: published_date '11\/10\/2022' is not an ISO date/);
  });

  it("never writes into the raw directory", async () => {
    const raw = await rawWith({ "a.txt": article(1) });
    await copyFile(join(ROOT, "raw", "004_bfeae4ad71b86597.txt"), join(raw, "mt.txt"));
    const before = await readTree(raw);
    await quietBuild({ rawDir: raw, outDir: join(await tempDir(), "o"), cacheDir: await tempDir() });
    assert.deepEqual(await readTree(raw), before);
  });

  it("links a reprint to the kept copy, and keeps two reports of one meeting apart", async () => {
    const story = article(1, "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, hợp tác đào tạo, gìn giữ hòa bình và khắc phục hậu quả chiến tranh.");
    const reprint = story
      .replace("18:06 | 10/10/2022", "11/10/2022 07:00")
      .replace("(Bqp.vn) - ", "(Báo Tin tức) - ")
      .replace("Đường dây nóng: 0943 113 999", "Theo Bqp.vn\n\nBài viết được quan tâm");
    const other = article(7, "Bài này do một phóng viên khác viết, kể lại cuộc gặp bằng những câu văn hoàn toàn khác và nói thêm về lịch sử quan hệ hai nước.");
    const raw = await rawWith({ "a_original.txt": story, "b_reprint.txt": reprint, "c_other.txt": other });
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const rows = (await csvRows(out, "articles")).slice(1).map((r) => r.split(","));
    const header = (await csvRows(out, "articles"))[0]!.split(",");
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const byFile = new Map(rows.map((r) => [col(r, "source_file"), r]));
    assert.equal(col(byFile.get("b_reprint.txt")!, "duplicate_of"), col(byFile.get("a_original.txt")!, "article_id"));
    assert.ok(Number(col(byFile.get("b_reprint.txt")!, "duplicate_similarity")) > 0.9);
    assert.equal(col(byFile.get("a_original.txt")!, "duplicate_of"), "");
    assert.equal(col(byFile.get("c_other.txt")!, "duplicate_of"), "");
  });

  it("reruns only the registry and what follows when the reference data changes", async () => {
    const raw = await rawWith({ "a.txt": article(1) });
    const reference = await tempDir();
    await cp(join(ROOT, "reference"), reference, { recursive: true });
    const out = join(await tempDir(), "out");
    const cacheDir = await tempDir();
    await quietBuild({ rawDir: raw, outDir: out, cacheDir, referenceDir: reference });
    const file = join(reference, "persons", "vn-defence.json");
    const people = JSON.parse(await readFile(file, "utf8"));
    people[0].birth_year = 1900;
    await writeFile(file, JSON.stringify(people, null, 2));
    const s = await quietBuild({ rawDir: raw, outDir: out, cacheDir, referenceDir: reference });
    // translate reruns with the new registry but finds the same fixes, so articles stays fresh.
    assert.deepEqual(statuses(s), { ingest: "fresh", dedupe: "fresh", reference: "stale", translate: "stale", articles: "fresh", extract: "stale", validate: "stale", write: "stale", pictures: "stale", package: "stale" });
    assert.ok((await readFile(join(out, "csv", "persons.csv"), "utf8")).includes(`${people[0].person_id},`));
  });

  it("stops with the file and field when the reference data is malformed", async () => {
    const reference = await tempDir();
    await cp(join(ROOT, "reference"), reference, { recursive: true });
    const file = join(reference, "persons", "jp-cabinet.json");
    const people = JSON.parse(await readFile(file, "utf8"));
    people[0].positions[0].start = "2020-13-01";
    await writeFile(file, JSON.stringify(people));
    await assert.rejects(
      quietBuild({ rawDir: await rawWith({ "a.txt": article(1) }), outDir: join(await tempDir(), "o"), cacheDir: await tempDir(), referenceDir: reference }),
      /stage 'reference' failed: invalid reference data[\s\S]*jp-cabinet\.json: person "[a-z-]+" \(item 0\): field positions\[0\]\.start/,
    );
  });

  it("flags a machine-translated article and publishes its fixes; a clean article gets none", async () => {
    const raw = await rawWith({});
    await copyFile(join(ROOT, "raw", "000_a35e763ab6db059d.txt"), join(raw, "clean.txt"));
    await copyFile(join(ROOT, "raw", "004_bfeae4ad71b86597.txt"), join(raw, "mt.txt"));
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
    const articles = (await csvRows(out, "articles")).map((r) => r.split(","));
    const header = articles.shift()!;
    const mt = Object.fromEntries(articles.map((r) => [r[header.indexOf("source_file")], r[header.indexOf("machine_translated")]]));
    assert.deepEqual(mt, { "clean.txt": "false", "mt.txt": "true" });
    const mtId = articles.find((r) => r[header.indexOf("source_file")] === "mt.txt")![0];
    const fixes = (await csvRows(out, "fixes")).slice(1);
    assert.ok(fixes.length > 0 && fixes.every((r) => r.startsWith(`${mtId},`)));
    assert.ok(fixes.some((r) => r.includes(",Ruan Fuzhong,Nguyễn Phú Trọng,")));
    // raw offsets point at the span in the raw file
    const rawText = [...(await readFile(join(raw, "mt.txt"), "utf8"))];
    const ruan = fixes.find((r) => r.includes(",Ruan Fuzhong,"))!.split(",");
    assert.equal(rawText.slice(Number(ruan[3]), Number(ruan[4])).join(""), "Ruan Fuzhong");
  });
});
