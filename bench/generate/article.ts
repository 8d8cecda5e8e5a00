/**
 * The content of one synthetic article, independent of the outlet that
 * prints it: publication date, meetings (people from the registry, holding
 * office on the meeting date), headline, sapo and body paragraphs. A pure
 * function of (registry, seed, index), so a reprint can rebuild its
 * original without keeping it in memory.
 */
import type { Registry } from "../../pipeline/registry/index.ts";
import { addDays, dayMonth, dayMonthYear, fromDays, iso, pad, toDays, type Ymd } from "./dates.ts";
import { displayName, fullMention, pairOn, pickScenario, shortMention, shortTitle, type NameStyle, type Pairing } from "./people.ts";
import { deriveSeed, Rng } from "./prng.ts";
import { expand, type Slots } from "./template.ts";
import * as V from "./vocab.ts";

export interface Meeting {
  readonly pairing: Pairing;
  readonly date: Ymd;
}

export interface Para {
  readonly kind: "body" | "caption";
  readonly text: string;
}

export interface ArticleModel {
  readonly index: number;
  /** Publication date and time ("HH:MM"). */
  readonly pub: Ymd;
  readonly time: string;
  readonly style: NameStyle;
  readonly meetings: readonly Meeting[];
  readonly headline: string;
  /** Summary line printed under the headline by some outlets. */
  readonly sapo: string;
  /** Lead first; captions among the body paragraphs. */
  readonly paragraphs: readonly Para[];
  /** Index into OUTLETS of the outlet that first printed it. */
  readonly outlet: number;
  readonly byline: string;
}

/** First and last publication day of the corpus. */
const FIRST_DAY = toDays({ y: 2008, m: 1, d: 1 });
const LAST_DAY = toDays({ y: 2025, m: 6, d: 30 });
const SALT_ARTICLE = 0xa271c1e;

export function buildArticle(registry: Registry, seed: number, index: number, outletCount: number): ArticleModel {
  const rng = new Rng(deriveSeed(seed, index, SALT_ARTICLE));
  const style: NameStyle = { jpGivenFirst: rng.chance(0.35) };

  // The main meeting: a scenario whose offices are all held on the date.
  let main: Meeting | null = null;
  while (!main) {
    const date = fromDays(rng.int(FIRST_DAY, LAST_DAY));
    for (let tries = 0; tries < 8 && !main; tries++) {
      const pairing = pairOn(registry, pickScenario(rng), iso(date), rng);
      if (pairing) main = { pairing, date };
    }
  }
  const pub = addDays(main.date, rng.weighted([[0, 65], [1, 30], [2, 5]] as const));
  const meetings: Meeting[] = [main];
  const extra = rng.weighted([[0, 55], [1, 35], [2, 10]] as const);
  for (let k = 0; k < extra; k++) {
    const date = addDays(main.date, -rng.weighted([[0, 60], [1, 30], [2, 10]] as const));
    for (let tries = 0; tries < 6; tries++) {
      const pairing = pairOn(registry, pickScenario(rng, main.pairing), iso(date), rng);
      if (pairing && !meetings.some((m) => m.pairing.vn.person === pairing.vn.person && m.pairing.jp.person === pairing.jp.person)) {
        meetings.push({ pairing, date });
        break;
      }
    }
  }

  const slotsOf = meetings.map((m) => meetingSlots(m, pub, style, rng));
  const mainSlots = slotsOf[0]!;
  const used = new Set<number>();
  const sentence = (slots: Slots): string => {
    let i = rng.int(0, V.SENTENCES.length - 1);
    while (used.has(i) && used.size < V.SENTENCES.length) i = (i + 1) % V.SENTENCES.length;
    used.add(i);
    return capitalise(expand(V.SENTENCES[i]!, rng, slots));
  };
  const paragraph = (slots: Slots): string => {
    const n = rng.weighted([[1, 45], [2, 40], [3, 15]] as const);
    return Array.from({ length: n }, () => sentence(slots)).join(" ");
  };

  // Body: the main meeting's lead and sentences, then each further meeting, until the size budget is spent.
  const budget = rng.int(1900, 4000);
  const paragraphs: Para[] = [{ kind: "body", text: expand(rng.pick(V.LEADS[main.pairing.format]!), rng, mainSlots) }];
  let bytes = utf8Length(paragraphs[0]!.text);
  const followUps: Para[][] = meetings.slice(1).map((_, k) => {
    const slots = slotsOf[k + 1]!;
    const out: Para[] = [{ kind: "body", text: expand(rng.pick(V.FOLLOW_UPS), rng, slots) }];
    for (let j = rng.int(0, 2); j > 0; j--) out.push({ kind: "body", text: paragraph(slots) });
    return out;
  });
  const reserved = followUps.flat().reduce((n, p) => n + utf8Length(p.text), 0);
  let captions = rng.weighted([[0, 35], [1, 45], [2, 20]] as const);
  while (bytes + reserved < budget && used.size < V.SENTENCES.length) {
    const p: Para = captions > 0 && rng.chance(0.3) ? { kind: "caption", text: expand(rng.pick(V.CAPTIONS), rng, mainSlots) } : { kind: "body", text: paragraph(mainSlots) };
    if (p.kind === "caption") captions--;
    paragraphs.push(p);
    bytes += utf8Length(p.text);
  }
  for (const f of followUps) paragraphs.splice(rng.int(Math.min(2, paragraphs.length), paragraphs.length), 0, ...f);
  // A copy-paste slip now and then: one paragraph printed twice.
  if (paragraphs.length > 3 && rng.chance(0.03)) paragraphs.push(paragraphs[rng.int(1, paragraphs.length - 1)]!);

  const headline =
    main.pairing.format === "dialogue" && rng.chance(0.7) ? expand(rng.pick(V.DIALOGUE_HEADLINES), rng, mainSlots) : expand(rng.pick(V.HEADLINES), rng, mainSlots);
  return {
    index,
    pub,
    time: `${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}`,
    style,
    meetings,
    headline: capitalise(headline),
    sapo: expand(rng.pick(V.SAPOS), rng, mainSlots),
    paragraphs,
    outlet: rng.int(0, outletCount - 1),
    byline: bylineName(rng),
  };
}

