import type { ValidatedTables } from "../../artifacts.ts";
import type { FixesRow, MeetingArticlesRow, ParticipantsRow } from "../../generated/tables.ts";
import { cmp, groupBy } from "../rows.ts";
import type { ExplorerArticle, ExplorerData, ExplorerMeeting, ExplorerReport, Mark } from "./model.ts";

/**
 * The explorer's data from the validated tables: each meeting with its
 * participants, agreements and reporting articles; each reporting article
 * once, with its fixes. Offsets of names and fixes are made relative to the
 * evidence sentence they fall in, so the page can highlight them without
 * the article's text (which is not published). Everything is sorted, so
 * the same tables give the same bytes.
 */
export function explorerData(tables: ValidatedTables, version: string): ExplorerData {
  const participants = groupBy(tables.participants, (p) => p.meeting_id);
  const reports = groupBy(tables.meeting_articles, (r) => r.meeting_id);
  const fixes = groupBy(tables.fixes, (f) => f.article_id);
  const mentions = groupBy(
    tables.agreement_mentions.filter((a) => a.meeting_id !== null),
    (a) => a.meeting_id!,
  );

  const meetings: ExplorerMeeting[] = [...tables.meetings]
    .sort((a, b) => cmp(a.date_start, b.date_start) || cmp(a.meeting_id, b.meeting_id))
    .map((m) => {
      const ps = [...(participants.get(m.meeting_id) ?? [])].sort((a, b) => a.participant - b.participant);
      const seen = new Set<string>();
      const agreements = (mentions.get(m.meeting_id) ?? [])
        .map((a) => ({ id: a.agreement_id, status: a.status }))
        .filter((a) => !seen.has(`${a.id} ${a.status}`) && seen.add(`${a.id} ${a.status}`))
        .sort((a, b) => cmp(a.id, b.id) || cmp(a.status, b.status));
      const rs = [...(reports.get(m.meeting_id) ?? [])].sort((a, b) => (a.via === b.via ? cmp(a.article_id, b.article_id) : a.via === "extracted" ? -1 : 1));
      return {
        id: m.meeting_id,
        date: m.date_start,
        end: m.date_end,
        precision: m.date_precision,
        inferred: m.year_inferred,
        basis: m.date_basis,
        time: m.time_of_day,
        type: m.meeting_type,
        format: m.format,
        city: m.city,
        country: m.country,
        participants: ps.map((p) => ({ key: p.person_id ?? `name:${p.name}`, name: p.name, written: p.name_as_written, country: p.country, rank: p.rank, position: p.position })),
        agreements,
        reports: rs.map((r) => report(r, ps, fixes.get(r.article_id) ?? [])),
      };
    });

  const used = new Set(meetings.flatMap((m) => m.reports.map((r) => r.article)));
  const articles: Record<string, ExplorerArticle> = {};
  for (const a of [...tables.articles].sort((x, y) => cmp(x.article_id, y.article_id))) {
    if (!used.has(a.article_id)) continue;
    articles[a.article_id] = {
      headline: a.headline,
      outlet: a.outlet,
      date: a.published_date,
      url: a.url,
      machine_translated: a.machine_translated,
      duplicate_of: a.duplicate_of,
      fixes: [...(fixes.get(a.article_id) ?? [])].sort((x, y) => x.start - y.start || x.end - y.end).map((f) => ({ original: f.original, replacement: f.replacement, rule: f.rule, evidence: f.evidence })),
    };
  }

  const agreements: Record<string, ExplorerData["agreements"][string]> = {};
  for (const a of [...tables.agreements].sort((x, y) => cmp(x.agreement_id, y.agreement_id))) agreements[a.agreement_id] = { title: a.title, kind: a.kind, date_signed: a.date_signed };
  return { version, meetings, articles, agreements };
}

/** A reporting article with the names and fixes that fall inside its evidence sentence. */
function report(r: MeetingArticlesRow, ps: readonly ParticipantsRow[], fixes: readonly FixesRow[]): ExplorerReport {
  const marks: Mark[] = [];
  const start = r.start;
  const sentence = r.sentence;
  // Offsets are in the article's cleaned text; they locate spans in the sentence only when the sentence is that text's slice.
  if (start !== null && sentence !== null && r.end !== null && r.end - start === sentence.length) {
    const inside = (from: number, to: number) => from >= start && to <= r.end! && from < to;
    for (const p of ps) if (p.article_id === r.article_id && inside(p.start, p.end)) marks.push({ from: p.start - start, to: p.end - start, kind: "name" });
    for (const f of fixes) if (inside(f.start, f.end)) marks.push({ from: f.start - start, to: f.end - start, kind: "fix", note: f.replacement ?? "" });
  }
  marks.sort((a, b) => a.from - b.from || a.to - b.to || cmp(a.kind, b.kind));
  return { article: r.article_id, via: r.via, sentence, marks };
}
