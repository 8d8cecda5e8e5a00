/**
 * The metamorphic transformations of issues #15 and #16: each rewrites an
 * article in a way that must not change the answer, or says why it does not
 * apply to that article.
 */
import type { Person } from "../../registry/index.ts";
import type { GoldMeeting } from "../gold.ts";
import { DATE_FORMS, findDates, removeYears, rewriteDates, type DateForm, type Rewrite } from "./dates.ts";
import { splitLead, type MeetingSides } from "./lead.ts";
import { swapNames, twoWords } from "./names.ts";
import { settled } from "./settle.ts";

/** A line is prose (headline or body text the extractor reads) from this length on; shorter lines are date lines, bylines, links. */
export const PROSE_MIN = 60;

export interface GoldParticipantWritten {
  readonly name: string;
  readonly as_written?: string;
  readonly country?: string | null;
  readonly optional?: boolean;
}

export interface ArticleContext {
  readonly corpus: string;
  readonly file: string;
  /** The text's lines (NFC, byte-order mark dropped). */
  readonly lines: readonly string[];
  /** Indexes of the prose lines. */
  readonly prose: readonly number[];
  readonly machineTranslated: boolean;
  /** The gold meetings this article reports (optional ones left out). */
  readonly meetings: readonly GoldMeeting[];
  /** The publication date its date line states (a short line with a full date), or null. */
  readonly publication: string | null;
  /** The registry's persons. */
  readonly registry: readonly Person[];
}

export function articleContext(corpus: string, file: string, raw: string, meetings: readonly GoldMeeting[], machineTranslated: boolean, registry: readonly Person[]): ArticleContext {
  const lines = raw.replace(/^\uFEFF/, "").normalize("NFC").split(/\r?\n/);
  const prose = lines.flatMap((l, i) => (l.trim().length >= PROSE_MIN ? [i] : []));
  return { corpus, file, lines, prose, machineTranslated, meetings, publication: publicationDate(lines), registry };
}

/** The first full date of a short line among the first lines (the date line), as ISO. */
export function publicationDate(lines: readonly string[]): string | null {
  for (const line of lines.slice(1, 8)) {
    if (line.trim().length >= PROSE_MIN) continue;
    const iso = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/.exec(line);
    if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
    for (const d of findDates(line)) {
      if (d.kind === "day" && d.year) return `${d.year}-${d.month.padStart(2, "0")}-${d.day.padStart(2, "0")}`;
    }
  }
  return null;
}

/** A rewrite of the article's text, or the reason it does not apply. */
export type Outcome = (Rewrite & { readonly note?: string }) | { readonly skip: string };

export interface Transformation {
  readonly id: string;
  readonly issue: "#15" | "#16";
  /** What must not change. */
  readonly title: string;
  /** The text rewrite (absent for the registry transformation, which rewrites reference data instead). */
  readonly rewrite?: (a: ArticleContext) => Outcome;
}

/** Apply a rewrite to the prose lines only. */
function onProse(a: ArticleContext, f: (line: string) => Rewrite): Rewrite {
  const lines = [...a.lines];
  const changes: string[] = [];
  for (const i of a.prose) {
    const r = f(lines[i]!);
    lines[i] = r.text;
    changes.push(...r.changes);
  }
  return { text: lines.join("\n"), changes };
}

function dateForm(form: DateForm): Transformation {
  return {
    id: `date-${form}`,
    issue: "#16",
    title: `every day date written in the ${form} form ("${{ slash: "Chiều 16/11", dash: "chiều 16-11", dot: "chiều 16.11", words: "chiều ngày 16 tháng 11" }[form]}"): same meetings`,
    rewrite: (a) => {
      const r = onProse(a, (l) => rewriteDates(l, form));
      return r.changes.length ? r : { skip: `no date to write in the ${form} form` };
    },
  };
}

