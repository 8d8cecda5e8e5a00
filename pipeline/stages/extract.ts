import type { AgreementMentionsRow, AgreementsRow, EncountersLeftOutRow, MeetingArticlesRow, MeetingsRow, ParticipantsRow } from "../generated/tables.ts";
import { toRawOffset } from "../ingest/clean.ts";
import type { Document } from "../ingest/document.ts";
import { mergeAgreements, type PlacedMention } from "../extract/agreement-merge.ts";
import type { ArticleExtraction } from "../extract/article.ts";
import { eventCodes } from "../extract/codes.ts";
import { mergeAcrossArticles, type Report } from "../extract/merge.ts";
import type { ExtractItem, ExtractSetup } from "../extract/work.ts";
import { mapInWorkers, stagePoolOptions } from "../core/pool.ts";
import { typePrecedence } from "../lang/lexicon.ts";
import { ownString } from "../core/strings.ts";
import { defineStage } from "./define.ts";

/**
 * Meetings, participants and agreements from every article that is not a
 * reprint, merged across articles; reprints are listed as sources of what
 * their kept copy reports. Encounters that cannot be dated are published in
 * `encounters_left_out`, not guessed.
 */
export const extract = defineStage({
  id: "extract",
  description: "read meetings, participants and agreements from the repaired articles; merge them across articles",
  version: 1,
  reads: ["documents", "duplicates", "translation", "reference"],
  writes: ["table:meetings", "table:participants", "table:meeting_articles", "table:agreements", "table:agreement_mentions", "table:encounters_left_out"],
  count: (out) => out["table:meetings"].length,
  async run({ documents, duplicates, translation, reference }, ctx) {
    const byId = new Map(documents.map((d) => [d.article_id, d]));
    const reprintsOf = new Map<string, Document[]>();
    for (const d of documents) {
      const kept = duplicates.of[d.article_id]?.duplicate_of;
      if (kept) reprintsOf.set(kept, [...(reprintsOf.get(kept) ?? []), d]);
    }

    const originals = documents.filter((d) => !duplicates.of[d.article_id]);
    const items: ExtractItem[] = originals.map((d) => {
      const t = translation[d.article_id];
      return { document: d, fixes: t?.fixes ?? [], repeated: duplicates.repeatedParagraphs[d.article_id] ?? [], machineTranslated: t?.machine_translated ?? false };
    });
    const setup: ExtractSetup = reference;
    const results = await mapInWorkers<ExtractSetup, ExtractItem, ArticleExtraction>(items, { module: new URL("../extract/work.ts", import.meta.url).href, setup }, stagePoolOptions(ctx, (item) => `article ${item.document.article_id} (${item.document.source_file})`));

    const extracted = new Map<string, ArticleExtraction>();
    const reports: Report[] = [];
    const leftOut: EncountersLeftOutRow[] = [];
    originals.forEach((d, i) => {
      const x = results[i]!;
      extracted.set(d.article_id, x);
      for (const encounter of x.encounters) reports.push({ article_id: d.article_id, encounter });
      const starts = new Set<number>();
      for (const l of x.leftOut) {
        if (starts.has(l.start)) continue; // two encounters of one sentence: one row
        starts.add(l.start);
        leftOut.push({ article_id: d.article_id, ...l });
      }
    });

    const meetings = mergeAcrossArticles(reports, typePrecedence(reference.lexicon));
    const meetingOf = new Map<string, string>();
    const meetingRows: MeetingsRow[] = [];
    const participantRows: ParticipantsRow[] = [];
    const sourceRows: MeetingArticlesRow[] = [];
    for (const m of meetings) {
      const e = m.merged;
      const first = m.reports[0]!;
      for (const r of m.reports) meetingOf.set(`${r.article_id}@${r.encounter.start}`, m.meeting_id);
      const country = e.format === "in_person" ? (e.place?.country ?? null) : null;
      const sources = new Map<string, MeetingArticlesRow>();
      for (const r of m.reports) {
        if (sources.has(r.article_id)) continue;
        const doc = byId.get(r.article_id)!;
        sources.set(r.article_id, source(m.meeting_id, doc, r.encounter.start, r.encounter.end, "extracted"));
        for (const reprint of reprintsOf.get(r.article_id) ?? []) {
          if (sources.has(reprint.article_id)) continue;
          const at = reprint.text.indexOf(r.encounter.sentence);
          sources.set(reprint.article_id, at < 0 ? { ...source(m.meeting_id, reprint, 0, 0, "reprint"), start: null, end: null, raw_start: null, raw_end: null, sentence: null } : source(m.meeting_id, reprint, at, at + r.encounter.sentence.length, "reprint"));
        }
      }
      sourceRows.push(...sources.values());
      meetingRows.push({
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
        n_articles: sources.size,
        article_id: first.article_id,
        start: first.encounter.start,
        end: first.encounter.end,
        sentence: first.encounter.sentence,
      });
      e.participants.forEach((p, k) => {
        participantRows.push({
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
        });
      });
    }

    // Agreements: every mention, reprints included (located again in the reprint's text).
    const placed: PlacedMention[] = [];
    const mentionMeeting = new Map<PlacedMention, string | null>();
    for (const [articleId, x] of extracted) {
      const mt = translation[articleId]?.machine_translated ?? false;
      for (const a of x.agreements) {
        const enc = a.encounter === null ? null : x.encounters[a.encounter]!;
        const date = a.status === "signed_here" && enc && enc.date.precision === "day" ? enc.date.date_start : a.signed;
        const meetingId = enc ? (meetingOf.get(`${articleId}@${enc.start}`) ?? null) : null;
        const own: PlacedMention = { ...a, article_id: articleId, machineTranslated: mt, date };
        placed.push(own);
        mentionMeeting.set(own, meetingId);
        const doc = byId.get(articleId)!;
        const written = doc.text.slice(a.start, a.end);
        for (const reprint of reprintsOf.get(articleId) ?? []) {
          const at = reprint.text.indexOf(doc.text.slice(a.sentenceStart, a.sentenceEnd));
          const titleAt = at < 0 ? -1 : reprint.text.indexOf(written, at);
          if (titleAt < 0) continue;
          const copy: PlacedMention = { ...own, article_id: reprint.article_id, start: titleAt, end: titleAt + written.length, sentenceStart: at, sentenceEnd: at + (a.sentenceEnd - a.sentenceStart) };
          placed.push(copy);
          mentionMeeting.set(copy, meetingId);
        }
      }
    }
    const agreementRows: AgreementsRow[] = [];
    const mentionRows: AgreementMentionsRow[] = [];
    for (const ag of mergeAgreements(placed)) {
      const id = ag.agreement_id;
      const mentioned = new Set<string>();
      for (const m of ag.mentions) {
        const doc = byId.get(m.article_id)!;
        const key = `${m.article_id}@${m.start}`;
        if (mentioned.has(key)) continue;
        mentioned.add(key);
        mentionRows.push({
          agreement_id: id,
          meeting_id: mentionMeeting.get(m) ?? null,
          article_id: m.article_id,
          status: m.status,
          title_as_written: ownString(doc.text.slice(m.start, m.end)),
          start: m.start,
          end: m.end,
          sentence: ownString(doc.text.slice(m.sentenceStart, m.sentenceEnd)),
        });
      }
      agreementRows.push({ agreement_id: id, title: ag.title, kind: ag.kind, date_signed: ag.date_signed, n_mentions: mentioned.size });
    }

    return {
      "table:meetings": meetingRows,
      "table:participants": participantRows,
      "table:meeting_articles": sourceRows,
      "table:agreements": agreementRows,
      "table:agreement_mentions": mentionRows,
      "table:encounters_left_out": leftOut,
    };
  },
});

function source(meetingId: string, doc: Document, start: number, end: number, via: "extracted" | "reprint"): MeetingArticlesRow {
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
