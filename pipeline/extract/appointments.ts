import type { Grammar } from "../lang/lexicon.ts";
import type { Registry } from "../registry/index.ts";
import type { PersonMention } from "./people.ts";

/**
 * Years an article names by an appointment: "ông nhậm chức Đại sứ vào tháng 5 năm nay" is a year in which someone
 * it names took up a post in May. The sentence of the appointment word gives the month (with no year, or "năm
 * nay"); the people are those it names, or, when it names none (a pronoun, a later mention), everyone the article
 * names. Like the other years an article names, these only choose among the years the people allow.
 */
export function appointmentYears(text: string, mentions: readonly PersonMention[], registry: Registry, grammar: Grammar): number[] {
  const years = new Set<number>();
  // Most articles tell no appointment: the month is looked for first.
  if (!/tháng\s+\d/u.test(text)) return [];
  grammar.appointment.lastIndex = 0;
  for (const m of text.matchAll(grammar.appointment)) {
    const from = Math.max(text.lastIndexOf(".", m.index), text.lastIndexOf("\n", m.index)) + 1;
    const to = nextEnd(text, m.index);
    const sentence = text.slice(from, to);
    const month = MONTH.exec(sentence);
    if (!month || /năm ngoái|năm trước/iu.test(sentence)) continue;
    const here = mentions.filter((p) => p.personId && p.start >= from && p.end <= to);
    const people = here.length ? here : mentions.filter((p) => p.personId);
    for (const p of new Set(people.map((q) => q.personId!))) {
      for (const pos of registry.person(p)?.positions ?? []) {
        if (pos.start_precision !== "attested" && pos.start_precision !== "year" && Number(pos.start.slice(5, 7)) === Number(month[1])) years.add(Number(pos.start.slice(0, 4)));
      }
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** "tháng 5" with no year after it ("tháng 5 năm nay" is this year's). */
const MONTH = /(?<![\p{L}\p{M}])tháng\s+(\d{1,2})(?!\s*(?:[/-]\s*\d{4}|năm\s+\d{4}))(?![\d])/iu;

function nextEnd(text: string, at: number): number {
  const m = /[.\n]/u.exec(text.slice(at));
  return m ? at + m.index : text.length;
}
