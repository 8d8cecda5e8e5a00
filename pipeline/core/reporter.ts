import type { StageRecord } from "./runner.ts";

/** Where the runner tells what it is doing; the CLI prints, tests collect. */
export interface Reporter {
  stageStart(id: string): void;
  progress(id: string, done: number, total: number): void;
  stageEnd(record: StageRecord): void;
  warn(id: string, message: string): void;
  /** Something about the build as a whole: waiting for a lock, crash leftovers cleaned up (stderr if absent). */
  note?(message: string): void;
}

/** One status line per stage on a stream (stderr), progress at most once a second. */
export function streamReporter(stream: NodeJS.WritableStream, now: () => number = () => performance.now()): Reporter {
  const lastProgress = new Map<string, number>();
  const width = 10;
  return {
    stageStart(id) {
      lastProgress.set(id, now());
    },
    progress(id, done, total) {
      const t = now();
      if (t - (lastProgress.get(id) ?? t) < 1000) return;
      lastProgress.set(id, t);
      stream.write(`  ${id.padEnd(width)} ${done}/${total}\n`);
    },
    stageEnd(r) {
      const items = r.items === null ? "" : `${r.items} items`.padStart(14);
      stream.write(`  ${r.id.padEnd(width)} ${r.status.padEnd(7)} ${items} ${r.seconds.toFixed(2).padStart(7)}s\n`);
    },
    warn(id, message) {
      stream.write(`  ${id.padEnd(width)} warning: ${message}\n`);
    },
    note(message) {
      stream.write(`hoidam: ${message}\n`);
    },
  };
}

/** Collects everything; for tests. */
export function memoryReporter(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    stageStart: (id) => lines.push(`start ${id}`),
    progress: (id, done, total) => lines.push(`progress ${id} ${done}/${total}`),
    stageEnd: (r) => lines.push(`end ${r.id} ${r.status}`),
    warn: (id, m) => lines.push(`warn ${id} ${m}`),
    note: (m) => lines.push(`note ${m}`),
  };
}
