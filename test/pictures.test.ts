/**
 * The pictures (issue #19): the charts of the data card and the explorer
 * page. The build draws them from the seeds; they are deterministic; the
 * page works in a real browser (Debian's Chromium, driven by playwright-core)
 * from file://, and the check that says so fails on a broken page.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import type { Browser } from "playwright-core";
import type { ValidatedTables } from "../pipeline/artifacts.ts";
import { ROOT } from "../pipeline/build.ts";
import { charts } from "../pipeline/pictures/charts.ts";
import { explorerData } from "../pipeline/pictures/explorer/data.ts";
import { embedJSON, explorerHTML, pageScript, renderPage } from "../pipeline/pictures/explorer/html.ts";
import { filterMeetings, fold, NO_FILTER, pieces, searchText, type ExplorerData, type ExplorerMeeting } from "../pipeline/pictures/explorer/model.ts";
import { renderSVG } from "../pipeline/pictures/render.ts";
import { loadTableSpecs } from "../pipeline/schema/tables.ts";
import { checkExplorer, findChromium, launch, openExplorer, searchTimed, selectTimed, watchedPage } from "./browser.ts";
import { quietBuild, tempDir } from "./helpers.ts";

/** Where the browser tests leave their screenshots ($HOIDAM_TEST_OUTPUT, else test-output/ in the repository, which git ignores). */
const OUTPUT = process.env.HOIDAM_TEST_OUTPUT ?? join(ROOT, "test-output");
const CHART_NAMES = ["meetings-by-year", "timeline", "who-met-whom", "agreements-by-year"];

/** The tables of a built out/ folder, read back from its CSV files with their types. */
function readTables(out: string): ValidatedTables {
  const tables: Record<string, unknown[]> = {};
  for (const spec of loadTableSpecs()) {
    const kinds = new Map(spec.fields.map((f) => [f.name, f.kind]));
    tables[spec.name] = parse(readFileSync(join(out, "csv", `${spec.name}.csv`)), {
      columns: true,
      cast: (v: string, ctx: { header: boolean; column: string | number }) => {
        if (ctx.header) return v;
        const kind = kinds.get(String(ctx.column));
        if (v === "") return null;
        if (kind === "integer" || kind === "number") return Number(v);
        if (kind === "boolean") return v === "true";
        return v;
      },
    }) as unknown[];
  }
  return tables as unknown as ValidatedTables;
}

let out = "";
let tables: ValidatedTables;
before(async () => {
  out = join(await tempDir(), "out");
  await quietBuild({ rawDir: join(ROOT, "raw"), outDir: out, cacheDir: await tempDir(), qualityDir: await tempDir() });
  tables = readTables(out);
});

