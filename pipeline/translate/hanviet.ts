import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Character → Sino-Vietnamese readings: reference/hanviet.tsv (from Unihan,
 * see hanviet-build.ts), completed by reference/hanviet-extra.tsv for
 * characters Unihan lacks.
 */
export async function loadHanViet(referenceDir: string): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  for (const file of ["hanviet.tsv", "hanviet-extra.tsv"]) {
    const text = await readFile(join(referenceDir, file), "utf8");
    for (const line of text.split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const [ch, readings] = line.split("\t");
      if (ch && readings && !map.has(ch)) map.set(ch, readings.trim().split(" "));
    }
  }
  return map;
}
