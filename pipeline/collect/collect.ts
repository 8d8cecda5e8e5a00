import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { appendFile, link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import robotsParserModule from "robots-parser";
import { COLUMNS, MANIFEST_NAME } from "../ingest/manifest.ts";

// robots-parser is CommonJS (module.exports = the function); its types declare an ES default export
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/**
 * The polite collector (`npm run collect`): fetches web pages into the raw
 * directory, one manifest row per fetch, so a build can read them.
 *
 * - It names itself (USER_AGENT, with a contact to write to), reads each
 *   host's robots.txt first and fetches nothing it disallows (a robots.txt
 *   that cannot be fetched for a server error or timeout disallows all,
 *   as RFC 9309 says; a missing one allows all), honours its Crawl-delay.
 * - One request at a time per host, `delayMs` apart (hosts in parallel,
 *   at most `hosts` at once).
 * - A 429, a 5xx, a timeout or a network error is retried with exponential
 *   backoff (Retry-After honoured, up to a minute), `retries` times.
 * - Redirects are followed (at most 5; robots.txt of each host checked);
 *   the manifest records the final URL.
 * - Resumable: a URL whose manifest row has a file that still has the
 *   row's SHA-256 is not fetched again.
 * - Files are snapshots, never rewritten: a page saved at
 *   `raw/<host>/<path>.html`; a later fetch of the same URL with other bytes
 *   is saved beside it as `<path>.<first 12 hex digits of its SHA-256>.html`.
 * - A progress line per URL on stderr, then a summary of what failed and why.
 */
export interface CollectOptions {
  readonly urls: readonly string[];
  readonly rawDir: string;
  readonly userAgent?: string;
  /** Pause between two requests to one host. */
  readonly delayMs?: number;
  readonly timeoutMs?: number;
  readonly retries?: number;
  /** First backoff; doubled at each retry. */
  readonly backoffMs?: number;
  /** Hosts fetched at once. */
  readonly hosts?: number;
  readonly maxBytes?: number;
  readonly log?: (line: string) => void;
}

export const USER_AGENT = "hoidam-collector/0.1 (research dataset of Vietnam-Japan defence meetings; collects news pages politely, obeys robots.txt)";

export interface Fetched {
  readonly url: string;
  readonly outcome: "saved" | "unchanged" | "skipped" | "failed";
  readonly file: string | null;
  readonly status: number | null;
  readonly error: string | null;
}

export interface CollectSummary {
  readonly results: readonly Fetched[];
  readonly saved: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly failed: number;
}

type Row = Record<string, string>;

export async function collect(options: CollectOptions): Promise<CollectSummary> {
  const o = { userAgent: USER_AGENT, delayMs: 1000, timeoutMs: 30_000, retries: 3, backoffMs: 1000, hosts: 4, maxBytes: 5 * 1024 * 1024, log: (l: string) => process.stderr.write(`${l}\n`), ...options };
  await mkdir(o.rawDir, { recursive: true });
  const manifest = await openManifest(join(o.rawDir, MANIFEST_NAME));
  const results: Fetched[] = [];
  const urls = [...new Set(o.urls.map((u) => u.trim()).filter((u) => u && !u.startsWith("#")))];
  let done = 0;
  const report = (r: Fetched) => {
    results.push(r);
    done++;
    const failed = results.filter((x) => x.outcome === "failed").length;
    o.log(`[${done}/${urls.length}] ${r.outcome.padEnd(9)} ${r.status ?? "   "} ${r.url}${r.file ? ` → ${r.file}` : ""}${r.error ? ` (${r.error})` : ""}${failed ? `  [${failed} failed]` : ""}`);
  };

  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    let host: string;
    try {
      const u = new URL(url);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
      host = u.host;
    } catch {
      report({ url, outcome: "failed", file: null, status: null, error: "not an http(s) URL" });
      continue;
    }
    const fresh = manifest.fetched(url, o.rawDir);
    if (fresh) {
      report({ url, outcome: "skipped", file: fresh, status: null, error: null });
      continue;
    }
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }

  const robots = new Map<string, Promise<Robots>>();
  const lastRequest = new Map<string, number>();
  /** Wait for the host's turn: `delay` after its last request. */
  const polite = async (host: string, delay: number) => {
    const last = lastRequest.get(host);
    if (last !== undefined) await sleep(last + delay - Date.now());
    lastRequest.set(host, Date.now());
  };
  const robotsOf = (origin: string): Promise<Robots> => {
    let r = robots.get(origin);
    if (!r) {
      r = fetchRobots(origin, o, polite);
      robots.set(origin, r);
    }
    return r;
  };

  const hostQueue = [...byHost.entries()];
  const runHost = async () => {
    for (let next = hostQueue.shift(); next; next = hostQueue.shift()) {
      for (const url of next[1]) report(await fetchOne(url, o, manifest, robotsOf, polite));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.hosts) }, runHost));

  const failed = results.filter((r) => r.outcome === "failed");
  const count = (k: Fetched["outcome"]) => results.filter((r) => r.outcome === k).length;
  o.log(`collected ${urls.length} URL(s): ${count("saved")} saved, ${count("unchanged")} unchanged, ${count("skipped")} already collected, ${failed.length} failed`);
  for (const f of failed) o.log(`  failed ${f.url}: ${f.status ? `HTTP ${f.status}` : ""}${f.status && f.error ? ", " : ""}${f.error ?? ""}`);
  return { results, saved: count("saved"), unchanged: count("unchanged"), skipped: count("skipped"), failed: failed.length };
}

