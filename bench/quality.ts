/**
 * What the build made of the synthetic corpus, against its ground truth:
 * were reprints linked to their originals (articles.duplicate_of), and
 * were the garbled copies flagged as machine-translated (when the table
 * has that column). Not a performance figure, but a benchmark whose
 * corpus the pipeline misreads measures the wrong thing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { TruthRow } from "./generate/corpus.ts";

export interface Quality {
  /** Links a perfect dedupe would make: group size − 1 over groups of an original and its reprints. */
  readonly reprintLinksExpected: number;
  /** Of those, how many the duplicate_of links make (group size − connected parts, links through garbled copies included). */
  readonly reprintLinksFound: number;
  /** duplicate_of links between articles of different groups. */
  readonly wrongLinks: number;
  /** Garbled copies connected to their original's group by duplicate_of links. */
  readonly garbledLinked: number;
  readonly garbled: number;
  /** machine_translated = true among garbled copies / among the rest (null when the table has no such column). */
  readonly flaggedGarbled: number | null;
  readonly flaggedOthers: number | null;
}

type Row = Record<string, string>;

export function assessQuality(outDir: string, truth: ReadonlyMap<string, TruthRow>): Quality {
  const rows = parse(readFileSync(join(outDir, "csv", "articles.csv")), { columns: true, skip_empty_lines: true }) as Row[];
  const groupOf = (file: string) => truth.get(file)?.source ?? file;
  const fileOf = new Map(rows.map((r) => [r.article_id!, r.source_file!]));

  // Union-find over files, joined by every duplicate_of link inside a group.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  let wrong = 0;
  for (const r of rows) {
    const other = r.duplicate_of ? fileOf.get(r.duplicate_of) : undefined;
    if (!other) continue;
    if (groupOf(r.source_file!) !== groupOf(other)) wrong++;
    else parent.set(find(r.source_file!), find(other));
  }

  const members = new Map<string, string[]>(); // group → its original and reprints
  const garbledFiles: string[] = [];
  for (const [file, t] of truth) {
    if (t.kind === "garbled") garbledFiles.push(file);
    else members.set(groupOf(file), [...(members.get(groupOf(file)) ?? []), file]);
  }
  const garbled = garbledFiles.length;
  const garbledLinked = garbledFiles.filter((g) => (members.get(groupOf(g)) ?? []).some((m) => find(m) === find(g))).length;
  let expected = 0;
  let found = 0;
  for (const files of members.values()) {
    expected += files.length - 1;
    found += files.length - new Set(files.map(find)).size;
  }

  const hasFlag = rows.length > 0 && "machine_translated" in rows[0]!;
  let flaggedGarbled = 0;
  let flaggedOthers = 0;
  for (const r of rows) {
    if (r.machine_translated !== "true") continue;
    if (truth.get(r.source_file!)?.kind === "garbled") flaggedGarbled++;
    else flaggedOthers++;
  }
  return {
    reprintLinksExpected: expected,
    reprintLinksFound: found,
    wrongLinks: wrong,
    garbledLinked,
    garbled,
    flaggedGarbled: hasFlag ? flaggedGarbled : null,
    flaggedOthers: hasFlag ? flaggedOthers : null,
  };
}
