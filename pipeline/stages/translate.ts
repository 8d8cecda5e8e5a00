import type { Translation } from "../artifacts.ts";
import { findDates } from "../extract/dates.ts";
import type { FixesRow } from "../generated/tables.ts";
import { toRawOffset } from "../ingest/clean.ts";
import { detectMachineTranslation } from "../translate/detect.ts";
import { defineStage } from "./define.ts";
import { registryFrom } from "./registry.ts";

/** Paragraph kinds a translation repair reads and corrects. */
const REPAIRED = new Set(["headline", "body", "caption"]);

/**
 * Flags machine-translated articles and repairs them: glossary terms, and
 * names garbled through Chinese characters, resolved against the registry.
 * Raw files and cleaned texts are unchanged; each correction is a fix with
 * its offsets, rule and evidence, and later stages read the repaired text.
 * Articles that are not machine-translated get no fixes.
 */
export const translate = defineStage({
  id: "translate",
  description: "detect machine-translated articles; restore garbled names and terms, with evidence",
  version: 1,
  reads: ["documents", "registry", "reference"],
  writes: ["translation", "table:fixes"],
  count: (out) => out["table:fixes"].length,
  async run({ documents, registry: data }, ctx) {
    // Loaded here, not with the stage: the repair brings in pinyin-pro, which a build that takes translate from the cache does without.
    const [{ loadHanViet }, { buildCandidates, repairArticle }] = await Promise.all([import("../translate/hanviet.ts"), import("../translate/repair.ts")]);
    const registry = registryFrom(data);
    const candidates = buildCandidates(registry, await loadHanViet(ctx.options.referenceDir));
    const matches = new Map();
    const translation: Record<string, Translation> = {};
    const rows: FixesRow[] = [];
    for (const [i, d] of documents.entries()) {
      const regions = d.paragraphs.filter((p) => REPAIRED.has(p.kind));
      const content = regions.map((p) => d.text.slice(p.start, p.end)).join("\n");
      const detection = detectMachineTranslation(content);
      const fixes = detection.machineTranslated ? repairArticle(d.text, regions, { registry, candidates, matches }, yearsOf(d.text, d.published_date)) : [];
      translation[d.article_id] = { machine_translated: detection.machineTranslated, pinyin_tokens: detection.pinyinTokens, artefacts: [...detection.artefacts], fixes };
      for (const f of fixes) {
        rows.push({
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
        });
      }
      ctx.progress(i + 1, documents.length);
    }
    return { translation, "table:fixes": rows };
  },
});

/** Years the article speaks of: those in its dates, and its publication year. */
function yearsOf(text: string, published: string | null): number[] {
  const years = new Set<number>();
  for (const d of findDates(text)) if (d.year !== null) years.add(d.year);
  if (published) years.add(Number(published.slice(0, 4)));
  return [...years].sort();
}
