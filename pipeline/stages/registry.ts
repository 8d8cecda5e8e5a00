import type { RegistryData } from "../artifacts.ts";
import { loadRegistry, Registry, registryTables } from "../registry/index.ts";
import { defineStage } from "./define.ts";

/**
 * Loads and validates the curated reference data (people, offices, ranks
 * with dated tenures) and publishes it as the `persons` and `positions`
 * tables. Later stages rebuild the lookup object with `registryFrom`.
 */
export const registry = defineStage({
  id: "registry",
  description: "load and check the person registry; publish persons and positions",
  version: 1,
  reads: ["reference"],
  writes: ["registry", "table:persons", "table:positions", "registry_counts"],
  count: (out) => out.registry.persons.length,
  async run(_inputs, ctx) {
    const loaded = await loadRegistry(ctx.options.referenceDir);
    const tables = registryTables(loaded);
    const counts: Record<string, number> = {};
    for (const p of tables.persons) bump(counts, `people ${p.country}`);
    for (const p of tables.positions) bump(counts, `tenures ${p.country} ${p.kind}`);
    const data: RegistryData = { persons: loaded.persons, offices: loaded.offices, groups: Object.fromEntries(loaded.groupOf) };
    return { registry: data, "table:persons": tables.persons, "table:positions": tables.positions, registry_counts: sorted(counts) };
  },
});

/** What a worker thread that reads the registry starts from (see core/pool.ts): the artifact and the reference folder. */
export interface RegistrySetup {
  readonly registry: RegistryData;
  readonly referenceDir: string;
}

/** The lookup object of a registry artifact. */
export function registryFrom(data: RegistryData): Registry {
  return new Registry(data.persons, data.offices, new Map(Object.entries(data.groups)));
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
