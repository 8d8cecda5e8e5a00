import { gzipSync } from "node:zlib";

/**
 * A reproducible .tar.gz: the same files give the same bytes, whoever packs
 * them and whenever. POSIX ustar, written by hand (a header is 512 bytes):
 *
 * - entries in byte order of their paths, each folder before its contents;
 * - every mtime the same (`mtime`, default 0), owner and group 0 with no
 *   names, modes 0644 and 0755;
 * - the archive padded to whole 10240-byte records, as tar(1) writes them;
 * - gzip at level 9 with no file name and no timestamp in its header, and
 *   the header's OS byte set to 255 ("unknown") rather than the packer's.
 */
export interface TarFile {
  /** Path inside the archive, with forward slashes; ASCII. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

const BLOCK = 512;
const RECORD = 20 * BLOCK;

export function tarGz(files: readonly TarFile[], mtime = 0): Uint8Array {
  const gz = gzipSync(tar(files, mtime), { level: 9 });
  gz[9] = 0xff; // OS byte: zlib writes the packer's platform here
  return gz;
}

export function tar(files: readonly TarFile[], mtime = 0): Uint8Array {
  const entries = new Map<string, Uint8Array | null>(); // null marks a folder
  for (const f of files) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) entries.set(`${parts.slice(0, i).join("/")}/`, null);
    if (entries.has(f.path)) throw new Error(`tar: '${f.path}' is listed twice`);
    entries.set(f.path, f.bytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (const path of [...entries.keys()].sort(byteOrder)) {
    const bytes = entries.get(path)!;
    const header = ustarHeader(path, bytes, mtime);
    chunks.push(header);
    size += BLOCK;
    if (bytes) {
      chunks.push(bytes, new Uint8Array(pad(bytes.length, BLOCK)));
      size += bytes.length + pad(bytes.length, BLOCK);
    }
  }
  const end = 2 * BLOCK; // two zero blocks close the archive
  chunks.push(new Uint8Array(end + pad(size + end, RECORD)));
  return Buffer.concat(chunks);
}

function ustarHeader(path: string, bytes: Uint8Array | null, mtime: number): Uint8Array {
  if (!/^[\x20-\x7e]+$/.test(path)) throw new Error(`tar: path '${path}' must be printable ASCII`);
  const [prefix, name] = splitPath(path);
  const h = new Uint8Array(BLOCK);
  const put = (offset: number, length: number, text: string) => h.set(Buffer.from(text, "ascii").subarray(0, length), offset);
  const octal = (offset: number, length: number, n: number) => put(offset, length, `${n.toString(8).padStart(length - 1, "0")}\0`);
  put(0, 100, name);
  octal(100, 8, bytes ? 0o644 : 0o755); // mode
  octal(108, 8, 0); // uid
  octal(116, 8, 0); // gid
  octal(124, 12, bytes ? bytes.length : 0); // size
  octal(136, 12, mtime);
  put(148, 8, " ".repeat(8)); // checksum field counts as spaces while summing
  put(156, 1, bytes ? "0" : "5"); // type: file or folder
  put(257, 6, "ustar\0");
  put(263, 2, "00");
  put(345, 155, prefix);
  const sum = h.reduce((a, b) => a + b, 0);
  put(148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return h;
}

/** ustar keeps up to 100 bytes of name and 155 of prefix, split at a slash. */
function splitPath(path: string): [string, string] {
  if (path.length <= 100) return ["", path];
  for (let i = path.length - 1; i > 0; i--) {
    if (path[i] === "/" && i <= 155 && path.length - i - 1 <= 100 && path.length - i - 1 > 0) return [path.slice(0, i), path.slice(i + 1)];
  }
  throw new Error(`tar: path '${path}' is too long for ustar`);
}

function pad(n: number, unit: number): number {
  return (unit - (n % unit)) % unit;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
