/**
 * `datapackage.json` against the Data Package v2 and Table Schema v2
 * profiles. No maintained validator package covers v2 (npm's `datapackage`
 * is the v1 library, and the profiles are published only on the standard's
 * site, which the tests may not fetch), so each rule of the two profiles
 * that the file uses is written here as JSON Schema, compiled by ajv, plus
 * the rules a JSON Schema cannot state (unique names, keys that point at
 * existing fields and resources). The schema is stricter than the profile
 * in one way: it allows only the properties the standard defines, so a
 * misspelt property in pipeline/package/datapackage.ts is caught too.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { ROOT } from "../pipeline/build.ts";
import { quietBuild, tempDir } from "./helpers.ts";

/** "at least one item" arrays: the profile's rule that an optional array, when present, is not empty. */
const nonEmpty = (items: object) => ({ type: "array", minItems: 1, items });
const text = { type: "string" };
const fieldList = { oneOf: [text, { ...nonEmpty(text), uniqueItems: true }] };

/** Table Schema v2: field types, constraints, keys. */
const TABLE_SCHEMA = {
  type: "object",
  required: ["fields"],
  additionalProperties: false,
  properties: {
    fields: {
      type: "array",
      items: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1 },
          type: { enum: ["string", "number", "integer", "boolean", "object", "array", "list", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"] },
          format: text,
          title: text,
          description: text,
          trueValues: nonEmpty(text),
          falseValues: nonEmpty(text),
          constraints: {
            type: "object",
            additionalProperties: false,
            properties: {
              required: { type: "boolean" },
              unique: { type: "boolean" },
              minLength: { type: "integer", minimum: 0 },
              maxLength: { type: "integer", minimum: 0 },
              minimum: { type: ["number", "string"] },
              maximum: { type: ["number", "string"] },
              exclusiveMinimum: { type: ["number", "string"] },
              exclusiveMaximum: { type: ["number", "string"] },
              pattern: text,
              enum: { type: "array", minItems: 1, uniqueItems: true },
            },
          },
        },
      },
    },
    missingValues: { type: "array", items: { oneOf: [text, { type: "object", required: ["value"] }] } },
    primaryKey: fieldList,
    uniqueKeys: nonEmpty(fieldList),
    foreignKeys: nonEmpty({
      type: "object",
      required: ["fields", "reference"],
      additionalProperties: false,
      properties: {
        fields: fieldList,
        reference: { type: "object", required: ["fields"], additionalProperties: false, properties: { resource: text, fields: fieldList } },
      },
    }),
  },
};

/** Table Dialect v2, the properties a CSV resource states. */
const DIALECT = {
  type: "object",
  additionalProperties: false,
  properties: {
    header: { type: "boolean" },
    delimiter: { type: "string", minLength: 1, maxLength: 1 },
    lineTerminator: text,
    quoteChar: { type: "string", minLength: 1, maxLength: 1 },
    doubleQuote: { type: "boolean" },
  },
};

/** Data Package v2 and Data Resource v2. */
const DATA_PACKAGE = {
  type: "object",
  required: ["resources"],
  additionalProperties: false,
  properties: {
    $schema: { const: "https://datapackage.org/profiles/2.0/datapackage.json" },
    name: { type: "string", pattern: "^[a-z0-9._-]+$" },
    title: text,
    description: text,
    version: text,
    licenses: nonEmpty({
      type: "object",
      anyOf: [{ required: ["name"] }, { required: ["path"] }],
      additionalProperties: false,
      properties: { name: { type: "string", pattern: "^[-a-zA-Z0-9._]+$" }, path: text, title: text },
    }),
    contributors: nonEmpty({ type: "object", required: ["title"], properties: { title: text, roles: nonEmpty(text) } }),
    keywords: nonEmpty(text),
    sources: nonEmpty({ type: "object", required: ["title"], properties: { title: text, path: text } }),
    resources: nonEmpty({
      type: "object",
      required: ["name", "path"],
      additionalProperties: false,
      properties: {
        name: { type: "string", pattern: "^[a-z0-9._-]+$" },
        // a relative POSIX path inside the package: no leading slash or ~, no "..", no backslash, no scheme
        path: { type: "string", pattern: "^(?![/~])(?!.*(^|/)\\.\\.(/|$))(?!.*\\\\)(?!.*://).+$" },
        type: { const: "table" },
        title: text,
        description: text,
        format: text,
        mediatype: { type: "string", pattern: "^[^/]+/[^/]+$" },
        encoding: text,
        dialect: DIALECT,
        bytes: { type: "integer", minimum: 0 },
        hash: { type: "string", pattern: "^([a-z0-9-]+:)?[a-fA-F0-9]+$" },
        schema: TABLE_SCHEMA,
      },
    }),
  },
};

