import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanText, cleanTextReference, toRawOffset } from "../pipeline/ingest/clean.ts";
import { mulberry32 } from "../bench/generate/prng.ts";

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

describe("cleanText fast path", () => {
  // Everything the reference path treats specially, to be mixed at random.
  const PIECES = [
    "a", "Hà Nội", "Đại tướng", "Bộ Quốc phòng", "ASCII text ", "1/6", ".", ",", "-",
    "e\u0301", "Thu\u031bo\u031b\u0323ng", "a\u0323\u0302", "\u0301", "\u0323\u0302", // NFD marks, a mark after a space
    " ", "  ", "\t", "\u00a0", "\u2000", "\u3000", "\u202f", "\v", "\f", // spaces, U+2000 (NFC would change it)
    "\n", "\r\n", "\r", "\n\n\n", "\r\r\n", "\u0085", "\u2028", "\u2029", // line breaks
    "\ufeff", "\u200b", "\u00ad", "\u2060", "\u0007", "\u0000", "\u009f", "\u200b\u0301", // invisible, one carrying a mark
    "&nbsp;", "&amp;", "&#7899;", "&#x1EDB;", "&#x0301;", "&#13;", "&#10;", "&bogus;", "&", "&amp", "&#;", "&NotEqualTilde;",
    "😀", "𝅘𝅥𝅮", "a\ud834\udd67", "\ud834\udd67", "\ud800", "\udc00x", // astral, an astral combining mark, lone surrogates
    "\u212b", "\u2126", "\uf900", "A\u030a", "\u1100\u1161", "\u0958", // singletons NFC changes, Hangul jamo, a composition exclusion
  ];


  it("agrees with the reference path on each tricky piece, alone and between words", () => {
    for (const p of PIECES) {
      for (const raw of [p, `x${p}y`, ` ${p} `, `${p}\n${p}`, `\ufeff${p}\r\n`]) {
        assert.deepEqual(cleanText(raw), cleanTextReference(raw), JSON.stringify(raw));
      }
    }
  });

  it("agrees with the reference path on random mixtures", () => {
    const rnd = mulberry32(20240603);
    for (let t = 0; t < 3000; t++) {
      const n = 1 + Math.floor(rnd() * 30);
      let raw = "";
      for (let k = 0; k < n; k++) raw += PIECES[Math.floor(rnd() * PIECES.length)]!;
      assert.deepEqual(cleanText(raw), cleanTextReference(raw), JSON.stringify(raw));
    }
  });
});
