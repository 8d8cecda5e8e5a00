import type { AgreementMentionsRow, AgreementsRow } from "../generated/tables.ts";
import type { Document } from "../ingest/document.ts";
import { ownString } from "../core/strings.ts";
import { sentences } from "../lang/sentences.ts";
import { datesAgree, documentDateAgrees, type CatalogueDocument } from "../reference/catalogue.ts";
import { mergeAgreements, type PlacedMention } from "./agreement-merge.ts";
import type { AgreementStatus } from "./agreements.ts";
import type { ArticleAgreement, ArticleExtraction, Encounter } from "./article.ts";
import type { EventDate } from "./when.ts";

/** An article that was read, with what was read from it. */
export interface ReadArticle {
  readonly document: Document;
  readonly extraction: ArticleExtraction;
  readonly machineTranslated: boolean;
}

/** Every agreement mention, placed in its article, with the meeting it was mentioned at (null when none). */
export interface PlacedMentions {
  /** The mentions read from the articles that were read, in article order. */
  readonly own: readonly PlacedMention[];
  /** A mention → its copies in its article's reprints. */
  readonly copies: ReadonlyMap<PlacedMention, readonly PlacedMention[]>;
  readonly meetingOf: ReadonlyMap<PlacedMention, string | null>;
}

/**
 * The mentions of every article that was read, and their copies in the
 * article's reprints: the same sentence found again in a reprint's text, or
 * the same title in a sentence the reprint reworded (a reprint that reworded
 * the title does not mention the agreement as far as we know).
 */
export function placeMentions(read: readonly ReadArticle[], meetingOfEncounter: ReadonlyMap<Encounter, string>, reprintsOf: ReadonlyMap<string, readonly Document[]>): PlacedMentions {
  const own: PlacedMention[] = [];
  const copies = new Map<PlacedMention, PlacedMention[]>();
  const meetingOf = new Map<PlacedMention, string | null>();
  for (const { document: doc, extraction: x, machineTranslated } of read) {
    for (const a of x.agreements) {
      const enc = a.encounter === null ? null : x.encounters[a.encounter]!;
      // A signing at this meeting happens on its date: one stated on another day is an earlier signing. (With no meeting,
      // the article's time decides: see `signedLongBefore` in article.ts.)
      const status: AgreementStatus = a.status === "signed_here" && a.signed && enc && !onDate(a.signed, enc.date) ? "referenced" : a.status;
      // A catalogued document reported signed at a meeting of another day is another document.
      const document = a.document && enc && !fits(a.document, status, enc.date) ? null : a.document;
      if (!document && !a.named) continue;
      // Signed at a meeting dated to the day: the meeting's date is the signing date; never the date of a meeting that only refers to it.
      const date = status === "signed_here" && enc && enc.date.precision === "day" ? enc.date.date_start : a.signed;
      const meetingId = enc ? (meetingOfEncounter.get(enc) ?? null) : null;
      const m = placed(a, status, document, doc.article_id, machineTranslated, date);
      own.push(m);
      meetingOf.set(m, meetingId);
      const found = (reprintsOf.get(doc.article_id) ?? []).flatMap((reprint) => copyInReprint(m, doc, reprint) ?? []);
      if (found.length) copies.set(m, found);
      for (const c of found) meetingOf.set(c, meetingId);
    }
  }
  return { own, copies, meetingOf };
}

/**
 * A mention as placed in its article. (Written out, not `{ ...a, article_id, … }`: on Node 20 an object spread
 * followed by a property the spread object lacks makes a new hidden class every time, and every reader of the mentions
 * then meets a new shape.)
 */
function placed(a: ArticleAgreement, status: AgreementStatus, document: CatalogueDocument | null, article_id: string, machineTranslated: boolean, date: string | null): PlacedMention & { readonly encounter: number | null } {
  return {
    start: a.start,
    end: a.end,
    title: a.title,
    kind: a.kind,
    status,
    signed: a.signed,
    sentenceStart: a.sentenceStart,
    sentenceEnd: a.sentenceEnd,
    document,
    named: a.named,
    encounter: a.encounter,
    article_id,
    machineTranslated,
    date,
  };
}

