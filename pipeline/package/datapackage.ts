import type { OutputFiles } from "../artifacts.ts";
import { sha256 } from "../core/hash.ts";
import type { FieldSpec, TableSpec } from "../schema/tables.ts";
import { DATASET } from "./about.ts";
import { TABLE_FORMATS, tablePath, type TableFormat } from "./formats.ts";

/**
 * `datapackage.json`: a Frictionless Data Package (v2) describing every
 * published file, derived from the same JSON Schemas as the files.
 *
 * Each table is three resources, one per format: `<table>` (CSV),
 * `<table>-arrow` and `<table>-parquet`, each with its path, size, SHA-256
 * and a Table Schema (types, descriptions, constraints, primary key, and
 * foreign keys to the resources of the same format). Nothing in it depends
 * on the time of the build, so the same files give the same descriptor.
 *
 * `others` are resources that are not tables (the charts and the explorer
 * page, pipeline/pictures/), listed after the tables as they are given.
 */
export function renderDatapackage(specs: readonly TableSpec[], files: OutputFiles, others: readonly Record<string, unknown>[] = []): string {
  return `${JSON.stringify(datapackage(specs, files, others), null, 2)}\n`;
}

export function datapackage(specs: readonly TableSpec[], files: OutputFiles, others: readonly Record<string, unknown>[] = []): Record<string, unknown> {
  const resources = [...specs.flatMap((spec) => TABLE_FORMATS.map((format) => resource(spec, format, files))), ...others];
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: DATASET.name,
    title: DATASET.title,
    description: DATASET.description,
    version: DATASET.version,
    licenses: [DATASET.dataLicence],
    contributors: [{ title: DATASET.authors, roles: ["author"] }],
    keywords: DATASET.keywords,
    sources: [
      { title: "Vietnamese online news articles; each row of `articles` names its outlet and, where known, its URL" },
      { title: "The hoidam reference registry of people and offices; each row of `positions` names its source" },
    ],
    resources,
  };
}

function resource(spec: TableSpec, format: TableFormat, files: OutputFiles): Record<string, unknown> {
  const path = tablePath(format.id, spec.name);
  const bytes = files[path];
  if (!bytes) throw new Error(`datapackage: ${path} was not rendered`);
  return {
    name: spec.name + format.resourceSuffix,
    type: "table",
    path,
    title: `${spec.name} (${format.id})`,
    description: spec.description,
    format: format.id,
    mediatype: format.mediatype,
    ...(format.id === "csv" ? { encoding: "utf-8", dialect: CSV_DIALECT } : {}),
    bytes: bytes.length,
    hash: `sha256:${sha256(bytes)}`,
    schema: tableSchema(spec, (table) => table + format.resourceSuffix),
  };
}

/** How csv/ files are written (pipeline/schema/csv.ts). */
const CSV_DIALECT = { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true };

/** The Table Schema of a table; `resourceOf` names the resource a foreign key points at. */
export function tableSchema(spec: TableSpec, resourceOf: (table: string) => string): Record<string, unknown> {
  const props = spec.schema.properties as Record<string, Record<string, unknown>>;
  const foreignKeys = spec.foreignKeys.map((fk) => ({
    fields: [...fk.fields],
    // Table Schema v2: a reference to the same table omits `resource`.
    reference: fk.reference.resource === spec.name ? { fields: [...fk.reference.fields] } : { resource: resourceOf(fk.reference.resource), fields: [...fk.reference.fields] },
  }));
  return {
    fields: spec.fields.map((f) => field(f, props[f.name] ?? {})),
    missingValues: [""],
    primaryKey: [...spec.primaryKey],
    // The profile wants at least one item where the key is present, so a table without foreign keys has none.
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}

function field(f: FieldSpec, p: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (!f.nullable) constraints.required = true;
  if (f.enum) constraints.enum = [...f.enum];
  for (const k of ["minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const) {
    if (typeof p[k] === "number") constraints[k] = p[k];
  }
  if (typeof p.pattern === "string") constraints.pattern = xsdPattern(p.pattern);
  return {
    name: f.name,
    type: f.kind,
    ...(f.kind === "string" && p.format === "uri" ? { format: "uri" } : {}),
    ...(f.kind === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
    description: f.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/**
 * Table Schema patterns are XML Schema regular expressions, which always
 * match the whole value and have no `^`/`$` anchors; JSON Schema patterns
 * search. An anchored pattern loses its anchors; an unanchored side is
 * opened with `.*`. (Our schemas anchor both ends, with no top-level `|`.)
 */
export function xsdPattern(pattern: string): string {
  let p = pattern;
  const start = p.startsWith("^");
  if (start) p = p.slice(1);
  const end = p.endsWith("$") && !p.endsWith("\\$");
  if (end) p = p.slice(0, -1);
  return `${start ? "" : ".*"}${p}${end ? "" : ".*"}`;
}
