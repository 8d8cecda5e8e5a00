/**
 * Tolerant matching of a garbled name span against the spellings of the
 * caller's candidates (native name, pinyin generated from Chinese characters,
 * further variants), compared as syllable sequences. Every result carries a
 * score in [0, 1] and a reason; ties between candidates are reported as
 * "ambiguous", never resolved here.
 */
import { combineReadings, readingCombinations } from "./pinyin.ts";
import { isPinyinSyllable, isPinyinToken, isVietnameseSyllable, splitPinyin } from "../lang/syllables.ts";
import type { Match, MatchKind, MatchOptions, MatchResult, NameCandidate } from "./types.ts";

export { findGarbledSpans } from "./spans.ts";

// ---------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------

/** Lower-case, diacritics stripped (đ → d, ü → u), apostrophes dropped; one word. */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/['’]/g, "");
}

const WORD_SEPARATORS = /[\s\-‐–·.]+/u;

/** Words of a name as written (spaces, hyphens, middle dots and dots separate). */
export function nameWords(name: string): string[] {
  return name.split(WORD_SEPARATORS).filter((w) => w.length > 0);
}

/** Normalised comparison key of a whole name: lower-case, no diacritics, no spaces or hyphens. */
export function normalizeName(name: string): string {
  return nameWords(name).map(normalizeWord).join("");
}

// ---------------------------------------------------------------------------
// Syllable distance
// ---------------------------------------------------------------------------

function levenshtein(a: string, b: string): number {
  const m = b.length;
  if (rowScratch.length <= m) rowScratch = new Int32Array(2 * (m + 1));
  const prev = rowScratch;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= m; j++) {
      const up = prev[j]!;
      const sub = diag + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const ins = prev[j - 1]! + 1;
      const del = up + 1;
      prev[j] = sub < ins ? (sub < del ? sub : del) : ins < del ? ins : del;
      diag = up;
    }
  }
  return prev[m]!;
}

/** The row of `levenshtein`, reused from call to call. */
let rowScratch = new Int32Array(16);

/**
 * Cost of writing syllable `a` where `b` was meant: 0 when equal; a fraction for
 * a near spelling (one letter off: 0.25 for long syllables, 0.35 for three
 * letters, 0.5 for two; two letters off in a syllable of five or more: 0.75);
 * 1 for a different syllable.
 */
export function syllableCost(a: string, b: string): number {
  if (a === b) return 0;
  const d = levenshtein(a, b);
  const m = Math.max(a.length, b.length);
  if (d === 1) return m >= 4 ? 0.25 : m === 3 ? 0.35 : 0.5;
  if (d === 2 && m >= 5) return 0.75;
  return 1;
}

interface Alignment {
  cost: number;
  notes: string[];
}

/**
 * Cost of a syllable missing from, or added to, the span. Higher than any
 * substitution: machine translations regroup and misspell syllables but keep
 * their number, so a short span against a long form ("Wang Yi" against
 * "Bang Tian Jing Yi") must not look half right.
 */
const INDEL_COST = 1.5;

/**
 * The cost of `align(span, form)` alone, without the notes: the same
 * recurrence over one row kept in a reused array. Matching scores every
 * segmentation of a span against every spelling of every shortlisted
 * person; only the best alignment's notes are ever read.
 */
function alignCost(span: readonly string[], form: readonly string[]): number {
  const n = span.length;
  const m = form.length;
  if (costRow.length <= m) costRow = new Float64Array(2 * (m + 1));
  const row = costRow;
  for (let j = 0; j <= m; j++) row[j] = j * INDEL_COST;
  for (let i = 1; i <= n; i++) {
    let diag = row[0]!; // cost[i-1][j-1]
    row[0] = i * INDEL_COST;
    const syllable = span[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const up = row[j]!; // cost[i-1][j]
      row[j] = Math.min(up + INDEL_COST, row[j - 1]! + INDEL_COST, diag + syllableCost(syllable, form[j - 1]!));
      diag = up;
    }
  }
  return row[m]!;
}

let costRow = new Float64Array(16);

