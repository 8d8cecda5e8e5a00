import { sha256 } from "../core/hash.ts";
import type { DatePrecision } from "../reference/catalogue.ts";
import type { AgreementKind, AgreementMention } from "./agreements.ts";

/**
 * One document, many mentions. Mentions that name a catalogued document
 * are that document, whatever their wording: its canonical title, kind and
 * signing date, and an id from its catalogue id. Other mentions of the same
 * kind are one agreement (a catalogued one included) when their titles share
 * most of their distinctive words (the words that name the parties say
 * nothing about which document it is), or when they share the signing date
 * and some distinctive words (a machine translation's word order still
 * shares the words). The canonical title of a document outside the
 * catalogue is the fullest one a Vietnamese-written article gives.
 */
export interface PlacedMention extends AgreementMention {
  readonly article_id: string;
  readonly machineTranslated: boolean;
  /** ISO signing date this mention establishes (its meeting's date when signed there, or the date it states). */
  readonly date: string | null;
}

export interface Agreement {
  readonly agreement_id: string;
  readonly title: string;
  readonly kind: AgreementKind;
  /** ISO date; the first of the month or year at a lower precision. */
  readonly date_signed: string | null;
  readonly date_precision: DatePrecision | null;
  /** The catalogue id, or null. */
  readonly reference_id: string | null;
  readonly mentions: readonly PlacedMention[];
}

/** Words that name the parties, the kind of document or cooperation in general: they say nothing about which document it is. */
const PARTY_WORDS = new Set(
  "giua va ve cua hai bo quoc phong chinh phu viet nam nhat ban nuoc trong linh vuc ban ghi nho bien hiep dinh thoa thuan tuyen bo ke hoach hop tac".split(" "),
);

