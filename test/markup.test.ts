import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../pipeline/build.ts";
import { ingestBytes } from "../pipeline/ingest/document.ts";
import { checkMarkup } from "../pipeline/ingest/markup.ts";
import { article, quietBuild, repoDateWords, tempDir } from "./helpers.ts";

const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Thứ trưởng tiếp Đại sứ Nhật Bản</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
<style>.article{font-family:Arial} .hotline{color:red}</style></head>
<body><div class="article"><h1>Thứ trưởng Bộ Quốc phòng tiếp Đại sứ Nhật Bản</h1>
<p class="lead">Chiều 10/10, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản.</p></div></body></html>
`;

describe("markup rather than prose", () => {
  it("rejects a saved web page, an XML feed, and a page's source without its head", () => {
    assert.match(checkMarkup(PAGE)!.detail, /starts with '<!DOCTYPE'/);
    assert.match(checkMarkup(`\ufeff<?xml version="1.0"?><rss><channel><item><title>Tin</title></item></channel></rss>`)!.detail, /starts with '<\?xml'/);
    const body = PAGE.slice(PAGE.indexOf("<div"));
    assert.equal(checkMarkup(body)?.reason, "markup");
    const fragment = ["<h1>Thứ trưởng tiếp Đại sứ Nhật Bản</h1>", "<p>Chiều 10/10, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản tại Việt Nam, hai bên trao đổi về hợp tác quốc phòng song phương trong thời gian tới.</p>", "<p>Hai bên nhất trí tăng cường trao đổi đoàn các cấp, hợp tác đào tạo, gìn giữ hòa bình và khắc phục hậu quả chiến tranh sau xung đột.</p>"].join("\n");
    assert.match(checkMarkup(fragment)!.detail, /3 of 3 lines begin with a tag \(first tag at line 1: '<h1>'\)/);
  });

  it("leaves prose alone, with entities, comparisons or a tag quoted in a sentence", () => {
    for (const text of [
      article(1),
      "Tiêu đề\nAT&amp;T và Tập đoàn Mitsubishi &#7899; ký thỏa thuận.\nSố tàu < 5 và > 2.",
      "Tiêu đề\nTrang web dùng thẻ <b> để in đậm và <i> để in nghiêng, như mọi trang khác.\nHai bên trao đổi về hợp tác quốc phòng song phương.",
      "Tiêu đề\n&lt;html&gt; là mã, không phải văn bản.\nHai bên trao đổi.",
    ]) {
      assert.equal(checkMarkup(text), null, text.slice(0, 40));
    }
  });

  it("leaves every article of the raw folder and the gold corpora alone", () => {
    const dirs = [join(ROOT, "raw"), join(ROOT, "test/corpora/seeds/raw"), join(ROOT, "test/corpora/dev/raw")];
    let n = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
        assert.ok(ingestBytes(f, readFileSync(join(dir, f)), undefined, repoDateWords()).ok, `${dir}/${f}`);
        n++;
      }
    }
    assert.ok(n >= 28, `${n} articles`);
  });

  it("rejects a markup-only .txt with its reason and builds the rest", async () => {
    const raw = await tempDir("hoidam-raw-");
    await mkdir(join(raw, "pages"), { recursive: true });
    await writeFile(join(raw, "a.txt"), article(1));
    await writeFile(join(raw, "pages", "saved.txt"), PAGE);
    const s = await quietBuild({ rawDir: raw, outDir: join(await tempDir(), "out"), cacheDir: await tempDir() });
    assert.equal(s.counts?.articles, 1);
    assert.deepEqual(s.rejected?.map((r) => [r.source_file, r.reason]), [["pages/saved.txt", "markup"]]);
    assert.ok(s.log.some((l) => l.includes("rejected pages/saved.txt: markup: HTML or XML markup, not prose")));
  });
});
