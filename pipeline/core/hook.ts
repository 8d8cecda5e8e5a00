/**
 * Test hook: `HOIDAM_TEST_HOOK=<point>:<action>` stops a build at a named
 * point so that the tests can crash it there or hold it there. Unset (as in
 * any real use) it does nothing.
 *
 * Points: `locked` (both build locks held, no stage run yet), `cache-tmp`
 * (a cache entry written to its temporary folder, not yet renamed into
 * place), `out-tmp` (out/'s replacement written beside it, before the swap),
 * `swap` (out/ renamed aside, its replacement not yet renamed in).
 * Actions: `kill` (SIGKILL itself, as a crash or `kill -9` would) and `stop`
 * (SIGSTOP itself; the test sends SIGCONT to let it go on).
 */
export function hook(point: string): void {
  const spec = process.env.HOIDAM_TEST_HOOK;
  if (!spec || spec.split(":")[0] !== point) return;
  const action = spec.split(":")[1] === "stop" ? "SIGSTOP" : "SIGKILL";
  process.stderr.write(`hoidam: test hook at ${point}: ${action} to pid ${process.pid}\n`);
  process.kill(process.pid, action);
}
