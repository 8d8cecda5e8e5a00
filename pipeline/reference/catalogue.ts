import { combineReadings } from "../translate/combine.ts";
import type { Agreement, Instrument } from "../generated/reference.ts";

/**
 * The catalogues of documents (reference/agreements.json, the Vietnam–Japan
 * ones; reference/instruments-other.json, those of other parties) compiled
 * into the questions the extractor asks: which document does this title
 * name, whatever its wording, and is it an instrument of other parties.
 *
 * A text names an entry when every group of the entry's distinctive words
 * has one of its phrases in the text, after folding case, old and new tone
 * placement, dashes and spacing (`fold`). A phrase in Chinese characters
 * ("维和") is also named by its Sino-Vietnamese reading ("duy hòa"), as a
 * machine translation from Chinese may write it.
 */
export type DatePrecision = "day" | "month" | "year";

/** A Vietnam–Japan document of the catalogue, as a mention takes it over. */
export interface CatalogueDocument {
  readonly id: string;
  readonly title: string;
  readonly kind: Agreement["kind"];
  /** ISO date (the first of the month or year at a lower precision), or null. */
  readonly date_signed: string | null;
  readonly date_precision: DatePrecision | null;
}

export interface DocumentCatalogue {
  /**
   * The document a title names, or null when none does or two do equally
   * well. `signed`, a signing date the text states (YYYY, YYYY-MM or
   * YYYY-MM-DD), rules out a document signed at another time.
   */
  named(title: string, signed: string | null): CatalogueDocument | null;
  /**
   * The one document of this kind known to be signed within this date (a day, month or year: YYYY-MM-DD, YYYY-MM
   * or YYYY), else null. A document the catalogue dates less precisely than the date asked for is not known to fit.
   */
  signedOn(kind: string, signed: string): CatalogueDocument | null;
  /**
   * The multilateral instrument a title names, or the instrument of another
   * pair of countries it names when `context` (the sentence, the headline)
   * supplies what the title leaves out (the third country), else null.
   */
  otherInstrument(title: string, context: string): Instrument | null;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TONED_A = "àáảãạ";
const TONED_E = "èéẻẽẹ";
const TONED_Y = "ỳýỷỹỵ";
const O = "òóỏõọ";
const U = "ùúủũụ";

/**
 * A text folded for matching: NFC, lower case, old-style tone placement
 * (hoà, thoả, thuý) to the modern one (hòa, thỏa, thúy), punctuation and
 * dashes to spaces, runs of spaces to one.
 */
export function fold(text: string): string {
  let s = text.normalize("NFC").toLowerCase();
  s = s.replace(/o([àáảãạèéẻẽẹ])/g, (_, v: string) => {
    const i = TONED_A.indexOf(v);
    return i >= 0 ? `${O[i]}a` : `${O[TONED_E.indexOf(v)]}e`;
  });
  s = s.replace(/u([ỳýỷỹỵ])/g, (_, v: string) => `${U[TONED_Y.indexOf(v)]}y`);
  return s.replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim();
}

/** A phrase compiled once: folded, and whether it is matched as a substring (CJK) or as whole words. */
interface Phrase {
  readonly folded: string;
  readonly cjk: boolean;
}

function phrase(p: string): Phrase {
  const folded = fold(p);
  return CJK.test(folded) ? { folded: folded.replace(/ /g, ""), cjk: true } : { folded, cjk: false };
}

/** A folded text in the two forms phrases are looked for in: padded with spaces (whole words) and without spaces (CJK). */
interface Searchable {
  readonly padded: string;
  readonly compact: string;
}
const searchable = (folded: string): Searchable => ({ padded: ` ${folded} `, compact: folded.replace(/ /g, "") });

/** The length of the longest phrase of a group found in a folded text (0: none). */
function longestIn(text: Searchable, group: readonly Phrase[]): number {
  let best = 0;
  for (const p of group) {
    const found = p.cjk ? text.compact.includes(p.folded) : text.padded.includes(` ${p.folded} `);
    if (found && p.folded.length > best) best = p.folded.length;
  }
  return best;
}

/** How well a folded text names an entry: the length of the phrases it matches, 0 when a group has none. */
function score(text: Searchable, groups: readonly (readonly Phrase[])[]): number {
  let total = 0;
  for (const g of groups) {
    const n = longestIn(text, g);
    if (!n) return 0;
    total += n;
  }
  return total;
}

/** Whether a text names an entry by its distinctive words: every group has a phrase in the text. */
export function namesEntry(text: string, groups: readonly (readonly string[])[]): boolean {
  return score(searchable(fold(text)), groups.map((g) => g.map(phrase))) > 0;
}

/** A date cut to a precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export function atPrecision(date: string, precision: DatePrecision): string {
  return date.slice(0, precision === "day" ? 10 : precision === "month" ? 7 : 4);
}

/** Two dates of any precision agree when the coarser is a prefix of the finer. */
export function datesAgree(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** A catalogue document's date agrees with a stated one (at the coarser of the two precisions); an unknown date agrees with anything. */
export function documentDateAgrees(doc: CatalogueDocument, date: string): boolean {
  return !doc.date_signed || !doc.date_precision || datesAgree(atPrecision(doc.date_signed, doc.date_precision), date);
}

const built = new WeakMap<readonly Agreement[], DocumentCatalogue>();

export function documentCatalogue(agreements: readonly Agreement[], instruments: readonly Instrument[], hanviet: Readonly<Record<string, readonly string[]>> = {}): DocumentCatalogue {
  let c = built.get(agreements);
  if (!c) built.set(agreements, (c = compile(agreements, instruments, hanviet)));
  return c;
}

function compile(agreements: readonly Agreement[], instruments: readonly Instrument[], hanviet: Readonly<Record<string, readonly string[]>>): DocumentCatalogue {
  const groupsOf = (words: readonly (readonly string[])[]) => words.map((g) => [...new Set(g.flatMap((w) => [w, ...readings(w, hanviet)]))].map(phrase));
  const docs = agreements.map((a) => ({
    doc: { id: a.agreement_id, title: a.title_vi, kind: a.kind, date_signed: a.date_signed, date_precision: a.date_precision } satisfies CatalogueDocument,
    groups: groupsOf(a.distinctive_words),
  }));
  const others = instruments.map((i) => ({ instrument: i, groups: groupsOf(i.distinctive_words) }));
  // Titles recur from article to article ("Bản ghi nhớ về hợp tác quốc phòng"): what depends on the title alone is
  // worked out once per title (bounded: a corpus of unusual titles cannot grow it without limit).
  interface TitleFacts {
    /** Catalogue entries the title names, with their scores, in catalogue order. */
    readonly scored: readonly { readonly doc: CatalogueDocument; readonly score: number }[];
    /** Instruments that may be the one named: multilateral ones the title names; bilateral ones with a word in it (their context decides). */
    readonly others: readonly (typeof others)[number][];
  }
  const facts = new Map<string, TitleFacts>();
  const factsOf = (title: string): TitleFacts => {
    let f = facts.get(title);
    if (!f) {
      const own = searchable(fold(title));
      f = {
        scored: docs.map(({ doc, groups }) => ({ doc, score: score(own, groups) })).filter((d) => d.score > 0),
        others: others.filter(({ instrument, groups }) => (instrument.scope === "multilateral" ? score(own, groups) > 0 : groups.some((g) => longestIn(own, g) > 0))),
      };
      if (facts.size > 50_000) facts.clear();
      facts.set(title, f);
    }
    return f;
  };
  return {
    named(title, signed) {
      let best: CatalogueDocument | null = null;
      let bestScore = 0;
      let tie = false;
      for (const { doc, score: s } of factsOf(title).scored) {
        if (signed && !documentDateAgrees(doc, signed)) continue;
        if (s > bestScore) [best, bestScore, tie] = [doc, s, false];
        else if (s === bestScore) tie = true;
      }
      return tie ? null : best;
    },
    signedOn(kind, signed) {
      const fits = docs.filter(({ doc }) => doc.kind === kind && doc.date_signed && doc.date_precision && atPrecision(doc.date_signed, doc.date_precision).length >= signed.length && datesAgree(doc.date_signed, signed));
      return fits.length === 1 ? fits[0]!.doc : null;
    },
    otherInstrument(title, context) {
      // The title and its context, folded only when a bilateral instrument's words are in the title.
      let around: Searchable | undefined;
      for (const { instrument, groups } of factsOf(title).others) {
        if (instrument.scope === "multilateral" || score((around ??= searchable(fold(`${title} ${context}`))), groups)) return instrument;
      }
      return null;
    },
  };
}

/** At most this many readings of one phrase in Chinese characters (each character may have several). */
const MAX_READINGS = 8;

/**
 * The Sino-Vietnamese readings of a phrase written in Chinese characters ("维和": "duy hoà"), every character read,
 * most likely first (`combineReadings`); none when a character has no reading or the phrase is not all characters.
 */
function readings(phrase: string, hanviet: Readonly<Record<string, readonly string[]>>): string[] {
  const chars = [...phrase];
  if (!chars.length || !chars.every((c) => /\p{Script=Han}/u.test(c))) return [];
  return combineReadings(chars.map((c) => hanviet[c] ?? []), MAX_READINGS).map((seq) => seq.join(" "));
}
