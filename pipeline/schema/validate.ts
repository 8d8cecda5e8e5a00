import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { TableSpec } from "./tables.ts";

// ajv-formats is CommonJS; under ESM its function may arrive wrapped in `default`.
type FormatsPlugin = (ajv: Ajv2020, formats: string[]) => Ajv2020;
const formatsModule = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formatsModule.default ?? formatsModule;

/** One validation problem, as data (frictionless-style), never a bare exception. */
export interface ValidationIssue {
  readonly table: string;
  /** 1-based row number in the table as it will be written (after sorting). */
  readonly row: number;
  /** The row's primary key, e.g. `article_id=3f2a…`. */
  readonly key: string;
  readonly field: string;
  /** The rule broken: a JSON Schema keyword (`type`, `enum`, `format`, …) or `row/unique`, `row/foreign-key`. */
  readonly rule: string;
  readonly message: string;
}

/** Keywords our table schemas carry for the pipeline; ajv must know them in strict mode. */
const ANNOTATIONS = ["x-primaryKey", "x-foreignKeys", "x-dictionary", "x-grain"];

export function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv, ["date", "uri"]);
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword, schemaType: ["array", "boolean", "string"] });
  return ajv;
}

/** Compile every table's schema once. */
export function compileValidators(specs: readonly TableSpec[], ajv: Ajv2020 = makeAjv()): Map<string, ValidateFunction> {
  return new Map(specs.map((s) => [s.name, ajv.compile(s.schema)]));
}

/**
 * Check every row of every table against its schema, then the relational
 * rules: unique primary keys and resolvable foreign keys. Returns all issues
 * (capped per table so a systematic error does not produce millions).
 */
export function validateTables(
  specs: readonly TableSpec[],
  tables: Readonly<Record<string, readonly Record<string, unknown>[]>>,
  validators: Map<string, ValidateFunction> = compileValidators(specs),
  capPerTable = 50,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const specByName = new Map(specs.map((s) => [s.name, s]));
  for (const spec of specs) {
    const rows = tables[spec.name] ?? [];
    const validate = validators.get(spec.name)!;
    const found: ValidationIssue[] = [];
    const add = (i: ValidationIssue) => {
      if (found.length < capPerTable) found.push(i);
    };
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      if (!validate(row)) {
        for (const e of validate.errors ?? []) add(fromAjv(spec.name, i + 1, keyOf(spec.primaryKey, row), e));
      }
      const key = valuesOf(spec.primaryKey, row);
      const first = seen.get(key);
      if (first !== undefined) add({ table: spec.name, row: i + 1, key: keyOf(spec.primaryKey, row), field: spec.primaryKey.join(","), rule: "row/unique", message: `duplicate primary key (first at row ${first})` });
      else seen.set(key, i + 1);
    });
    for (const fk of spec.foreignKeys) {
      const target = specByName.get(fk.reference.resource);
      if (!target) {
        add({ table: spec.name, row: 0, key: "", field: fk.fields.join(","), rule: "schema/foreign-key", message: `references unknown table '${fk.reference.resource}'` });
        continue;
      }
      const targetKeys = new Set((tables[target.name] ?? []).map((r) => valuesOf(fk.reference.fields, r)));
      rows.forEach((row, i) => {
        if (fk.fields.some((f) => row[f] === null || row[f] === undefined)) return; // a null reference is allowed
        if (!targetKeys.has(valuesOf(fk.fields, row))) {
          add({ table: spec.name, row: i + 1, key: keyOf(spec.primaryKey, row), field: fk.fields.join(","), rule: "row/foreign-key", message: `${keyOf(fk.fields, row, fk.reference.fields)} not found in ${target.name}` });
        }
      });
    }
    issues.push(...found);
  }
  return issues;
}

function fromAjv(table: string, row: number, key: string, e: ErrorObject): ValidationIssue {
  const field =
    e.instancePath.replace(/^\//, "") ||
    (typeof e.params.missingProperty === "string" ? e.params.missingProperty : "") ||
    (typeof e.params.additionalProperty === "string" ? e.params.additionalProperty : "") ||
    "(row)";
  let message = e.message ?? e.keyword;
  if (e.keyword === "enum") message += `: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  if (e.keyword === "additionalProperties") message += `: '${String(e.params.additionalProperty)}'`;
  return { table, row, key, field, rule: e.keyword, message };
}

/** A key's values as one string to compare (NUL never occurs in our text), made for every row; `keyOf` is the readable form, made for messages. */
function valuesOf(fields: readonly string[], row: Record<string, unknown>): string {
  return fields.length === 1 ? String(row[fields[0]!]) : fields.map((f) => String(row[f])).join("\u0000");
}

/** A key as messages show it: `article_id=3f2a…,participant=2`. */
function keyOf(fields: readonly string[], row: Record<string, unknown>, names: readonly string[] = fields): string {
  return fields.map((f, i) => `${names[i]}=${String(row[f])}`).join(",");
}

export function formatIssue(i: ValidationIssue): string {
  return `${i.table} row ${i.row}${i.key ? ` (${i.key})` : ""}: field '${i.field}' breaks '${i.rule}': ${i.message}`;
}
