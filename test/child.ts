import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../pipeline/build.ts";

/** A `hoidam build` in a child process, for what one process cannot show: locks, kills. */
export interface Child {
  readonly pid: number;
  /** Resolves once stderr matches; rejects if the process ends first. */
  until(pattern: RegExp): Promise<void>;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `hoidam build <args>`; `hook` sets HOIDAM_TEST_HOOK (see pipeline/core/hook.ts). */
export function startBuild(args: readonly string[], hook?: string): Child {
  const env = { ...process.env };
  delete env.HOIDAM_TEST_HOOK;
  if (hook) env.HOIDAM_TEST_HOOK = hook;
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "pipeline/cli.ts"), "build", ...args], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const waiting: { pattern: RegExp; ok: () => void }[] = [];
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const w of waiting.filter((w) => w.pattern.test(stderr))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.ok();
    }
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((ok) => child.on("close", (code, signal) => ok({ code, signal, stderr })));
  return {
    pid: child.pid!,
    done,
    until: (pattern) =>
      pattern.test(stderr)
        ? Promise.resolve()
        : new Promise<void>((ok, fail) => {
            waiting.push({ pattern, ok });
            void done.then(() => fail(new Error(`the build (pid ${child.pid}) ended before its stderr matched ${pattern}:\n${stderr}`)));
          }),
  };
}
