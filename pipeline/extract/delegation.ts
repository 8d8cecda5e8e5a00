/**
 * Who leads a delegation, read per person: "Đoàn … do Thượng tướng A, Tổng Tham mưu trưởng, làm trưởng đoàn", "A dẫn
 * đầu đoàn …", "Trưởng đoàn Nhật Bản là Đô đốc B", "Dẫn đầu đoàn là ông B". A sentence that tells one person leading
 * names others too (the host who receives the delegation, the other side's head): each is asked on their own.
 */
import type { Grammar } from "../lang/lexicon.ts";
import { allMatches } from "../lang/matches.ts";
import { keyOf, type PersonMention } from "./people.ts";

/** "là", ":" or a comma before the person a leading word names ("dẫn đầu là ông B", "Trưởng đoàn: B", "Trưởng đoàn, Đô đốc B"). */
const NAMES_AFTER = /(?:^|[^\p{L}])(?:là|[:,])(?![\p{L}])/u;
/** "là" opening the words. (A module constant: written in a function, an expression with \p{…} is made anew on every call.) */
const IS_NEXT = /^\s*là(?![\p{L}])/u;
/** How far before a person a leading word that names them may stand ("Trưởng đoàn phía Nhật Bản là Chuẩn Đô đốc B"). */
const BEFORE_REACH = 60;

/**
 * Whether `m`, named in `sentence` (which starts at `offset` in the text the mentions' offsets count in), leads a
 * delegation: the first leading word after them, with no one else named between and not naming someone after it ("…
 * dẫn đầu là B"); or a leading word before them that names them (`namedAsLeader`).
 */
export function leadsDelegation(sentence: string, offset: number, m: PersonMention, mentions: readonly PersonMention[], grammar: Grammar): boolean {
  const end = m.end - offset;
  const words = allMatches(grammar.leadingWord, sentence);
  const othersBetween = (from: number, to: number) => mentions.some((o) => o.start - offset >= from && o.end - offset <= to && keyOf(o) !== keyOf(m));
  const after = words.find((w) => w.index >= end);
  if (after && !othersBetween(end, after.index) && !IS_NEXT.test(sentence.slice(after.index + after[0].length))) return true;
  return namedAsLeader(sentence, offset, m, mentions, grammar, words);
}

/**
 * Whether `m` is named as the one a leading word before them names ("Trưởng đoàn là Đại tá B", "Người dẫn đầu đoàn tàu
 * là B", "Dẫn đầu đoàn: B"): no one else and no marker between, and the noun "trưởng đoàn" or any leading word with "là",
 * ":" or a comma before the person. The sentence tells who heads the delegation, not what its head went to do.
 */
export function namedAsLeader(sentence: string, offset: number, m: PersonMention, mentions: readonly PersonMention[], grammar: Grammar, words = allMatches(grammar.leadingWord, sentence)): boolean {
  const at = m.start - offset;
  const othersBetween = (from: number, to: number) => mentions.some((o) => o.start - offset >= from && o.end - offset <= to && keyOf(o) !== keyOf(m));
  const before = words.filter((w) => w.index + w[0].length <= at).at(-1);
  if (!before) return false;
  const from = before.index + before[0].length;
  const between = sentence.slice(from, at);
  if (at - from > BEFORE_REACH || othersBetween(from, at) || grammar.markerWords.anyIn(between)) return false;
  return grammar.leadingNoun.test(before[0]) || NAMES_AFTER.test(between);
}
