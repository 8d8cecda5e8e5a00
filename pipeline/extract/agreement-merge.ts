import { sha256 } from "../core/hash.ts";
import type { AgreementKind, AgreementMention } from "./agreements.ts";

/**
 * One document, many mentions: mentions of the same kind are one
 * agreement when their titles share most of their distinctive words (the
 * words that name the parties say nothing about which document it is), or
 * when they share the signing date and some distinctive words (a machine
 * translation's word order still shares the words). The canonical title is
 * the fullest one a Vietnamese-written article gives.
 */
export interface PlacedMention extends AgreementMention {
  readonly article_id: string;
  readonly machineTranslated: boolean;
  /** ISO signing date this mention establishes (its meeting's date when signed there, or the date it states). */
  readonly date: string | null;
}

export interface Agreement {
  readonly agreement_id: string;
  readonly title: string;
  readonly kind: AgreementKind;
  readonly date_signed: string | null;
  readonly mentions: readonly PlacedMention[];
}

/** Words that name the parties, the kind of document or cooperation in general: they say nothing about which document it is. */
const PARTY_WORDS = new Set(
  "giua va ve cua hai bo quoc phong chinh phu viet nam nhat ban nuoc trong linh vuc ban ghi nho bien hiep dinh thoa thuan tuyen bo ke hoach hop tac".split(" "),
);

export function titleWords(title: string): Set<string> {
  const folded = title.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  return new Set(folded.replace(/[^a-z0-9 ]/g, " ").split(/\s+/).filter((w) => w.length > 1 && !PARTY_WORDS.has(w)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
}

/** Dates agree when equal, or when one is the month ("2011-10") of the other. */
function datesAgree(a: string | null, b: string | null): boolean | null {
  if (!a || !b) return null;
  return a.startsWith(b) || b.startsWith(a);
}

export function mergeAgreements(mentions: readonly PlacedMention[]): Agreement[] {
  const groups: PlacedMention[][] = [];
  // Each group compared once per distinct title and date it holds, found through the distinctive words it shares.
  const forms: { group: number; kind: string; date: string | null; words: Set<string>; mt: boolean }[][] = [];
  const seen: Set<string>[] = [];
  const byWord = new Map<string, Set<number>>();
  const byKind = new Map<string, Set<number>>();
  for (const m of mentions) {
    const words = titleWords(m.title);
    const candidates = new Set<number>();
    for (const w of words) for (const g of byWord.get(`${m.kind}|${w}`) ?? []) candidates.add(g);
    if (!words.size) for (const g of byKind.get(m.kind) ?? []) candidates.add(g);
    const group = [...candidates]
      .sort((a, b) => a - b)
      .find((g) =>
        forms[g]!.some((o) => {
          const agree = datesAgree(o.date, m.date);
          if (agree === false) return false;
          const sim = similarity(o.words, words);
          // A machine translation reorders and rewords a title; it still shares a third of the distinctive words.
          return sim >= 0.5 || ((agree === true || o.mt || m.machineTranslated) && sim >= 0.3);
        }),
      );
    const g = group ?? groups.push([]) - 1;
    if (group === undefined) {
      forms.push([]);
      seen.push(new Set());
    }
    groups[g]!.push(m);
    const form = `${m.title}|${m.date}|${m.machineTranslated}`;
    if (!seen[g]!.has(form)) {
      seen[g]!.add(form);
      forms[g]!.push({ group: g, kind: m.kind, date: m.date, words, mt: m.machineTranslated });
      for (const w of words) (byWord.get(`${m.kind}|${w}`) ?? byWord.set(`${m.kind}|${w}`, new Set()).get(`${m.kind}|${w}`)!).add(g);
      (byKind.get(m.kind) ?? byKind.set(m.kind, new Set()).get(m.kind)!).add(g);
    }
  }
  return groups
    .map((g) => {
      const preferred = g.filter((m) => !m.machineTranslated);
      const pool = preferred.length ? preferred : g;
      const title = [...pool].sort((a, b) => b.title.length - a.title.length || a.title.localeCompare(b.title))[0]!.title;
      const canonical = title.charAt(0).toUpperCase() + title.slice(1);
      const days = g.map((m) => m.date).filter((d): d is string => d !== null && d.length === 10).sort();
      return {
        // Mentions with one title and kind are one agreement unless their signing dates differ: the date tells them apart.
        agreement_id: sha256(`agreement|${g[0]!.kind}|${canonical}|${g.map((m) => m.date ?? "").sort().at(-1)}`).slice(0, 16),
        title: canonical,
        kind: g[0]!.kind,
        date_signed: days[0] ?? null,
        mentions: g,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title) || a.agreement_id.localeCompare(b.agreement_id));
}
