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
    pattern: /Phòng vệ Đại thần/g,
    replacement: "Bộ trưởng Bộ Quốc phòng",
    evidence: "防衛大臣 is Japan's Minister of Defense",
    when: () => true,
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
