/**
 * A gold file: the hand annotation of one corpus by the codebook
 * (`test/corpora/<corpus>/gold.json`). Only the fields the scorer reads are
 * typed; notes, year bases and names as written may be there too.
 */
import { readFileSync } from "node:fs";
import { PipelineError } from "../core/errors.ts";

export interface GoldArticle {
  readonly file: string;
  /** The file this one is a reprint of. */
  readonly duplicate_of?: string | null;
  readonly machine_translated?: boolean;
}

export interface GoldParticipant {
  readonly name: string;
  readonly country?: string | null;
  readonly rank?: string | null;
  readonly position?: string | null;
  readonly optional?: boolean;
}

export interface GoldMeeting {
  readonly id: string;
  readonly date_start: string;
  readonly date_end: string;
  readonly type?: string | null;
  readonly format?: string | null;
  readonly city?: string | null;
  readonly country?: string | null;
  /** The files that report it. */
  readonly articles?: readonly string[];
  readonly participants: readonly GoldParticipant[];
  readonly optional?: boolean;
}

export interface GoldMention {
  readonly article: string;
  readonly meeting?: string | null;
  readonly status: string;
}

export interface GoldAgreement {
  readonly title: string;
  readonly kind?: string | null;
  readonly date_signed?: string | null;
  readonly mentions?: readonly GoldMention[];
  readonly optional?: boolean;
}

export interface GoldFix {
  readonly article: string;
  readonly original: string;
  readonly canonical: string;
  readonly optional?: boolean;
}

export interface Gold {
  readonly corpus?: string;
  readonly articles?: readonly GoldArticle[];
  readonly meetings?: readonly GoldMeeting[];
  readonly agreements?: readonly GoldAgreement[];
  readonly fixes?: readonly GoldFix[];
}

/** Read and check a gold file; an error names the file and the entry. */
export function readGold(path: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new PipelineError(`cannot read gold file ${path}: ${(e as Error).message}`, 2);
  }
  const problem = checkGold(json);
  if (problem) throw new PipelineError(`gold file ${path}: ${problem}`, 2);
  return json as Gold;
}

/** The first thing wrong with a gold object, or null when the scorer can read it. */
export function checkGold(json: unknown): string | null {
  if (!isObject(json)) return "not a JSON object";
  const lists: Record<string, Record<string, "string" | "list">> = {
    articles: { file: "string" },
    meetings: { id: "string", date_start: "string", date_end: "string", participants: "list" },
    agreements: { title: "string" },
    fixes: { article: "string", original: "string", canonical: "string" },
  };
  for (const [list, fields] of Object.entries(lists)) {
    const items = json[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) return `'${list}' is not a list`;
    for (const [i, item] of items.entries()) {
      if (!isObject(item)) return `${list}[${i}] is not an object`;
      for (const [field, type] of Object.entries(fields)) {
        const v = item[field];
        if (type === "string" ? typeof v !== "string" : !Array.isArray(v)) return `${list}[${i}].${field} is not a ${type}`;
      }
      if (list === "meetings") {
        for (const [k, p] of (item.participants as unknown[]).entries()) {
          if (!isObject(p) || typeof p.name !== "string") return `meetings[${i}].participants[${k}].name is not a string`;
        }
      }
      if (list === "agreements" && item.mentions !== undefined) {
        if (!Array.isArray(item.mentions)) return `agreements[${i}].mentions is not a list`;
        for (const [k, m] of item.mentions.entries()) {
          if (!isObject(m) || typeof m.article !== "string" || typeof m.status !== "string") return `agreements[${i}].mentions[${k}] needs 'article' and 'status'`;
        }
      }
    }
  }
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