interface Robots {
  allowed(url: string): boolean;
  readonly delayMs: number;
  readonly note: string | null;
}

type Opts = Required<Omit<CollectOptions, "urls">>;

async function fetchRobots(origin: string, o: Opts, polite: (host: string, delay: number) => Promise<void>): Promise<Robots> {
  const url = `${origin}/robots.txt`;
  const res = await request(url, o, polite, o.delayMs);
  if (res.ok && res.status === 200) {
    const robots = robotsParser(url, new TextDecoder().decode(res.body));
    const crawlDelay = robots.getCrawlDelay(o.userAgent);
    return { allowed: (u) => robots.isAllowed(u, o.userAgent) !== false, delayMs: Math.max(o.delayMs, Math.min(60, crawlDelay ?? 0) * 1000), note: null };
  }
  if (res.ok && res.status >= 400 && res.status < 500) return { allowed: () => true, delayMs: o.delayMs, note: null };
  // a robots.txt that cannot be had for a server error or a timeout: take the whole site as disallowed (RFC 9309 §2.3.1.4)
  const why = res.ok ? `HTTP ${res.status}` : res.error;
  return { allowed: () => false, delayMs: o.delayMs, note: `robots.txt could not be fetched (${why}); the site is taken as disallowing all` };
}

type Response = { ok: true; status: number; headers: Headers; body: Uint8Array; url: string } | { ok: false; error: string; status: number | null };

