import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { decodePage } from "../pipeline/ingest/charset.ts";
import { ingestPage, localDateTime } from "../pipeline/ingest/document.ts";
import { readPage } from "../pipeline/ingest/html.ts";
import { compileScreen, screenText } from "../pipeline/ingest/screen.ts";
import { compileDatelineWords } from "../pipeline/ingest/dateline.ts";
import { readWarc, type WarcPage } from "../pipeline/ingest/warc.ts";
import { quietBuild, tempDir } from "./helpers.ts";
import { buildWarc, encode1258, fixturePage, portalPage, RELEVANT_PAGES, UNRELATED_TOPICS } from "./web-fixtures.ts";

const lexicon = JSON.parse(readFileSync(new URL("../reference/lexicon.json", import.meta.url), "utf8"));
const screen = compileScreen(lexicon.screen_words);
const source = { kind: "html" as const, bytesHash: "0".repeat(64), size: 1, screen, dates: compileDatelineWords(lexicon.date_line_words) };

describe("character sets of web pages", () => {
  it("decodes a windows-1258 page declared in its <meta>, tone marks recomposed by cleaning", () => {
    const bytes = encode1258(portalPage({ ...RELEVANT_PAGES[0]!, charset: "windows-1258" }));
    const d = decodePage(bytes);
    assert.ok(d.ok);
    assert.equal(d.page.encoding, "windows-1258");
    assert.equal(d.page.source, "meta");
    const r = ingestPage("p.html", bytes, source);
    assert.ok(r.ok);
    assert.equal(r.document.encoding, "windows-1258");
    assert.match(r.document.text, /Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam, đã điện đàm/);
  });

  it("takes the HTTP header over the <meta>, and windows-1252 for a page labelled latin1", () => {
    const d = decodePage(Buffer.from('<meta charset="utf-8"><p>caf\xe9</p>', "latin1"), "text/html; charset=ISO-8859-1");
    assert.ok(d.ok);
    assert.equal(d.page.encoding, "windows-1252");
    assert.equal(d.page.source, "http");
    assert.match(d.page.text, /café/);
  });

  it("reads as UTF-8 a page that declares a legacy set but whose bytes are UTF-8", () => {
    const d = decodePage(Buffer.from('<meta charset="windows-1258"><p>Quốc phòng</p>'));
    assert.ok(d.ok);
    assert.deepEqual([d.page.encoding, d.page.source], ["utf-8", "detected"]);
  });

  it("rejects bytes that fit no declared or detected set, and a set nobody knows", () => {
    const undefinedByte = decodePage(Buffer.concat([Buffer.from('<meta charset="windows-1258"><p>a'), Buffer.from([0x8d]), Buffer.from("</p>")]));
    assert.ok(!undefinedByte.ok);
    assert.equal(undefinedByte.rejection.reason, "invalid_encoding");
    assert.match(undefinedByte.rejection.detail, /windows-1258 .*<meta> tag.* at byte 33/);
    const undeclared = decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]));
    assert.ok(!undeclared.ok);
    assert.match(undeclared.rejection.detail, /invalid UTF-8 at byte 3, and the page names no other character set/);
    const unknown = decodePage(Buffer.from('<meta charset="x-klingon"><p>a</p>'));
    assert.ok(!unknown.ok);
    assert.equal(unknown.rejection.reason, "unknown_encoding");
  });
});

