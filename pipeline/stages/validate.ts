import type { Artifacts, ValidatedTables } from "../artifacts.ts";
import { PipelineError } from "../core/errors.ts";
import type { Stage } from "../core/stage.ts";
import { ownStrings } from "../core/strings.ts";
import type { TableSpec } from "../schema/tables.ts";
import { compileValidators, formatIssue, validateTables, type ValidationIssue } from "../schema/validate.ts";

/** Raised when any row breaks its schema; the build stops before anything is written. */
export class ValidationFailedError extends PipelineError {
  constructor(readonly issues: readonly ValidationIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  - ${formatIssue(i)}`);
    const more = issues.length > shown.length ? [`  … and ${issues.length - shown.length} more`] : [];
    super([`validation failed: ${issues.length} problem(s); out/ was left as it was`, ...shown, ...more].join("\n"));
  }
}

type TableArtifact = Extract<keyof Artifacts, `table:${string}`>;

/**
 * Sorts every table by its primary key (so output is deterministic and row
 * numbers in messages match the written files), then checks every row
 * against `schemas/<table>.schema.json` with ajv, plus unique primary keys
 * and resolvable foreign keys. Reads one artifact per schema, so a schema
 * without a producing stage is a DAG error, not a silently empty table.
 */
export function createValidateStage(specs: readonly TableSpec[]): Stage<Artifacts, TableArtifact, "tables" | "table_counts"> {
  // Compiled when the stage first runs: a build that takes it from the cache never needs them.
  let validators: ReturnType<typeof compileValidators> | undefined;
  return {
    id: "validate",
    description: "sort each table by its key and check it against its JSON Schema and foreign keys",
    version: 1,
    reads: specs.map((s) => `table:${s.name}` as TableArtifact),
    writes: ["tables", "table_counts"],
    count: (out) => Object.values(out.tables).reduce((n, rows) => n + rows.length, 0),
    run(inputs) {
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const spec of specs) {
        const rows = inputs[`table:${spec.name}` as TableArtifact] as unknown as Record<string, unknown>[];
        tables[spec.name] = sortByKey(rows, spec.primaryKey);
        // The validated tables live to the end of the build: they must not keep article texts alive (see strings.ts).
        for (const row of tables[spec.name]!) ownStrings(row);
      }
      validators ??= compileValidators(specs);
      const issues = validateTables(specs, tables, validators);
      if (issues.length) throw new ValidationFailedError(issues);
      const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
      return { tables: tables as unknown as ValidatedTables, table_counts: counts };
    },
  };
}

/** Rows in the order of their key's values compared as strings, field by field (a stable sort: equal keys keep their order). */
function sortByKey<T extends Record<string, unknown>>(rows: readonly T[], key: readonly string[]): T[] {
  // Each row's key made once, not at every comparison (at 600,000 rows that was tens of millions of arrays).
  const keys = rows.map((r) => key.map((f) => String(r[f] ?? "")));
  const order = Array.from(rows.keys()).sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
  return order.map((i) => rows[i]!);
}
