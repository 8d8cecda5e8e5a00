/**
 * Orthography rules for telling Vietnamese syllables from Mandarin pinyin
 * (and long Japanese romaji words) — rules, not word lists.
 *
 * Vietnamese: syllable = onset + rhyme, rhyme = [medial o|u] + nucleus + [coda],
 * one tone mark at most, with the spelling constraints of quốc ngữ
 * (k/gh/ngh before front vowels, c/g/ng elsewhere, qu for /kw/, gi as an onset,
 * only sắc or nặng on a syllable closed by c/ch/p/t).
 *
 * Pinyin: the initials × finals table of Standard Mandarin, with the spelling
 * rules for the zero initial (y-, w-, yu-), ü written u after j/q/x, and the
 * apostrophe rule (inside a word, a syllable starting with a, o or e must be
 * preceded by an apostrophe) that makes splitting a joined word deterministic.
 */
import { Remembered } from "./remembered.ts";
import { nameTokens } from "./tokens.ts";

/** Orthographic class of one token. "both": a well-formed Vietnamese syllable that is also pinyin ("Li", "Long"). */
export type TokenClass = "vietnamese" | "pinyin" | "both" | "neither";

/** Share of capitalised name-like tokens in a passage that are pinyin but not Vietnamese. */
export interface PinyinShare {
  /** capitalised, not all-capitals tokens considered */
  nameTokens: number;
  /** of those, tokens that are pinyin (one syllable or a joined run) and not a Vietnamese syllable */
  pinyinTokens: number;
  /** distinct words among those: a Japanese name repeated ten times is still one */
  distinctPinyin: number;
  /** pinyinTokens / nameTokens, 0 when there is no name-like token */
  share: number;
}


// ---------------------------------------------------------------------------
// Vietnamese
// ---------------------------------------------------------------------------

type Tone = "ngang" | "huyen" | "sac" | "hoi" | "nga" | "nang";

const TONE_MARKS: ReadonlyMap<string, Tone> = new Map([
  ["\u0300", "huyen"],
  ["\u0301", "sac"],
  ["\u0309", "hoi"],
  ["\u0303", "nga"],
  ["\u0323", "nang"],
]);

/** Letters of the Vietnamese alphabet (no f, j, w, z). */
const VI_LETTERS = /^[abcdeghiklmnopqrstuvxyăâđêôơư]+$/;

/** Longest first, so that "ngh" is tried before "ng" before "n"; all are tried. */
const VI_ONSETS = [
  "ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu",
  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
] as const;

/** Codas allowed after each nucleus when there is no medial. */
const PLAIN_RHYMES: Readonly<Record<string, readonly string[]>> = {
  a: ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u"],
  ă: ["c", "m", "n", "ng", "p", "t"],
  â: ["c", "m", "n", "ng", "p", "t", "u", "y"],
  e: ["", "c", "m", "n", "ng", "p", "t", "o"],
  ê: ["", "ch", "m", "n", "nh", "p", "t", "u"],
  i: ["", "ch", "m", "n", "nh", "p", "t", "u"],
  y: [""],
  o: ["", "c", "m", "n", "ng", "p", "t", "i"],
  oo: ["c", "ng"],
  ô: ["", "c", "m", "n", "ng", "p", "t", "i"],
  ơ: ["", "m", "n", "p", "t", "i"],
  u: ["", "c", "m", "n", "ng", "p", "t", "i"],
  ư: ["", "c", "m", "n", "ng", "t", "i", "u"],
  iê: ["c", "m", "n", "ng", "p", "t", "u"],
  yê: ["c", "m", "n", "ng", "p", "t", "u"],
  ia: [""],
  uô: ["c", "m", "n", "ng", "t", "i"],
  ua: [""],
  ươ: ["c", "m", "n", "ng", "p", "t", "i", "u"],
  ưa: [""],
};

/** Rhymes with the rounding medial written o (before a, ă, e). */
const MEDIAL_O_RHYMES: Readonly<Record<string, readonly string[]>> = {
  a: ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o"],
  ă: ["c", "m", "n", "ng", "p", "t"],
  e: ["", "n", "t", "o"],
};

/** Rhymes with the rounding medial written u (before â, ê, y, yê, ya, ơ), after any onset but q. */
const MEDIAL_U_RHYMES: Readonly<Record<string, readonly string[]>> = {
  â: ["n", "ng", "t", "y"],
  ê: ["", "ch", "n", "nh"],
  y: ["", "ch", "n", "nh", "t", "u"],
  yê: ["n", "t"],
  ya: [""],
  ơ: [""],
};

