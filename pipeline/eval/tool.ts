import { PipelineError } from "../core/errors.ts";

/**
 * Run an evaluation tool's `main` and exit with its code: a PipelineError is
 * the user's problem (its message, exit 2 or its own code), anything else a
 * bug (the stack, exit 70).
 */
export function runTool(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof PipelineError) {
        process.stderr.write(`${name}: ${e.message}\n`);
        process.exit(e.exitCode === 1 ? 2 : e.exitCode);
      }
      process.stderr.write(`${name}: unexpected error (a bug; please report it):\n${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(70);
    },
  );
}
