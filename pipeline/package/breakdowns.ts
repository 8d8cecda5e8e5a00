import type { FieldSpec, TableSpec } from "../schema/tables.ts";
import { count, mdTable } from "./markdown.ts";

/**
 * The coverage figures of the data card: rows of a table counted by a
 * column (dates by year), optionally crossed with a second column. Each is
 * shown only when its table and columns exist and the table has rows, so
 * the list can name tables that are still being built.
 */
export interface Breakdown {
  readonly table: string;
  /** One line of the table per value (per year for a date column). */
  readonly rows: string;
  /** Optional: one count column per value of this column. */
  readonly columns?: string;
  /** What a row of the table is, for the heading ("meetings", "participants"). */
  readonly noun: string;
}

export const BREAKDOWNS: readonly Breakdown[] = [
  { table: "meetings", rows: "date_start", columns: "meeting_type", noun: "meetings" },
  { table: "meetings", rows: "format", noun: "meetings" },
  { table: "meetings", rows: "country", noun: "meetings" },
  { table: "participants", rows: "country", noun: "participants (a person at a meeting)" },
  { table: "agreements", rows: "kind", noun: "agreements" },
  { table: "agreement_mentions", rows: "status", noun: "mentions of agreements" },
  { table: "articles", rows: "published_date", columns: "machine_translated", noun: "articles" },
  { table: "persons", rows: "country", noun: "people in the registry" },
];

/** At most this many values are listed; the rest are summed as "other". */
const MAX_VALUES = 20;

type Rows = readonly Record<string, unknown>[];

export function renderBreakdowns(specs: readonly TableSpec[], tables: Readonly<Record<string, Rows>>): string[] {
  const out: string[] = [];
  for (const b of BREAKDOWNS) {
    const spec = specs.find((s) => s.name === b.table);
    const rowField = spec?.fields.find((f) => f.name === b.rows);
    const colField = b.columns === undefined ? undefined : spec?.fields.find((f) => f.name === b.columns);
    const rows = tables[b.table] ?? [];
    if (!spec || !rowField || (b.columns !== undefined && !colField) || rows.length === 0) continue;
    out.push(renderOne(b, rowField, colField, rows));
  }
  return out;
}

function renderOne(b: Breakdown, rowField: FieldSpec, colField: FieldSpec | undefined, rows: Rows): string {
  const rowKeys = orderedValues(rowField, rows);
  const colKeys = colField ? orderedValues(colField, rows) : [];
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = bucket(rowField, r[rowField.name]);
    const c = colField ? bucket(colField, r[colField.name]) : "";
    counts.set(`${k}\u0000${c}`, (counts.get(`${k}\u0000${c}`) ?? 0) + 1);
    counts.set(`${k}\u0000*`, (counts.get(`${k}\u0000*`) ?? 0) + 1);
  }
  const [shown, rest] = [rowKeys.slice(0, MAX_VALUES), rowKeys.slice(MAX_VALUES)];
  const line = (label: string, keys: readonly string[]) => [
    label,
    ...colKeys.map((c) => count(keys.reduce((n, k) => n + (counts.get(`${k}\u0000${c}`) ?? 0), 0))),
    count(keys.reduce((n, k) => n + (counts.get(`${k}\u0000*`) ?? 0), 0)),
  ];
  const body = shown.map((k) => line(k, [k]));
  if (rest.length) body.push(line(`other (${rest.length} values)`, rest));
  const rowLabel = rowField.kind === "date" ? `year of ${rowField.name}` : rowField.name;
  const header = [rowLabel, ...colKeys, "total"];
  const title = `${b.noun} by ${rowLabel}${colField ? ` and ${colField.name}` : ""}`;
  return `### ${title[0]!.toUpperCase()}${title.slice(1)}\n\n${mdTable(header, body, header.map((_, i) => (i ? "r" : "l")))}`;
}

/** The label a value is counted under: the year of a date, "(empty)" for null. */
function bucket(f: FieldSpec, v: unknown): string {
  if (v === null || v === undefined || v === "") return "(empty)";
  if (f.kind === "date") return String(v).slice(0, 4);
  return String(v);
}

/**
 * The values in display order: years and numbers ascending, an enum in its
 * declared order, other text by frequency; "(empty)" last.
 */
function orderedValues(f: FieldSpec, rows: Rows): string[] {
  const freq = new Map<string, number>();
  for (const r of rows) {
    const k = bucket(f, r[f.name]);
    freq.set(k, (freq.get(k) ?? 0) + 1);
  }
  const keys = [...freq.keys()].filter((k) => k !== "(empty)");
  if (f.enum) keys.sort((a, b) => f.enum!.indexOf(a) - f.enum!.indexOf(b));
  else if (f.kind === "date" || f.kind === "integer" || f.kind === "number") keys.sort((a, b) => Number(a) - Number(b));
  else if (f.kind === "boolean") keys.sort();
  else keys.sort((a, b) => freq.get(b)! - freq.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  return freq.has("(empty)") ? [...keys, "(empty)"] : keys;
}
