/**
 * The scorer: how far one build's tables agree with a gold file, table by
 * table. Pure: give it the gold object and the rows (see `readGold`,
 * `readTables`); the rules are those of `docs/evaluation.md`.
 *
 * - Meetings match one-to-one when their date ranges overlap and their
 *   participants overlap (Jaccard of name keys ≥ 0.5, or two names in
 *   common), the best-scoring pairs first. A published meeting left over
 *   that could have matched an already matched gold meeting is a split
 *   duplicate (and a false positive).
 * - Participants count over the whole corpus: people of missed or spurious
 *   meetings count against recall and precision.
 * - Agreements match on their titles' distinctive words, or on kind and
 *   signing date, or on kind and an article mentioning both (with some title
 *   words in common).
 * - Fixes match in the same article, the originals containing one another,
 *   the replacement the canonical name.
 * - Duplicates score as pairs of files in one reprint group.
 * - Gold items marked `optional` count neither for nor against.
 *
 * Figures are rounded to 3 decimals. An accuracy with nothing to measure
 * (no matched item has the field) is null.
 */
import type { Gold, GoldAgreement, GoldMeeting, GoldParticipant } from "./gold.ts";
import { baseFile, fold, intersectionSize, jaccard, nameKey, nfc, placeKey, titleWords } from "./keys.ts";
import type { Row, Tables } from "./tables.ts";

export type { Row, Tables } from "./tables.ts";

