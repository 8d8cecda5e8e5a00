import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPhoneticWord, phoneticNameToRomaji, phoneticToRomaji } from "../pipeline/lang/phonetic.ts";
import { loadRegistry } from "../pipeline/registry/index.ts";

describe("Vietnamese phonetic spellings of Japanese names", () => {
  it("turns them back into romaji by letter rules", () => {
    assert.equal(phoneticNameToRomaji("Y-a-xu-ô I-chi-ca-oa"), "Yasuo Ichikawa");
    assert.equal(phoneticNameToRomaji("Y-ô-si-hi-cô Nô-đa"), "Yoshihiko Noda");
    // Names in no corpus: Kitazawa Toshimi, Fukuda Yasuo, Komura Masahiko.
    assert.equal(phoneticNameToRomaji("Tô-si-mi Ki-ta-da-oa"), "Toshimi Kitadawa", "z has no letter of its own here; d stands for it");
    assert.equal(phoneticNameToRomaji("Y-a-xu-ô Phu-cu-đa"), "Yasuo Fukuda");
    assert.equal(phoneticToRomaji("Cô-mu-ra"), "komura");
    // tr stands for ts, gh for g (Vietnamese writes g as gh before i and e).
    assert.equal(phoneticToRomaji("Ma-trư-da-ki"), "matsudaki");
    assert.equal(phoneticNameToRomaji("Ghi-chi Ô-ta"), "Gichi Ota");
    // One half already in romaji.
    assert.equal(phoneticNameToRomaji("Cô-mu-ra Masahiko"), "Komura Masahiko");
  });

  it("reads a syllable closed by the consonant the next one doubles, and 'tsu' written closed before 'xu'", () => {
    // Names in no corpus: Matsumoto, Hattori Mitsuhiro, Sapporo.
    assert.equal(phoneticToRomaji("Mát-xu-mô-tô"), "matsumoto");
    assert.equal(phoneticNameToRomaji("Mít-xu-hi-rô Hát-tô-ri"), "Mitsuhiro Hattori");
    assert.equal(phoneticToRomaji("Sáp-pô-rô"), "sapporo");
    assert.equal(phoneticToRomaji("Níp-pôn"), "nippon");
    // Not a closed syllable the next does not double, nor one at the end.
    assert.equal(isPhoneticWord("Mát-ka"), false);
    assert.equal(isPhoneticWord("Ka-mát"), false);
    assert.equal(isPhoneticWord("Việt-Nhật"), false);
  });

  it("leaves ordinary words alone", () => {
    assert.equal(phoneticNameToRomaji("Phan Văn Giang"), null);
    assert.equal(isPhoneticWord("Việt-Nhật"), false);
    assert.equal(isPhoneticWord("Nô-đa"), true);
  });

  it("reads a one-syllable word beside a hyphenated one as part of the name, and va as wa", () => {
    assert.equal(phoneticNameToRomaji("Ken Sa-tô"), "Ken Sato");
    assert.equal(phoneticNameToRomaji("Mi-xa-ki Ta-na-va"), "Misaki Tanawa");
    // Not a word that is no Japanese syllable ("Ông"), and not words none of which is hyphenated.
    assert.equal(phoneticNameToRomaji("Ông Sa-tô"), null);
    assert.equal(phoneticNameToRomaji("Ken Sato"), null);
  });

  it("leads to the registry entry", async () => {
    const registry = await loadRegistry();
    assert.deepEqual(registry.findPeople(phoneticNameToRomaji("Y-ô-si-hi-cô Nô-đa")!).map((p) => p.name), ["Noda Yoshihiko"]);
  });
});
