import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

/**
 * JSON Schema validation of the curated reference files. Errors name the
 * file, the record (person_id / office_id or its index) and the field.
 */

type FormatsPlugin = (ajv: Ajv2020, formats: string[]) => Ajv2020;
// ajv-formats is CommonJS; under ESM the plugin may arrive wrapped in `default`.
const formatsModule = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formatsModule.default ?? formatsModule;

export const REFERENCE_SCHEMA_DIR = fileURLToPath(new URL("../../schemas/reference/", import.meta.url));

export class RegistryError extends Error {
  override readonly name = "RegistryError";
}

export interface ReferenceValidators {
  readonly person: ValidateFunction;
  readonly office: ValidateFunction;
  readonly place: ValidateFunction;
  readonly series: ValidateFunction;
  readonly lexicon: ValidateFunction;
  readonly agreement: ValidateFunction;
  readonly instrument: ValidateFunction;
  readonly yearFact: ValidateFunction;
}

/** The field that identifies a record of each reference file, and the word error messages use for such a record. */
const RECORD_KIND = {
  person_id: "person",
  office_id: "office",
  name: "place",
  series: "series",
  agreement_id: "agreement",
  instrument_id: "instrument",
  fact_id: "year fact",
} as const;
export type IdField = keyof typeof RECORD_KIND;

export function compileReferenceValidators(schemaDir: string = REFERENCE_SCHEMA_DIR): ReferenceValidators {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv, ["date"]);
  const read = (f: string): Record<string, unknown> => JSON.parse(readFileSync(`${schemaDir}/${f}`, "utf8")) as Record<string, unknown>;
  return {
    person: ajv.compile(read("person.schema.json")),
    office: ajv.compile(read("office.schema.json")),
    place: ajv.compile(read("place.schema.json")),
    series: ajv.compile(read("series.schema.json")),
    lexicon: ajv.compile(read("lexicon.schema.json")),
    agreement: ajv.compile(read("agreement.schema.json")),
    instrument: ajv.compile(read("instrument.schema.json")),
    yearFact: ajv.compile(read("year-fact.schema.json")),
  };
}

/** `/positions/0/start` → `positions[0].start`; the empty path → `(record)`. */
export function fieldPath(instancePath: string, e?: ErrorObject): string {
  const parts = instancePath.split("/").filter(Boolean);
  if (e?.keyword === "required" && typeof e.params.missingProperty === "string") parts.push(e.params.missingProperty);
  if (e?.keyword === "additionalProperties" && typeof e.params.additionalProperty === "string") parts.push(e.params.additionalProperty);
  let out = "";
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || "(record)";
}

/**
 * Validate every element of a reference file (a JSON array). Returns one
 * message per problem: `<file>: <kind> "<id>" (item N): field <path>: <message>`.
 */
export function validateRecords(
  file: string,
  data: unknown,
  validate: ValidateFunction,
  idField: IdField,
): string[] {
  if (!Array.isArray(data)) return [`${file}: must be a JSON array of records`];
  const kind = RECORD_KIND[idField];
  const problems: string[] = [];
  data.forEach((rec, i) => {
    if (validate(rec)) return;
    const id = typeof rec === "object" && rec !== null && typeof (rec as Record<string, unknown>)[idField] === "string"
      ? `"${(rec as Record<string, string>)[idField]}"`
      : "(no id)";
    for (const e of validate.errors ?? []) {
      problems.push(`${file}: ${kind} ${id} (item ${i}): field ${fieldPath(e.instancePath, e)}: ${describe(e)}`);
    }
  });
  return problems;
}

function describe(e: ErrorObject): string {
  if (e.keyword === "enum" && Array.isArray(e.params.allowedValues)) return `must be one of ${e.params.allowedValues.map((v: unknown) => JSON.stringify(v)).join(", ")}`;
  if (e.keyword === "additionalProperties") return "is not an allowed field";
  if (e.keyword === "required") return "is required";
  return e.message ?? e.keyword;
}

/** Read a reference file that is a JSON array of records and validate each; errors name the file, the record and the field. */
export async function readRecords<T>(file: string, validate: ValidateFunction, idField: IdField): Promise<T[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new RegistryError(`${file}: ${(e as Error).message}`);
  }
  const problems = validateRecords(file, data, validate, idField);
  if (problems.length) throw new RegistryError(`invalid reference data:\n  ${problems.join("\n  ")}`);
  return data as T[];
}
