import type { Grammar } from "../lang/lexicon.ts";
import type { CountryCode } from "../registry/index.ts";

/**
 * A title that names a country and no one: a title word, at most six lower-case words or organisations' words, then
 * the country (`name`, an alternation source): "Đại sứ Nhật Bản", "Bộ trưởng Quốc phòng Hàn Quốc". Group 1 is the title word.
 */
export function titledOf(grammar: Grammar, name: string): RegExp {
  return new RegExp(`${grammar.titleWord.source}(?:\\s+[\\p{Ll}\\p{M}]+|\\s+(?:${grammar.organisationSource})){0,6}?\\s+${name}(?![\\p{L}\\p{M}])`, "u");
}

/** A title of a country that is neither side's ("Bộ trưởng Quốc phòng Mỹ"): a third country's person, compiled once per grammar. */
export function thirdTitled(grammar: Grammar): RegExp {
  let re = thirds.get(grammar);
  if (!re) thirds.set(grammar, (re = titledOf(grammar, grammar.foreignCountry.source)));
  return re;
}
const thirds = new WeakMap<Grammar, RegExp>();

/** A title of each side's country ("Đại sứ Nhật Bản", "Bộ trưởng Quốc phòng Việt Nam"), compiled once per grammar. */
export function sideTitled(grammar: Grammar): Readonly<Record<CountryCode, RegExp>> {
  let re = sides.get(grammar);
  if (!re) sides.set(grammar, (re = { VN: titledOf(grammar, grammar.sideName.VN), JP: titledOf(grammar, grammar.sideName.JP) }));
  return re;
}
const sides = new WeakMap<Grammar, Readonly<Record<CountryCode, RegExp>>>();
