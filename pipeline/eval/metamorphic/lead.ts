/**
 * A lead that names both sides in one sentence, split into one sentence per
 * side and a third that reports the meeting:
 *
 *   "Chiều 3/6, Thượng tướng A, Bộ trưởng …, đã hội đàm trực tuyến với Bộ trưởng … B."
 *   → "Đoàn Việt Nam do Thượng tướng A, Bộ trưởng … dẫn đầu. Phía Nhật Bản có
 *      Bộ trưởng … B. Chiều 3/6, hai bên đã hội đàm trực tuyến."
 *
 * Talks and calls keep their verb; a reception (tiếp, chào xã giao, gặp,
 * hội kiến) names each side with "Phía … có …" and becomes "hai bên đã hội
 * kiến", a reception in the lexicon whichever side hosts.
 *
 * Only where the pattern is clear: one meeting verb with the subject (one
 * side) before it and the object (the other side) right after it; before the
 * subject nothing but an outlet prefix and adverbials (a date, "tại …",
 * "trong khuôn khổ …"); after the subject's name nothing but its posts set
 * off by commas; after the object's name nothing but appositive posts
 * (", Bộ trưởng …") before the rest ("tại …", ", nhân dịp …", "."). The
 * people are located by their names, which the caller gives (the gold).
 */
import type { Rewrite } from "./dates.ts";

export interface Side {
  readonly country: string;
  /** The spellings the person may be written with. */
  readonly forms: readonly string[];
}

/** The people of one meeting. */
export type MeetingSides = readonly Side[];

const COUNTRY: Record<string, string> = { VN: "Việt Nam", JP: "Nhật Bản" };

const VERB =
  /(?:\s+đã)?(?:\s+(?:đến|có cuộc|có buổi|chủ trì lễ đón và))?\s+(hội đàm|điện đàm|hội kiến|tiếp xã giao|chào xã giao|tiếp|gặp)(?:\s+(trực tuyến|qua điện thoại))?(?:\s+với)?\s+(?=(?:ông|bà|ngài|Ngài)\s|\p{Lu})/u;
const OUTLET = /^(?:[^\s,]+(?:\s[^\s,]+){0,2}|[^-–,]{0,40}\([^)]{1,30}\))\s[-–]\s/u;
const ADVERBIAL =
  /^(?:(?:cũng\s+)?(?:trong\s+)?(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|tại|ở|trong|nhân|nhận lời|theo|ngay|vào|sau|trước|tiếp đó|cùng ngày)(?![\p{L}])|\d|\()/iu;
const POST =
  /^,\s+((?:Ủy viên|Bộ trưởng|Thứ trưởng|Đại sứ|Tổng|Tham mưu|Tư lệnh|Chủ tịch|Cục trưởng|Phó|Trưởng|Giám đốc|Vụ trưởng|Thủ tướng|Chánh)[^,]*?)(?=,|\s+(?:nhân dịp|trong khuôn khổ|theo lời mời)\s|[.;:!?]?$)/u;

/** The sentences of a paragraph: a break after . ! ? before a capital. */
export function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
}

function firstForm(text: string, side: Side): { at: number; form: string } | null {
  let best: { at: number; form: string } | null = null;
  for (const form of side.forms) {
    const at = text.indexOf(form);
    if (at >= 0 && (!best || at < best.at || (at === best.at && form.length > best.form.length))) best = { at, form };
  }
  return best;
}

const mentions = (text: string, side: Side) => side.forms.some((f) => text.includes(f));

