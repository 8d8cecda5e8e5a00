import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { ENDS_NAME, IN_NAME, loadRegistry, REFERENCE_DIR, Registry, RegistryError, STARTS_NAME } from "../pipeline/registry/index.ts";
import { japaneseSoundKey } from "../pipeline/registry/names.ts";
import { tempDir } from "./helpers.ts";

let registry: Registry;
before(async () => {
  registry = await loadRegistry();
});

const ids = (people: readonly { person_id: string }[]) => people.map((p) => p.person_id);

describe("registry: finding people by name", () => {
  it("finds by canonical name, case- and spacing-insensitively", () => {
    assert.deepEqual(ids(registry.findPeople("Phan Văn Giang")), ["vn-phan-van-giang"]);
    assert.deepEqual(ids(registry.findPeople("  phan   VĂN giang ")), ["vn-phan-van-giang"]);
    assert.deepEqual(ids(registry.findPeople("Kishi Nobuo")), ["jp-kishi-nobuo"]);
  });

  it("finds a Japanese person by the sounds a Vietnamese phonetic spelling keeps, in either order, and only a Japanese one", () => {
    assert.deepEqual(ids(registry.findJapaneseBySound("Kitadawa Toshimi")), ["jp-kitazawa-toshimi"]);
    assert.deepEqual(ids(registry.findJapaneseBySound("Isunori Onodera")), ["jp-onodera-itsunori"]);
    assert.deepEqual(ids(registry.findJapaneseBySound("Kitadawa")), [], "a family name alone is no name");
    assert.deepEqual(ids(registry.findJapaneseBySound("Phan Van Giang")), []);
    assert.equal(japaneseSoundKey("Kōno Tarō"), japaneseSoundKey("Kono Taro"));
    assert.equal(japaneseSoundKey("Matsuda Shinji"), "masuda sindi");
  });

  it("finds by a stored alias, with hyphen normalisation", () => {
    // The curated files hold no alias yet (every one must be sourced outside the evaluation corpora), so add one here.
    const base = registry.person("jp-ichikawa-yasuo")!;
    const withAlias = new Registry([...registry.persons.filter((p) => p !== base), { ...base, aliases: ["Y-a-xu-ô I-chi-ca-oa"] }], registry.offices);
    assert.deepEqual(ids(withAlias.findPeople("Y-a-xu-ô I-chi-ca-oa")), ["jp-ichikawa-yasuo"]);
    assert.deepEqual(ids(withAlias.findPeople("Y a xu ô I chi ca oa")), ["jp-ichikawa-yasuo"]);
    assert.deepEqual(ids(registry.findPeople("Y-a-xu-ô I-chi-ca-oa")), [], "without the alias, no fuzzy guess");
  });

  it("finds by the name without diacritics", () => {
    assert.deepEqual(ids(registry.findPeople("Nguyen Chi Vinh")), ["vn-nguyen-chi-vinh"]);
    assert.deepEqual(ids(registry.findPeople("NGUYEN PHU TRONG")), ["vn-nguyen-phu-trong"]);
    assert.deepEqual(ids(registry.findPeople("Ngo Xuan Lich")), ["vn-ngo-xuan-lich"]);
  });

  it("finds a Japanese name in the other order, and with macrons", () => {
    assert.deepEqual(ids(registry.findPeople("Nobuo Kishi")), ["jp-kishi-nobuo"]);
    assert.deepEqual(ids(registry.findPeople("Toshimi Kitazawa")), ["jp-kitazawa-toshimi"]);
    assert.deepEqual(ids(registry.findPeople("Kimito Nakae")), ["jp-nakae-kimito"]);
    assert.deepEqual(ids(registry.findPeople("Kōno Tarō")), ["jp-kono-taro"]);
  });

  it("does not swap the order of Vietnamese names", () => {
    assert.deepEqual(registry.findPeople("Giang Phan Văn"), []);
  });

  it("finds by name in Chinese characters (kanji, Hán tự, simplified)", () => {
    assert.deepEqual(ids(registry.findPeople("岸信夫")), ["jp-kishi-nobuo"]);
    assert.deepEqual(ids(registry.findPeople("山田滝雄")), ["jp-yamada-takio"]);
    assert.deepEqual(ids(registry.findPeople("山田泷雄")), ["jp-yamada-takio"]);
    assert.deepEqual(ids(registry.findPeople("阮富仲")), ["vn-nguyen-phu-trong"]);
  });

  it("returns nothing for an unknown name, a bare family name or a near miss", () => {
    assert.deepEqual(registry.findPeople("Nguyễn Văn Không Có"), []);
    assert.deepEqual(registry.findPeople("Nakatani"), []);
    assert.deepEqual(registry.findPeople("Phan Văn Giag"), []);
    assert.deepEqual(registry.findPeople("Nguyễn Chí Vinh"), [], "a wrong Vietnamese diacritic is a different name");
    assert.deepEqual(registry.findPeople(""), []);
  });

  it("with a date, keeps the people active on it and drops the not yet born", () => {
    assert.deepEqual(ids(registry.findPeople("Kishi Nobuo", "2021-06-03")), ["jp-kishi-nobuo"]);
    // not in office that day, but still the only match: returned
    assert.deepEqual(ids(registry.findPeople("Kishi Nobuo", "2024-01-01")), ["jp-kishi-nobuo"]);
    // born 1981
    assert.deepEqual(registry.findPeople("Koizumi Shinjiro", "1975-01-01"), []);
  });
});

