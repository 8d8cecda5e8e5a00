/**
 * Title, party and side terms that machine translation from Chinese gets
 * wrong, each with the condition under which the replacement is right.
 * Applied only to articles detected as machine-translated.
 */
export interface TermRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly replacement: string;
  /** Why the replacement is right; goes into the fix's evidence. */
  readonly evidence: string;
  /** The replacement applies only when the whole article satisfies this. */
  readonly when: (article: string) => boolean;
}

const aboutVietnam = (t: string) => /Việt Nam/.test(t);
const partyContext = (t: string) => /Đảng Cộng sản|Ủy ban Trung ương|Trung ương Đảng|\bCPC\b/.test(t);
const vietnamJapan = (t: string) => /Việt Nam/.test(t) && /Nhật Bản|Nhật\b/.test(t);

export const GLOSSARY: readonly TermRule[] = [
  {
    id: "term:general-secretary",
    pattern: /Tổng [Tt]hư ký/g,
    replacement: "Tổng Bí thư",
    evidence: "总书记 of the Communist Party of Vietnam is Tổng Bí thư; 'Tổng thư ký' is the UN-style secretary-general",
    when: (t) => aboutVietnam(t) && partyContext(t),
  },
  {
    id: "term:party",
    pattern: /\bCPC\b/g,
    replacement: "Đảng Cộng sản Việt Nam",
    evidence: "the party of a Vietnamese Central Committee is the Communist Party of Vietnam, not of China",
    when: (t) => aboutVietnam(t) && /Ủy ban Trung ương|Trung ương/.test(t),
  },
  {
    id: "term:sides",
    pattern: /Trung\s?-\s?Nhật(?: Bản)?/g,
    replacement: "Việt - Nhật",
    evidence: "中 in 中日 was carried over from Chinese copy; the article is about Vietnam and Japan",
    when: vietnamJapan,
  },
  {
    id: "term:japan-defence-minister",
    pattern: /Phòng vệ [Đđ]ại thần|Đại thần Phòng vệ/g,
    replacement: "Bộ trưởng Bộ Quốc phòng",
    evidence: "防衛大臣 is Japan's Minister of Defense",
    when: () => true,
  },
  // A ministry's head in Chinese order, the ministry (with its "Bộ" or not) before the title (公安部长, 外交部长). (Not
  // 国防部长, "Quốc phòng bộ trưởng": in the one such article of the corpora the rest of the sentence stays in Chinese
  // order, and the title put right runs on, past the name after it, into the next person's post.)
  {
    id: "term:public-security-minister-chinese-order",
    pattern: /(?:Bộ )?Công an bộ trưởng/g,
    replacement: "Bộ trưởng Bộ Công an",
    evidence: "公安部长 rendered word for word, the ministry before the title",
    when: aboutVietnam,
  },
  {
    id: "term:foreign-minister-chinese-order",
    pattern: /(?:Bộ )?Ngoại giao bộ trưởng/g,
    replacement: "Bộ trưởng Bộ Ngoại giao",
    evidence: "外交部长 rendered word for word, the ministry before the title",
    when: aboutVietnam,
  },
  {
    id: "term:defence-minister-order",
    pattern: /Bộ Quốc phòng Quốc gia bộ trưởng/g,
    replacement: "Bộ trưởng Bộ Quốc phòng",
    evidence: "国防部长 rendered word for word",
    when: aboutVietnam,
  },
  {
    id: "term:cmc-deputy-secretary",
    pattern: /Quân ủy phó thư ký/g,
    replacement: "Phó Bí thư Quân ủy Trung ương",
    evidence: "中央军委副书记 of Vietnam is Phó Bí thư Quân ủy Trung ương",
    when: aboutVietnam,
  },
  {
    id: "term:memorandum",
    pattern: /bị vong lục/g,
    replacement: "bản ghi nhớ",
    evidence: "备忘录 (memorandum) read in Sino-Vietnamese",
    when: () => true,
  },
];
