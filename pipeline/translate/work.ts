import type { Translation } from "../artifacts.ts";
import { findDates } from "../lang/dates.ts";
import type { Grammar } from "../lang/lexicon.ts";
import type { FixesRow } from "../generated/tables.ts";
import { toRawOffset } from "../ingest/clean.ts";
import type { Document } from "../ingest/document.ts";
import type { ReferenceData } from "../reference/data.ts";
import { knowledgeOf } from "../reference/knowledge.ts";
import { detectMachineTranslation, surnamePinyin } from "./detect.ts";
import { buildCandidates, repairArticle } from "./repair.ts";

/** Paragraph kinds a translation repair reads and corrects. */
const REPAIRED = new Set(["headline", "body", "caption"]);

/** What every thread of the translate stage starts from. */
export type TranslateSetup = ReferenceData;

/** One article's detection and repairs, and its rows of `fixes`. */
export interface ArticleTranslation {
  readonly translation: Translation;
  readonly rows: FixesRow[];
}

/**
 * The translate stage's per-article work, for pipeline/core/pool.ts. The
 * name matches are remembered per thread (the same garbled spellings recur
 * from article to article); a match does not depend on what was asked
 * before it, so the results do not depend on how articles are spread.
 */
export async function createWorker(setup: TranslateSetup): Promise<(d: Document) => ArticleTranslation> {
  const { registry, grammar, hanviet, hanReadings } = knowledgeOf(setup);
  const candidates = buildCandidates(registry, hanviet, hanReadings);
  const pinyinNames = { grammar, surnamePinyin: surnamePinyin(grammar.vnSurnames, hanviet, hanReadings, candidates) };
  const matches = new Map();
  return (d) => {
    const regions = d.paragraphs.filter((p) => REPAIRED.has(p.kind));
    const content = regions.map((p) => d.text.slice(p.start, p.end)).join("\n");
    const detection = detectMachineTranslation(content, pinyinNames);
    const fixes = detection.machineTranslated ? repairArticle(d.text, regions, { registry, grammar, candidates, matches }, yearsOf(d.text, d.published_date, grammar), d.published_date !== null) : [];
    const rows: FixesRow[] = fixes.map((f) => ({
      article_id: d.article_id,
      start: f.start,
      end: f.end,
      raw_start: toRawOffset(d.anchors, f.start),
      raw_end: toRawOffset(d.anchors, f.end),
      original: f.original,
      replacement: f.replacement,
      person_id: f.person_id,
      rule: f.rule,
      evidence: f.evidence,
      confidence: f.confidence,
    }));
    return { translation: { machine_translated: detection.machineTranslated, pinyin_tokens: detection.pinyinTokens, artefacts: [...detection.artefacts], fixes }, rows };
  };
}

/** Years the article speaks of: those in its dates, and its publication year. */
function yearsOf(text: string, published: string | null, grammar: Grammar): number[] {
  const years = new Set<number>();
  for (const d of findDates(text, grammar)) if (d.year !== null) years.add(d.year);
  if (published) years.add(Number(published.slice(0, 4)));
  return [...years].sort();
}
