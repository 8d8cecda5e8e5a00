import { findDates, isoOf } from "../lang/dates.ts";
import { sentences } from "./events.ts";

/**
 * Named bilateral documents in a text: a memorandum (Bản ghi nhớ), an
 * agreement (Hiệp định, Thỏa thuận), a joint statement or vision (Tuyên bố
 * chung, Tuyên bố Tầm nhìn chung), a cooperation plan for a year (Kế hoạch
 * hợp tác năm 2020) or minutes (Biên bản), with what the sentence says
 * happened to it. Unnamed references ("các thỏa thuận đã ký") and
 * multilateral instruments (DOC, COC, UNCLOS) are not agreements.
 */
export type AgreementKind = "memorandum" | "agreement" | "joint_statement" | "plan" | "other";
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

const NOUNS: readonly (readonly [AgreementKind, string])[] = [
  ["joint_statement", "Tuyên bố Tầm nhìn chung"],
  ["joint_statement", "Tuyên bố tầm nhìn chung"],
  ["joint_statement", "Tuyên bố chung"],
  ["memorandum", "Biên bản ghi nhớ"],
  ["memorandum", "Bản ghi nhớ"],
  ["memorandum", "Bản Ghi nhớ"],
  ["agreement", "Hiệp định"],
  ["agreement", "Thỏa thuận"],
  ["agreement", "Thoả thuận"],
  ["plan", "Kế hoạch hợp tác"],
  ["other", "Biên bản"],
  ["other", "Ý định thư"],
  ["other", "Thư ý định"],
];
// The lookahead on first letters only spares the lookbehind at every other position (2–3 times faster; same matches).
const NOUN_SOURCE = `(?=[${[...new Set(NOUNS.map(([, n]) => n[0]!.toLowerCase()))].join("")}])(?<![\\p{L}\\p{M}])(${NOUNS.map(([, n]) => n).join("|")})(?![\\p{L}\\p{M}])`;
const NOUN = new RegExp(NOUN_SOURCE, "giu");
const NOUN_IN = new RegExp(NOUN_SOURCE, "iu");
const LOWER_NOUNS = [...new Set(NOUNS.map(([, n]) => n.toLowerCase()))];
/** A cheap first look (the noun pattern ignores case): a paragraph without a noun's letters names no document. */
const mayNameDocument = (text: string) => {
  const lower = text.toLowerCase();
  return LOWER_NOUNS.some((n) => lower.includes(n));
};
const kindOf = (noun: string): AgreementKind => NOUNS.find(([, n]) => n.toLowerCase() === noun.toLowerCase())![0];

