/**
 * What a pure reading of a word (or of a key made from words) gave, remembered: the people pass asks the same questions
 * of the same capitalised words from article to article. At most `limit` answers are kept; then they are learnt anew,
 * so a long run's memory stays bounded.
 */
export class Remembered<T> {
  readonly #known = new Map<string, T>();

  constructor(
    private readonly read: (key: string) => T,
    private readonly limit = 100_000,
  ) {}

  /** The reading of `key`, worked out the first time it is asked. (`undefined` is never an answer.) */
  of(key: string): T {
    let known = this.#known.get(key);
    if (known === undefined) {
      if (this.#known.size >= this.limit) this.#known.clear();
      this.#known.set(key, (known = this.read(key)));
    }
    return known;
  }
}
