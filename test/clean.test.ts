import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanText, toRawOffset } from "../pipeline/ingest/clean.ts";

/** Every character of the clean text that was copied unchanged must map back to itself in the raw text. */
function assertMapsBack(raw: string, clean: ReturnType<typeof cleanText>, exceptions: RegExp = /[\s]/) {
  const rawCps = [...raw];
  for (let i = 0; i < clean.text.length; i++) {
    const ch = clean.text[i]!;
    const back = rawCps[toRawOffset(clean.anchors, i)];
    if (back === ch || exceptions.test(ch)) continue;
    assert.equal(ch.normalize("NFD")[0], back, `clean offset ${i} (${JSON.stringify(ch)}) maps to ${JSON.stringify(back)}`);
  }
}

describe("cleanText", () => {
  it("strips a BOM, turns CRLF and CR into LF and drops empty lines", () => {
    const raw = "\ufeffTiêu đề\r\n\r\nĐoạn một\rĐoạn hai\n\n\n";
    const c = cleanText(raw);
    assert.equal(c.text, "Tiêu đề\nĐoạn một\nĐoạn hai");
    assert.equal(toRawOffset(c.anchors, 0), 1, "offset 0 is the character after the BOM");
    assertMapsBack(raw, c);
  });

  it("composes decomposed Vietnamese to NFC and keeps offsets on the raw code points", () => {
    const nfd = "Chie\u0300u 3/6, Thu\u031bo\u031b\u0323ng tu\u031bo\u031b\u0301ng Phan Va\u0306n Giang";
    const c = cleanText(nfd);
    assert.equal(c.text, nfd.normalize("NFC"));
    const at = c.text.indexOf("Phan");
    assert.equal([...nfd].slice(toRawOffset(c.anchors, at), toRawOffset(c.anchors, at) + 4).join(""), "Phan");
    assertMapsBack(nfd, c);
  });

  it("decodes HTML entities and folds NBSP and space runs", () => {
    const raw = "A&nbsp;&nbsp;B &amp; C&#7899;&#x1EDB;\t\t D &bogus; E";
    const c = cleanText(raw);
    assert.equal(c.text, "A B & Cớớ D &bogus; E");
    assert.equal(toRawOffset(c.anchors, c.text.indexOf("B")), raw.indexOf("B"));
    assert.equal(toRawOffset(c.anchors, c.text.indexOf(" D ") + 1), raw.indexOf(" D ") + 1);
    assert.equal(toRawOffset(c.anchors, c.text.lastIndexOf("E")), raw.lastIndexOf("E"));
  });

  it("drops invisible characters and trims lines", () => {
    const c = cleanText("  Hà\u200b Nội\u00ad  \n\t x\u0007y ");
    assert.equal(c.text, "Hà Nội\nxy");
  });

  it("counts raw offsets in code points, past characters outside the BMP", () => {
    const raw = "😀 Hà Nội";
    const c = cleanText(raw);
    assert.equal(toRawOffset(c.anchors, c.text.indexOf("Hà")), 2);
  });
});
