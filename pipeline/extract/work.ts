import type { Document } from "../ingest/document.ts";
import type { Fix } from "../lang/repaired.ts";
import type { ReferenceData } from "../reference/data.ts";
import { knowledgeOf } from "../reference/knowledge.ts";
import { extractArticle, type ArticleExtraction } from "./article.ts";

/** What every thread of the extract stage starts from: the reference data. */
export type ExtractSetup = ReferenceData;

/** One article to read (plain data, as sent to a worker thread). */
export interface ExtractItem {
  readonly document: Document;
  readonly fixes: readonly Fix[];
  readonly repeated: readonly number[];
  readonly machineTranslated: boolean;
}

/** The extract stage's per-article work, for pipeline/core/pool.ts. */
export async function createWorker(setup: ExtractSetup): Promise<(item: ExtractItem) => ArticleExtraction> {
  const knowledge = knowledgeOf(setup);
  return (item) => extractArticle({ ...item, repeated: new Set(item.repeated) }, knowledge);
}
