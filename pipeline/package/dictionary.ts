import type { FieldSpec, TableSpec } from "../schema/tables.ts";
import { mdTable } from "./markdown.ts";

/**
 * The field dictionary of the data card: for every table its grain, keys
 * and one line per column (type, whether it may be empty, what it means,
 * the allowed values), straight from `schemas/<table>.schema.json`.
 */
export function renderDictionary(specs: readonly TableSpec[]): string {
  return specs.map(renderTable).join("\n\n");
}

function renderTable(spec: TableSpec): string {
  const keys = [`Primary key: ${spec.primaryKey.map((k) => `\`${k}\``).join(", ")}.`];
  for (const fk of spec.foreignKeys) {
    keys.push(`\`${fk.fields.join(", ")}\` → \`${fk.reference.resource}.${fk.reference.fields.join(", ")}\`.`);
  }
  const rows = spec.fields.map((f) => [`\`${f.name}\``, typeOf(f), f.nullable ? "yes" : "no", describe(f)]);
  return [`### \`${spec.name}\``, "", spec.description, "", keys.join(" "), "", mdTable(["column", "type", "may be empty", "meaning"], rows)].join("\n");
}

function typeOf(f: FieldSpec): string {
  if (f.enum) return "text (enum)";
  if (f.dictionary) return "text (categorical)";
  return { string: "text", date: "date", integer: "integer", number: "number", boolean: "boolean" }[f.kind];
}

function describe(f: FieldSpec): string {
  return f.enum ? `${f.description} One of: ${f.enum.map((v) => `\`${v}\``).join(", ")}.` : f.description;
}
