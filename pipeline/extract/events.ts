import type { PersonMention } from "./people.ts";

/**
 * Encounters reported in a sentence: the words that mark a meeting (hội
 * đàm, điện đàm, tiếp, chào xã giao, gặp, Đối thoại, Hội nghị, lễ ký, lễ
 * đón ...), its type and format, and the people taking part: the subject
 * named before the first marker, and the people named after each marker.
 * Plans, invitations and wishes ("sẽ hội đàm", "mời … thăm") are not
 * encounters. Choosing the date and place, and merging the mentions of one
 * meeting, happen later.
 */
export type MeetingType = "talks" | "dialogue" | "call" | "signing" | "conference" | "reception" | "other";
export type MeetingFormat = "in_person" | "online" | "phone";

/** When one row merges several activities, its type is the first of these (codebook). */
export const TYPE_PRECEDENCE: readonly MeetingType[] = ["talks", "dialogue", "call", "signing", "conference", "reception", "other"];

export interface EventMention {
  /** Offsets of the sentence in the text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  /** The marker words, in order (several when one encounter is described by several). */
  readonly triggers: readonly string[];
  readonly type: MeetingType;
  readonly format: MeetingFormat;
  readonly participants: readonly PersonMention[];
}

interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: MeetingType;
}

const L = "(?<!\\p{L})";
const R = "(?!\\p{L})";
/** The marker words of each type (case matters: "Hội nghị" names a conference, "hội nghị" in running text need not). */
const TRIGGER_WORDS: readonly (readonly [MeetingType, readonly string[]])[] = [
  ["call", ["điện đàm", "cuộc gọi"]],
  ["talks", ["hội đàm", "đàm phán"]],
  ["dialogue", ["Đối thoại", "Tham vấn"]],
  ["conference", ["Hội nghị", "Hội thảo", "Diễn đàn"]],
  ["signing", ["lễ ký", "ký kết", "đã ký"]],
  ["reception", ["tiếp xã giao", "chào xã giao", "tiếp kiến", "hội kiến", "gặp gỡ", "lễ đón", "gặp", "tiếp"]],
];
/** "tiếp" receives someone; not tiếp tục, tiếp theo, tiếp xúc, trực tiếp, đón tiếp ... */
const NOT_RECEPTION = `(?! (tục|theo|xúc|nhận|cận|thu|nối|sức|giáp|đó|đến|diễn|tế)${R})(?<!(trực|đón|kế|liên|cuộc|buổi) (tiếp|gặp))`;
const TRIGGERS: readonly (readonly [MeetingType, RegExp])[] = TRIGGER_WORDS.map(([type, words]) => [type, new RegExp(`${L}(${words.join("|")})${type === "reception" ? NOT_RECEPTION : ""}${R}`, "gu")]);
/** Whether a text may hold a marker: a paragraph without any marker word holds no encounter. */
const mayHoldTrigger = (text: string) => TRIGGER_WORDS.some(([, words]) => words.some((w) => text.includes(w)));

/** Words just before a marker that make it a plan, an invitation or a wish. */
const NOT_HAPPENED = new RegExp(`${L}(sẽ|dự kiến|mời|mong muốn|mong|đề nghị|chuẩn bị|hẹn|tổ chức thành công|đánh giá cao|cảm ơn|chúc mừng)(\\s+\\p{L}+){0,2}\\s*[“"]?$`, "u");
/** "mời Bộ trưởng thăm Việt Nam và tham dự Hội nghị ADMM+": an invitation, up to the marker, with no comma or "đã" between. */
const INVITED = new RegExp(`${L}mời(?![^,;]*${L}đã${R})[^,;.]*$`, "u");
/** "được ký kết ngày 15/9/2015": a document signed before, not a signing reported. */
const PASSIVE = new RegExp(`${L}được\\s*$`, "u");
const DATED = /^\s*(vào\s+)?(ngày|tháng|năm|hồi)\s+\d/u;
/** "Trước buổi hội đàm", "Sau lễ đón", "Tại hội đàm", "Kết thúc hội đàm": another encounter spoken of as a time or a setting. */
const SETTING = new RegExp(`${L}(Trước|trước|Sau|sau|Tại|tại|Trong|trong|Kết thúc|kết thúc|Ngay sau|ngay sau|trong khuôn khổ|Trong khuôn khổ|bên lề|Bên lề)\\s+(buổi\\s+|cuộc\\s+|lễ\\s+|các cuộc\\s+|phiên\\s+)?$`, "u");
const ONLINE = new RegExp(`${L}(trực tuyến|video|điểm cầu|truyền hình)${R}`, "u");

