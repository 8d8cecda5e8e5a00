import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { PipelineError } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import { unchangedSince, type RawFile } from "./snapshot.ts";

/**
 * The bytes of a raw file, which must be those the snapshot hashed: a file
 * that still has the snapshot's size, mtime and inode is taken to (the
 * rule of the stat cache, so each file is hashed once per build); any other
 * is hashed and compared. Synchronous, as in snapshot.ts: for files in the
 * page cache it is several times faster than fs.promises.
 */
export function readVerified(rawDir: string, file: RawFile): Uint8Array {
  const path = join(rawDir, file.path);
  const fd = openSync(path, "r");
  let bytes: Uint8Array;
  let same: boolean;
  try {
    const st = fstatSync(fd);
    same = unchangedSince(file, st);
    // read the size fstat gives (a file that grew or shrank since is caught by the check below)
    const buffer = Buffer.allocUnsafe(st.size);
    let done = 0;
    for (let got = 1; done < st.size && got > 0; done += got) got = readSync(fd, buffer, done, st.size - done, done);
    bytes = buffer.subarray(0, done);
  } finally {
    closeSync(fd);
  }
  if ((!same || bytes.length !== file.size) && sha256(bytes) !== file.sha256) throw new PipelineError(`${path} changed while the build was running; run it again`);
  return bytes;
}
