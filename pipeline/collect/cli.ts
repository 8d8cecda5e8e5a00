/**
 * npm run collect -- --urls FILE [--raw DIR] [--delay S] [--timeout S] [--retries N] [--user-agent UA]
 *
 * Fetches every URL of FILE (one a line; blank lines and lines starting
 * with # skipped) into the raw directory; see collect.ts. Exit status 0
 * when every URL was saved or already there, 1 when some failed (listed),
 * 2 for a usage error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../build.ts";
import { collect, USER_AGENT } from "./collect.ts";

const USAGE = "usage: npm run collect -- --urls FILE [--raw DIR] [--delay SECONDS] [--timeout SECONDS] [--retries N] [--user-agent UA]";

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { urls: { type: "string" }, raw: { type: "string", default: join(ROOT, "raw") }, delay: { type: "string", default: "1" }, timeout: { type: "string", default: "30" }, retries: { type: "string", default: "3" }, "user-agent": { type: "string", default: USER_AGENT } } }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!values.urls) {
    process.stderr.write(`--urls FILE is required\n${USAGE}\n`);
    return 2;
  }
  const numbers = { delay: Number(values.delay), timeout: Number(values.timeout), retries: Number(values.retries) };
  for (const [k, v] of Object.entries(numbers)) {
    if (!Number.isFinite(v) || v < 0) {
      process.stderr.write(`--${k} must be a number ≥ 0\n${USAGE}\n`);
      return 2;
    }
  }
  let text: string;
  try {
    text = readFileSync(values.urls, "utf8");
  } catch (e) {
    process.stderr.write(`cannot read ${values.urls}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const summary = await collect({ urls: text.split(/\r?\n/), rawDir: values.raw, delayMs: numbers.delay * 1000, timeoutMs: numbers.timeout * 1000, retries: Math.floor(numbers.retries), userAgent: values["user-agent"] });
  return summary.failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