/** Edit alignment of two syllable sequences (substitution by syllableCost, insertion/deletion INDEL_COST). */
function align(span: readonly string[], form: readonly string[]): Alignment {
  const n = span.length;
  const m = form.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 0; i <= n; i++) cost[i]![0] = i * INDEL_COST;
  for (let j = 0; j <= m; j++) cost[0]![j] = j * INDEL_COST;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cost[i]![j] = Math.min(
        cost[i - 1]![j]! + INDEL_COST,
        cost[i]![j - 1]! + INDEL_COST,
        cost[i - 1]![j - 1]! + syllableCost(span[i - 1]!, form[j - 1]!),
      );
    }
  }
  const notes: string[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i]![j]!;
    if (i > 0 && j > 0) {
      const c = syllableCost(span[i - 1]!, form[j - 1]!);
      if (Math.abs(cost[i - 1]![j - 1]! + c - here) < 1e-9) {
        if (c > 0) notes.unshift(c < 1 ? `${span[i - 1]}~${form[j - 1]}` : `${span[i - 1]} for ${form[j - 1]}`);
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && Math.abs(cost[i - 1]![j]! + INDEL_COST - here) < 1e-9) {
      notes.unshift(`extra ${span[i - 1]}`);
      i--;
    } else {
      notes.unshift(`missing ${form[j - 1]}`);
      j--;
    }
  }
  return { cost: cost[n]![m]!, notes };
}

// ---------------------------------------------------------------------------
// Candidate forms
// ---------------------------------------------------------------------------

interface Part {
  system: string;
  units: string[];
  /** the part as usually written, e.g. pinyin syllables of one name part joined into one word */
  words: string[];
}

interface Form {
  system: string;
  mixed: boolean;
  familyOnly: boolean;
  /** units of the family name at the start of `units` (given-first forms: 0) */
  familyUnits: number;
  units: string[];
  /** the form as usually written (native words; pinyin family and given each joined) */
  words: string[];
  /** weight applied to the alignment score */
  weight: number;
}

interface Compiled {
  id: string;
  forms: Form[];
}

function toUnits(text: string): string[] {
  return nameWords(text).map(normalizeWord).filter((w) => w.length > 0);
}

function pinyinUnit(s: string): string {
  return normalizeWord(s);
}

/** A family name strong enough to stand alone: not one short syllable. */
function strongFamily(units: readonly string[]): boolean {
  return units.join("").length >= 5 && !(units.length === 1 && isPinyinSyllable(units[0] ?? ""));
}

/** The spelling system of pinyin from characters guessed by their Sino-Vietnamese readings (it says so in its rule, and counts a little less). */
const GUESSED = "pinyin-guessed";

function compile(c: NameCandidate): Compiled {
  const origin = c.origin ?? "vietnamese";
  const families: Part[] = [];
  const givens: Part[] = [];
  const reversible = new Set<string>();

  if (c.name) {
    const units = toUnits(c.name);
    const k = Math.min(Math.max(c.nameFamilyWords ?? 1, 1), units.length);
    const givenFirst = c.nameOrder === "given-first";
    const family = givenFirst ? units.slice(units.length - k) : units.slice(0, k);
    const given = givenFirst ? units.slice(0, units.length - k) : units.slice(k);
    families.push({ system: "native", units: family, words: family });
    if (given.length) givens.push({ system: "native", units: given, words: given });
    reversible.add("native");
  }
  const pinyinForms = c.han
    ? readingCombinations(c.han, { japanese: origin === "japanese", maxReadingCombos: 8, ...(c.familyLength !== undefined ? { familyLength: c.familyLength } : {}), ...(c.hanReadings ? { extraReadings: c.hanReadings } : {}) })
    : c.guessedReadings
      ? { syllables: combineReadings(c.guessedReadings, 8), familyLength: Math.min(c.nameFamilyWords ?? 1, c.guessedReadings.length) }
      : null;
  if (pinyinForms) {
    const { syllables, familyLength } = pinyinForms;
    // (Pinyin from characters guessed by their Sino-Vietnamese readings says so in its rule.)
    const system = c.han ? "pinyin" : GUESSED;
    for (const seq of syllables) {
      const units = seq.map(pinyinUnit);
      const fam = units.slice(0, familyLength);
      const giv = units.slice(familyLength);
      families.push({ system, units: fam, words: [fam.join("")] });
      if (giv.length) givens.push({ system, units: giv, words: [giv.join("")] });
    }
  }
  for (const v of c.variants ?? []) {
    const fam = toUnits(v.family);
    families.push({ system: v.system, units: fam, words: fam });
    if (v.given) {
      const giv = toUnits(v.given);
      givens.push({ system: v.system, units: giv, words: giv });
    }
    reversible.add(v.system);
  }

  const forms: Form[] = [];
  const seen = new Set<string>();
  const add = (f: Form) => {
    const key = `${f.familyOnly}|${f.familyUnits}|${f.units.join(" ")}`;
    if (seen.has(key) || f.units.length === 0) return;
    seen.add(key);
    forms.push(f);
  };
  for (const fam of families) {
    if (fam.units.length === 0) continue;
    for (const giv of givens) {
      const mixed = fam.system !== giv.system;
      const system = mixed ? `${fam.system}+${giv.system}` : fam.system;
      const weight = (mixed ? 0.95 : 1) * (fam.system === GUESSED || giv.system === GUESSED ? 0.9 : 1);
      add({ system, mixed, familyOnly: false, familyUnits: fam.units.length, units: [...fam.units, ...giv.units], words: [...fam.words, ...giv.words], weight });
      // Japanese (and other foreign) names also appear given name first in Vietnamese text.
      if (origin !== "vietnamese" && !mixed && reversible.has(fam.system)) {
        add({ system, mixed, familyOnly: false, familyUnits: 0, units: [...giv.units, ...fam.units], words: [...giv.words, ...fam.words], weight });
      }
    }
    // The family name alone ("Bộ trưởng Nakatani", "Xiaoyesi") is how foreign names recur; not Vietnamese ones.
    if (origin !== "vietnamese") {
      add({
        system: fam.system,
        mixed: false,
        familyOnly: true,
        familyUnits: fam.units.length,
        units: fam.units,
        words: fam.words,
        weight: strongFamily(fam.units) ? 0.85 : 0.5,
      });
    }
  }
  return { id: c.id, forms };
}

