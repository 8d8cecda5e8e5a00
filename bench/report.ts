/** Plain-text tables of the benchmark's figures. */
import type { BuildFigures, RunFigures, Verdict } from "./results.ts";

const int = (n: number) => n.toLocaleString("en-US");
const sec = (x: number) => x.toFixed(2);
const mb = (x: number) => `${x.toFixed(0)} MB`;

function table(header: readonly string[], rows: readonly (readonly string[])[], right: (col: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (right(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Per stage: cold items, seconds, items/s; warm status and seconds. */
export function runTable(run: RunFigures): string {
  const c = run.corpus;
  const title = `== ${int(run.size)} articles: ${c.megabytes.toFixed(1)} MB, ${int(c.reprints)} reprints, ${int(c.garbled)} garbled; ${c.generateSeconds === null ? "corpus reused" : `generated in ${sec(c.generateSeconds)} s`}`;
  const lines = [title];
  if (run.cold) {
    const warm = new Map((run.warm?.stages ?? []).map((s) => [s.id, s]));
    const rows = run.cold.stages.map((s) => {
      const w = warm.get(s.id);
      return [s.id, s.items === null ? "-" : int(s.items), sec(s.seconds), s.itemsPerSecond === null ? "-" : int(s.itemsPerSecond), mb(s.peakRssMB), mb(s.rssAfterMB), w?.status ?? "-", w ? sec(w.seconds) : "-"];
    });
    const total = (label: string, pick: (b: BuildFigures) => string) => [label, "", pick(run.cold!), "", "", "", "", run.warm ? pick(run.warm) : "-"];
    rows.push(
      total("(outside stages)", (b) => sec(b.outsideStagesSeconds)),
      total("build()", (b) => sec(b.buildSeconds)),
      total("process, start-up incl.", (b) => sec(b.processSeconds)),
      total("cpu (user+sys)", (b) => sec(b.cpuSeconds)),
      total("peak RSS", (b) => mb(b.peakRssMB)),
    );
    lines.push(table(["stage", "items", "cold s", "items/s", "peak RSS", "RSS after", "warm", "warm s"], rows, (i) => i !== 0 && i !== 6));
  }
  if (run.quality) {
    const q = run.quality;
    const flagged = q.flaggedGarbled === null ? "" : `; flagged machine-translated: ${int(q.flaggedGarbled)}/${int(q.garbled)} garbled, ${int(q.flaggedOthers ?? 0)} others`;
    lines.push(`reprint links: ${int(q.reprintLinksFound)}/${int(q.reprintLinksExpected)} found, ${int(q.wrongLinks)} wrong; garbled linked to their original: ${int(q.garbledLinked)}/${int(q.garbled)}${flagged}`);
  }
  if (run.cold) lines.push(`load average at start: cold ${run.cold.loadAverage.toFixed(2)}${run.warm ? `, warm ${run.warm.loadAverage.toFixed(2)}` : ""}`);
  if (run.cold) lines.push(`speed check at start (bench/speed-check.ts, lower is faster): cold ${run.cold.speedCheckSeconds.toFixed(3)} s${run.warm ? `, warm ${run.warm.speedCheckSeconds.toFixed(3)} s` : ""}`);
  if (run.warmNote) lines.push(`note: ${run.warmNote}`);
  if (run.error) lines.push(`error: ${run.error}`);
  return lines.join("\n");
}

/** One line per size, then the targets. */
export function summaryTable(runs: readonly RunFigures[], verdicts: readonly Verdict[]): string {
  const rows = runs.map((r) => [
    int(r.size),
    r.cold ? sec(r.cold.processSeconds) : "-",
    r.cold ? sec(r.cold.buildSeconds) : "-",
    r.cold ? mb(r.cold.peakRssMB) : "-",
    r.cold ? sec((r.cold.buildSeconds / r.size) * 1000) : "-",
    r.warm ? sec(r.warm.processSeconds) : "-",
    r.warm ? sec(r.warm.buildSeconds) : "-",
    r.warm ? mb(r.warm.peakRssMB) : "-",
  ]);
  const sizes = table(["articles", "cold s", "build() s", "cold RSS", "s per 1k", "warm s", "build() s", "warm RSS"], rows, (i) => i > 0);
  const targets = table(
    ["target", "limit", "measured", "status"],
    verdicts.map((v) => [v.target, v.limit, v.measured, v.status.toUpperCase()]),
    (i) => i === 2,
  );
  return `== summary (cold/warm s: process wall time, Node and tsx start-up included)\n${sizes}\n\n${targets}`;
}