describe("the article in a web page", () => {
  it("keeps the article and leaves the menu, related links, comments and footer out", () => {
    const r = readPage(fixturePage("portal-talks.html").toString("utf8"));
    assert.ok(r.ok);
    const { text, metadata } = r.article;
    assert.equal(text.split("\n")[0], "Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Nhật Bản");
    assert.match(text, /Kihara Minoru nhân chuyến thăm chính thức/);
    for (const furniture of ["Trang chủ", "Giá vàng hôm nay", "Bình luận", "cảm ơn báo", "Giấy phép số", "Đường dây nóng"]) assert.ok(!text.includes(furniture), furniture);
    assert.deepEqual(
      Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, v && [v.value, v.source]])),
      {
        headline: ["Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Nhật Bản", "json_ld"],
        published: ["2023-09-20T10:30:00+07:00", "json_ld"],
        url: ["https://baothunghiem.example/quoc-phong/hoi-dam-viet-nhat-123.html", "link_canonical"],
        outlet: ["Báo Thử Nghiệm", "json_ld"],
        byline: ["Minh Anh", "json_ld"],
      },
    );
  });

  it("falls back to Open Graph, and lays the page out as a .txt file's paragraphs", () => {
    const html = portalPage({ ...RELEVANT_PAGES[1]!, canonical: "https://example.test/a.html" });
    const r = ingestPage("a.html", Buffer.from(html), source);
    assert.ok(r.ok);
    const d = r.document;
    assert.deepEqual([d.headline, d.sources.headline, d.outlet, d.sources.outlet, d.url, d.sources.url], [RELEVANT_PAGES[1]!.title, "open_graph", "Báo Thử Nghiệm", "open_graph", "https://example.test/a.html", "link_canonical"]);
    // 02:30 UTC is 09:30 in Vietnam
    assert.deepEqual([d.published_date, d.published_time, d.sources.published], ["2023-09-20", "09:30", "open_graph"]);
    assert.deepEqual(
      d.paragraphs.map((p) => p.kind),
      ["headline", "body", "body", "body"],
    );
    assert.equal(d.input_kind, "html");
  });

  it("takes a date line among the short lines after the headline as the publication date when the metadata gives none", () => {
    const body = "<p>Sáng 28/6, tại Hà Nội, hai đoàn đại biểu quân sự Việt Nam và Nhật Bản đã trao đổi về hợp tác quốc phòng, về tình hình khu vực và về các hoạt động giao lưu sẽ tổ chức trong thời gian tới giữa hai quân đội.</p><p>Hai bên nhất trí tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình và cứu trợ thảm họa.</p>";
    const page = (header: string, head = "") =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hai đoàn trao đổi</title>${head}</head><body><div class="menu">Trang chủ</div><h1>Hai đoàn trao đổi</h1>${header}<div class="detail">${body}</div><div class="side"><p>Tin khác 01/01/2020 08:00</p></div></body></html>`;
    const read = (html: string) => {
      const r = ingestPage("a.html", Buffer.from(html), source);
      assert.ok(r.ok);
      return [r.document.published_date, r.document.published_time, r.document.sources.published];
    };
    assert.deepEqual(read(page('<div class="sapo">20:01 | 28/06/2015</div>')), ["2015-06-28", "20:01", "text"]);
    // The page's metadata wins; an update stamp, or a date after the first line of prose (a sidebar's), is none.
    assert.deepEqual(read(page('<div class="sapo">20:01 | 28/06/2015</div>', '<meta property="article:published_time" content="2015-06-27T07:00:00+07:00">')), ["2015-06-27", "07:00", "open_graph"]);
    assert.deepEqual(read(page('<div class="sapo">Cập nhật: 20:01 | 28/06/2015</div>'))[0], null);
    assert.deepEqual(read(page(""))[0], null);
  });

  it("lets the manifest's values win, as for a text file", () => {
    const r = ingestPage("a.html", Buffer.from(portalPage(RELEVANT_PAGES[1]!)), { ...source, manifest: { url: "https://m.example/x", outlet: "QĐND", published_date: "2023-09-21", fetched_at: "2023-09-22T00:00:00.000Z" } });
    assert.ok(r.ok);
    assert.deepEqual([r.document.url, r.document.outlet, r.document.published_date, r.document.published_time, r.document.fetched_at], ["https://m.example/x", "QĐND", "2023-09-21", null, "2023-09-22T00:00:00Z"]);
    assert.deepEqual(r.document.sources, { headline: "open_graph", published: "manifest", url: "manifest", outlet: "manifest", byline: null });
  });

  it("rejects a page with no article text", () => {
    const r = ingestPage("s.html", fixturePage("section-front.html"), source);
    assert.ok(!r.ok && "rejection" in r);
    assert.equal(r.rejection.reason, "no_article_text");
  });

  it("reads publication timestamps in Vietnam's time", () => {
    assert.deepEqual(localDateTime("2023-09-19T20:00:00Z"), { date: "2023-09-20", time: "03:00" });
    assert.deepEqual(localDateTime("2023-09-19T20:00:00+07:00"), { date: "2023-09-19", time: "20:00" });
    assert.deepEqual(localDateTime("2023-09-19"), { date: "2023-09-19", time: null });
    assert.deepEqual(localDateTime("19/09/2023 08:05"), { date: "2023-09-19", time: "08:05" });
    assert.deepEqual(localDateTime("hôm qua"), { date: null, time: null });
  });
});

describe("the relevance screen", () => {
  it("passes Vietnamese pages about Japan and defence; names why the others are left out", () => {
    const text = (html: string) => {
      const r = readPage(html);
      assert.ok(r.ok);
      return r.article.text;
    };
    assert.equal(screenText(text(portalPage(RELEVANT_PAGES[0]!)), screen), null);
    assert.equal(screenText(text(fixturePage("english-defence.html").toString()), screen)?.reason, "language");
    const travel = screenText(text(portalPage(UNRELATED_TOPICS[3]!)), screen); // Japan, but no defence
    assert.deepEqual([travel?.reason, travel?.detail.includes("defence"), travel?.detail.includes("japan")], ["topic", true, false]);
    assert.match(screenText(text(portalPage(UNRELATED_TOPICS[0]!)), screen)?.detail ?? "", /topics japan and defence/);
  });

  it("matches whole words, with either case of the first letter", () => {
    const s = compileScreen([
      { form: "Nhật Bản", topic: "japan" },
      { form: "quốc phòng", topic: "defence" },
    ]);
    assert.equal(screenText("Quốc phòng Nhật Bản", s), null);
    assert.equal(screenText("quốc phòngx Nhật Bản", s)?.reason, "topic");
  });
});

describe("web archives", () => {
  it("streams the records: HTML responses are pages, the rest counted by kind", async () => {
    const dir = await tempDir();
    const path = join(dir, "a.warc.gz");
    writeFileSync(path, await buildWarc("tin.example"));
    const pages: WarcPage[] = [];
    const summary = await readWarc(path, (p) => void pages.push(p), { maxPageBytes: 1 << 20 });
    assert.equal(summary.fault, null);
    assert.equal(pages.length, 19);
    assert.deepEqual(summary.other, { warcinfo: 1, request: 25, "response 404": 3, "response image/jpeg": 3, metadata: 1 });
    assert.equal(pages.length + Object.values(summary.other).reduce((a, b) => a + b), 52);
    assert.equal(pages[0]!.targetUri, "http://tin.example/quoc-phong/dien-dam-viet-nhat.html");
    assert.equal(pages[0]!.date, "2023-09-20T03:00:00Z");
    assert.match(pages[0]!.recordId ?? "", /^<urn:uuid:/);
  });

  it("names a truncated archive and a gzip error, keeping the records before", async () => {
    const dir = await tempDir();
    const whole = await buildWarc("tin.example", { unrelated: 2 });
    const cut = join(dir, "cut.warc.gz");
    writeFileSync(cut, whole.subarray(0, whole.length - 200));
    const pages: WarcPage[] = [];
    const s = await readWarc(cut, (p) => void pages.push(p), { maxPageBytes: 1 << 20 });
    assert.equal(s.fault?.reason, "truncated_archive");
    assert.ok(pages.length >= 4);
    const plain = join(dir, "cut.warc");
    const { gunzipSync } = await import("node:zlib");
    const raw = gunzipSync(whole);
    writeFileSync(plain, raw.subarray(0, raw.length - 2000));
    assert.equal((await readWarc(plain, () => {}, { maxPageBytes: 1 << 20 })).fault?.reason, "truncated_archive");
    const damaged = Buffer.from(whole);
    for (let i = 1500; i < 1600; i++) damaged[i] = 0x55;
    const bad = join(dir, "bad.warc.gz");
    writeFileSync(bad, damaged);
    const b = await readWarc(bad, () => {}, { maxPageBytes: 1 << 20 });
    assert.equal(b.fault?.reason, "bad_archive");
    assert.match(b.fault?.detail ?? "", /gzip error|not a WARC record|unreadable/);
    const notWarc = join(dir, "x.warc");
    writeFileSync(notWarc, "hello, this is not an archive\r\n\r\n");
    assert.equal((await readWarc(notWarc, () => {}, { maxPageBytes: 1 << 20 })).fault?.reason, "bad_archive");
  });
});

describe("a raw folder of .txt, .html and .warc.gz files", () => {
  it("builds in one run; every file and page is in articles, rejected or screened_out", async () => {
    const dir = await tempDir();
    const raw = join(dir, "raw");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(raw, "web"), { recursive: true });
    copyFileSync(new URL("../raw/000_a35e763ab6db059d.txt", import.meta.url), join(raw, "a.txt"));
    copyFileSync(new URL("./fixtures/web/portal-talks.html", import.meta.url), join(raw, "web/talks.html"));
    writeFileSync(join(raw, "web/cp1258.htm"), encode1258(portalPage({ ...RELEVANT_PAGES[0]!, title: `${RELEVANT_PAGES[0]!.title} (bản cũ)`, charset: "windows-1258", paragraphs: RELEVANT_PAGES[0]!.paragraphs.map((p) => p.replace("hai nước", "hai nước trong năm")) })));
    writeFileSync(join(raw, "web/bad-bytes.html"), Buffer.concat([Buffer.from('<html><head><meta charset="windows-1258"></head><body><p>'), Buffer.from([0x8d, 0x8e]), Buffer.from("</p></body></html>")]));
    copyFileSync(new URL("./fixtures/web/section-front.html", import.meta.url), join(raw, "web/section.html"));
    copyFileSync(new URL("./fixtures/web/english-defence.html", import.meta.url), join(raw, "web/english.html"));
    const warc = await buildWarc("tin.example");
    writeFileSync(join(raw, "crawl.warc.gz"), warc);
    writeFileSync(join(raw, "cut.warc.gz"), warc.subarray(0, 3000));
    writeFileSync(join(raw, "broken.warc.gz"), Buffer.concat([gzipSync("WARC/1.1").subarray(0, 10), Buffer.alloc(64, 0xff)])); // a gzip header, then no valid deflate data

    const out = join(dir, "out");
    const summary = await quietBuild({ rawDir: raw, outDir: out, cacheDir: join(dir, "cache"), threads: 1 });
    assert.ok(summary);
    const table = (name: string) => parse(readFileSync(join(out, "csv", `${name}.csv`)), { columns: true }) as ({ source_file: string } & Record<string, string>)[];
    const articles = table("articles");
    const rejected = table("rejected");
    const screened = table("screened_out");
    const meetings = table("meetings");
    const links = table("meeting_articles");

    const byKind = (k: string) => articles.filter((a) => a.input_kind === k).length;
    assert.deepEqual([byKind("txt"), byKind("html"), byKind("warc")], [1, 2, 3]); // the cut archive still gives the page before the cut
    assert.deepEqual(Object.fromEntries(rejected.map((r) => [r.source_file.replace(/#\d+$/, "#…"), r.reason])), {
      "web/bad-bytes.html": "invalid_encoding",
      "web/section.html": "no_article_text",
      "cut.warc.gz#…": "truncated_archive",
      "broken.warc.gz": "bad_archive",
    });
    assert.deepEqual(
      screened.map((s) => [s.source_file.replace(/#\d+$/, "#…"), s.reason]).sort(),
      [["crawl.warc.gz#…", "language"], ...Array(16).fill(["crawl.warc.gz#…", "topic"]), ["web/english.html", "language"], ...screened.filter((s) => s.source_file.startsWith("cut")).map((s) => [s.source_file.replace(/#\d+$/, "#…"), s.reason])].sort(),
    );
    // the accounting: 5 files of pages (txt/html) + the HTML pages of the complete archive = articles + rejected + screened
    const crawlRows = [...articles, ...rejected, ...screened].filter((r) => r.source_file.startsWith("crawl.warc.gz#")).length;
    assert.equal(crawlRows, 19);

    // the archive's meetings, with the URL and date read from the pages
    for (const page of RELEVANT_PAGES) {
      const a = articles.find((x) => x.input_kind === "warc" && x.headline === page.title);
      assert.ok(a, page.title);
      assert.equal(a.url, `https://tin.example${page.path}`);
      assert.equal(a.url_source, "link_canonical");
      assert.equal(a.published_date, localDateTime(page.published).date);
      assert.equal(a.fetched_at, "2023-09-20T03:00:00Z");
      assert.match(a.warc_record_id!, /^<urn:uuid:/);
      const linked = links.filter((l) => l.article_id === a.article_id);
      assert.ok(linked.length >= 1, `a meeting from ${page.title}`);
    }
    const call = meetings.find((m) => m.date_start === "2023-03-15");
    assert.ok(call, "the call of 15 March 2023");
    assert.equal(call.meeting_type, "call");
    assert.ok(meetings.some((m) => m.date_start === "2023-09-19"));
    // the windows-1258 page is a reprint of the archive's call page, linked as such
    const old = articles.find((a) => a.source_file === "web/cp1258.htm")!;
    assert.equal(old.encoding, "windows-1258");
  });
});
