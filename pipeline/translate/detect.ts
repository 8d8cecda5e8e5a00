import { pinyinShare } from "../lang/syllables.ts";

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

export function detectMachineTranslation(text: string): Detection {
  const { pinyinTokens, distinctPinyin } = pinyinShare(text);
  const artefacts = ARTEFACTS.filter(([, re, needed]) => (needed === null || text.includes(needed)) && re.test(text)).map(([label]) => label);
  // A few pinyin-shaped words alone can be a Japanese name said ten times ("Keiji"); several distinct ones,
  // or some with an artefact of word-for-word translation, cannot.
  const machineTranslated = distinctPinyin >= 4 || (pinyinTokens >= 1 && artefacts.length >= 1) || artefacts.length >= 2;
  return { machineTranslated, pinyinTokens, artefacts };
}
