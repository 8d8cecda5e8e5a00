/**
 * The stage contract. A stage is a pure step of the build: it declares the
 * artifacts it reads and writes, and `run` turns the first into the second.
 * The DAG, the run order and the cache keys are all derived from these
 * declarations (see dag.ts and runner.ts); nothing is ordered by hand.
 */

/** A map from artifact name to the type of its value. */
export type ArtifactMap = Record<string, unknown>;

export interface StageContext {
  /** Report progress on long per-item work; the reporter throttles output. */
  progress(done: number, total: number): void;
  /** A warning worth the user's attention (printed, and kept for the summary). */
  warn(message: string): void;
  /** Build options that stages may read but which never change their output's meaning. */
  readonly options: BuildOptions;
}

export interface BuildOptions {
  /** Absolute path of the raw directory (read by source stages only). */
  readonly rawDir: string;
  /** Absolute path of the reference data (the person registry). */
  readonly referenceDir: string;
  /** Worker threads for per-item work (pipeline/core/pool.ts); absent = as many as the machine has, up to 4. */
  readonly threads?: number;
}

export interface Stage<
  A extends ArtifactMap = ArtifactMap,
  R extends keyof A & string = keyof A & string,
  W extends keyof A & string = keyof A & string,
> {
  /** Unique id; by convention the stage's file name under pipeline/stages/. */
  readonly id: string;
  /** One line for `npm run dag` and the docs. */
  readonly description: string;
  /** Bump when the stage's output changes for the same input (invalidates its cache). */
  readonly version: number;
  readonly reads: readonly R[];
  readonly writes: readonly W[];
  /** Number of items the stage works on, for the progress line (optional). */
  count?(outputs: Pick<A, W>): number;
  run(inputs: Pick<A, R>, ctx: StageContext): Promise<Pick<A, W>> | Pick<A, W>;
}

/** Any stage over artifact map A, whatever it reads and writes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage<A extends ArtifactMap = ArtifactMap> = Stage<A, any, any>;

/** Identity function that lets TypeScript infer R and W from the literal. */
export function defineStage<A extends ArtifactMap>() {
  return <R extends keyof A & string, W extends keyof A & string>(stage: Stage<A, R, W>): Stage<A, R, W> => stage;
}