const noYears: Transformation = {
  id: "no-years",
  issue: "#16",
  title: "every year taken out of the body, where the publication date or the tenures settle the year: same meetings",
  rewrite: (a) => {
    const r = onProse(a, removeYears);
    if (!r.changes.length) return { skip: "no year in the body" };
    const why = a.meetings.map((m) => ({ m, s: settled(m, a.publication, a.registry) }));
    const open = why.filter((w) => !w.s.ok);
    if (open.length) return { skip: `year not settled for ${open.map((w) => `${w.m.id} (${w.s.by})`).join(", ")}` };
    return { ...r, note: why.map((w) => `${w.m.id} settled by ${w.s.by}`).join("; ") };
  },
};

/** The spellings a gold participant may be written with. */
function formsOf(p: GoldParticipantWritten): string[] {
  const w = twoWords(p.name);
  return [...new Set([p.as_written, p.name, w ? `${w[1]} ${w[0]}` : undefined].filter((f): f is string => !!f).map((f) => f.normalize("NFC")))];
}

const splitLeadT: Transformation = {
  id: "split-lead",
  issue: "#16",
  title: "a lead naming both sides in one sentence split into one sentence per side: same meetings",
  rewrite: (a) => {
    const meetings: MeetingSides[] = a.meetings.map((m) =>
      m.participants.filter((p) => !p.optional && p.country).map((p) => ({ country: p.country!, forms: formsOf(p as GoldParticipantWritten) })),
    );
    const r = splitLead(a.lines, a.prose, meetings);
    return r.skip ? { skip: r.skip } : r;
  },
};

/** The Japanese names the instrument can swap: the registry's canonical names, the gold's, and, outside machine translations, the gold's spellings as written in the same two words or in phonetic syllables. */
export function japaneseNames(a: ArticleContext): string[] {
  const names = new Set(a.registry.filter((p) => p.country === "JP").map((p) => p.name));
  for (const m of a.meetings) {
    for (const p of m.participants as readonly GoldParticipantWritten[]) {
      if (p.country !== "JP") continue;
      names.add(p.name);
      if (!a.machineTranslated && p.as_written && twoWords(p.as_written)) names.add(p.as_written);
    }
  }
  return [...names];
}

const jpOrder: Transformation = {
  id: "jp-name-order",
  issue: "#15",
  title: "each Japanese name written in the other order (family and given name swapped): same participants",
  rewrite: (a) => {
    const names = japaneseNames(a);
    const lines = a.lines.map((l) => swapNames(l, names));
    const changes = lines.flatMap((l) => l.changes);
    return changes.length ? { text: lines.map((l) => l.text).join("\n"), changes } : { skip: "no two-word Japanese name the registry or the gold knows" };
  },
};

const noJpRegistry: Transformation = {
  id: "no-jp-registry",
  issue: "#15",
  title: "every Japanese person taken out of the registry: each Japanese participant of a meeting whose full date the article states is still found, family name first, person_id empty",
};

export const TRANSFORMATIONS: readonly Transformation[] = [...DATE_FORMS.map(dateForm), noYears, splitLeadT, jpOrder, noJpRegistry];

/**
 * Whether the article states the meeting's full date: its day and month
 * written in the body, and the year written with them or given by the date
 * line (the publication date puts that day in the year up to it).
 */
export function statesFullDate(a: ArticleContext, m: GoldMeeting): boolean {
  const stated = new Set<string>();
  for (const i of a.prose) {
    for (const d of findDates(a.lines[i]!)) {
      if (d.kind !== "day") continue;
      const dm = `${d.month.padStart(2, "0")}-${d.day.padStart(2, "0")}`;
      if (d.year) stated.add(`${d.year}-${dm}`);
      else if (a.publication) {
        const y = dm <= a.publication.slice(5) ? Number(a.publication.slice(0, 4)) : Number(a.publication.slice(0, 4)) - 1;
        stated.add(`${y}-${dm}`);
      }
    }
  }
  return stated.has(m.date_start) || stated.has(m.date_end);
}
