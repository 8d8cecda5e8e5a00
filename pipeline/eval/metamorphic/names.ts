/**
 * Japanese names in the other order: every written two-word Japanese name
 * the instrument knows ("Kishi Nobuo" ↔ "Nobuo Kishi") is swapped wherever
 * it stands. The names known are those of the registry's Japanese persons
 * (canonical name, family name first, and aliases) and of the gold's
 * Japanese participants (canonical name, and the spelling as written when
 * it is the same two words, or phonetic syllables "Y-a-xu-ô I-chi-ca-oa").
 * A name written in one word, or garbled by machine translation, is left.
 */
import { splice, type Rewrite } from "./dates.ts";

const LATIN_WORD = /^[\p{Lu}][\p{L}\p{M}'-]*$/u;

/** The two words of a name that can be swapped, or null. */
export function twoWords(name: string): [string, string] | null {
  const words = name.normalize("NFC").trim().split(/\s+/);
  if (words.length !== 2 || !words.every((w) => LATIN_WORD.test(w))) return null;
  return [words[0]!, words[1]!];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every occurrence of a known name, in either order, swapped; one pass, so a name already swapped is not swapped back. */
export function swapNames(text: string, names: Iterable<string>): Rewrite {
  const swap = new Map<string, string>();
  for (const n of names) {
    const w = twoWords(n);
    if (!w) continue;
    swap.set(`${w[0]} ${w[1]}`, `${w[1]} ${w[0]}`);
    swap.set(`${w[1]} ${w[0]}`, `${w[0]} ${w[1]}`);
  }
  if (swap.size === 0) return { text, changes: [] };
  const forms = [...swap.keys()].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(" ", "\\s+"));
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\d-])(?:${forms.join("|")})(?![\\p{L}\\p{M}\\d-])`, "gu");
  const edits: { start: number; end: number; text: string }[] = [];
  const changes: string[] = [];
  for (const m of text.matchAll(re)) {
    const written = m[0].replace(/\s+/g, " ");
    const other = swap.get(written);
    if (!other) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, text: other });
    changes.push(`${written} → ${other}`);
  }
  return { text: splice(text, edits), changes };
}
