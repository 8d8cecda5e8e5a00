import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { DEFAULT_CONTAINED, forEachContainedPair, isAbridgedCopy, paragraphsOfWords, wordCoverage } from "../pipeline/dedupe/contained.ts";
import { isNearDuplicate, listSimilarity, setSimilarity } from "../pipeline/dedupe/confirm.ts";
import { UnionFind, keepOrder, parseTime } from "../pipeline/dedupe/cluster.ts";
import { fmix32, fnv1a32, hash64Hex, murmur3_32, murmur3_32Words } from "../pipeline/dedupe/hash.ts";
import { DEFAULT_OPTIONS, findDuplicates, shingleSet } from "../pipeline/dedupe/index.ts";
import type { DedupeInput, DedupeOptions, DedupeResult } from "../pipeline/dedupe/index.ts";
import { bandKeysInto, candidateProbability, forEachCandidatePair, lshThreshold } from "../pipeline/dedupe/lsh.ts";
import {
  EMPTY_SLOT,
  MinHasher,
  OnePermutationHasher,
  jaccardEstimate,
  shingleHashes,
  splitmix32,
  toSet,
} from "../pipeline/dedupe/minhash.ts";
import { foldCase, hashWords, normalizeText, wordHash } from "../pipeline/dedupe/normalize.ts";
import { repeatedParagraphIndexes } from "../pipeline/dedupe/paragraphs.ts";

// ---------------------------------------------------------------------------
// Fixtures: hand-written in the style of the Vietnamese defence news corpus.

/** The original report (as published by the first outlet). */
const ORIGINAL = [
  "Ngày 12/3, tại trụ sở Bộ Quốc phòng ở Hà Nội, Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng đã tiếp ông Masuda Kazuo, Thứ trưởng Bộ Quốc phòng Nhật Bản, đang có chuyến thăm làm việc tại Việt Nam từ ngày 11 đến 13/3.",
  "Tại buổi tiếp, Thượng tướng Hoàng Xuân Chiến hoan nghênh ông Masuda Kazuo sang thăm và khẳng định Việt Nam luôn coi trọng quan hệ Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng ở châu Á và trên thế giới với Nhật Bản.",
  "Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua, nhất là trong các lĩnh vực đào tạo, khắc phục hậu quả bom mìn sau chiến tranh, quân y, gìn giữ hòa bình Liên hợp quốc và hỗ trợ nhân đạo, cứu trợ thảm họa.",
  "Thứ trưởng Masuda Kazuo cho biết Nhật Bản sẵn sàng chia sẻ kinh nghiệm về an ninh mạng và công nghiệp quốc phòng, đồng thời đề nghị hai bên sớm tổ chức Đối thoại Chính sách quốc phòng lần tiếp theo tại Tokyo vào cuối năm.",
  "Hai bên thống nhất tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương do ASEAN chủ trì như Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng, trong đó có nhóm chuyên gia về hoạt động rà phá bom mìn nhân đạo mà hai nước cùng tham gia.",
  "Nhân dịp này, Thượng tướng Hoàng Xuân Chiến nhờ ông Masuda Kazuo chuyển lời thăm hỏi tới Bộ trưởng Quốc phòng Nhật Bản và mong muốn hai bộ quốc phòng tăng cường trao đổi đoàn các cấp, nhất là đoàn sĩ quan trẻ, trong năm nay.",
];

/**
 * A reprint by another outlet: other lead-in and byline, paragraph 2
 * rewritten, the last paragraph dropped.
 */
const REPRINT = [
  "(Báo Tin tức) - Ngày 12/3, tại trụ sở Bộ Quốc phòng ở Hà Nội, Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng đã tiếp ông Masuda Kazuo, Thứ trưởng Bộ Quốc phòng Nhật Bản, đang có chuyến thăm làm việc tại Việt Nam từ ngày 11 đến 13/3.",
  ORIGINAL[1]!,
  "Hai Thứ trưởng nhất trí rằng hợp tác trong đào tạo, quân y và khắc phục hậu quả chiến tranh đã đạt nhiều kết quả thiết thực, góp phần củng cố lòng tin giữa hai quân đội.",
  ORIGINAL[3]!,
  ORIGINAL[4]!,
  "Theo VOV",
];

