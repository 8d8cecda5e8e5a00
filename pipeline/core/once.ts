/** A value worked out on first use and kept: for facts a rule may never ask for (the dates of a sentence, the years an article names). */
export function once<T>(f: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: f() }).value;
}