describe("charts", () => {
  it("the build writes each chart as SVG with its Vega-Lite spec, lists both in datapackage.json and shows them in the data card", async () => {
    const dp = JSON.parse(await readFile(join(out, "datapackage.json"), "utf8")) as { resources: { name: string; path: string; mediatype: string }[] };
    const card = await readFile(join(out, "README.md"), "utf8");
    for (const name of CHART_NAMES) {
      const svg = await readFile(join(out, "charts", `${name}.svg`), "utf8");
      assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/, name);
      const spec = JSON.parse(await readFile(join(out, "charts", `${name}.vl.json`), "utf8")) as { $schema: string; data: { values: unknown[] } };
      assert.match(spec.$schema, /vega-lite\/v6/);
      assert.ok(spec.data.values.length > 0, `${name}: the spec carries its data`);
      assert.ok(dp.resources.some((r) => r.path === `charts/${name}.svg` && r.mediatype === "image/svg+xml"), `${name}.svg in datapackage.json`);
      assert.ok(dp.resources.some((r) => r.path === `charts/${name}.vl.json`), `${name}.vl.json in datapackage.json`);
      assert.ok(card.includes(`](charts/${name}.svg)`), `${name} shown in the data card`);
    }
    assert.ok(dp.resources.some((r) => r.path === "explorer/index.html" && r.mediatype === "text/html"));
    assert.ok(card.includes("explorer/index.html"));
  });

  it("shows the seeds' meetings: every year, every pair of principals, names with their diacritics", async () => {
    const byYear = JSON.parse(await readFile(join(out, "charts", "meetings-by-year.vl.json"), "utf8")) as { data: { values: { year: string; meetings: number }[] } };
    assert.equal(byYear.data.values.reduce((n, v) => n + v.meetings, 0), tables.meetings.length);
    const timeline = await readFile(join(out, "charts", "timeline.svg"), "utf8");
    for (const m of tables.meetings) assert.ok(timeline.includes(m.meeting_id), `meeting ${m.meeting_id} on the timeline`);
    const matrix = await readFile(join(out, "charts", "who-met-whom.svg"), "utf8");
    assert.ok(matrix.includes("Phan Văn Giang") && matrix.includes("Kishi Nobuo"), "Vietnamese and Japanese names, Vietnamese in NFC with its marks");
    const agreements = JSON.parse(await readFile(join(out, "charts", "agreements-by-year.vl.json"), "utf8")) as { data: { values: { status: string }[] } };
    assert.ok(agreements.data.values.some((v) => v.status === "agreed_to_sign"));
  });

  it("the chart on the README's first screen is the seeds build's (refresh it with `npm run gen:chart`)", async () => {
    const committed = await readFile(join(ROOT, "docs", "meetings-by-year.svg"), "utf8");
    const built = await readFile(join(out, "charts", "meetings-by-year.svg"), "utf8");
    assert.ok(committed === built, "docs/meetings-by-year.svg is out of date: run `npm run gen:chart` and commit it");
    assert.ok(readFileSync(join(ROOT, "README.md"), "utf8").includes("](docs/meetings-by-year.svg)"));
  });

  it("renders the same bytes again, in any order, and in another process in another time zone", async () => {
    const list = charts(tables);
    const first = await Promise.all(list.map((c) => renderSVG(c)));
    const again = [];
    for (const c of [...list].reverse()) again.unshift(await renderSVG(c));
    assert.deepEqual(again, first);
    const script = `import { readFileSync } from "node:fs"; import { charts } from "./pipeline/pictures/charts.ts"; import { renderSVG } from "./pipeline/pictures/render.ts";
const tables = JSON.parse(readFileSync(0, "utf8")); const out = []; for (const c of charts(tables)) out.push(await renderSVG(c)); process.stdout.write(JSON.stringify(out));`;
    const input = JSON.stringify(tables);
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, input, encoding: "utf8", env: { ...process.env, TZ: "Pacific/Kiritimati" }, maxBuffer: 64 << 20 });
    assert.equal(r.status, 0, `${r.error ?? ""} ${r.stderr}`);
    assert.deepEqual(JSON.parse(r.stdout), first);
    const built = await Promise.all(list.map((c) => readFile(join(out, "charts", `${c.name}.svg`), "utf8")));
    assert.deepEqual(built, first, "the build's files are these renders");
  });
});

