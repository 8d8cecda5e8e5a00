import { findDuplicates, type DedupeInput } from "../dedupe/index.ts";
import type { Document } from "../ingest/document.ts";
import { creditsAnotherOutlet } from "../ingest/layout.ts";
import { defineStage } from "./define.ts";

/** Paragraph kinds that carry the article itself (what dedupe compares and extraction reads). */
const CONTENT = new Set(["body", "caption"]);

/**
 * Finds reprints (exact and near-duplicate articles) and paragraphs that
 * repeat inside one article. Compares the article content only (body and
 * captions), so another outlet's boilerplate, byline and date line do not
 * hide a reprint.
 */
export const dedupe = defineStage({
  id: "dedupe",
  description: "find reprinted articles (MinHash + LSH, confirmed on shingle sets) and repeated paragraphs",
  version: 1,
  reads: ["documents"],
  writes: ["duplicates"],
  count: (out) => Object.keys(out.duplicates.of).length,
  run({ documents }) {
    const content = documents.map(contentParagraphs);
    const inputs: DedupeInput[] = documents.map((d, i) => {
      const paragraphs = content[i]!.map((p) => p.text);
      // the text is the paragraphs joined by newlines; passed as lines, it is never built
      const credits = d.paragraphs.some((p) => p.kind === "credit" && creditsAnotherOutlet(d.text.slice(p.start, p.end)));
      return { article_id: d.article_id, text: paragraphs, paragraphs, published_date: d.published_date, ...(credits ? { credits } : {}) };
    });
    const result = findDuplicates(inputs);
    const of: Record<string, { duplicate_of: string; similarity: number }> = {};
    for (const id of [...result.duplicates.keys()].sort()) of[id] = result.duplicates.get(id)!;
    const repeatedParagraphs: Record<string, number[]> = {};
    documents.forEach((d, i) => {
      const repeats = result.repeatedParagraphs.get(d.article_id);
      if (repeats?.length) repeatedParagraphs[d.article_id] = repeats.map((k) => content[i]![k]!.index);
    });
    return { duplicates: { of, repeatedParagraphs } };
  },
});

/** The content paragraphs of a document, with their index in `document.paragraphs`. */
export function contentParagraphs(d: Document): { index: number; text: string }[] {
  return d.paragraphs.flatMap((p, index) => (CONTENT.has(p.kind) ? [{ index, text: d.text.slice(p.start, p.end) }] : []));
}
