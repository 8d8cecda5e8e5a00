import type { Document } from "../ingest/document.ts";
import { registryFrom, type RegistrySetup } from "../stages/registry.ts";
import type { Fix } from "../lang/repaired.ts";
import { extractArticle, type ArticleExtraction } from "./article.ts";
import { loadGazetteer } from "./places.ts";
import { loadSeries } from "./series.ts";

/** What every thread of the extract stage starts from. */
export type ExtractSetup = RegistrySetup;

/** One article to read (plain data, as sent to a worker thread). */
export interface ExtractItem {
  readonly document: Document;
  readonly fixes: readonly Fix[];
  readonly repeated: readonly number[];
  readonly machineTranslated: boolean;
}

/** The extract stage's per-article work, for pipeline/core/pool.ts. */
export async function createWorker(setup: ExtractSetup): Promise<(item: ExtractItem) => ArticleExtraction> {
  const registry = registryFrom(setup.registry);
  const places = await loadGazetteer(setup.referenceDir);
  const series = await loadSeries(setup.referenceDir);
  return (item) => extractArticle({ ...item, repeated: new Set(item.repeated) }, registry, places, series);
}
