import { loadReference } from "../reference/load.ts";
import { registryTables } from "../registry/index.ts";
import { defineStage } from "./define.ts";

/**
 * Loads and checks all reference data (people, offices and ranks with dated
 * tenures, the gazetteer, the series, the Han-Viet readings, the lexicon)
 * into one artifact, and publishes the registry as the `persons` and
 * `positions` tables. Later stages and their worker threads receive the
 * artifact as data (`knowledgeOf` builds the lookup objects).
 */
export const reference = defineStage({
  id: "reference",
  description: "load and check the reference data; publish persons and positions",
  version: 1,
  reads: ["reference_files"],
  writes: ["reference", "table:persons", "table:positions", "registry_counts", "screen_words", "date_line_words"],
  count: (out) => out.reference.registry.persons.length,
  async run(_inputs, ctx) {
    const { data, registry } = await loadReference(ctx.options.referenceDir);
    const tables = registryTables(registry);
    const counts: Record<string, number> = {};
    for (const p of tables.persons) bump(counts, `people ${p.country}`);
    for (const p of tables.positions) bump(counts, `tenures ${p.country} ${p.kind}`);
    return { reference: data, "table:persons": tables.persons, "table:positions": tables.positions, registry_counts: sorted(counts), screen_words: data.lexicon.screen_words ?? [], date_line_words: data.lexicon.date_line_words };
  },
});

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
