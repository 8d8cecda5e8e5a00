import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { PipelineError } from "../core/errors.ts";

/**
 * The published tables, read from `schemas/<table>.schema.json`. These
 * JSON Schemas are the single source of truth: validation (ajv), the
 * TypeScript row types (generated), the CSV and Arrow columns and the data
 * dictionary are all derived from the TableSpec parsed here.
 *
 * Conventions a table schema follows (checked by parseTableSchema):
 * - `title` is the table name and equals the file name's stem;
 * - an object of `properties`, every one `required`, no additional ones;
 *   column order is property order;
 * - each property has a `description` and a `type` of string, integer
 *   (fits Int32), number, boolean, or `[type, "null"]` when nullable;
 *   `"format": "date"` makes an ISO date (Arrow DateDay); an `enum` or
 *   `"x-dictionary": true` makes a dictionary-encoded Arrow column;
 * - `x-primaryKey` lists the key columns; `x-foreignKeys` lists
 *   `{ fields, reference: { resource, fields } }` as in Frictionless.
 */

export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

export type FieldKind = "string" | "date" | "integer" | "number" | "boolean";

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly nullable: boolean;
  readonly enum: readonly string[] | null;
  /** Dictionary-encoded in Arrow (low-cardinality text). */
  readonly dictionary: boolean;
  readonly description: string;
}

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface TableSpec {
  readonly name: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly fields: readonly FieldSpec[];
  /** The JSON Schema as read, for ajv. */
  readonly schema: Readonly<Record<string, unknown>>;
  readonly file: string;
}

/** Every `*.schema.json` directly in `dir` (sub-folders hold other schemas), sorted by table name. */
export function loadTableSpecs(dir: string = SCHEMA_DIR): TableSpec[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".schema.json"))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, "utf8"));
      } catch (e) {
        throw new PipelineError(`${file}: not valid JSON: ${(e as Error).message}`);
      }
      return parseTableSchema(json, file);
    });
}

export function parseTableSchema(json: unknown, file: string): TableSpec {
  const fail = (msg: string): never => {
    throw new PipelineError(`${file}: ${msg}`);
  };
  if (!isObject(json)) return fail("a table schema must be a JSON object");
  const name = json.title;
  if (typeof name !== "string" || !/^[a-z][a-z0-9_]*$/.test(name)) return fail("`title` must be the table name (snake_case)");
  const stem = file.replace(/^.*[\\/]/, "").replace(/\.schema\.json$/, "");
  if (stem !== name) fail(`\`title\` is '${name}' but the file is named for '${stem}'`);
  if (json.type !== "object") fail("`type` must be \"object\"");
  if (json.additionalProperties !== false) fail("`additionalProperties` must be false");
  if (typeof json.description !== "string") fail("the table needs a `description` stating its grain");
  const props = json.properties;
  if (!isObject(props) || Object.keys(props).length === 0) return fail("`properties` must list the columns");
  const required = Array.isArray(json.required) ? json.required : [];
  const fields = Object.entries(props).map(([field, p]) => parseField(field, p, (m) => fail(`property '${field}': ${m}`)));
  for (const f of fields) if (!required.includes(f.name)) fail(`property '${f.name}' must be listed in \`required\` (use a null type for optional values)`);

  const primaryKey = (json["x-primaryKey"] ?? []) as string[];
  if (!Array.isArray(primaryKey) || primaryKey.length === 0) fail("`x-primaryKey` must name at least one column");
  for (const k of primaryKey) if (!(k in props)) fail(`primary key column '${k}' is not a property`);
  const foreignKeys = (json["x-foreignKeys"] ?? []) as ForeignKey[];
  if (!Array.isArray(foreignKeys)) fail("`x-foreignKeys` must be an array");
  for (const fk of foreignKeys) {
    if (!Array.isArray(fk?.fields) || !isObject(fk.reference) || !Array.isArray(fk.reference.fields)) fail("each foreign key needs `fields` and `reference: { resource, fields }`");
    for (const k of fk.fields) if (!(k in props)) fail(`foreign key column '${k}' is not a property`);
  }
  return { name, description: json.description as string, primaryKey, foreignKeys, fields, schema: json, file };
}

function parseField(name: string, p: unknown, fail: (m: string) => never): FieldSpec {
  if (!isObject(p)) return fail("must be an object");
  if (typeof p.description !== "string" || !p.description.trim()) fail("needs a `description`");
  const types = Array.isArray(p.type) ? p.type : [p.type];
  const nullable = types.includes("null");
  const base = types.filter((t) => t !== "null");
  if (base.length !== 1) return fail("`type` must be one type, optionally with \"null\"");
  let kind: FieldKind;
  switch (base[0]) {
    case "string":
      kind = p.format === "date" ? "date" : "string";
      break;
    case "integer":
    case "number":
    case "boolean":
      kind = base[0];
      break;
    default:
      return fail(`unsupported type ${JSON.stringify(base[0])}`);
  }
  let values: string[] | null = null;
  if (p.enum !== undefined) {
    if (kind !== "string" || !Array.isArray(p.enum) || !p.enum.every((v) => typeof v === "string" || v === null)) fail("`enum` is for string columns and lists strings");
    values = (p.enum as (string | null)[]).filter((v): v is string => v !== null);
    if (nullable && !(p.enum as unknown[]).includes(null)) fail("a nullable enum must include null in `enum`");
  }
  const dictionary = values !== null || p["x-dictionary"] === true;
  return { name, kind, nullable, enum: values, dictionary, description: p.description as string };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
