import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clauseAround, openingSegment, sentences } from "../pipeline/lang/sentences.ts";

describe("sentences and clauses", () => {
  it("splits a paragraph at sentence ends, not inside abbreviations or dotted dates", () => {
    const p = "Ngày 10.4.2018, hai bên gặp nhau tại TP.HCM. Thượng tướng A phát biểu.Ông B cảm ơn.";
    assert.deepEqual(sentences(p, 0, p.length).map((s) => p.slice(s.start, s.end)), ["Ngày 10.4.2018, hai bên gặp nhau tại TP.HCM.", "Thượng tướng A phát biểu.", "Ông B cảm ơn."]);
  });

  it("takes the clause around a span between its commas", () => {
    const t = "Sau hội đàm, hai bên ký văn bản, rồi họp báo.";
    assert.equal(clauseAround(t, t.indexOf("ký"), t.indexOf("ký") + 2), " hai bên ký văn bản");
  });

  it("reads the segment that opens a sentence up to its comma, within 60 characters and before any semicolon", () => {
    assert.equal(openingSegment("Năm ngoái, hai nước kỷ niệm …"), "Năm ngoái,");
    assert.equal(openingSegment("Trong chuyến công tác tại Osaka hồi tháng 5, đoàn đã …"), "Trong chuyến công tác tại Osaka hồi tháng 5,");
    assert.equal(openingSegment("Hai bên đã trao đổi về tình hình khu vực và quốc tế cùng nhiều vấn đề khác, rồi …"), null);
    assert.equal(openingSegment("Hai bên gặp nhau; sau đó, …"), null);
    assert.equal(openingSegment("Không có dấu phẩy nào"), null);
    // A timeline heads an entry with its time and a colon; a colon inside a clock time ends nothing.
    assert.equal(openingSegment("Tháng 3/2016: Hai Bộ ký …"), "Tháng 3/2016:");
    assert.equal(openingSegment("Tháng 3/2016:"), "Tháng 3/2016:");
    assert.equal(openingSegment("Lúc 15:30 chiều nay, hai bên …"), "Lúc 15:30 chiều nay,");
  });
});
