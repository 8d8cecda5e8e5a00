/**
 * A copy of `s` with memory of its own. V8 represents a slice of a long
 * string as a view that keeps the whole string alive: a sentence cut out
 * of an article keeps the article's text in memory as long as the sentence
 * lives. Rows that outlive the documents (every published table) hold
 * copies, so the documents can go once their last reader has run. Strings
 * under 13 characters are always copies already.
 */
export function ownString(s: string): string {
  return s.length >= 13 ? (" " + s).slice(1) : s; // a fresh flat string, then a slice of it
}

/** `ownString` on every string field of a row, in place. */
export function ownStrings(row: Record<string, unknown>): void {
  for (const k in row) {
    const v = row[k];
    if (typeof v === "string") row[k] = ownString(v);
  }
}
