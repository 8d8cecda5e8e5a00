/**
 * The three kinds of file in the corpus, from one article model:
 *
 * - original: printed by its own outlet;
 * - reprint: printed by another outlet, with small edits (other date line,
 *   byline and furniture, a paragraph more or less, a few words changed,
 *   captions dropped, sometimes a "Theo …" credit);
 * - garbled: a machine translation back from a Chinese wire story: names as
 *   pinyin spellings of the registry's `name_zh ?? name_han`, titles and
 *   word order calqued, dates as "ngày 03 tháng 6", no captions.
 */
import type { Person } from "../../pipeline/registry/index.ts";
import { pinyinSpellings } from "../../pipeline/translate/index.ts";
import { slotsFor, type ArticleModel, type Para } from "./article.ts";
import { addDays, iso, pad } from "./dates.ts";
import { OUTLETS, type Edition } from "./outlets.ts";
import { displayName } from "./people.ts";
import type { Rng } from "./prng.ts";
import { expand } from "./template.ts";
import * as V from "./vocab.ts";

export function originalEdition(model: ArticleModel): Edition {
  return { headline: model.headline, sapo: model.sapo, paragraphs: model.paragraphs, pub: model.pub, time: model.time, byline: model.byline, outlet: model.outlet, credit: null };
}

export function renderEdition(e: Edition, rng: Rng): string {
  return OUTLETS[e.outlet]!.render(e, rng);
}

export function reprintEdition(model: ArticleModel, rng: Rng, byline: string): Edition {
  let outlet = rng.int(0, OUTLETS.length - 2);
  if (outlet >= model.outlet) outlet++;
  let paragraphs: Para[] = rng.chance(0.5) ? model.paragraphs.filter((p) => p.kind !== "caption") : [...model.paragraphs];
  const bodyAt = paragraphs.flatMap((p, i) => (p.kind === "body" && i > 0 ? [i] : []));
  if (bodyAt.length >= 3 && rng.chance(0.35)) paragraphs.splice(rng.pick(bodyAt), 1);
  if (rng.chance(0.3)) {
    const extra = expand(rng.pick(V.EXTRA_SENTENCES), rng, slotsFor(model, 0, rng));
    paragraphs.splice(rng.int(1, paragraphs.length), 0, { kind: "body", text: extra });
  }
  for (let k = rng.int(0, 3); k > 0; k--) paragraphs = editOnce(paragraphs, rng);
  const headline = rng.chance(0.25) ? retitle(model.headline, rng) : model.headline;
  const original = OUTLETS[model.outlet]!;
  return {
    headline,
    sapo: model.sapo,
    paragraphs,
    pub: addDays(model.pub, rng.weighted([[0, 60], [1, 35], [2, 5]] as const)),
    time: `${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}`,
    byline,
    outlet,
    credit: rng.chance(0.25) ? `Theo ${original.name}` : null,
  };
}

/** One synonym substitution in one paragraph that has the word. */
function editOnce(paragraphs: Para[], rng: Rng): Para[] {
  const [from, to] = rng.pick(V.EDITS);
  const candidates = paragraphs.flatMap((p, i) => (p.text.includes(from) ? [i] : []));
  if (candidates.length === 0) return paragraphs;
  const i = rng.pick(candidates);
  const out = [...paragraphs];
  out[i] = { ...out[i]!, text: out[i]!.text.replace(from, to) };
  return out;
}

function retitle(headline: string, rng: Rng): string {
  for (const [from, to] of V.EDITS) if (headline.includes(from) && rng.chance(0.5)) return headline.replace(from, to);
  return rng.chance(0.5) ? `Việt Nam - Nhật Bản: ${headline[0]!.toLowerCase()}${headline.slice(1)}` : headline;
}

/** Pinyin spellings per person_id (pinyin-pro is not free). */
const spellings = new Map<string, string[]>();

function pinyinOf(person: Person): string[] {
  let s = spellings.get(person.person_id);
  if (!s) {
    const han = person.name_zh ?? person.name_han;
    // (Split where the registry says a Japanese family name ends, as a Chinese newsroom would: 岸|信夫, 小野寺|五典.)
    const familyLength = person.country === "JP" ? person.han_family_length : undefined;
    s = han ? pinyinSpellings(han, { japanese: person.country === "JP", maxReadingCombos: 2, ...(familyLength !== undefined ? { familyLength } : {}) }).slice(0, 6) : [];
    spellings.set(person.person_id, s);
  }
  return s;
}

/** A garbled machine translation of the article, as from a Chinese wire service. */
export function garbledText(model: ArticleModel, rng: Rng): string {
  // Every name of every participant → one pinyin spelling (the Chinese grouping most often).
  const names: [string, string][] = [];
  const people = new Map<string, { person: Person; rank: string | null }>();
  for (const m of model.meetings) for (const p of [m.pairing.vn, m.pairing.jp]) people.set(p.person.person_id, { person: p.person, rank: p.rank });
  const pinyinName = new Map<string, string>();
  for (const { person, rank } of people.values()) {
    const options = pinyinOf(person);
    if (options.length === 0) continue; // no Chinese-character name: the translation keeps the Latin one
    const spelled = rng.chance(0.6) ? options[0]! : rng.pick(options);
    pinyinName.set(person.person_id, spelled);
    const shown = displayName(person, model.style);
    if (rank) names.push([`${rank} ${shown}`, `${spelled} ${rank.toLowerCase()}`]);
    names.push([shown, spelled]);
    if (shown !== person.name) names.push([person.name, spelled]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const garble = (s: string): string => {
    let out = s;
    for (const [from, to] of names) out = out.split(from).join(to);
    for (const [re, to] of V.CALQUES) if (rng.chance(0.7)) out = out.replace(re, to);
    return out.replace(/\b(Sáng|Chiều|Trưa|Tối|Ngày) (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/g, (_, part: string, d: string, m: string, y?: string) =>
      rng.chance(0.5) ? `${d} ngày buổi ${part.toLowerCase()}` : `ngày ${pad(Number(d))} tháng ${m}${y ? ` năm ${y}` : ""} ${part.toLowerCase()}`,
    );
  };
  const main = model.meetings[0]!;
  const slots = {
    ...slotsFor(model, 0, rng),
    AP: () => pinyinName.get(main.pairing.vn.person.person_id) ?? displayName(main.pairing.vn.person, model.style),
    BP: () => pinyinName.get(main.pairing.jp.person.person_id) ?? displayName(main.pairing.jp.person, model.style),
  };
  const [agency, footer] = rng.pick(V.GARBLED_SOURCES);
  const city = main.pairing.scenario.host === "JP" ? "Tokyo" : "Hà Nội";
  const dateline = `${agency} ${city} ngày ${pad(model.pub.d)} tháng ${model.pub.m} điện (${iso(model.pub)}) `;
  const bodies = model.paragraphs.filter((p) => p.kind === "body").map((p) => garble(p.text));
  const lines = [
    expand(rng.pick(V.GARBLED_HEADLINES), rng, slots),
    "-----------------",
    dateline + bodies[0],
    ...bodies.slice(1),
    expand(footer, rng, { EDITOR: () => rng.pick(V.GARBLED_EDITORS) }),
  ];
  return lines.join("\n") + (rng.chance(0.5) ? "\n" : "");
}
