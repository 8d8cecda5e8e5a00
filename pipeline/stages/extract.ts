import type { ArticleExtraction } from "../extract/article.ts";
import { originals } from "../extract/reprints.ts";
import { extractionTables } from "../extract/tables.ts";
import type { ExtractItem, ExtractSetup } from "../extract/work.ts";
import { mapInWorkers, stagePoolOptions } from "../core/pool.ts";
import { typePrecedence } from "../lang/lexicon.ts";
import { defineStage } from "./define.ts";

/**
 * Meetings, participants and agreements from every article that is not a
 * reprint, merged across articles; reprints are listed as sources of what
 * their kept copy reports. Encounters that cannot be dated are published in
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
    const read = originals(documents, duplicates);
    const items: ExtractItem[] = read.map((d) => {
      const t = translation[d.article_id];
      return { document: d, fixes: t?.fixes ?? [], repeated: duplicates.repeatedParagraphs[d.article_id] ?? [], machineTranslated: t?.machine_translated ?? false };
    });
    const setup: ExtractSetup = reference;
    const results = await mapInWorkers<ExtractSetup, ExtractItem, ArticleExtraction>(items, { module: new URL("../extract/work.ts", import.meta.url).href, setup }, stagePoolOptions(ctx, (item) => `article ${item.document.article_id} (${item.document.source_file})`));

    const t = extractionTables({ documents, duplicates, translation, extractions: new Map(read.map((d, i) => [d.article_id, results[i]!])), precedence: typePrecedence(reference.lexicon) });
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
