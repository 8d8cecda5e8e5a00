/**
 * Writes reference/hanviet.tsv, the Sino-Vietnamese (Hán-Việt) readings of
 * Chinese characters, from the Unicode Han Database (field kVietnamese of
 * Unihan_Readings.txt). Debian's `unicode-data` package ships it:
 *
 *   apt-get install unicode-data && npm run gen:hanviet
 *
 * The table is committed so a build needs neither the package nor network.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SOURCE = process.argv[2] ?? "/usr/share/unicode/Unihan_Readings.txt.bz2";
const TARGET = fileURLToPath(new URL("../../reference/hanviet.tsv", import.meta.url));

const text = SOURCE.endsWith(".bz2") ? execFileSync("bzcat", [SOURCE], { maxBuffer: 1 << 30 }).toString("utf8") : execFileSync("cat", [SOURCE]).toString("utf8");
const version = /Unihan_Readings\.txt\s*\n#\s*Date:\s*(.+)/.exec(text)?.[1]?.trim() ?? "unknown date";
const rows: string[] = [];
for (const line of text.split("\n")) {
  const m = /^U\+([0-9A-F]{4,5})\tkVietnamese\t(.+)$/.exec(line);
  if (m) rows.push(`${String.fromCodePoint(parseInt(m[1]!, 16))}\t${m[2]!.trim().normalize("NFC")}`);
}
rows.sort();
const header = [
  `# Sino-Vietnamese readings: character, then its readings separated by spaces.`,
  `# Source: Unicode Han Database (Unihan), Unihan_Readings.txt (${version}), field kVietnamese;`,
  `# Unicode License v3. Regenerate with: npm run gen:hanviet`,
];
writeFileSync(TARGET, [...header, ...rows, ""].join("\n"));
console.error(`wrote ${rows.length} characters to ${TARGET}`);
