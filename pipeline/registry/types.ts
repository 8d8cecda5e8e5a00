import type { PositionsRow } from "../generated/tables.ts";

/**
 * Types of the reference registry: curated people, the offices they held and
 * the ranks they reached, each fact with its source. The JSON files under
 * `reference/` follow `schemas/reference/*.schema.json`; these interfaces
 * mirror those schemas.
 */

export type CountryCode = "VN" | "JP";

/**
 * How exact a date is.
 * - `day` (the default when absent): the stored day is the day.
 * - `month` / `year`: only the month / year is known; the stored date is the
 *   first day of that month / year.
 * - `attested`: a source shows the fact on the stored day, nothing more. On a
 *   start it means "already held on this day" (may have begun earlier); on an
 *   end, "still held on this day" (may have lasted longer).
 */
export type Precision = "day" | "month" | "year" | "attested";

/** Kinds of office; the list lives in schemas/positions.schema.json (`kind`), as every published enum does. */
export type OfficeKind = PositionsRow["kind"];

export interface Office {
  readonly office_id: string;
  readonly country: CountryCode;
  /** Title as the Vietnamese press writes it. */
  readonly title_vi: string;
  readonly title_en: string;
  readonly organisation: string;
  readonly kind: OfficeKind;
  /** True when only one person holds the office at a time. */
  readonly single_holder: boolean;
  /** Other ways the Vietnamese press writes the title. */
  readonly title_variants_vi: readonly string[];
  readonly note?: string;
}

export interface Position {
  readonly office_id: string;
  /** ISO date, first day in office (see start_precision). */
  readonly start: string;
  /** ISO date, last day in office; null = still in office. */
  readonly end: string | null;
  readonly start_precision?: Precision;
  readonly end_precision?: Precision;
  /** Acting holder (quyền, 臨時代理). */
  readonly acting?: boolean;
  /** The reference work, list or article the fact comes from. */
  readonly source: string;
  /** True when the fact was checked against the source's text while compiling. */
  readonly checked?: boolean;
  readonly note?: string;
}

export const VN_RANKS = [
  "Thiếu tá",
  "Trung tá",
  "Thượng tá",
  "Đại tá",
  "Thiếu tướng",
  "Trung tướng",
  "Thượng tướng",
  "Đại tướng",
  "Chuẩn Đô đốc",
  "Phó Đô đốc",
  "Đô đốc",
] as const;
export type RankName = (typeof VN_RANKS)[number];

export interface Rank {
  readonly rank: RankName;
  /** ISO date the rank was reached (see precision). */
  readonly date: string;
  readonly precision?: Precision;
  readonly source: string;
  readonly checked?: boolean;
  readonly note?: string;
}

export interface Person {
  readonly person_id: string;
  /** Canonical name per the codebook. */
  readonly name: string;
  readonly country: CountryCode;
  /** Name in Chinese characters (Hán tự / kanji) as written in the person's own tradition. */
  readonly name_han: string | null;
  /** Simplified-Chinese form used by Chinese-language media, when it differs from name_han. */
  readonly name_zh: string | null;
  /** Press spellings that cannot be generated mechanically. */
  readonly aliases: readonly string[];
  readonly wikidata: string | null;
  readonly birth_year: number | null;
  readonly positions: readonly Position[];
  readonly ranks: readonly Rank[];
  readonly note?: string;
}

/** A position together with the person holding it and the office record. */
export interface Tenure {
  readonly person: Person;
  readonly office: Office;
  readonly position: Position;
}