/**
 * The family and given names of a candidate as each system spells them, each
 * part's syllables joined and normalised ("muyuan", "ren"; "ngo", "xuanlich"):
 * what a later mention of one part alone, or of one part with the other
 * garbled, is compared with once the person is resolved in an article.
 */
export function nameParts(c: NameCandidate): { family: { system: string; spelling: string }[]; given: { system: string; spelling: string }[] } {
  const family = new Map<string, string>();
  const given = new Map<string, string>();
  for (const f of compiled(c).forms) {
    if (f.familyOnly || f.mixed || f.familyUnits === 0) continue;
    family.set(f.units.slice(0, f.familyUnits).join(""), f.system);
    if (f.familyUnits < f.units.length) given.set(f.units.slice(f.familyUnits).join(""), f.system);
  }
  const list = (m: Map<string, string>) => [...m].map(([spelling, system]) => ({ system, spelling }));
  return { family: list(family), given: list(given) };
}

const compiledCache = new WeakMap<NameCandidate, Compiled>();

function compiled(c: NameCandidate): Compiled {
  let hit = compiledCache.get(c);
  if (!hit) {
    hit = compile(c);
    compiledCache.set(c, hit);
  }
  return hit;
}

// ---------------------------------------------------------------------------
// Span analysis
// ---------------------------------------------------------------------------

interface SpanInfo {
  text: string;
  raw: string[];
  words: string[];
  /** alternative syllable sequences of the whole span (each word as is, or split into pinyin) */
  segmentations: string[][];
}

const MAX_SEGMENTATIONS = 64;

function analyse(span: string): SpanInfo {
  const raw = nameWords(span);
  const words = raw.map(normalizeWord);
  let segs: string[][] = [[]];
  raw.forEach((w, idx) => {
    const options: string[][] = [[words[idx] ?? ""]];
    for (const seg of splitPinyin(w).slice(0, 3)) {
      const units = seg.map(pinyinUnit);
      if (!options.some((o) => o.join(" ") === units.join(" "))) options.push(units);
    }
    const next: string[][] = [];
    for (const head of segs) for (const o of options) if (next.length < MAX_SEGMENTATIONS) next.push([...head, ...o]);
    segs = next;
  });
  return { text: span, raw, words, segmentations: segs };
}

// ---------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------

function describe(units: readonly string[]): string {
  return units.join(" ");
}

function fullFormMatch(info: SpanInfo, f: Form): { score: number; kind: MatchKind; reason: string } | undefined {
  let bestSeg: readonly string[] | undefined;
  let bestCost = 0;
  let bestLen = 0;
  for (const seg of info.segmentations) {
    const cost = alignCost(seg, f.units);
    if (!bestSeg || cost < bestCost) {
      bestSeg = seg;
      bestCost = cost;
      bestLen = Math.max(seg.length, f.units.length);
    }
    if (cost === 0) break;
  }
  if (!bestSeg || bestLen === 0) return undefined;
  const best = align(bestSeg, f.units);
  const base = Math.max(0, 1 - best.cost / bestLen);
  const score = base * f.weight;
  const form = `"${describe(f.units)}"`;
  let kind: MatchKind;
  let reason: string;
  const diff = best.notes.length ? ` (${best.notes.join(", ")})` : "";
  if (f.familyOnly) {
    kind = "family-only";
    reason = `family name alone, ${f.system} spelling ${form}${diff}`;
  } else if (f.mixed) {
    kind = "mixed";
    const [fs, gs] = f.system.split("+");
    reason = `family name in ${fs} spelling, given name in ${gs} spelling: ${form}${diff}`;
  } else if (best.cost === 0) {
    kind = "exact";
    const regrouped = info.words.join(" ") !== f.words.join(" ");
    reason = `${f.system} spelling ${form}${regrouped ? ", syllables regrouped" : ""}${f.familyUnits === 0 ? ", given name first" : ""}`;
  } else {
    kind = "near";
    reason = `near ${f.system} spelling ${form}${diff}`;
  }
  return { score, kind, reason };
}