describe("registry: holders of an office on a date", () => {
  it("gives the Vietnamese defence minister at the edges of a tenure", () => {
    const h = (d: string) => ids(registry.holdersOf("vn.minister_of_defence", d));
    assert.deepEqual(h("2016-04-09"), ["vn-ngo-xuan-lich"], "first day");
    assert.deepEqual(h("2016-04-08"), ["vn-phung-quang-thanh"], "day before the first day");
    assert.deepEqual(h("2021-04-07"), ["vn-ngo-xuan-lich"], "last day");
    assert.deepEqual(h("2021-04-08"), ["vn-phan-van-giang"], "day after the last day");
  });

  it("gives Japan's defence minister at the edges of a tenure", () => {
    const h = (d: string) => ids(registry.holdersOf("jp.minister_of_defense", d));
    assert.deepEqual(h("2011-09-02"), ["jp-ichikawa-yasuo"]);
    assert.deepEqual(h("2012-01-12"), ["jp-ichikawa-yasuo"]);
    assert.deepEqual(h("2012-01-13"), ["jp-tanaka-naoki"]);
    assert.deepEqual(h("2011-09-01"), ["jp-kitazawa-toshimi"]);
    assert.deepEqual(h("2026-11-23"), ["jp-koizumi-shinjiro"], "open end = still in office");
  });

  it("agrees with the dates in the gold files", () => {
    assert.deepEqual(ids(registry.holdersOf("jp.minister_of_defense", "2010-03-24")), ["jp-kitazawa-toshimi"]);
    assert.deepEqual(ids(registry.holdersOf("jp.minister_of_defense", "2013-09-16")), ["jp-onodera-itsunori"]);
    assert.deepEqual(ids(registry.holdersOf("jp.minister_of_defense", "2015-11-06")), ["jp-nakatani-gen"]);
    assert.deepEqual(ids(registry.holdersOf("jp.minister_of_defense", "2019-03-04")), ["jp-iwaya-takeshi"]);
    assert.deepEqual(ids(registry.holdersOf("jp.prime_minister", "2011-10-24")), ["jp-noda-yoshihiko"]);
    assert.deepEqual(ids(registry.holdersOf("jp.chief_of_staff_joint_staff", "2019-03-04")), ["jp-kawano-katsutoshi"]);
    assert.deepEqual(ids(registry.holdersOf("jp.chief_of_staff_joint_staff", "2023-04-12")), ["jp-yoshida-yoshihide"]);
    assert.deepEqual(ids(registry.holdersOf("jp.chief_of_staff_msdf", "2025-12-11")), ["jp-saito-akira"]);
    assert.deepEqual(ids(registry.holdersOf("vn.general_secretary", "2015-11-06")), ["vn-nguyen-phu-trong"]);
    assert.deepEqual(ids(registry.holdersOf("vn.president", "2021-09-12")), ["vn-nguyen-xuan-phuc"]);
    assert.deepEqual(ids(registry.holdersOf("vn.chief_of_general_staff", "2019-03-04")), ["vn-phan-van-giang"]);
    assert.deepEqual(ids(registry.holdersOf("jp.ambassador_to_vietnam", "2021-06-03")), ["jp-yamada-takio"]);
    assert.ok(ids(registry.holdersOf("vn.deputy_minister_of_defence", "2020-06-10")).includes("vn-nguyen-chi-vinh"));
  });

  it("widens an imprecise boundary: a month-precision end counts to the month's last day", () => {
    // Phạm Minh Chính's end and Lê Minh Hưng's start are known to the month (April 2026)
    assert.deepEqual(ids(registry.holdersOf("vn.prime_minister", "2026-03-31")), ["vn-pham-minh-chinh"]);
    assert.deepEqual(ids(registry.holdersOf("vn.prime_minister", "2026-04-15")), ["vn-le-minh-hung", "vn-pham-minh-chinh"]);
    assert.deepEqual(ids(registry.holdersOf("vn.prime_minister", "2026-05-01")), ["vn-le-minh-hung"]);
  });

  it("rejects an unknown office id and a malformed date", () => {
    assert.throws(() => registry.holdersOf("vn.no_such_office", "2020-01-01"), RegistryError);
    assert.throws(() => registry.holdersOf("vn.minister_of_defence", "2020-02-30"), RangeError);
    assert.throws(() => registry.holdersOf("vn.minister_of_defence", "3/6/2021"), RangeError);
  });
});

