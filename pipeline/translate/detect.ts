import type { Grammar } from "../lang/lexicon.ts";
import { readingsOf } from "./pinyin.ts";
import type { HanReadings } from "./readings.ts";
import type { NameCandidate } from "./types.ts";
import { nameTokenKind, pinyinShare } from "../lang/syllables.ts";
import { nameTokens, type Token } from "../lang/tokens.ts";

/**
 * Whether an article is a machine translation from Chinese, from general
 * signals: capitalised tokens that are valid pinyin but not Vietnamese
 * syllables (orthography, not a word list), and artefacts that Chinese
 * wire copy leaves when rendered word for word.
 */
export interface Detection {
  readonly machineTranslated: boolean;
  /** Name-like tokens that are pinyin and not Vietnamese. */
  readonly pinyinTokens: number;
  /** Labels of the artefacts found. */
  readonly artefacts: readonly string[];
}

/** Label, pattern, and a string every match contains (a quick test before the pattern, which mostly fails). */
const ARTEFACTS: readonly (readonly [string, RegExp, string | null])[] = [
  ["wire dateline 'ngày … điện' (…日电)", /ngày \d{1,2} tháng \d{1,2}[^.\n]{0,30}(?<!\p{L})điện(?!\p{L})/u, "điện"],
  ["Chinese date order 'N ngày buổi …' (N日下午)", /(?<![\d\p{L}])\d{1,2} ngày buổi (sáng|chiều|tối|trưa)(?!\p{L})/u, " ngày buổi "],
  ["'biểu thị' for 表示 (said)", /(?<!\p{L})biểu thị(?!\p{L})/u, "biểu thị"],
  ["'Phòng vệ Đại thần' for 防衛大臣", /Phòng vệ Đại thần/, "Phòng vệ Đại thần"],
  ["'bị vong lục' for 备忘录 (memorandum)", /bị vong lục/i, null],
  ["'Nhật phương' / 'Việt phương' for 日方 / 越方", /(?<![\p{L}])(Nhật|Việt) phương(?![\p{L}])/u, " phương"],
  ["Chinese editor credit '(… biên tập: …)'", /\((Trách nhiệm )?[Bb]iên tập\s*:/, "iên tập"],
  ["title after the country, Chinese order ('Việt Nam Quốc phòng bộ trưởng')", /(Việt Nam|Nhật Bản) Quốc phòng bộ (trưởng|thứ trưởng)/, " Quốc phòng bộ "],
  ["'CPC' for the Communist Party of Vietnam", /\bCPC\b(?=[\s\S]*Việt Nam)/, "CPC"],
];

/**
 * With `names`, one more artefact: a Vietnamese person written in pinyin (`vietnameseInPinyin`), so a short
 * translated excerpt whose one sign is a garbled name is read as a translation too.
 */
export function detectMachineTranslation(text: string, names?: PinyinNames): Detection {
  const { pinyinTokens, distinctPinyin } = pinyinShare(text);
  const artefacts = ARTEFACTS.filter(([, re, needed]) => (needed === null || text.includes(needed)) && re.test(text)).map(([label]) => label);
  if (names) for (const name of vietnameseInPinyin(text, names)) artefacts.push(`a Vietnamese person written in pinyin ("${name}")`);
  // A few pinyin-shaped words alone can be a Japanese name said ten times ("Keiji"); several distinct ones,
  // or some with an artefact of word-for-word translation, cannot.
  const machineTranslated = distinctPinyin >= 4 || (pinyinTokens >= 1 && artefacts.length >= 1) || artefacts.length >= 2;
  return { machineTranslated, pinyinTokens, artefacts };
}

/** What `vietnameseInPinyin` needs: the grammar, and the pinyin of the characters Vietnamese family names are read from ("ruan" for Nguyễn). */
export interface PinyinNames {
  readonly grammar: Grammar;
  readonly surnamePinyin: ReadonlySet<string>;
}

/**
 * The pinyin of Vietnamese family names, lower case: of the characters whose Sino-Vietnamese reading is one (阮
 * Nguyễn: ruan), and of the family names of the Vietnamese people the registry knows, from their characters or
 * guessed from their syllables (Phạm: fan).
 */
export function surnamePinyin(surnames: ReadonlySet<string>, hanviet: ReadonlyMap<string, readonly string[]>, readings: Readonly<Record<string, HanReadings>>, candidates: readonly NameCandidate[]): Set<string> {
  const lower = new Set([...surnames].map((s) => s.toLowerCase()));
  const out = new Set<string>();
  for (const [han, vi] of hanviet) if (vi.some((v) => lower.has(v.toLowerCase()))) for (const r of readings[han]?.dictionary ?? []) out.add(r.toLowerCase());
  for (const c of candidates) {
    if (c.origin !== "vietnamese") continue;
    for (const r of c.guessedReadings?.[0] ?? []) out.add(r.toLowerCase());
    if (c.han) for (const r of readingsOf(c.han)[0] ?? []) out.add(r.toLowerCase());
  }
  return out;
}

/**
 * Vietnamese people written in pinyin, which Vietnamese prose never does (it writes its own people in Vietnamese,
 * Chinese ones in Sino-Vietnamese, Japanese ones in romaji): a name of two to four words that opens with a Vietnamese
 * family name, in Vietnamese or in the pinyin of its character ("Phan Wenjiang", "Ruan Wenyi"), has a pinyin word and
 * no romaji one, and is given Vietnam as its side right before it ("Bộ trưởng Quốc phòng Việt Nam Feng Guangqing") or
 * in the post right after it (", Thứ trưởng Bộ Quốc phòng Việt Nam,"). A country the post is stationed in is no side
 * ("Đại sứ Trung Quốc tại Việt Nam …"). Distinct names, in order.
 */
export function vietnameseInPinyin(text: string, { grammar, surnamePinyin }: PinyinNames): string[] {
  const found = new Set<string>();
  for (const whole of nameRuns(text)) {
    // The country before a name runs into its capitalised words: "Việt Nam Phan Wenjiang".
    let run = whole;
    let country = false;
    while (run.length && grammar.placeNames.overlaps(text, run[0]!.start, run[0]!.end)) {
      country ||= /^(?:Việt|Nam)$/u.test(run[0]!.text);
      run = run.slice(1);
    }
    if (run.length < 2 || run.length > 4) continue;
    const kinds = run.map((t) => nameTokenKind(t.text));
    if (!kinds.includes("pinyin") || kinds.includes("romaji")) continue;
    const first = run[0]!.text;
    if (!grammar.vnSurnames.has(first) && !surnamePinyin.has(first.toLowerCase())) continue;
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    const post = (/^\s*[,–-]\s*([^,.;\n()]{0,120})/u.exec(text.slice(end, end + 140))?.[1] ?? "").replace(grammar.placedCountry, " ");
    const side = country || /Việt Nam\s+$/u.test(text.slice(Math.max(0, start - 12), start)) || (/Việt Nam/u.test(post) && !/Nhật Bản/u.test(post) && !grammar.foreignCountry.test(post));
    if (side) found.add(text.slice(start, end));
  }
  return [...found];
}

/** Capitalised name-like words (`nameTokens`) run together by single spaces. */
function nameRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  for (const t of nameTokens(text)) {
    const last = runs.at(-1);
    if (last && t.start - last.at(-1)!.end === 1 && text[t.start - 1] === " ") last.push(t);
    else runs.push([t]);
  }
  return runs;
}