/** Two independently written reports of one meeting (like dev d06 / d07): NOT duplicates. */
const SAME_MEETING_A = [
  "Bộ trưởng Quốc phòng Phan Văn Giang và người đồng cấp Nhật Bản Kishi Nobuo đã hội đàm tại Tokyo chiều 23/11, sau đó chứng kiến lễ ký hai bản ghi nhớ hợp tác.",
  "Cuộc hội đàm bắt đầu lúc 15h theo giờ địa phương tại trụ sở Bộ Quốc phòng Nhật Bản và kéo dài gần hai giờ. Đại tướng Giang đang tháp tùng Thủ tướng trong chuyến thăm chính thức Nhật Bản.",
  "Theo phía Nhật Bản, hai Bộ trưởng đã trao đổi về tình hình khu vực, trong đó có Biển Đông và biển Hoa Đông, và cùng phản đối mọi hành động đơn phương làm thay đổi hiện trạng bằng vũ lực.",
  "Sau hội đàm, đại diện hai bộ quốc phòng ký Bản ghi nhớ về hợp tác an ninh mạng và Bản ghi nhớ về hợp tác quân y. Ông Kishi nói với báo giới rằng các văn kiện này mở ra những lĩnh vực hợp tác mới.",
  "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao năm 1973. Hợp tác quốc phòng được hai bên coi là một trụ cột của quan hệ song phương.",
];
const SAME_MEETING_B = [
  "(Nhân Dân) - Chiều 23-11, tại Tokyo, trong khuôn khổ chuyến thăm chính thức Nhật Bản của Thủ tướng, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.",
  "Mở đầu hội đàm, Đại tướng Phan Văn Giang chúc mừng ông Kishi Nobuo tiếp tục giữ cương vị Bộ trưởng Quốc phòng và cảm ơn Chính phủ Nhật Bản đã hỗ trợ vắc-xin, trang thiết bị y tế cho Việt Nam.",
  "Hai Bộ trưởng hài lòng nhận thấy hợp tác quốc phòng giữa hai nước tiếp tục phát triển tích cực, nhất trí đẩy mạnh trao đổi đoàn các cấp, đào tạo, khắc phục hậu quả chiến tranh và gìn giữ hòa bình Liên hợp quốc.",
  "Ngay sau hội đàm, hai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản về hợp tác an ninh mạng và Bản ghi nhớ về hợp tác quân y.",
  "Bộ trưởng Kishi Nobuo khẳng định Nhật Bản coi Việt Nam là đối tác quan trọng trong việc duy trì một khu vực Ấn Độ Dương - Thái Bình Dương hòa bình, ổn định.",
];

/** The original report reworded in every paragraph and cut to four: no reprint by its text alone. */
const REWORDED = [
  "Ngày 12/3, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến đã tiếp ông Masuda Kazuo, Thứ trưởng Bộ Quốc phòng Nhật Bản, đang thăm làm việc tại Việt Nam.",
  "Ông Hoàng Xuân Chiến khẳng định Việt Nam coi trọng quan hệ Đối tác chiến lược toàn diện với Nhật Bản.",
  "Hai bên đánh giá cao kết quả hợp tác quốc phòng, nhất là đào tạo, khắc phục hậu quả bom mìn sau chiến tranh và quân y.",
  "Phía Nhật Bản đề nghị sớm tổ chức Đối thoại Chính sách quốc phòng lần tiếp theo tại Tokyo.",
];

function article(article_id: string, paragraphs: string[], published_date: string | null = null): DedupeInput {
  return { article_id, text: paragraphs.join("\n\n"), paragraphs, published_date };
}

