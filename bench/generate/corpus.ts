/**
 * The synthetic corpus: which file is an original, a reprint (~10%) or a
 * garbled machine translation (~3%), and of what; every file a pure
 * function of (registry, seed, index). `writeCorpus` writes it under
 * `<dir>/raw/<year>/` with the ground truth beside it (`<dir>/truth.tsv`,
 * outside raw/ so the build never sees it). For measurement only: never
 * point it at the repository's raw/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "../../pipeline/core/hash.ts";
import { folderHash } from "../../pipeline/core/fingerprint.ts";
import { REFERENCE_DIR, type Registry } from "../../pipeline/registry/index.ts";
import { buildArticle, bylineName, type ArticleModel } from "./article.ts";
import { OUTLETS, type Edition } from "./outlets.ts";
import { deriveSeed, Rng } from "./prng.ts";
import { garbledText, originalEdition, renderEdition, reprintEdition } from "./variants.ts";

export const DEFAULT_SEED = 20240603;
export const REPRINT_SHARE = 0.1;
export const GARBLED_SHARE = 0.03;

export type FileKind = "original" | "reprint" | "garbled";

export interface CorpusFile {
  /** Path below raw/, forward slashes. */
  readonly path: string;
  readonly kind: FileKind;
  /** Path of the original a reprint or garbled copy was made from; null for originals. */
  readonly source: string | null;
  readonly text: string;
}

export interface Plan {
  readonly kind: readonly FileKind[];
  /** Index of the original each reprint / garbled copy comes from (-1 for originals). */
  readonly source: Int32Array;
}

const SALT_PLAN = 0x91a7;
const SALT_RENDER = 0x3e9d;
const SALT_REPRINT = 0x7c1b;
const SALT_GARBLE = 0x5f0d;

/** Exactly round(10%) reprints and round(3%) garbled copies, at positions and of originals drawn from the seed. */
export function planCorpus(count: number, seed: number): Plan {
  const rng = new Rng(deriveSeed(seed, count, SALT_PLAN));
  const reprints = count > 1 ? Math.round(count * REPRINT_SHARE) : 0;
  const garbled = count > 1 ? Math.round(count * GARBLED_SHARE) : 0;
  const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
  const kind: FileKind[] = new Array<FileKind>(count).fill("original");
  order.slice(0, reprints).forEach((i) => (kind[i] = "reprint"));
  order.slice(reprints, reprints + garbled).forEach((i) => (kind[i] = "garbled"));
  const originals = order.slice(reprints + garbled).sort((a, b) => a - b);
  const source = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) if (kind[i] !== "original") source[i] = rng.pick(originals);
  return { kind, source };
}

/** The files of the corpus, one at a time (a 100k corpus is ~350 MB of text). */
export function* generateCorpus(registry: Registry, count: number, seed: number = DEFAULT_SEED): Generator<CorpusFile> {
  const plan = planCorpus(count, seed);
  const width = Math.max(6, String(count - 1).length);
  const model = (i: number) => buildArticle(registry, seed, i, OUTLETS.length);
  const pathOf = (i: number, e: Edition) => `${e.pub.y}/${String(i).padStart(width, "0")}-${OUTLETS[e.outlet]!.id}.txt`;
  for (let i = 0; i < count; i++) {
    const kind = plan.kind[i]!;
    if (kind === "original") {
      const e = originalEdition(model(i));
      yield { path: pathOf(i, e), kind, source: null, text: renderEdition(e, new Rng(deriveSeed(seed, i, SALT_RENDER))) };
      continue;
    }
    const j = plan.source[i]!;
    const original: ArticleModel = model(j);
    const source = pathOf(j, originalEdition(original));
    if (kind === "reprint") {
      const rng = new Rng(deriveSeed(seed, i, SALT_REPRINT));
      const e = reprintEdition(original, rng, bylineName(rng));
      yield { path: pathOf(i, e), kind, source, text: renderEdition(e, rng) };
    } else {
      const rng = new Rng(deriveSeed(seed, i, SALT_GARBLE));
      const path = `${original.pub.y}/${String(i).padStart(width, "0")}-garbled.txt`;
      yield { path, kind, source, text: garbledText(original, rng) };
    }
  }
}

export interface CorpusSummary {
  readonly seed: number;
  readonly count: number;
  readonly bytes: number;
  readonly originals: number;
  readonly reprints: number;
  readonly garbled: number;
  /** Hash of the generator's code and the registry: a corpus on disk with another value is stale. */
  readonly generator: string;
}

export const TRUTH_FILE = "truth.tsv";
export const SUMMARY_FILE = "corpus.json";

/** Write the corpus to `<dir>/raw/`, the truth to `<dir>/truth.tsv` and the summary to `<dir>/corpus.json`. */
export function writeCorpus(registry: Registry, dir: string, count: number, seed: number = DEFAULT_SEED): CorpusSummary {
  const raw = join(dir, "raw");
  if (resolve(raw) === resolve(REFERENCE_DIR, "..", "raw")) throw new Error("the synthetic corpus must never be written into the repository's raw/");
  const made = new Set<string>();
  const truth: string[] = ["path\tkind\tsource"];
  let bytes = 0;
  const counts = { original: 0, reprint: 0, garbled: 0 };
  for (const f of generateCorpus(registry, count, seed)) {
    const target = join(raw, f.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const data = Buffer.from(f.text, "utf8");
    writeFileSync(target, data);
    bytes += data.length;
    counts[f.kind]++;
    truth.push(`${f.path}\t${f.kind}\t${f.source ?? ""}`);
  }
  writeFileSync(join(dir, TRUTH_FILE), truth.join("\n") + "\n");
  const summary: CorpusSummary = { seed, count, bytes, originals: counts.original, reprints: counts.reprint, garbled: counts.garbled, generator: generatorFingerprint() };
  writeFileSync(join(dir, SUMMARY_FILE), JSON.stringify(summary, null, 2) + "\n");
  return summary;
}

export interface TruthRow {
  readonly kind: FileKind;
  readonly source: string | null;
}

export function readTruth(dir: string): Map<string, TruthRow> {
  const out = new Map<string, TruthRow>();
  const lines = readFileSync(join(dir, TRUTH_FILE), "utf8").split("\n").slice(1);
  for (const line of lines) {
    if (!line) continue;
    const [path, kind, source] = line.split("\t");
    out.set(path!, { kind: kind as FileKind, source: source || null });
  }
  return out;
}

/** Hash of this folder's code and of the reference registry the people come from. */
export function generatorFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const parts = readdirSync(here)
    .filter((n) => n.endsWith(".ts"))
    .sort()
    .map((n) => `${n} ${sha256(readFileSync(join(here, n)))}`);
  return sha256([...parts, `reference ${folderHash(REFERENCE_DIR)}`].join("\n")).slice(0, 16);
}