/** One GET with retries on 429, 5xx, timeouts and network errors; redirects are not followed here. */
async function request(url: string, o: Opts, polite: (host: string, delay: number) => Promise<void>, delay: number): Promise<Response> {
  const host = new URL(url).host;
  let last: Response = { ok: false, error: "not fetched", status: null };
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    await polite(host, delay);
    let retryAfter: number | null = null;
    try {
      const res = await fetch(url, { redirect: "manual", headers: { "user-agent": o.userAgent, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", "accept-encoding": "gzip, deflate, br" }, signal: AbortSignal.timeout(o.timeoutMs) });
      const body = new Uint8Array(await res.arrayBuffer());
      if (res.status !== 429 && res.status < 500) return { ok: true, status: res.status, headers: res.headers, body, url };
      last = { ok: false, error: res.status === 429 ? "too many requests" : "server error", status: res.status };
      const ra = Number(res.headers.get("retry-after"));
      if (Number.isFinite(ra) && ra >= 0) retryAfter = Math.min(60_000, ra * 1000);
    } catch (e) {
      const name = (e as Error).name;
      last = { ok: false, error: name === "TimeoutError" || name === "AbortError" ? `timed out after ${o.timeoutMs} ms` : `network error: ${((e as Error).cause as Error | undefined)?.message ?? (e as Error).message}`, status: null };
    }
    if (attempt < o.retries) await sleep(retryAfter ?? o.backoffMs * 2 ** attempt);
  }
  return last.ok ? last : { ...last, error: `${last.error}, after ${o.retries + 1} attempts` };
}

async function fetchOne(url: string, o: Opts, manifest: Manifest, robotsOf: (origin: string) => Promise<Robots>, polite: (host: string, delay: number) => Promise<void>): Promise<Fetched> {
  const fail = async (error: string, status: number | null, finalUrl: string = url): Promise<Fetched> => {
    await manifest.append({ file: "", url, final_url: finalUrl, fetched_at: new Date().toISOString(), status: status === null ? "" : String(status), sha256: "", bytes: "", error });
    return { url, outcome: "failed", file: null, status, error };
  };
  let current = url;
  for (let hop = 0; hop <= 5; hop++) {
    const origin = new URL(current).origin;
    const robots = await robotsOf(origin);
    if (!robots.allowed(current)) return fail(robots.note ?? `disallowed by ${origin}/robots.txt`, null, current);
    const res = await request(current, o, polite, robots.delayMs);
    if (!res.ok) return fail(res.error, res.status, current);
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      current = new URL(res.headers.get("location")!, current).href;
      continue;
    }
    if (res.status < 200 || res.status >= 300) return fail(`HTTP ${res.status}`, res.status, current);
    const type = res.headers.get("content-type") ?? "";
    if (type && !/^\s*(text\/html|application\/xhtml\+xml)/i.test(type)) return fail(`not an HTML page (${type.split(";")[0]})`, res.status, current);
    if (res.body.length > o.maxBytes) return fail(`${res.body.length} bytes; the limit is ${o.maxBytes}`, res.status, current);
    const sha = createHash("sha256").update(res.body).digest("hex");
    const { file, fresh } = await saveSnapshot(o.rawDir, url, res.body, sha);
    if (manifest.has(file)) return { url, outcome: "unchanged", file, status: res.status, error: null };
    await manifest.append({ file, url, final_url: current, fetched_at: new Date().toISOString(), status: String(res.status), sha256: sha, bytes: String(res.body.length), error: "" });
    return { url, outcome: fresh ? "saved" : "unchanged", file, status: res.status, error: null };
  }
  return fail("more than 5 redirects", null, current);
}

/** Where a URL's page goes under the raw directory: `<host>/<path>`, made a safe relative path ending in .html. */
export function snapshotPath(url: string): string {
  const u = new URL(url);
  const host = u.host.replace(/[^\w.-]/g, "_");
  let segments = u.pathname.split("/").map((s) => decodeSafe(s)).filter((s) => s && s !== "." && s !== "..");
  if (u.pathname.endsWith("/") || segments.length === 0) segments.push("index");
  segments = segments.map((s) => s.replace(/[^\p{L}\p{N}._-]/gu, "_").replace(/^\.+/, "_").slice(0, 120));
  let name = segments.pop()!;
  if (u.search) name = `${name.replace(/\.html?$/i, "")}_${createHash("sha256").update(u.search).digest("hex").slice(0, 8)}`;
  if (!/\.html?$/i.test(name)) name += ".html";
  return [host, ...segments, name].join("/");
}

/** Save the bytes as a new file, never over another: the URL's path, else the path with the hash in its name. */
async function saveSnapshot(rawDir: string, url: string, body: Uint8Array, sha: string): Promise<{ file: string; fresh: boolean }> {
  const plain = snapshotPath(url);
  const hashed = plain.replace(/(\.html?)$/i, `.${sha.slice(0, 12)}$1`);
  for (const file of [plain, hashed]) {
    const path = join(rawDir, file);
    if (existsSync(path)) {
      if (createHash("sha256").update(readFileSync(path)).digest("hex") === sha) return { file, fresh: false };
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, body);
    try {
      await link(tmp, path); // fails if the name was taken meanwhile: nothing is overwritten
    } finally {
      await rm(tmp, { force: true });
    }
    return { file, fresh: true };
  }
  throw new Error(`${join(rawDir, hashed)} holds other bytes than its name says; leave collected files as they were`);
}

interface Manifest {
  /** The file of a successful earlier fetch of `url` that still has its hash, if any. */
  fetched(url: string, rawDir: string): string | null;
  has(file: string): boolean;
  append(row: Row): Promise<void>;
}

/** The raw directory's manifest, created with the collector's columns, or given them (its rows kept) if it lacks some. */
async function openManifest(path: string): Promise<Manifest> {
  let header = COLUMNS.filter((c) => c !== "outlet" && c !== "published_date");
  let rows: Row[] = [];
  if (existsSync(path)) {
    const records = parse(readFileSync(path), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    const [head = [], ...body] = records;
    rows = body.map((r) => Object.fromEntries(head.map((c, k) => [c, r[k] ?? ""])));
    const missing = header.filter((c) => !head.includes(c));
    header = [...head, ...missing];
    if (missing.length) {
      // the manifest is the collector's log, not a collected file: it may gain columns
      const tmp = `${path}.tmp-${process.pid}`;
      await writeFile(tmp, stringify([header, ...rows.map((r) => header.map((c) => r[c] ?? ""))]));
      await rename(tmp, path);
    }
  } else {
    await writeFile(path, stringify([header]));
  }
  const files = new Set(rows.map((r) => r.file).filter(Boolean));
  return {
    fetched(url, rawDir) {
      for (const r of rows) {
        if (r.url !== url || !r.file || !r.sha256 || !/^2\d\d$/.test(r.status ?? "")) continue;
        const p = join(rawDir, r.file);
        if (existsSync(p) && createHash("sha256").update(readFileSync(p)).digest("hex") === r.sha256) return r.file;
      }
      return null;
    },
    has: (file) => files.has(file),
    async append(row) {
      rows.push(row);
      if (row.file) files.add(row.file);
      await appendFile(path, stringify([header.map((c) => row[c] ?? "")]));
    },
  };
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}
