import type { Rejection } from "./reject.ts";

/**
 * Whether a decoded text file holds HTML or XML markup rather than prose (a
 * saved web page, a feed, a fragment of a page's source). Until ingest reads
 * HTML, such a file is rejected (`markup`) rather than ingested as an
 * article whose headline is `<html><head>…`. Three signs, any of which is
 * enough:
 *
 * - it starts with a document declaration: `<!doctype`, `<html`, `<?xml`;
 * - at least MARKUP_SHARE of its visible characters are markup: inside
 *   tags, comments, declarations, or in `<script>`/`<style>` elements;
 * - most of its lines (and at least MIN_LINES) begin with a tag, as a page's
 *   source does even where its text is long.
 *
 * Prose that mentions a tag or a comparison ("< 5", "<b>" in a sentence)
 * meets none of them, and HTML entities (`&amp;`, `&#7899;`) are not
 * markup: cleaning decodes them as characters of the text.
 */
export const MARKUP_SHARE = 0.3;
const MIN_LINES = 3;

const DECLARATION = /^[\s\uFEFF]*(<!doctype\s|<html[\s>]|<\?xml[\s?])/i;
/** Whole elements whose content is code, not text. */
const CODE_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** A tag, comment, CDATA section, declaration or processing instruction. */
const TAG = /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|[!?][^<>]*>|\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>)/g;
const LINE_STARTS_WITH_TAG = /^[\s\uFEFF]*<(?:[!?/]|[A-Za-z][\w:.-]*[\s/>])/;

export function checkMarkup(text: string): Rejection | null {
  const first = text.search(/<[A-Za-z!?/]/);
  if (first < 0) return null; // no tag can start anywhere: prose, and the common case costs one scan
  const where = () => `first tag at line ${lineAt(text, first)}: ${quote(text.slice(first).match(TAG)?.[0] ?? text.slice(first, first + 40))}`;
  const declaration = DECLARATION.exec(text);
  if (declaration) return markup(`starts with ${quote(declaration[1]!.trim())}, as an HTML or XML document does`);

  const visible = countVisible(text);
  const prose = countVisible(text.replace(CODE_ELEMENT, " ").replace(TAG, " "));
  const share = visible ? (visible - prose) / visible : 0;
  if (share >= MARKUP_SHARE) return markup(`${Math.round(share * 100)}% of the visible characters are tags, comments or scripts (${where()})`);

  const lines = text.split("\n").filter((l) => l.trim());
  const tagged = lines.filter((l) => LINE_STARTS_WITH_TAG.test(l)).length;
  if (tagged >= MIN_LINES && tagged * 2 > lines.length) return markup(`${tagged} of ${lines.length} lines begin with a tag (${where()})`);
  return null;
}

function markup(why: string): Rejection {
  return { reason: "markup", detail: `HTML or XML markup, not prose: ${why}; save the article's text instead` };
}

function countVisible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xfeff && c !== 0xa0) n++;
  }
  return n;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function quote(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return `'${one.length > 40 ? `${one.slice(0, 40)}…` : one}'`;
}
