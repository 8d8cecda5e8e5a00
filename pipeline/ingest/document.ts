import { sha256 } from "../core/hash.ts";
import { cleanText } from "./clean.ts";
import type { Dateline } from "./dateline.ts";
import { analyseLayout, type Paragraph } from "./layout.ts";
import type { ManifestEntry } from "./manifest.ts";
import { checkMarkup } from "./markup.ts";
import { checkBytes, type Rejection } from "./reject.ts";

/** An ingested article: cleaned text, its layout, and where every offset comes from. */
export interface Document {
  readonly article_id: string;
  readonly source_file: string;
  /** SHA-256 of the raw file's bytes. */
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
  /** From the manifest, else from a date line with a year. */
  readonly published_date: string | null;
  readonly published_time: string | null;
  /** The publication date line as printed, when there is one. */
  readonly dateline: string | null;
  readonly dateline_parts: Dateline | null;
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
export function ingestBytes(path: string, bytes: Uint8Array, manifest: ManifestEntry | undefined, bytesHash: string = sha256(bytes)): IngestResult {
  const rejection = checkBytes(bytes);
  if (rejection) return { ok: false, rejection };
  const decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  const markup = checkMarkup(decoded);
  if (markup) return { ok: false, rejection: markup };
  const { text, anchors } = cleanText(decoded);
  if (!text) return { ok: false, rejection: { reason: "empty", detail: "no visible text (only whitespace, invisible characters or a byte-order mark)" } };
  const layout = analyseLayout(text);
  const dl = layout.dateline;
  return {
    ok: true,
    document: {
      article_id: contentId(text),
      source_file: path,
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
      published_time: dl?.time ?? null,
      dateline: layout.datelineText,
      dateline_parts: dl,
    },
  };
}
