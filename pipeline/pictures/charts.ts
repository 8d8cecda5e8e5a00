import type { ValidatedTables } from "../artifacts.ts";
import type { AgreementMentionsRow, MeetingsRow, ParticipantsRow } from "../generated/tables.ts";
import { cmp, countBy, groupBy } from "./rows.ts";

/**
 * The charts of the data card, as Vega-Lite specs with their data inline,
 * so that a user can restyle one without the tables (`out/charts/<name>.vl.json`).
 * Each spec is derived from the validated tables only; rows are sorted, so
 * the same tables give the same spec. render.ts turns a spec into SVG.
 */
export interface Chart {
  /** File name under charts/, without extension. */
  readonly name: string;
  readonly title: string;
  /** One sentence for the data card, datapackage.json and the SVG's aria-label. */
  readonly description: string;
  readonly spec: Record<string, unknown>;
}

/** Meeting types in the codebook's order (the schema's enum), for a stable colour per type. */
const MEETING_TYPES = ["talks", "dialogue", "call", "signing", "conference", "reception", "other"] as const;
const STATUSES = ["signed_here", "agreed_to_sign", "under_negotiation", "referenced"] as const;
/** At most this many office holders per country in the who-met-whom matrix, and pairs in the timeline. */
export const MATRIX_PEOPLE = 25;
export const TIMELINE_PAIRS = 30;

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
const CONFIG = { font: "sans-serif", view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 }, legend: { labelFontSize: 11, titleFontSize: 12 } };

export function charts(tables: ValidatedTables): Chart[] {
  return [meetingsByYear(tables.meetings), timeline(tables.meetings, tables.participants), whoMetWhom(tables.participants), agreementsByYear(tables)];
}

function base(name: string, title: string, description: string, rest: Record<string, unknown>): Chart {
  return { name, title, description, spec: { $schema: SCHEMA, title, description, config: CONFIG, ...rest } };
}

const year = (date: string) => date.slice(0, 4);

function meetingsByYear(meetings: readonly MeetingsRow[]): Chart {
  const pairs = meetings.map((m) => [year(m.date_start), m.meeting_type] as const);
  return stackedByYear("meetings-by-year", "Meetings per year, by type", "Number of Vietnam–Japan defence meetings in each year of their first day, stacked by meeting type.", pairs, {
    count: "meetings",
    category: "meeting_type",
    categoryTitle: "type",
    colours: { domain: [...MEETING_TYPES], scheme: "tableau10" },
    height: 220,
  });
}

/**
 * A bar per year, stacked by a category, from [year, category] pairs. Every
 * year from the first to the last is on the axis, so a year without any
 * shows as a gap.
 */
function stackedByYear(
  name: string,
  title: string,
  description: string,
  pairs: readonly (readonly [string, string])[],
  how: { count: string; category: string; categoryTitle: string; colours: Record<string, unknown>; height: number },
): Chart {
  const values = byYear(pairs).map(([y, c, n]) => ({ year: y, [how.category]: c, [how.count]: n }));
  return base(name, title, description, {
    data: { values: sortRows(values, ["year", how.category]) },
    mark: { type: "bar", tooltip: true },
    width: { step: 34 },
    height: how.height,
    encoding: {
      x: { field: "year", type: "ordinal", title: "year", scale: { domain: yearRange(values.map((v) => v.year)) }, axis: { labelAngle: 0 } },
      y: { field: how.count, type: "quantitative", title: how.count, axis: { tickMinStep: 1 } },
      color: { field: how.category, type: "nominal", title: how.categoryTitle, scale: how.colours },
      order: { field: how.category, sort: "ascending" },
    },
  });
}

/** The first-named participant of each country: the meeting's principals. */
export function principals(participants: readonly ParticipantsRow[]): Map<string, { VN?: string; JP?: string }> {
  const out = new Map<string, { VN?: string; JP?: string }>();
  const sorted = [...participants].sort((a, b) => cmp(a.meeting_id, b.meeting_id) || a.participant - b.participant);
  for (const p of sorted) {
    const m = out.get(p.meeting_id) ?? {};
    if (m[p.country] === undefined) m[p.country] = p.name;
    out.set(p.meeting_id, m);
  }
  return out;
}

