import type { Duplicates, Translation } from "../artifacts.ts";
import type { AgreementMentionsRow, AgreementsRow, EncountersLeftOutRow, MeetingArticlesRow, MeetingsRow, ParticipantsRow } from "../generated/tables.ts";
import type { Document } from "../ingest/document.ts";
import { agreementTables, placeMentions, type ReadArticle } from "./agreement-rows.ts";
import type { ArticleExtraction, Encounter, LeftOut } from "./article.ts";
import { leftOutRows, meetingRow, participantRows, sourceRows } from "./meeting-rows.ts";
import type { MeetingType } from "../lang/lexicon.ts";
import { mergeAcrossArticles, type Report } from "./merge.ts";
import { copiesIndex } from "./reprints.ts";

export interface ExtractionInput {
  readonly documents: readonly Document[];
  readonly duplicates: Duplicates;
  readonly translation: Readonly<Record<string, Translation>>;
  /** What was read from each article that is not a reprint, and from the reprints read in place of a kept copy that reports nothing (reprints.ts), by article_id. */
  readonly extractions: ReadonlyMap<string, ArticleExtraction>;
  /** Meeting types, highest precedence first (the lexicon's meeting_types): a merged meeting takes the first of its types. */
  readonly precedence: readonly MeetingType[];
}

export interface ExtractionTables {
  readonly meetings: MeetingsRow[];
  readonly participants: ParticipantsRow[];
  readonly meeting_articles: MeetingArticlesRow[];
  readonly agreements: AgreementsRow[];
  readonly agreement_mentions: AgreementMentionsRow[];
  readonly encounters_left_out: EncountersLeftOutRow[];
}

/**
 * The published rows from what each article reports: encounters merged into
 * meetings across articles, agreements merged across their mentions, and
 * reprints credited with what their kept copy reports. Pure, so every rule
 * here can be tested on rows built by hand rather than through a build.
 */
export function extractionTables({ documents, duplicates, translation, extractions, precedence }: ExtractionInput): ExtractionTables {
  const byId = new Map(documents.map((d) => [d.article_id, d]));
  const copiesOf = copiesIndex(documents, duplicates);
  // Every article that is no reprint, and the reprints read in place of a kept copy that reports nothing (reprints.ts).
  const read: ReadArticle[] = documents.flatMap((document) => {
    const extraction = extractions.get(document.article_id);
    if (!extraction && !duplicates.of[document.article_id]) throw new Error(`extractionTables: no extraction for article ${document.article_id} (${document.source_file})`);
    return extraction ? [{ document, extraction, machineTranslated: translation[document.article_id]?.machine_translated ?? false }] : [];
  });

  const reports: Report[] = read.flatMap(({ document, extraction }) => extraction.encounters.map((encounter) => ({ article_id: document.article_id, encounter })));
  const meetings: MeetingsRow[] = [];
  const participants: ParticipantsRow[] = [];
  const meeting_articles: MeetingArticlesRow[] = [];
  const meetingOf = new Map<Encounter, string>();
  // Encounters an article could not date, which another article's meeting may date (merge.ts).
  const undated = read.flatMap(({ document, extraction }) => extraction.leftOut.flatMap((l) => (l.candidates ? [{ article_id: document.article_id, candidates: l.candidates, leftOut: l }] : [])));
  const { meetings: merged, joined } = mergeAcrossArticles(reports, precedence, undated);
  const dated = new Set(undated.filter((u) => joined.has(u)).map((u) => u.leftOut));
  for (const m of merged) {
    for (const r of m.reports) meetingOf.set(r.encounter, m.meeting_id);
    const sources = sourceRows(m, byId, copiesOf);
    meeting_articles.push(...sources);
    meetings.push(meetingRow(m, sources.length));
    participants.push(...participantRows(m));
  }

  return {
    meetings,
    participants,
    meeting_articles,
    ...agreementTables(placeMentions(read, meetingOf, copiesOf), byId),
    encounters_left_out: leftOutOnce(read, duplicates, dated),
  };
}

/**
 * The encounters each article read could not date (less those another article's meeting dates: `dated`). A reprint read in place of its kept copy (reprints.ts) mostly
 * tells again what the kept copy could not date: its rows that repeat one of the kept copy's (the same sentence, for
 * the same reason) are listed once, under the kept copy.
 */
function leftOutOnce(read: readonly ReadArticle[], duplicates: Duplicates, dated: ReadonlySet<LeftOut>): EncountersLeftOutRow[] {
  const rows = read.map(({ document, extraction }) => leftOutRows(document.article_id, { ...extraction, leftOut: extraction.leftOut.filter((l) => !dated.has(l)) }));
  const key = (articleId: string, r: EncountersLeftOutRow) => `${articleId}\u0000${r.sentence}\u0000${r.reason}`;
  const listed = new Set(rows.flat().map((r) => key(r.article_id, r)));
  return rows.flatMap((own, i) => {
    const kept = duplicates.of[read[i]!.document.article_id]?.duplicate_of;
    return kept === undefined ? own : own.filter((r) => !listed.has(key(kept, r)));
  });
}
