import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { yearsNamedByFacts } from "../pipeline/extract/year-facts.ts";
import type { Knowledge } from "../pipeline/reference/knowledge.ts";
import { repoKnowledge } from "./helpers.ts";

let knowledge: Knowledge;
before(async () => {
  knowledge = await repoKnowledge();
});
const years = (text: string) => yearsNamedByFacts(text, knowledge.yearFacts, knowledge.grammar);

describe("years named by dated facts", () => {
  it("reads an anniversary of a founding, with words between the count and the founding", () => {
    assert.deepEqual(years("Năm nay hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao."), [2018]);
    assert.deepEqual(years("Nhân dịp 70 năm ngày thành lập Lực lượng Phòng vệ, đoàn sang thăm."), [2024]);
    assert.deepEqual(years("Hướng tới 80 năm Ngày thành lập Quân đội nhân dân Việt Nam"), [2024]);
    // The longer partnership is not the shorter one: ten years of the extensive strategic partnership is 2024.
    assert.deepEqual(years("dịp kỷ niệm 10 năm quan hệ Đối tác chiến lược sâu rộng"), [2024]);
    assert.deepEqual(years("50 năm quan hệ hữu nghị và hợp tác ASEAN – Nhật Bản"), [2023]);
  });

  it("reads an anniversary held last year as naming the year after it", () => {
    assert.deepEqual(years("Năm ngoái, hai nước đã tổ chức nhiều hoạt động kỷ niệm 45 năm thiết lập quan hệ ngoại giao."), [2019]);
    assert.deepEqual(years("Ông nhắc lại rằng năm trước hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."), [2024]);
    // Only in its own clause: a past year told in another clause does not move it.
    assert.deepEqual(years("Năm ngoái ông sang Tokyo, năm nay hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."), [2023]);
  });

  it("reads a machine translation's anniversary, counted in 'chu niên' and written before or after the founding", () => {
    assert.deepEqual(years("Năm nay là Việt Nhật kiến giao 45 chu niên, song phương nhất trí."), [2018]);
    assert.deepEqual(years("nhân dịp hai nước kiến lập ngoại giao quan hệ 50 chu niên"), [2023]);
    assert.deepEqual(years("chào mừng 40 chu niên kiến giao"), [2013]);
  });

  it("does not read a count of years that is no anniversary", () => {
    assert.deepEqual(years("Ông có 35 năm công tác trong Quân đội nhân dân Việt Nam."), []);
    assert.deepEqual(years("Năm 2019, hai bên ký kết văn kiện."), []);
  });

  it("does not read an approximate count as an anniversary: 'hơn', 'gần', 'khoảng' before the number", () => {
    for (const word of ["hơn", "gần", "khoảng", "Sau hơn"]) {
      assert.deepEqual(years(`${word} 45 năm thiết lập quan hệ ngoại giao, hai nước là đối tác tin cậy.`), [], word);
    }
    assert.deepEqual(years("trên 45 chu niên kiến giao"), []);
    // The exact count still names its year.
    assert.deepEqual(years("Sau 45 năm thiết lập quan hệ ngoại giao, hai nước là đối tác tin cậy."), [2018]);
  });

  it("reads a role held in known years, the year before when it is still to come, nothing when it is past", () => {
    assert.deepEqual(years("Năm nay Việt Nam đảm nhận vai trò Chủ tịch ASEAN, hai bên nhất trí phối hợp."), [2010, 2020]);
    assert.deepEqual(years("Việt Nam sẽ đảm nhận vai trò Chủ tịch ASEAN, Nhật Bản ủng hộ."), [2009, 2019]);
    assert.deepEqual(years("Việt Nam đã từng là Chủ tịch ASEAN."), []);
    // The role must be the country's named in the clause.
    assert.deepEqual(years("Thái Lan là Chủ tịch ASEAN."), []);
    assert.deepEqual(years("Nhật Bản là Chủ tịch G7 năm nay."), [2008, 2016, 2023]);
    assert.deepEqual(years("Việt Nam đảm nhận vai trò Chủ tịch ASEAN sắp tới, hai bên trao đổi."), [2009, 2019]);
    // With no word placing it in time the role names no year.
    assert.deepEqual(years("Nhật Bản ủng hộ Việt Nam làm Chủ tịch ASEAN."), []);
  });
});
