import type { ArticleExtraction } from "../extract/article.ts";
import { originals, reprintsToRead } from "../extract/reprints.ts";
import type { Document } from "../ingest/document.ts";
import { extractionTables } from "../extract/tables.ts";
import type { ExtractItem, ExtractSetup } from "../extract/work.ts";
import { mapInWorkersThen, stagePoolOptions } from "../core/pool.ts";
import { typePrecedence } from "../lang/lexicon.ts";
import { defineStage } from "./define.ts";

/**
 * Meetings, participants and agreements from every article that is not a
 * reprint, merged across articles; reprints are listed as sources of what
 * their kept copy reports (and read in its place when it reports nothing). Encounters that cannot be dated are published in
 * `encounters_left_out`, not guessed. Each article is read in a worker; the
 * rows are assembled by extract/tables.ts.
 */
export const extract = defineStage({
  id: "extract",
  description: "read meetings, participants and agreements from the repaired articles; merge them across articles",
  version: 1,
  reads: ["documents", "duplicates", "translation", "reference"],
  writes: ["table:meetings", "table:participants", "table:meeting_articles", "table:agreements", "table:agreement_mentions", "table:encounters_left_out"],
  count: (out) => out["table:meetings"].length,
  async run({ documents, duplicates, translation, reference }, ctx) {
    const itemOf = (d: Document): ExtractItem => {
      const t = translation[d.article_id];
      return { document: d, fixes: t?.fixes ?? [], repeated: duplicates.repeatedParagraphs[d.article_id] ?? [], machineTranslated: t?.machine_translated ?? false };
    };
    const work = { module: new URL("../extract/work.ts", import.meta.url).href, setup: reference satisfies ExtractSetup };
    const label = (item: ExtractItem) => `article ${item.document.article_id} (${item.document.source_file})`;
    const read = originals(documents, duplicates);
    // A kept copy that reports nothing (no encounter, no document) gives way to its reprints (reprints.ts): read after
    // the others, by the same threads.
    let again: Document[] = [];
    const reprints = (results: readonly ArticleExtraction[]) => {
      const nothing = new Set(read.filter((d, i) => !results[i]!.encounters.length && !results[i]!.agreements.length).map((d) => d.article_id));
      again = reprintsToRead(documents, duplicates, (kept) => nothing.has(kept));
      return again.map(itemOf);
    };
    const { first, then } = await mapInWorkersThen<ExtractSetup, ExtractItem, ArticleExtraction>(read.map(itemOf), reprints, work, stagePoolOptions(ctx, label));
    const extractions = new Map([...read.map((d, i) => [d.article_id, first[i]!] as const), ...again.map((d, i) => [d.article_id, then[i]!] as const)]);

    const t = extractionTables({ documents, duplicates, translation, extractions, precedence: typePrecedence(reference.lexicon) });
    return {
      "table:meetings": t.meetings,
      "table:participants": t.participants,
      "table:meeting_articles": t.meeting_articles,
      "table:agreements": t.agreements,
      "table:agreement_mentions": t.agreement_mentions,
      "table:encounters_left_out": t.encounters_left_out,
    };
  },
});
