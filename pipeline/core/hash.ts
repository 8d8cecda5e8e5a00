import { createHash } from "node:crypto";

/** Hex SHA-256 of bytes or a string (strings are hashed as UTF-8). */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Hash of several parts, unambiguous about where one part ends. */
export function hashParts(parts: readonly string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(`${Buffer.byteLength(p)}:`).update(p);
  return h.digest("hex");
}