/** Sentences of a paragraph: split after . ! ? … before a capital letter. */
export function sentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  const re = /[.!?…]+["”)]?\s+(?=[\p{Lu}"“(])/gu;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: s, end: m.index + m[0].trimEnd().length });
    s = m.index + m[0].length;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/**
 * `keepUnnamed`: also report markers that name nobody ("Sau lễ đón, hai Bộ
 * trưởng tiến hành hội đàm"), which refer back to the encounter before.
 */
export function findEvents(
  text: string,
  regions: readonly { start: number; end: number }[],
  mentions: readonly PersonMention[],
  options: { readonly keepUnnamed?: boolean } = {},
): EventMention[] {
  const events: EventMention[] = [];
  for (const region of regions) {
    if (!mayHoldTrigger(text.slice(region.start, region.end))) continue;
    for (const sent of sentences(text, region.start, region.end)) {
      const sentence = text.slice(sent.start, sent.end);
      // Markers that are another encounter spoken of as a setting ("Trước buổi hội đàm trực tuyến, …") are not
      // this sentence's encounter, and their words say nothing about its format.
      let own = sentence;
      const triggers = findTriggers(sentence).filter((t) => {
        const before = sentence.slice(Math.max(0, t.start - 30), t.start);
        const setting = SETTING.exec(before);
        if (setting) {
          const end = t.end + (/^\s+trực tuyến/u.exec(sentence.slice(t.end))?.[0].length ?? 0);
          const start = t.start - (before.length - setting.index);
          own = own.slice(0, start) + " ".repeat(end - start) + own.slice(end);
          return false;
        }
        if (t.type === "signing" && (PASSIVE.test(before) || DATED.test(sentence.slice(t.end, t.end + 20)))) return false;
        return !NOT_HAPPENED.test(before) && !INVITED.test(sentence.slice(0, t.start));
      });
      if (!triggers.length) continue;
      const people = mentions.filter((m) => m.start >= sent.start && m.end <= sent.end && m.country !== null);
      const subject = people.filter((m) => m.start - sent.start < triggers[0]!.start);
      const format: MeetingFormat = ONLINE.test(own) ? "online" : triggers.some((t) => t.type === "call") ? "phone" : "in_person";

      // One event per marker that names its own counterpart; a marker naming nobody joins the next one ("lễ đón … và hội đàm với X").
      let pending: Trigger[] = [];
      let emitted = false;
      triggers.forEach((t, i) => {
        pending.push(t);
        const until = triggers[i + 1]?.start ?? sentence.length;
        const objects = people.filter((m) => m.start - sent.start >= t.end && m.start - sent.start < until);
        const last = i === triggers.length - 1;
        if (!objects.length && !last) return;
        // A last marker that names nobody after an encounter already read from this sentence adds no encounter of its own.
        if (!objects.length && last && emitted) return;
        const participants = dedupe([...subject, ...objects]);
        if (participants.length || options.keepUnnamed) {
          emitted = true;
          events.push({
            start: sent.start,
            end: sent.end,
            sentence,
            triggers: pending.map((p) => p.text),
            type: firstType(pending.map((p) => p.type)),
            format,
            participants,
          });
        }
        pending = [];
      });
    }
  }
  return events;
}

function findTriggers(sentence: string): Trigger[] {
  if (!mayHoldTrigger(sentence)) return [];
  const found: Trigger[] = [];
  for (const [type, re] of TRIGGERS) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], type });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((t, i) => !found.slice(0, i).some((u) => t.start < u.end && t.end > u.start));
}

function firstType(types: readonly MeetingType[]): MeetingType {
  return TYPE_PRECEDENCE.find((t) => types.includes(t)) ?? "other";
}

function dedupe(people: readonly PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.personId ?? p.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
