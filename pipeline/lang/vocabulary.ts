/**
 * Which words of a fixed list a text contains, found in one pass.
 *
 * Rules skip text that lacks the words they need (most paragraphs hold no
 * date and no meeting). Asking `text.includes(word)` for each of dozens of
 * words scans the text once per word; a `Vocabulary` scans it once and
 * answers every word. The answer is exactly what `includes` would give: a
 * word is found wherever it occurs as a substring, case and all (callers
 * that want case-insensitive answers pass lower-case text and words).
 */
export class Vocabulary {
  readonly #words: readonly string[];
  readonly #chars: readonly string[];
  readonly #scan: RegExp | null;
  /** Any word at all. */
  readonly #any: RegExp | null;
  /** For each word of two or more characters, the listed words it begins with (found at the same place). */
  readonly #prefixes: ReadonlyMap<string, readonly string[]>;
  /** Any word in any case: made when first asked for (see `anyInAnyCase`). */
  #anyCase: RegExp | null | undefined;

  constructor(words: Iterable<string>) {
    const all = [...new Set(words)].filter((w) => w !== "");
    this.#words = all;
    this.#chars = all.filter((w) => w.length === 1);
    // Longest first: where two words start at the same place the longer is reported, and the shorter is its prefix.
    const long = all.filter((w) => w.length > 1).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.#prefixes = new Map(long.map((w) => [w, all.filter((o) => o !== w && w.startsWith(o))]));
    // The search goes on from the place after each match's start (see `in`), so occurrences that overlap are all
    // seen. (A plain alternation, not a lookahead around it: the engine skips ahead to where a word can start, which
    // made the scan a third to a half faster.) No `u` flag: like `includes`, the search compares UTF-16 code units.
    this.#scan = long.length ? new RegExp(`(${long.map(escape).join("|")})`, "g") : null;
    this.#any = all.length ? new RegExp(all.map(escape).join("|")) : null;
  }

  /** Whether `text` contains any of the words (as `words.some((w) => text.includes(w))` would say). */
  anyIn(text: string): boolean {
    return this.#any !== null && this.#any.test(text);
  }

  /**
   * Whether `text` contains any of the words in any case, as a case-insensitive expression (flags `iu`) reads it. For
   * lower-case words, what `anyIn(text.toLowerCase())` says, in one scan and with no lower-case copy of the text (half
   * the time on the extract stage's paragraphs). (The two part only at letters whose lower case is not their case
   * folding, "ſ" read as "s": this reads the text as the rules' own case-insensitive expressions do.)
   */
  anyInAnyCase(text: string): boolean {
    this.#anyCase ??= this.#words.length ? new RegExp(this.#words.map(escapeUnicode).join("|"), "iu") : null;
    return this.#anyCase !== null && this.#anyCase.test(text);
  }

  /** The listed words `text` contains. */
  in(text: string): ReadonlySet<string> {
    const found = new Set<string>();
    for (const c of this.#chars) if (text.includes(c)) found.add(c);
    const re = this.#scan;
    if (!re) return found;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      re.lastIndex = m.index + 1;
      const w = m[1]!;
      if (found.has(w)) continue;
      found.add(w);
      for (const p of this.#prefixes.get(w)!) found.add(p);
    }
    re.lastIndex = 0;
    return found;
  }
}

function escape(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

/** As `escape`, for an expression with the `u` flag, which allows no escaped "-" outside a class. */
function escapeUnicode(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
