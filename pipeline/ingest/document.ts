import { sha256 } from "../core/hash.ts";
import { cleanText } from "./clean.ts";
import { parseDateline, type Dateline, type DatelineWords } from "./dateline.ts";
import { analyseLayout, type Paragraph } from "./layout.ts";
import { decodePage } from "./charset.ts";
import { readPage } from "./html.ts";
import type { ManifestEntry } from "./manifest.ts";
import { localDateTime } from "../lang/calendar.ts";

export { localDateTime };
import { screenText, screenWholePage, type Screen, type ScreenReason } from "./screen.ts";
import { checkMarkup } from "./markup.ts";
import { checkBytes, type Rejection } from "./reject.ts";
import type { ArticlesRow } from "../generated/tables.ts";

/** What a raw article came in as: a text file, a saved web page, or a page of a web archive. */
export type InputKind = ArticlesRow["input_kind"];
/** Where a headline, date, URL, outlet or author was found (see schemas/articles.schema.json). */
export type FieldSource = NonNullable<ArticlesRow["headline_source"]>;

/** Where each of a document's described fields came from (null where the field is empty). */
export interface FieldSources {
  readonly headline: FieldSource;
  readonly published: FieldSource | null;
  readonly url: FieldSource | null;
  readonly outlet: FieldSource | null;
  readonly byline: FieldSource | null;
}

/** An ingested article: cleaned text, its layout, and where every offset comes from. */
export interface Document {
  readonly article_id: string;
  /** Path relative to the raw directory; for a record of a web archive, the archive's path, `#` and the record's byte offset. */
  readonly source_file: string;
  readonly input_kind: InputKind;
  /** Character set the raw bytes were decoded from. */
  readonly encoding: string;
  /** For a page of a web archive, its WARC-Record-ID. */
  readonly warc_record_id: string | null;
  /** When the page was fetched (ISO timestamp): WARC-Date, or the manifest's fetched_at. */
  readonly fetched_at: string | null;
  readonly sources: FieldSources;
  /** SHA-256 of the raw file's bytes (for a page of a web archive, the archive's). */
  readonly sha256: string;
  readonly size_bytes: number;
  /** Cleaned text, one paragraph per line (see clean.ts). */
  readonly text: string;
  /** Clean → raw offset anchors (see clean.ts). */
  readonly anchors: readonly number[];
  readonly paragraphs: readonly Paragraph[];
  readonly headline: string;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** From the manifest, else the page's metadata, else the publication date line when it has a year (see `sources.published`). */
  readonly published_date: string | null;
  readonly published_time: string | null;
  /** The publication date line as printed, when there is one. */
  readonly dateline: string | null;
  readonly dateline_parts: Dateline | null;
  /** The date of the earliest update stamp the page prints ("Cập nhật: …"), ISO: never the publication date, weak evidence of the year. */
  readonly updated_date: string | null;
}

export type IngestResult = { readonly ok: true; readonly document: Document } | { readonly ok: false; readonly rejection: Rejection };

/** Content id: the first 64 bits of the SHA-256 of the cleaned text, in hex. */
export function contentId(text: string): string {
  return sha256(text).slice(0, 16);
}

/**
 * Decode, clean and lay out one raw file. Pure: the same bytes give the same
 * document. `bytesHash` is the SHA-256 of `bytes` when the caller already has
 * it (the raw snapshot does), so a file is not hashed twice.
 */
export function ingestBytes(path: string, bytes: Uint8Array, manifest: ManifestEntry | undefined, dates: DatelineWords, bytesHash: string = sha256(bytes)): IngestResult {
  const rejection = checkBytes(bytes);
  if (rejection) return { ok: false, rejection };
  const decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  const markup = checkMarkup(decoded);
  if (markup) return { ok: false, rejection: markup };
  const { text, anchors } = cleanText(decoded);
  if (!text) return { ok: false, rejection: { reason: "empty", detail: "no visible text (only whitespace, invisible characters or a byte-order mark)" } };
  const layout = analyseLayout(text, dates);
  const dl = layout.dateline;
  return {
    ok: true,
    document: {
      article_id: contentId(text),
      source_file: path,
      input_kind: "txt",
      encoding: "utf-8",
      warc_record_id: null,
      fetched_at: manifest?.fetched_at ?? null,
      sources: {
        headline: "text",
        published: manifest?.published_date ? "manifest" : dl?.date ? "text" : null,
        url: manifest?.url ? "manifest" : null,
        outlet: manifest?.outlet ? "manifest" : layout.outlet ? "text" : null,
        byline: layout.byline ? "text" : null,
      },
      sha256: bytesHash,
      size_bytes: bytes.length,
      text,
      anchors,
      paragraphs: layout.paragraphs,
      headline: layout.headline,
      byline: layout.byline,
      outlet: manifest?.outlet ?? layout.outlet,
      url: manifest?.url ?? null,
      published_date: manifest?.published_date ?? dl?.date ?? null,
      published_time: manifest?.published_date && manifest.published_date !== dl?.date ? null : (dl?.time ?? null),
      dateline: layout.datelineText,
      dateline_parts: dl,
      updated_date: layout.updateStamp?.date ?? null,
    },
  };
}

/** A web page read: an article, a rejection, or a page screened out as not about Vietnam–Japan defence. */
export type PageOutcome = IngestResult | { readonly ok: false; readonly screened: { readonly reason: ScreenReason; readonly detail: string; readonly url: string | null; readonly headline: string | null } };

