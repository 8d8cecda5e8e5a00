import { parse } from "csv-parse/sync";
import { PipelineError } from "../core/errors.ts";

/**
 * `raw/manifest.csv` (optional): what the text files do not say about
 * themselves. Columns: `file` (path relative to the raw directory,
 * required), and any of `url`, `outlet`, `published_date` (ISO
 * YYYY-MM-DD). Values here take precedence over what ingest reads off the
 * text.
 */
export interface ManifestEntry {
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published_date: string | null;
}

export const MANIFEST_NAME = "manifest.csv";
const COLUMNS = ["file", "url", "outlet", "published_date"];

export function parseManifest(text: string, path: string): Map<string, ManifestEntry> {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (e) {
    throw new PipelineError(`${path}: ${(e as Error).message}`);
  }
  const header = Object.keys(records[0] ?? {});
  if (records.length && !header.includes("file")) throw new PipelineError(`${path}: the header needs a 'file' column`);
  const unknown = header.filter((c) => !COLUMNS.includes(c));
  if (unknown.length) throw new PipelineError(`${path}: unknown column(s) ${unknown.join(", ")}; expected ${COLUMNS.join(", ")}`);
  const out = new Map<string, ManifestEntry>();
  records.forEach((r, i) => {
    const line = i + 2;
    const file = (r.file ?? "").replace(/\\/g, "/").replace(/^\.\//, "");
    if (!file) throw new PipelineError(`${path}:${line}: empty 'file'`);
    if (out.has(file)) throw new PipelineError(`${path}:${line}: '${file}' is listed twice`);
    const date = r.published_date || null;
    if (date !== null && !isIsoDate(date)) throw new PipelineError(`${path}:${line}: published_date '${date}' is not an ISO date (YYYY-MM-DD)`);
    const url = r.url || null;
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) throw new PipelineError(`${path}:${line}: url '${url}' is not an http(s) URL`);
    out.set(file, { url, outlet: r.outlet || null, published_date: date });
  });
  return out;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}
