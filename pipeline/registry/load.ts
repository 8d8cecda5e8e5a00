import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { Registry } from "./registry.ts";
import type { Office, Person } from "./types.ts";
import { compileReferenceValidators, RegistryError, validateRecords, REFERENCE_SCHEMA_DIR } from "./validate.ts";

/** The repository's `reference/` directory. */
export const REFERENCE_DIR = fileURLToPath(new URL("../../reference/", import.meta.url));

export interface LoadOptions {
  /** Directory holding person.schema.json and office.schema.json (default: the repo's schemas/reference/). */
  readonly schemaDir?: string;
}

/**
 * Read `offices.json` and every `persons/*.json` under `dir`, validate them
 * against the reference schemas, check that every office_id resolves and
 * that ids are unique, and build the registry. Every problem found is
 * reported in one RegistryError, one line per problem, each naming the file,
 * the record and the field.
 */
export async function loadRegistry(dir: string = REFERENCE_DIR, options: LoadOptions = {}): Promise<Registry> {
  const validators = compileReferenceValidators(options.schemaDir ?? REFERENCE_SCHEMA_DIR);
  const problems: string[] = [];

  const officesFile = join(dir, "offices.json");
  const officesData = await readJson(officesFile);
  problems.push(...validateRecords(officesFile, officesData, validators.office, "office_id"));
  const offices = (Array.isArray(officesData) ? officesData : []) as Office[];
  const officeIds = new Set<string>();
  offices.forEach((o, i) => {
    if (typeof o?.office_id !== "string") return;
    if (officeIds.has(o.office_id)) problems.push(`${officesFile}: office "${o.office_id}" (item ${i}): field office_id: duplicate id`);
    officeIds.add(o.office_id);
  });

  const personsDir = join(dir, "persons");
  let names: string[];
  try {
    names = (await readdir(personsDir)).filter((f) => f.endsWith(".json")).sort();
  } catch (e) {
    throw new RegistryError(`${personsDir}: cannot read the persons directory: ${(e as Error).message}`);
  }
  if (names.length === 0) problems.push(`${personsDir}: no persons/*.json files`);

  const persons: Person[] = [];
  const groupOf = new Map<string, string>();
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const file = join(personsDir, name);
    const data = await readJson(file);
    const fileProblems = validateRecords(file, data, validators.person, "person_id");
    problems.push(...fileProblems);
    if (!Array.isArray(data) || fileProblems.length > 0) continue;
    for (const [i, p] of (data as Person[]).entries()) {
      const earlier = fileOf.get(p.person_id);
      if (earlier !== undefined) {
        problems.push(`${file}: person "${p.person_id}" (item ${i}): field person_id: duplicate id (also in ${earlier})`);
        continue;
      }
      fileOf.set(p.person_id, file);
      p.positions.forEach((pos, j) => {
        if (!officeIds.has(pos.office_id)) {
          problems.push(`${file}: person "${p.person_id}" (item ${i}): field positions[${j}].office_id: unknown office "${pos.office_id}"`);
        }
      });
      persons.push(p);
      groupOf.set(p.person_id, name.replace(/\.json$/, ""));
    }
  }

  if (problems.length > 0) {
    throw new RegistryError(`invalid reference data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.join("\n")}`);
  }
  return new Registry(persons, offices, groupOf);
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new RegistryError(`${file}: cannot read: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RegistryError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}
