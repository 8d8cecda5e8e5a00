/**
 * What `npm run eval` prints and writes: the table of figures per corpus,
 * `quality/eval.json` (deterministic: sorted keys, 3 decimals, no
 * timestamp), and the check against `quality/targets.json`.
 */
import { readFileSync } from "node:fs";
import { PipelineError } from "../core/errors.ts";
import type { Detail, Figures } from "./score.ts";

/** corpus → figures; the content of `quality/eval.json`. */
export type Report = Readonly<Record<string, Figures>>;

/** corpus → table → figure → lowest acceptable value; the content of `quality/targets.json`. */
export type Targets = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>;

/** JSON with keys sorted at every level and numbers rounded to 3 decimals, ending in a newline. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

function sortKeys(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

const fmt = (x: number | null) => (x === null ? "–" : x.toFixed(3));
const matched = (x: { gold: number; matched: number; optional_matched: number }) =>
  `${x.matched - x.optional_matched}/${x.gold} matched${x.optional_matched ? ` (+${x.optional_matched} optional)` : ""}`;

/** The compact table for one corpus: one line per table with P, R, F1 and what else was measured. */
export function formatFigures(corpus: string, f: Figures, detail?: Detail): string {
  const m = f.meetings, p = f.participants, a = f.agreements, x = f.fixes, d = f.duplicates;
  const rows: [string, number, number, number, string][] = [
    [
      "meetings",
      m.precision,
      m.recall,
      m.f1,
      `${matched(m)}, ${m.output} published, ${m.split_duplicates} split; dates ${fmt(m.date_exact)}, type ${fmt(m.type)}, format ${fmt(m.format)}, place ${fmt(m.place)}, sources ${fmt(m.all_sources)}`,
    ],
    ["participants", p.precision, p.recall, p.f1, `${p.matched}/${p.gold} found, ${p.output} published; rank ${fmt(p.rank)}`],
    ["agreements", a.precision, a.recall, a.f1, `${matched(a)}, ${a.output} published; kind ${fmt(a.kind)}, signed ${fmt(a.date_signed)}, status ${fmt(a.mention_status)}`],
    ["fixes", x.precision, x.recall, x.f1, `${x.gold} gold, ${x.output} published, ${x.on_clean_articles} on clean articles`],
    ["duplicates", d.precision, d.recall, d.f1, `${d.gold_pairs} gold pairs, ${d.output_pairs} published`],
  ];
  const lines = [`${corpus}`, `  ${"table".padEnd(13)} ${"P".padStart(5)}  ${"R".padStart(5)}  ${"F1".padStart(5)}`];
  for (const [table, pr, rc, f1, more] of rows) {
    lines.push(`  ${table.padEnd(13)} ${fmt(pr)}  ${fmt(rc)}  ${fmt(f1)}  ${more}`);
    if (!detail) continue;
    const dt = detail[table as keyof Detail];
    for (const kind of ["missed", "spurious", "wrong"] as const) for (const item of dt[kind]) lines.push(`      ${kind.padEnd(8)} ${item}`);
  }
  return lines.join("\n") + "\n";
}

/** Every figure below its target, or named by a target but not measured, one line each. */
export function checkTargets(report: Report, targets: Targets): string[] {
  const failures: string[] = [];
  for (const [corpus, tables] of Object.entries(targets)) {
    const figures = report[corpus] as unknown as Record<string, Record<string, unknown>> | undefined;
    if (!figures) {
      failures.push(`${corpus}: not evaluated`);
      continue;
    }
    for (const [table, wanted] of Object.entries(tables)) {
      for (const [figure, min] of Object.entries(wanted)) {
        const got = figures[table]?.[figure];
        if (typeof got !== "number") failures.push(`${corpus} ${table} ${figure}: not measured (target ${min})`);
        else if (got < min) failures.push(`${corpus} ${table} ${figure}: ${got} < ${min}`);
      }
    }
  }
  return failures;
}

/** Check the shape of a targets file; the first problem, or null. */
export function checkTargetsShape(json: unknown): string | null {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(json)) return "not a JSON object";
  for (const [corpus, tables] of Object.entries(json)) {
    if (!isObject(tables)) return `'${corpus}' is not an object of tables`;
    for (const [table, figures] of Object.entries(tables)) {
      if (!isObject(figures)) return `'${corpus}.${table}' is not an object of figures`;
      for (const [figure, min] of Object.entries(figures)) {
        if (typeof min !== "number" || !Number.isFinite(min)) return `'${corpus}.${table}.${figure}' is not a number`;
      }
    }
  }
  return null;
}

/** The targets file, shape-checked; a PipelineError naming the file when it cannot be used. */
export function readTargets(path: string): Targets {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new PipelineError(`cannot read targets ${path}: ${(e as Error).message}`, 2);
  }
  const problem = checkTargetsShape(json);
  if (problem) throw new PipelineError(`targets ${path}: ${problem}`, 2);
  return json as Targets;
}
