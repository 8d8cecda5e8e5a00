import { findDates, type DateMention } from "../lang/dates.ts";
import { type AgreementGrammar, type AgreementKind, type Grammar, type StatusCue } from "../lang/lexicon.ts";
import { openingSegment, sentences } from "../lang/sentences.ts";
import type { CatalogueDocument, DocumentCatalogue } from "../reference/catalogue.ts";
import { allMatches, lastMatchIndex } from "../lang/matches.ts";

/**
 * Named bilateral documents in a text: a memorandum (Bản ghi nhớ), an
 * agreement (Hiệp định, Thỏa thuận), a joint statement or vision (Tuyên bố
 * chung, Tuyên bố Tầm nhìn chung), a cooperation plan for a year (Kế hoạch
 * hợp tác năm 2020) or minutes (Biên bản), with what the clause says
 * happened to it. Four questions, each answered from the lexicon and the
 * catalogues:
 *
 * - **the title**: a document noun and its complement, up to a clause
 *   boundary (a verb, a modal, a relative clause: "Hiệp định cần được phê
 *   chuẩn" names nothing; "… mà hai Bộ trưởng vừa ký" is not part of it);
 * - **which document**: the catalogue entry whose distinctive words the
 *   title has, whatever its wording; else, outside the catalogue, a title
 *   that names a subject, not only its parties ("thỏa thuận giữa Bộ Quốc
 *   phòng hai nước" is no document);
 * - **whose**: documents of other pairs of countries and multilateral
 *   instruments are left out (the parties come from the title, the clause,
 *   then the article);
 * - **its status**: the verb that governs the title before it (signed,
 *   agreed to sign, negotiated, carried out), an earlier time in its clause
 *   (kể từ khi …, Năm 2015, …) and what follows the title ("ký ngày …",
 *   "mà … vừa ký": a document signed before).
 */
export type { AgreementKind };
export type AgreementStatus = "signed_here" | "agreed_to_sign" | "under_negotiation" | "referenced";

export interface AgreementMention {
  readonly start: number;
  readonly end: number;
  /** The title as written (reordered into Vietnamese order for head-final machine translations). */
  readonly title: string;
  readonly kind: AgreementKind;
  readonly status: AgreementStatus;
  /** A signing date the clause states for it ("ký ngày 15/9/2015", "ký năm 2021"): YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly signed: string | null;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** The catalogued document the title names, or null. */
  readonly document: CatalogueDocument | null;
  /** The title names what the document is about, not only its parties: it stands as a document outside the catalogue. */
  readonly named: boolean;
}

/** A mention as read from its sentence, before the meeting it is told with is known. */
export interface FoundMention extends AgreementMention {
  /**
   * Read as referenced only for a past time that a meeting told with it may share: `opening`, a past time opening its
   * sentence ("Trước đó, chiều 10/2, A và B đồng chủ trì Đối thoại … và ký …"), which the meeting the sentence tells
   * before the title shares; `told`, a word pointing back to the time told last ("Khi đó, hai bên ký …", lexicon
   * `points_back`), which is the meeting's when its sentence is the last before the title to write a date. Signed at
   * that meeting when it is published; null when the document is referenced for any other reason, or not referenced.
   */
  readonly pastOf: "opening" | "told" | null;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly noun: string;
  /** A lower-case noun with a bare complement: a document only if the catalogue knows it. */
  readonly catalogueOnly?: true;
}

/** The noun patterns of a grammar, compiled once per grammar. */
const nounPatterns = new WeakMap<AgreementGrammar, { readonly all: RegExp; readonly one: RegExp }>();
function nounsOf(g: AgreementGrammar): { readonly all: RegExp; readonly one: RegExp } {
  let n = nounPatterns.get(g);
  if (!n) nounPatterns.set(g, (n = { all: new RegExp(g.nounSource, "giu"), one: new RegExp(g.nounSource, "iu") }));
  return n;
}

