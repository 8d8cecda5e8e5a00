/**
 * The explorer's data (embedded in out/explorer/index.html) and the pure
 * functions the page runs on it: folding text for search, filtering, and
 * cutting an evidence sentence into highlighted pieces. Both sides import
 * this file: data.ts builds an `ExplorerData` at build time, the page
 * (page/main.ts, bundled into the HTML) filters it, and the tests call the
 * functions directly. It uses nothing of Node or of the DOM.
 */

export interface ExplorerData {
  readonly version: string;
  /** Sorted by date, then meeting id. */
  readonly meetings: readonly ExplorerMeeting[];
  readonly articles: Readonly<Record<string, ExplorerArticle>>;
  readonly agreements: Readonly<Record<string, { readonly title: string; readonly kind: string; readonly date_signed: string | null }>>;
}

export interface ExplorerMeeting {
  readonly id: string;
  readonly date: string;
  readonly end: string;
  readonly precision: string;
  readonly inferred: boolean;
  readonly basis: string;
  readonly time: string | null;
  readonly type: string;
  readonly format: string;
  readonly city: string | null;
  readonly country: string | null;
  readonly participants: readonly ExplorerParticipant[];
  readonly agreements: readonly { readonly id: string; readonly status: string }[];
  readonly reports: readonly ExplorerReport[];
}

export interface ExplorerParticipant {
  /** person_id, or `name:<name>` for someone the registry does not know: what the person filter selects. */
  readonly key: string;
  readonly name: string;
  readonly written: string;
  readonly country: string;
  readonly rank: string | null;
  readonly position: string | null;
}

/** An article that reports the meeting, with its evidence sentence. */
export interface ExplorerReport {
  readonly article: string;
  readonly via: string;
  readonly sentence: string | null;
  /** Spans of the sentence, [from, to) in UTF-16 units: participants' names and the article's fixes inside it. */
  readonly marks: readonly Mark[];
}

export interface Mark {
  readonly from: number;
  readonly to: number;
  readonly kind: "name" | "fix";
  /** For a fix: the replacement (empty when unresolved). */
  readonly note?: string;
}

export interface ExplorerArticle {
  readonly headline: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly machine_translated: boolean;
  readonly duplicate_of: string | null;
  readonly fixes: readonly { readonly original: string; readonly replacement: string | null; readonly rule: string; readonly evidence: string }[];
}

export interface Filter {
  readonly year: string;
  readonly type: string;
  /** The place's country code; `-` for a meeting without one (online, phone, not stated); empty for any. */
  readonly country: string;
  /** A participant's key; empty for anyone. */
  readonly person: string;
  readonly text: string;
}

export const NO_FILTER: Filter = { year: "", type: "", country: "", person: "", text: "" };

/**
 * Lower case without diacritics, đ as d: "Phan Văn Giang" and "phan van giang"
 * find each other. Search folds both the query and the text.
 */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Everything a meeting can be found by, folded, once per meeting. */
export function searchText(m: ExplorerMeeting, data: ExplorerData): string {
  const parts: (string | null)[] = [m.date, m.end, m.type, m.format, m.city, m.country, m.basis];
  for (const p of m.participants) parts.push(p.name, p.written, p.rank, p.position);
  for (const a of m.agreements) parts.push(data.agreements[a.id]?.title ?? null, a.status);
  for (const r of m.reports) {
    const art = data.articles[r.article];
    parts.push(r.sentence, art?.headline ?? null, art?.outlet ?? null);
  }
  return fold(parts.filter(Boolean).join("\n"));
}

/** The meetings that pass every part of the filter, in their order; `index` holds searchText of each. */
export function filterMeetings(meetings: readonly ExplorerMeeting[], index: readonly string[], f: Filter): number[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i]!;
    if (f.year && m.date.slice(0, 4) !== f.year) continue;
    if (f.type && m.type !== f.type) continue;
    if (f.country && (m.country ?? "-") !== f.country) continue;
    if (f.person && !m.participants.some((p) => p.key === f.person)) continue;
    if (words.length) {
      const text = index[i]!;
      if (!words.every((w) => text.includes(w))) continue;
    }
    out.push(i);
  }
  return out;
}

export interface Piece {
  readonly text: string;
  readonly kind: "plain" | Mark["kind"];
  readonly note?: string;
}

/**
 * The sentence cut at its marks. Marks outside the sentence or overlapping
 * an earlier one are dropped (a name inside a fixed span shows as the fix).
 */
export function pieces(sentence: string, marks: readonly Mark[]): Piece[] {
  const sorted = [...marks].filter((m) => m.from >= 0 && m.to <= sentence.length && m.from < m.to).sort((a, b) => a.from - b.from || (a.kind === "fix" ? -1 : 1));
  const out: Piece[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.from < at) continue;
    if (m.from > at) out.push({ text: sentence.slice(at, m.from), kind: "plain" });
    out.push({ text: sentence.slice(m.from, m.to), kind: m.kind, ...(m.note !== undefined ? { note: m.note } : {}) });
    at = m.to;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), kind: "plain" });
  return out;
}

/** Option lists for the filters, with counts: years ascending, people by name. */
export function facets(data: ExplorerData): { years: [string, number][]; types: [string, number][]; countries: [string, number][]; people: [string, string, number][] } {
  const years = new Map<string, number>();
  const types = new Map<string, number>();
  const countries = new Map<string, number>();
  const people = new Map<string, { label: string; n: number }>();
  for (const m of data.meetings) {
    bump(years, m.date.slice(0, 4));
    bump(types, m.type);
    bump(countries, m.country ?? "-");
    for (const key of new Set(m.participants.map((p) => p.key))) {
      const p = m.participants.find((x) => x.key === key)!;
      const e = people.get(key) ?? { label: `${p.name} (${p.country})`, n: 0 };
      e.n++;
      people.set(key, e);
    }
  }
  const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return {
    years: [...years].sort(byKey),
    types: [...types].sort(byKey),
    countries: [...countries].sort(byKey),
    people: [...people].map(([k, v]): [string, string, number] => [k, v.label, v.n]).sort((a, b) => a[1].localeCompare(b[1], "vi") || (a[0] < b[0] ? -1 : 1)),
  };
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}
