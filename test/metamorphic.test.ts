/**
 * The metamorphic guard (issues #15 and #16): every gold article is
 * rewritten in ways that must not change the answer, and the corpora are
 * rebuilt (pipeline/eval/metamorphic/). quality/metamorphic.json records,
 * per transformation, the articles that held and those that failed when it
 * was last written (`npm run metamorphic -- --write`):
 *
 * - an article that held must still hold (a regression fails the suite);
 * - an article that failed is a `todo` test naming its issue, so the gaps
 *   stay visible while the suite stays green. When one starts to hold,
 *   record it with `--write` so that it is guarded from then on.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { RECORD_FILE, type MetamorphicRecord } from "../pipeline/eval/metamorphic/report.ts";
import { keyOf, runMetamorphic, type ArticleResult, type TransformationResult } from "../pipeline/eval/metamorphic/runner.ts";
import { TRANSFORMATIONS } from "../pipeline/eval/metamorphic/transforms.ts";

const record = JSON.parse(readFileSync(RECORD_FILE, "utf8")) as MetamorphicRecord;

function explain(key: string, a: ArticleResult | undefined): string {
  if (!a) return `${key}: no longer among the articles`;
  if (a.status === "skipped") return `${key}: the rewrite no longer applies (${a.note})`;
  return `${key}: ${(a.diff ?? []).join("; ")}`;
}

describe("metamorphic transformations over the gold corpora", { timeout: 15 * 60 * 1000 }, () => {
  let results: TransformationResult[] = [];
  before(async () => {
    results = await runMetamorphic();
  });
  const byKey = (id: string) => new Map((results.find((r) => r.id === id)?.articles ?? []).map((a) => [keyOf(a), a]));

  test("every transformation is recorded in quality/metamorphic.json", () => {
    assert.deepEqual(TRANSFORMATIONS.map((t) => t.id).filter((id) => !record[id]), []);
  });

  for (const t of TRANSFORMATIONS) {
    const rec = record[t.id] ?? { holds: [], fails: [] };
    test(`${t.id}: the ${rec.holds.length} articles that held still hold (${t.issue})`, () => {
      const now = byKey(t.id);
      const broken = rec.holds.filter((k) => now.get(k)?.status !== "holds").map((k) => explain(k, now.get(k)));
      assert.deepEqual(broken, [], `${t.title}\nno longer holds:\n  ${broken.join("\n  ")}`);
    });
    for (const key of rec.fails) {
      test(`${t.id}: ${key}`, { todo: `issue ${t.issue}: fails today` }, () => {
        const a = byKey(t.id).get(key);
        assert.equal(a?.status, "holds", explain(key, a));
      });
    }
  }
});