interface Field {
  name: string;
  type: string;
  constraints?: Record<string, unknown>;
}
interface Resource {
  name: string;
  type?: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[] };
}

/** The tabular resources (the charts and the explorer page have no schema). */
function tablesOf(dp: { resources: Resource[] }): Resource[] {
  return dp.resources.filter((r) => r.type === "table");
}

describe("datapackage.json against the Data Package v2 and Table Schema profiles", () => {
  let dp: { resources: Resource[] };
  before(async () => {
    const out = join(await tempDir(), "out");
    await quietBuild({ rawDir: join(ROOT, "raw"), outDir: out, cacheDir: await tempDir(), qualityDir: await tempDir() });
    dp = JSON.parse(await readFile(join(out, "datapackage.json"), "utf8"));
  });

  it("is valid JSON Schema-wise: required properties, types, patterns, and no empty optional arrays", () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(DATA_PACKAGE);
    const ok = validate(dp);
    assert.ok(ok, (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message}`).join("\n"));
  });

  it("has unique resource names and, in each schema, unique field names", () => {
    assert.equal(new Set(dp.resources.map((r) => r.name)).size, dp.resources.length);
    for (const r of tablesOf(dp)) assert.equal(new Set(r.schema.fields.map((f) => f.name)).size, r.schema.fields.length, r.name);
  });

  it("keys name fields of their schema; foreign keys point at existing resources and fields, as many as they use", () => {
    const byName = new Map(dp.resources.map((r) => [r.name, r]));
    for (const r of tablesOf(dp)) {
      const names = new Set(r.schema.fields.map((f) => f.name));
      for (const k of r.schema.primaryKey) assert.ok(names.has(k), `${r.name}: primary key ${k}`);
      for (const fk of r.schema.foreignKeys ?? []) {
        for (const k of fk.fields) assert.ok(names.has(k), `${r.name}: foreign key field ${k}`);
        const target = fk.reference.resource === undefined ? r : byName.get(fk.reference.resource);
        assert.ok(target, `${r.name}: foreign key to unknown resource ${fk.reference.resource}`);
        const targetNames = new Set(target.schema.fields.map((f) => f.name));
        for (const k of fk.reference.fields) assert.ok(targetNames.has(k), `${r.name} → ${target.name}.${k}`);
        assert.equal(fk.fields.length, fk.reference.fields.length, `${r.name}: foreign key field counts`);
      }
    }
  });

  it("gives each constraint a value of its field's type", () => {
    for (const r of tablesOf(dp)) {
      for (const f of r.schema.fields) {
        const c = f.constraints ?? {};
        const where = `${r.name}.${f.name}`;
        if ("pattern" in c || "minLength" in c || "maxLength" in c) assert.equal(f.type, "string", `${where}: pattern and lengths are for strings`);
        for (const k of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
          if (k in c) assert.ok(["integer", "number"].includes(f.type) ? typeof c[k] === "number" : typeof c[k] === "string", `${where}: ${k}`);
        }
        if (Array.isArray(c.enum)) for (const v of c.enum) assert.equal(typeof v, f.type === "string" ? "string" : typeof v, `${where}: enum value ${String(v)}`);
        if ("pattern" in c) assert.doesNotThrow(() => new RegExp(`^(?:${String(c.pattern)})$`, "u"), `${where}: pattern`);
      }
    }
  });
});
