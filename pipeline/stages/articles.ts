import type { Duplicates, Translation } from "../artifacts.ts";
import type { ArticlesRow } from "../generated/tables.ts";
import type { Document } from "../ingest/document.ts";
import { defineStage } from "./define.ts";

/** The published `articles` table: one row per ingested document. */
export const articles = defineStage({
  id: "articles",
  description: "one row per ingested article, with its metadata",
  version: 4,
  reads: ["documents", "duplicates", "translation"],
  writes: ["table:articles"],
  count: (out) => out["table:articles"].length,
  run({ documents, duplicates, translation }) {
    return { "table:articles": documents.map((d) => articleRow(d, duplicates, translation[d.article_id])) };
  },
});

export function articleRow(d: Document, duplicates: Duplicates, translation: Translation | undefined): ArticlesRow {
  const dup = duplicates.of[d.article_id];
  return {
    article_id: d.article_id,
    source_file: d.source_file,
    input_kind: d.input_kind,
    encoding: d.encoding,
    warc_record_id: d.warc_record_id,
    fetched_at: d.fetched_at,
    sha256: d.sha256,
    headline: d.headline,
    outlet: d.outlet,
    byline: d.byline,
    published_date: d.published_date,
    published_time: d.published_time,
    dateline: d.dateline,
    url: d.url,
    n_chars: d.text.length,
    n_paragraphs: d.paragraphs.filter((p) => p.kind === "body").length,
    n_boilerplate: d.paragraphs.filter((p) => p.kind === "boilerplate").length,
    n_repeated: duplicates.repeatedParagraphs[d.article_id]?.length ?? 0,
    machine_translated: translation?.machine_translated ?? false,
    duplicate_of: dup?.duplicate_of ?? null,
    duplicate_similarity: dup ? Math.round(dup.similarity * 1000) / 1000 : null,
    headline_source: d.sources.headline,
    published_source: d.sources.published,
    url_source: d.sources.url,
    outlet_source: d.sources.outlet,
    byline_source: d.sources.byline,
  };
}
