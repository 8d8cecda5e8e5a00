import { findDates, isoOf } from "../lang/dates.ts";
import type { AgreementGrammar, AgreementKind, Grammar } from "../lang/lexicon.ts";
import { sentences } from "../lang/sentences.ts";

/**
 * Named bilateral documents in a text: a memorandum (Bản ghi nhớ), an
 * agreement (Hiệp định, Thỏa thuận), a joint statement or vision (Tuyên bố
 * chung, Tuyên bố Tầm nhìn chung), a cooperation plan for a year (Kế hoạch
 * hợp tác năm 2020) or minutes (Biên bản), with what the sentence says
 * happened to it. Unnamed references ("các thỏa thuận đã ký") and
 * multilateral instruments (DOC, COC, UNCLOS) are not agreements.
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
  /** A signing date the sentence states for it ("ký kết ngày 15/9/2015"), ISO; month precision gives "YYYY-MM". */
  readonly signed: string | null;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** The noun patterns of a grammar, compiled once per grammar. */
const nounPatterns = new WeakMap<AgreementGrammar, { readonly all: RegExp; readonly one: RegExp }>();
function nounsOf(g: AgreementGrammar): { readonly all: RegExp; readonly one: RegExp } {
  let n = nounPatterns.get(g);
  if (!n) nounPatterns.set(g, (n = { all: new RegExp(g.nounSource, "giu"), one: new RegExp(g.nounSource, "iu") }));
  return n;
}

export function findAgreementMentions(text: string, regions: readonly { start: number; end: number }[], machineTranslated: boolean, grammar: Grammar): AgreementMention[] {
  const g = grammar.agreements;
  const { all: NOUN, one: NOUN_IN } = nounsOf(g);
  const out: AgreementMention[] = [];
  for (const region of regions) {
    // Nine paragraphs in ten name no document: not split into sentences. (A sentence's edges are never letters, so a
    // noun found in a sentence is found in its paragraph.)
    const paragraph = text.slice(region.start, region.end);
    if (!mayNameDocument(g, paragraph) || !NOUN_IN.test(paragraph)) continue;
    for (const sent of sentences(text, region.start, region.end)) {
      const sentence = text.slice(sent.start, sent.end);
      for (const m of sentence.matchAll(NOUN)) {
        const at = m.index;
        const found = machineTranslated ? headFinal(sentence, at, m[0], NOUN_IN) : null;
        const span = found ?? titleAt(sentence, at, m[0], g);
        if (!span) continue;
        const { start, end, title } = span;
        if (g.multilateral.test(title)) continue;
        const before = sentence.slice(Math.max(0, start - 12), start);
        if (g.unnamedBefore.test(before)) continue;
        const status = statusOf(sentence, start, end, grammar);
        out.push({
          start: sent.start + start,
          end: sent.start + end,
          title,
          kind: g.kindOf(m[0]),
          status: status.status,
          signed: status.signed,
          sentenceStart: sent.start,
          sentenceEnd: sent.end,
        });
      }
    }
  }
  // One document named twice in a sentence ("Bản ghi nhớ … Văn kiện …") is one mention; keep distinct titles.
  return out.filter((a, i) => !out.slice(0, i).some((b) => b.sentenceStart === a.sentenceStart && b.title === a.title));
}

