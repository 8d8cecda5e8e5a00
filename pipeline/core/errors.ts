/**
 * Errors a user can act on. Each carries an exit code and a message that
 * names the stage, file or table concerned; the CLI prints the message
 * without a stack trace.
 */
export class PipelineError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stage declarations do not form a valid DAG. */
export class DagError extends PipelineError {}

/** Bad command-line usage. */
export class UsageError extends PipelineError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A stage threw; wraps the cause with the stage id. */
export class StageFailedError extends PipelineError {
  constructor(
    readonly stageId: string,
    override readonly cause: unknown,
  ) {
    super(`stage '${stageId}' failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
