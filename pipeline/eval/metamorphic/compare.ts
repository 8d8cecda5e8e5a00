/**
 * The answer a build gives for each article (the meetings it is listed for,
 * with their people), and what changed between two builds.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseTable, type Row } from "../tables.ts";

export interface Person {
  readonly name: string;
  readonly country: string;
  readonly personId: string;
}

export interface Meeting {
  readonly start: string;
  readonly end: string;
  readonly timeOfDay: string;
  readonly type: string;
  readonly format: string;
  readonly place: string;
  readonly people: readonly Person[];
}

/** file base name → the meetings the build lists for that article. */
export type Answers = ReadonlyMap<string, readonly Meeting[]>;

function table(outDir: string, name: string, columns: readonly string[]): Row[] {
  const dir = existsSync(join(outDir, "csv")) ? join(outDir, "csv") : outDir;
  return parseTable(readFileSync(join(dir, `${name}.csv`), "utf8"), columns, join(dir, `${name}.csv`));
}

/** Read a build's answers from its CSV tables; an article is known by its file's base name. */
export function readAnswers(outDir: string): Answers {
  const articles = table(outDir, "articles", ["article_id", "source_file"]);
  const meetings = new Map(table(outDir, "meetings", ["meeting_id", "date_start", "date_end", "time_of_day", "meeting_type", "format", "city", "country"]).map((r) => [r.meeting_id!, r]));
  const people = new Map<string, Person[]>();
  for (const p of table(outDir, "participants", ["meeting_id", "name", "country", "person_id"])) {
    const list = people.get(p.meeting_id!) ?? [];
    list.push({ name: p.name!, country: p.country!, personId: p.person_id! });
    people.set(p.meeting_id!, list);
  }
  const byArticle = new Map<string, string[]>();
  for (const l of table(outDir, "meeting_articles", ["meeting_id", "article_id"])) {
    const list = byArticle.get(l.article_id!) ?? [];
    list.push(l.meeting_id!);
    byArticle.set(l.article_id!, list);
  }
  const answers = new Map<string, Meeting[]>();
  for (const a of articles) {
    const list = [...new Set(byArticle.get(a.article_id!) ?? [])].map((id) => {
      const m = meetings.get(id)!;
      return {
        start: m.date_start!,
        end: m.date_end || m.date_start!,
        timeOfDay: m.time_of_day!,
        type: m.meeting_type!,
        format: m.format!,
        place: [m.city, m.country].filter(Boolean).join(", "),
        people: [...(people.get(id) ?? [])].sort((x, y) => personKey(x).localeCompare(personKey(y))),
      };
    });
    answers.set(basename(a.source_file!), list.sort((x, y) => meetingKey(x).localeCompare(meetingKey(y))));
  }
  return answers;
}

export const personKey = (p: Person) => `${p.name} (${p.country}${p.personId ? `, ${p.personId}` : ""})`;
const peopleKey = (m: Meeting) => m.people.map(personKey).join("; ");
const datesOf = (m: Meeting) => (m.end && m.end !== m.start ? `${m.start}..${m.end}` : m.start);

export function meetingKey(m: Meeting): string {
  return [datesOf(m), m.timeOfDay || "-", m.type, m.format, m.place || "-", peopleKey(m)].join(" | ");
}

/** A meeting in a few words, for a report line. */
export function describe(m: Meeting): string {
  return `${datesOf(m)}${m.timeOfDay ? ` ${m.timeOfDay}` : ""} ${m.type} ${m.people.map((p) => p.name).join(" – ")}`;
}

/** An order-free key of a name: its words, lower case, sorted. */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase().split(/[\s.,;:()"'–-]+/u).filter(Boolean).sort().join(" ");
}

/** What changed from `before` to `after`, one line each; empty when they are the same. */
export function diffMeetings(before: readonly Meeting[], after: readonly Meeting[]): string[] {
  const left = [...before];
  const right = [...after];
  // identical meetings first
  for (let i = left.length - 1; i >= 0; i--) {
    const j = right.findIndex((m) => meetingKey(m) === meetingKey(left[i]!));
    if (j >= 0) {
      left.splice(i, 1);
      right.splice(j, 1);
    }
  }
  const out: string[] = [];
  // then pairs that share their people, or their dates and a person
  for (const m of [...left]) {
    const names = new Set(m.people.map((p) => nameKey(p.name)));
    const j =
      right.findIndex((n) => peopleKey(n) === peopleKey(m)) >= 0
        ? right.findIndex((n) => peopleKey(n) === peopleKey(m))
        : right.findIndex((n) => datesOf(n) === datesOf(m) && n.people.some((p) => names.has(nameKey(p.name))));
    if (j < 0) continue;
    const n = right[j]!;
    const fields: string[] = [];
    if (datesOf(m) !== datesOf(n)) fields.push(`date ${datesOf(m)} → ${datesOf(n)}`);
    if (m.timeOfDay !== n.timeOfDay) fields.push(`time of day ${m.timeOfDay || "-"} → ${n.timeOfDay || "-"}`);
    if (m.type !== n.type) fields.push(`type ${m.type} → ${n.type}`);
    if (m.format !== n.format) fields.push(`format ${m.format} → ${n.format}`);
    if (m.place !== n.place) fields.push(`place ${m.place || "-"} → ${n.place || "-"}`);
    const was = new Set(m.people.map(personKey));
    const now = new Set(n.people.map(personKey));
    const lost = [...was].filter((k) => !now.has(k));
    const added = [...now].filter((k) => !was.has(k));
    if (lost.length || added.length) fields.push(`people ${lost.map((k) => `-${k}`).concat(added.map((k) => `+${k}`)).join(" ")}`);
    out.push(`changed: ${describe(m)}: ${fields.join("; ")}`);
    left.splice(left.indexOf(m), 1);
    right.splice(j, 1);
  }
  for (const m of left) out.push(`lost: ${describe(m)}`);
  for (const n of right) out.push(`new: ${describe(n)}`);
  return out;
}