export function findAgreementMentions(
  text: string,
  regions: readonly { start: number; end: number }[],
  machineTranslated: boolean,
  grammar: Grammar,
  catalogue: DocumentCatalogue,
  /** Where the article names people, and of which side. */
  people: readonly { readonly start: number; readonly end: number; readonly country: string | null }[] = [],
): FoundMention[] {
  const g = grammar.agreements;
  const { all: NOUN, one: NOUN_IN } = nounsOf(g);
  const frame = frameOf(text, grammar, people);
  const out: FoundMention[] = [];
  for (const region of regions) {
    // Nine paragraphs in ten name no document: not split into sentences. (The nouns' words, in any case, are what the
    // case-insensitive NOUN needs: a quick scan for them spares its slower one.)
    const paragraph = text.slice(region.start, region.end);
    // (Or a generic word for a document before a name, quoted or capitalised: "văn kiện “…”", "văn kiện Tầm nhìn chung …".)
    const generic = g.documentWords.anyInAnyCase(paragraph);
    const quoted = generic && HAS_QUOTE.test(paragraph);
    if (!generic && !g.nounWords.anyInAnyCase(paragraph)) continue;
    // The nouns are found in one scan of the paragraph, each then read in its sentence: the matches that start in a
    // sentence are the ones a scan of the sentence alone finds. (A sentence's edges are never letters: its first
    // character follows a space or a full stop, its last is a full stop, a quote or a bracket, or the paragraph's last;
    // and a noun, words and spaces, reaches over no edge. So the letters either side of a noun, which the expression
    // looks at, are the same read in the paragraph or in the sentence.)
    const nouns = allMatches(NOUN, paragraph);
    if (!nouns.length && !generic) continue;
    let next = 0;
    let before = "";
    for (const sent of sentences(text, region.start, region.end)) {
      const sentence = text.slice(sent.start, sent.end);
      const sentenceBefore = before;
      before = sentence;
      const spans: Span[] = [];
      const offset = sent.start - region.start;
      while (next < nouns.length && nouns[next]!.index < offset) next++;
      for (; next < nouns.length && nouns[next]!.index < offset + sentence.length; next++) {
        const noun = nouns[next]![0];
        const at = nouns[next]!.index - offset;
        if (spans.some((s) => at >= s.start && at < s.end)) continue;
        const span = (machineTranslated ? headFinal(sentence, at, noun, NOUN_IN, g) : null) ?? titleAt(sentence, at, noun, grammar);
        if (!span || g.unnamedBefore.test(sentence.slice(Math.max(0, span.start - 12), span.start))) continue;
        spans.push(spanOf(span, noun));
      }
      // A generic word for a document and a quoted name after it ("văn kiện “Tầm nhìn chung …”"): the catalogue's
      // document of that name, if it knows one.
      if (quoted && HAS_QUOTE.test(sentence)) {
        for (const m of allMatches(g.quotedDocument, sentence)) {
          const start = m.index + m[0].length - m[1]!.length - 1;
          if (spans.some((s) => start < s.end && s.start < start + m[1]!.length)) continue;
          spans.push({ start, end: start + m[1]!.length, title: tidy(m[1]!), noun: "", catalogueOnly: true });
        }
        spans.sort((a, b) => a.start - b.start);
      }
      // So is a capitalised name after it, up to where a title ends ("văn kiện Tầm nhìn chung … mà hai Bộ trưởng đã ký").
      if (generic) {
        for (const m of allMatches(g.namedDocument, sentence)) {
          const start = m.index + m[0].length - m[1]!.length;
          const name = m[1]!.slice(0, g.titleEnd.exec(m[1]!)?.index ?? m[1]!.length).trimEnd();
          if (spans.some((s) => start < s.end && s.start < start + name.length)) continue;
          spans.push({ start, end: start + name.length, title: tidy(name), noun: "", catalogueOnly: true });
        }
        spans.sort((a, b) => a.start - b.start);
      }
      // (The title read last before a title, whose status a title joined to it shares and after which its own cues
      // are read: only a title published. Words a title is not, "đạt thỏa thuận về việc ký kết Bản ghi nhớ …", are
      // read as the words before the next.)
      let previous: { end: number; status: AgreementStatus | null; pastOf: FoundMention["pastOf"] } | null = null;
      spans.forEach((found, i) => {
        const pre = governing(sentence, found, previous, grammar);
        const { status, signed, pastOf } = statusOf(pre, postNominal(sentence, found, spans[i + 1]?.start ?? sentence.length, grammar));
        const kind = g.kindOf(found.noun);
        // A generic title whose clause names its two signers ("Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật
        // Bản đã ký kết Bản ghi nhớ hợp tác") is named by them: "Bản ghi nhớ hợp tác giữa … và …".
        const subject = !found.catalogueOnly && namesSubject(found, kind, g);
        const signers = found.catalogueOnly || subject ? null : signersBefore(found, sentence, spans[i - 1]?.end ?? 0, grammar, sentenceBefore);
        const span = signers ? { ...found, title: `${found.title} giữa ${signers[0]} và ${signers[1]}` } : found;
        const named = subject || (signers !== null && namesSubject(span, kind, g));
        const document = cataloguedAs(span, kind, signed, named, sentence, catalogue);
        if (!document && !named) return;
        const withJapan = people.some((p) => p.country === "JP" && sent.start <= p.start && p.end <= sent.end) || (g.twoSides.test(sentence) && bothNamedBefore(text, regions, people, sent.start));
        if (!inScope(span, sentence, spans[i - 1]?.end ?? 0, document, frame, grammar, catalogue, withJapan)) return;
        previous = { end: found.end, status: pre.status, pastOf: pre.pastOf };
        out.push({
          start: sent.start + span.start,
          end: sent.start + span.end,
          title: span.title,
          kind: document?.kind ?? kind,
          status,
          signed,
          sentenceStart: sent.start,
          sentenceEnd: sent.end,
          document,
          named,
          pastOf,
        });
      });
    }
  }
  // One document named twice in a sentence ("Bản ghi nhớ … Văn kiện …") is one mention; keep distinct documents.
  return out.filter((a, i) => !out.slice(0, i).some((b) => b.sentenceStart === a.sentenceStart && sameDocument(a, b)));
}

function sameDocument(a: FoundMention, b: FoundMention): boolean {
  return a.title === b.title || (a.document !== null && a.document.id === b.document?.id);
}

