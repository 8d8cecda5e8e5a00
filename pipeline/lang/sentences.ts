/** Where a sentence ends: . ! ? … (and a closing quote or bracket) and a space before a capital letter, an opening quote or a bracket. */
export const SENTENCE_END = /[.!?…]+["”)]?\s+(?=[\p{Lu}"“(])/u;

/** Sentences of a paragraph: split at each SENTENCE_END. */
export function sentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  const re = new RegExp(SENTENCE_END.source, "gu");
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: s, end: m.index + m[0].trimEnd().length });
    s = m.index + m[0].length;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
