import type { Translation } from "../artifacts.ts";
import { mapInWorkers, stagePoolOptions } from "../core/pool.ts";
import type { FixesRow } from "../generated/tables.ts";
import type { Document } from "../ingest/document.ts";
import type { ArticleTranslation, TranslateSetup } from "../translate/work.ts";
import { defineStage } from "./define.ts";

/**
 * Flags machine-translated articles and repairs them: glossary terms, and
 * names garbled through Chinese characters, resolved against the registry.
 * Raw files and cleaned texts are unchanged; each correction is a fix with
 * its offsets, rule and evidence, and later stages read the repaired text.
 * Articles that are not machine-translated get no fixes. The per-article
 * work is in translate/work.ts and runs in worker threads.
 */
export const translate = defineStage({
  id: "translate",
  description: "detect machine-translated articles; restore garbled names and terms, with evidence",
  version: 1,
  reads: ["documents", "reference"],
  writes: ["translation", "table:fixes"],
  count: (out) => out["table:fixes"].length,
  async run({ documents, reference }, ctx) {
    const setup: TranslateSetup = reference;
    const results = await mapInWorkers<TranslateSetup, Document, ArticleTranslation>(documents, { module: new URL("../translate/work.ts", import.meta.url).href, setup }, stagePoolOptions(ctx, (d) => `article ${d.article_id} (${d.source_file})`));
    const translation: Record<string, Translation> = {};
    const rows: FixesRow[] = [];
    documents.forEach((d, i) => {
      translation[d.article_id] = results[i]!.translation;
      rows.push(...results[i]!.rows);
    });
    return { translation, "table:fixes": rows };
  },
});