function timeline(meetings: readonly MeetingsRow[], participants: readonly ParticipantsRow[]): Chart {
  const who = principals(participants);
  const rows = meetings.map((m) => {
    const p = who.get(m.meeting_id) ?? {};
    return { date: m.date_start, pair: `${p.VN ?? "(not named)"} – ${p.JP ?? "(not named)"}`, meeting_type: m.meeting_type, format: m.format, meeting_id: m.meeting_id };
  });
  const byPair = countBy(rows, (r) => r.pair);
  const kept = new Set([...byPair].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, TIMELINE_PAIRS).map(([p]) => p));
  const values = sortRows(rows.filter((r) => kept.has(r.pair)), ["date", "pair", "meeting_id"]);
  const note = byPair.size > kept.size ? ` The ${kept.size} pairs with most meetings of ${byPair.size}.` : "";
  return base("timeline", "Meetings and their principals over time", `Each meeting on the day it began, on the row of its principals (the first Vietnamese and the first Japanese participant named), coloured by type.${note}`, {
    data: { values },
    mark: { type: "point", filled: true, size: 70, opacity: 0.85, tooltip: true },
    width: 560,
    height: { step: 18 },
    encoding: {
      x: { field: "date", type: "temporal", title: "date", scale: { type: "utc", nice: "year", padding: 8 }, axis: { format: "%Y", grid: true } },
      y: { field: "pair", type: "nominal", title: null, sort: { field: "date", op: "min", order: "ascending" }, axis: { labelLimit: 360 } },
      color: { field: "meeting_type", type: "nominal", title: "type", scale: { domain: [...MEETING_TYPES], scheme: "tableau10" } },
      shape: { field: "format", type: "nominal", title: "format", scale: { domain: ["in_person", "online", "phone"] } },
      tooltip: [
        { field: "date", type: "temporal", format: "%Y-%m-%d", title: "date" },
        { field: "pair", title: "principals" },
        { field: "meeting_type", title: "type" },
        { field: "format" },
        { field: "meeting_id" },
      ],
    },
  });
}

