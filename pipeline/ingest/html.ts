import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Rejection } from "./reject.ts";

/**
 * The article inside a web page, and what the page says about it.
 *
 * The text is found by Mozilla's Readability (Firefox's Reader View) on a
 * linkedom DOM: it scores the page's blocks by their prose and keeps the
 * article, leaving menus, related-links blocks, comments and footers out.
 * Its result is laid out one paragraph per line (a block element ends a
 * line, `<br>` too), under the headline, so the text goes through the same
 * cleaning and paragraph kinds as a `.txt` file.
 *
 * The metadata comes from the page's own markup, read before Readability
 * (which changes the DOM), each value with where it was found, in this order:
 * JSON-LD (`NewsArticle`, `Article`, `ReportageNewsArticle`…), then Open
 * Graph and `article:*` properties, then plain `<meta name>`, `<link
 * rel=canonical>`, `<time datetime>`, `<title>`. A page with no article
 * text (Readability finds none, or under MIN_CHARS) is rejected as
 * `no_article_text`.
 */
export type MetaSource = "json_ld" | "open_graph" | "meta" | "link_canonical" | "time_element" | "title_tag" | "readability";

export interface Sourced<T = string> {
  readonly value: T;
  readonly source: MetaSource;
}

export interface PageMetadata {
  readonly headline: Sourced | null;
  /** ISO 8601 timestamp as the page gives it. */
  readonly published: Sourced | null;
  readonly url: Sourced | null;
  readonly outlet: Sourced | null;
  readonly byline: Sourced | null;
}

export interface PageArticle {
  /** Headline on the first line, then the article's paragraphs, one a line. */
  readonly text: string;
  readonly metadata: PageMetadata;
  /**
   * The page's short lines right after its headline, before the first line of prose (at most a few): where portals
   * print the date line ("20:01 | 28/06/2015"), which the article text Readability finds often leaves out. Empty when
   * the page's metadata gives the publication date.
   */
  readonly headerLines: readonly string[];
}

export type PageResult = { readonly ok: true; readonly article: PageArticle } | { readonly ok: false; readonly rejection: Rejection };

/** Below this many characters of article text, Readability found no article (a section front, an error page, a gallery). */
export const MIN_CHARS = 200;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageArticle|BlogPosting|WebPage)$/;

export function readPage(html: string): PageResult {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document);
  // (Read before Readability, which rewrites the document; only a page whose metadata gives no date needs them.)
  const pageLines = metadata.published ? [] : blockLines(document.body as unknown as DomNode);
  let parsed: { title?: string | null; content?: string | null; byline?: string | null } | null = null;
  try {
    parsed = new Readability(document as never, { charThreshold: MIN_CHARS }).parse();
  } catch (e) {
    return { ok: false, rejection: { reason: "no_article_text", detail: `the page could not be read as an article: ${(e as Error).message}` } };
  }
  const body = parsed?.content ? blockText(parsed.content) : "";
  if (body.replace(/\s+/g, "").length < MIN_CHARS) {
    return { ok: false, rejection: { reason: "no_article_text", detail: `no article text found in the page (${body.replace(/\s+/g, " ").trim().length} characters of prose; at least ${MIN_CHARS} are needed)` } };
  }
  const headline = metadata.headline ?? (parsed?.title ? { value: parsed.title, source: "readability" as const } : null);
  const byline = metadata.byline ?? (parsed?.byline ? { value: parsed.byline, source: "readability" as const } : null);
  const lines = body.split("\n");
  // Readability usually drops a title repeated as the first block; drop it if it did not, so the headline is one line
  if (headline && lines[0]?.trim() === headline.value.trim()) lines.shift();
  const text = headline ? `${headline.value}\n${lines.join("\n")}` : lines.join("\n");
  return { ok: true, article: { text, metadata: { ...metadata, headline, byline }, headerLines: headerLines(pageLines, headline?.value ?? null) } };
}

/** How long a line after the headline may be and still be no prose; how many such lines are kept. */
const HEADER_LINE = 90;
const HEADER_LINES = 6;

/** The short lines after the page's line that is the headline, up to its first line of prose. */
function headerLines(lines: readonly string[], headline: string | null): string[] {
  const at = headline ? lines.indexOf(headline.replace(/\s+/g, " ").trim()) : -1;
  if (at < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.length > HEADER_LINE || out.length === HEADER_LINES) break;
    out.push(line);
  }
  return out;
}

