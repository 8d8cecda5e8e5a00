/**
 * Reference registry: people, offices and ranks with dated, sourced tenures.
 *
 *   const registry = await loadRegistry();
 *   registry.findPeople("Nobuo Kishi");                      // [Kishi Nobuo]
 *   registry.holdersOf("vn.minister_of_defence", "2019-11-25"); // [Ngô Xuân Lịch]
 *   registry.rankOn("vn-nguyen-chi-vinh", "2010-03-24");      // "Trung tướng"
 *   registry.officesByTitle("Bộ trưởng Bộ Quốc phòng", "VN"); // ["vn.minister_of_defence"]
 */
export { loadRegistry, REFERENCE_DIR, type LoadOptions } from "./load.ts";
export { ENDS_NAME, IN_NAME, Registry, STARTS_NAME } from "./registry.ts";
export { checkConsistency } from "./consistency.ts";
export { registryTables, asciiName, type PersonRow, type PositionRow, type RegistryTables } from "./tables.ts";
export { RegistryError, REFERENCE_SCHEMA_DIR } from "./validate.ts";
export { normalizeName, foldName, otherOrder, spellingsOf, japaneseSoundKey } from "./names.ts";
export { lookupInterval, certainInterval, OPEN_END, isIsoDate } from "./dates.ts";
export type { Person, Position, Rank, Office, Tenure, Precision, OfficeKind, CountryCode } from "./types.ts";