function whoMetWhom(participants: readonly ParticipantsRow[]): Chart {
  const byMeeting = groupBy(participants, (p) => p.meeting_id);
  const pairs = new Map<string, number>();
  const total = { VN: new Map<string, number>(), JP: new Map<string, number>() };
  for (const ps of byMeeting.values()) {
    const vn = [...new Set(ps.filter((p) => p.country === "VN").map((p) => p.name))];
    const jp = [...new Set(ps.filter((p) => p.country === "JP").map((p) => p.name))];
    for (const v of vn) for (const j of jp) pairs.set(`${v}\u0000${j}`, (pairs.get(`${v}\u0000${j}`) ?? 0) + 1);
    if (jp.length) for (const v of vn) total.VN.set(v, (total.VN.get(v) ?? 0) + 1);
    if (vn.length) for (const j of jp) total.JP.set(j, (total.JP.get(j) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, MATRIX_PEOPLE).map(([n]) => n);
  const vnTop = top(total.VN);
  const jpTop = top(total.JP);
  const keepVN = new Set(vnTop);
  const keepJP = new Set(jpTop);
  const values = [...pairs]
    .map(([k, n]) => {
      const [vietnamese, japanese] = k.split("\u0000");
      return { vietnamese: vietnamese!, japanese: japanese!, meetings: n };
    })
    .filter((r) => keepVN.has(r.vietnamese) && keepJP.has(r.japanese));
  const cut = total.VN.size > vnTop.length || total.JP.size > jpTop.length ? ` The ${MATRIX_PEOPLE} office holders of each country with most meetings.` : "";
  return base("who-met-whom", "Who met whom", `Vietnamese (rows) and Japanese (columns) participants who took part in the same meeting, the circle sized by the number of such meetings.${cut}`, {
    data: { values: sortRows(values, ["vietnamese", "japanese"]) },
    width: { step: 22 },
    height: { step: 22 },
    layer: [
      {
        mark: { type: "circle", tooltip: true, color: "#4c78a8" },
        encoding: { size: { field: "meetings", type: "quantitative", title: "meetings", legend: { values: legendValues(values.map((v) => v.meetings)) }, scale: { domainMin: 0, range: [0, 400] } } },
      },
      {
        // the count written in the circles big enough to hold it
        transform: [{ filter: `datum.meetings >= ${labelFrom(values.map((v) => v.meetings))}` }],
        mark: { type: "text", fontSize: 9, color: "white" },
        encoding: { text: { field: "meetings", type: "quantitative" } },
      },
    ],
    encoding: {
      x: { field: "japanese", type: "nominal", title: "Japanese participant", sort: jpTop, axis: { labelAngle: -45, orient: "top" } },
      y: { field: "vietnamese", type: "nominal", title: "Vietnamese participant", sort: vnTop },
    },
  });
}

/**
 * Agreements by the year of the meeting they are mentioned with (else the
 * article's publication year) and what the article says happened to them;
 * an agreement counts once per year and status however many articles say so.
 */
function agreementsByYear(tables: ValidatedTables): Chart {
  const meetingDate = new Map(tables.meetings.map((m) => [m.meeting_id, m.date_start]));
  const published = new Map(tables.articles.map((a) => [a.article_id, a.published_date]));
  const seen = new Set<string>();
  const found: (readonly [string, string])[] = [];
  for (const m of tables.agreement_mentions as readonly AgreementMentionsRow[]) {
    const date = (m.meeting_id ? meetingDate.get(m.meeting_id) : undefined) ?? published.get(m.article_id) ?? null;
    const key = date ? `${year(date)} ${m.status} ${m.agreement_id}` : null;
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    found.push([year(date!), m.status]);
  }
  return stackedByYear("agreements-by-year", "Agreements by year and status", "Named Vietnam–Japan documents mentioned in each year (of the meeting they are reported with, else of the article), by what the article says happened to them; each document counts once per year and status.", found, {
    count: "agreements",
    category: "status",
    categoryTitle: "status",
    colours: { domain: [...STATUSES], range: ["#54a24b", "#4c78a8", "#f58518", "#bab0ac"] },
    height: 180,
  });
}

/** How many times each (year, category) pair occurs, as [year, category, count]. */
function byYear(pairs: readonly (readonly [string, string])[]): [string, string, number][] {
  return [...countBy(pairs, ([y, c]) => `${y}\u0000${c}`)].map(([k, n]) => {
    const [y, c] = k.split("\u0000") as [string, string];
    return [y, c, n];
  });
}

/** Every year from the first to the last of `years`, as text. */
function yearRange(years: readonly string[]): string[] {
  const nums = years.map(Number);
  if (!nums.length) return [];
  const out: string[] = [];
  for (let y = Math.min(...nums); y <= Math.max(...nums); y++) out.push(String(y));
  return out;
}

/** The smallest count written inside its circle: a fifth of the largest, at least 1. */
function labelFrom(counts: readonly number[]): number {
  return Math.max(1, Math.ceil(Math.max(0, ...counts) / 5));
}

/** Whole numbers for a size legend: 1 … max when few, else 1, the middle and max. */
function legendValues(counts: readonly number[]): number[] {
  const max = Math.max(1, ...counts);
  if (max <= 4) return Array.from({ length: max }, (_, i) => i + 1);
  return [...new Set([1, Math.round(max / 2), max])];
}

function sortRows<T extends Record<string, unknown>>(rows: T[], keys: readonly (keyof T & string)[]): T[] {
  return rows.sort((a, b) => {
    for (const k of keys) {
      const c = cmp(String(a[k]), String(b[k]));
      if (c) return c;
    }
    return 0;
  });
}
