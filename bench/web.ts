/**
 * The bench's web variant (issue #18): does web input cost only what reading
 * and screening it costs?
 *
 *   npm run bench -- --web [--relevant 1000] [--ratio 10] [--rounds 2] [--corpora DIR] [--results FILE]
 *
 * Writes, from the synthetic corpus of `--relevant` articles, three inputs
 * of the same articles: the .txt files; `ratio` × as many portal pages
 * (bench/generate/portal.ts), one in `ratio` an article's page and the rest
 * unrelated pages; and those pages packed in one .warc.gz (request and
 * response records, with a few non-HTML ones). It then builds each cold, in
 * its own process, alternating the three `--rounds` times, and judges the
 * target: the HTML and the WARC build each take less than twice the .txt
 * build (medians). It checks what was built: every page and record is in
 * `articles`, `rejected` or `screened_out`, and the articles' pages give as
 * many meetings as the .txt files. Results go to bench/results-web.json.
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync } from "node:fs";
import { WARCRecord, WARCSerializer } from "warcio";
import { loadRegistry } from "../pipeline/registry/index.ts";
import { DEFAULT_SEED, writeCorpus } from "./generate/corpus.ts";
import { portalPage, readTextArticle, unrelatedPage } from "./generate/portal.ts";
import { compileDatelineWords } from "../pipeline/ingest/dateline.ts";
import { runBuild, type BuildRun } from "./measure.ts";

export interface WebOptions {
  readonly relevant: number;
  readonly ratio: number;
  readonly rounds: number;
  readonly seed: number;
  readonly corpora: string | null;
  readonly results: string;
}

type Kind = "txt" | "html" | "warc";
const KINDS: readonly Kind[] = ["txt", "html", "warc"];

export interface WebInputs {
  readonly dirs: Readonly<Record<Kind, string>>;
  /** Files (txt, html) or records (warc) written. */
  readonly items: Readonly<Record<Kind, number>>;
}

