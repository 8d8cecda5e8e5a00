/**
 * A kept copy that reports nothing gives way to its reprints (extract/reprints.ts): two outlets print one story, the
 * longer one (kept) without the dated lead the shorter one has. The meeting comes from the shorter copy and lists
 * both. The articles are written for the test.
 */
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { quietBuild, tempDir } from "./helpers.ts";

const HEADLINE = "Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 6";
const LEAD = "Sáng 12/10/2021, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam, và Thứ trưởng Quốc phòng Nhật Bản Shimada Kazuhisa đã đồng chủ trì Đối thoại chính sách quốc phòng lần thứ 6.";
const BODY = [
  "Tại đối thoại, hai bên đã trao đổi quan điểm về tình hình khu vực và quốc tế, nhất là các vấn đề an ninh phi truyền thống như cứu hộ cứu nạn, an ninh mạng, biến đổi khí hậu và khắc phục hậu quả thiên tai trong khu vực Đông Nam Á.",
  "Về hợp tác song phương, hai bên đánh giá quan hệ quốc phòng giữa hai nước đã phát triển vững chắc trong các lĩnh vực trao đổi đoàn, đào tạo cán bộ, quân y, gìn giữ hòa bình Liên hợp quốc và hợp tác công nghiệp quốc phòng trong những năm qua.",
  "Hai bên nhất trí tiếp tục tăng cường trao đổi đoàn các cấp, nhất là đoàn cấp cao, duy trì hiệu quả các cơ chế đối thoại và tham vấn hiện có, mở rộng hợp tác trong lĩnh vực an ninh mạng, cứu trợ nhân đạo và rà phá bom mìn còn sót lại sau chiến tranh.",
];
const CAPTION = "Thượng tướng Hoàng Xuân Chiến và Thứ trưởng Quốc phòng Nhật Bản tại buổi đối thoại. Ảnh: Thông tấn quân sự";
const MORE = "Hai bên cũng thống nhất sẽ sớm tổ chức các hoạt động giao lưu giữa sĩ quan trẻ của quân đội hai nước và tăng cường hợp tác giữa các học viện, nhà trường quân đội.";

/** Build a shorter and a longer copy of one story; the tables as rows, and each article's file by id. */
async function buildCopies(short: readonly string[], long: readonly string[]) {
  const raw = await tempDir("hoidam-reprint-read-");
  await writeFile(join(raw, "a-short.txt"), [HEADLINE, ...short].join("\n\n") + "\n");
  await writeFile(join(raw, "b-long.txt"), [HEADLINE, ...long].join("\n\n") + "\n");
  const out = join(await tempDir(), "out");
  await quietBuild({ rawDir: raw, outDir: out, cacheDir: await tempDir() });
  const read = async (t: string) => parse(await readFile(join(out, "csv", `${t}.csv`)), { columns: true }) as Record<string, string>[];
  const articles = await read("articles");
  return { read, articles, file: new Map(articles.map((a) => [a.article_id!, a.source_file!])) };
}

const UNDATED = LEAD.replace("Sáng 12/10/2021, tại Hà Nội, ", "Tại Hà Nội, ");

describe("a kept copy that reports nothing", () => {
  it("gives way to a reprint that does: the meeting is read there and lists both copies", async () => {
    const { read, articles, file } = await buildCopies([LEAD, ...BODY], [CAPTION, ...BODY, MORE]);
    // The longer copy is kept; the shorter is its reprint.
    const short = articles.find((a) => a.source_file === "a-short.txt")!;
    assert.equal(file.get(short.duplicate_of!), "b-long.txt");
    const meetings = await read("meetings");
    assert.deepEqual(meetings.map((m) => [m.date_start, m.meeting_type]), [["2021-10-12", "dialogue"]]);
    const sources = await read("meeting_articles");
    assert.deepEqual(sources.map((s) => [file.get(s.article_id!), s.via]).sort(), [["a-short.txt", "extracted"], ["b-long.txt", "reprint"]]);
  });

  it("counts an encounter it could not date as nothing: the reprint that dates it is read", async () => {
    const { read, file } = await buildCopies([LEAD, ...BODY], [UNDATED, ...BODY, MORE]);
    assert.deepEqual((await read("meetings")).map((m) => m.date_start), ["2021-10-12"]);
    // The kept copy's undated encounter is still listed as left out, with its reason.
    assert.deepEqual((await read("encounters_left_out")).map((r) => file.get(r.article_id!)), ["b-long.txt"]);
  });

  it("lists an encounter neither copy can date once, under the kept copy", async () => {
    const { read, file } = await buildCopies([UNDATED, ...BODY], [UNDATED, ...BODY, MORE]);
    assert.deepEqual(await read("meetings"), []);
    assert.deepEqual((await read("encounters_left_out")).map((r) => file.get(r.article_id!)), ["b-long.txt"]);
  });
});
