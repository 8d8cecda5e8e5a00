import type { Artifacts, OutputFiles } from "../artifacts.ts";
import type { Stage } from "../core/stage.ts";
import { toArrowIPC } from "../schema/arrow.ts";
import { toCSV } from "../schema/csv.ts";
import type { TableSpec } from "../schema/tables.ts";

/**
 * Renders every validated table as `csv/<table>.csv` and
 * `arrow/<table>.arrow`. It only produces bytes; the runner's publish step
 * puts them in place atomically.
 */
export function createWriteStage(specs: readonly TableSpec[]): Stage<Artifacts, "tables", "files"> {
  return {
    id: "write",
    description: "render each table as CSV and Arrow IPC files",
    version: 1,
    reads: ["tables"],
    writes: ["files"],
    count: (out) => Object.keys(out.files).length,
    run({ tables }) {
      const files: Record<string, Uint8Array> = {};
      const encoder = new TextEncoder();
      for (const spec of specs) {
        const rows = (tables as unknown as Record<string, readonly Record<string, unknown>[]>)[spec.name] ?? [];
        files[`csv/${spec.name}.csv`] = encoder.encode(toCSV(spec, rows));
        files[`arrow/${spec.name}.arrow`] = toArrowIPC(spec, rows).slice(); // own its buffer: the cache serialises whole buffers
      }
      return { files: files as OutputFiles };
    },
  };
}