const OPENING_QUOTE = /[“"《]$/;

/** A quoted name right after a title's words: “…” or "…", within a sentence. */
const QUOTED_NAME = /^\s*(?:“[^”“]{1,160}”|"[^"]{1,160}")/u;

// (Expressions with \p{…} are module constants: written in a function, the compiled module makes each anew on every call.)
const CAPITAL_START = /^\p{Lu}/u;
/**
 * The length of a title's complement without a date with its year that ends it, after what the document is about
 * ("về …"): "về hợp tác quân y tháng 11/2021" is "về hợp tác quân y" (see `titleAt`). The dates are the date grammar's.
 */
function withoutSigningDate(complement: string, grammar: Grammar): number {
  if (!ABOUT_OPENING.test(complement) || !DIGIT.test(complement)) return complement.length;
  const last = findDates(complement, grammar).at(-1);
  if (!last || last.year === null || last.kind === "relative" || complement.slice(last.end).trim() || !ABOUT_OPENING.test(complement.slice(0, last.start))) return complement.length;
  // (With the word for day a pattern reads past: "ngày 22/11/2021".)
  return complement.slice(0, last.start).replace(DAY_WORD_AT_END, "").trimEnd().length;
}
const ABOUT_OPENING = /^\s+về\s+\S/u;
const DIGIT = /\d/;
const DAY_WORD_AT_END = /\s+ngày\s*$/u;
/** Nothing before a word in its sentence but spaces, quotes and brackets: the word opens it. */
const SENTENCE_OPENING = /^[\s"“(]*$/u;
/** An opening quote and a capital: a quoted name. */
const QUOTED_CAPITAL = /[“"«]\s*\p{Lu}/u;
/** "về …" up to the end of the text before a head-final noun (no second "về" inside). */
const ABOUT_BEFORE = /(?<![\p{L}\p{M}])về\s+((?:(?!(?<![\p{L}\p{M}])về\s)[^,.;])+?)\s*$/u;
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** "đã" right before the end. */
const DONE_BEFORE = /(?<![\p{L}\p{M}])đã\s+$/u;

/**
 * A title found, with its noun. (Written out, not `{ ...title, noun }`: on Node 20 an object spread followed by a
 * property the spread object lacks makes a new hidden class every time, and every reader of the spans then meets a
 * new shape.)
 */
function spanOf(title: { start: number; end: number; title: string; catalogueOnly?: true }, noun: string): Span {
  return { start: title.start, end: title.end, title: title.title, noun, catalogueOnly: title.catalogueOnly };
}

/** The title that starts at a document noun, or null when nothing names a particular document. */
function titleAt(sentence: string, at: number, noun: string, grammar: Grammar): { start: number; end: number; title: string; catalogueOnly?: true } | null {
  const g = grammar.agreements;
  // A quoted title: “Thỏa thuận … Nhật Bản”. (The opening quote is the last thing before the noun but spaces: looked at
  // after trimming them, not searched for with \s*$ at every place of the sentence before.)
  if (OPENING_QUOTE.test(sentence.slice(0, at).trimEnd())) {
    const close = sentence.slice(at).search(/[”"》]/);
    if (close > 0) return { start: at, end: at + close, title: tidy(sentence.slice(at, at + close)) };
  }
  const rest = sentence.slice(at + noun.length);
  const stop = g.titleEnd.exec(rest);
  let end = at + noun.length + (stop ? stop.index : rest.length);
  // A title that goes on into a quoted name ("Công hàm về Dự án “Nâng cao năng lực …”") ends after its closing quote.
  const quoted = QUOTED_NAME.exec(sentence.slice(end));
  if (quoted) end += quoted[0].length;
  // A date at the end of its clause, after what a document that is no plan is about, is when it was signed, not its
  // name: "… đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình năm 2015.", "… về hợp tác quân y tháng 11/2021". (A plan's
  // is its name: "Kế hoạch hợp tác về … năm 2016" is that year's plan.)
  if (!quoted && g.kindOf(noun) !== "plan") end = at + noun.length + withoutSigningDate(sentence.slice(at + noun.length, end), grammar);
  const title = tidy(sentence.slice(at, end));
  const complement = title.slice(noun.length).trim();
  // (A noun that opens its sentence has its capital from there, whatever it names: "Bản ghi nhớ đặt nền tảng cho …"
  // speaks of the memorandum just named. Capitalised as a name's, it goes on as one does: "về …", "giữa …", a capital.)
  const capitalised = CAPITAL_START.test(noun) && (!SENTENCE_OPENING.test(sentence.slice(0, at)) || NAME_GOES_ON.test(complement));
  // A noun followed at once by a verb or a modal ("Hiệp định cần …") names nothing; a lower-case noun names a
  // document only with what it is about, between whom, or for which year, or else only a document the catalogue
  // knows by those words ("thỏa thuận chuyển giao thiết bị và công nghệ quốc phòng"): `catalogueOnly`.
  if (!complement) return null;
  // (A quoted name in it names a document too, "công hàm trao đổi về Dự án “Cung cấp thiết bị …”"; not a plan or
  // programme, whose quoted name is mostly a framework's: "chương trình “Viện trợ …”".)
  const quotedName = g.kindOf(noun) !== "plan" && QUOTED_CAPITAL.test(complement);
  // (Between whom alone, "chương trình hợp tác giữa Lực lượng Phòng vệ Biển Nhật Bản với Hải quân Việt Nam", it is the
  // cooperation between them, no document of its own.)
  // (Not "về việc" and a clause in lower case, "thỏa thuận về việc tàu … ghé cảng …": a matter to be settled, told in
  // words of the story's own, not a document's name.)
  const about = ((capitalised || !MATTER.test(complement)) && /^về\s|(?<!\d)(19|20)\d{2}(?!\d)/u.test(complement)) || (/^giữa\s/u.test(complement) && /\svề\s/u.test(complement));
  if (!capitalised && !quotedName && !about) return { start: at, end, title, catalogueOnly: true };
  return { start: at, end, title };
}

/** "về việc" opening a complement: the matter a lower-case noun is about, not a title (see `titleAt`). */
const MATTER = /^về\s+việc(?![\p{L}\p{M}])/u;
const LOWER_START = /^\p{Ll}/u;
const TWO_LETTERS = /\p{L}{2}/u;
const QUOTES = /[“”"«»《》()]/u;
/** What goes on into a title's own name after its noun: "về …", "giữa …", a capital, a quote. */
const NAME_GOES_ON = /^\s*(?:về|giữa|\p{Lu}|[“"«])/u;

/**
 * Chinese puts the head noun last; machine translations keep that order:
 * "《Việt Nam chính phủ và Nhật Bản chính phủ về … chuyển giao hiệp định》",
 * "về an ninh mạng hợp tác bản ghi nhớ". The title is rebuilt noun first.
 */
function headFinal(sentence: string, at: number, noun: string, NOUN_IN: RegExp, g: AgreementGrammar): { start: number; end: number; title: string } | null {
  // (A noun right after an opening quote opens a quoted title, read noun first: '… ký kết "bản ghi nhớ về …" và "bản
  // ghi nhớ về …"'.)
  if (OPENING_QUOTE.test(sentence.slice(0, at).trimEnd())) return null;
  const after = sentence.slice(at + noun.length);
  const bracket = sentence.lastIndexOf("《", at);
  if (bracket >= 0 && /^\s*》/.test(after) && !sentence.slice(bracket, at).includes("》")) {
    const body = sentence.slice(bracket + 1, at).trim();
    return { start: bracket + 1, end: at + noun.length, title: tidy(`${capital(noun)} ${body}`) };
  }
  const about = sentence.slice(0, at).match(ABOUT_BEFORE);
  // (Not words reaching back over a quote, another title's: '"bản ghi nhớ về hợp tác …" và "bản ghi nhớ …"'.)
  if (about && !NOUN_IN.test(about[1]!) && !QUOTES.test(about[0])) {
    const start = at - about[0].length;
    return { start, end: at + noun.length, title: tidy(`${capital(noun)} ${about[0].trim()}`) };
  }
  // "… năm 2011 ký kết quốc phòng hợp tác cùng giao lưu bản ghi nhớ …": what is signed, or drafted or negotiated
  // ("đồng ý soạn thảo một phần hải thượng an toàn hợp tác bản ghi nhớ"), written between the verb and the noun, a
  // count before it read past (`document_counters`: "một phần", 一份); not when the noun itself goes on into its name
  // ("ký kết bản ghi nhớ về …").
  if (!LOWER_START.test(noun)) return null;
  const clause = sentence.slice(0, at).split(/[,.;:]/u).at(-1)!;
  const verb = cuesIn(clause, g).filter((c) => has(c, "sign_verb") || has(c, "negotiate")).at(-1);
  if (!verb) return null;
  const rest = clause.slice(verb.end);
  const lead = rest.length - rest.trimStart().length;
  const counter = g.counterAtStart.exec(rest.slice(lead))?.[0].length ?? 0;
  const body = rest.slice(lead + counter).trim();
  // (A noun in lower case, as a translation leaves it at the end; no quoted name before it: "ký kết văn kiện “Tuyên bố …”".)
  if (TWO_LETTERS.test(body) && !QUOTES.test(body) && !NOUN_IN.test(body) && !NAME_GOES_ON.test(after)) {
    const start = at - rest.length + lead + counter;
    return { start, end: at + noun.length, title: tidy(`${capital(noun)} ${body}`) };
  }
  return null;
}

/** Whether a title names what the document is about: something is left once the noun and the generic words (parties, cooperation, the year) are taken out; a plan is named by its year. */
function namesSubject(span: Span, kind: AgreementKind, g: AgreementGrammar): boolean {
  const rest = span.title.slice(span.noun.length).replace(g.generic, " ");
  return kind === "plan" ? LETTER_OR_NUMBER.test(rest) : LETTER.test(rest);
}

// ---------- scope ----------

interface Frame {
  readonly headline: string;
  /** The article names Japan somewhere: one that never does names no Vietnam–Japan document. */
  readonly namesJapan: boolean;
  /** The article may be about Vietnam and Japan: its headline names Japan, or no other country. */
  readonly vietnamJapan: boolean;
}

function frameOf(text: string, grammar: Grammar, people: readonly { readonly start: number; readonly end: number }[]): Frame {
  const headline = text.slice(0, text.indexOf("\n") < 0 ? text.length : text.indexOf("\n"));
  // (A person's name is no country: "Đức" in "Nông Đức Mạnh".)
  const unnamed = people.reduce((h, p) => (p.end <= h.length ? h.slice(0, p.start) + " ".repeat(p.end - p.start) + h.slice(p.end) : h), headline);
  return { headline, namesJapan: grammar.agreements.japan.test(text), vietnamJapan: grammar.agreements.japan.test(headline) || !grammar.foreignCountry.test(unnamed) };
}

/**
 * Whether the last sentence before `at` that names anyone names someone of each side: who a joint subject after it
 * ("Hai Bộ trưởng nhất trí …", "Hai bên …") stands for.
 */
function bothNamedBefore(text: string, regions: readonly { start: number; end: number }[], people: readonly { readonly start: number; readonly end: number; readonly country: string | null }[], at: number): boolean {
  const last = people.filter((p) => p.end <= at).at(-1);
  const region = last && regions.find((r) => r.start <= last.start && last.end <= r.end);
  const told = region && sentences(text, region.start, region.end).find((s) => s.start <= last.start && last.end <= s.end);
  if (!told) return false;
  const named = people.filter((p) => p.start >= told.start && p.end <= told.end);
  return named.some((p) => p.country === "VN") && named.some((p) => p.country === "JP");
}

/**
 * Whether a document is a Vietnam–Japan one: not a multilateral instrument, and its parties (named in the title, else
 * in the clause, else those of the article: "hai nước" in a report of a Vietnam–Japan meeting) are Vietnam and Japan.
 * A catalogued Vietnam–Japan document whose sentence names a person of Japan's side and no parties is one too ("Trong
 * cuộc gặp với Bộ trưởng B, … kể từ khi hai nước ký Bản ghi nhớ … năm 2019"), whatever third country hosts the story;
 * so is one whose joint subject ("Hai Bộ trưởng …") stands for the two sides named in the sentence before.
 * `after`: where the title before this one in the sentence ends (0 for the first): its words are not this one's clause.
 */
function inScope(span: Span, sentence: string, after: number, document: CatalogueDocument | null, frame: Frame, grammar: Grammar, catalogue: DocumentCatalogue, withJapan: boolean): boolean {
  if (!frame.namesJapan) return false;
  // (Members of it, "… đều là thành viên tích cực của Hiệp định khu vực …": a document of many parties.)
  if (grammar.agreements.membership.test(clauseBefore(span, sentence, after))) return false;
  if (!document && (grammar.agreements.multilateral.test(span.title) || manySigners(span, sentence, after, grammar))) return false;
  // (A title like a catalogued Vietnam–Japan document's, whose clause pairs a side with a multilateral body as its
  // parties: "lãnh đạo ASEAN và Nhật Bản đã thông qua …".)
  if (document && grammar.agreements.pairedWithMany.test(clauseBefore(span, sentence, after))) return false;
  // (The headline's countries, "… gặp người đồng cấp Úc, Nhật Bản và Philippines", do not make a catalogued Vietnam–Japan
  // document told with Japan's side another pair's of the same name: only its sentence may.)
  const other = catalogue.otherInstrument(span.title, document !== null && withJapan ? sentence : `${sentence}\n${frame.headline}`);
  if (other?.scope === "multilateral") return false;
  const parties = partiesOf(span, sentence, grammar);
  if (parties === "other") return false;
  if (parties === "vietnam_japan") return true;
  return !other && (frame.vietnamJapan || (document !== null && withJapan));
}

/**
 * Whether the clause before the title has many parties sign or adopt it ("Tại hội nghị, các Bộ trưởng đã ký …",
 * "Hội nghị ADMM thông qua …"), and does not name the two sides ("hai Bộ trưởng", "Việt Nam và Nhật Bản") as the
 * signers: two sides named before the many are the ones who tell of it ("Hai Thứ trưởng nhắc đến việc lãnh đạo ASEAN
 * và Nhật Bản thông qua …").
 */
function manySigners(span: Span, sentence: string, after: number, grammar: Grammar): boolean {
  const g = grammar.agreements;
  const clause = clauseBefore(span, sentence, after);
  const many = Math.max(lastMatchIndex(g.manySigners, clause), lastMatchIndex(g.multilateral, clause));
  return many >= 0 && lastMatchIndex(g.twoSides, clause) < many && !g.vietnam.test(clause);
}

/**
 * The two signers the clause before a generic title names as its subject, one of each side, each an organisation's name
 * that ends with its country ("Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản đã ký kết …"), with only
 * signing words between them and the title; null otherwise ("hai bên đã ký …" names no one).
 */
function signersBefore(span: Span, sentence: string, after: number, grammar: Grammar, sentenceBefore = ""): [string, string] | null {
  const g = grammar.agreements;
  const clause = clauseBefore(span, sentence, after);
  // (Or the two the sentence before names, where the clause speaks of them as a pair: "Cảnh sát biển Việt Nam và Lực
  // lượng Bảo vệ bờ biển Nhật Bản có quan hệ …. Năm 2015, hai lực lượng ký Bản ghi nhớ hợp tác".)
  const named = g.signers.exec(clause);
  const pair = named ? null : g.pair.exec(clause);
  const m = named ?? (pair ? g.signers.exec(sentenceBefore) : null);
  if (!m) return null;
  // Between the second signer (or the words of the pair) and the title: signing words and nothing else.
  const tail = pair ? clause.slice(pair.index + pair[0].length) : clause.slice(m.index + m[0].length);
  const cues = cuesIn(tail, g);
  if (!cues.some((c) => has(c, ...SIGNING)) || tail.replace(g.cues, " ").trim() !== "") return null;
  const [a, b] = [m[1]!, m[2]!];
  const sideOf = (party: string) => (g.vietnamAtEnd.test(party) ? "VN" : "JP");
  return sideOf(a) === sideOf(b) ? null : [a, b];
}

/** The clause before a title: from the last comma, semicolon or colon before it (or the title before it) to the title. */
function clauseBefore(span: Span, sentence: string, after: number): string {
  return sentence.slice(Math.max(after, sentence.lastIndexOf(",", span.start) + 1, sentence.lastIndexOf(";", span.start) + 1, sentence.lastIndexOf(":", span.start) + 1), span.start);
}

/** Who the title or its clause says signs the document: Vietnam and Japan, Japan (or Vietnam) and another country, or nothing said. */
function partiesOf(span: Span, sentence: string, grammar: Grammar): "vietnam_japan" | "other" | null {
  if (grammar.foreignCountry.test(span.title)) return "other";
  const { vietnam, pairedWithOther } = grammar.agreements;
  if (vietnam.test(span.title)) return "vietnam_japan";
  if (pairedWithOther.test(sentence)) return "other";
  // (Vietnam alone is no pair: "… đưa bệnh viện dã chiến của Việt Nam sang phái bộ …" in a report of another country's talks.)
  return vietnam.test(sentence) && grammar.agreements.japan.test(sentence) ? "vietnam_japan" : null;
}

// ---------- status ----------

interface Governing {
  /** Null when no cue before the title governs it. */
  readonly status: AgreementStatus | null;
  readonly signed: string | null;
  /** Referenced only for a past time a meeting told with it may share (see `FoundMention`). */
  readonly pastOf: FoundMention["pastOf"];
}

interface Cue {
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly cues: ReadonlySet<StatusCue>;
}

/** The cues in `text` (the words before a title, or after it); a cue that counts only right before the title where it stands there. */
function cuesIn(text: string, g: AgreementGrammar): Cue[] {
  return allMatches(g.cues, text)
    .filter((m) => !g.adjacentOnly(m[1]!) || text.slice(m.index + m[0].length).trim() === "")
    .map((m) => ({ start: m.index, end: m.index + m[0].length, form: m[1]!, cues: g.cueOf(m[1]!) }));
}

const has = (c: Cue, ...kinds: StatusCue[]) => kinds.some((k) => c.cues.has(k));
const SIGNING: StatusCue[] = ["sign_verb", "signed"];
/** Coordinated titles ("ký X và Y") share the verb that governs the first. */
const QUOTE_MARKS = /[“”"«»《》]/gu;
const HAS_QUOTE = /[“”"«»]/u;
const COORDINATED = /(?:^|[\s,])(?:và|cùng|cũng như)\s*$|^\s*,\s*$/u;
/** Words that join a verb to the one before as another action ("triển khai … và ký …", "… rồi ký"). */
const COORDINATOR = /(?:^|[\s,])(?:và|rồi|đồng thời|sau đó)\s+(?:(?:đã|cùng|tiến hành|chính thức)\s+)*$/u;

/**
 * What the words before the title say: the nearest cue governs it. A
 * signing verb is a signing at this meeting, unless modality puts it in the
 * future (sớm ký, nhất trí ký: agreed to sign), negotiation precedes it
 * (thúc đẩy ký kết) or its clause puts it in the past (kể từ khi … ký,
 * Năm 2015, … ký: an earlier signing, dated by that year).
 */
function governing(sentence: string, span: Span, previous: { end: number; status: AgreementStatus | null; pastOf: FoundMention["pastOf"] } | null, grammar: Grammar): Governing {
  const g = grammar.agreements;
  const from = Math.max(previous?.end ?? 0, sentence.lastIndexOf(";", span.start) + 1);
  const before = sentence.slice(from, span.start);
  // (Quotes around the titles count for nothing: '"Bản ghi nhớ …" và "Bản ghi nhớ …"'.)
  if (previous && previous.end === from && COORDINATED.test(before.replace(QUOTE_MARKS, " "))) return { status: previous.status, signed: null, pastOf: previous.pastOf };
  const cues = cuesIn(before, g);
  const last = cues.filter((c) => !has(c, "past", "here")).at(-1);
  if (!last) return { status: null, signed: null, pastOf: null };
  if (has(last, "implements")) return { status: "referenced", signed: null, pastOf: null };
  if (has(last, "negotiate")) return { status: "under_negotiation", signed: null, pastOf: null };
  if (!has(last, ...SIGNING)) return { status: "agreed_to_sign", signed: null, pastOf: null };
  // The clause of the verb (from the last comma before it), with a time adverbial opening the sentence; a clause that
  // tells of the thing named before its comma ("… chuyến thăm tháng 11/2021, trong đó hai Bộ đã ký …") with that one.
  let clauseStart = clauseStartBefore(before, last.start);
  if (clauseStart > 0 && grammar.antecedentLink.test(before.slice(clauseStart, last.start))) clauseStart = clauseStartBefore(before, clauseStart - 1);
  const clause = before.slice(clauseStart, last.start);
  const own = cues.filter((c) => c.start >= clauseStart && c.end <= last.start);
  // The nearest cue before the verb a verb of carrying out or looking back on a document ("triển khai các văn kiện đã
  // ký kết, trong đó có …", "kỷ niệm 5 năm ký …"), not joined to it by a coordinator ("triển khai … và ký …"): the
  // signing spoken of is the earlier one whose document is carried out or remembered.
  const carrying = own.filter((c) => !has(c, "past", "here")).at(-1);
  if (carrying && has(carrying, "implements") && g.refersBack(carrying.form) && !COORDINATOR.test(before.slice(carrying.end, last.start))) {
    return { status: "referenced", signed: null, pastOf: null };
  }
  if (own.some((c) => has(c, "future") || (has(c, "agree") && !DONE_BEFORE.test(clause)))) return { status: "agreed_to_sign", signed: null, pastOf: null };
  if (own.some((c) => has(c, "negotiate"))) return { status: "under_negotiation", signed: null, pastOf: null };
  // (After a narrator's clause, "A cho biết, ngày 10/4/2018, …, hai Bộ đã ký …", or whose account it is, "Theo Thứ
  // trưởng, …", the time adverbials open what is told.)
  const head = before.slice(0, clauseStart);
  const narrator = from === 0 ? (grammar.narrator.exec(head) ?? grammar.attribution.exec(head)) : null;
  const opening = from === 0 ? openingTime(narrator ? head.slice(narrator[0].length) : head, grammar) : "";
  const signed = signingDate(findDates(`${opening} ${clause}`, grammar));
  const ownPast = own.filter((c) => has(c, "past"));
  const openingPast = cuesIn(opening, g).filter((c) => has(c, "past"));
  const undated = signed !== null && signed.length < 10;
  const status = ownPast.length || openingPast.length || undated ? "referenced" : "signed_here";
  // (Which past a meeting told with it may share: words pointing back to the time told last alone, wherever they stand,
  // or else the opening's alone.)
  // (A signing dated only by a month or a year, with no word of the past, "Tháng 5/2019, A và B đã ký …", is of the time
  // the opening writes: the meeting its sentence tells at that time signs it.)
  const pastCues = [...ownPast, ...openingPast];
  const told = pastCues.length > 0 && pastCues.every((c) => g.pointsBackInTime(c.form));
  return { status, signed, pastOf: status === "signed_here" ? null : told ? "told" : !ownPast.length ? "opening" : null };
}

/**
 * The catalogued document a title names. With a signing date stated, also: for a title of party words alone ("Bản ghi
 * nhớ giữa Bộ Quốc phòng hai nước"), the one catalogued document of its kind signed in that day, month or year; for a
 * title with a subject of its own (`named`), the one it names read with its clause before it, which may give with the
 * signers a word the title leaves out ("năm 2011, Bộ Quốc phòng hai nước ký Bản ghi nhớ về hợp tác và giao lưu").
 */
function cataloguedAs(span: Span, kind: AgreementKind, signed: string | null, named: boolean, sentence: string, catalogue: DocumentCatalogue): CatalogueDocument | null {
  const byTitle = catalogue.named(span.title, signed);
  if (byTitle || signed === null || span.catalogueOnly) return byTitle;
  return named ? catalogue.named(`${span.title} ${sentence.slice(clauseStartBefore(sentence, span.start), span.start)}`, signed) : catalogue.signedOn(kind, signed);
}

/** Where the clause that ends at `end` (exclusive) starts: after the last comma or colon before `end` (0 when none). */
function clauseStartBefore(text: string, end: number): number {
  return Math.max(text.lastIndexOf(",", end - 1), text.lastIndexOf(":", end - 1)) + 1;
}

/** The time adverbials opening a sentence, each a short segment up to its comma with a date or a past cue: "Trước đó, năm 2019, …". */
function openingTime(text: string, grammar: Grammar): string {
  let end = 0;
  for (let segment = openingSegment(text); segment !== null; segment = openingSegment(text.slice(end))) {
    const timed = findDates(segment, grammar).some((d) => d.year !== null) || cuesIn(segment, grammar.agreements).some((c) => has(c, "past"));
    if (!timed) break;
    end += segment.length;
  }
  return text.slice(0, end);
}

interface Post {
  /** A signing verb after the title modifies it: "ký ngày …", "được ký", "mà hai Bộ trưởng vừa ký". */
  readonly signing: boolean;
  /** …at the meeting reported ("được ký kết sau hội đàm"). */
  readonly here: boolean;
  /** The words after the title put its signing in the past ("ký … vào tháng 10 năm ngoái"). */
  readonly past: boolean;
  /**
   * The title is the subject of a verb of carrying a document out ("Hiệp định … được triển khai hiệu quả", a machine
   * translation's "… hiệp định được lạc thực"): a document that exists, whatever is agreed or pushed for of it now.
   */
  readonly carriedOut: boolean;
  /** …with a date that has its year ("…, ra trong chuyến thăm … hồi tháng 6/2017"): the document is one made then. */
  readonly pastDated: boolean;
  readonly signed: string | null;
}

/** What the words right after the title (up to the next comma, bracket or title) say about its signing. */
function postNominal(sentence: string, span: Span, next: number, grammar: Grammar): Post {
  const g = grammar.agreements;
  const after = sentence.slice(span.end, next);
  const lead = /^[\s,(]*/u.exec(after)![0].length;
  const head = after.slice(lead).split(/[,;()]/u)[0]!;
  const cues = cuesIn(head, g);
  const verb = cues.find((c) => has(c, ...SIGNING));
  // The verb modifies the title when nothing but its subject or "được"/"mà" comes first (no other verb).
  const signing = verb !== undefined && !cues.some((c) => c.start < verb.start && !has(c, "past", "here")) && verb.start <= 40;
  const dates = findDates(head, grammar);
  const first = dates.find((d) => d.year !== null);
  // A date right after the title ("(tháng 10-2011)", "vào tháng 10/2011") or in the signing phrase dates the signing.
  const adjacent = first && /^\s*(?:(?:vào|hồi|từ)\s+)?(?:ngày|tháng|năm)?\s*$/iu.test(head.slice(0, first.start));
  // So does a year alone in brackets right after it, as lists of documents write it ("Bản ghi nhớ … (2011), Tuyên bố …
  // (2018)"); not a plan's, whose year is the one it plans for ("Kế hoạch hợp tác (2024)").
  const bracketed = !first && after.slice(0, lead).includes("(") && grammar.agreements.kindOf(span.noun) !== "plan" ? BRACKETED_YEAR.exec(after.slice(lead))?.[1] : undefined;
  const past = cues.some((c) => has(c, "past"));
  const carriedOut = cues[0] !== undefined && has(cues[0], "implements") && g.refersBack(cues[0].form) && CARRIED_OUT_BEFORE.test(head.slice(0, cues[0].start));
  return { signing, here: signing && cues.some((c) => has(c, "here")), past, pastDated: past && first !== undefined, carriedOut, signed: first && (signing || adjacent) ? signingDate([first]) : (bracketed ?? null) };
}

/** Between a title and a verb of carrying it out whose subject it is: "được", maybe after "đã" or "đang". */
const CARRIED_OUT_BEFORE = /^\s*(?:(?:đã|đang)\s+)?được\s+$/u;

/** A year alone, closing its bracket: "2011)". */
const BRACKETED_YEAR = /^\s*((?:19|20)\d{2})\s*\)/u;

function statusOf(pre: Governing, post: Post): { status: AgreementStatus; signed: string | null; pastOf: FoundMention["pastOf"] } {
  let status: AgreementStatus = pre.status ?? "referenced";
  // A signing phrase after the title with its year ("… đã ký năm 2019") or a past cue ("… ký tháng 9 năm ngoái") tells
  // a document signed before, whatever the verbs before the title ("thúc đẩy triển khai Bản ghi nhớ … đã ký năm
  // 2019", "đề nghị sớm … Thỏa thuận … ký năm ngoái"); without either it may be the signing agreed ("nhất trí Thỏa
  // thuận … được ký trong năm").
  if (post.signing) status = post.here ? "signed_here" : (status === "agreed_to_sign" || status === "under_negotiation") && post.signed === null && !post.past ? status : "referenced";
  // (So do words after it that date it in the past, with no signing verb: "nhất trí … Tuyên bố chung …, ra trong chuyến
  // thăm … hồi tháng 6/2017" is a document made then, whatever is agreed of it now.)
  else if (post.past && (status === "signed_here" || post.pastDated)) status = "referenced";
  // (So does a title carried out: "thúc đẩy để Hiệp định … được triển khai" pushes for what was signed before.)
  else if (post.carriedOut && (status === "agreed_to_sign" || status === "under_negotiation")) status = "referenced";
  // A document still to be signed has no signing date; one signed at this meeting is dated by it unless a day is stated.
  if (status === "agreed_to_sign" || status === "under_negotiation") return { status, signed: null, pastOf: null };
  const signed = post.signed ?? pre.signed;
  if (status === "signed_here" && signed !== null && signed.length < 10) status = "referenced";
  // (Only that past, with nothing after the title that tells an earlier signing or dates it otherwise.)
  return { status, signed, pastOf: status === "referenced" && !post.signing && !post.past && post.signed === null ? pre.pastOf : null };
}

/** The last date with a year: YYYY-MM-DD, YYYY-MM or YYYY. */
function signingDate(dates: readonly DateMention[]): string | null {
  const d = dates.filter((x) => x.year !== null).at(-1);
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (d.month === null) return String(d.year);
  return d.day === null || d.kind === "range" ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

function tidy(s: string): string {
  const spaced = s.replace(/\s+/g, " ");
  // The punctuation and spaces it ends with left off: counted back from the end, where an expression anchored at the
  // end ([\s,;:–-]+$) is tried from every place. (Once spaces are single " ", they are the only space left.)
  let end = spaced.length;
  while (end > 0 && TRAILING.includes(spaced[end - 1]!)) end--;
  return spaced.slice(0, end).trim();
}
const TRAILING = " ,;:–-";

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
