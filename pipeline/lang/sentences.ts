/** Sentences of a paragraph: split after . ! ? … before a capital letter, an opening quote or a bracket. */
export function sentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  const re = /[.!?…]+["”)]?\s+(?=[\p{Lu}"“(])/gu;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: s, end: m.index + m[0].trimEnd().length });
    s = m.index + m[0].length;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