/** Deterministic filler articles on unrelated topics (syllables from a fixed pool). */
function filler(count: number, seed: number): DedupeInput[] {
  const pool =
    "mùa lúa năm nay miền tây bội thu nông dân phấn khởi giá gạo xuất khẩu tăng nhẹ so với cùng kỳ thành phố khởi công tuyến đường sắt đô thị mới học sinh bước vào kỳ thi tốt nghiệp trung học phổ thông đội tuyển bóng đá giành chiến thắng trên sân nhà bệnh viện tỉnh tiếp nhận thiết bị y tế hiện đại ngân hàng điều chỉnh lãi suất cho vay doanh nghiệp nhỏ lễ hội văn hóa thu hút đông đảo du khách quốc tế"
      .split(" ");
  const rnd = splitmix32(seed);
  const out: DedupeInput[] = [];
  for (let a = 0; a < count; a++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 5; p++) {
      const words: string[] = [];
      for (let w = 0; w < 45; w++) words.push(pool[rnd() % pool.length]!);
      paragraphs.push(words.join(" ") + ".");
    }
    out.push(article(`filler-${seed}-${a}`, paragraphs, `2021-0${1 + (a % 9)}-1${a % 10}`));
  }
  return out;
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = xs.slice();
  const rnd = splitmix32(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = rnd() % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function serialize(r: DedupeResult): string {
  return JSON.stringify({ duplicates: [...r.duplicates], repeatedParagraphs: [...r.repeatedParagraphs] });
}

// ---------------------------------------------------------------------------

describe("hash", () => {
  it("MurmurHash3_x86_32 matches the reference test vectors (UTF-16LE bytes)", () => {
    assert.equal(murmur3_32("", 0), 0);
    assert.equal(murmur3_32("", 1), 0x514e28b7);
    assert.equal(murmur3_32("", 0xffffffff), 0x81f16f39);
    assert.equal(murmur3_32("\u0000\u0000", 0), 0x2362f9de); // bytes 00 00 00 00
    assert.equal(murmur3_32("\uffff\uffff", 0), 0x76293b50); // bytes ff ff ff ff
    assert.equal(murmur3_32("\u4321\u8765", 0), 0xf55b516b); // bytes 21 43 65 87
    assert.equal(murmur3_32("\u4321\u8765", 0x5082edee), 0x2362f9de);
    assert.equal(murmur3_32("\u4321", 0), 0xa0f7b07a); // bytes 21 43
    assert.equal(murmur3_32("\u6161\u6161", 0x9747b28c), 0x5a97808a); // "aaaa"
    assert.equal(murmur3_32("\u6161", 0x9747b28c), 0x5d211726); // "aa"
  });

  it("FNV-1a matches the reference values on ASCII", () => {
    assert.equal(fnv1a32(""), 0x811c9dc5);
    assert.equal(fnv1a32("a"), 0xe40c292c);
    assert.equal(fnv1a32("foobar"), 0xbf9cf968);
  });

  it("fixed strings hash to fixed constants (stable across runs and machines)", () => {
    assert.equal(murmur3_32("Việt Nam - Nhật Bản"), 0xf06dcb86);
    assert.equal(hash64Hex("Việt Nam - Nhật Bản"), "a7b3167b8c73975a");
    assert.equal(wordHash("vịnh"), 0xabd713f9);
    assert.equal(wordHash("vinh"), 0x29b316e7);
    assert.equal(fmix32(1), 0x514e28b7);
    assert.equal(murmur3_32Words([1, 2, 3], 0, 3, 0), murmur3_32Words(Uint32Array.of(1, 2, 3), 0, 3, 0));
  });

  it("MinHash signatures are pinned (fixed seed, no per-process randomness)", () => {
    const set = shingleSet(ORIGINAL.join("\n\n"));
    const oph = new OnePermutationHasher(126);
    const sig = new Uint32Array(126);
    oph.signatureInto(set, sig);
    const again = new Uint32Array(126);
    new OnePermutationHasher(126).signatureInto(set, again);
    assert.deepEqual(again, sig);
    assert.deepEqual([...sig.subarray(0, 4)], PINNED_OPH_PREFIX);
    const classic = new Uint32Array(8);
    new MinHasher(8).signatureInto(set, classic);
    assert.deepEqual([...classic.subarray(0, 4)], PINNED_CLASSIC_PREFIX);
  });
});

// Values observed once and pinned: a change means signatures (and so LSH
// buckets) changed between versions.
const PINNED_OPH_PREFIX = [310050808, 1139768952, 1317135893, 332459542];
const PINNED_CLASSIC_PREFIX = [11946023, 35084452, 12644353, 6368587];

describe("normalize", () => {
  it("folds case, NFC and punctuation but keeps Vietnamese diacritics", () => {
    assert.equal(normalizeText("  Việt Nam - Nhật Bản:  ĐỐI THOẠI!! "), "việt nam nhật bản đối thoại");
    assert.equal(normalizeText("Ngày 16/9, tại Hà Nội."), "ngày 16 9 tại hà nội");
    assert.notEqual(normalizeText("Nguyễn Chí Vinh"), normalizeText("Nguyễn Chí Vịnh"));
    assert.notEqual(normalizeText("Đà"), normalizeText("Da"));
    const nfd = "Nguyễn Chí Vịnh".normalize("NFD");
    assert.notEqual(nfd, "Nguyễn Chí Vịnh");
    assert.equal(normalizeText(nfd), "nguyễn chí vịnh");
    assert.equal(normalizeText("***"), "");
  });

  it("hashWords gives the tokens of normalizeText, hashed by wordHash (fast and slow paths)", () => {
    const samples = [
      ORIGINAL.join("\n"),
      "Bộ trưởng Quốc phòng Phan Văn Giang".normalize("NFD"), // decomposed: slow path
      "İstanbul ΟΔΟΣ Σ σ ς", // multi-unit lowercase, final sigma
      "\u1100\u1161\u11a8 한국 😀 𝐀𝐁 \ud800 x", // Hangul jamo, emoji, astral letters, lone surrogate
      "e\u0301 é Å \u212b \u2126 ﬁ ǅ ß",
      "",
      " .,;",
    ];
    for (const s of samples) {
      const norm = normalizeText(s);
      const tokens = norm === "" ? [] : norm.split(" ");
      const w = hashWords(s);
      assert.equal(w.count, tokens.length, s);
      assert.deepEqual([...w.hashes.subarray(0, w.count)], tokens.map(wordHash), s);
      assert.equal(w.normalizedLength, norm.length, s);
      assert.equal(foldCase(s), s.normalize("NFC").toLowerCase());
    }
  });

  it("equal normalised texts have equal content keys", () => {
    const a = hashWords("Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.");
    const b = hashWords("ĐẠI TƯỚNG   phan văn giang - bộ trưởng bộ quốc phòng");
    const c = hashWords("Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Nhật Bản.");
    assert.equal(a.contentKey, b.contentKey);
    assert.notEqual(a.contentKey, c.contentKey);
    assert.ok(Number.isSafeInteger(a.contentKey));
  });
});

describe("minhash", () => {
  it("uses 5-token shingles; short texts give one shingle, empty texts none", () => {
    const w = hashWords("một hai ba bốn năm sáu bảy");
    assert.equal(shingleHashes(w.hashes, w.count).length, 3);
    const short = hashWords("hai ba");
    assert.equal(shingleHashes(short.hashes, short.count).length, 1);
    assert.equal(shingleHashes(new Uint32Array(0), 0).length, 0);
    assert.deepEqual([...toSet(Uint32Array.of(5, 3, 5, 1, 3))], [1, 3, 5]);
  });

  it("both schemes estimate the exact Jaccard similarity", () => {
    const rnd = splitmix32(7);
    const universe = Array.from({ length: 3000 }, () => rnd());
    for (const [shared, onlyA, onlyB] of [
      [300, 300, 300], // J = 1/3
      [600, 100, 200], // J = 2/3
      [50, 400, 400], // J ≈ 0.06
    ] as const) {
      const a = toSet(Uint32Array.from(universe.slice(0, shared + onlyA)));
      const b = toSet(Uint32Array.from([...universe.slice(0, shared), ...universe.slice(2000, 2000 + onlyB)]));
      const exact = setSimilarity(a, b).jaccard;
      for (const hasher of [new OnePermutationHasher(126), new MinHasher(126)]) {
        const est = jaccardEstimate(hasher.signature(a), hasher.signature(b));
        assert.ok(Math.abs(est - exact) < 0.12, `${hasher.constructor.name}: estimate ${est} vs exact ${exact}`);
      }
    }
  });

  it("densifies short texts and leaves empty texts empty", () => {
    const oph = new OnePermutationHasher(126);
    const sig = oph.signature(Uint32Array.of(42));
    assert.ok(sig.every((v) => v === sig[0] && v !== EMPTY_SLOT));
    const empty = oph.signature(new Uint32Array(0));
    assert.ok(empty.every((v) => v === EMPTY_SLOT));
    assert.equal(jaccardEstimate(empty, empty), 0);
  });
});

describe("lsh", () => {
  it("the default 42 × 3 banding catches the weakest dev reprint (J ≈ 0.43) with high probability", () => {
    assert.equal(DEFAULT_OPTIONS.bands * DEFAULT_OPTIONS.rows, 126);
    assert.ok(Math.abs(lshThreshold(42, 3) - 0.288) < 0.001);
    assert.ok(candidateProbability(0.43, 42, 3) > 0.96);
    assert.ok(candidateProbability(0.5, 42, 3) > 0.99);
    assert.ok(candidateProbability(0.05, 42, 3) < 0.01);
  });

  it("reports items sharing a band, and caps pairs in huge buckets", () => {
    const n = 500;
    const bands = 2;
    const rows = 2;
    const sigs = new Uint32Array(n * bands * rows);
    for (let i = 0; i < n; i++) {
      sigs.set([7, 7, i, i], i * 4); // band 0 identical for all, band 1 unique
    }
    sigs.set([7, 7, 1, 1], 499 * 4); // item 499 also shares band 1 with item 1
    const keys = new Uint32Array(2 * bands * n);
    for (let i = 0; i < n; i++) bandKeysInto(sigs, i * 4, bands, rows, keys, i, n);
    const pairs: string[] = [];
    const items = Int32Array.from({ length: n }, (_, i) => i);
    forEachCandidatePair(keys, n, items, { bands, rows, maxBucketSize: 64, bucketWindow: 4 }, (p, q) => {
      assert.ok(p < q);
      pairs.push(`${p}-${q}`);
    });
    // band 0 (500 members): star from item 0 + a window of 4, ≈ 5·500 pairs instead of 124 750
    assert.ok(pairs.length < 5 * n, `${pairs.length} pairs`);
    assert.ok(pairs.includes("0-1") && pairs.includes("0-499") && pairs.includes("1-5"));
    assert.ok(pairs.includes("1-499")); // band 1
  });
});

describe("confirm", () => {
  it("computes exact Jaccard and containment", () => {
    const s = setSimilarity(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(3, 4, 5, 6, 7, 8));
    assert.equal(s.intersection, 2);
    assert.equal(s.jaccard, 2 / 8);
    assert.equal(s.containment, 2 / 4);
    assert.ok(!isNearDuplicate(s)); // containment 0.5 but Jaccard 0.25 < 0.3
    const t = setSimilarity(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(2, 3, 4, 5, 6));
    assert.deepEqual(t, { intersection: 3, jaccard: 0.5, containment: 0.75 });
    assert.ok(isNearDuplicate(t));
    assert.ok(!isNearDuplicate({ intersection: 2, jaccard: 0.1, containment: 1 })); // short text inside a long one
    assert.equal(setSimilarity(new Uint32Array(0), Uint32Array.of(1)).containment, 0);
  });
});

describe("confirm on lists with repeats", () => {
  it("listSimilarity equals setSimilarity of the sorted sets", () => {
    const rnd = splitmix32(99);
    const list = (n: number, range: number) => Uint32Array.from({ length: n }, () => fmix32(rnd() % range));
    const cases: [Uint32Array, Uint32Array][] = [
      [new Uint32Array(0), new Uint32Array(0)],
      [new Uint32Array(0), list(5, 10)],
      [list(5, 10), new Uint32Array(0)],
      [Uint32Array.of(7, 7, 7), Uint32Array.of(7)],
    ];
    for (let t = 0; t < 200; t++) cases.push([list(rnd() % 700, 1 + (rnd() % 900)), list(rnd() % 700, 1 + (rnd() % 900))]);
    for (const [a, b] of cases) assert.deepEqual(listSimilarity(a, b), setSimilarity(toSet(a), toSet(b)));
  });
});

describe("cluster", () => {
  it("union-find merges sets", () => {
    const uf = new UnionFind(5);
    assert.ok(uf.union(0, 1));
    assert.ok(uf.union(3, 4));
    assert.ok(!uf.union(1, 0));
    assert.equal(uf.find(0), uf.find(1));
    assert.notEqual(uf.find(1), uf.find(3));
  });

  it("kept-copy order: earliest date, undated last, then longest, then article_id", () => {
    const ids = ["b", "a", "c", "d", "e"];
    const time = Float64Array.from(["2020-01-02", "2020-01-02", null, "2019-12-31", null].map(parseTime));
    const length = Int32Array.of(10, 10, 50, 5, 60);
    assert.deepEqual([...keepOrder(ids, time, length)], [3, 1, 0, 4, 2]);
    assert.ok(Number.isNaN(parseTime("not a date")));
  });
});

describe("findDuplicates", () => {
  const original = article("vov-1", ORIGINAL, "2023-03-12");
  const reprint = article("baotintuc-1", REPRINT, "2023-03-13");
  const meetingA = article("vnexpress-1", SAME_MEETING_A, "2021-11-23");
  const meetingB = article("nhandan-1", SAME_MEETING_B, "2021-11-23");

  it("finds an exact copy (after normalisation) with similarity 1", () => {
    const copy = article(
      "copy-1",
      ORIGINAL.map((p) => p.toUpperCase().replaceAll(",", " ,")),
      "2023-03-14",
    );
    const r = findDuplicates([copy, original, ...filler(5, 1)]);
    assert.deepEqual([...r.duplicates], [["copy-1", { duplicate_of: "vov-1", similarity: 1 }]]);
  });

  it("finds a reprint with other boilerplate and one paragraph changed, pointing at the kept copy", () => {
    const r = findDuplicates([reprint, meetingA, original, ...filler(10, 2)]);
    assert.equal(r.duplicates.size, 1);
    const d = r.duplicates.get("baotintuc-1");
    assert.ok(d);
    assert.equal(d.duplicate_of, "vov-1");
    const sim = setSimilarity(shingleSet(reprint.text), shingleSet(original.text));
    assert.equal(d.similarity, sim.containment);
    assert.ok(d.similarity > 0.6 && d.similarity < 1, `similarity ${d.similarity}`);
  });

  it("does not merge two different articles about the same meeting", () => {
    const sim = setSimilarity(shingleSet(meetingA.text), shingleSet(meetingB.text));
    assert.ok(sim.containment < 0.2, `containment ${sim.containment}`);
    const r = findDuplicates([meetingA, meetingB, original, ...filler(5, 3)]);
    assert.equal(r.duplicates.size, 0);
    // with 126 bands of 1 row, any pair sharing a minimum becomes a candidate: confirmation decides
    const forced = findDuplicates([meetingA, meetingB], { bands: 126, rows: 1 });
    assert.equal(forced.duplicates.size, 0);
  });

  it("keeps the earliest dated copy, even when it is shorter", () => {
    const earlyReprint = { ...reprint, published_date: "2023-03-11T22:00:00+07:00" };
    const r = findDuplicates([original, earlyReprint]);
    assert.deepEqual([...r.duplicates.keys()], ["vov-1"]);
    assert.equal(r.duplicates.get("vov-1")!.duplicate_of, "baotintuc-1");
  });

  it("without dates keeps the longest copy, then the smallest article_id", () => {
    const r = findDuplicates([
      { ...reprint, published_date: null },
      { ...original, published_date: null },
    ]);
    assert.equal(r.duplicates.get("baotintuc-1")?.duplicate_of, "vov-1");
    const twins = findDuplicates([
      article("z-copy", ORIGINAL),
      article("a-copy", ORIGINAL),
      article("m-copy", ORIGINAL),
    ]);
    assert.deepEqual(
      [...twins.duplicates],
      [
        ["m-copy", { duplicate_of: "a-copy", similarity: 1 }],
        ["z-copy", { duplicate_of: "a-copy", similarity: 1 }],
      ],
    );
  });

  it("points every member of a group directly at the kept copy (no chains)", () => {
    // reprint-of-reprint: drops another paragraph of the reprint
    const second = article("plo-1", ["(PLO) - " + REPRINT[0]!, ...REPRINT.slice(1, 5), "MINH HOÀNG (theo Báo Tin tức)"], "2023-03-15");
    const exactOfReprint = article("cand-1", REPRINT, "2023-03-16");
    const r = findDuplicates([exactOfReprint, second, reprint, original, ...filler(5, 4)]);
    assert.deepEqual([...r.duplicates.keys()].sort(), ["baotintuc-1", "cand-1", "plo-1"]);
    for (const [id, d] of r.duplicates) {
      assert.equal(d.duplicate_of, "vov-1", id);
      assert.ok(!r.duplicates.has(d.duplicate_of));
    }
    // cand-1 is an exact copy of baotintuc-1, not of the kept copy: real similarity reported
    assert.equal(r.duplicates.get("cand-1")!.similarity, r.duplicates.get("baotintuc-1")!.similarity);
  });

  it("groups a story reprinted by hundreds of outlets despite the bucket cap", () => {
    const copies = Array.from({ length: 300 }, (_, i) =>
      article(`outlet-${String(i).padStart(3, "0")}`, [`(Báo số ${i}) - ${ORIGINAL[0]!}`, ...ORIGINAL.slice(1), `Phóng viên ${i}`], "2023-03-12"),
    );
    const r = findDuplicates(shuffled(copies, 9));
    assert.equal(r.duplicates.size, 299);
    const kept = new Set([...r.duplicates.values()].map((d) => d.duplicate_of));
    assert.equal(kept.size, 1);
    assert.ok(!r.duplicates.has([...kept][0]!));
  });

  it("is deterministic regardless of input order", () => {
    const corpus = [
      original,
      reprint,
      article("plo-1", ["(PLO) - " + REPRINT[0]!, ...REPRINT.slice(1, 5)], "2023-03-13"), // same day as reprint
      article("copy-a", ORIGINAL, null),
      article("copy-b", ORIGINAL, null),
      meetingA,
      meetingB,
      ...filler(12, 5),
      { ...filler(1, 6)[0]!, article_id: "caption-1", paragraphs: ["Một đoạn.", "Ảnh: TTXVN", "Hai đoạn.", "ảnh - TTXVN"] },
    ];
    const expected = serialize(findDuplicates(corpus));
    for (let seed = 1; seed <= 20; seed++) {
      assert.equal(serialize(findDuplicates(shuffled(corpus, seed))), expected, `shuffle ${seed}`);
    }
    const r = findDuplicates(corpus);
    assert.deepEqual([...r.duplicates.keys()].sort(), ["baotintuc-1", "copy-a", "copy-b", "plo-1"]);
  });

  it("does not absorb a short excerpt into the long article containing it", () => {
    const excerpt = article("brief-1", [ORIGINAL[0]!], "2023-03-13");
    const sim = setSimilarity(shingleSet(excerpt.text), shingleSet(original.text));
    assert.equal(sim.containment, 1);
    assert.ok(sim.jaccard < 0.3);
    assert.equal(findDuplicates([original, excerpt], { bands: 126, rows: 1 }).duplicates.size, 0);
  });

  it("never treats empty texts as duplicates and rejects duplicate ids", () => {
    const r = findDuplicates([article("e1", []), article("e2", ["***"]), article("e3", [""])]);
    assert.equal(r.duplicates.size, 0);
    assert.throws(() => findDuplicates([original, original]), /duplicate article_id/);
    assert.throws(() => findDuplicates([], { bands: 0 }), RangeError);
  });

  it("gives the same result with the classic MinHash scheme", () => {
    const corpus = [original, reprint, meetingA, meetingB, ...filler(8, 6)];
    assert.equal(serialize(findDuplicates(corpus, { minhash: "classic" })), serialize(findDuplicates(corpus)));
  });
});

describe("copies the banding misses", () => {
  /** The original with three more paragraphs: a long report of nine. */
  const LONG = [
    ...ORIGINAL,
    "Trong thời gian ở Việt Nam, đoàn Thứ trưởng Masuda Kazuo dự kiến thăm Học viện Quốc phòng, làm việc với Cục Đối ngoại và thăm một đơn vị công binh đang chuẩn bị lực lượng cho phái bộ gìn giữ hòa bình tại Nam Sudan.",
    "Phía Nhật Bản cũng cho biết sẽ cử chuyên gia sang hỗ trợ khóa tập huấn về vận hành thiết bị rà phá bom mìn dành cho cán bộ kỹ thuật của Trung tâm Hành động bom mìn quốc gia trong quý tới.",
    "Kết thúc buổi tiếp, hai bên trao quà lưu niệm và chụp ảnh chung; Thượng tướng Hoàng Xuân Chiến mời ông Masuda Kazuo dự tiệc chiêu đãi do Bộ Quốc phòng Việt Nam tổ chức vào tối cùng ngày.",
  ];
  const original = article("qdnd-9", LONG, "2023-03-12");
  /** Drops the words at the given indexes of a paragraph: an editor's trims inside its sentences. */
  const trim = (p: string, drop: readonly number[]) => p.split(" ").filter((_, k) => !drop.includes(k)).join(" ");

  it("links a copy that keeps the lead and one more paragraph, below the Jaccard floor", () => {
    const copy = article("tuoitre-9", [`(TTO) - ${LONG[0]}`, LONG[3]!], "2023-03-12");
    const sim = setSimilarity(shingleSet(copy.text), shingleSet(original.text));
    assert.ok(sim.jaccard < 0.3 && sim.containment > 0.9, `J ${sim.jaccard}, containment ${sim.containment}`);
    const r = findDuplicates([original, copy, ...filler(20, 9)]);
    assert.equal(r.duplicates.get("tuoitre-9")?.duplicate_of, "qdnd-9");
    assert.equal(r.duplicates.size, 1);
    assert.equal(r.stats.containedConfirmations, 1);
  });

  it("links an extract whose sentences are trimmed (containment under 0.8, its words nearly all in the report), whatever the input order", () => {
    const extract = [trim(LONG[0]!, [3, 12, 30]), trim(LONG[2]!, [5, 20]), trim(LONG[7]!, [9, 25])];
    const copy = article("vtv-9", extract, "2023-03-13");
    const sim = setSimilarity(shingleSet(copy.text), shingleSet(original.text));
    assert.ok(sim.jaccard < 0.3 && sim.containment < 0.8, `J ${sim.jaccard}, containment ${sim.containment}`);
    const forward = findDuplicates([original, copy, ...filler(20, 10)]);
    const backward = findDuplicates([...filler(20, 10), copy, original].reverse());
    assert.equal(forward.duplicates.get("vtv-9")?.duplicate_of, "qdnd-9");
    assert.equal(serialize(forward), serialize(backward));
  });

  it("leaves alone a lead run alone as a brief, and a report written apart that shares names and formulas", () => {
    const brief = article("brief-9", [LONG[0]!], "2023-03-12");
    const own = article("own-9", [`${LONG[0]!.split(",")[0]}, hai Thứ trưởng đã trao đổi về hợp tác đào tạo, quân y và gìn giữ hòa bình, đồng thời thống nhất sẽ sớm tổ chức đối thoại chính sách tại Tokyo.`, "Ông Masuda Kazuo cảm ơn sự đón tiếp chu đáo của Bộ Quốc phòng Việt Nam và mời Thượng tướng Hoàng Xuân Chiến sang thăm Nhật Bản vào thời gian thích hợp."], "2023-03-12");
    assert.equal(findDuplicates([original, brief, own, ...filler(20, 11)]).duplicates.size, 0);
  });

  it("asks the shorter text for containment, word coverage, size and two paragraphs of substance", () => {
    const sim = { intersection: 90, jaccard: 0.2, containment: 0.7 };
    assert.equal(isAbridgedCopy(sim, 0.9, 2), true);
    assert.equal(isAbridgedCopy(sim, 0.9, 1), false);
    assert.equal(isAbridgedCopy(sim, 0.7, 3), false);
    assert.equal(isAbridgedCopy({ ...sim, containment: 0.45 }, 0.95, 3), false);
    assert.equal(isAbridgedCopy({ intersection: 30, jaccard: 0.1, containment: 1 }, 1, 2), false);
    assert.equal(paragraphsOfWords(["một hai ba", "Ngày 5/3, hai bên đã ký kết văn bản hợp tác về đào tạo sĩ quan trẻ tại Hà Nội."], 12), 1);
  });

  it("finds the same pairs whatever part of the index is sorted at a time", () => {
    const texts = [original, article("tuoitre-9", [LONG[0]!, LONG[3]!]), article("vtv-9", [trim(LONG[0]!, [3, 12]), LONG[7]!]), ...filler(30, 12)];
    const lists = texts.map((t) => {
      const w = hashWords(t.text);
      return shingleHashes(w.hashes, w.count, 5).slice();
    });
    const found = (partEntries: number) => {
      const out: string[] = [];
      forEachContainedPair(
        { items: Int32Array.from(texts.keys()), count: texts.length, shinglesOf: (i) => lists[i]!, paragraphsOf: (i) => texts[i]!.paragraphs, shingleSize: 5, nearDuplicate: () => false, grouped: () => false },
        (a, b) => out.push(`${texts[a]!.article_id} ${texts[b]!.article_id}`),
        { ...DEFAULT_CONTAINED, partEntries },
      );
      return out;
    };
    assert.ok(found(1 << 22).includes("qdnd-9 tuoitre-9"));
    for (const part of [1, 7, 100]) assert.deepEqual(found(part), found(1 << 22), `partEntries ${part}`);
  });

  it("word coverage counts each word once, inside any shared shingle", () => {
    // Shingles 0..5 of a ten-word text (size 5); the other holds shingles 0 and 5: words 0–4 and 5–9, all ten.
    assert.equal(wordCoverage(Uint32Array.of(10, 11, 12, 13, 14, 15), new Set([10, 15]), 5), 1);
    // Shingles 0 and 1: words 0–5 of ten.
    assert.equal(wordCoverage(Uint32Array.of(10, 11, 12, 13, 14, 15), new Set([10, 11]), 5), 0.6);
    assert.equal(wordCoverage(Uint32Array.of(10, 11), new Set(), 5), 0);
  });
});

describe("repeated paragraphs", () => {
  it("lists later copies of a paragraph (photo captions, repeated blocks) once each", () => {
    const caption = "Bộ trưởng Phan Văn Giang hội đàm trực tuyến với Bộ trưởng Kishi Nobuo. Ảnh: TTXVN";
    const paragraphs = [
      ORIGINAL[0]!,
      caption,
      caption.toUpperCase() + " ", // same after normalisation
      ORIGINAL[1]!,
      ORIGINAL[2]!,
      "***",
      "***", // normalises to nothing: ignored
      ORIGINAL[1]!, // repeated block
      ORIGINAL[2]!,
      caption,
    ];
    assert.deepEqual(repeatedParagraphIndexes(paragraphs), [2, 7, 8, 9]);
    const r = findDuplicates([article("seed-002", paragraphs), article("vov-1", ORIGINAL)]);
    assert.deepEqual([...r.repeatedParagraphs], [["seed-002", [2, 7, 8, 9]]]);
    assert.deepEqual(repeatedParagraphIndexes([ORIGINAL[0]!, ORIGINAL[1]!]), []);
  });
});

describe("text given as its paragraphs", () => {
  const caption = "Bộ trưởng Phan Văn Giang hội đàm trực tuyến với Bộ trưởng Kishi Nobuo. Ảnh: TTXVN";
  const withRepeats = [ORIGINAL[0]!, caption, caption.toUpperCase() + " ", "***", "", ORIGINAL[1]!, "***", ORIGINAL[1]!, caption];
  const decomposed = withRepeats.map((p) => p.normalize("NFD")); // needs folding: the slow path

  it("hashes the lines as the text they make joined by newlines", () => {
    for (const parts of [ORIGINAL, withRepeats, decomposed, [], [""], ["", ""], ["một", "", "hai ba"], ["İstanbul", "ΟΔΟΣ"]]) {
      const a = hashWords(parts);
      const b = hashWords(parts.join("\n"));
      assert.deepEqual([a.count, a.normalizedLength, a.contentKey], [b.count, b.normalizedLength, b.contentKey], JSON.stringify(parts));
      assert.deepEqual([...a.hashes.subarray(0, a.count)], [...b.hashes.subarray(0, b.count)]);
    }
  });

  it("gives the same duplicates and repeated paragraphs as the joined text", () => {
    const corpus = [
      article("vov-1", withRepeats, "2023-03-12"),
      article("nfd-1", decomposed, "2023-03-13"),
      article("bt-1", REPRINT, "2023-03-13"),
      article("orig-1", ORIGINAL, "2023-03-11"),
      article("one-1", [ORIGINAL[2]!]),
      ...filler(6, 8),
    ];
    const joined = corpus.map((a) => ({ ...a, text: a.paragraphs.join("\n") }));
    const lines = corpus.map((a) => ({ ...a, text: a.paragraphs }));
    const r = findDuplicates(lines);
    assert.equal(serialize(r), serialize(findDuplicates(joined)));
    assert.deepEqual(r.repeatedParagraphs.get("vov-1"), [2, 7, 8]);
    assert.deepEqual(r.repeatedParagraphs.get("nfd-1"), [2, 7, 8]);
  });
});

describe("formulaic shingles (frequency cutoff of the band keys)", () => {
  /** Ten set phrases of 60 words, each repeated by a tenth of the corpus, as titles and formulas are in defence news. */
  const FORMULAS = Array.from({ length: 10 }, (_, k) => {
    const pool = "ủy viên bộ chính trị phó bí thư quân ủy trung ương bộ trưởng quốc phòng đối tác chiến lược sâu rộng vì hòa bình và thịnh vượng ở châu á trên thế giới hợp tác thực chất hiệu quả".split(" ");
    const rnd = splitmix32(1000 + k);
    return Array.from({ length: 60 }, () => pool[rnd() % pool.length]!).join(" ");
  });
  /**
   * `count` unrelated articles of two paragraphs, each with the formula of its
   * tenth (about 40% of its shingles: not enough to make two of them
   * duplicates), plus a story and its reprint with a formula too.
   */
  function corpus(count: number): DedupeInput[] {
    const own = filler(count, 21).map((a, i) => article(a.article_id, [FORMULAS[i % 10]!, ...a.paragraphs.slice(0, 2)], a.published_date));
    return [...own, article("vov-1", [FORMULAS[0]!, ...ORIGINAL], "2023-03-12"), article("bt-1", [FORMULAS[0]!, ...REPRINT], "2023-03-13")];
  }
  const NO_CUTOFF = { maxShingleFrequency: 1_000_000 };

  it("keeps the formulas out of the band keys: far fewer candidates, the same result", () => {
    const docs = corpus(400);
    const all = findDuplicates(docs, NO_CUTOFF);
    const cut = findDuplicates(docs, { maxShingleFrequency: 10 });
    assert.equal(serialize(cut), serialize(all));
    assert.deepEqual([...cut.duplicates.keys()], ["bt-1"]);
    assert.ok(cut.stats.candidatePairs * 20 < all.stats.candidatePairs, `${cut.stats.candidatePairs} vs ${all.stats.candidatePairs} candidates`);
  });

  it("makes the candidates grow linearly with the corpus, not with its square", () => {
    const at = (n: number, o: Partial<DedupeOptions>) => findDuplicates(corpus(n), o).stats.candidatePairs;
    // without the cutoff the articles of one formula (a tenth of n) become candidates in pairs: ~n²
    const [small, big] = [at(200, NO_CUTOFF), at(400, NO_CUTOFF)];
    assert.ok(big > 3 * small, `${small} then ${big} candidates`);
    // with it, the formulas make none: what is left grows at most with n
    for (const n of [200, 400]) assert.ok(at(n, { maxShingleFrequency: 10 }) <= n / 10, `${n} articles`);
  });

  it("must exceed the largest group of copies of one story, whose shingles are all that frequent", () => {
    const copies = Array.from({ length: 30 }, (_, i) => article(`outlet-${String(i).padStart(2, "0")}`, [`(Báo số ${i}) - ${ORIGINAL[0]!}`, ...ORIGINAL.slice(1)], "2023-03-12"));
    // below the cutoff's reach only copies with no band of their own (no rare shingle at a minimum) still meet
    assert.ok(findDuplicates(copies, { maxShingleFrequency: 20 }).duplicates.size < 10);
    assert.equal(findDuplicates(copies).duplicates.size, 29);
    assert.ok(DEFAULT_OPTIONS.maxShingleFrequency > 300, "the 300 copies of the test above are grouped with the default");
  });
});

describe("credited copies", () => {
  const credited = (a: DedupeInput): DedupeInput => ({ ...a, credits: true });
  it("a copy that credits another outlet as its source ('(Theo QĐND)') is a reprint at a lower overlap than an uncredited one", () => {
    const original = article("orig", ORIGINAL, "2024-03-12");
    const copy = article("copy", REWORDED, "2024-03-12");
    assert.deepEqual([...findDuplicates([original, credited(copy)]).duplicates.keys()], ["copy"]);
    assert.deepEqual([...findDuplicates([original, copy]).duplicates.keys()], []);
  });
  it("a credit does not make a report written independently of the same meeting a reprint", () => {
    const a = article("a", SAME_MEETING_A, "2021-11-23");
    const b = article("b", SAME_MEETING_B, "2021-11-23");
    assert.deepEqual([...findDuplicates([credited(a), credited(b), ...filler(20, 5)]).duplicates.keys()], []);
  });
});
