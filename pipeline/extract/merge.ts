import { sha256 } from "../core/hash.ts";
import type { MeetingType } from "../lang/lexicon.ts";
import { combine, keyOf, overlaps, type Encounter } from "./article.ts";
import { SIDES } from "./people.ts";
import { FEW_YEARS } from "./when.ts";

/**
 * One meeting, many articles: encounters reported by different articles
 * are one meeting when their dates overlap and their participants do
 * (half of the people in common, or two of them). Every report is kept,
 * so `meeting_articles` can list each article with its sentence.
 */
export interface Report {
  readonly article_id: string;
  readonly encounter: Encounter;
}

export interface Meeting {
  readonly meeting_id: string;
  /** The merged encounter: narrowest date, first type by precedence, all participants. */
  readonly merged: Encounter;
  /** Every report, in article order; the first gives the participants' evidence. */
  readonly reports: readonly Report[];
}

/** An encounter an article could not date, as it would be in each of the few years that fit (article.ts `LeftOut`). */
export interface Undated {
  readonly article_id: string;
  readonly candidates: readonly Encounter[];
}

/**
 * The meetings, and which undated encounters joined one: an undated encounter is a report of the one meeting that
 * another article dates and that exactly one of its candidates would have joined (overlapping days, the same people).
 */
export function mergeAcrossArticles(reports: readonly Report[], precedence: readonly MeetingType[], undated: readonly Undated[] = []): { meetings: Meeting[]; joined: ReadonlySet<Undated> } {
  const groups: { merged: Encounter; reports: Report[]; articles: Set<string> }[] = [];
  // Groups by person and day: a report can only join a group that shares a person and a day with it.
  const index = new Map<string, number[]>();
  // (Many encounters share their dates, and a group's are read again each time it grows: each span's days are worked out once.)
  const daysOf = new Map<string, string[]>();
  const keysOf = (e: Encounter) => {
    const span = `${e.date.date_start}|${e.date.date_end}`;
    let ds = daysOf.get(span);
    if (!ds) daysOf.set(span, (ds = days(e)));
    return ds.flatMap((d) => e.participants.map((p) => `${keyOf(p)}|${d}`));
  };
  const add = (i: number, e: Encounter) => {
    for (const k of keysOf(e)) {
      const list = index.get(k);
      if (!list) index.set(k, [i]);
      else if (list.at(-1) !== i && !list.includes(i)) list.push(i);
    }
  };
  for (const r of reports) {
    const candidates = new Set<number>();
    for (const k of keysOf(r.encounter)) for (const g of index.get(k) ?? []) candidates.add(g);
    // Encounters of one article were merged already (article.ts); two left apart there stay apart.
    const fits = [...candidates]
      .sort((a, b) => a - b)
      .filter((i) => {
        const x = groups[i]!;
        return !x.articles.has(r.article_id) && overlaps(x.merged.date, r.encounter.date) && samePeople(x.merged, r.encounter) && mayJoin(x.merged, r.encounter);
      });
    // A forum and a meeting on its sidelines, with the same people (one article told both): a report joins the one of
    // its kind, conference or not, when there is one.
    const found = fits.find((i) => (groups[i]!.merged.type === "conference") === (r.encounter.type === "conference")) ?? fits[0];
    if (found !== undefined) {
      const g = groups[found]!;
      g.merged = combine(g.merged, r.encounter, precedence);
      g.reports.push(r);
      g.articles.add(r.article_id);
      add(found, g.merged);
    } else {
      groups.push({ merged: r.encounter, reports: [r], articles: new Set([r.article_id]) });
      add(groups.length - 1, r.encounter);
    }
  }
  const joined = new Set<Undated>();
  // (The types the dated reports gave: an undated report joined does not change which meetings the next one may join.)
  const dated = groups.map((g) => g.merged.type);
  for (const u of undated) {
    // (Candidates in more than a few years, people no registry knows: the meeting must share a person of each side.)
    const wide = u.candidates.length > FEW_YEARS;
    const reached = u.candidates.flatMap((c) => {
      const near = new Set<number>();
      for (const k of keysOf(c)) for (const g of index.get(k) ?? []) near.add(g);
      // (One occasion, see `sameOccasion`: one report's "gặp" may be another's "hội đàm".)
      return [...near].filter((i) => !groups[i]!.articles.has(u.article_id) && sameOccasion(dated[i]!, groups[i]!.merged, c) && overlaps(groups[i]!.merged.date, c.date) && samePeople(groups[i]!.merged, c) && (!wide || eachSideShared(groups[i]!.merged, c))).map((i) => ({ c, i }));
    });
    // (Those of its very type first: a reception and talks of the same people that day leave the talks to a "hội đàm".)
    const ofType = reached.filter((f) => dated[f.i] === f.c.type);
    const fits = ofType.length ? ofType : reached;
    if (!fits.length || fits.some((f) => f.i !== fits[0]!.i)) continue;
    const { c, i } = fits[0]!;
    const g = groups[i]!;
    // (The dated meeting's date stands: the undated report's span, if it is one, holds it. So does its type: the
    // undated report's word for it, "gặp" for "hội đàm", was let in only as another word for the same meeting.)
    g.merged = combine(g.merged, c.type === dated[i] ? c : { ...c, type: dated[i]! }, precedence);
    g.reports.push({ article_id: u.article_id, encounter: c });
    g.articles.add(u.article_id);
    joined.add(u);
  }
  // Ids come from what the meeting is; two meetings alike in date, type and people (kept apart because one
  // article reports both) are told apart by their first report.
  const seen = new Map<string, number>();
  const meetings = groups
    .map((g) => {
      let id = meetingId(g.merged);
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      if (n > 0) id = sha256(`${id}|${g.reports[0]!.article_id}|${g.reports[0]!.encounter.start}`).slice(0, 16);
      return { meeting_id: id, merged: g.merged, reports: g.reports };
    })
    .sort((a, b) => a.merged.date.date_start.localeCompare(b.merged.date.date_start) || a.meeting_id.localeCompare(b.meeting_id));
  return { meetings, joined };
}

