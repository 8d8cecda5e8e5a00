import { SOURCES, type Artifacts, type OutputFiles } from "../artifacts.ts";
import { buildDag } from "../core/dag.ts";
import type { AnyStage, Stage } from "../core/stage.ts";
import { renderCard } from "../package/card.ts";
import { renderDatapackage } from "../package/datapackage.ts";
import { describePictures } from "../pictures/index.ts";
import type { TableSpec } from "../schema/tables.ts";

/**
 * Describes the rendered tables: `datapackage.json` (what each file is, its
 * schema, size and SHA-256) and `README.md` (the data card, with coverage
 * figures, the charts, the field dictionary and the quality figures of
 * `quality/eval.json`). The runner's publish step puts these beside the
 * write stage's files; out/ is published only when this stage ran or is
 * fresh, so it never lacks its description. `others` are the rest of the
 * pipeline's stages, which the card lists in run order.
 */
export function createPackageStage(specs: readonly TableSpec[], others: readonly AnyStage<Artifacts>[]): Stage<Artifacts, "table_files" | "picture_files" | "tables" | "quality" | "held_out", "package_files"> {
  const stage: Stage<Artifacts, "table_files" | "picture_files" | "tables" | "quality" | "held_out", "package_files"> = {
    id: "package",
    description: "describe the files: datapackage.json (Frictionless) and the data card README.md",
    version: 2,
    reads: ["table_files", "picture_files", "tables", "quality", "held_out"],
    writes: ["package_files"],
    count: (out) => Object.keys(out.package_files).length,
    run({ table_files, picture_files, tables, quality, held_out }) {
      const stages = [...buildDag(others, SOURCES).order, stage].map((s) => ({ id: s.id, description: s.description }));
      const encoder = new TextEncoder();
      const pictures = describePictures(picture_files, tables);
      const files: Record<string, Uint8Array> = {
        "datapackage.json": encoder.encode(renderDatapackage(specs, table_files, pictures)),
        "README.md": encoder.encode(renderCard({ specs, tables: tables as unknown as Record<string, readonly Record<string, unknown>[]>, quality, heldOut: held_out, stages, pictures })),
      };
      return { package_files: files as OutputFiles };
    },
  };
  return stage;
}
