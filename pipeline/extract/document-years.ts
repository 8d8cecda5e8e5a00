import type { Grammar } from "../lang/lexicon.ts";
import { allMatches } from "../lang/matches.ts";
import type { AgreementMention } from "./agreements.ts";

/**
 * Years an article names by the signing of a document the catalogue dates, told relative to the article's own time
 * (`relative_years`): "Năm ngoái, hai nước ký Bản ghi nhớ …" of a memorandum signed in September 2015 puts the
 * article in 2016; "ký … hồi tháng 3 năm nay" in the signing's year. A document still to be signed says nothing.
 * Like the other years an article names, these only choose among the years its people allow.
 */
export function documentYears(text: string, mentions: readonly AgreementMention[], grammar: Grammar): number[] {
  const years = new Set<number>();
  for (const m of mentions) {
    const signed = m.document?.date_signed;
    if (!signed || m.status === "agreed_to_sign" || m.status === "under_negotiation") continue;
    for (const r of allMatches(grammar.relativeYear, text.slice(m.sentenceStart, m.sentenceEnd))) {
      const back = grammar.yearsBack.get(r[1]!.toLowerCase());
      if (back !== undefined) years.add(Number(signed.slice(0, 4)) + back);
    }
  }
  return [...years].sort((a, b) => a - b);
}