const onsetOf = (s: string): string => /^[^aeiouy]*/.exec(s)?.[0] ?? "";

/**
 * Family name right, given name wrong: "Nguyễn Phuntsuan" (given part is no
 * well-formed syllable sequence, starts like "phu") or "Nguyễn Phương Phượng"
 * (well-formed, shares only the initial "ph").
 */
function partialGivenMatch(info: SpanInfo, f: Form): { score: number; kind: MatchKind; reason: string } | undefined {
  if (f.familyOnly || f.familyUnits === 0 || f.familyUnits >= f.units.length) return undefined;
  const family = f.units.slice(0, f.familyUnits).join("");
  const given = f.units.slice(f.familyUnits);
  const given0 = given[0] ?? "";
  for (let k = 1; k < info.words.length; k++) {
    if (info.words.slice(0, k).join("") !== family) continue;
    const restRaw = info.raw.slice(k);
    const rest = info.words.slice(k).join("");
    if (rest === given.join("")) return undefined; // an exact form, scored by alignment
    const vietnamese = restRaw.every(isVietnameseSyllable);
    const pinyin = restRaw.every(isPinyinToken);
    const restText = restRaw.join(" ");
    const onset = onsetOf(rest);
    const sameOnset = onset.length > 0 && onset === onsetOf(given0);
    const famText = info.raw.slice(0, k).join(" ");
    if (!vietnamese && !pinyin) {
      if (given0.length >= 2 && rest.startsWith(given0)) {
        return {
          score: 0.6,
          kind: "garbled-given",
          reason: `family name "${famText}" matches ${f.system} "${describe(f.units)}"; given name "${restText}" is not well-formed Vietnamese or pinyin and starts like "${given0}"`,
        };
      }
      if (sameOnset) {
        return {
          score: 0.5,
          kind: "garbled-given",
          reason: `family name "${famText}" matches ${f.system} "${describe(f.units)}"; given name "${restText}" is not well-formed Vietnamese or pinyin and shares the initial "${onset}"`,
        };
      }
    } else if (vietnamese && sameOnset) {
      return {
        score: 0.45,
        kind: "partial-given",
        reason: `family name "${famText}" matches ${f.system} "${describe(f.units)}"; given name "${restText}" is a different name sharing the initial "${onset}"`,
      };
    }
  }
  return undefined;
}

/** The best match of one candidate for a span, or undefined when nothing compares. */
export function scoreCandidate(span: string, candidate: NameCandidate): Match | undefined {
  return bestOf(analyse(span), compiled(candidate));
}

function bestOf(info: SpanInfo, c: Compiled): Match | undefined {
  let best: Match | undefined;
  const consider = (f: Form, r: { score: number; kind: MatchKind; reason: string } | undefined) => {
    if (!r) return;
    const score = Math.round(r.score * 1000) / 1000;
    if (!best || score > best.score) {
      best = { candidateId: c.id, score, kind: r.kind, system: f.system, form: describe(f.units), reason: r.reason };
    }
  };
  for (const f of c.forms) {
    consider(f, fullFormMatch(info, f));
    consider(f, partialGivenMatch(info, f));
  }
  return best;
}

/**
 * Match a span against candidates. Status "match" when the best candidate
 * scores at least `threshold` and no other is within `margin`; "ambiguous"
 * when two or more candidates at or above `floor` are within `margin` of each
 * other (no best is given); "weak" when the best is between `floor` and
 * `threshold`; "none" otherwise. `contenders` lists every candidate at or above
 * `floor`, best first (ties by id).
 */
export function matchSpan(span: string, candidates: readonly NameCandidate[], opts: MatchOptions = {}): MatchResult {
  const threshold = opts.threshold ?? 0.75;
  const floor = opts.floor ?? 0.4;
  const margin = opts.margin ?? 0.05;
  const info = analyse(span);
  if (info.words.length === 0) return { span, status: "none", contenders: [] };
  const contenders: Match[] = [];
  for (const c of candidates) {
    const m = bestOf(info, compiled(c));
    if (m && m.score >= floor) contenders.push(m);
  }
  contenders.sort((a, b) => b.score - a.score || a.candidateId.localeCompare(b.candidateId));
  const [top, second] = contenders;
  if (!top) return { span, status: "none", contenders };
  if (second && top.score - second.score <= margin + 1e-9) return { span, status: "ambiguous", contenders };
  return { span, status: top.score >= threshold ? "match" : "weak", best: top, contenders };
}
