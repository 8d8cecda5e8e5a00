/**
 * Where a sentence ends: . ! ? … (and a closing quote or bracket) and a space before a capital letter, an opening quote
 * or a bracket; or a full stop a page left no space after, between a word's lower-case letters and a capitalised word
 * ("… Nhật Bản.Thượng tướng …"; not "TP.HCM", "Tp.Hồ", "Bqp.vn", "ThS.Nguyễn").
 */
export const SENTENCE_END = /[.!?…]+["”)]?\s+(?=[\p{Lu}"“(])|\.(?<=\p{Ll}\p{Ll}\.)(?=\p{Lu}\p{Ll})/u;

/** SENTENCE_END as a global expression, made once: `sentences` runs for every paragraph read, often several times. */
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "gu");

/** Sentences of a paragraph: split at each SENTENCE_END. */
export function sentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  const re = SENTENCE_ENDS;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: s, end: m.index + m[0].trimEnd().length });
    s = m.index + m[0].length;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/** Where the clause holding `at` begins: after the previous comma, semicolon, colon, full stop or line break (looked for up to `reach` back). */
export function clauseStart(text: string, at: number, reach = Infinity): number {
  const floor = Math.max(0, at - reach);
  const before = text.slice(floor, at);
  return floor + Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("."), before.lastIndexOf("\n")) + 1;
}

/** Where the clause holding `at` ends: at the next comma, semicolon, colon, full stop or line break (looked for up to `reach` on). */
export function clauseEnd(text: string, at: number, reach = Infinity): number {
  const after = text.slice(at, Math.min(text.length, at + reach));
  const stop = after.search(/[,;:.\n]/);
  return stop < 0 ? at + after.length : at + stop;
}

/** The clause around a span: back to the previous and on to the next comma, semicolon, colon or full stop (within 120 characters). */
export function clauseAround(text: string, start: number, end: number): string {
  return text.slice(clauseStart(text, start, 120), clauseEnd(text, end, 120));
}

/**
 * The segment that opens `text`, up to and with its first comma, when one comes within 60 characters with no
 * semicolon before it: where a sentence sets its time ("Trước đó,", "Năm ngoái,", "Trong chuyến thăm Tokyo hồi
 * tháng 4,"); or up to a colon and a space, as a timeline heads each entry with its time ("Tháng 10/2011: Hai nước
 * ký …"; a colon with no space after it, "10:30", is no end). Null when the text opens with no such segment.
 */
export function openingSegment(text: string): string | null {
  return OPENING_SEGMENT.exec(text)?.[0] ?? null;
}
const OPENING_SEGMENT = /^(?:[^,;:]|:(?!\s|$)){1,60}(?:,|:(?=\s|$))/u;
