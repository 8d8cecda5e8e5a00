import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { firstInvalidUtf8, type Rejection } from "./reject.ts";

/**
 * The character set of a web page, and its text. Vietnamese portals served
 * windows-1258 (tone marks as combining characters), windows-1252 and other
 * legacy sets for years, and saved pages and archives keep them. Which set
 * applies is decided as a browser does (the WHATWG encoding sniffing
 * order): a byte-order mark, else the HTTP `Content-Type` header (given
 * by a web archive), else a `<meta charset>` or `<meta http-equiv>` in the
 * page's first 4 KB, else UTF-8. The bytes are then decoded by iconv-lite.
 *
 * A page is rejected (`invalid_encoding`) when its bytes do not fit the set
 * it names: invalid UTF-8, or a byte the legacy set leaves undefined. One
 * exception, for a mistake common on the web: a page that declares a
 * single-byte set but whose bytes are valid UTF-8 with non-ASCII characters
 * is UTF-8 (such a byte sequence by chance in legacy text is rare), and the
 * source says `detected`. A set iconv-lite does not know is
 * `unknown_encoding`.
 */
export interface DecodedPage {
  readonly text: string;
  /** The set's canonical name: `utf-8`, `windows-1258`, … */
  readonly encoding: string;
  /** Where it was named: a byte-order mark, the HTTP header, a meta tag, or found from the bytes. */
  readonly source: "bom" | "http" | "meta" | "detected" | "default";
}

export type DecodeResult = { readonly ok: true; readonly page: DecodedPage } | { readonly ok: false; readonly rejection: Rejection };

/** WHATWG labels that name another set than iconv-lite would take them for (latin1 is windows-1252 on the web). */
const ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  latin1: "windows-1252",
  "l1": "windows-1252",
  ascii: "windows-1252",
  "us-ascii": "windows-1252",
  "iso-8859-9": "windows-1254",
  "x-user-defined": "windows-1252",
  "utf8": "utf-8",
  "unicode-1-1-utf-8": "utf-8",
};

/** Canonical name of a charset label, or null when there is none. */
export function canonicalCharset(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (ALIASES[l]) return ALIASES[l]!;
  const m = /^(?:windows|cp|x-cp)-?(\d{3,4})$/.exec(l);
  if (m) return `windows-${m[1]}`;
  return l;
}

/** The charset a Content-Type value names (`text/html; charset=windows-1258`). */
export function charsetOfContentType(value: string | null | undefined): string | null {
  const m = value ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(value) : null;
  return m ? canonicalCharset(m[1]!) : null;
}

/** The charset a page's own `<meta>` declares in its first 4 KB (read as bytes, before any decoding, as the HTML prescan does). */
export function charsetOfMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const t = tag[0];
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(t);
    if (direct && !/http-equiv/i.test(t)) return canonicalCharset(direct[1]!);
    if (/http-equiv\s*=\s*["']?content-type/i.test(t)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(t);
      const cs = charsetOfContentType(content?.[2]);
      if (cs) return cs;
    }
  }
  return null;
}

/** Decode a page's bytes; `contentType` is the HTTP header when the page came with one (a web archive's response). */
export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodeResult {
  let declared: { encoding: string; source: DecodedPage["source"] } | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) declared = { encoding: "utf-8", source: "bom" };
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) declared = { encoding: "utf-16le", source: "bom" };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) declared = { encoding: "utf-16be", source: "bom" };
  if (!declared) {
    const http = charsetOfContentType(contentType);
    if (http) declared = { encoding: http, source: "http" };
  }
  if (!declared) {
    const meta = charsetOfMeta(bytes);
    if (meta) declared = { encoding: meta, source: "meta" };
  }
  const { encoding, source } = declared ?? { encoding: "utf-8", source: "default" as const };
  if (encoding === "utf-8") return decodeUtf8(bytes, source);
  if (!iconv.encodingExists(encoding)) return { ok: false, rejection: { reason: "unknown_encoding", detail: `the page names the character set '${encoding}' (${describe(source)}), which no decoder here knows` } };
  if (isUtf8(bytes) && bytes.some((b) => b >= 0x80) && isSingleByte(encoding)) return decodeUtf8(bytes, "detected");
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, { stripBOM: true });
  const bad = text.indexOf("\ufffd");
  if (bad >= 0) {
    const at = isSingleByte(encoding) ? ` at byte ${bad}` : ""; // one byte, one character
    return { ok: false, rejection: { reason: "invalid_encoding", detail: `bytes that ${encoding} (${describe(source)}) leaves undefined${at}; not UTF-8 either` } };
  }
  return { ok: true, page: { text, encoding, source } };
}

function decodeUtf8(bytes: Uint8Array, source: DecodedPage["source"]): DecodeResult {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, rejection: { reason: "invalid_encoding", detail: `invalid UTF-8 at byte ${at}, and ${source === "default" ? "the page names no other character set" : `the page declares utf-8 (${describe(source)})`}` } };
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  return { ok: true, page: { text, encoding: "utf-8", source } };
}

function isSingleByte(encoding: string): boolean {
  return /^(windows-|iso-8859-|koi8|macintosh|x-mac|tis-620|viscii|tcvn)/.test(encoding);
}

function describe(source: DecodedPage["source"]): string {
  return { bom: "byte-order mark", http: "HTTP Content-Type header", meta: "<meta> tag", detected: "found from the bytes", default: "nothing declared" }[source];
}