/** Writes the three inputs under `dir` (txt/raw, html/raw, warc/raw). */
export async function writeWebInputs(dir: string, relevant: number, ratio: number, seed: number): Promise<WebInputs> {
  const txtRoot = join(dir, "txt");
  writeCorpus(await loadRegistry(), txtRoot, relevant, seed);
  const txtRaw = join(txtRoot, "raw");
  const files = listFiles(txtRaw);
  const htmlRaw = join(dir, "html", "raw");
  const warcRaw = join(dir, "warc", "raw");
  mkdirSync(htmlRaw, { recursive: true });
  mkdirSync(warcRaw, { recursive: true });
  const pages: { name: string; url: string; html: string }[] = [];
  const dateWords = compileDatelineWords(JSON.parse(readFileSync(new URL("../reference/lexicon.json", import.meta.url), "utf8")).date_line_words);
  let unrelated = 0;
  files.forEach((f, i) => {
    const year = Number(relative(txtRaw, f).split(/[\\/]/)[0]);
    const page = portalPage(readTextArticle(readFileSync(f, "utf8"), year, dateWords), i);
    pages.push({ name: `bai-${String(i).padStart(6, "0")}.html`, ...page });
    for (let k = 1; k < ratio; k++) pages.push({ name: `tin-${String(unrelated).padStart(6, "0")}.html`, ...unrelatedPage(seed, unrelated++) });
  });
  for (const p of pages) writeFileSync(join(htmlRaw, p.name), p.html);

  const warcPath = join(warcRaw, "crawl.warc.gz");
  const out = createWriteStream(warcPath);
  const write = (bytes: Uint8Array) => new Promise<void>((resolve, reject) => out.write(bytes, (e) => (e ? reject(e) : resolve())));
  const body = (bytes: string | Uint8Array) =>
    (async function* () {
      yield typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
    })();
  const date = "2024-06-01T00:00:00Z";
  let records = 0;
  // Record ids from a counter, not random: the same seed gives the same archive, byte for byte.
  const id = () => ({ "WARC-Record-ID": `<urn:uuid:00000000-0000-4000-8000-${(records + 1).toString(16).padStart(12, "0")}>` });
  const add = async (r: WARCRecord) => {
    await write(await WARCSerializer.serialize(r, { gzip: true }));
    records++;
  };
  await add(WARCRecord.createWARCInfo({ filename: "crawl.warc.gz", warcVersion: "WARC/1.1", date, warcHeaders: id() }, { software: "hoidam bench", format: "WARC File Format 1.1" }));
  for (const [i, p] of pages.entries()) {
    const path = new URL(p.url).pathname;
    await add(WARCRecord.create({ url: p.url, date, type: "request", warcVersion: "WARC/1.1", warcHeaders: id(), statusline: `GET ${path} HTTP/1.1`, httpHeaders: { Host: new URL(p.url).host } }, body("")));
    await add(WARCRecord.create({ url: p.url, date, type: "response", warcVersion: "WARC/1.1", warcHeaders: id(), statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html; charset=utf-8" } }, body(p.html)));
    if (i % 500 === 0) await add(WARCRecord.create({ url: `${p.url}.jpg`, date, type: "response", warcVersion: "WARC/1.1", warcHeaders: id(), statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "image/jpeg" } }, body(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { dirs: { txt: txtRaw, html: htmlRaw, warc: warcRaw }, items: { txt: files.length, html: pages.length, warc: records } };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.name.endsWith(".txt")) out.push(p);
  }
  return out;
}

export interface WebRun {
  readonly kind: Kind;
  readonly seconds: number;
  readonly processSeconds: number;
  readonly loadAverage: number;
  readonly speedCheckSeconds: number;
  readonly articles: number;
  readonly rejected: number;
  readonly screenedOut: number;
  readonly meetings: number;
}

function figures(kind: Kind, run: BuildRun): WebRun {
  const c = run.child.counts ?? {};
  return {
    kind,
    seconds: run.child.seconds,
    processSeconds: run.processSeconds,
    loadAverage: run.loadAverage,
    speedCheckSeconds: run.speedCheckSeconds,
    articles: c["articles"] ?? 0,
    rejected: c["rejected"] ?? 0,
    screenedOut: c["screened_out"] ?? 0,
    meetings: c["meetings"] ?? 0,
  };
}

export interface WebResults {
  readonly relevant: number;
  readonly ratio: number;
  readonly items: Readonly<Record<Kind, number>>;
  readonly runs: readonly WebRun[];
  readonly medians: Readonly<Record<Kind, number>>;
  readonly ratios: { readonly html: number; readonly warc: number };
  readonly verdicts: { readonly html: boolean; readonly warc: boolean };
  /** Problems with what was built (counts that do not add up, meetings lost); empty when all is well. */
  readonly problems: readonly string[];
}

export async function runWeb(o: WebOptions, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<WebResults> {
  const dir = o.corpora ?? mkdtempSync(join(tmpdir(), "hoidam-bench-web-"));
  try {
    log(`bench web: writing ${o.relevant} articles as .txt, ${o.relevant * o.ratio} portal pages and one .warc.gz under ${dir}`);
    const inputs = await writeWebInputs(dir, o.relevant, o.ratio, o.seed);
    const runs: WebRun[] = [];
    for (let round = 0; round < o.rounds; round++) {
      // Alternated, so that a change in the machine's speed falls on all three.
      for (const kind of round % 2 === 0 ? KINDS : [...KINDS].reverse()) {
        const work = join(dir, "builds", `${kind}-${round}`);
        rmSync(work, { recursive: true, force: true });
        const run = figures(kind, await runBuild({ raw: inputs.dirs[kind], out: join(work, "out"), cache: join(work, "cache") }));
        runs.push(run);
        log(`  ${kind.padEnd(4)} round ${round + 1}: ${run.seconds.toFixed(1)} s, ${run.articles} articles, ${run.screenedOut} screened out, ${run.rejected} rejected, ${run.meetings} meetings (load ${run.loadAverage.toFixed(2)})`);
      }
    }
    const medians = Object.fromEntries(KINDS.map((k) => [k, median(runs.filter((r) => r.kind === k).map((r) => r.seconds))])) as Record<Kind, number>;
    const ratios = { html: medians.html / medians.txt, warc: medians.warc / medians.txt };
    const problems = checks(inputs, runs);
    const results: WebResults = { relevant: o.relevant, ratio: o.ratio, items: inputs.items, runs, medians, ratios, verdicts: { html: ratios.html < 2, warc: ratios.warc < 2 }, problems };
    writeFileSync(o.results, `${JSON.stringify(results, null, 2)}\n`);
    log(`bench web: medians txt ${medians.txt.toFixed(1)} s, html ${medians.html.toFixed(1)} s (${ratios.html.toFixed(2)}×), warc ${medians.warc.toFixed(1)} s (${ratios.warc.toFixed(2)}×); target < 2×: html ${results.verdicts.html ? "met" : "NOT met"}, warc ${results.verdicts.warc ? "met" : "NOT met"}`);
    for (const p of problems) log(`bench web: PROBLEM ${p}`);
    log(`wrote ${o.results}`);
    return results;
  } finally {
    if (!o.corpora) rmSync(dir, { recursive: true, force: true });
  }
}

/** What each build must have made of its input. */
function checks(inputs: WebInputs, runs: readonly WebRun[]): string[] {
  const problems: string[] = [];
  const txtMeetings = runs.find((r) => r.kind === "txt")?.meetings ?? 0;
  for (const r of runs) {
    if (r.kind === "html" && r.articles + r.rejected + r.screenedOut !== inputs.items.html) problems.push(`html: ${r.articles} articles + ${r.rejected} rejected + ${r.screenedOut} screened out ≠ ${inputs.items.html} pages`);
    if (r.kind !== "txt" && r.meetings < 0.95 * txtMeetings) problems.push(`${r.kind}: ${r.meetings} meetings against ${txtMeetings} from the same articles as .txt`);
    if (r.kind !== "txt" && r.articles < inputs.items.txt * 0.95) problems.push(`${r.kind}: only ${r.articles} of the ${inputs.items.txt} relevant pages read as articles`);
  }
  return problems;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const WEB_DEFAULTS = { relevant: 1000, ratio: 10, rounds: 2, seed: DEFAULT_SEED };