/**
 * Whether two reports of one person may be one meeting across the line between forums and other encounters: not when
 * one is a forum told with one side only ("B vừa tham dự Hội nghị ADMM+"), which tells nothing of a meeting of the two
 * sides (the talks another article tells of B that month are another occasion). A forum with both sides may be the
 * meeting another report calls by its bilateral word.
 */
function mayJoin(a: Encounter, b: Encounter): boolean {
  if ((a.type === "conference") === (b.type === "conference")) return true;
  return !oneSidedForum(a) && !oneSidedForum(b);
}

function oneSidedForum(e: Encounter): boolean {
  return e.type === "conference" && new Set(e.participants.map((p) => p.country)).size < 2;
}

/**
 * Whether an undated report of the same people on the same day can be a dated meeting (`type` the type its dated
 * reports gave): at no two times of day nor in two places, and of that type, or talks and a call paid told in one
 * format. (Its year unknown, the people and the day are all that tie it there: the same people may sign in the
 * morning and be received in the afternoon, or meet on that day of another year in another city.)
 */
function sameOccasion(type: MeetingType, a: Encounter, b: Encounter): boolean {
  const ta = a.date.time_of_day;
  const tb = b.date.time_of_day;
  if (ta && tb && ta !== tb) return false;
  if (a.place && b.place && (a.place.country !== b.place.country || (a.place.kind === "city" && b.place.kind === "city" && a.place.name !== b.place.name))) return false;
  return type === b.type || (MET.has(type) && MET.has(b.type) && a.format === b.format);
}
const MET: ReadonlySet<MeetingType> = new Set(["talks", "reception"]);

/** The days of a meeting's dates ("2019-03-04"), within the first 24 months they touch. */
function days(e: Encounter): string[] {
  const within = new Set(months(e));
  const out: string[] = [];
  const last = Date.parse(`${e.date.date_end}T00:00:00Z`);
  for (let t = Date.parse(`${e.date.date_start}T00:00:00Z`); t <= last; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (!within.has(day.slice(0, 7))) break;
    out.push(day);
  }
  return out;
}

/** The months a meeting's dates touch ("2019-03"). */
function months(e: Encounter): string[] {
  const out: string[] = [];
  let [y, m] = e.date.date_start.split("-").map(Number) as [number, number];
  const last = e.date.date_end.slice(0, 7);
  for (let k = 0; k < 24; k++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

function samePeople(a: Encounter, b: Encounter): boolean {
  const ka = new Set(a.participants.map(keyOf));
  const kb = new Set(b.participants.map(keyOf));
  let common = 0;
  for (const k of ka) if (kb.has(k)) common++;
  return common >= 2 || common / (ka.size + kb.size - common) >= 0.5;
}

/** Whether two encounters have a person of each side in common. */
function eachSideShared(a: Encounter, b: Encounter): boolean {
  const keys = new Set(b.participants.map(keyOf));
  return SIDES.every((side) => a.participants.some((p) => p.country === side && keys.has(keyOf(p))));
}

/** Stable id from what the meeting is: its dates, type and people. */
export function meetingId(e: Encounter): string {
  const people = e.participants.map(keyOf).sort().join(",");
  return sha256(`meeting|${e.date.date_start}|${e.date.date_end}|${e.type}|${people}`).slice(0, 16);
}
