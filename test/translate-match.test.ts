import { test } from "node:test";
import assert from "node:assert/strict";
import {
  findGarbledSpans,
  matchSpan,
  normalizeName,
  scoreCandidate,
  syllableCost,
} from "../pipeline/translate/match.ts";
import type { NameCandidate } from "../pipeline/translate/types.ts";

// The caller's registry; the code under test knows none of these people.
const nakatani: NameCandidate = { id: "nakatani", name: "Nakatani Gen", han: "中谷元", origin: "japanese", familyLength: 2 };
const phung: NameCandidate = { id: "phung", name: "Phùng Quang Thanh", han: "冯光青" };
const ngo: NameCandidate = { id: "ngo", name: "Ngô Xuân Lịch", han: "吴春历" };
const trong: NameCandidate = { id: "trong", name: "Nguyễn Phú Trọng", han: "阮富仲" };
const vvt: NameCandidate = { id: "vvt", name: "Võ Văn Thưởng", han: "武文赏" };
const luong: NameCandidate = { id: "luong", name: "Lương Cường", han: "梁强" };
const hamada: NameCandidate = { id: "hamada", name: "Hamada Yasukazu", han: "浜田靖一", origin: "japanese", familyLength: 2 };
const kishida: NameCandidate = {
  id: "kishida",
  name: "Kishida Fumio",
  han: "岸田文雄",
  origin: "japanese",
  familyLength: 2,
  variants: [{ system: "han-viet", family: "Ngạn Điền", given: "Văn Hùng" }],
};
const registry = [nakatani, phung, ngo, trong, vvt, luong, hamada, kishida];

test("normalizeName and syllableCost", () => {
  assert.equal(normalizeName("Nguyễn  Phú-Trọng"), "nguyenphutrong");
  assert.equal(normalizeName("Đặng"), "dang");
  assert.equal(syllableCost("gu", "gu"), 0);
  assert.equal(syllableCost("guo", "gu"), 0.35);
  assert.equal(syllableCost("qiang", "jiang"), 0.25);
  assert.equal(syllableCost("sau", "trong"), 1);
});

test("exact pinyin spellings in any grouping score 1", () => {
  for (const [span, id] of [
    ["Fengguang Qing", "phung"],
    ["Feng Guangqing", "phung"],
    ["Wuchun Li", "ngo"],
    ["Wu Chun Li", "ngo"],
    ["Wuchunli", "ngo"],
    ["Wu Wenshang", "vvt"],
    ["Liang Qiang", "luong"],
    ["Bintian Jingyi", "hamada"],
    ["Bin Tianjingyi", "hamada"],
  ] as const) {
    const r = matchSpan(span, registry);
    assert.equal(r.status, "match", span);
    assert.equal(r.best?.candidateId, id, span);
    assert.equal(r.best?.score, 1, span);
    assert.equal(r.best?.kind, "exact", span);
    assert.equal(r.best?.system, "pinyin", span);
  }
  assert.match(matchSpan("Fengguang Qing", registry).best?.reason ?? "", /regrouped/);
});

test("one syllable near: Zhong Guoyuan ~ 中谷元", () => {
  const r = matchSpan("Zhong Guoyuan", registry);
  assert.equal(r.status, "match");
  assert.equal(r.best?.candidateId, "nakatani");
  assert.equal(r.best?.kind, "near");
  assert.ok(r.best!.score > 0.85 && r.best!.score < 0.9, String(r.best?.score));
  assert.match(r.best!.reason, /guo~gu/);
});

test("one syllable replaced is reported with a lower score", () => {
  const m = scoreCandidate("Nguyễn Phú Sáu", trong);
  assert.equal(m?.kind, "near");
  assert.ok(Math.abs(m!.score - 2 / 3) < 0.01);
  assert.match(m!.reason, /sau for trong/);
  const r = matchSpan("Nguyễn Phú Sáu", registry);
  assert.equal(r.status, "weak", "below the threshold: the caller decides with context");
  assert.equal(r.best?.candidateId, "trong");
});

test("mixed systems and the family name alone for Japanese names", () => {
  const mixed = matchSpan("Nakatani Yuan", registry);
  assert.equal(mixed.status, "match");
  assert.equal(mixed.best?.kind, "mixed");
  assert.equal(mixed.best?.score, 0.95);
  const alone = matchSpan("Nakatani", registry);
  assert.equal(alone.best?.kind, "family-only");
  assert.equal(alone.best?.score, 0.85);
  const pinyinFamily = matchSpan("Antian", registry);
  assert.equal(pinyinFamily.best?.candidateId, "kishida");
  assert.equal(pinyinFamily.best?.kind, "family-only");
  // a caller-supplied Hán-Việt variant
  const hv = matchSpan("Ngạn Điền Văn Hùng", registry);
  assert.equal(hv.best?.candidateId, "kishida");
  assert.equal(hv.best?.system, "han-viet");
  assert.equal(hv.best?.score, 1);
  // Japanese names also come given name first
  assert.equal(matchSpan("Fumio Kishida", registry).best?.score, 1);
});