export function bylineName(rng: Rng): string {
  const given = `${rng.pick(V.BYLINE_FIRST)} ${rng.pick(V.BYLINE_LAST)}`;
  return rng.chance(0.2) ? `${rng.pick(V.BYLINE_FAMILY)} ${given}` : given;
}

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** The slot values of meeting `k` of an article (see vocab.ts), drawing from `rng`. */
export function slotsFor(model: ArticleModel, k: number, rng: Rng): Slots {
  return meetingSlots(model.meetings[k]!, model.pub, model.style, rng);
}

/** The slot values of one meeting (see vocab.ts); each call draws afresh. */
function meetingSlots(m: Meeting, pub: Ymd, style: NameStyle, rng: Rng): Slots {
  const { vn, jp, format, scenario } = m.pairing;
  const year = pub.y;
  const dialogueNo = Math.max(1, year - 2012);
  const pick = (list: readonly string[]) => () => rng.pick(list);
  const topics = () => {
    const t = rng.sample(V.TOPICS, rng.int(2, 4));
    return t.length > 2 && rng.chance(0.5) ? t.join(", ") : `${t.slice(0, -1).join(", ")} và ${t[t.length - 1]}`;
  };
  const place = () => {
    if (scenario.host === "online") return rng.pick(V.PLACES_ONLINE);
    if (scenario.host === "JP") return rng.pick(V.PLACES_JP);
    if (scenario.host === "third") return rng.pick(V.PLACES_THIRD);
    return rng.pick(V.PLACES_VN);
  };
  const when = () => {
    const part = rng.weighted([["Chiều", 35], ["Sáng", 30], ["Ngày", 25], ["Tối", 5], ["Trưa", 5]] as const);
    return `${part} ${rng.chance(0.15) ? dayMonthYear(m.date) : dayMonth(m.date)}`;
  };
  const meetingNoun = pick(V.MEETING_NOUNS[format]!);
  return {
    A: () => shortMention(vn, style, rng),
    B: () => shortMention(jp, style, rng),
    AF: () => fullMention(vn, style, rng),
    BF: () => fullMention(jp, style, rng),
    AN: () => displayName(vn.person, style),
    BN: () => displayName(jp.person, style),
    AS: () => shortTitle(vn),
    BS: () => shortTitle(jp),
    AR: () => vn.rank ?? shortTitle(vn),
    VERB: pick(V.VERBS[format]!),
    HV: pick(V.HEADLINE_VERBS[format]!),
    MEETP: meetingNoun,
    MEETC: () => capitalise(meetingNoun()),
    MEETPREV: () =>
      rng.pick([
        `Đối thoại lần thứ ${Math.max(1, dialogueNo - 1)}`,
        `chuyến thăm Nhật Bản của Thủ tướng năm ${year - 1}`,
        `cuộc gặp bên lề ${rng.pick(V.FORUMS)} năm ${year - 1}`,
        `lần gặp gần nhất`,
      ]),
    WHEN: when,
    WHENL: () => {
      const w = when();
      return w[0]!.toLowerCase() + w.slice(1);
    },
    PLACE: place,
    DM: () => dayMonth(m.date),
    T: topics,
    T1: pick(V.TOPICS),
    EV: pick(V.FORUMS),
    DOC: pick(V.DOCUMENTS),
    DOC2: pick(V.DOCUMENTS),
    N: () => String(format === "dialogue" ? dialogueNo : rng.int(2, 12)),
    YR: () => String(year),
    YY: () => String(year - 1),
    ANNIV: () => String(year - 1973),
    PARTNER: () => partnership(pub),
    JPORG: pick(["Lực lượng Phòng vệ Nhật Bản", "Lực lượng Phòng vệ Biển Nhật Bản", "Lực lượng Phòng vệ Mặt đất Nhật Bản", "Bộ Quốc phòng Nhật Bản"]),
    BASE: pick(V.BASES),
    SHIP: pick(V.SHIPS),
    PORT: pick(V.PORTS),
    CITY: pick(V.CITIES),
    MONTH: () => String(rng.int(1, 12)),
    MIN: () => String(rng.int(3, 9) * 10),
    CREDIT: pick(V.PHOTO_CREDITS),
  };
}

/** The name of the Vietnam–Japan partnership on a date. */
function partnership(d: Ymd): string {
  const t = iso(d);
  if (t < "2009-04-20") return "quan hệ đối tác tin cậy, ổn định lâu dài";
  if (t < "2014-03-18") return "quan hệ Đối tác chiến lược";
  if (t < "2023-11-27") return "quan hệ Đối tác chiến lược sâu rộng vì hòa bình và thịnh vượng ở châu Á";
  return "quan hệ Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng ở châu Á và trên thế giới";
}

