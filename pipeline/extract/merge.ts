import { sha256 } from "../core/hash.ts";
import { combine, keyOf, overlaps, type Encounter } from "./article.ts";

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

export function mergeAcrossArticles(reports: readonly Report[]): Meeting[] {
  const groups: { merged: Encounter; reports: Report[] }[] = [];
  for (const r of reports) {
    // Encounters of one article were merged already (article.ts); two left apart there stay apart.
    const g = groups.find((x) => !x.reports.some((o) => o.article_id === r.article_id) && overlaps(x.merged.date, r.encounter.date) && samePeople(x.merged, r.encounter));
    if (g) {
      g.merged = combine(g.merged, r.encounter);
      g.reports.push(r);
    } else groups.push({ merged: r.encounter, reports: [r] });
  }
  return groups
    .map((g) => ({ meeting_id: meetingId(g.merged), merged: g.merged, reports: g.reports }))
    .sort((a, b) => a.merged.date.date_start.localeCompare(b.merged.date.date_start) || a.meeting_id.localeCompare(b.meeting_id));
}

function samePeople(a: Encounter, b: Encounter): boolean {
  const ka = new Set(a.participants.map(keyOf));
  const kb = new Set(b.participants.map(keyOf));
  let common = 0;
  for (const k of ka) if (kb.has(k)) common++;
  return common >= 2 || common / (ka.size + kb.size - common) >= 0.5;
}

/** Stable id from what the meeting is: its dates, type and people. */
export function meetingId(e: Encounter): string {
  const people = e.participants.map(keyOf).sort().join(",");
  return sha256(`meeting|${e.date.date_start}|${e.date.date_end}|${e.type}|${people}`).slice(0, 16);
}
