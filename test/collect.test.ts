import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { collect, snapshotPath, USER_AGENT } from "../pipeline/collect/collect.ts";
import { parseManifest } from "../pipeline/ingest/manifest.ts";
import { quietBuild, tempDir } from "./helpers.ts";
import { startFixtureServer, type FixtureServer } from "./web-fixtures.ts";

describe("npm run collect, against a loopback server", { timeout: 60_000 }, () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  const quick = { delayMs: 50, timeoutMs: 500, retries: 2, backoffMs: 20, log: () => {} };

  it("saves pages with a manifest row each, follows redirects, retries, and names every failure", async () => {
    const raw = await tempDir();
    const o = server.origin;
    const urls = ["/tin/hoi-dam.html", "/cu/hoi-dam", "/tin/cp1258.html", "/tin/gzip.html", "/tin/flaky.html", "/tin/busy.html", "/tin/khong-co.html", "/tin/loi.html", "/tin/cham.html", "/private/bi-mat.html", "/anh/logo.png"].map((p) => o + p);
    const lines: string[] = [];
    const summary = await collect({ ...quick, urls: [...urls, "ftp://x.example/a"], rawDir: raw, log: (l) => lines.push(l) });
    const by = Object.fromEntries(summary.results.map((r) => [r.url.replace(o, ""), r]));
    assert.equal(by["/tin/hoi-dam.html"]!.outcome, "saved");
    assert.equal(by["/tin/hoi-dam.html"]!.file, `127.0.0.1_${o.split(":").pop()}/tin/hoi-dam.html`);
    assert.equal(by["/cu/hoi-dam"]!.outcome, "saved");
    for (const ok of ["/tin/cp1258.html", "/tin/gzip.html", "/tin/flaky.html", "/tin/busy.html"]) assert.equal(by[ok]!.outcome, "saved", ok);
    assert.match(by["/tin/khong-co.html"]!.error!, /HTTP 404/);
    assert.match(by["/tin/loi.html"]!.error!, /server error, after 3 attempts/);
    assert.match(by["/tin/cham.html"]!.error!, /timed out after 500 ms/);
    assert.match(by["/private/bi-mat.html"]!.error!, /disallowed by .*robots\.txt/);
    assert.match(by["/anh/logo.png"]!.error!, /not an HTML page \(image\/png\)/);
    assert.equal(by["ftp://x.example/a"]!.error, "not an http(s) URL");
    assert.equal(summary.failed, 6);
    assert.match(lines.at(-7)!, /collected 12 URL\(s\): 6 saved, 0 unchanged, 0 already collected, 6 failed/);
    assert.ok(lines.some((l) => /^\[\d+\/12\] saved/.test(l)), "a progress line per URL");

    // the gzip page is saved decoded; the windows-1258 page as its bytes
    assert.match(readFileSync(join(raw, by["/tin/gzip.html"]!.file!), "utf8"), /Kihara Minoru/);
    assert.ok(readFileSync(join(raw, by["/tin/cp1258.html"]!.file!)).includes(Buffer.from("windows-1258")));

    // every request named itself, robots.txt came first, the host never had two requests at once, and they were spread by the delay
    assert.ok(server.requests.every((r) => r.userAgent === USER_AGENT));
    assert.equal(server.requests[0]!.path, "/robots.txt");
    assert.equal(server.requests.filter((r) => r.path === "/private/bi-mat.html").length, 0);
    assert.equal(server.maxInFlight(), 1);
    const times = server.requests.map((r) => r.at);
    // (arrival times jitter on a loaded machine; their span cannot: each request waits 50 ms after the one before was sent)
    assert.ok(times.at(-1)! - times[0]! >= 0.9 * 50 * (times.length - 1), `${times.length} requests in ${times.at(-1)! - times[0]!} ms`);

    // the manifest: a row per fetch, the build reads it (failed fetches are not articles)
    const text = readFileSync(join(raw, "manifest.csv"), "utf8");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 11);
    const redirected = rows.find((r) => r.url === `${o}/cu/hoi-dam`)!;
    assert.equal(redirected.final_url, `${o}/tin/hoi-dam.html`);
    assert.equal(redirected.status, "200");
    assert.match(redirected.fetched_at!, /^\d{4}-\d\d-\d\dT/);
    assert.equal(Number(redirected.bytes), statSync(join(raw, redirected.file!)).size);
    const entries = parseManifest(text, "manifest.csv");
    assert.equal(entries.size, 6);

    // resumable: a second run fetches nothing already collected, and rewrites no file
    const mtimes = rows.filter((r) => r.file).map((r) => statSync(join(raw, r.file!)).mtimeMs);
    const before = server.requests.length;
    const again = await collect({ ...quick, urls: urls.slice(0, 2), rawDir: raw });
    assert.deepEqual([again.skipped, again.saved], [2, 0]);
    assert.equal(server.requests.length, before);
    assert.deepEqual(rows.filter((r) => r.file).map((r) => statSync(join(raw, r.file!)).mtimeMs), mtimes);

    // and the collected folder builds: the relevant pages are articles with the URL the collector asked for
    const dir = await tempDir();
    await quietBuild({ rawDir: raw, outDir: join(dir, "out"), cacheDir: join(dir, "cache"), threads: 1 });
    const articles = parse(readFileSync(join(dir, "out/csv/articles.csv")), { columns: true }) as Record<string, string>[];
    const screened = parse(readFileSync(join(dir, "out/csv/screened_out.csv")), { columns: true }) as Record<string, string>[];
    assert.equal(articles.length + screened.length, 6);
    assert.ok(articles.every((a) => a.input_kind === "html" && a.url_source === "manifest" && a.fetched_at));
    assert.deepEqual(screened.map((s) => s.reason), ["topic"]); // the busy page is about rice prices
  });

  it("saves a changed page beside the first snapshot, never over it", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const raw = await tempDir();
    const url = `${server.origin}/tin/hoi-dam.html`;
    const first = join(raw, snapshotPath(url));
    mkdirSync(join(first, ".."), { recursive: true });
    writeFileSync(first, "an older snapshot of the page");
    const s = await collect({ ...quick, urls: [url], rawDir: raw });
    assert.equal(s.saved, 1);
    assert.match(s.results[0]!.file!, /hoi-dam\.[0-9a-f]{12}\.html$/);
    assert.equal(readFileSync(first, "utf8"), "an older snapshot of the page");
  });

  it("makes safe file names from URLs", () => {
    assert.equal(snapshotPath("https://tin.example/a/b/"), "tin.example/a/b/index.html");
    assert.equal(snapshotPath("https://tin.example/../../etc/passwd"), "tin.example/etc/passwd.html");
    assert.match(snapshotPath("https://tin.example/bai?id=3"), /^tin\.example\/bai_[0-9a-f]{8}\.html$/);
    assert.equal(snapshotPath("https://tin.example/quốc-phòng.htm"), "tin.example/quốc-phòng.htm");
  });
});