/** A stated signing date (of any precision) falls within the meeting's dates. */
function onDate(signed: string, date: EventDate): boolean {
  return datesAgree(signed, date.date_start) || datesAgree(signed, date.date_end) || (signed >= date.date_start && signed <= date.date_end);
}

/**
 * Whether a catalogued document can be the one an article reports signed at a meeting: it was signed that day.
 * (A mention with another status says nothing about the signing date, and an inferred meeting year can be wrong.)
 */
function fits(doc: CatalogueDocument, status: AgreementStatus, date: EventDate): boolean {
  return status !== "signed_here" || documentDateAgrees(doc, date.date_start) || documentDateAgrees(doc, date.date_end);
}

/**
 * `m` (a mention in `doc`) where `reprint` says the same: its sentence found again; else, where the reprint reworded
 * the sentence, its title written in a sentence sharing at least half of the other words of the shorter of the two, with the sentence
 * after it (of several, the one sharing most); else the title in the reprint's own order of its words (`reworded`). Null when the reprint writes
 * other words for it, or writes it only in another sentence.
 */
function copyInReprint(m: PlacedMention, doc: Document, reprint: Document): PlacedMention | null {
  const written = doc.text.slice(m.start, m.end);
  const sentence = doc.text.slice(m.sentenceStart, m.sentenceEnd);
  const copy = (titleAt: number, start: number, end: number): PlacedMention => ({ ...m, article_id: reprint.article_id, start: titleAt, end: titleAt + written.length, sentenceStart: start, sentenceEnd: end });
  const at = reprint.text.indexOf(sentence);
  const titleAt = at < 0 ? -1 : reprint.text.indexOf(written, at);
  if (titleAt >= 0) return copy(titleAt, at, at + sentence.length);
  // The words the sentence has besides the title's.
  const inTitle = wordsOf(written);
  const words = new Set([...wordsOf(sentence)].filter((w) => !inTitle.has(w)));
  let best: { at: number; start: number; end: number; shared: number } | null = null;
  for (let i = reprint.text.indexOf(written); i >= 0; i = reprint.text.indexOf(written, i + 1)) {
    const found = sentenceAt(reprint, i, i + 1);
    if (!found) continue;
    const { s, theirs } = found;
    const shared = [...words].filter((w) => theirs.has(w)).length;
    // (Half of the shorter sentence's: a reprint that drops the tail of the sentence, or its opening clause, shares
    // little of the original's whole but most of its own.)
    const own = [...theirs].filter((w) => !inTitle.has(w)).length;
    if (2 * shared >= Math.min(words.size, own) && shared > 0 && (!best || shared > best.shared)) best = { at: i, start: s.start, end: s.end, shared };
  }
  return best ? copy(best.at, best.start, best.end) : reworded(written, words, reprint, (at, end, s) => ({ ...copy(at, s.start, s.end), end }));
}

/**
 * Where a reprint writes the title in its own words (the same words in another order: "Biên bản Đối thoại chính sách
 * …" for "Biên bản Chính sách đối thoại …"): a span opening with the title's first two words, as long (to the end of a
 * word), with nearly all its words (a Jaccard index of 0.8), in a sentence sharing half the other words of the kept
 * copy's sentence. The first such; null for none.
 */
