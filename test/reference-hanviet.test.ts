import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { readHanViet } from "../pipeline/reference/load.ts";
import { nameWords } from "../pipeline/translate/match.ts";
import { readingsOfHanViet } from "../pipeline/translate/pinyin.ts";
import { repoKnowledge, tempDir } from "./helpers.ts";

test("readHanViet: a character in several files has the readings of all, the first file's first, each once", async () => {
  const dir = await tempDir();
  const [base, extra] = [join(dir, "hanviet.tsv"), join(dir, "hanviet-extra.tsv")];
  await writeFile(base, "# Unihan\n強\tcàng\n威\tuy\n");
  await writeFile(extra, "# by hand\n強\tcường\n春\txuân\n威\toai uy\n");
  assert.deepEqual(await readHanViet([base, extra]), { 強: ["càng", "cường"], 威: ["uy", "oai"], 春: ["xuân"] });
  // The order of the files decides the order of the readings, not which ones count.
  assert.deepEqual((await readHanViet([extra, base]))["強"], ["cường", "càng"]);
});

test("readHanViet: names the file and line of a malformed row", async () => {
  const dir = await tempDir();
  const file = join(dir, "hanviet-extra.tsv");
  await writeFile(file, "# comment\n春\txuân\n春 xuân\n");
  await assert.rejects(readHanViet([file]), (e: Error) => /hanviet-extra\.tsv:3: expected a character/.test(e.message));
});

// Native Vietnamese syllables, which only Nôm characters without a Mandarin reading write (Được, Đó, Gấu, Dắt,
// Vững, Tỏ), and syllables for which no dictionary checked gives a character (Soát, Cáng): a name with one of them
// is not guessed.
const WITHOUT_CHARACTER = ["cáng", "dắt", "gấu", "soát", "tỏ", "vững", "được", "đó"];

test("every syllable of the registry's Vietnamese names without characters has a Mandarin reading, but for native ones (add the character to reference/hanviet-extra.tsv)", async () => {
  const k = await repoKnowledge();
  const byReading = new Map<string, string[]>();
  for (const [ch, rs] of k.hanviet) for (const r of rs) byReading.set(r, [...(byReading.get(r) ?? []), ch]);
  const missing = new Set<string>();
  for (const p of k.registry.persons) {
    if (p.country !== "VN" || p.name_han || p.name_zh) continue;
    for (const w of nameWords(p.name)) if (!readingsOfHanViet(w, byReading).length) missing.add(w.toLowerCase());
  }
  assert.deepEqual([...missing].sort(), [...WITHOUT_CHARACTER].sort());
  // The extra file is read: its characters are in the table the pipeline uses.
  const extra = await readFile(new URL("../reference/hanviet-extra.tsv", import.meta.url), "utf8");
  for (const line of extra.split("\n").filter((l) => l && !l.startsWith("#"))) {
    const [ch, rs] = line.split("\t");
    for (const r of rs!.split(" ")) assert.ok(k.hanviet.get(ch!)?.includes(r), `${ch} ${r}`);
  }
});

test("every character of the registry's Japanese names in kanji has a Sino-Vietnamese reading (add it to reference/hanviet-extra.tsv, with its source)", async () => {
  // One character without a reading leaves the person with no Hán-Việt spelling at all, and a machine translation's
  // bracketed reading of the name ("An Bội Tấn Tam" for 安倍晋三) unrepaired.
  const k = await repoKnowledge();
  const missing = new Set<string>();
  for (const p of k.registry.persons) {
    if (p.country !== "JP" || !p.name_han) continue;
    for (const ch of p.name_han) if (/\p{Script=Han}/u.test(ch) && !k.hanviet.get(ch)?.length) missing.add(`${ch} (${p.name})`);
  }
  assert.deepEqual([...missing], []);
});
