import type { Duplicates } from "../artifacts.ts";
import type { Document } from "../ingest/document.ts";

/**
 * Reprints are not read again: what a kept copy reports is credited to its
 * copies by finding the same words in their text. Unless the kept copy
 * reports nothing, no encounter and no document (a longer copy kept that
 * lacks the dated lead its reprint has, its encounter left out undated):
 * then its copies are read, and what one of them reports is credited to the
 * others and to the kept copy in the same way.
 */

/**
 * For each article of a group of copies, the other members (the kept copy and its reprints), in document order so the
 * rows come out in a stable order. Articles of no group are not in the map.
 */
export function copiesIndex(documents: readonly Document[], duplicates: Duplicates): ReadonlyMap<string, readonly Document[]> {
  // (Documents come in order, so each group's members are gathered in it: the kept copy takes its place among them.)
  const kept = new Set(Object.values(duplicates.of).map((r) => r.duplicate_of));
  const keptOf = (d: Document) => duplicates.of[d.article_id]?.duplicate_of ?? (kept.has(d.article_id) ? d.article_id : undefined);
  const groups = new Map<string, Document[]>();
  for (const d of documents) {
    const root = keptOf(d);
    if (root === undefined) continue;
    const group = groups.get(root);
    if (group) group.push(d);
    else groups.set(root, [d]);
  }
  const copiesOf = new Map<string, Document[]>();
  for (const members of groups.values()) for (const d of members) copiesOf.set(d.article_id, members.filter((o) => o !== d));
  return copiesOf;
}

/** The articles that are read first: every document that is not a reprint of another. */
export function originals(documents: readonly Document[], duplicates: Duplicates): Document[] {
  return documents.filter((d) => !duplicates.of[d.article_id]);
}

/** The reprints of kept copies that report nothing (`reportsNothing`), which are read in their place. */
export function reprintsToRead(documents: readonly Document[], duplicates: Duplicates, reportsNothing: (articleId: string) => boolean): Document[] {
  return documents.filter((d) => {
    const kept = duplicates.of[d.article_id]?.duplicate_of;
    return kept !== undefined && reportsNothing(kept);
  });
}
