import type { Registry } from "./registry.ts";
import type { PersonsRow, PositionsRow } from "../generated/tables.ts";

/**
 * Rows of the two published tables derived from the registry. Their types
 * are generated from `schemas/persons.schema.json` and
 * `schemas/positions.schema.json`, like every published table's.
 */
export type PersonRow = PersonsRow;
export type PositionRow = PositionsRow;

export interface RegistryTables {
  persons: PersonRow[];
  positions: PositionRow[];
}

/** ASCII form of a canonical name: diacritics removed, case and spacing kept. */
export function asciiName(name: string): string {
  return name
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}

export function registryTables(registry: Registry): RegistryTables {
  const persons: PersonRow[] = registry.persons.map((p) => ({
    person_id: p.person_id,
    name: p.name,
    name_ascii: asciiName(p.name),
    country: p.country,
    group: registry.groupOf.get(p.person_id) ?? "",
    name_han: p.name_han,
    name_zh: p.name_zh,
    wikidata: p.wikidata,
    birth_year: p.birth_year,
    aliases: p.aliases.length > 0 ? p.aliases.join(" | ") : null,
    n_positions: p.positions.length,
  }));
  const positions: PositionRow[] = [];
  for (const p of registry.persons) {
    for (const pos of p.positions) {
      const office = registry.office(pos.office_id)!;
      positions.push({
        person_id: p.person_id,
        office_id: pos.office_id,
        office: office.title_vi,
        office_en: office.title_en,
        organisation: office.organisation,
        kind: office.kind,
        country: office.country,
        start: pos.start,
        start_precision: pos.start_precision ?? "day",
        end: pos.end,
        end_precision: pos.end === null ? null : (pos.end_precision ?? "day"),
        acting: pos.acting ?? false,
        checked: pos.checked ?? false,
        source: pos.source,
        note: pos.note ?? null,
      });
    }
  }
  const key = (r: PositionRow) => [r.person_id, r.start, r.office_id];
  positions.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
  return { persons, positions };
}