test("Vietnamese surname right, given name garbled", () => {
  const g = matchSpan("Nguyễn Phuntsuan", registry);
  assert.equal(g.status, "weak");
  assert.equal(g.best?.candidateId, "trong");
  assert.equal(g.best?.kind, "garbled-given");
  assert.equal(g.best?.score, 0.6);
  assert.match(g.best!.reason, /not well-formed/);
  const p = scoreCandidate("Nguyễn Phương Phượng", trong);
  assert.equal(p?.kind, "partial-given");
  assert.equal(p?.score, 0.45);
  // a different given name with a different initial is not a partial match
  assert.equal(matchSpan("Nguyễn Văn An", [trong]).status, "none");
});

test("unrelated pinyin names and words match nothing", () => {
  for (const span of ["Li Keqiang", "Wang Yi", "Fang Wei", "Xi Jinping", "Ruan", "Manila"]) {
    const r = matchSpan(span, registry);
    assert.equal(r.status, "none", `${span}: ${JSON.stringify(r.contenders)}`);
    assert.equal(r.best, undefined);
  }
  // 防卫 "defence" read out as a name is not any of these people
  assert.ok((scoreCandidate("Fangwei", vvt)?.score ?? 0) < 0.4);
});

test("ambiguity is reported, never resolved", () => {
  // two people whose Chinese-character names read alike (Phúc and Phước are both 福)
  const phuc: NameCandidate = { id: "nguyen-xuan-phuc", name: "Nguyễn Xuân Phúc", han: "阮春福" };
  const phuoc: NameCandidate = { id: "nguyen-xuan-phuoc", name: "Nguyễn Xuân Phước", han: "阮春福" };
  const r = matchSpan("Ruan Chunfu", [phuc, phuoc, ...registry]);
  assert.equal(r.status, "ambiguous");
  assert.equal(r.best, undefined);
  assert.deepEqual(r.contenders.slice(0, 2).map((m) => m.candidateId).sort(), ["nguyen-xuan-phuc", "nguyen-xuan-phuoc"]);
  // within the margin counts too
  const close = matchSpan("Zhong Guoyuan", [nakatani, { id: "other", han: "中谷园", origin: "japanese", familyLength: 2 }]);
  assert.equal(close.status, "ambiguous");
  // a single candidate is a match
  assert.equal(matchSpan("Ruan Chunfu", [phuc]).status, "match");
});

test("options: threshold, floor, margin", () => {
  assert.equal(matchSpan("Zhong Guoyuan", registry, { threshold: 0.9 }).status, "weak");
  assert.equal(matchSpan("Nguyễn Phuntsuan", registry, { floor: 0.7 }).status, "none");
  assert.equal(matchSpan("", registry).status, "none");
});

test("findGarbledSpans: offsets into the text as given", () => {
  const text =
    "Hôm qua, Bộ trưởng Wu Wenshang tiếp Đại sứ Bintian Jingyi tại Hà Nội; Tổng Bí thư Nguyễn Phuntsuan và Tướng Liang Qiang cũng dự, cùng ông Nakatani và ASEAN.";
  const spans = findGarbledSpans(text);
  assert.deepEqual(
    spans.map((s) => [s.text, s.kind]),
    [
      ["Wu Wenshang", "pinyin"],
      ["Bintian Jingyi", "pinyin"],
      ["Nguyễn Phuntsuan", "garbled"],
      ["Liang Qiang", "pinyin"],
    ],
  );
  for (const s of spans) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
  assert.equal(spans[0]!.start, text.indexOf("Wu Wenshang"));
  assert.equal(spans[0]!.end, text.indexOf("Wu Wenshang") + "Wu Wenshang".length);
  // "Tướng" (a Vietnamese word) is cut off the span but kept in the run
  assert.equal(spans[3]!.run.text, "Tướng Liang Qiang");
  assert.deepEqual(spans[1]!.tokens.map((t) => t.cls), ["pinyin", "pinyin"]);
  // each span resolves against the registry
  assert.deepEqual(
    spans.map((s) => matchSpan(s.text, registry).best?.candidateId),
    ["vvt", "hamada", "trong", "luong"],
  );
});

test("findGarbledSpans: NFD text, romaji names and plain Vietnamese are left alone", () => {
  const nfd = "Ông Nguyễn Phú Trọng gặp Bộ trưởng Yamada và ông Kure.".normalize("NFD");
  assert.deepEqual(findGarbledSpans(nfd), []);
  const text = "Đại tướng Phùng Quang Thanh hội đàm với Xiaoyesi Wudian.".normalize("NFD");
  const [s] = findGarbledSpans(text);
  assert.equal(s?.text, "Xiaoyesi Wudian");
  assert.equal(text.slice(s!.start, s!.end), "Xiaoyesi Wudian");
  assert.equal(findGarbledSpans("").length, 0);
});

test("a Vietnamese name nobody recorded in characters matches the pinyin of characters guessed from its syllables, a little less surely", () => {
  const binh: NameCandidate = { id: "binh", name: "Trần Hữu Bình", guessedReadings: [["chen", "zhen"], ["you"], ["ping", "bing"]] };
  const r = matchSpan("Chen Youping", [binh, ...registry]);
  assert.equal(r.best?.candidateId, "binh");
  assert.equal(r.best?.system, "pinyin-guessed");
  assert.ok(r.best!.score < 1 && r.best!.score >= 0.85, String(r.best!.score));
  // Characters recorded in the registry still win over a guess.
  assert.equal(matchSpan("Feng Guangqing", [{ id: "guess", name: "Phùng Quang Thanh", guessedReadings: [["feng"], ["guang"], ["qing"]] }, phung]).best?.candidateId, "phung");
});