describe("registry: positions and rank of a person on a date", () => {
  it("lists the offices held that day", () => {
    const on = (d: string) => registry.positionsOn("vn-phan-van-giang", d).map((p) => p.office_id);
    assert.deepEqual(on("2019-03-04"), ["vn.chief_of_general_staff", "vn.deputy_minister_of_defence"]); // by start date
    assert.deepEqual(on("2021-11-23"), ["vn.minister_of_defence"]);
    assert.deepEqual(registry.positionsOn("jp-kishi-nobuo", "2015-01-01"), []);
  });

  it("gives the rank reached by a date (Nguyễn Chí Vịnh: Trung tướng, then Thượng tướng)", () => {
    assert.equal(registry.rankOn("vn-nguyen-chi-vinh", "2004-11-30"), "Thiếu tướng");
    assert.equal(registry.rankOn("vn-nguyen-chi-vinh", "2010-03-24"), "Trung tướng");
    assert.equal(registry.rankOn("vn-nguyen-chi-vinh", "2017-08-30"), "Thượng tướng");
    assert.equal(registry.rankOn("vn-nguyen-chi-vinh", "2020-06-10"), "Thượng tướng");
    assert.equal(registry.rankOn("vn-nguyen-chi-vinh", "2001-01-01"), null);
  });

  it("gives no rank the text does not write to someone whose posts that day are all named without one (a police general become Prime Minister)", () => {
    assert.equal(registry.rankOn("vn-pham-minh-chinh", "2023-06-01"), "Trung tướng");
    assert.equal(registry.rankShownOn("vn-pham-minh-chinh", "2023-06-01"), null);
    // A post with a rank, or no post recorded that day, keeps it.
    assert.equal(registry.rankShownOn("vn-phan-van-giang", "2022-06-01"), "Đại tướng");
    assert.equal(registry.rankShownOn("vn-pham-minh-chinh", "2015-06-01"), "Trung tướng");
  });

  it("switches rank on the promotion day (Nguyễn Tân Cương, Phan Văn Giang)", () => {
    assert.equal(registry.rankOn("vn-nguyen-tan-cuong", "2024-10-19"), "Thượng tướng");
    assert.equal(registry.rankOn("vn-nguyen-tan-cuong", "2024-10-20"), "Đại tướng");
    assert.equal(registry.rankOn("vn-phan-van-giang", "2021-06-03"), "Thượng tướng");
    assert.equal(registry.rankOn("vn-phan-van-giang", "2021-07-12"), "Đại tướng");
    assert.equal(registry.rankOn("vn-hoang-xuan-chien", "2023-03-13"), "Thượng tướng");
  });

  it("rejects an unknown person id", () => {
    assert.throws(() => registry.rankOn("vn-nobody", "2020-01-01"), RegistryError);
    assert.throws(() => registry.positionsOn("vn-nobody", "2020-01-01"), RegistryError);
  });
});

