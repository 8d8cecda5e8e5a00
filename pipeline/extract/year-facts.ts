import type { YearFact } from "../generated/reference.ts";
import { escapeForm, leadingWords, type Grammar } from "../lang/lexicon.ts";
import { clauseEnd, clauseStart, openingSegment } from "../lang/sentences.ts";

/**
 * Years an article names without writing them, from the dated facts of
 * reference/year-facts.json: an anniversary of a founding ("kỷ niệm 50 năm
 * thiết lập quan hệ ngoại giao" is 1973 + 50 = 2023, and the article's year
 * 2024 when "năm ngoái" opens its clause) or a role a country holds
 * in known years ("năm nay Việt Nam là Chủ tịch ASEAN": 2010 or 2020; "Việt
 * Nam sẽ đảm nhận vai trò Chủ tịch ASEAN": the year before). The year
 * reasoning uses them only to choose among the years the people named allow.
 */
export interface YearFacts {
  /** "N năm" (or a machine translation's "N chu niên", 周年) and up to five words before a founding form (group 1 the number, group 2 the form). */
  readonly anniversary: RegExp | null;
  /** A machine translation's order: the founding form, up to two words, then "N chu niên" ("… kiến giao 50 chu niên"; group 1 the form, group 2 the number). */
  readonly anniversaryAfter: RegExp | null;
  readonly foundingYear: (form: string) => number;
  /** Any founding form, matched where it is set to start (sticky). */
  readonly forms: RegExp | null;
  /** A role form (group 1). */
  readonly role: RegExp | null;
  readonly roleOf: (form: string) => YearFact;
}

/** A form as an expression: any spacing, and either dash with any spacing around it. */
const escape = (s: string) => escapeForm(s).replace(/\s*[-–]\s*/g, "\\s*[-–]\\s*").replace(/\s+/g, "\\s+");
const fold = (s: string) => s.toLowerCase().replace(/\s*[-–]\s*/g, "-").replace(/\s+/g, " ");

export function compileYearFacts(facts: readonly YearFact[]): YearFacts {
  const founding = new Map<string, number>();
  const roles = new Map<string, YearFact>();
  for (const f of facts) for (const form of f.forms) (f.kind === "founding" ? founding.set(fold(form), f.year!) : roles.set(fold(form), f));
  const alternation = (forms: Iterable<string>) => [...forms].sort((a, b) => b.length - a.length).map(escape).join("|");
  const B = "(?![\\p{L}\\p{M}])";
  return {
    anniversary: founding.size ? new RegExp(`(?<![\\d.,])(\\d{1,3})\\s+(?:năm|chu\\s+niên)\\s+(?:[\\p{L}\\p{M}]+\\s+){0,5}?(${alternation(founding.keys())})${B}`, "giu") : null,
    anniversaryAfter: founding.size ? new RegExp(`${leadingWords([...founding.keys()])}(?<![\\p{L}\\p{M}])(${alternation(founding.keys())})(?:\\s+[\\p{L}\\p{M}]+){0,2}?\\s+(\\d{1,3})\\s+chu\\s+niên${B}`, "giu") : null,
    foundingYear: (form) => founding.get(fold(form))!,
    forms: founding.size ? new RegExp(`${leadingWords([...founding.keys()])}(?<![\\p{L}\\p{M}])(?:${alternation(founding.keys())})${B}`, "iuy") : null,
    role: roles.size ? new RegExp(`${leadingWords([...roles.keys()])}(?<![\\p{L}\\p{M}])(${alternation(roles.keys())})${B}`, "giu") : null,
    roleOf: (form) => roles.get(fold(form))!,
  };
}

/**
 * The years the text names through the facts, sorted. A role's clause places it by the lexicon's `role_time_words`:
 * in the coming year (the year before the role's), in the year of the report, or in the past; a role with none of
 * them, or with words of two times, names no year.
 */
export function yearsNamedByFacts(text: string, facts: YearFacts, grammar: Grammar): number[] {
  const years = new Set<number>();
  if (facts.anniversaryAfter && /\d\s+chu\s+niên/iu.test(text)) {
    for (const m of text.matchAll(facts.anniversaryAfter)) {
      const count = m.index + m[0].lastIndexOf(m[2]!);
      if (approximate(text, count, grammar)) continue;
      years.add(facts.foundingYear(m[1]!) + Number(m[2]) + yearsBack(text, m.index, grammar));
    }
  }
  if (facts.anniversary && /\d\s+(?:năm|chu\s+niên)/iu.test(text)) {
    for (const m of text.matchAll(facts.anniversary)) {
      // ("Sau hơn 50 năm kể từ khi thiết lập quan hệ …" counts no year: 50 and more.)
      if (approximate(text, m.index, grammar)) continue;
      // Of overlapping forms the one reaching furthest names the founding: "quan hệ Đối tác chiến lược sâu rộng" is
      // the extensive partnership, though "quan hệ Đối tác chiến lược" starts first.
      const at = m.index + m[0].length - m[2]!.length;
      let form = m[2]!;
      let end = at + form.length;
      const sticky = facts.forms!;
      for (let i = at + 1; i < end; i++) {
        if (!/\s/u.test(text[i - 1]!)) continue;
        sticky.lastIndex = i;
        const o = sticky.exec(text);
        if (o && i + o[0].length > end) [form, end] = [o[0], i + o[0].length];
      }
      years.add(facts.foundingYear(form) + Number(m[1]) + yearsBack(text, m.index, grammar));
    }
  }
  if (facts.role) {
    for (const m of text.matchAll(facts.role)) {
      const fact = facts.roleOf(m[1]!);
      const before = text.slice(clauseStart(text, m.index), m.index);
      if (!fact.holder!.some((h) => before.toLowerCase().includes(h.toLowerCase()))) continue;
      const clause = before + text.slice(m.index, clauseEnd(text, m.index));
      const { coming: COMING, present: PRESENT, past: PAST } = grammar.roleTime;
      const coming = COMING.test(clause);
      const present = PRESENT.test(clause);
      if (PAST.test(clause) || coming === present) continue;
      for (const y of fact.years!) years.add(coming ? y - 1 : y);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * How many years before the article's time its clause puts an anniversary ("năm ngoái hai nước kỷ niệm 40 năm …": 1):
 * the article's year is that many after the anniversary's. The last relative year word (`relative_years`) before it
 * in its clause, else one that alone opens its sentence ("Năm ngoái, hai nước …").
 */
function yearsBack(text: string, at: number, grammar: Grammar): number {
  const start = clauseStart(text, at);
  const back = (words: string): number | undefined => {
    let found: number | undefined;
    for (const m of words.matchAll(grammar.relativeYear)) found = grammar.yearsBack.get(m[1]!.toLowerCase()) ?? found;
    return found;
  };
  const own = back(text.slice(start, at));
  if (own !== undefined) return own;
  const sentence = Math.max(text.lastIndexOf(".", at), text.lastIndexOf("\n", at)) + 1;
  const opening = openingSegment(text.slice(sentence, start));
  // (Alone: nothing else in it but the words a time may open with, `month_openers`: "Vào năm ngoái,".)
  return opening !== null && grammar.monthOpening.test(opening.replace(grammar.relativeYear, "")) ? (back(opening) ?? 0) : 0;
}

/** Whether the count at `at` is approximate: "hơn", "gần", "khoảng" … right before it (`approximate_counts`). */
function approximate(text: string, at: number, grammar: Grammar): boolean {
  return grammar.approximateCountAtEnd.test(text.slice(Math.max(0, at - 20), at));
}
