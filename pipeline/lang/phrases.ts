/**
 * Where the phrases of a list (the gazetteer's spellings of places) lie
 * around a span of text, looked up from the span's own words: nothing is
 * searched in the rest of the text, so asking about the few spans that may
 * name a person costs a few map lookups.
 *
 *   const places = phraseIndex(["Việt Nam", "Trung Quốc", "tỉnh Ishikawa", "Đức"]);
 *   places.overlaps(text, start, end)   // true for the "Nam" of "… Bộ trưởng Quốc phòng Việt Nam."
 *   places.isPhrase("Đức")              // true: a one-word phrase
 */
export interface PhraseIndex {
  /**
   * Whether a phrase of two words or more, written in the text, shares a word with text[start, end): "Nam" in
   * "Việt Nam", "Ishikawa" in "tỉnh Ishikawa", "Hàn Quốc Kim" holding "Hàn Quốc".
   */
  overlaps(text: string, start: number, end: number): boolean;
  /** Whether a word is by itself one of the phrases ("Đức", "Ishikawa"). */
  isPhrase(word: string): boolean;
}

interface Entry {
  readonly phrase: string;
  /** Where the word begins in the phrase. */
  readonly offset: number;
}

const LETTER = /[\p{L}\p{M}\d]/u;

export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const byWord = new Map<string, Entry[]>();
  const single = new Set<string>();
  for (const phrase of new Set(phrases)) {
    const words = [...phrase.matchAll(/\S+/gu)];
    if (words.length === 1) {
      single.add(phrase);
      continue;
    }
    for (const w of words) {
      const list = byWord.get(w[0]) ?? byWord.set(w[0], []).get(w[0])!;
      list.push({ phrase, offset: w.index });
    }
  }
  return {
    overlaps(text, start, end) {
      if (!byWord.size) return false;
      // The span's words (a name's words are separated by plain spaces).
      for (let word = start; word < end; ) {
        let wordEnd = text.indexOf(" ", word);
        if (wordEnd < 0 || wordEnd > end) wordEnd = end;
        for (const { phrase, offset } of (wordEnd > word && byWord.get(text.slice(word, wordEnd))) || []) {
          const from = word - offset;
          if (from < 0 || !text.startsWith(phrase, from)) continue;
          const to = from + phrase.length;
          // Whole words only: not "Nam" of "Việt Nam" inside "Việt Namese".
          if ((from > 0 && LETTER.test(text[from - 1]!)) || (to < text.length && LETTER.test(text[to]!))) continue;
          return true;
        }
        word = wordEnd + 1;
      }
      return false;
    },
    isPhrase: (word) => single.has(word),
  };
}
