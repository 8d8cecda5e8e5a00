/**
 * Who meets whom: meeting scenarios over the registry's offices, the
 * holders of those offices on a date (`registry.holdersOf`), and how the
 * press names them (rank, short title, full title).
 */
import type { Office, OfficeKind, Person, Registry } from "../../pipeline/registry/index.ts";
import type { Rng } from "./prng.ts";

export type Format = "talks" | "online" | "reception" | "courtesy" | "dialogue" | "working";

/** Where a meeting takes place, seen from Hanoi. */
export type Host = "VN" | "JP" | "third" | "online";

export interface Scenario {
  readonly vn: readonly string[];
  readonly jp: readonly string[];
  readonly formats: readonly Format[];
  readonly host: Host;
  readonly weight: number;
}

/** Office pairs that meet, with how. Office ids are those of reference/offices.json. */
export const SCENARIOS: readonly Scenario[] = [
  { vn: ["vn.minister_of_defence"], jp: ["jp.minister_of_defense", "jp.director_general_defense_agency"], formats: ["talks"], host: "VN", weight: 14 },
  { vn: ["vn.minister_of_defence"], jp: ["jp.minister_of_defense", "jp.director_general_defense_agency"], formats: ["online"], host: "online", weight: 5 },
  { vn: ["vn.minister_of_defence"], jp: ["jp.minister_of_defense"], formats: ["talks", "working"], host: "third", weight: 5 },
  { vn: ["vn.minister_of_defence"], jp: ["jp.minister_of_defense", "jp.prime_minister"], formats: ["courtesy", "talks"], host: "JP", weight: 6 },
  { vn: ["vn.minister_of_defence"], jp: ["jp.ambassador_to_vietnam"], formats: ["reception"], host: "VN", weight: 8 },
  { vn: ["vn.deputy_minister_of_defence"], jp: ["jp.vice_minister_for_international_affairs", "jp.administrative_vice_minister_of_defense"], formats: ["dialogue"], host: "VN", weight: 7 },
  { vn: ["vn.deputy_minister_of_defence"], jp: ["jp.vice_minister_for_international_affairs", "jp.administrative_vice_minister_of_defense"], formats: ["dialogue"], host: "JP", weight: 5 },
  { vn: ["vn.deputy_minister_of_defence"], jp: ["jp.administrative_vice_minister_of_defense", "jp.state_minister_of_defense"], formats: ["online"], host: "online", weight: 3 },
  { vn: ["vn.deputy_minister_of_defence"], jp: ["jp.ambassador_to_vietnam", "jp.state_minister_of_defense", "jp.chief_of_staff_msdf", "jp.chief_of_staff_gsdf"], formats: ["reception"], host: "VN", weight: 8 },
  { vn: ["vn.prime_minister", "vn.president", "vn.general_secretary", "vn.na_chair"], jp: ["jp.minister_of_defense"], formats: ["reception"], host: "VN", weight: 5 },
  { vn: ["vn.chief_of_general_staff"], jp: ["jp.chief_of_staff_joint_staff"], formats: ["talks"], host: "JP", weight: 3 },
  { vn: ["vn.chief_of_general_staff"], jp: ["jp.chief_of_staff_joint_staff", "jp.chief_of_staff_gsdf"], formats: ["talks", "reception"], host: "VN", weight: 3 },
  { vn: ["vn.deputy_chief_of_general_staff"], jp: ["jp.chief_of_staff_msdf", "jp.chief_of_staff_gsdf", "jp.chief_of_staff_asdf", "jp.mod_indo_pacific_cooperation_director"], formats: ["reception"], host: "VN", weight: 4 },
  { vn: ["vn.navy_commander"], jp: ["jp.chief_of_staff_msdf"], formats: ["talks"], host: "JP", weight: 2 },
  { vn: ["vn.air_defence_air_force_commander"], jp: ["jp.chief_of_staff_asdf"], formats: ["talks", "reception"], host: "VN", weight: 1 },
  { vn: ["vn.ambassador_to_japan"], jp: ["jp.state_minister_of_defense", "jp.minister_of_defense"], formats: ["working", "courtesy"], host: "JP", weight: 2 },
];

export interface Participant {
  readonly person: Person;
  readonly office: Office;
  /** Rank on the meeting date (Vietnamese officers), else null. */
  readonly rank: string | null;
}

export interface Pairing {
  readonly scenario: Scenario;
  readonly vn: Participant;
  readonly jp: Participant;
  readonly format: Format;
}

/** A pairing of holders of the scenario's offices on `date`, or null when some office is vacant (or unknown) then. */
export function pairOn(registry: Registry, scenario: Scenario, date: string, rng: Rng): Pairing | null {
  const vn = holderOn(registry, rng.sample(scenario.vn, scenario.vn.length), date, rng);
  const jp = holderOn(registry, rng.sample(scenario.jp, scenario.jp.length), date, rng);
  if (!vn || !jp) return null;
  return { scenario, vn, jp, format: rng.pick(scenario.formats) };
}