/** Block elements: each ends a line of the text. */
const BLOCKS = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL"]);

/** Readability's article HTML as text, one block a line (the DOM's text nodes, never the tags). */
function blockText(content: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return blockLines(document.body as unknown as DomNode).join("\n");
}

/** A node's text, one block a line, empty lines dropped. */
function blockLines(root: DomNode | null): string[] {
  if (!root) return [];
  const out: string[] = [];
  const walk = (node: DomNode) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out.push((n.nodeValue ?? "").replace(/[\t\n\r ]+/g, " "));
      else if (n.nodeType === 1) {
        const tag = (n.tagName ?? "").toUpperCase();
        if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT") continue;
        if (tag === "BR") {
          out.push("\n");
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) out.push("\n");
        walk(n);
        if (block) out.push("\n");
      }
    }
  };
  walk(root);
  return out
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** What the walk reads of a DOM node (the project builds without the DOM's type library). */
interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly tagName?: string;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

type Doc = ReturnType<typeof parseHTML>["document"];

/** Headline, publication time, URL, outlet and author from the page's markup, each with where it was found. */
export function readMetadata(document: Doc): PageMetadata {
  const ld = jsonLdArticle(document);
  const prop = (name: string): string | null => attr(document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`), "content");
  const named = (name: string): string | null => attr(document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[itemprop="${name}"]`), "content");
  const pick = (...candidates: [string | null | undefined, MetaSource][]): Sourced | null => {
    for (const [value, source] of candidates) {
      const v = value?.replace(/\s+/g, " ").trim();
      if (v) return { value: v, source };
    }
    return null;
  };
  const time = document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]");
  const title = document.querySelector("title")?.textContent;
  return {
    headline: pick([ld?.headline, "json_ld"], [ld?.name, "json_ld"], [prop("og:title"), "open_graph"], [named("title"), "meta"], [title, "title_tag"]),
    published: pick(
      [ld?.datePublished, "json_ld"],
      [prop("article:published_time"), "open_graph"],
      [named("pubdate") ?? named("publishdate") ?? named("datePublished") ?? named("date") ?? named("dc.date") ?? named("DC.date.issued"), "meta"],
      [attr(time, "datetime"), "time_element"],
    ),
    url: pick([attr(document.querySelector('link[rel="canonical"]'), "href"), "link_canonical"], [prop("og:url"), "open_graph"], [ld?.url, "json_ld"]),
    outlet: pick([ld?.publisher, "json_ld"], [prop("og:site_name"), "open_graph"], [named("application-name"), "meta"]),
    byline: pick([ld?.author, "json_ld"], [notUrl(prop("article:author")), "open_graph"], [named("author"), "meta"]),
  };
}

interface LdArticle {
  headline?: string;
  name?: string;
  datePublished?: string;
  url?: string;
  publisher?: string;
  author?: string;
}

/** The first article object of the page's JSON-LD blocks (a top-level object, an array, or an `@graph`); a block that is not JSON is passed over. */
function jsonLdArticle(document: Doc): LdArticle | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const o = item as Record<string, unknown>;
        if (Array.isArray(o["@graph"])) queue.push(...(o["@graph"] as unknown[]));
        const types = ([] as unknown[]).concat(o["@type"] ?? []);
        if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t) && t !== "WebPage")) {
          return {
            headline: str(o.headline),
            name: str(o.name),
            datePublished: str(o.datePublished) ?? str(o.dateCreated),
            url: str(o.url) ?? str((o.mainEntityOfPage as Record<string, unknown> | undefined)?.["@id"]) ?? str(o.mainEntityOfPage),
            publisher: nameOf(o.publisher),
            author: nameOf(o.author),
          };
        }
      }
    }
  }
  return null;
}

function nameOf(v: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(v ?? [])
    .map((x) => (typeof x === "string" ? x : str((x as Record<string, unknown>)?.name)))
    .filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? names.join(", ") : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? v : undefined;
}

function notUrl(v: string | null): string | null {
  return v && !/^https?:/.test(v) ? v : null;
}

function attr(el: { getAttribute(name: string): string | null } | null | undefined, name: string): string | null {
  return el?.getAttribute(name) ?? null;
}
