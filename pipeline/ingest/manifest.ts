import { parse } from "csv-parse/sync";
import { PipelineError } from "../core/errors.ts";

/**
 * `raw/manifest.csv` (optional): what the files do not say about
 * themselves. Columns: `file` (path relative to the raw directory,
 * required), and any of `url`, `outlet`, `published_date` (ISO
 * YYYY-MM-DD). Values here take precedence over what ingest reads off the
 * text or the page.
 *
 * `npm run collect` writes the same file, with the columns of a fetch:
 * `final_url` (after redirects), `fetched_at` (ISO timestamp), `status`
 * (HTTP), `sha256` and `bytes` of the file saved. A fetch that saved no
 * file (a status other than 2xx, a timeout) is a row with an empty `file`
 * and is not read; a file whose bytes no longer have the `sha256` it was
 * collected with is a problem (collected files are never rewritten).
 * `error` says why a fetch saved nothing (a row that has one is not read
 * either: a page that was not HTML is fetched with status 200).
 */
export interface ManifestEntry {
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published_date: string | null;
  readonly fetched_at?: string | null;
}

export const MANIFEST_NAME = "manifest.csv";
export const COLUMNS = ["file", "url", "outlet", "published_date", "final_url", "fetched_at", "status", "sha256", "bytes", "error"];

/** One thing wrong in the manifest, at its (1-based) line. */
export interface ManifestProblem {
  readonly line: number;
  readonly message: string;
}

/** Every problem of a manifest, so that one run lists all there is to fix. */
export class ManifestError extends PipelineError {
  constructor(
    readonly path: string,
    readonly problems: readonly ManifestProblem[],
  ) {
    const shown = problems.slice(0, 50).map((p) => `  - ${path}:${p.line}: ${p.message}`);
    const more = problems.length > shown.length ? [`  … and ${problems.length - shown.length} more`] : [];
    super([`${path}: ${problems.length} problem(s); nothing was built`, ...shown, ...more].join("\n"));
  }
}

/**
 * Parse the manifest, checking every line: the header, each row's fields,
 * and (given `files`, the articles' paths in the raw directory) that each
 * file it lists is there. Throws one ManifestError naming every problem
 * with its line, in line order.
 */
export function parseManifest(text: string, path: string, files?: ReadonlySet<string>, hashes?: ReadonlyMap<string, string>): Map<string, ManifestEntry> {
  const problems: ManifestProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ line, message });
  const skipped = new Set<number>();
  const records = parse(text, {
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (e: unknown) => {
      // a broken quote makes the parser report the lines after it too; one report per line
      const line = (e as { lines?: number } | undefined)?.lines ?? 0;
      if (!skipped.has(line)) problem(line, (e as Error).message.replace(/ at line \d+/, ""));
      skipped.add(line);
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  /** The line a record starts on: the parser gives the line it ends on. */
  const startLine = ({ record, info }: (typeof records)[number]) => info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);

  const out = new Map<string, ManifestEntry>();
  const [head, ...rows] = records;
  if (!head) return out;
  const header = head.record;
  const headLine = startLine(head);
  if (!header.includes("file")) problem(headLine, "the header needs a 'file' column");
  const unknown = header.filter((c) => !COLUMNS.includes(c));
  if (unknown.length) problem(headLine, `unknown column(s) ${unknown.join(", ")}; expected ${COLUMNS.join(", ")}`);
  for (const [i, c] of header.entries()) if (header.indexOf(c) !== i) problem(headLine, `column '${c}' appears twice`);

  const firstLine = new Map<string, number>();
  for (const rec of rows) {
    const line = startLine(rec);
    if (rec.record.length !== header.length) {
      problem(line, `${rec.record.length} field(s) where the header has ${header.length}`);
      continue;
    }
    const r = Object.fromEntries(header.map((c, k) => [c, rec.record[k]!]));
    const file = (r.file ?? "").replace(/\\/g, "/").replace(/^\.\//, "");
    const date = r.published_date || null;
    const url = r.url || null;
    const status = r.status ? Number(r.status) : null;
    const fetchFailed = !file && (r.status !== undefined || r.error !== undefined) && (!!r.error || status === null || !(status >= 200 && status < 300));
    const fetchedAt = r.fetched_at || null;
    if (fetchFailed) continue; // a fetch that saved nothing: the collector's record of it, not an article
    if (!file) problem(line, "empty 'file'");
    else if (firstLine.has(file)) problem(line, `'${file}' is listed twice (first on line ${firstLine.get(file)})`);
    else if (files && header.includes("file") && !files.has(file)) problem(line, `'${file}' is not a .txt, .html, .htm, .warc or .warc.gz file in the raw directory`);
    else if (r.sha256 && hashes?.has(file) && hashes.get(file) !== r.sha256) problem(line, `'${file}' has changed since it was collected (its SHA-256 is not the manifest's); collected files are snapshots: restore it, or collect it again`);
    if (date !== null && !isIsoDate(date)) problem(line, `published_date '${date}' is not an ISO date (YYYY-MM-DD)`);
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) problem(line, `url '${url}' is not an http(s) URL`);
    if (fetchedAt !== null && Number.isNaN(Date.parse(fetchedAt))) problem(line, `fetched_at '${fetchedAt}' is not an ISO timestamp`);
    if (file && !firstLine.has(file)) {
      firstLine.set(file, line);
      out.set(file, { url, outlet: r.outlet || null, published_date: date, ...(fetchedAt ? { fetched_at: new Date(fetchedAt).toISOString() } : {}) });
    }
  }
  if (problems.length) throw new ManifestError(path, [...problems].sort((a, b) => a.line - b.line));
  return out;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}