/** Counts and scores of gold items matched one to one with published ones. */
interface MatchFigures {
  /** Required gold items. */
  readonly gold: number;
  readonly output: number;
  /** Gold items matched, optional ones included. */
  readonly matched: number;
  readonly optional_matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface MeetingFigures extends MatchFigures {
  /** Published meetings left over that duplicate a matched gold meeting. */
  readonly split_duplicates: number;
  /** Share of matched meetings with both dates exact. */
  readonly date_exact: number | null;
  readonly type: number | null;
  readonly format: number | null;
  /** Share of in-person gold meetings with a city whose city matches. */
  readonly place: number | null;
  /** Share of matched meetings listing every article the gold lists. */
  readonly all_sources: number | null;
}

export interface ParticipantFigures {
  /** Required people of required gold meetings. */
  readonly gold: number;
  /** Published people (one per name key and meeting), less those matched to optional gold. */
  readonly output: number;
  /** Required gold people found in the matched meeting. */
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of found people whose gold rank is given with that rank. */
  readonly rank: number | null;
}

export interface AgreementFigures extends MatchFigures {
  readonly kind: number | null;
  readonly date_signed: number | null;
  /** Share of gold mentions of matched agreements published with the same status in the same article. */
  readonly mention_status: number | null;
}

export interface FixFigures {
  readonly gold: number;
  readonly output: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Fixes published on articles the gold says are not machine-translated. */
  readonly on_clean_articles: number;
}

export interface DuplicateFigures {
  readonly gold_pairs: number;
  readonly output_pairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Figures {
  readonly meetings: MeetingFigures;
  readonly participants: ParticipantFigures;
  readonly agreements: AgreementFigures;
  readonly fixes: FixFigures;
  readonly duplicates: DuplicateFigures;
}

/** What was missed, what was spurious and what was wrong, one line each, for `npm run eval -- --verbose`. */
export type Detail = Readonly<Record<keyof Figures, Readonly<Record<"missed" | "spurious" | "wrong", readonly string[]>>>>;

export interface Result {
  readonly figures: Figures;
  readonly detail: Detail;
}

export function score(gold: Gold, tables: Tables): Result {
  const fileOf = new Map(tables.articles.map((a) => [cell(a, "article_id"), baseFile(cell(a, "source_file"))]));
  const m = scoreMeetings(gold, tables, fileOf);
  const a = scoreAgreements(gold, tables, fileOf);
  const f = scoreFixes(gold, tables, fileOf);
  const d = scoreDuplicates(gold, tables, fileOf);
  return {
    figures: { meetings: m.meetings, participants: m.participants, agreements: a.figures, fixes: f.figures, duplicates: d.figures },
    detail: { meetings: m.meetingDetail, participants: m.participantDetail, agreements: a.detail, fixes: f.detail, duplicates: d.detail },
  };
}

// ---------- meetings and participants ----------

interface OutMeeting {
  readonly id: string;
  readonly row: Row;
  readonly start: string;
  /** date_end, or date_start when empty. */
  readonly end: string;
  readonly people: readonly Row[];
  readonly keys: ReadonlySet<string>;
  readonly files: ReadonlySet<string>;
}

interface Pair<G, O> {
  readonly g: G;
  readonly o: O;
  readonly gi: number;
  readonly oi: number;
  readonly score: number;
}

function scoreMeetings(gold: Gold, tables: Tables, fileOf: ReadonlyMap<string, string>) {
  const peopleOf = groupBy(tables.participants, "meeting_id");
  const articlesOf = groupBy(tables.meeting_articles, "meeting_id");
  const outs: OutMeeting[] = tables.meetings.map((row) => {
    const id = cell(row, "meeting_id");
    const people = peopleOf.get(id) ?? [];
    const files = (articlesOf.get(id) ?? []).map((x) => fileOf.get(cell(x, "article_id"))).filter((f): f is string => Boolean(f));
    const start = cell(row, "date_start");
    return { id, row, start, end: cell(row, "date_end") || start, people, keys: new Set(people.map((p) => nameKey(cell(p, "name")))), files: new Set(files) };
  });
  const golds = (gold.meetings ?? []).map((g) => ({ g, keys: new Set(g.participants.map((p) => nameKey(p.name))) }));

  const exactDates = (o: OutMeeting, g: GoldMeeting) => o.start === g.date_start && o.end === g.date_end;
  const candidates: Pair<(typeof golds)[number], OutMeeting>[] = [];
  for (const [gi, g] of golds.entries()) {
    for (const [oi, o] of outs.entries()) {
      const overlap = o.start !== "" && o.start <= g.g.date_end && o.end >= g.g.date_start;
      if (!overlap) continue;
      const common = intersectionSize(o.keys, g.keys);
      const j = jaccard(o.keys, g.keys);
      if (j < 0.5 && common < 2) continue;
      candidates.push({ g, o, gi, oi, score: j + (exactDates(o, g.g) ? 0.5 : 0) + 0.01 * common });
    }
  }
  const { matchOfGold, matchOfOut } = greedy(candidates);

  const meetingDetail = { missed: [] as string[], spurious: [] as string[], wrong: [] as string[] };
  const participantDetail = { missed: [] as string[], spurious: [] as string[], wrong: [] as string[] };

  let split = 0;
  for (const o of outs) {
    if (matchOfOut.has(o)) continue;
    const duplicated = candidates.find((c) => c.o === o);
    if (duplicated) split++;
    meetingDetail.spurious.push(`${describeOut(o)}${duplicated ? ` (split duplicate of ${duplicated.g.g.id})` : ""}`);
  }
  for (const x of golds) if (!x.g.optional && !matchOfGold.has(x)) meetingDetail.missed.push(describeGold(x.g));

  const matched = matchOfGold.size;
  const optionalMatched = [...matchOfGold.keys()].filter((x) => x.g.optional).length;
  const goldRequired = golds.filter((x) => !x.g.optional).length;
  const mP = precision(matched - optionalMatched, outs.length - optionalMatched, goldRequired);
  const mR = recall(matched - optionalMatched, goldRequired);

  const count = { date: 0, type: 0, format: 0, place: 0, placeN: 0, sources: 0 };
  const people = { tp: 0, optionalFound: 0, rank: 0, rankN: 0 };
  for (const x of golds) {
    const o = matchOfGold.get(x);
    if (!o) continue;
    const g = x.g;
    const wrong: string[] = [];
    if (exactDates(o, g)) count.date++;
    else wrong.push(`dates ${o.start}..${o.end} ≠ ${g.date_start}..${g.date_end}`);
    if (cell(o.row, "meeting_type") === (g.type ?? "")) count.type++;
    else wrong.push(`type ${cell(o.row, "meeting_type")} ≠ ${g.type ?? ""}`);
    if (cell(o.row, "format") === (g.format ?? "")) count.format++;
    else wrong.push(`format ${cell(o.row, "format")} ≠ ${g.format ?? ""}`);
    if (g.format === "in_person" && g.city) {
      count.placeN++;
      if (placeKey(cell(o.row, "city")) === placeKey(g.city)) count.place++;
      else wrong.push(`city ${cell(o.row, "city")} ≠ ${g.city}`);
    }
    const missingFiles = (g.articles ?? []).map(baseFile).filter((f) => !o.files.has(f));
    if (missingFiles.length === 0) count.sources++;
    else wrong.push(`sources lack ${missingFiles.join(", ")}`);
    if (wrong.length) meetingDetail.wrong.push(`${g.id} = ${o.id}: ${wrong.join("; ")}`);
    if (g.optional) continue;

    for (const gp of g.participants) {
      const op = o.people.find((p) => nameKey(cell(p, "name")) === nameKey(gp.name));
      if (!op) {
        if (!gp.optional) participantDetail.missed.push(`${g.id}: ${describePerson(gp)}`);
        continue;
      }
      if (gp.optional) {
        people.optionalFound++;
        continue;
      }
      people.tp++;
      if (gp.rank) {
        people.rankN++;
        if (nfc(cell(op, "rank")).toLowerCase() === nfc(gp.rank).toLowerCase()) people.rank++;
        else participantDetail.wrong.push(`${g.id}: ${gp.name} rank '${cell(op, "rank")}' ≠ '${gp.rank}'`);
      }
    }
    for (const p of o.people) {
      if (!x.keys.has(nameKey(cell(p, "name")))) participantDetail.spurious.push(`${g.id} = ${o.id}: ${cell(p, "name")}`);
    }
  }
  for (const o of outs) if (!matchOfOut.has(o)) for (const p of o.people) participantDetail.spurious.push(`${o.id} (spurious meeting): ${cell(p, "name")}`);

  // People of a meeting matched to an optional gold meeting, and optional people found, count neither way.
  let pOut = -people.optionalFound;
  for (const o of outs) if (!matchOfOut.get(o)?.g.optional) pOut += o.keys.size;
  let pGold = 0;
  for (const { g } of golds) if (!g.optional) pGold += g.participants.filter((p) => !p.optional).length;
  const pP = precision(people.tp, pOut, pGold);
  const pR = recall(people.tp, pGold);

  const meetings: MeetingFigures = {
    gold: goldRequired,
    output: outs.length,
    matched,
    optional_matched: optionalMatched,
    precision: round(mP),
    recall: round(mR),
    f1: round(f1(mP, mR)),
    split_duplicates: split,
    date_exact: share(count.date, matched),
    type: share(count.type, matched),
    format: share(count.format, matched),
    place: share(count.place, count.placeN),
    all_sources: share(count.sources, matched),
  };
  const participants: ParticipantFigures = {
    gold: pGold,
    output: pOut,
    matched: people.tp,
    precision: round(pP),
    recall: round(pR),
    f1: round(f1(pP, pR)),
    rank: share(people.rank, people.rankN),
  };
  return { meetings, participants, meetingDetail, participantDetail };
}

function describeOut(o: OutMeeting): string {
  return `${o.id} ${dates(o.start, o.end)} ${cell(o.row, "meeting_type")} ${o.people.map((p) => cell(p, "name")).join(" + ")}`;
}

function describeGold(g: GoldMeeting): string {
  return `${g.id} ${dates(g.date_start, g.date_end)} ${g.type ?? ""} ${g.participants.map((p) => p.name).join(" + ")}`;
}

function describePerson(p: GoldParticipant): string {
  return `${p.name}${p.country ? ` (${p.country})` : ""}`;
}

function dates(start: string, end: string): string {
  return start === end ? start : `${start}..${end}`;
}

// ---------- agreements ----------

function scoreAgreements(gold: Gold, tables: Tables, fileOf: ReadonlyMap<string, string>) {
  const golds = (gold.agreements ?? []).map((g) => ({ g, words: titleWords(g.title) }));
  const outs = tables.agreements.map((row) => ({ row, id: cell(row, "agreement_id"), words: titleWords(cell(row, "title")) }));
  const mentionsOf = groupBy(tables.agreement_mentions, "agreement_id");
  const filesOf = (id: string) => new Set((mentionsOf.get(id) ?? []).map((m) => fileOf.get(cell(m, "article_id"))).filter((f): f is string => Boolean(f)));

  const candidates: Pair<(typeof golds)[number], (typeof outs)[number]>[] = [];
  for (const [gi, g] of golds.entries()) {
    for (const [oi, o] of outs.entries()) {
      const j = jaccard(g.words, o.words);
      const sameKind = cell(o.row, "kind") === (g.g.kind ?? "");
      const sameDate = Boolean(g.g.date_signed) && cell(o.row, "date_signed") === g.g.date_signed;
      const files = filesOf(o.id);
      const sharedArticle = (g.g.mentions ?? []).some((m) => files.has(baseFile(m.article)));
      if (j < 0.5 && !(sameKind && sameDate) && !(sameKind && sharedArticle && j >= 0.2)) continue;
      candidates.push({ g, o, gi, oi, score: j + (sameDate ? 0.5 : 0) + (sharedArticle ? 0.25 : 0) });
    }
  }
  const { matchOfGold, matchOfOut } = greedy(candidates);

  const detail = { missed: [] as string[], spurious: [] as string[], wrong: [] as string[] };
  const count = { kind: 0, signed: 0, signedN: 0, status: 0, statusN: 0 };
  for (const x of golds) {
    const o = matchOfGold.get(x);
    const g: GoldAgreement = x.g;
    if (!o) {
      if (!g.optional) detail.missed.push(`${g.kind ?? ""} ${g.date_signed ?? "undated"} ${g.title}`);
      continue;
    }
    const wrong: string[] = [];
    if (cell(o.row, "kind") === (g.kind ?? "")) count.kind++;
    else wrong.push(`kind ${cell(o.row, "kind")} ≠ ${g.kind ?? ""}`);
    if (g.date_signed) {
      count.signedN++;
      if (cell(o.row, "date_signed") === g.date_signed) count.signed++;
      else wrong.push(`signed ${cell(o.row, "date_signed") || "undated"} ≠ ${g.date_signed}`);
    }
    for (const gm of g.mentions ?? []) {
      count.statusN++;
      const file = baseFile(gm.article);
      const om = (mentionsOf.get(o.id) ?? []).find((m) => fileOf.get(cell(m, "article_id")) === file);
      if (om && cell(om, "status") === gm.status) count.status++;
      else wrong.push(`${file}: status ${om ? cell(om, "status") : "not mentioned"} ≠ ${gm.status}`);
    }
    if (wrong.length) detail.wrong.push(`${o.id} ${g.title}: ${wrong.join("; ")}`);
  }
  for (const o of outs) if (!matchOfOut.has(o)) detail.spurious.push(`${o.id} ${cell(o.row, "kind")} ${cell(o.row, "date_signed") || "undated"} ${cell(o.row, "title")}`);

  const matched = matchOfGold.size;
  const optionalMatched = [...matchOfGold.keys()].filter((x) => x.g.optional).length;
  const goldRequired = golds.filter((x) => !x.g.optional).length;
  const p = precision(matched - optionalMatched, outs.length - optionalMatched, goldRequired);
  const r = recall(matched - optionalMatched, goldRequired);
  const figures: AgreementFigures = {
    gold: goldRequired,
    output: outs.length,
    matched,
    optional_matched: optionalMatched,
    precision: round(p),
    recall: round(r),
    f1: round(f1(p, r)),
    kind: share(count.kind, matched),
    date_signed: share(count.signed, count.signedN),
    mention_status: share(count.status, count.statusN),
  };
  return { figures, detail };
}

// ---------- translation fixes ----------

function scoreFixes(gold: Gold, tables: Tables, fileOf: ReadonlyMap<string, string>) {
  const golds = (gold.fixes ?? []).map((g) => ({ g, file: baseFile(g.article), original: fold(g.original), canonical: nameKey(g.canonical) }));
  const outs = tables.fixes.map((row) => ({
    row,
    file: fileOf.get(cell(row, "article_id")),
    original: fold(cell(row, "original")),
    replacement: nameKey(cell(row, "replacement")),
  }));
  const matches = (g: (typeof golds)[number], o: (typeof outs)[number]) =>
    o.file === g.file && (o.original.includes(g.original) || g.original.includes(o.original)) && o.replacement.includes(g.canonical);

  const detail = { missed: [] as string[], spurious: [] as string[], wrong: [] as string[] };
  const required = golds.filter((g) => !g.g.optional);
  const found = required.filter((g) => outs.some((o) => matches(g, o)));
  for (const g of required) if (!found.includes(g)) detail.missed.push(`${g.file}: ${g.g.original} → ${g.g.canonical}`);
  let good = 0;
  for (const o of outs) {
    if (golds.some((g) => matches(g, o))) good++;
    else detail.spurious.push(`${o.file ?? cell(o.row, "article_id")}: ${cell(o.row, "original")} → ${cell(o.row, "replacement") || "(unresolved)"}`);
  }
  const clean = new Set((gold.articles ?? []).filter((a) => !a.machine_translated).map((a) => baseFile(a.file)));
  const p = precision(good, outs.length, required.length);
  const r = recall(found.length, required.length);
  const figures: FixFigures = {
    gold: required.length,
    output: outs.length,
    precision: round(p),
    recall: round(r),
    f1: round(f1(p, r)),
    on_clean_articles: outs.filter((o) => o.file !== undefined && clean.has(o.file)).length,
  };
  return { figures, detail };
}

// ---------- duplicates ----------

function scoreDuplicates(gold: Gold, tables: Tables, fileOf: ReadonlyMap<string, string>) {
  const goldPairs = reprintPairs((gold.articles ?? []).map((a) => [baseFile(a.file), a.duplicate_of ? baseFile(a.duplicate_of) : ""]));
  const outPairs = reprintPairs(
    tables.articles.map((a) => {
      const of = cell(a, "duplicate_of");
      return [baseFile(cell(a, "source_file")), of ? (fileOf.get(of) ?? "") : ""];
    }),
  );
  const detail = { missed: [] as string[], spurious: [] as string[], wrong: [] as string[] };
  let tp = 0;
  for (const pair of outPairs) {
    if (goldPairs.has(pair)) tp++;
    else detail.spurious.push(pair.replace("|", " = "));
  }
  for (const pair of goldPairs) if (!outPairs.has(pair)) detail.missed.push(pair.replace("|", " = "));
  const p = precision(tp, outPairs.size, goldPairs.size);
  const r = recall(tp, goldPairs.size);
  const figures: DuplicateFigures = { gold_pairs: goldPairs.size, output_pairs: outPairs.size, precision: round(p), recall: round(r), f1: round(f1(p, r)) };
  return { figures, detail };
}

/**
 * Every pair of files in one reprint group, as "a|b" with a < b. Each entry
 * is [file, the file it is a reprint of, or ""]; a group is the files whose
 * chains of `duplicate_of` end at the same file.
 */
export function reprintPairs(entries: readonly (readonly [string, string])[]): Set<string> {
  const parent = new Map<string, string>();
  for (const [file, of] of entries) parent.set(file, of || file);
  const root = (start: string) => {
    const seen = new Set<string>();
    let f = start;
    for (let next = parent.get(f); next && next !== f && !seen.has(f); next = parent.get(f)) {
      seen.add(f);
      f = next;
    }
    return f;
  };
  const groups = new Map<string, string[]>();
  for (const f of parent.keys()) {
    const r = root(f);
    const group = groups.get(r) ?? [];
    group.push(f);
    groups.set(r, group);
  }
  const pairs = new Set<string>();
  for (const group of groups.values()) {
    group.sort();
    for (let i = 0; i < group.length; i++) for (let k = i + 1; k < group.length; k++) pairs.add(`${group[i]}|${group[k]}`);
  }
  return pairs;
}

// ---------- shared ----------

/** One-to-one matching, best score first; ties go to the earlier gold item, then the earlier published row. */
function greedy<G, O>(candidates: Pair<G, O>[]): { matchOfGold: Map<G, O>; matchOfOut: Map<O, G> } {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.gi - b.gi || a.oi - b.oi);
  const matchOfGold = new Map<G, O>();
  const matchOfOut = new Map<O, G>();
  for (const c of sorted) {
    if (matchOfGold.has(c.g) || matchOfOut.has(c.o)) continue;
    matchOfGold.set(c.g, c.o);
    matchOfOut.set(c.o, c.g);
  }
  return { matchOfGold, matchOfOut };
}

function groupBy(rows: readonly Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = cell(row, column);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return groups;
}

/** A cell as a string; "" when the column is absent (small fixtures may leave columns out). */
function cell(row: Row, column: string): string {
  return row[column] ?? "";
}

/** Precision of an empty output is 1 only where there was nothing to find. */
function precision(tp: number, output: number, gold: number): number {
  return output ? tp / output : gold ? 0 : 1;
}

function recall(tp: number, gold: number): number {
  return gold ? tp / gold : 1;
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function share(n: number, of: number): number | null {
  return of ? round(n / of) : null;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