/** The title that starts at a document noun, or null when nothing names a particular document. */
function titleAt(sentence: string, at: number, noun: string, g: AgreementGrammar): { start: number; end: number; title: string } | null {
  // A quoted title: “Thỏa thuận … Nhật Bản”.
  const open = sentence.slice(0, at).match(/[“"《]\s*$/);
  if (open) {
    const close = sentence.slice(at).search(/[”"》]/);
    if (close > 0) return { start: at, end: at + close, title: tidy(sentence.slice(at, at + close)) };
  }
  const rest = sentence.slice(at + noun.length);
  const stop = g.titleEnd.exec(rest);
  const end = at + noun.length + (stop ? stop.index : rest.length);
  const title = tidy(sentence.slice(at, end));
  const complement = title.slice(noun.length).trim();
  const capitalised = /^\p{Lu}/u.test(noun);
  // A lower-case noun names a document only with what it is about, between whom, or for which year.
  if (!complement) return null;
  if (!capitalised && !/^(về|giữa)\s|(?<!\d)(19|20)\d{2}(?!\d)/u.test(complement)) return null;
  if (/^(này|đó|trên|nói trên)$/u.test(complement)) return null;
  return { start: at, end, title };
}

/**
 * Chinese puts the head noun last; machine translations keep that order:
 * "《Việt Nam chính phủ và Nhật Bản chính phủ về … chuyển giao hiệp định》",
 * "về an ninh mạng hợp tác bản ghi nhớ". The title is rebuilt noun first.
 */
function headFinal(sentence: string, at: number, noun: string, NOUN_IN: RegExp): { start: number; end: number; title: string } | null {
  const after = sentence.slice(at + noun.length);
  const bracket = sentence.lastIndexOf("《", at);
  if (bracket >= 0 && /^\s*》/.test(after) && !sentence.slice(bracket, at).includes("》")) {
    const body = sentence.slice(bracket + 1, at).trim();
    return { start: bracket + 1, end: at + noun.length, title: tidy(`${capital(noun)} ${body}`) };
  }
  const about = sentence.slice(0, at).match(/(?<![\p{L}\p{M}])về\s+((?:(?!(?<![\p{L}\p{M}])về\s)[^,.;])+?)\s*$/u);
  if (about && !NOUN_IN.test(about[1]!)) {
    const start = at - about[0].length;
    return { start, end: at + noun.length, title: tidy(`${capital(noun)} ${about[0].trim()}`) };
  }
  return null;
}

function statusOf(sentence: string, start: number, end: number, grammar: Grammar): { status: AgreementStatus; signed: string | null } {
  const g = grammar.agreements;
  const after = sentence.slice(end, end + 60);
  if (signedWithDate(g).test(after)) {
    const d = findDates(after, grammar)[0];
    const signed = d ? (isoOf(d) ?? (d.year && d.month ? `${d.year}-${String(d.month).padStart(2, "0")}` : null)) : null;
    return { status: "referenced", signed };
  }
  const before = sentence.slice(0, start);
  if (g.agreed.test(before) || g.futureSigning.test(sentence)) return { status: "agreed_to_sign", signed: null };
  if (g.signed.test(before) && !g.implementsBefore.test(before)) return { status: "signed_here", signed: null };
  if (g.negotiating.test(before) && /ký|hoàn tất/u.test(before + after)) return { status: "under_negotiation", signed: null };
  return { status: "referenced", signed: null };
}

function tidy(s: string): string {
  return s.replace(/\s+/g, " ").replace(/[\s,;:–-]+$/u, "").trim();
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const withDate = new WeakMap<AgreementGrammar, RegExp>();
/** Right after a title: a signing verb and its date ("ký ngày 15/9/2015", "được ký kết vào tháng 10"): an earlier signing. */
function signedWithDate(g: AgreementGrammar): RegExp {
  let re = withDate.get(g);
  if (!re) {
    const verb = g.signVerbSource;
    re = new RegExp(`^(?:[\\s\\S]*?(?<![\\p{L}\\p{M}])${verb}\\s+(?:ngày|vào ngày|tháng|vào tháng|năm|hồi)\\s|[\\s,]*${verb}\\s*(?:ngày|tháng)?\\s*\\d)`, "u");
    withDate.set(g, re);
  }
  return re;
}

/** A cheap first look (the noun pattern ignores case): a paragraph without a noun's letters names no document. */
function mayNameDocument(g: AgreementGrammar, text: string): boolean {
  const lower = text.toLowerCase();
  return g.lowerNouns.some((n) => lower.includes(n));
}