/** The sentence split, or a reason why it is not. */
export function splitSentence(sentence: string, meetings: readonly MeetingSides[]): { text: string } | { skip: string } {
  const v = VERB.exec(sentence);
  if (!v) return { skip: "no meeting verb followed by a person" };
  const left = sentence.slice(0, v.index);
  const right = sentence.slice(v.index + v[0].length);
  const firstComma = right.search(/,/);
  for (const people of meetings) {
    for (const subj of people) {
      const s = firstForm(left, subj);
      if (!s) continue;
      for (const obj of people) {
        if (obj.country === subj.country || !COUNTRY[obj.country] || !COUNTRY[subj.country]) continue;
        const o = firstForm(right, obj);
        if (!o || (firstComma >= 0 && o.at > firstComma)) continue;
        if (people.some((p) => p.country === obj.country && mentions(left, p))) return { skip: "both sides before the verb" };
        // the object: up to the name, then appositive posts
        let end = o.at + o.form.length;
        for (let post = POST.exec(right.slice(end)); post; post = POST.exec(right.slice(end))) end += post[0].length;
        const object = right.slice(0, end);
        const rest = right.slice(end);
        if (/\svà\s/u.test(object) || /^\s*và\s/u.test(rest)) return { skip: "several people after the verb" };
        if (rest && !/^(?:[,.;:!?]|\s+(?:tại|ở|nhân|về|trong|theo|sau|trước|vào)\s)/u.test(rest)) return { skip: "the object does not end where the pattern expects" };
        // before the subject: an outlet prefix, then adverbial segments
        const outlet = OUTLET.exec(left)?.[0] ?? "";
        const body = left.slice(outlet.length);
        const at = s.at - outlet.length;
        if (at < 0) return { skip: "the subject's name is in the outlet prefix" };
        const cut = body.slice(0, at).lastIndexOf(", ");
        const pre = cut >= 0 ? body.slice(0, cut) : "";
        const subject = (cut >= 0 ? body.slice(cut + 2) : body).replace(/[\s,]+$/u, "");
        // the subject is the name with its posts: after the name, nothing but posts set off by commas
        const afterName = subject.slice(subject.indexOf(s.form) + s.form.length);
        if (!/^(?:,\s+\p{Lu}[^,]*)*$/u.test(afterName)) return { skip: "the subject holds more than a name and its posts" };
        if (pre && !pre.split(/,\s+/).every((seg) => ADVERBIAL.test(seg))) return { skip: "words before the subject that are not adverbials" };
        const mutual = v[1] === "hội đàm" || v[1] === "điện đàm";
        const verb = mutual ? v[1] : "hội kiến";
        const how = v[2] ? ` ${v[2]}` : "";
        const meet = pre ? `${pre}, hai bên đã ${verb}${how}` : `Hai bên đã ${verb}${how}`;
        const close = /[.!?]$/.test(rest) ? "" : ".";
        return {
          // talks and calls: the subject leads a delegation; a reception: each side is named as such
          text: `${outlet}${mutual ? `Đoàn ${COUNTRY[subj.country]} do ${subject} dẫn đầu` : `Phía ${COUNTRY[subj.country]} có ${subject}`}. Phía ${COUNTRY[obj.country]} có ${object}. ${meet}${rest}${close}`,
        };
      }
    }
  }
  return { skip: "no sentence naming both sides of one meeting around the verb" };
}

/** The first sentence of the first `paragraphs` prose paragraphs that can be split, split. */
export function splitLead(lines: readonly string[], prose: readonly number[], meetings: readonly MeetingSides[]): Rewrite & { skip?: string } {
  // the first specific reason a sentence naming both sides could not be split, else a generic one
  let why: string | null = null;
  for (const i of prose.slice(0, 3)) {
    const parts = sentences(lines[i]!);
    for (let k = 0; k < parts.length; k++) {
      const r = splitSentence(parts[k]!, meetings);
      if ("skip" in r) {
        if (why === null && !r.skip.startsWith("no ")) why = r.skip;
        continue;
      }
      const out = [...lines];
      out[i] = [...parts.slice(0, k), r.text, ...parts.slice(k + 1)].join(" ");
      return { text: out.join("\n"), changes: [`${abbrev(parts[k]!)} → ${abbrev(r.text)}`] };
    }
  }
  return { text: lines.join("\n"), changes: [], skip: why ?? "no lead sentence naming both sides of one meeting around a meeting verb" };
}

function abbrev(s: string): string {
  return s.length > 140 ? `${s.slice(0, 70)} … ${s.slice(-60)}` : s;
}
