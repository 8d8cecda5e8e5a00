/**
 * The metamorphic runner: for each gold corpus, one build of the articles as
 * they are, then one build per transformation with every article it applies
 * to rewritten (the others as they are), and, per article, whether its
 * answer stayed the same. Articles are known by their file's base name, so
 * a rewritten article (new text, new article_id) maps back to its original.
 */
import { readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../../build.ts";
import { memoryReporter } from "../../core/reporter.ts";
import { loadRegistry, REFERENCE_DIR } from "../../registry/index.ts";
import { CORPORA_DIR, findCorpora } from "../corpora.ts";
import { readGold, type Gold } from "../gold.ts";
import { diffMeetings, nameKey, readAnswers, type Answers, type Meeting } from "./compare.ts";
import { articleContext, statesFullDate, TRANSFORMATIONS, type ArticleContext, type GoldParticipantWritten, type Transformation } from "./transforms.ts";

export type Status = "holds" | "fails" | "skipped";

export interface ArticleResult {
  readonly corpus: string;
  readonly file: string;
  readonly status: Status;
  /** Why it was skipped, or what the rewrite settled on. */
  readonly note?: string;
  /** What was rewritten ("before → after"). */
  readonly changes?: readonly string[];
  /** What changed in the answer (for a failure). */
  readonly diff?: readonly string[];
}

export interface TransformationResult {
  readonly id: string;
  readonly issue: string;
  readonly title: string;
  readonly articles: readonly ArticleResult[];
}

export interface RunOptions {
  readonly corporaDir?: string;
  /** Cache root (one folder per corpus and build); a temporary one when absent. */
  readonly cacheRoot?: string;
  /** Only these transformations (ids); all when absent. */
  readonly only?: readonly string[];
  /** Called when a build starts, for progress. */
  readonly onBuild?: (corpus: string, what: string) => void;
}

/** `corpus/file`, the key results are recorded by. */
export const keyOf = (r: { corpus: string; file: string }) => `${r.corpus}/${r.file}`;

export async function runMetamorphic(options: RunOptions = {}): Promise<TransformationResult[]> {
  const corporaDir = options.corporaDir ?? CORPORA_DIR;
  const transformations = TRANSFORMATIONS.filter((t) => !options.only || options.only.includes(t.id));
  const work = await mkdtemp(join(tmpdir(), "hoidam-metamorphic-"));
  const cacheRoot = options.cacheRoot ?? join(work, "cache");
  const registry = (await loadRegistry(REFERENCE_DIR)).persons;
  const results = new Map<string, ArticleResult[]>(transformations.map((t) => [t.id, []]));
  try {
    let noJpReference: string | null = null;
    for (const corpus of findCorpora(corporaDir)) {
      const dir = join(corporaDir, corpus);
      const gold = readGold(join(dir, "gold.json"));
      const rawDir = join(dir, "raw");
      const articles = contexts(corpus, rawDir, gold, registry);
      const run = async (what: string, raw: string, referenceDir?: string): Promise<Answers> => {
        options.onBuild?.(corpus, what);
        const outDir = join(work, corpus, what, "out");
        await build({ rawDir: raw, outDir, cacheDir: join(cacheRoot, corpus, what), reporter: memoryReporter(), ...(referenceDir ? { referenceDir } : {}) });
        return readAnswers(outDir);
      };
      const base = await run("base", rawDir);
      for (const t of transformations) {
        const out = results.get(t.id)!;
        if (t.rewrite) out.push(...(await textTransformation(t, articles, base, rawDir, join(work, corpus, t.id, "raw"), (raw) => run(t.id, raw))));
        else {
          noJpReference ??= await referenceWithoutJapanese(join(work, "reference-no-jp"));
          out.push(...(await registryTransformation(articles, base, () => run(t.id, rawDir, noJpReference!))));
        }
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return transformations.map((t) => ({ id: t.id, issue: t.issue, title: t.title, articles: results.get(t.id)! }));
}

function contexts(corpus: string, rawDir: string, gold: Gold, registry: ArticleContext["registry"]): ArticleContext[] {
  const files = readdirSync(rawDir).filter((f) => f.endsWith(".txt")).sort();
  const goldFiles = new Set((gold.articles ?? []).map((a) => a.file));
  return files
    .filter((f) => goldFiles.has(f))
    .map((file) => {
      const info = gold.articles!.find((a) => a.file === file)!;
      const meetings = (gold.meetings ?? []).filter((m) => !m.optional && (m.articles ?? []).includes(file));
      return articleContext(corpus, file, readFileSync(join(rawDir, file), "utf8"), meetings, info.machine_translated === true, registry);
    });
}

async function textTransformation(t: Transformation, articles: readonly ArticleContext[], base: Answers, rawDir: string, newRaw: string, build: (raw: string) => Promise<Answers>): Promise<ArticleResult[]> {
  await mkdir(newRaw, { recursive: true });
  const applied: { a: ArticleContext; changes: readonly string[]; note?: string }[] = [];
  const out: ArticleResult[] = [];
  for (const file of await readdir(rawDir)) {
    const a = articles.find((x) => x.file === file);
    const outcome = a ? t.rewrite!(a) : null;
    if (a && outcome && !("skip" in outcome)) {
      await writeFile(join(newRaw, file), outcome.text);
      applied.push({ a, changes: outcome.changes, ...(outcome.note ? { note: outcome.note } : {}) });
    } else {
      await cp(join(rawDir, file), join(newRaw, file), { recursive: true });
      if (a && outcome && "skip" in outcome) out.push({ corpus: a.corpus, file: a.file, status: "skipped", note: outcome.skip });
    }
  }
  if (applied.length === 0) return out;
  const now = await build(newRaw);
  for (const { a, changes, note } of applied) {
    const diff = diffMeetings(base.get(a.file) ?? [], now.get(a.file) ?? []);
    out.push({ corpus: a.corpus, file: a.file, status: diff.length ? "fails" : "holds", changes, ...(note ? { note } : {}), ...(diff.length ? { diff } : {}) });
  }
  return out.sort((x, y) => x.file.localeCompare(y.file));
}

/** A copy of reference/ whose Japanese persons files are empty. */
async function referenceWithoutJapanese(dir: string): Promise<string> {
  await cp(REFERENCE_DIR, dir, { recursive: true });
  for (const f of await readdir(join(dir, "persons"))) if (/^jp-.*\.json$/.test(f)) await writeFile(join(dir, "persons", f), "[]\n");
  return dir;
}

const overlaps = (m: Meeting, start: string, end: string) => m.start <= end && m.end >= start;

async function registryTransformation(articles: readonly ArticleContext[], base: Answers, build: () => Promise<Answers>): Promise<ArticleResult[]> {
  const checks: { a: ArticleContext; people: { name: string; start: string; end: string }[] }[] = [];
  const out: ArticleResult[] = [];
  for (const a of articles) {
    if (a.machineTranslated) {
      out.push({ corpus: a.corpus, file: a.file, status: "skipped", note: "machine translation" });
      continue;
    }
    const dated = a.meetings.filter((m) => statesFullDate(a, m));
    const people = dated.flatMap((m) =>
      (m.participants as readonly GoldParticipantWritten[])
        .filter((p) => p.country === "JP" && !p.optional)
        // the person is found today, in a meeting of this article on those dates
        .filter((p) => (base.get(a.file) ?? []).some((b) => overlaps(b, m.date_start, m.date_end) && b.people.some((q) => nameKey(q.name) === nameKey(p.name))))
        .map((p) => ({ name: p.name, start: m.date_start, end: m.date_end })),
    );
    if (people.length) checks.push({ a, people });
    else out.push({ corpus: a.corpus, file: a.file, status: "skipped", note: a.meetings.length === 0 ? "no meeting" : dated.length === 0 ? "no meeting whose full date the article states" : "no Japanese participant found today" });
  }
  if (checks.length === 0) return out;
  const now = await build();
  for (const { a, people } of checks) {
    const meetings = now.get(a.file) ?? [];
    const diff: string[] = [];
    for (const p of people) {
      const at = meetings.filter((m) => overlaps(m, p.start, p.end));
      const same = at.flatMap((m) => m.people).filter((q) => nameKey(q.name) === nameKey(p.name));
      if (same.some((q) => q.name === p.name && q.country === "JP" && q.personId === "")) continue;
      if (same.length) diff.push(`${p.name} (${p.start}): published as ${same.map((q) => `"${q.name}" ${q.country}${q.personId ? ` ${q.personId}` : ""}`).join(", ")}`);
      else diff.push(`${p.name} (${p.start}): not found${at.length ? "" : " (no meeting on that date)"}`);
    }
    out.push({ corpus: a.corpus, file: a.file, status: diff.length ? "fails" : "holds", changes: [`${people.length} Japanese participant(s) to find: ${people.map((p) => p.name).join(", ")}`], ...(diff.length ? { diff } : {}) });
  }
  return out.sort((x, y) => x.file.localeCompare(y.file));
}

/** holds / applies / total per transformation. */
export function figures(r: TransformationResult): { holds: number; applies: number; total: number } {
  const applies = r.articles.filter((a) => a.status !== "skipped").length;
  return { holds: r.articles.filter((a) => a.status === "holds").length, applies, total: r.articles.length };
}