/** Before the noun: it is one of many, or not a particular document. */
const UNNAMED_BEFORE = /(?<![\p{L}\p{M}])(các|những|nhiều|một số|hai|ba|mọi)\s+$/iu;
/** Where a title ends: punctuation, or a verb or connective that starts the rest of the clause. */
const TITLE_END = /\s*(?:[,.;:()"“”《》!?]|\s(?:ký|được|đã|là|vào|nhân|trong (?:khuôn khổ|dịp|thời gian|chuyến)|với các|cho|nhằm|để|giữa hai bên|cùng|sẽ|và các|do|tại|đối với|trên cơ sở)(?![\p{L}\p{M}])|\s(?:và|cũng như)\s+(?=(?:Bản ghi nhớ|Hiệp định|Thỏa thuận|Tuyên bố|Kế hoạch|Biên bản)))/iu;
/** Multilateral instruments are out of scope. */
const MULTILATERAL = /(ASEAN|ADMM|Biển Đông|\bDOC\b|\bCOC\b|Liên hợp quốc|Liên Hợp quốc|Công ước|UNCLOS|các bên)/u;

const AGREED = /(?<![\p{L}\p{M}])(nhất trí|đồng ý|thống nhất|thỏa thuận sẽ|cam kết)(?![\p{L}\p{M}])[^.]*?(?<![\p{L}\p{M}])(sớm|sẽ|tiến tới|hướng tới)?[^.]*?(ký|ký kết)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(sẽ|sớm|sớm ngày|cần sớm|tiến tới)\s+(ký|ký kết)(?![\p{L}\p{M}])/u;
const NEGOTIATING = /(?<![\p{L}\p{M}])(đàm phán|hiệp thương|thúc đẩy|xúc tiến|soạn thảo|xây dựng)(?![\p{L}\p{M}])/u;
const SIGNED = /(?<![\p{L}\p{M}])(đã ký|ký kết|lễ ký|đã ký kết|ký và trao đổi|trao đổi|chứng kiến|ký)(?![\p{L}\p{M}])/u;
const SIGNED_WITH_DATE = /(?<![\p{L}\p{M}])(ký|ký kết|được ký|được ký kết)\s+(ngày|vào ngày|tháng|vào tháng|năm|hồi)\s/u;

export function findAgreementMentions(text: string, regions: readonly { start: number; end: number }[], machineTranslated: boolean): AgreementMention[] {
  const out: AgreementMention[] = [];
  for (const region of regions) {
    // Nine paragraphs in ten name no document: not split into sentences. (A sentence's edges are never letters, so a
    // noun found in a sentence is found in its paragraph.)
    const paragraph = text.slice(region.start, region.end);
    if (!mayNameDocument(paragraph) || !NOUN_IN.test(paragraph)) continue;
    for (const sent of sentences(text, region.start, region.end)) {
      const sentence = text.slice(sent.start, sent.end);
      for (const m of sentence.matchAll(NOUN)) {
        const at = m.index;
        const found = machineTranslated ? headFinal(sentence, at, m[0]) : null;
        const span = found ?? titleAt(sentence, at, m[0]);
        if (!span) continue;
        const { start, end, title } = span;
        if (MULTILATERAL.test(title)) continue;
        const before = sentence.slice(Math.max(0, start - 12), start);
        if (UNNAMED_BEFORE.test(before)) continue;
        const status = statusOf(sentence, start, end);
        out.push({
          start: sent.start + start,
          end: sent.start + end,
          title,
          kind: kindOf(m[0]),
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
function titleAt(sentence: string, at: number, noun: string): { start: number; end: number; title: string } | null {
  // A quoted title: “Thỏa thuận … Nhật Bản”.
  const open = sentence.slice(0, at).match(/[“"《]\s*$/);
  if (open) {
    const close = sentence.slice(at).search(/[”"》]/);
    if (close > 0) return { start: at, end: at + close, title: tidy(sentence.slice(at, at + close)) };
  }
  const rest = sentence.slice(at + noun.length);
  const stop = TITLE_END.exec(rest);
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
function headFinal(sentence: string, at: number, noun: string): { start: number; end: number; title: string } | null {
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

function statusOf(sentence: string, start: number, end: number): { status: AgreementStatus; signed: string | null } {
  const after = sentence.slice(end, end + 60);
  if (SIGNED_WITH_DATE.test(after) || /^[\s,]*(ký|ký kết|được ký|được ký kết)\s*(ngày|tháng)?\s*\d/u.test(after)) {
    const d = findDates(after)[0];
    const signed = d ? (isoOf(d) ?? (d.year && d.month ? `${d.year}-${String(d.month).padStart(2, "0")}` : null)) : null;
    return { status: "referenced", signed };
  }
  const before = sentence.slice(0, start);
  if (AGREED.test(before) || /(?<![\p{L}\p{M}])(sẽ|sớm)\s+(được\s+)?ký/u.test(sentence)) return { status: "agreed_to_sign", signed: null };
  if (SIGNED.test(before) && !/(triển khai|thực hiện|nền tảng|cơ sở|theo)\s*$/u.test(before)) return { status: "signed_here", signed: null };
  if (NEGOTIATING.test(before) && /ký|hoàn tất/u.test(before + after)) return { status: "under_negotiation", signed: null };
  return { status: "referenced", signed: null };
}

function tidy(s: string): string {
  return s.replace(/\s+/g, " ").replace(/[\s,;:–-]+$/u, "").trim();
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