export function titleWords(title: string): Set<string> {
  const folded = title.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  return new Set(folded.replace(/[^a-z0-9 ]/g, " ").split(/\s+/).filter((w) => w.length > 1 && !PARTY_WORDS.has(w)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
}

/**
 * The dates some of a group's forms were stated with. Two dates agree when equal, or
 * when one is the month ("2011-10") of the other: when one starts with the other. A
 * missing date neither agrees nor disagrees. The dates are indexed by their lengths and
 * prefixes, so asking whether any of them agrees with a mention's date costs a few
 * lookups, however many dates there are.
 */
class DateIndex {
  private any = false;
  private undated = false;
  private readonly dates = new Set<string>();
  /** The lengths of the stored dates: a date starts with a stored one exactly when its prefix of that length is stored. */
  private readonly lengths = new Set<number>();
  /** For each length a date has been asked about, the prefixes of that length of the stored dates. */
  private readonly prefixes = new Map<number, Set<string>>();

  add(date: string | null): void {
    this.any = true;
    if (!date) {
      this.undated = true;
      return;
    }
    if (this.dates.has(date)) return;
    this.dates.add(date);
    this.lengths.add(date.length);
    for (const [n, prefixes] of this.prefixes) if (n <= date.length) prefixes.add(date.slice(0, n));
  }

  /** Some stored date agrees with `date`. */
  agrees(date: string | null): boolean {
    if (!date) return false;
    if (this.prefixesOfLength(date.length).has(date)) return true;
    for (const n of this.lengths) if (n <= date.length && this.dates.has(date.slice(0, n))) return true;
    return false;
  }

  /** Some stored date (or a missing one) does not disagree with `date`. */
  allows(date: string | null): boolean {
    return this.any && (!date || this.undated || this.agrees(date));
  }

  /** The prefixes of length `n` of the stored dates, indexed on first use and kept up to date by `add`. */
  private prefixesOfLength(n: number): Set<string> {
    let prefixes = this.prefixes.get(n);
    if (!prefixes) {
      prefixes = new Set();
      for (const d of this.dates) if (n <= d.length) prefixes.add(d.slice(0, n));
      this.prefixes.set(n, prefixes);
    }
    return prefixes;
  }
}

/** A group's forms that share one set of distinctive words: they differ only in date and translation. */
interface WordForm {
  readonly words: Set<string>;
  /** Dates of all these forms. */
  readonly all: DateIndex;
  /** Dates of the machine-translated ones. */
  readonly mt: DateIndex;
}

/**
 * A mention belongs with a form when their dates do not disagree and their titles share
 * half their distinctive words, or a third when the dates agree or either is machine
 * translated (a machine translation reorders and rewords a title). The similarity
 * depends only on the words, so it is computed once for all the forms that share them.
 */
function matchesForm(form: WordForm, words: Set<string>, m: PlacedMention): boolean {
  const sim = similarity(form.words, words);
  if (sim >= 0.5 || (sim >= 0.3 && m.machineTranslated)) return form.all.allows(m.date);
  if (sim >= 0.3) return form.all.agrees(m.date) || form.mt.allows(m.date);
  return false;
}

/** The first group (by index) a mention outside the catalogue joins: one sharing a word (or its kind, for a title of none) whose forms it matches. */
function matchingGroup(m: PlacedMention, words: Set<string>, forms: readonly Map<string, WordForm>[], byWord: ReadonlyMap<string, Set<number>>, byKind: ReadonlyMap<string, Set<number>>): number | undefined {
  const candidates = new Set<number>();
  for (const w of words) for (const g of byWord.get(`${m.kind}|${w}`) ?? []) candidates.add(g);
  if (!words.size) for (const g of byKind.get(m.kind) ?? []) candidates.add(g);
  return [...candidates].sort((a, b) => a - b).find((g) => [...forms[g]!.values()].some((form) => matchesForm(form, words, m)));
}

export function mergeAgreements(all: readonly PlacedMention[]): Agreement[] {
  // Catalogued mentions first, so that a mention outside the catalogue can join the document its words name.
  const mentions = [...all.filter((m) => m.document), ...all.filter((m) => !m.document)];
  const catalogued = new Map<string, number>();
  const groups: PlacedMention[][] = [];
  // Each group compared once per distinct set of distinctive words it holds, found through the words it shares.
  const forms: Map<string, WordForm>[] = [];
  const byWord = new Map<string, Set<number>>();
  const byKind = new Map<string, Set<number>>();
  // Titles recur across articles: each distinct one is folded into its words (and their key) once.
  const folded = new Map<string, { words: Set<string>; key: string }>();
  for (const m of mentions) {
    let title = folded.get(m.title);
    if (!title) {
      const words = titleWords(m.title);
      title = { words, key: [...words].sort().join(" ") };
      folded.set(m.title, title);
    }
    const { words, key } = title;
    const group = m.document ? catalogued.get(m.document.id) : matchingGroup(m, words, forms, byWord, byKind);
    const g = group ?? groups.push([]) - 1;
    if (group === undefined) forms.push(new Map());
    if (m.document) catalogued.set(m.document.id, g);
    groups[g]!.push(m);
    // Recording a form again changes nothing, so every mention records its own.
    let form = forms[g]!.get(key);
    if (!form) {
      form = { words, all: new DateIndex(), mt: new DateIndex() };
      forms[g]!.set(key, form);
    }
    form.all.add(m.date);
    if (m.machineTranslated) form.mt.add(m.date);
    for (const w of words) (byWord.get(`${m.kind}|${w}`) ?? byWord.set(`${m.kind}|${w}`, new Set()).get(`${m.kind}|${w}`)!).add(g);
    (byKind.get(m.kind) ?? byKind.set(m.kind, new Set()).get(m.kind)!).add(g);
  }
  // The id names a document by kind, title and latest date; groups it cannot tell apart are that one
  // document (two articles naming it only in party words, which match nothing), so one id is one row.
  const byId = new Map<string, PlacedMention[]>();
  for (const g of groups) {
    const id = agreementId(g);
    const same = byId.get(id);
    if (same) same.push(...g);
    else byId.set(id, g);
  }
  return [...byId]
    .map(([agreement_id, g]): Agreement => {
      const doc = g[0]!.document;
      if (doc) return { agreement_id, title: doc.title, kind: doc.kind, ...refined(doc, g), reference_id: doc.id, mentions: g };
      return { agreement_id, title: canonicalTitle(g), kind: g[0]!.kind, ...signingDate(g), reference_id: null, mentions: g };
    })
    .sort((a, b) => a.title.localeCompare(b.title) || a.agreement_id.localeCompare(b.agreement_id));
}

/** The fullest title a Vietnamese-written mention gives (a machine translation's only when none is), capitalised. */
function canonicalTitle(g: readonly PlacedMention[]): string {
  const preferred = g.filter((m) => !m.machineTranslated);
  const pool = preferred.length ? preferred : g;
  const title = [...pool].sort((a, b) => b.title.length - a.title.length || a.title.localeCompare(b.title))[0]!.title;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const PRECISION: Record<number, DatePrecision> = { 10: "day", 7: "month", 4: "year" };

/**
 * A catalogued document's signing date, made precise by the articles: where the catalogue knows only the month or
 * the year, the one day within it that the mentions give (stated, or the day of the meeting it was signed at).
 * Mentions that give different days leave the catalogue's date.
 */
function refined(doc: { date_signed: string | null; date_precision: DatePrecision | null }, g: readonly PlacedMention[]): { date_signed: string | null; date_precision: DatePrecision | null } {
  const catalogue = { date_signed: doc.date_signed, date_precision: doc.date_precision };
  if (!doc.date_signed || (doc.date_precision !== "month" && doc.date_precision !== "year")) return catalogue;
  const prefix = doc.date_signed.slice(0, doc.date_precision === "month" ? 7 : 4);
  const days = new Set(g.map((m) => m.date).filter((d): d is string => d !== null && d.length === 10 && d.startsWith(prefix)));
  return days.size === 1 ? { date_signed: [...days][0]!, date_precision: "day" } : catalogue;
}

/** The most precise signing date the mentions give (the earliest of those): YYYY-MM or YYYY is given as its first day. */
function signingDate(g: readonly PlacedMention[]): { date_signed: string | null; date_precision: DatePrecision | null } {
  const dates = g.map((m) => m.date).filter((d): d is string => d !== null && d.length in PRECISION);
  const best = dates.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
  if (!best) return { date_signed: null, date_precision: null };
  const precision = PRECISION[best.length]!;
  return { date_signed: `${best}${"-01-01".slice(best.length - 4)}`, date_precision: precision };
}

/**
 * A catalogued document's id comes from its catalogue id. Other mentions with one title and kind are one agreement
 * unless their signing dates differ: the date tells them apart.
 */
function agreementId(g: readonly PlacedMention[]): string {
  const doc = g[0]!.document;
  if (doc) return sha256(`agreement|catalogue|${doc.id}`).slice(0, 16);
  return sha256(`agreement|${g[0]!.kind}|${canonicalTitle(g)}|${g.map((m) => m.date ?? "").sort().at(-1)}`).slice(0, 16);
}
