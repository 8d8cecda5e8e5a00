import { isUtf8 } from "node:buffer";
import type { RejectedRow } from "../generated/tables.ts";

/**
 * Why a raw file cannot be ingested: the `reason` enum of
 * schemas/rejected.schema.json. The byte checks here run in this order, so
 * the reason given is the most basic one that applies; then the text's
 * (markup.ts), and the raw directory's listing (links that lead nowhere).
 */
export type RejectReason = RejectedRow["reason"];

export interface Rejection {
  readonly reason: RejectReason;
  readonly detail: string;
}

export const MAX_BYTES = 5 * 1024 * 1024;

/** Check a file by its size before reading it. */
export function checkSize(size: number, maxBytes = MAX_BYTES): Rejection | null {
  return size > maxBytes ? { reason: "too_large", detail: `${size} bytes; the limit is ${maxBytes} bytes` } : null;
}

/** Check the bytes of a file; null when it can be decoded as UTF-8 text. */
export function checkBytes(bytes: Uint8Array): Rejection | null {
  if (bytes.length === 0) return { reason: "empty", detail: "the file has no bytes" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { reason: "invalid_utf8", detail: "UTF-16 (little-endian byte-order mark); save the file as UTF-8" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { reason: "invalid_utf8", detail: "UTF-16 (big-endian byte-order mark); save the file as UTF-8" };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { reason: "binary", detail: `NUL byte at byte ${nul} (line ${lineOf(bytes, nul)}): not a text file` };
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes); // the native check first; the scan only to say where
  if (bad >= 0) {
    const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
    return { reason: "invalid_utf8", detail: `invalid UTF-8 at byte ${bad} (line ${lineOf(bytes, bad)}): ${hex}` };
  }
  return null;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
