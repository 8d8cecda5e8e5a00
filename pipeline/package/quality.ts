import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PipelineError } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import type { SourceValue } from "../core/runner.ts";

/**
 * The quality figures the data card reports: `quality/eval.json`, written by
 * `npm run eval` and committed, shaped
 *
 *   { "<corpus>": { "<table>": { "precision": 0.9, "recall": 0.8, "f1": 0.85 }, … }, … }
 *
 * It is a source of the build (like `raw` and `reference`): its content
 * hash is part of the cache key of the stage that reads it, so editing the
 * file reruns only that stage. Entries of another shape (a note, a date)
 * are ignored; a file that is not JSON stops the build.
 */
export const QUALITY_DIR = fileURLToPath(new URL("../../quality/", import.meta.url));
export const QUALITY_FILE = "eval.json";
/** Figures measured out of sample (on text nobody developing the rules had read), committed by hand, in the same shape. */
export const HELD_OUT_FILE = "held-out.json";

export interface Scores {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** corpus → table → scores, in the file's order; null when no evaluation was recorded. */
export type QualityReport = Readonly<Record<string, Readonly<Record<string, Scores>>>>;

export function loadQuality(dir: string = QUALITY_DIR, name: string = QUALITY_FILE): SourceValue<QualityReport | null> {
  const file = join(dir, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { value: null, hash: "absent" };
    throw new PipelineError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new PipelineError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  return { value: parseQuality(json), hash: sha256(bytes) };
}

export function parseQuality(json: unknown): QualityReport {
  const report: Record<string, Record<string, Scores>> = {};
  if (!isObject(json)) return report;
  for (const [corpus, tables] of Object.entries(json)) {
    if (!isObject(tables)) continue;
    const scores: Record<string, Scores> = {};
    for (const [table, s] of Object.entries(tables)) {
      if (!isObject(s)) continue;
      const pick = (k: string) => (typeof s[k] === "number" && Number.isFinite(s[k]) ? (s[k] as number) : null);
      const entry = { precision: pick("precision"), recall: pick("recall"), f1: pick("f1") };
      if (entry.precision !== null || entry.recall !== null || entry.f1 !== null) scores[table] = entry;
    }
    if (Object.keys(scores).length) report[corpus] = scores;
  }
  return report;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
