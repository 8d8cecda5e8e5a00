import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { generateTypes, GENERATED_REFERENCE_TYPES, GENERATED_TYPES, generateReferenceTypes } from "../pipeline/schema/generate-types.ts";
import { loadTableSpecs, parseTableSchema } from "../pipeline/schema/tables.ts";
import { validateTables } from "../pipeline/schema/validate.ts";

const base = {
  title: "things",
  description: "One row per thing.",
  "x-primaryKey": ["id"],
  type: "object",
  additionalProperties: false,
  required: ["id", "kind", "when", "parent"],
  properties: {
    id: { type: "string", description: "id" },
    kind: { type: "string", enum: ["a", "b"], description: "kind" },
    when: { type: ["string", "null"], format: "date", description: "date" },
    parent: { type: ["string", "null"], description: "parent id" },
  },
};

describe("table schemas", () => {
  it("the generated TypeScript types match schemas/ (run `npm run gen:types` after editing a schema)", async () => {
    assert.equal(await readFile(GENERATED_TYPES, "utf8"), await generateTypes());
  });

  it("the generated reference types match schemas/reference/ (run `npm run gen:types` after editing one)", async () => {
    assert.equal(await readFile(GENERATED_REFERENCE_TYPES, "utf8"), await generateReferenceTypes());
  });

  it("every schema in schemas/ follows the conventions", () => {
    const specs = loadTableSpecs();
    assert.ok(specs.some((s) => s.name === "articles"));
    for (const s of specs) assert.ok(s.fields.every((f) => f.description.length > 0));
  });

  it("the reference data and the published positions table list the same office kinds", async () => {
    const office = JSON.parse(await readFile(new URL("../schemas/reference/office.schema.json", import.meta.url), "utf8"));
    const positions = loadTableSpecs().find((s) => s.name === "positions")!;
    assert.deepEqual([...office.properties.kind.enum].sort(), [...positions.fields.find((f) => f.name === "kind")!.enum!].sort());
  });

  it("derives field kinds, nullability and dictionaries", () => {
    const spec = parseTableSchema(base, "/x/things.schema.json");
    assert.deepEqual(
      spec.fields.map((f) => [f.name, f.kind, f.nullable, f.dictionary]),
      [
        ["id", "string", false, false],
        ["kind", "string", false, true],
        ["when", "date", true, false],
        ["parent", "string", true, false],
      ],
    );
  });

  it("names the file and the property that break the conventions", () => {
    assert.throws(() => parseTableSchema({ ...base, title: "other" }, "/x/things.schema.json"), /things\.schema\.json: `title` is 'other'/);
    assert.throws(() => parseTableSchema({ ...base, required: ["id"] }, "/x/things.schema.json"), /property 'kind' must be listed in `required`/);
    assert.throws(
      () => parseTableSchema({ ...base, properties: { ...base.properties, id: { type: "object", description: "x" } } }, "/x/things.schema.json"),
      /property 'id': unsupported type "object"/,
    );
  });
});

describe("validateTables", () => {
  const things = parseTableSchema({ ...base, "x-foreignKeys": [{ fields: ["parent"], reference: { resource: "things", fields: ["id"] } }] }, "/x/things.schema.json");

  it("accepts valid rows", () => {
    const rows = [
      { id: "1", kind: "a", when: "2021-06-03", parent: null },
      { id: "2", kind: "b", when: null, parent: "1" },
    ];
    assert.deepEqual(validateTables([things], { things: rows }), []);
  });

  it("reports every problem as data: row, key, field and rule", () => {
    const rows = [
      { id: "1", kind: "c", when: "2021-02-30", parent: null },
      { id: "1", kind: "a", when: null, parent: "9" },
      { id: "3", kind: "a", when: null, parent: null, extra: true },
    ];
    const issues = validateTables([things], { things: rows });
    const summary = issues.map((i) => `${i.row}:${i.field}:${i.rule}`).sort();
    assert.deepEqual(summary, ["1:kind:enum", "1:when:format", "2:id:row/unique", "2:parent:row/foreign-key", "3:extra:additionalProperties"]);
    assert.equal(issues.find((i) => i.rule === "row/foreign-key")?.message, "id=9 not found in things");
  });
});