function reworded(written: string, words: ReadonlySet<string>, reprint: Document, copy: (at: number, end: number, s: { start: number; end: number }) => PlacedMention): PlacedMention | null {
  const head = /^\S+\s+\S+/u.exec(written)?.[0];
  if (!head) return null;
  const inTitle = wordsOf(written);
  for (let i = reprint.text.indexOf(head); i >= 0; i = reprint.text.indexOf(head, i + 1)) {
    // As long as the title, or as far as its words run on (a reprint that leaves out its parties, "… giữa hai Bộ Quốc
    // phòng", and goes on "ký năm 2018, …").
    for (const end of [i + written.length + (/^[\p{L}\p{M}\d]*/u.exec(reprint.text.slice(i + written.length))?.[0].length ?? 0), runOfWords(reprint.text, i, inTitle)]) {
      const theirs = wordsOf(reprint.text.slice(i, end));
      const common = [...theirs].filter((w) => inTitle.has(w)).length;
      if (common < 0.8 * (theirs.size + inTitle.size - common)) continue;
      const found = sentenceAt(reprint, i, end);
      if (found && 2 * [...words].filter((w) => found.theirs.has(w)).length >= words.size) return copy(i, end, found.s);
    }
  }
  return null;
}

/** A word and the spaces or dashes after it, read where `lastIndex` says (sticky). */
const WORD_AT = /([\p{L}\p{M}\d]+)[\s\-–]*/uy;

/** Where the run of words from `start` that are all among `words` ends (spaces and dashes between them). */
function runOfWords(text: string, start: number, words: ReadonlySet<string>): number {
  let end = start;
  WORD_AT.lastIndex = start;
  for (let m = WORD_AT.exec(text); m && words.has(m[1]!.toLowerCase()); m = WORD_AT.exec(text)) end = m.index + m[1]!.length;
  return end;
}

/**
 * The reprint's sentence that holds `start` to `end`, and its words with those of the sentence after it (a reprint may
 * end the sentence at the title and tell the rest in a new one). Null when no sentence holds them.
 */
function sentenceAt(reprint: Document, start: number, end: number): { s: { start: number; end: number }; theirs: Set<string> } | null {
  const p = reprint.paragraphs.find((p) => p.start <= start && start < p.end);
  const all = p ? sentences(reprint.text, p.start, p.end) : [];
  const at = all.findIndex((s) => s.start <= start && end <= s.end);
  const s = all[at];
  return s ? { s, theirs: wordsOf(reprint.text.slice(s.start, all[at + 1]?.end ?? s.end)) } : null;
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{M}\d]+/gu) ?? []);
}

/**
 * The agreements the mentions name, and each mention once (an article that
 * names a title twice at one place is one row). Only the mentions that were
 * read are merged; a reprint's copy is the same mention of the same document,
 * so it follows its original into that agreement rather than being matched
 * again on its words (a title made only of party words matches nothing, not
 * even itself, and its copy would be a second row under the same id).
 */
export function agreementTables(placed: PlacedMentions, byId: ReadonlyMap<string, Document>): { agreements: AgreementsRow[]; agreement_mentions: AgreementMentionsRow[] } {
  const agreements: AgreementsRow[] = [];
  const agreement_mentions: AgreementMentionsRow[] = [];
  for (const ag of mergeAgreements(placed.own)) {
    const mentioned = new Set<string>();
    for (const m of ag.mentions.flatMap((own) => [own, ...(placed.copies.get(own) ?? [])])) {
      const key = `${m.article_id}@${m.start}`;
      if (mentioned.has(key)) continue;
      mentioned.add(key);
      agreement_mentions.push(mentionRow(ag.agreement_id, m, byId.get(m.article_id)!, placed.meetingOf.get(m) ?? null));
    }
    agreements.push({
      agreement_id: ag.agreement_id,
      title: ag.title,
      kind: ag.kind,
      date_signed: ag.date_signed,
      date_precision: ag.date_precision,
      reference_id: ag.reference_id,
      n_mentions: mentioned.size,
    });
  }
  return { agreements, agreement_mentions };
}

function mentionRow(agreementId: string, m: PlacedMention, doc: Document, meetingId: string | null): AgreementMentionsRow {
  return {
    agreement_id: agreementId,
    meeting_id: meetingId,
    article_id: m.article_id,
    status: m.status,
    title_as_written: ownString(doc.text.slice(m.start, m.end)),
    start: m.start,
    end: m.end,
    sentence: ownString(doc.text.slice(m.sentenceStart, m.sentenceEnd)),
  };
}