function holderOn(registry: Registry, officeIds: readonly string[], date: string, rng: Rng): Participant | null {
  for (const id of officeIds) {
    const office = registry.office(id);
    if (!office) continue;
    const holders = registry.holdersOf(id, date);
    if (holders.length === 0) continue;
    const person = rng.pick(holders);
    const rank = person.country === "VN" ? registry.rankOn(person.person_id, date) : null;
    return { person, office, rank };
  }
  return null;
}

/** A scenario drawn by weight, optionally one that shares an office with `like`. */
export function pickScenario(rng: Rng, like?: Pairing): Scenario {
  const pool = like ? SCENARIOS.filter((s) => s !== like.scenario && (s.jp.includes(like.jp.office.office_id) || s.vn.includes(like.vn.office.office_id))) : SCENARIOS;
  return rng.weighted((pool.length ? pool : SCENARIOS).map((s) => [s, s.weight] as const));
}

const SHORT_TITLE: Readonly<Record<OfficeKind, string>> = {
  head_of_party: "Tổng Bí thư",
  head_of_state: "Chủ tịch nước",
  head_of_government: "Thủ tướng",
  legislature_chair: "Chủ tịch Quốc hội",
  defence_minister: "Bộ trưởng",
  deputy_defence_minister: "Thứ trưởng",
  chief_of_staff: "Tổng Tham mưu trưởng",
  deputy_chief_of_staff: "Phó Tổng Tham mưu trưởng",
  service_commander: "Tư lệnh",
  foreign_relations: "Cục trưởng",
  ambassador: "Đại sứ",
  foreign_minister: "Bộ trưởng",
  deputy_foreign_minister: "Thứ trưởng",
  official: "Giám đốc",
};

/** "Bộ trưởng", "Thứ trưởng", "Đại sứ" … as the press shortens a title before a name. */
export function shortTitle(p: Participant): string {
  if (p.office.country === "JP" && (p.office.kind === "chief_of_staff" || p.office.kind === "service_commander")) return "Tham mưu trưởng";
  if (p.office.kind === "head_of_state" && p.office.country === "JP") return "Thủ tướng";
  return SHORT_TITLE[p.office.kind];
}

/** Party posts printed before a Vietnamese minister's title. */
function partyPosts(p: Participant, rng: Rng): string {
  if (p.office.office_id === "vn.minister_of_defence") return "Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, ";
  if (p.office.office_id === "vn.deputy_minister_of_defence" || p.office.office_id === "vn.chief_of_general_staff") {
    return rng.chance(0.6) ? "Ủy viên Trung ương Đảng, Ủy viên Thường vụ Quân ủy Trung ương, " : "";
  }
  return "";
}

/** How one article prints names: Japanese names family-first (registry form) or given-first. */
export interface NameStyle {
  readonly jpGivenFirst: boolean;
}

export function displayName(person: Person, style: NameStyle): string {
  if (person.country !== "JP" || !style.jpGivenFirst) return person.name;
  const parts = person.name.split(" ");
  return parts.length < 2 ? person.name : [...parts.slice(1), parts[0]].join(" ");
}

/** First mention: "Thượng tướng Phan Văn Giang, Ủy viên Bộ Chính trị, …, Bộ trưởng Bộ Quốc phòng Việt Nam" / "Bộ trưởng Bộ Quốc phòng Nhật Bản Kishi Nobuo". */
export function fullMention(p: Participant, style: NameStyle, rng: Rng): string {
  const name = displayName(p.person, style);
  const title = rng.chance(0.75) || p.office.title_variants_vi.length === 0 ? p.office.title_vi : rng.pick(p.office.title_variants_vi);
  if (p.person.country === "VN") {
    const rank = p.rank ? `${p.rank} ` : "";
    return `${rank}${name}, ${partyPosts(p, rng)}${title}${rng.chance(0.3) && !title.includes("Việt Nam") ? " Việt Nam" : ""}`;
  }
  return rng.chance(0.6) ? `${title} ${name}` : `${rng.pick(["ông", "ngài"])} ${name}, ${title}`;
}

/** Later mentions: "Thượng tướng Phan Văn Giang", "Bộ trưởng Kishi Nobuo", "ông Kishi Nobuo". */
export function shortMention(p: Participant, style: NameStyle, rng: Rng): string {
  const name = displayName(p.person, style);
  if (p.person.country === "VN") return p.rank && rng.chance(0.6) ? `${p.rank} ${name}` : `${shortTitle(p)} ${name}`;
  return rng.chance(0.7) ? `${shortTitle(p)} ${name}` : `ông ${name}`;
}
