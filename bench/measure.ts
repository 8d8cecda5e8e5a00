/**
 * Runs one build in a child process (bench/build-child.ts) and measures it
 * from outside too: wall seconds from spawn to exit, which include Node's
 * and tsx's start-up, on top of the child's own figures.
 */
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { ChildResult } from "./build-child.ts";
import { speedCheck } from "./speed-check.ts";

const CHILD = fileURLToPath(new URL("./build-child.ts", import.meta.url));

export interface BuildRun {
  readonly child: ChildResult;
  /** Wall seconds from spawn to exit (start-up included). */
  readonly processSeconds: number;
  /** 1-minute load average at spawn. */
  readonly loadAverage: number;
  /** bench/speed-check.ts just before the build: how fast the machine was then. */
  readonly speedCheckSeconds: number;
}

export interface BuildDirs {
  readonly raw: string;
  readonly out: string;
  readonly cache: string;
}

export interface SpawnOptions {
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeArgs?: readonly string[];
  /** Kill the build after this many seconds (0: never). */
  readonly timeoutSeconds?: number;
  /** Pass the child's stage lines through to our stderr. */
  readonly verbose?: boolean;
  /** Run only this stage and what it needs (build's `only`). */
  readonly only?: string | null;
}

export class BuildTimeout extends Error {}

export function runBuild(dirs: BuildDirs, opts: SpawnOptions = {}): Promise<BuildRun> {
  const args = [...(opts.nodeArgs ?? []), "--import", "tsx", CHILD, "--raw", dirs.raw, "--out", dirs.out, "--cache", dirs.cache, ...(opts.only ? ["--only", opts.only] : []), ...(opts.verbose ? ["--verbose"] : [])];
  const loadAverage = loadavg()[0] ?? 0;
  const speedCheckSeconds = speedCheck();
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", opts.verbose ? "inherit" : "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr?.setEncoding("utf8").on("data", (s: string) => (stderr = (stderr + s).slice(-20_000)));
  let timedOut = false;
  const timer =
    opts.timeoutSeconds && opts.timeoutSeconds > 0
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, opts.timeoutSeconds * 1000)
      : null;
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      const processSeconds = (performance.now() - started) / 1000;
      if (timedOut) return reject(new BuildTimeout(`build of ${dirs.raw} killed after ${opts.timeoutSeconds}s`));
      const line = stdout.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) return reject(new Error(`build of ${dirs.raw} failed (exit ${code}):\n${stderr}`));
      resolve({ child: JSON.parse(line) as ChildResult, processSeconds, loadAverage, speedCheckSeconds });
    });
  });
}