describe("explorer page", () => {
  it("embeds its data so that no text can end the script element", () => {
    const s = embedJSON({ a: "</script><!-- \u2028" });
    assert.ok(!s.includes("<") && !s.includes("\u2028"));
    assert.deepEqual(JSON.parse(s), { a: "</script><!-- \u2028" });
  });

  it("is the same bytes from the same tables, with every meeting and no outside resource", async () => {
    const a = await explorerHTML(explorerData(tables, "t"), { charts: [] });
    const b = await explorerHTML(explorerData(tables, "t"), { charts: [] });
    assert.equal(a, b);
    const built = await readFile(join(out, "explorer", "index.html"), "utf8");
    for (const m of tables.meetings) assert.ok(built.includes(`"id":"${m.meeting_id}"`), m.meeting_id);
    assert.doesNotMatch(built, /\b(src|href)="(https?:)?\/\//, "nothing loaded from elsewhere");
    assert.match(built, /Content-Security-Policy" content="default-src 'none'/);
  });

  it("searches without diacritics, filters by each facet, and highlights names and fixes inside the sentence", () => {
    const data = explorerData(tables, "t");
    const index = data.meetings.map((m) => searchText(m, data));
    const find = (f: Partial<typeof NO_FILTER>) => filterMeetings(data.meetings, index, { ...NO_FILTER, ...f }).map((i) => data.meetings[i]!.id);
    assert.equal(fold("Nguyễn Chí Vịnh Đà Nẵng"), "nguyen chi vinh da nang");
    const giang = tables.participants.filter((p) => p.person_id === "vn-phan-van-giang").map((p) => p.meeting_id).sort();
    assert.deepEqual(find({ text: "phan van giang" }).sort(), giang);
    assert.deepEqual(find({ person: "vn-phan-van-giang" }).sort(), giang);
    assert.deepEqual(find({ year: "2010", type: "talks" }), tables.meetings.filter((m) => m.date_start.startsWith("2010") && m.meeting_type === "talks").map((m) => m.meeting_id));
    assert.deepEqual(find({ country: "-" }).sort(), tables.meetings.filter((m) => m.country === null).map((m) => m.meeting_id).sort());
    assert.equal(find({}).length, tables.meetings.length);
    // The machine-translated seed: the garbled name in the evidence sentence is marked as a fix with its restoration.
    const trong = data.meetings.find((m) => m.participants.some((p) => p.key === "vn-nguyen-phu-trong"))!;
    const fix = trong.reports[0]!.marks.find((m) => m.kind === "fix" && m.note === "Nguyễn Phú Trọng");
    assert.ok(fix, JSON.stringify(trong.reports[0]!.marks));
    assert.equal(trong.reports[0]!.sentence!.slice(fix.from, fix.to), "Ruan Fuzhong");
    assert.deepEqual(pieces("ab cd ef", [{ from: 3, to: 5, kind: "name" }, { from: 3, to: 4, kind: "fix" }]).map((p) => [p.text, p.kind]), [["ab ", "plain"], ["c", "fix"], ["d ef", "plain"]]);
  });
});

describe("explorer in a real browser", () => {
  const chromium = findChromium();
  const skip = chromium ? false : "no Chromium to drive: install Debian's `chromium` (.ci/run does) or set HOIDAM_CHROMIUM";
  let browser: Browser | null = null;
  before(async () => {
    if (!chromium) return;
    mkdirSync(OUTPUT, { recursive: true });
    browser = await launch(chromium);
  });
  after(async () => {
    await browser?.close();
  });

  /** The seeds' check: Phan Văn Giang's first meeting and its evidence sentence. */
  function seedsExpectation() {
    const person = "vn-phan-van-giang";
    const ids = new Set(tables.participants.filter((p) => p.person_id === person).map((p) => p.meeting_id));
    const first = tables.meetings.filter((m) => ids.has(m.meeting_id)).sort((a, b) => (a.date_start + a.meeting_id < b.date_start + b.meeting_id ? -1 : 1))[0]!;
    const sentence = tables.meeting_articles.find((r) => r.meeting_id === first.meeting_id)!.sentence!;
    return { meetings: tables.meetings.length, person, sentence };
  }

  it("opens from file://, filters to one person, opens a meeting with the keyboard and shows its evidence, without errors or network", { skip }, async () => {
    const shot = join(OUTPUT, "explorer-seeds.png");
    const check = await checkExplorer(browser!, join(out, "explorer", "index.html"), seedsExpectation(), shot);
    assert.deepEqual(check.problems, []);
    assert.equal(check.total, tables.meetings.length);
    assert.ok((await readFile(shot)).length > 10_000, "a screenshot was saved");
  });

  it("reads on a phone: nothing wider than the screen, diacritics as written", { skip }, async () => {
    const w = await watchedPage(browser!, { width: 375, height: 740 });
    try {
      assert.ok(await openExplorer(w, join(out, "explorer", "index.html")));
      await selectTimed(w.page, "#f-person", "vn-nguyen-phu-trong");
      await w.page.click("#meetings details summary");
      await w.page.waitForSelector("#meetings details[open] mark.evidence");
      const overflow = Number(await w.page.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone's screen`);
      const who = await w.page.textContent("#meetings details .who");
      assert.ok(who?.startsWith("Nguyễn Phú Trọng"), String(who));
      const fixes = await w.page.textContent("#meetings details[open] table.fixes");
      assert.ok(fixes?.includes("Ruan Fuzhong") && fixes.includes("Nguyễn Phú Trọng"), "the fixes of the machine-translated article are listed");
      await w.page.locator("#meetings details[open] mark.evidence").first().scrollIntoViewIfNeeded();
      await w.page.screenshot({ path: join(OUTPUT, "explorer-phone.png") });
      assert.deepEqual(w.problems, []);
    } finally {
      await w.page.close();
    }
  });

  it("fails the check on a deliberately broken page: a data block cut short", { skip }, async () => {
    const data = explorerData(tables, "t");
    const json = embedJSON(data);
    const broken = join(await tempDir(), "broken.html");
    await writeFile(broken, renderPage(json.slice(0, json.length / 2), data, { charts: [] }, await pageScript()));
    const check = await checkExplorer(browser!, broken, seedsExpectation());
    assert.ok(check.problems.some((p) => p.startsWith("uncaught exception")), check.problems.join("\n"));
    assert.ok(check.problems.some((p) => p.includes("did not start")), check.problems.join("\n"));
  });

  it("fails the check on a page that starts but lost its evidence sentences", { skip }, async () => {
    const data = explorerData(tables, "t");
    const gutted: ExplorerData = { ...data, meetings: data.meetings.map((m) => ({ ...m, reports: m.reports.map((r) => ({ ...r, sentence: null })) })) };
    const broken = join(await tempDir(), "no-evidence.html");
    await writeFile(broken, await explorerHTML(gutted, { charts: [] }));
    const check = await checkExplorer(browser!, broken, seedsExpectation());
    assert.deepEqual(check.problems, ["no evidence sentence is shown in the opened meeting"]);
  });

  it("stays responsive with 10,000 meetings: filtering and searching redraw in under 200 ms", { skip }, async () => {
    const data = scaled(explorerData(tables, "t"), 10_000);
    const t0 = performance.now();
    const html = await explorerHTML(data, { charts: [] });
    const buildMs = performance.now() - t0;
    assert.ok(buildMs < 5000, `the page took ${buildMs.toFixed(0)} ms to build`);
    const big = join(await tempDir(), "big.html");
    await writeFile(big, html);
    const w = await watchedPage(browser!);
    try {
      assert.ok(await openExplorer(w, big, 30_000), w.problems.join("\n"));
      const timings = {
        person: await selectTimed(w.page, "#f-person", "vn-phan-van-giang"),
        year: await selectTimed(w.page, "#f-year", "2015"),
        clear: await selectTimed(w.page, "#f-year", ""),
        search: await searchTimed(w.page, "nakatani ha noi"),
      };
      process.stdout.write(`# explorer, 10,000 meetings: page built in ${buildMs.toFixed(0)} ms, ${(html.length / 1e6).toFixed(1)} MB; redraw ms ${JSON.stringify(timings)}\n`);
      for (const [what, ms] of Object.entries(timings)) assert.ok(ms < 200, `${what}: ${ms} ms`);
      assert.deepEqual(w.problems, []);
    } finally {
      await w.page.close();
    }
  });
});

/** The seeds' meetings copied to `n`, each copy with its own id and year, so the page has a big corpus's shape. */
function scaled(data: ExplorerData, n: number): ExplorerData {
  const meetings: ExplorerMeeting[] = [];
  for (let i = 0; meetings.length < n; i++) {
    const m = data.meetings[i % data.meetings.length]!;
    const year = String(2000 + (i % 26));
    meetings.push({ ...m, id: `${m.id.slice(0, 10)}${String(i).padStart(6, "0")}`, date: year + m.date.slice(4), end: year + m.end.slice(4) });
  }
  return { ...data, meetings };
}
