import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { leadsDelegation } from "../pipeline/extract/delegation.ts";
import { findPersonMentions } from "../pipeline/extract/people.ts";
import type { Grammar } from "../pipeline/lang/lexicon.ts";
import type { Registry } from "../pipeline/registry/index.ts";
import { repoKnowledge } from "./helpers.ts";

let registry: Registry;
let grammar: Grammar;
before(async () => {
  ({ registry, grammar } = await repoKnowledge());
});

/** The people a one-sentence text names, each with whether it tells them leading a delegation. */
const heads = (sentence: string) => {
  const mentions = findPersonMentions(sentence, registry, grammar);
  return mentions.map((m) => `${m.name}: ${leadsDelegation(sentence, 0, m, mentions, grammar)}`);
};

describe("leadsDelegation", () => {
  it("reads each person of a sentence on their own: the one the leading word names, not the host beside them", () => {
    assert.deepEqual(heads("Thượng tướng Hoàng Xuân Chiến đã tiếp đoàn đại biểu Nhật Bản do Đại tướng Yoshida Yoshihide dẫn đầu."), ["Hoàng Xuân Chiến: false", "Yoshida Yoshihide: true"]);
    // A post in apposition between the name and the leading word.
    assert.deepEqual(heads("Đoàn công tác do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, làm trưởng đoàn đã đến Tokyo."), ["Hoàng Xuân Chiến: true"]);
    // Two delegations in one sentence, each with its head, told by a third person.
    assert.deepEqual(
      heads("Đại tướng Phan Văn Giang hoan nghênh đoàn Việt Nam do Thượng tướng Nguyễn Tân Cương làm trưởng đoàn và đoàn Nhật Bản do Đại tướng Yoshida Yoshihide dẫn đầu."),
      ["Phan Văn Giang: false", "Nguyễn Tân Cương: true", "Yoshida Yoshihide: true"],
    );
  });

  it("a leader named after the leading word: the noun 'trưởng đoàn' before the name, a verb only with 'là' or a colon", () => {
    assert.deepEqual(heads("Trưởng đoàn Nhật Bản là Đại tướng Yoshida Yoshihide."), ["Yoshida Yoshihide: true"]);
    assert.deepEqual(heads("Dẫn đầu đoàn Nhật Bản là Đại tướng Yoshida Yoshihide."), ["Yoshida Yoshihide: true"]);
    // The verb with a marker between names the guest of someone's delegation, not its leader.
    assert.deepEqual(heads("Đoàn do Thượng tướng Hoàng Xuân Chiến dẫn đầu đã hội kiến Đại tướng Yoshida Yoshihide."), ["Hoàng Xuân Chiến: true", "Yoshida Yoshihide: false"]);
    // "… dẫn đầu là B": the verb names B, not the person before it.
    assert.deepEqual(heads("Thượng tướng Hoàng Xuân Chiến tiếp đoàn Nhật Bản, dẫn đầu là Đại tướng Yoshida Yoshihide."), ["Hoàng Xuân Chiến: false", "Yoshida Yoshihide: true"]);
  });
});

describe("grammar.delegationOf", () => {
  it("reads a side's delegation, not a unit whose name ends in 'đoàn' (a division, a wing, a flotilla of a service)", () => {
    assert.equal(grammar.delegationOf.JP.test("đoàn sĩ quan trẻ của Lực lượng Phòng vệ Nhật Bản"), true);
    assert.equal(grammar.delegationOf.VN.test("Đoàn cán bộ Học viện Quốc phòng Việt Nam"), true);
    for (const unit of ["Chỉ huy trưởng Không đoàn 5, Lực lượng Phòng vệ Trên không Nhật Bản", "Lữ đoàn 162 Hải quân Việt Nam", "Binh đoàn 15 của Việt Nam"]) {
      assert.equal(grammar.delegationOf.JP.test(unit) || grammar.delegationOf.VN.test(unit) || grammar.delegation.test(unit), false, unit);
    }
  });
});