describe("registry: offices by title", () => {
  it("maps a title as written to office ids, with an optional country", () => {
    assert.deepEqual(registry.officesByTitle("Bộ trưởng Bộ Quốc phòng"), ["jp.minister_of_defense", "vn.minister_of_defence"]);
    assert.deepEqual(registry.officesByTitle("Bộ trưởng Bộ Quốc phòng", "VN"), ["vn.minister_of_defence"]);
    assert.deepEqual(registry.officesByTitle("Bộ trưởng Quốc phòng", "VN"), ["vn.minister_of_defence"]);
    assert.deepEqual(registry.officesByTitle("bộ trưởng bộ quốc phòng nhật bản"), ["jp.minister_of_defense"]);
    assert.deepEqual(registry.officesByTitle("Tong Bi thu"), ["vn.general_secretary"]);
    assert.deepEqual(registry.officesByTitle("Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"), ["vn.chief_of_general_staff"]);
    assert.deepEqual(registry.officesByTitle("Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam"), ["jp.ambassador_to_vietnam"]);
    assert.deepEqual(registry.officesByTitle("Tư lệnh Quân chủng Phòng không – Không quân"), ["vn.air_defence_air_force_commander"]);
    assert.deepEqual(registry.officesByTitle("Thủ tướng Chính phủ"), ["vn.prime_minister"]);
    assert.deepEqual(registry.officesByTitle("Chức vụ không có"), []);
  });

  it("finds the office of a post's longest beginning, as asking officesByTitle for each beginning would", () => {
    const byEachBeginning = (post: string, country?: "VN" | "JP") => {
      const words = post.split(/\s+/);
      for (let n = words.length; n >= 2; n--) {
        const ids = registry.officesByTitle(words.slice(0, n).join(" "), country);
        if (ids.length) return ids;
      }
      return [];
    };
    assert.deepEqual(registry.officesByLongestTitle("Bộ trưởng Bộ Quốc phòng Nhật Bản, người đã", "JP"), ["jp.minister_of_defense"]);
    assert.deepEqual(registry.officesByLongestTitle("Tư lệnh Quân chủng Phòng không – Không quân Việt Nam"), ["vn.air_defence_air_force_commander"]);
    assert.deepEqual(registry.officesByLongestTitle("Thủ tướng", "VN"), ["vn.prime_minister"]);
    assert.deepEqual(registry.officesByLongestTitle("Thủ"), []); // one word is never enough
    // Posts built from title words, separators, folded spellings and noise; every beginning asked.
    const parts = ["Bộ", "trưởng", "Quốc", "phòng", "Nhật", "Bản", "Tong", "Bi", "thu", "–", "-", "Tư", "lệnh", "Quân", "chủng", "Phòng", "không", "Không", "quân", "Đại", "sứ", "tại", "Việt", "Nam", "Thu", "tuong", "Chính", "phủ", "B.Q.P", "", "ông"];
    let seed = 3;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
    const titles = registry.offices.flatMap((o) => [o.title_vi, ...o.title_variants_vi]);
    for (let t = 0; t < 3000; t++) {
      const head = rnd() < 0.5 ? titles[Math.floor(rnd() * titles.length)]! : "";
      let post = head;
      for (let k = Math.floor(rnd() * 5); k > 0; k--) post += ` ${parts[Math.floor(rnd() * parts.length)]}`;
      for (const country of [undefined, "VN", "JP"] as const) assert.deepEqual(registry.officesByLongestTitle(post, country), byEachBeginning(post, country), `${post} (${country})`);
    }
  });
});

describe("registry: words that can be in a name", () => {
  it("knows every word of every spelling, with or without diacritics, in any case", () => {
    for (const p of registry.persons) {
      for (const w of p.name.split(" ")) {
        assert.ok(registry.mayBeInName(w), `${w} (${p.person_id})`);
        assert.ok(registry.mayBeInName(w.toUpperCase()), `${w.toUpperCase()} (${p.person_id})`);
        assert.ok(registry.mayBeInName(w.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")), `${w} folded (${p.person_id})`);
      }
    }
    assert.ok(registry.mayBeInName("Phan-Văn")); // a hyphenated spelling: each part is a name word
  });

  it("refuses words of no one's name, so a run with one names no one", () => {
    for (const w of ["Bộ", "Hội", "Không", "Nhật", "Tokyo", "ASEAN", "Xyzzy", ""]) assert.equal(registry.mayBeInName(w), false, JSON.stringify(w));
    // A word of some name in the registry, in any spelling, may be: "Quốc" (a middle name), "Trưởng" (folded, it is the name Trường),
    // "Phòng" (folded, it is the given name Phong of Nguyễn An Phong).
    for (const w of ["Quốc", "Trưởng", "Phòng"]) assert.equal(registry.mayBeInName(w), true, w);
  });

  it("knows which words start and end a name, in either order of a Japanese name, so a run can be ruled out by its ends", () => {
    const places = (w: string) => registry.nameWordPlaces(w);
    // Every spelling's first word starts a name and its last word ends one (a Japanese name in both orders).
    for (const p of registry.persons) {
      const words = p.name.split(" ");
      assert.ok(places(words[0]!) & STARTS_NAME, `${words[0]} starts ${p.person_id}`);
      assert.ok(places(words.at(-1)!) & ENDS_NAME, `${words.at(-1)} ends ${p.person_id}`);
      if (p.country === "JP") assert.ok(places(words.at(-1)!) & STARTS_NAME && places(words[0]!) & ENDS_NAME, `${p.person_id} given name first`);
    }
    // A middle word of a Vietnamese name that begins no one's name is in a name but starts none.
    const fold = (w: string) => w.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
    const firsts = new Set(registry.persons.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => { const ws = n.split(/[\s-]+/); return [fold(ws[0]!), fold(ws.at(-1)!)]; })));
    const middle = registry.persons.filter((p) => p.country === "VN").flatMap((p) => p.name.split(" ").slice(1, -1)).find((w) => !firsts.has(fold(w)))!;
    assert.ok(middle, "some middle word starts no name");
    assert.equal(places(middle) & STARTS_NAME, 0, middle);
    assert.ok(places(middle) & IN_NAME, middle);
    assert.equal(places("Xyzzy"), 0);
  });
});

