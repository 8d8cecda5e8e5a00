import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, ROOT } from "../build.ts";
import { PipelineError } from "../core/errors.ts";
import { memoryReporter } from "../core/reporter.ts";
import { readGold } from "./gold.ts";
import { score, type Figures, type Result as ScoreResult } from "./score.ts";
import { readTables } from "./tables.ts";

/** Where the gold corpora the project carries live: `test/corpora/<corpus>/{gold.json,raw/}`. */
export const CORPORA_DIR = join(ROOT, "test", "corpora");

/** The folders under `dir` holding a gold.json and a raw/ folder, sorted. */
export function findCorpora(dir: string = CORPORA_DIR): string[] {
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
  const corpora = names.filter((n) => existsSync(join(dir, n, "gold.json")) && existsSync(join(dir, n, "raw")));
  if (corpora.length === 0) throw new PipelineError(`no gold corpus under ${dir} (each needs gold.json and raw/)`, 2);
  return corpora;
}

export interface CorpusResult {
  readonly corpus: string;
  readonly result: ScoreResult;
  readonly seconds: number;
  /** The build's warnings. */
  readonly warnings: readonly string[];
  /** Where the tables were built; removed after `evaluateCorpora` unless `keep`. */
  readonly outDir: string;
}

export interface EvaluateOptions {
  readonly corporaDir?: string;
  /** Cache folder root (one sub-folder per corpus); a fresh temporary one when absent. */
  readonly cacheRoot?: string;
  readonly keep?: boolean;
  /** Called after each corpus is scored. */
  readonly onCorpus?: (r: CorpusResult) => void;
}

/** Build every gold corpus into a temporary folder and score its tables against its gold file. */
export async function evaluateCorpora(options: EvaluateOptions = {}): Promise<{ figures: Record<string, Figures>; work: string }> {
  const corporaDir = options.corporaDir ?? CORPORA_DIR;
  const work = await mkdtemp(join(tmpdir(), "hoidam-eval-"));
  const cacheRoot = options.cacheRoot ?? join(work, "cache");
  const figures: Record<string, Figures> = {};
  try {
    for (const corpus of findCorpora(corporaDir)) {
      const dir = join(corporaDir, corpus);
      const gold = readGold(join(dir, "gold.json"));
      const outDir = join(work, corpus);
      const started = performance.now();
      const reporter = memoryReporter();
      try {
        await build({ rawDir: join(dir, "raw"), outDir, cacheDir: join(cacheRoot, corpus), reporter });
      } catch (e) {
        if (e instanceof PipelineError) throw new PipelineError(`building corpus '${corpus}': ${e.message}`, e.exitCode);
        throw e;
      }
      const result = score(gold, readTables(outDir));
      figures[corpus] = result.figures;
      options.onCorpus?.({ corpus, result, seconds: (performance.now() - started) / 1000, warnings: reporter.lines.filter((l) => l.startsWith("warn ")), outDir });
    }
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
  return { figures, work };
}
