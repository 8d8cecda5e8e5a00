/**
 * The quality gate: every gold corpus the project carries (test/corpora/*)
 * is built and scored, and each figure must meet its floor in
 * quality/targets.json. A change that makes the extractor worse on the gold
 * corpora fails `npm test`. The floors only ever rise: when a change lifts
 * a figure, raise its target in the same commit.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "../pipeline/build.ts";
import { evaluateCorpora } from "../pipeline/eval/corpora.ts";
import { checkTargets, readTargets } from "../pipeline/eval/report.ts";

test("every gold corpus meets its targets in quality/targets.json", async () => {
  const targets = readTargets(join(ROOT, "quality", "targets.json"));
  const { figures } = await evaluateCorpora();
  for (const corpus of Object.keys(figures)) assert.ok(corpus in targets, `corpus '${corpus}' has no targets in quality/targets.json`);
  assert.deepEqual(checkTargets(figures, targets), []);
});

test("the gate fails when a figure falls below its target", () => {
  const figures = { c: { meetings: { f1: 0.5 } } } as never;
  assert.deepEqual(checkTargets(figures, { c: { meetings: { f1: 0.9 } } }), ["c meetings f1: 0.5 < 0.9"]);
  assert.deepEqual(checkTargets(figures, { d: { meetings: { f1: 0.9 } } }), ["d: not evaluated"]);
});
