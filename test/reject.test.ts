import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkBytes, checkSize, firstInvalidUtf8, MAX_BYTES } from "../pipeline/ingest/reject.ts";

const enc = new TextEncoder();

describe("rejection checks", () => {
  it("passes valid UTF-8, with or without a BOM", () => {
    assert.equal(checkBytes(enc.encode("Tiếp tục thúc đẩy 😀")), null);
    assert.equal(checkBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])), null);
  });

  it("rejects files over the size limit before reading them", () => {
    assert.equal(checkSize(MAX_BYTES), null);
    assert.equal(checkSize(MAX_BYTES + 1)?.reason, "too_large");
  });

  it("rejects an empty file", () => {
    assert.equal(checkBytes(new Uint8Array())?.reason, "empty");
  });

  it("rejects binary content, naming the NUL byte's place", () => {
    const r = checkBytes(Uint8Array.from([0x41, 0x0a, 0x42, 0x00, 0x43]));
    assert.equal(r?.reason, "binary");
    assert.match(r!.detail, /byte 3 \(line 2\)/);
  });

  it("rejects invalid UTF-8 with the byte offset and line", () => {
    const bytes = new Uint8Array([...enc.encode("Dòng một\nDòng "), 0xe1, 0xbb, 0x41]);
    const r = checkBytes(bytes);
    assert.equal(r?.reason, "invalid_utf8");
    assert.match(r!.detail, /at byte 18 \(line 2\): e1 bb 41/);
  });

  it("recognises UTF-16 and says so", () => {
    assert.match(checkBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))!.detail, /UTF-16/);
  });

  it("agrees with the strict decoder on overlong forms, surrogates and truncation", () => {
    for (const bytes of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0x80], [0x61, 0xe1, 0xbb], [0x80]]) {
      const b = Uint8Array.from(bytes);
      assert.ok(firstInvalidUtf8(b) >= 0, `should reject ${bytes}`);
      assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(b));
    }
  });
});