/** After "qu" the medial is part of the onset; what may follow. */
const AFTER_QU_RHYMES: Readonly<Record<string, readonly string[]>> = {
  a: ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o"],
  ă: ["c", "m", "n", "ng", "p", "t"],
  â: ["n", "ng", "t", "y"],
  e: ["", "n", "t", "o"],
  ê: ["", "ch", "n", "nh"],
  i: ["", "ch", "n", "nh", "t"],
  y: ["", "ch", "n", "nh", "t", "u"],
  yê: ["n", "t"],
  ơ: [""],
  ô: ["c"],
};

interface Rhyme {
  medial: "" | "o" | "u";
  nucleus: string;
  coda: string;
}

function rhymeTable(
  table: Readonly<Record<string, readonly string[]>>,
  medial: Rhyme["medial"],
  spelledMedial: string,
): Map<string, Rhyme[]> {
  const out = new Map<string, Rhyme[]>();
  for (const [nucleus, codas] of Object.entries(table)) {
    for (const coda of codas) {
      const key = spelledMedial + nucleus + coda;
      const list = out.get(key) ?? [];
      list.push({ medial, nucleus, coda });
      out.set(key, list);
    }
  }
  return out;
}

function mergeTables(...tables: Map<string, Rhyme[]>[]): Map<string, Rhyme[]> {
  const out = new Map<string, Rhyme[]>();
  for (const t of tables) for (const [k, v] of t) out.set(k, [...(out.get(k) ?? []), ...v]);
  return out;
}

const RHYMES = mergeTables(
  rhymeTable(PLAIN_RHYMES, "", ""),
  rhymeTable(MEDIAL_O_RHYMES, "o", "o"),
  rhymeTable(MEDIAL_U_RHYMES, "u", "u"),
);
const QU_RHYMES = rhymeTable(AFTER_QU_RHYMES, "u", "");

const FRONT_NUCLEI = new Set(["i", "y", "e", "ê", "iê", "ia", "yê"]);
const STOP_CODAS = new Set(["c", "ch", "p", "t"]);

/** Strip one tone mark, lower-case, recompose. Returns null when there are several tone marks. */
function splitVietnameseTone(token: string): { base: string; tone: Tone } | null {
  let tone: Tone = "ngang";
  let marks = 0;
  let base = "";
  for (const ch of token.normalize("NFD").toLowerCase()) {
    const t = TONE_MARKS.get(ch);
    if (t) {
      tone = t;
      marks++;
    } else {
      base += ch;
    }
  }
  if (marks > 1) return null;
  return { base: base.normalize("NFC"), tone };
}

function rhymeAllowed(onset: string, r: Rhyme): boolean {
  const front = r.medial === "" && FRONT_NUCLEI.has(r.nucleus);
  // k, gh, ngh only before front vowels; c, g, ng never there (gi is its own onset).
  if ((onset === "k" || onset === "gh" || onset === "ngh") && !front) return false;
  if ((onset === "c" || onset === "g" || onset === "ng") && front) return false;
  // /kw/ is written qu, never c/k + medial.
  if ((onset === "c" || onset === "k") && r.medial !== "") return false;
  // the long diphthong is written yê with no onset, iê after one; ya only after the medial u.
  if (r.medial === "" && r.nucleus === "iê" && onset === "") return false;
  if (r.medial === "" && r.nucleus === "yê" && onset !== "") return false;
  return true;
}

function toneAllowed(r: Rhyme, tone: Tone): boolean {
  // A syllable closed by a stop takes only sắc or nặng; unmarked is tolerated (text stripped of diacritics).
  if (STOP_CODAS.has(r.coda)) return tone === "sac" || tone === "nang" || tone === "ngang";
  return true;
}

/**
 * Whether `token` is one well-formed Vietnamese syllable (case-insensitive,
 * NFC or NFD). The tone mark is optional (at most one), but the vowel letters
 * ă â ê ô ơ ư and đ are letters, not marks: "Nguyen" (for Nguyễn, needing ê)
 * is rejected, while "Trong" or "Phu" pass.
 */
export function isVietnameseSyllable(token: string): boolean {
  // (The people pass asks it of the same capitalised words from article to article: each is read once.)
  return vietnameseSyllables.of(token);
}
const vietnameseSyllables = new Remembered(readsAsVietnameseSyllable);

