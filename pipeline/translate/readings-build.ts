/**
 * Writes reference/han-readings.tsv: for every Chinese character in the
 * registry's names (name_han, name_zh) and the Chinese forms of Japanese
 * variant characters, the Mandarin readings the Unicode Han Database gives
 * (fields kHanyuPinyin, kXHC1983, kTGHZ2013, kMandarin, tones removed), and the
 * readings of its phonetic series (kPhonetic): the sound a reader guesses
 * from the character's phonetic element ("nian" for 稔, read like 念).
 * Debian's `unicode-data` package ships the database:
 *
 *   apt-get install unicode-data && npm run gen:han-readings
 *
 * The table is committed so a build needs neither the package nor network;
 * a test fails when a registry name has a character the table lacks.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hanCharactersOfRegistry, SERIES_READINGS } from "./readings.ts";

const DIR = process.argv[2] ?? "/usr/share/unicode";
const REFERENCE = fileURLToPath(new URL("../../reference/", import.meta.url));
const TARGET = join(REFERENCE, "han-readings.tsv");

function unihan(name: string): string {
  const bz2 = join(DIR, `${name}.bz2`);
  try {
    return execFileSync("bzcat", [bz2], { maxBuffer: 1 << 30 }).toString("utf8");
  } catch {
    return readFileSync(join(DIR, name), "utf8");
  }
}

/** "rěn" → "ren", "lǚ" → "lü": tones off, ü kept. */
function toneless(reading: string): string {
  return reading
    .normalize("NFD")
    .replace(/u\u0308/g, "ü")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase();
}

const readingsText = unihan("Unihan_Readings.txt");
const dictionaryText = unihan("Unihan_DictionaryLikeData.txt");
const version = /Unihan_Readings\.txt\s*\n#\s*Date:\s*(.+)/.exec(readingsText)?.[1]?.trim() ?? "unknown date";

const dictionary = new Map<string, string[]>();
/** The first kMandarin reading: the character's usual sound, used for the sound of its series. */
const usual = new Map<string, string>();
for (const line of readingsText.split("\n")) {
  const m = /^U\+([0-9A-F]{4,5})\t(kHanyuPinyin|kXHC1983|kTGHZ2013|kMandarin)\t(.+)$/.exec(line);
  if (!m) continue;
  const ch = String.fromCodePoint(parseInt(m[1]!, 16));
  // kHanyuPinyin "42614.070:rěn", kXHC1983 "0964.040:rěn", kMandarin "rěn": readings after a colon or alone, comma-separated.
  const readings = m[3]!
    .split(/\s+/)
    .flatMap((entry) => entry.slice(entry.indexOf(":") + 1).split(","))
    .map(toneless)
    .filter((r) => /^[a-zü]+$/.test(r));
  const list = dictionary.get(ch) ?? [];
  for (const r of readings) if (!list.includes(r)) list.push(r);
  dictionary.set(ch, list);
  if (m[2] === "kMandarin" && readings[0]) usual.set(ch, readings[0]);
}

const seriesOf = new Map<string, string[]>();
const members = new Map<string, string[]>();
for (const line of dictionaryText.split("\n")) {
  const m = /^U\+([0-9A-F]{4,5})\tkPhonetic\t(.+)$/.exec(line);
  if (!m) continue;
  const ch = String.fromCodePoint(parseInt(m[1]!, 16));
  // "976", "976*" (a member only by a variant form), several classes separated by spaces.
  const classes = m[2]!.split(/\s+/).map((c) => c.replace(/[^0-9]/g, "")).filter(Boolean);
  seriesOf.set(ch, classes);
  for (const c of classes) (members.get(c) ?? members.set(c, []).get(c)!).push(ch);
}

/** The sounds of a character's series other than its own, most members first (at most SERIES_READINGS, each shared by two members or more). */
function seriesReadings(ch: string): string[] {
  const own = new Set(dictionary.get(ch) ?? []);
  const count = new Map<string, number>();
  for (const c of seriesOf.get(ch) ?? []) {
    for (const other of members.get(c) ?? []) {
      const r = usual.get(other);
      if (other !== ch && r && !own.has(r)) count.set(r, (count.get(r) ?? 0) + 1);
    }
  }
  return [...count]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SERIES_READINGS)
    .map(([r]) => r);
}

const persons = readdirSync(join(REFERENCE, "persons"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(join(REFERENCE, "persons", f), "utf8")) as { name_han: string | null; name_zh: string | null }[]);
const rows = [...hanCharactersOfRegistry(persons)].sort().map((ch) => `${ch}\t${(dictionary.get(ch) ?? []).join(" ")}\t${seriesReadings(ch).join(" ")}`);
const header = [
  "# Mandarin readings of the characters in the registry's names: character, its dictionary readings, the readings of its phonetic series;",
  "# readings separated by spaces, tones removed (ü kept). A column may be empty.",
  `# Source: Unicode Han Database (Unihan) (${version}): Unihan_Readings.txt fields kHanyuPinyin, kXHC1983, kTGHZ2013, kMandarin;`,
  "# Unihan_DictionaryLikeData.txt field kPhonetic. Unicode License v3. Regenerate with: npm run gen:han-readings",
];
writeFileSync(TARGET, [...header, ...rows, ""].join("\n"));
console.error(`wrote ${rows.length} characters to ${TARGET}`);
