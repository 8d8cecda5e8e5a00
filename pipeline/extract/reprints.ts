import type { Duplicates } from "../artifacts.ts";
import type { Document } from "../ingest/document.ts";

/**
 * Reprints are not read again: what a kept copy reports is credited to its
 * reprints by finding the same words in their text. This indexes each kept
 * copy's reprints, in document order so the rows come out in a stable order.
 */
export function reprintIndex(documents: readonly Document[], duplicates: Duplicates): ReadonlyMap<string, readonly Document[]> {
  const reprintsOf = new Map<string, Document[]>();
  for (const d of documents) {
    const kept = duplicates.of[d.article_id]?.duplicate_of;
    if (!kept) continue;
    const list = reprintsOf.get(kept);
    if (list) list.push(d);
    else reprintsOf.set(kept, [d]);
  }
  return reprintsOf;
}

/** The articles that are read: every document that is not a reprint of another. */
export function originals(documents: readonly Document[], duplicates: Duplicates): Document[] {
  return documents.filter((d) => !duplicates.of[d.article_id]);
}
