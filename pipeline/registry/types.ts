import type { Office, Person, Position } from "../generated/reference.ts";
import type { PositionsRow } from "../generated/tables.ts";

/**
 * Types of the reference registry: curated people, the offices they held and
 * the ranks they reached, each fact with its source. The records themselves
 * are generated from `schemas/reference/*.schema.json`
 * (pipeline/generated/reference.ts); this file adds only what the registry
 * derives from them.
 */
export type { Office, Person, Position, Precision, Rank } from "../generated/reference.ts";

export type CountryCode = Person["country"];

/** Kinds of office; the list lives in schemas/positions.schema.json (`kind`), as every published enum does. */
export type OfficeKind = PositionsRow["kind"];

/** A position together with the person holding it and the office record. */
export interface Tenure {
  readonly person: Person;
  readonly office: Office;
  readonly position: Position;
}