export interface PageSource {
  readonly kind: "html" | "warc";
  readonly bytesHash: string;
  /** Size of the page's bytes (for a record of an archive, its payload's). */
  readonly size: number;
  /** The HTTP Content-Type header, for a page from a web archive. */
  readonly contentType?: string | null;
  readonly warc?: { readonly recordId: string | null; readonly targetUri: string | null; readonly date: string | null };
  readonly manifest?: ManifestEntry;
  /** The relevance screen; null lets every page through. */
  readonly screen: Screen | null;
  /** The lexicon's date-line words, compiled. */
  readonly dates: DatelineWords;
}

/**
 * Decode a web page (charset.ts), find its article and metadata (html.ts),
 * screen it (screen.ts), then clean and lay out its text as a `.txt`
 * file's. Offsets (the anchors) refer to the extracted text. Pure.
 */
export function ingestPage(path: string, bytes: Uint8Array, src: PageSource): PageOutcome {
  if (bytes.length === 0) return { ok: false, rejection: { reason: "empty", detail: src.kind === "warc" ? "the record's payload is empty" : "the file has no bytes" } };
  const decoded = decodePage(bytes, src.contentType);
  if (!decoded.ok) return decoded;
  if (src.screen) {
    // Most pages of a crawl are not about the topic: those are known from their words alone, before any DOM is built.
    // Cleaned twice, as the article's text is (the DOM decodes entities once, cleaning once more), unless no "&" is left.
    const once = cleanText(decoded.page.text).text.replace(/\n/g, " ");
    const whole = once.includes("&") ? cleanText(once).text : once;
    const out = screenWholePage(whole, src.screen);
    if (out) {
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(decoded.page.text)?.[1];
      const url = src.manifest?.url ?? src.warc?.targetUri ?? null;
      return { ok: false, screened: { ...out, url, headline: title ? cleanText(title).text || null : null } };
    }
  }
  const page = readPage(decoded.page.text);
  if (!page.ok) return page;
  const { text, anchors } = cleanText(page.article.text);
  if (!text) return { ok: false, rejection: { reason: "no_article_text", detail: "the article Readability found has no visible text" } };
  const meta = page.article.metadata;
  const manifest = src.manifest;
  const url: [string, FieldSource] | null = manifest?.url ? [manifest.url, "manifest"] : meta.url && /^https?:\/\//.test(meta.url.value) ? [meta.url.value, meta.url.source] : src.warc?.targetUri ? [src.warc.targetUri, "warc"] : null;
  if (src.screen) {
    const out = screenText(text, src.screen);
    if (out) return { ok: false, screened: { ...out, url: url?.[0] ?? null, headline: meta.headline?.value ?? null } };
  }
  const layout = analyseLayout(text, src.dates);
  const dl = layout.dateline;
  const published = meta.published ? localDateTime(meta.published.value) : null;
  const pub: { date: string | null; time: string | null; source: FieldSource | null } = manifest?.published_date
    ? { date: manifest.published_date, time: published?.date === manifest.published_date ? published.time : null, source: "manifest" }
    : published?.date
      ? { date: published.date, time: published.time, source: meta.published!.source }
      : dl?.date
        ? { date: dl.date, time: dl.time, source: "text" }
        : headerDate(page.article.headerLines, src.dates);
  const outlet: [string, FieldSource] | null = manifest?.outlet ? [manifest.outlet, "manifest"] : meta.outlet ? [meta.outlet.value, meta.outlet.source] : layout.outlet ? [layout.outlet, "text"] : null;
  const byline: [string, FieldSource] | null = meta.byline ? [meta.byline.value, meta.byline.source] : layout.byline ? [layout.byline, "text"] : null;
  const fetched = src.warc?.date ?? manifest?.fetched_at ?? null;
  return {
    ok: true,
    document: {
      article_id: contentId(text),
      source_file: path,
      input_kind: src.kind,
      encoding: decoded.page.encoding,
      warc_record_id: src.warc?.recordId ?? null,
      fetched_at: fetched && !Number.isNaN(Date.parse(fetched)) ? new Date(fetched).toISOString().replace(/\.000Z$/, "Z") : null,
      sources: { headline: meta.headline ? meta.headline.source : "text", published: pub.source, url: url?.[1] ?? null, outlet: outlet?.[1] ?? null, byline: byline?.[1] ?? null },
      sha256: src.bytesHash,
      size_bytes: src.size,
      text,
      anchors,
      paragraphs: layout.paragraphs,
      headline: layout.headline,
      byline: byline?.[0] ?? null,
      outlet: outlet?.[0] ?? null,
      url: url?.[0] ?? null,
      published_date: pub.date,
      published_time: pub.time && /^([01]\d|2[0-3]):[0-5]\d$/.test(pub.time) ? pub.time : null,
      dateline: layout.datelineText,
      dateline_parts: dl,
      updated_date: layout.updateStamp?.date ?? null,
    },
  };
}

/**
 * A page's publication date from a date line printed among the short lines right after its headline
 * ("20:01 | 28/06/2015", "Thứ Ba, 06/08/2024 17:46"), where the page's metadata and its article text give none: a
 * full date, not an update stamp.
 */
function headerDate(lines: readonly string[], words: DatelineWords): { date: string | null; time: string | null; source: FieldSource | null } {
  for (const line of lines) {
    const d = parseDateline(line, words);
    if (d?.date && !d.updated) return { date: d.date, time: d.time, source: "text" };
  }
  return { date: null, time: null, source: null };
}
