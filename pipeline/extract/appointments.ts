import type { Grammar } from "../lang/lexicon.ts";
import type { Registry } from "../registry/index.ts";
import type { PersonMention } from "./people.ts";

/**
 * Years an article names by an appointment: "ông nhậm chức Đại sứ vào tháng 5 năm nay" is a year in which someone
 * it names took up a post in May; "người vừa nhậm chức đầu tháng này", in the month of the article's first day. The
 * sentence of the appointment word gives the month (with no year, or "năm nay"); the people are those it names, or,
 * when it names none (a pronoun, a later mention), everyone the article names. Like the other years an article
 * names, these only choose among the years the people allow.
 */
export function appointmentYears(text: string, mentions: readonly PersonMention[], registry: Registry, grammar: Grammar, articleMonth: number | null = null): number[] {
  const years = new Set<number>();
  // Most articles tell no appointment: the month is looked for first.
  if (!MONTH_NUMBER.test(text) && (articleMonth === null || !grammar.relativeMonth.test(text))) return [];
  grammar.appointment.lastIndex = 0;
  for (const m of text.matchAll(grammar.appointment)) {
    const from = Math.max(text.lastIndexOf(".", m.index), text.lastIndexOf("\n", m.index)) + 1;
    const to = nextEnd(text, m.index);
    const sentence = text.slice(from, to);
    // (An appointment of an earlier year, "nhậm chức tháng 5 năm ngoái", names no year of the article's.)
    if (grammar.earlierYear.test(sentence)) continue;
    const month = monthOf(sentence, grammar, articleMonth);
    if (!month) continue;
    const here = mentions.filter((p) => p.personId && p.start >= from && p.end <= to);
    const people = here.length ? here : mentions.filter((p) => p.personId);
    for (const p of new Set(people.map((q) => q.personId!))) {
      for (const pos of registry.person(p)?.positions ?? []) {
        if (pos.start_precision !== "attested" && pos.start_precision !== "year" && Number(pos.start.slice(5, 7)) === month.month) years.add(Number(pos.start.slice(0, 4)) + month.yearAfter);
      }
    }
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The month an appointment's sentence gives the post's start: written ("tháng 5"), or counted back from the article's
 * month ("đầu tháng này", "tháng trước": `relative_months`), with how many years after that start the article's time
 * is (1 when "tháng trước" in January is last December).
 */
function monthOf(sentence: string, grammar: Grammar, articleMonth: number | null): { month: number; yearAfter: number } | null {
  const written = MONTH.exec(sentence);
  if (written) return { month: Number(written[1]), yearAfter: 0 };
  if (articleMonth === null) return null;
  const relative = grammar.relativeMonth.exec(sentence);
  if (!relative) return null;
  const month = articleMonth - (grammar.monthsBack.get(relative[1]!.toLowerCase()) ?? 0);
  return month >= 1 ? { month, yearAfter: 0 } : { month: month + 12, yearAfter: 1 };
}

/** "tháng" before a number: a quick test before the appointment words are looked for. */
const MONTH_NUMBER = /tháng\s+\d/u;

/** "tháng 5" with no year after it ("tháng 5 năm nay" is this year's). */
const MONTH = /(?<![\p{L}\p{M}])tháng\s+(\d{1,2})(?!\s*(?:[/-]\s*\d{4}|năm\s+\d{4}))(?![\d])/iu;

function nextEnd(text: string, at: number): number {
  const m = /[.\n]/u.exec(text.slice(at));
  return m ? at + m.index : text.length;
}
