/**
 * Summarise a V8 CPU profile (from `node --cpu-prof`, or `bench/run.ts --profile DIR`):
 *
 *   node --import tsx bench/profile.ts FILE.cpuprofile [--top 25]
 *
 * Prints the functions with the most self time, the most inclusive time
 * (time with that function on the stack, counted once per sample even
 * when it recurses), and self time per source file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  readonly totalSeconds: number;
  readonly self: readonly (readonly [string, number])[];
  readonly inclusive: readonly (readonly [string, number])[];
  readonly files: readonly (readonly [string, number])[];
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function shortUrl(url: string): string {
  if (!url) return "";
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  return path.startsWith(ROOT) ? path.slice(ROOT.length) : path.replace(/^.*\/node_modules\//, "node_modules/");
}

function label(f: CallFrame): string {
  const where = shortUrl(f.url);
  return `${f.functionName || "(anonymous)"}${where ? ` ${where}:${f.lineNumber + 1}` : ""}`;
}

export function summarise(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1e6;
    total += dt;
    const node = byId.get(id);
    if (!node) return;
    const key = label(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    const file = shortUrl(node.callFrame.url) || node.callFrame.functionName;
    files.set(file, (files.get(file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = label(byId.get(at)!.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { totalSeconds: total, self: top(self), inclusive: top(inclusive), files: top(files) };
}

function print(title: string, rows: readonly (readonly [string, number])[], total: number, n: number): string {
  const lines = rows.slice(0, n).map(([k, s]) => `${s.toFixed(2).padStart(8)} s ${((100 * s) / total).toFixed(1).padStart(5)}%  ${k}`);
  return `${title}\n${lines.join("\n")}`;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
  const file = positionals[0];
  if (!file) throw new Error("usage: bench/profile.ts FILE.cpuprofile [--top N]");
  const n = Number(values.top);
  const s = summarise(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const skip = new Set(["(root)", "(program)", "(idle)"]);
  const inclusive = s.inclusive.filter(([k]) => !skip.has(k));
  process.stdout.write(
    [
      `${file}: ${s.totalSeconds.toFixed(2)} s sampled`,
      print("self time by function:", s.self, s.totalSeconds, n),
      print("inclusive time by function:", inclusive, s.totalSeconds, n),
      print("self time by file:", s.files, s.totalSeconds, Math.min(n, 15)),
    ].join("\n\n") + "\n",
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