describe("registry: loading malformed reference files", () => {
  async function copyReference(): Promise<string> {
    const dir = await tempDir("hoidam-registry-");
    await mkdir(join(dir, "persons"));
    await writeFile(join(dir, "offices.json"), await readFile(join(REFERENCE_DIR, "offices.json")));
    return dir;
  }
  const person = (over: Record<string, unknown> = {}, position: Record<string, unknown> = {}) => ({
    person_id: "vn-test-person",
    name: "Test Person",
    country: "VN",
    name_han: null,
    name_zh: null,
    aliases: [],
    wikidata: null,
    birth_year: null,
    positions: [{ office_id: "vn.minister_of_defence", start: "2020-01-01", end: null, source: "test fixture", ...position }],
    ranks: [],
    ...over,
  });

  it("loads a minimal valid directory", async () => {
    const dir = await copyReference();
    await writeFile(join(dir, "persons", "test.json"), JSON.stringify([person()]));
    const r = await loadRegistry(dir);
    assert.deepEqual(ids(r.holdersOf("vn.minister_of_defence", "2024-05-05")), ["vn-test-person"]);
  });

  it("names the file, the person and the field of a schema error", async () => {
    const dir = await copyReference();
    await writeFile(join(dir, "persons", "bad.json"), JSON.stringify([person({}, { start: "2020-13-45" })]));
    await assert.rejects(loadRegistry(dir), (e: Error) => {
      assert.ok(e instanceof RegistryError);
      assert.match(e.message, /bad\.json/);
      assert.match(e.message, /"vn-test-person"/);
      assert.match(e.message, /positions\[0\]\.start/);
      return true;
    });
  });

  it("names a missing required field and an unknown field", async () => {
    const dir = await copyReference();
    const p = person({ nickname: "x" }) as Record<string, unknown>;
    delete p.birth_year;
    await writeFile(join(dir, "persons", "bad.json"), JSON.stringify([p]));
    await assert.rejects(loadRegistry(dir), (e: Error) => {
      assert.match(e.message, /bad\.json: person "vn-test-person" \(item 0\): field birth_year: is required/);
      assert.match(e.message, /field nickname: is not an allowed field/);
      return true;
    });
  });

  it("names an office id that does not exist", async () => {
    const dir = await copyReference();
    await writeFile(join(dir, "persons", "bad.json"), JSON.stringify([person({}, { office_id: "vn.emperor" })]));
    await assert.rejects(loadRegistry(dir), /bad\.json: person "vn-test-person" \(item 0\): field positions\[0\]\.office_id: unknown office "vn\.emperor"/);
  });

  it("reports a duplicate person id across files and invalid JSON", async () => {
    const dir = await copyReference();
    await writeFile(join(dir, "persons", "a.json"), JSON.stringify([person()]));
    await writeFile(join(dir, "persons", "b.json"), JSON.stringify([person()]));
    await assert.rejects(loadRegistry(dir), /b\.json: person "vn-test-person" \(item 0\): field person_id: duplicate id/);
    await writeFile(join(dir, "persons", "b.json"), "[{");
    await assert.rejects(loadRegistry(dir), /b\.json: not valid JSON/);
  });
});
