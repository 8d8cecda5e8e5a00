import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { extractArticle, keyOf } from "../pipeline/extract/article.ts";
import { findPersonMentions } from "../pipeline/extract/people.ts";
import { japaneseOrder, nameKey, readName, romajiKey, type NameModel } from "../pipeline/lang/names.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import { repoKnowledge } from "./helpers.ts";

// The names here are invented (or common name words), never a corpus sentence.
let k: Knowledge;
let names: NameModel;
before(async () => {
  k = await repoKnowledge();
  names = k.names;
});

const unknown = (text: string) =>
  findPersonMentions(text, k.registry, k.grammar, "2023-05-01", k.names)
    .filter((m) => m.personId === null)
    .map((m) => [m.written, m.name, m.country, m.rank, m.position]);

describe("the name model", () => {
  it("folds romaji long vowels and macrons to one key", () => {
    assert.deepEqual(["Tarō", "Tarou", "Taro", "Yūsuke"].map(romajiKey), ["taro", "taro", "taro", "yusuke"]);
  });

  it("tells a Japanese family name from a given name by the dictionary, in both orders", () => {
    assert.equal(japaneseOrder(names, "Taro", "Yamada"), "given-first");
    assert.equal(japaneseOrder(names, "Yamada", "Taro"), "family-first");
    assert.equal(japaneseOrder(names, "Hiroshi", "Tanabe"), "given-first");
    assert.deepEqual(readName(names, ["Kenji", "Morikawa"]), { country: "JP", canonical: "Morikawa Kenji", ordered: true });
  });

  it("reads a Vietnamese name: a surname, two to four syllables, a Vietnamese letter somewhere", () => {
    assert.equal(readName(names, ["Đặng", "Văn", "Hòa"])?.country, "VN");
    assert.equal(readName(names, ["Trần", "Thị", "Thu", "Hằng"])?.canonical, "Trần Thị Thu Hằng");
    assert.equal(readName(names, ["Bộ", "Công"]), null, "no surname first");
    assert.equal(readName(names, ["Hòa"]), null, "one syllable");
  });

  it("keys a name by its words whatever their order", () => {
    assert.equal(nameKey("Taro Yamada"), nameKey("Yamada Taro"));
    assert.notEqual(nameKey("Nguyễn Chí Vinh"), nameKey("Nguyễn Chí Vịnh"));
    assert.equal(keyOf({ person_id: null, name: "Kenji Morikawa" }), keyOf({ person_id: null, name: "Morikawa Kenji" }));
  });
});

describe("people the registry does not know", () => {
  it("a Japanese name in Western order after a rank is published family name first", () => {
    assert.deepEqual(unknown("Chiều 4/5, Đô đốc Kenji Morikawa đã hội đàm với đoàn."), [["Kenji Morikawa", "Morikawa Kenji", "JP", "Đô đốc", null]]);
  });

  it("a name right after a long title, the title its position", () => {
    const [m] = unknown("Ngày 4/5, Tư lệnh Cơ quan Tác chiến Hàng hải Nhật Bản Kenji Morikawa đã tiếp đoàn.");
    assert.deepEqual(m, ["Kenji Morikawa", "Morikawa Kenji", "JP", null, "Tư lệnh Cơ quan Tác chiến Hàng hải Nhật Bản"]);
  });

  it("a Vietnamese official of another ministry after a title", () => {
    const [m] = unknown("Ngày 4/5, Thứ trưởng Bộ Công an Đặng Văn Hòa đã tiếp Đại sứ Nhật Bản.");
    assert.deepEqual(m, ["Đặng Văn Hòa", "Đặng Văn Hòa", "VN", null, "Thứ trưởng Bộ Công an"]);
  });

  it("both orders of one unregistered person are one participant key", () => {
    const [a] = findPersonMentions("Đô đốc Kenji Morikawa phát biểu.", k.registry, k.grammar, undefined, k.names);
    const [b] = findPersonMentions("Đô đốc Morikawa Kenji phát biểu.", k.registry, k.grammar, undefined, k.names);
    assert.equal(keyOf(a!), keyOf(b!));
    assert.equal(a!.name, b!.name);
  });
});

describe("positions by grammar", () => {
  const posts = (text: string) => findPersonMentions(text, k.registry, k.grammar, "2023-05-04", k.names).map((m) => [m.name, m.position]);

  it("a post ends at 'làm trưởng đoàn'", () => {
    assert.deepEqual(posts("Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng làm trưởng đoàn, đã hội đàm.")[0], ["Phan Văn Giang", "Bộ trưởng Bộ Quốc phòng"]);
  });

  it("a closing bracket opened in the post stays; one opened before the name ends it", () => {
    assert.deepEqual(posts("Ông Kenji Morikawa, Tư lệnh Lực lượng Phòng vệ Biển (JMSDF) cho biết hai bên đã nhất trí.")[0], ["Morikawa Kenji", "Tư lệnh Lực lượng Phòng vệ Biển (JMSDF)"]);
    assert.deepEqual(posts("Hai bên (ông Kenji Morikawa, Tư lệnh Hạm đội) đã nhất trí.")[0], ["Morikawa Kenji", "Tư lệnh Hạm đội"]);
  });

  it("never takes a name from a title word", () => {
    assert.deepEqual(posts("Thủ tướng Phạm Minh Chính tiếp đoàn. Thủ tướng Chính phủ Việt Nam đánh giá cao.").map(([n]) => n), ["Phạm Minh Chính"]);
  });
});

describe("non-participation whatever the length of the title", () => {
  const run = (text: string) => {
    const doc = { article_id: "t", text, published_date: "2023-05-06", sources: { published: "manifest" }, dateline_parts: null, updated_date: null, paragraphs: [{ kind: "body", start: 0, end: text.length }] } as never;
    return extractArticle({ document: doc, fixes: [], repeated: new Set(), machineTranslated: false }, k).encounters.map((e) => e.participants.map((p) => p.name));
  };

  it("the host of an invitation after a long title is not a participant", () => {
    const got = run("Ngày 4/5/2023, tại Tokyo, Thượng tướng Hoàng Xuân Chiến hội đàm với Đô đốc Kenji Morikawa nhân chuyến thăm theo lời mời của Bộ trưởng Bộ Quốc phòng Nhật Bản phụ trách các vấn đề quốc tế Hamada Yasukazu.");
    assert.deepEqual(got, [["Hoàng Xuân Chiến", "Morikawa Kenji"]]);
  });

  it("greetings passed to someone after a long title", () => {
    const got = run("Ngày 4/5/2023, tại Tokyo, Thượng tướng Hoàng Xuân Chiến hội đàm với Đô đốc Kenji Morikawa và gửi lời chào tới Bộ trưởng Bộ Quốc phòng Nhật Bản phụ trách các vấn đề quốc tế Hamada Yasukazu.");
    assert.deepEqual(got, [["Hoàng Xuân Chiến", "Morikawa Kenji"]]);
  });
});
