import type { ArticlesRow } from "../generated/tables.ts";
import type { Document } from "../ingest/document.ts";
import { defineStage } from "./define.ts";

/** The published `articles` table: one row per ingested document. */
export const articles = defineStage({
  id: "articles",
  description: "one row per ingested article, with its metadata",
  version: 1,
  reads: ["documents"],
  writes: ["table:articles"],
  count: (out) => out["table:articles"].length,
  run({ documents }) {
    return { "table:articles": documents.map(articleRow) };
  },
});

export function articleRow(d: Document): ArticlesRow {
  return {
    article_id: d.article_id,
    source_file: d.source_file,
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
  };
}
