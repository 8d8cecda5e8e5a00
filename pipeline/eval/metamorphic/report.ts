/** What a metamorphic run reports, and what quality/metamorphic.json records of it. */
import { join } from "node:path";
import { ROOT } from "../../build.ts";
import { figures, keyOf, type TransformationResult } from "./runner.ts";

export const RECORD_FILE = join(ROOT, "quality", "metamorphic.json");

export interface MetamorphicRecord {
  readonly [id: string]: { readonly holds: readonly string[]; readonly fails: readonly string[] };
}

/** What quality/metamorphic.json records of a run: per transformation, the articles that hold and those that fail. */
export function toRecord(results: readonly TransformationResult[]): MetamorphicRecord {
  return Object.fromEntries(
    [...results]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => [r.id, { holds: r.articles.filter((a) => a.status === "holds").map(keyOf).sort(), fails: r.articles.filter((a) => a.status === "fails").map(keyOf).sort() }]),
  );
}

export function formatResults(results: readonly TransformationResult[], verbose: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const f = figures(r);
    lines.push(`${r.id} (${r.issue}): ${f.holds}/${f.applies} hold, ${f.applies}/${f.total} apply — ${r.title}`);
    for (const a of r.articles) {
      if (a.status === "fails") {
        lines.push(`  FAIL ${keyOf(a)}${a.note ? ` (${a.note})` : ""}`);
        for (const d of a.diff ?? []) lines.push(`    ${d}`);
        if (verbose) for (const c of a.changes ?? []) lines.push(`    rewrote: ${c}`);
      } else if (verbose) {
        lines.push(`  ${a.status === "holds" ? "ok  " : "skip"} ${keyOf(a)}${a.note ? `: ${a.note}` : ""}`);
        if (a.status === "holds") for (const c of a.changes ?? []) lines.push(`    rewrote: ${c}`);
      }
    }
  }
  return lines.join("\n");
}
