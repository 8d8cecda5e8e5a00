/**
 * How the scorer compares names, places, titles and files: the keys of the
 * scoring contract (`docs/evaluation.md`).
 */

/** Unicode NFC; null and undefined become "". */
export function nfc(s: string | null | undefined): string {
  return (s ?? "").normalize("NFC");
}

/** Lower case without diacritics, đ as d: "Hà Nội" → "ha noi". For places, titles and garbled originals. */
export function fold(s: string | null | undefined): string {
  return nfc(s).toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

const NAME_PUNCTUATION = /[.,;:()"'“”‘’\-–]/g;

/**
 * A person's key: the words of the name, lower case, sorted, diacritics kept.
 * "Kishi Nobuo" and "nobuo KISHI" share a key; "Vinh" and "Vịnh" do not.
 */
export function nameKey(s: string | null | undefined): string {
  return nfc(s).toLowerCase().replace(NAME_PUNCTUATION, " ").split(/\s+/).filter(Boolean).sort().join(" ");
}

/** A place's key: folded, letters and digits only ("Hà Nội" = "Hanoi" = "Ha Noi"). */
export function placeKey(s: string | null | undefined): string {
  return fold(s).replace(/[^a-z0-9]/g, "");
}

/** Title words that only name the parties (of, between, ministry of defence, Vietnam, Japan...) and so say nothing about which document it is. */
const PARTY_WORDS = new Set("giua va ve cua hai bo quoc phong chinh phu viet nam nhat ban nuoc".split(" "));

/** The distinctive words of an agreement's title, folded; one-letter words and party words left out. */
export function titleWords(s: string | null | undefined): Set<string> {
  const words = fold(s).replace(/[^a-z0-9 ]/g, " ").split(/\s+/);
  return new Set(words.filter((w) => w.length > 1 && !PARTY_WORDS.has(w)));
}

/** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const common = intersectionSize(a, b);
  return common / (a.size + b.size - common);
}

export function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** A raw file's base name, whatever the path and separator: "raw/sub\\a.txt" → "a.txt". */
export function baseFile(path: string | null | undefined): string {
  return nfc(path).replace(/\\/g, "/").split("/").pop() ?? "";
}
