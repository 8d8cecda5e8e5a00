import type { EncountersLeftOutRow, MeetingArticlesRow, MeetingsRow, ParticipantsRow } from "../generated/tables.ts";
import { toRawOffset } from "../ingest/clean.ts";
import type { Document } from "../ingest/document.ts";
import { ownString } from "../core/strings.ts";
import type { ArticleExtraction, Encounter } from "./article.ts";
import { eventCodes } from "./codes.ts";
import type { Meeting } from "./merge.ts";

/** One meeting as published: the merged encounter, evidenced by its first report. */
export function meetingRow(m: Meeting, nArticles: number): MeetingsRow {
  const e = m.merged;
  const first = m.reports[0]!;
  // A call or video conference has no one place, so only a meeting in person gets a country.
  const country = e.format === "in_person" ? (e.place?.country ?? null) : null;
  return {
    meeting_id: m.meeting_id,
    date_start: e.date.date_start,
    date_end: e.date.date_end,
    date_precision: e.date.precision,
    year_inferred: e.date.year_inferred,
    date_basis: e.date.basis,
    time_of_day: e.date.time_of_day,
    meeting_type: e.type,
    format: e.format,
    city: e.format === "in_person" && e.place?.kind === "city" ? e.place.name : null,
    country,
    ...eventCodes(e.type, e.format, country),
    n_articles: nArticles,
    article_id: first.article_id,
    start: first.encounter.start,
    end: first.encounter.end,
    sentence: first.encounter.sentence,
  };
}

export function participantRows(m: Meeting): ParticipantsRow[] {
  return m.merged.participants.map((p, k) => ({
    meeting_id: m.meeting_id,
    participant: k + 1,
    person_id: p.person_id,
    name: p.name,
    name_as_written: p.name_as_written,
    country: p.country,
    rank: p.rank,
    position: p.position,
    article_id: p.article_id,
    start: p.start,
    end: p.end,
  }));
}

/**
 * Every article that reports a meeting, once: each reporting article with its
 * sentence, then its reprints with the same sentence found again in their
 * text (offsets null when a reprint reworded it).
 */
export function sourceRows(m: Meeting, byId: ReadonlyMap<string, Document>, reprintsOf: ReadonlyMap<string, readonly Document[]>): MeetingArticlesRow[] {
  const sources = new Map<string, MeetingArticlesRow>();
  for (const r of m.reports) {
    if (sources.has(r.article_id)) continue;
    sources.set(r.article_id, sourceRow(m.meeting_id, byId.get(r.article_id)!, r.encounter.start, r.encounter.end, "extracted"));
    for (const reprint of reprintsOf.get(r.article_id) ?? []) {
      if (sources.has(reprint.article_id)) continue;
      sources.set(reprint.article_id, reprintRow(m.meeting_id, reprint, r.encounter));
    }
  }
  return [...sources.values()];
}

function reprintRow(meetingId: string, reprint: Document, e: Encounter): MeetingArticlesRow {
  const at = reprint.text.indexOf(e.sentence);
  if (at < 0) return { ...sourceRow(meetingId, reprint, 0, 0, "reprint"), start: null, end: null, raw_start: null, raw_end: null, sentence: null };
  return sourceRow(meetingId, reprint, at, at + e.sentence.length, "reprint");
}

function sourceRow(meetingId: string, doc: Document, start: number, end: number, via: "extracted" | "reprint"): MeetingArticlesRow {
  return {
    meeting_id: meetingId,
    article_id: doc.article_id,
    via,
    start,
    end,
    raw_start: toRawOffset(doc.anchors, start),
    raw_end: toRawOffset(doc.anchors, end),
    sentence: ownString(doc.text.slice(start, end)),
  };
}

/** The encounters an article could not date; two encounters read from one sentence are one row. */
export function leftOutRows(articleId: string, x: ArticleExtraction): EncountersLeftOutRow[] {
  const rows: EncountersLeftOutRow[] = [];
  const starts = new Set<number>();
  for (const l of x.leftOut) {
    if (starts.has(l.start)) continue;
    starts.add(l.start);
    rows.push({ article_id: articleId, start: l.start, end: l.end, sentence: l.sentence, reason: l.reason });
  }
  return rows;
}
