import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { WARCParser } from "warcio";
import { PipelineError } from "../core/errors.ts";
import type { Rejection } from "./reject.ts";

/**
 * Web archives (`.warc`, `.warc.gz`, WARC 1.0/1.1, gzip per record or
 * not), read record by record with webrecorder's warcio, streaming: only
 * the record being read is in memory, so a 1 GB archive costs its largest
 * page. Each HTTP response record with status 2xx and an HTML content type
 * is a page (its payload decoded of chunking and Content-Encoding);
 * every other record is counted by kind (`warcinfo`, `request`,
 * `response 404`, `response image/jpeg`, …), not published.
 *
 * An archive that ends in the middle of a record or of its gzip stream is
 * `truncated_archive`, one with a gzip error or that is not WARC is
 * `bad_archive`: the records before the fault are read.
 */
export interface WarcPage {
  /** Byte offset of the record in the archive (compressed offset for .warc.gz, as CDX indexes give it). */
  readonly offset: number;
  readonly recordId: string | null;
  readonly targetUri: string | null;
  readonly date: string | null;
  readonly contentType: string | null;
  /** The HTML payload; null when it is larger than the limit (then `size` says how large). */
  readonly payload: Uint8Array | null;
  readonly size: number;
}

export interface WarcSummary {
  /** Records that are not HTML pages, by kind. */
  readonly other: Record<string, number>;
  readonly pages: number;
  /** The fault that stopped the reading, with the offset of the first byte not read. */
  readonly fault: (Rejection & { readonly offset: number }) | null;
}

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Read every record of the archive at `path`, calling `onPage` for each
 * page (awaited, so pages are handled one at a time). `sha256`, when given,
 * is the hash the raw snapshot took of the archive: an archive read to its
 * end with other bytes throws, as readVerified does for a file.
 */
export async function readWarc(path: string, onPage: (page: WarcPage) => void | Promise<void>, options: { maxPageBytes: number; sha256?: string }): Promise<WarcSummary> {
  const size = statSync(path).size;
  const hash = createHash("sha256");
  let read = 0;
  // Reads of 64 KB: at the end of each gzip member warcio hands the rest of the current read to a new inflater as a
  // copy, so the cost per record grows with the read size (1 MB reads made a crawl of small pages 2–3 times slower).
  async function* source() {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      read += chunk.length;
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    }
  }
  const other: Record<string, number> = {};
  const count = (kind: string) => (other[kind] = (other[kind] ?? 0) + 1);
  let pages = 0;
  const gzip = isGzip(path);
  let expectedEnd = 0; // for an uncompressed archive: where the last record should end
  const parser = new WARCParser(source());
  let offset = 0;
  try {
    for await (const record of parser) {
      offset = parser.offset;
      const type = record.warcType;
      if (!type || !record.warcHeaders.protocol?.startsWith("WARC/")) return { other, pages, fault: { reason: "bad_archive", detail: `not a WARC record at byte ${offset}: the file is not a web archive, or is damaged there`, offset } };
      if (!gzip) expectedEnd = parser._warcHeadersLength + (record.warcContentLength ?? 0);
      const status = record.httpHeaders?.statusCode;
      const contentType = record.httpHeaders?.headers.get("content-type") ?? null;
      const isPage = type === "response" && record.httpHeaders !== null && Number(status) >= 200 && Number(status) < 300 && (contentType === null || HTML.test(contentType));
      if (!isPage) {
        await drain(record.contentReader, Infinity);
        count(type !== "response" ? type : record.httpHeaders === null ? "response (not HTTP)" : Number(status) >= 200 && Number(status) < 300 ? `response ${(contentType ?? "").split(";")[0]!.trim() || "(no type)"}` : `response ${status}`);
        continue;
      }
      const { bytes, size: n } = await drain(record.contentReader, options.maxPageBytes);
      pages++;
      await onPage({ offset, recordId: record.warcHeader("WARC-Record-ID") ?? null, targetUri: record.warcTargetURI ?? null, date: record.warcDate ?? null, contentType, payload: bytes, size: n });
    }
  } catch (e) {
    return { other, pages, fault: await classify(path, offset, gzip, (e as Error).message) };
  }
  if (gzip && parser.offset < size) return { other, pages, fault: await classify(path, parser.offset, gzip, null) };
  // a record ends with two CRLFs: an archive that ends before them was cut short (in a record, or in its headers)
  if (!gzip && parser.offset > 0 && expectedEnd + 4 > size) return { other, pages, fault: { reason: "truncated_archive", detail: `the archive ends at byte ${size}, inside the record at byte ${offset} (which should end at byte ${expectedEnd + 4})`, offset } };
  if (options.sha256 && read === size && hash.digest("hex") !== options.sha256) throw new PipelineError(`${path} changed while the build was running; run it again`);
  return { other, pages, fault: null };
}

/** The bytes of a stream up to `max` (null past it, the rest drained unkept), and its length. */
async function drain(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, max: number): Promise<{ bytes: Uint8Array | null; size: number }> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size <= max) parts.push(chunk.slice());
  }
  return { bytes: size <= max ? Buffer.concat(parts) : null, size };
}

function isGzip(path: string): boolean {
  return /\.gz$/i.test(path);
}

/** Why reading stopped at `offset`: the gzip stream from there says whether the archive is cut short or damaged. */
async function classify(path: string, offset: number, gzip: boolean, message: string | null): Promise<Rejection & { offset: number }> {
  if (!gzip) return { reason: "bad_archive", detail: `unreadable record at byte ${offset}${message ? `: ${message}` : ""}`, offset };
  const error = await new Promise<Error | null>((resolve) => {
    const gunzip = createGunzip();
    gunzip.on("data", () => {});
    gunzip.on("error", (e) => resolve(e));
    gunzip.on("end", () => resolve(null));
    createReadStream(path, { start: offset }).on("error", resolve).pipe(gunzip);
  });
  if (error && /unexpected end of file/i.test(error.message)) return { reason: "truncated_archive", detail: `the gzip stream ends in the middle of the record at byte ${offset}: the archive was cut short (an interrupted download or crawl)`, offset };
  if (error) return { reason: "bad_archive", detail: `gzip error in the record at byte ${offset}: ${error.message}`, offset };
  return { reason: "bad_archive", detail: `unreadable record at byte ${offset}${message ? `: ${message}` : ": it is not a WARC record"}`, offset };
}