function readsAsVietnameseSyllable(token: string): boolean {
  const split = splitVietnameseTone(token.trim());
  if (!split) return false;
  const { base, tone } = split;
  if (base.length === 0 || !VI_LETTERS.test(base)) return false;
  for (const onset of VI_ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rest = base.slice(onset.length);
    const candidates: Array<{ rhyme: string; table: Map<string, Rhyme[]> }> = [];
    if (onset === "qu") {
      if (rest.length > 0) candidates.push({ rhyme: rest, table: QU_RHYMES });
    } else if (onset === "gi") {
      // gi + vowel (già, giữ); or the i of gi doubles as the nucleus (gì, gìn, giêng).
      if (rest.length > 0 && !/^[iy]/.test(rest)) candidates.push({ rhyme: rest, table: RHYMES });
      if (rest === "" || /^[^aăâeêioôơuưy]/.test(rest) || rest.startsWith("ê")) {
        candidates.push({ rhyme: "i" + rest, table: RHYMES });
      }
    } else {
      candidates.push({ rhyme: rest, table: RHYMES });
    }
    for (const { rhyme, table } of candidates) {
      for (const r of table.get(rhyme) ?? []) {
        // qu and gi carry their own constraints (tables above); the others go through the spelling rules.
        if (onset !== "qu" && onset !== "gi" && !rhymeAllowed(onset, r)) continue;
        if (toneAllowed(r, tone)) return true;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Pinyin
// ---------------------------------------------------------------------------

const OPEN = ["a", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong"] as const;
const U_FINALS = ["u", "ua", "uo", "uai", "ui", "uan", "un", "uang"] as const;

/**
 * The initials × finals table: for each consonant initial, the finals it
 * combines with, as written after it. "i" after zh/ch/sh/r/z/c/s is the apical
 * vowel; after j/q/x the ü finals are written u, ue, uan, un.
 */
const PINYIN_TABLE: Readonly<Record<string, readonly string[]>> = {
  b: ["a", "o", "ai", "ei", "ao", "an", "en", "ang", "eng", "i", "ie", "iao", "ian", "in", "ing", "u"],
  p: ["a", "o", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "i", "ie", "iao", "ian", "in", "ing", "u"],
  m: ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "i", "ie", "iao", "iu", "ian", "in", "ing", "u"],
  f: ["a", "o", "ei", "ou", "an", "en", "ang", "eng", "u"],
  d: ["a", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "ia", "ie", "iao", "iu", "ian", "ing", "u", "uo", "ui", "uan", "un"],
  t: ["a", "e", "ai", "ei", "ao", "ou", "an", "ang", "eng", "ong", "i", "ie", "iao", "ian", "ing", "u", "uo", "ui", "uan", "un"],
  n: ["a", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "ie", "iao", "iu", "ian", "in", "iang", "ing", "u", "uo", "uan", "ü", "üe"],
  l: ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "ang", "eng", "ong", "i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "u", "uo", "uan", "un", "ü", "üe"],
  g: [...OPEN, ...U_FINALS],
  k: [...OPEN, ...U_FINALS],
  h: [...OPEN, ...U_FINALS],
  j: ["i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ue", "uan", "un"],
  q: ["i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ue", "uan", "un"],
  x: ["i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ue", "uan", "un"],
  zh: ["a", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", ...U_FINALS],
  ch: ["a", "e", "ai", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", ...U_FINALS],
  sh: ["a", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "i", ...U_FINALS],
  r: ["e", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "u", "ua", "uo", "ui", "uan", "un"],
  z: ["a", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "u", "uo", "ui", "uan", "un"],
  c: ["a", "e", "ai", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "u", "uo", "ui", "uan", "un"],
  s: ["a", "e", "ai", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "u", "uo", "ui", "uan", "un"],
};

/**
 * Zero-initial syllables: the open finals stand alone; i-, u- and ü- finals
 * are respelled with y / w / yu (i → yi, ie → ye, u → wu, ui → wei, ü → yu ...).
 */
const ZERO_INITIAL = [
  "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er",
  "yi", "ya", "yo", "ye", "yao", "you", "yan", "yin", "yang", "ying", "yong",
  "wu", "wa", "wo", "wai", "wei", "wan", "wen", "wang", "weng",
  "yu", "yue", "yuan", "yun",
] as const;

/** Every valid toneless pinyin syllable (ü kept as ü in nü, lü, nüe, lüe). */
export const PINYIN_SYLLABLES: ReadonlySet<string> = (() => {
  const set = new Set<string>(ZERO_INITIAL);
  for (const [initial, finals] of Object.entries(PINYIN_TABLE)) for (const f of finals) set.add(initial + f);
  return set;
})();

const PINYIN_TONE_MARKS = new Set(["\u0304", "\u0301", "\u030c", "\u0300"]);

/**
 * Lower-case, toneless form of a pinyin-looking string: tone marks (only on
 * a e i o u ü) and tone digits removed, v and u: written ü. Returns null when
 * the string holds anything a pinyin spelling cannot (Vietnamese marks, ý, đ ...).
 */
export function normalizePinyin(token: string): string | null {
  let s = token.trim().toLowerCase().replace(/u:/g, "ü");
  s = s.normalize("NFD");
  let out = "";
  for (const ch of s) {
    if (PINYIN_TONE_MARKS.has(ch)) {
      // pinyin puts tone marks on a e i o u ü only (never on y, unlike Vietnamese "Lý")
      const prev = out.at(-1);
      if (!prev || !/[aeiouü\u0308]/.test(prev)) return null;
      continue;
    }
    out += ch;
  }
  out = out.normalize("NFC").replace(/(?<=[a-zü])[1-5]/g, "");
  if (!/^[a-zü'’]+$/.test(out)) return null;
  return out.replace(/v/g, "ü");
}

/** Whether `token` is one valid Mandarin pinyin syllable (toneless, tone-marked or tone-numbered; ü as ü, v or u:). */
export function isPinyinSyllable(token: string): boolean {
  const s = normalizePinyin(token);
  return s !== null && PINYIN_SYLLABLES.has(s);
}

const MAX_PINYIN_SYLLABLE = 6;

export interface SplitOptions {
  /**
   * Apply the apostrophe rule (default true): inside a joined word, a syllable
   * starting with a, o or e must follow an apostrophe ("Xi'an"), so "fengguang"
   * is feng|guang and never feng|gu|ang.
   */
  strictApostrophe?: boolean;
}

function compareSegmentations(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const d = (b[i] ?? "").length - (a[i] ?? "").length;
    if (d !== 0) return d;
  }
  return 0;
}

function splitPart(part: string, strict: boolean): string[][] {
  const memo = new Map<number, string[][]>();
  const from = (i: number): string[][] => {
    if (i === part.length) return [[]];
    const cached = memo.get(i);
    if (cached) return cached;
    const out: string[][] = [];
    for (let len = Math.min(MAX_PINYIN_SYLLABLE, part.length - i); len >= 1; len--) {
      const syl = part.slice(i, i + len);
      if (!PINYIN_SYLLABLES.has(syl)) continue;
      if (strict && i > 0 && /^[aoe]/.test(syl)) continue;
      for (const tail of from(i + len)) out.push([syl, ...tail]);
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/**
 * All segmentations of a (possibly joined) token into pinyin syllables,
 * fewest syllables first, then longer syllables earlier; [] when impossible.
 * Syllables come back lower-case and toneless ("Fengguang" → [["feng","guang"]]).
 */
export function splitPinyin(token: string, opts: SplitOptions = {}): string[][] {
  const strict = opts.strictApostrophe ?? true;
  const s = normalizePinyin(token);
  if (s === null || s.length === 0) return [];
  const parts = s.split(/['’]/);
  let acc: string[][] = [[]];
  for (const part of parts) {
    if (part.length === 0) return [];
    const segs = splitPart(part, strict);
    if (segs.length === 0) return [];
    const next: string[][] = [];
    for (const head of acc) for (const seg of segs) next.push([...head, ...seg]);
    acc = next;
  }
  return acc.sort(compareSegmentations);
}

// ---------------------------------------------------------------------------
// Japanese romaji (to keep "Nakatani", "Yamada" from counting as pinyin)
// ---------------------------------------------------------------------------

const ROMAJI_MORAE: ReadonlySet<string> = (() => {
  const set = new Set<string>(["a", "i", "u", "e", "o", "n", "shi", "chi", "tsu", "fu", "ji"]);
  const rows: Record<string, string> = {
    k: "aiueo", g: "aiueo", s: "aueo", z: "aueo", t: "aeo", d: "aeo", n: "aiueo",
    h: "aieo", b: "aiueo", p: "aiueo", m: "aiueo", y: "auo", r: "aiueo", w: "ao",
  };
  for (const [c, vs] of Object.entries(rows)) for (const v of vs) set.add(c + v);
  for (const c of ["k", "g", "n", "h", "b", "p", "m", "r"]) for (const v of "auo") set.add(c + "y" + v);
  for (const c of ["sh", "ch", "j"]) for (const v of "auo") set.add(c + v);
  return set;
})();

/**
 * Whether a word is well-formed Hepburn romaji (morae, syllabic n, doubled consonants). The people pass asks it of the
 * same capitalised words from article to article, and the answer takes two Unicode normalisations: each word is read
 * once (at most 100,000 remembered, then learnt anew).
 */
export function isRomajiWord(token: string): boolean {
  return romajiWords.of(token);
}
const romajiWords = new Remembered(readsAsRomaji);

function readsAsRomaji(token: string): boolean {
  const s = token.trim().toLowerCase().normalize("NFD").replace(/[\u0304\u0302]/g, "").normalize("NFC");
  if (!/^[a-z]+$/.test(s)) return false;
  const ok: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= 3 && i + len <= s.length; len++) {
      if (ROMAJI_MORAE.has(s.slice(i, i + len))) ok[i + len] = true;
    }
    // sokuon: a doubled consonant (kk, ss, tt, pp) or t before ch
    const c = s[i];
    const n = s[i + 1];
    if (c && n && /[kstpgdbz]/.test(c) && (n === c || (c === "t" && n === "c"))) ok[i + 1] = true;
    // syllabic n written m before b, m, p
    if (c === "m" && n && /[bmp]/.test(n)) ok[i + 1] = true;
  }
  return ok[s.length] === true;
}

/**
 * A word that reads as Japanese romaji and is pinyin only by accident: it
 * splits into three or more pinyin syllables ("Nakatani", "Yamada"), or into
 * two that are both plain romaji morae ("Oka", "Kure"). Such words are not
 * evidence of a Chinese rendering. Single syllables ("Ma") are left alone.
 */
export function looksRomaji(token: string): boolean {
  return remembered(romajiLooks, token, looksRomajiUncached);
}

function looksRomajiUncached(token: string): boolean {
  if (!isRomajiWord(token)) return false;
  const best = splitPinyin(token)[0];
  if (best === undefined) return true;
  return best.length >= 3 || (best.length === 2 && best.every((s) => ROMAJI_MORAE.has(s)));
}

// ---------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------

/**
 * Names recur across a corpus, and classifying a token (splitting it into
 * pinyin syllables every way) costs microseconds: the results of
 * `classifyToken` and `looksRomaji` are remembered, at most 100,000 tokens
 * each (then forgotten and learnt anew: the results are the same).
 */
const tokenClasses = new Map<string, TokenClass>();
const romajiLooks = new Map<string, boolean>();

function remembered<T>(memo: Map<string, T>, token: string, compute: (token: string) => T): T {
  let v = memo.get(token);
  if (v === undefined) {
    if (memo.size >= 100_000) memo.clear();
    memo.set(token, (v = compute(token)));
  }
  return v;
}

/** Whether a token is pinyin: one syllable, or a joined run of syllables ("Fuzhong", "Xiaoyesi"). */
export function isPinyinToken(token: string): boolean {
  return isPinyinSyllable(token) || splitPinyin(token).length > 0;
}

/** "vietnamese" | "pinyin" | "both" | "neither", by orthography alone. */
export function classifyToken(token: string): TokenClass {
  return remembered(tokenClasses, token, classifyTokenUncached);
}

function classifyTokenUncached(token: string): TokenClass {
  const vi = isVietnameseSyllable(token);
  const py = isPinyinToken(token);
  if (vi && py) return "both";
  if (vi) return "vietnamese";
  if (py) return "pinyin";
  return "neither";
}

/**
 * Share of capitalised, name-like tokens of a passage (all-capital acronyms
 * and long romaji words left out) that are pinyin but not Vietnamese: a
 * passage-level signal that the text went through Chinese.
 */
/** Name tokens repeat across a corpus; their class is remembered (bounded by the vocabulary). */
const tokenKinds = new Map<string, "romaji" | TokenClass>();
/** A name-like token's kind: "romaji" for a word that reads as Japanese (pinyin only by accident), else its class. */
export function nameTokenKind(token: string): "romaji" | TokenClass {
  let kind = tokenKinds.get(token);
  if (kind === undefined) {
    kind = looksRomaji(token) ? "romaji" : classifyToken(token);
    tokenKinds.set(token, kind);
  }
  return kind;
}

export function pinyinShare(text: string): PinyinShare {
  let total = 0;
  let pinyin = 0;
  const distinct = new Set<string>();
  for (const t of nameTokens(text)) {
    const kind = nameTokenKind(t.text);
    if (kind === "romaji") continue;
    total++;
    if (kind === "pinyin") {
      pinyin++;
      distinct.add(t.text);
    }
  }
  return { nameTokens: total, pinyinTokens: pinyin, distinctPinyin: distinct.size, share: total === 0 ? 0 : pinyin / total };
}
