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
  });

  it("leaves ordinary words alone", () => {
    assert.equal(phoneticNameToRomaji("Phan Văn Giang"), null);
    assert.equal(isPhoneticWord("Việt-Nhật"), false);
    assert.equal(isPhoneticWord("Nô-đa"), true);
  });

  it("leads to the registry entry", async () => {
    const registry = await loadRegistry();
    assert.deepEqual(registry.findPeople(phoneticNameToRomaji("Y-ô-si-hi-cô Nô-đa")!).map((p) => p.name), ["Noda Yoshihiko"]);
  });
});
