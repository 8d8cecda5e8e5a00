import type { ScreenedOutRow } from "../generated/tables.ts";

/**
 * The relevance screen for web pages: a crawl holds mostly pages that are
 * not about Vietnam–Japan defence, and each costs reprint detection,
 * translation repair and extraction. A page goes on when it is Vietnamese
 * (the lexicon's common Vietnamese words make at least VIETNAMESE_SHARE of
 * its words) and names Japan and defence or security (a word of each
 * topic class). The words are data: `screen_words` in reference/lexicon.json.
 */
export interface ScreenWord {
  readonly form: string;
  readonly topic: "vietnamese" | "japan" | "defence";
}

export interface Screen {
  readonly vietnamese: ReadonlySet<string>;
  readonly topics: readonly { readonly topic: "japan" | "defence"; readonly pattern: RegExp }[];
}

export type ScreenReason = ScreenedOutRow["reason"];

export const VIETNAMESE_SHARE = 0.08;
/** Fewer words than this cannot be judged by share: the language test passes them on to the topic test. */
const MIN_WORDS = 30;

/** Compile the lexicon's screen words (plain data, so it can be sent to worker threads and compiled there). */
export function compileScreen(words: readonly ScreenWord[]): Screen {
  const vietnamese = new Set(words.filter((w) => w.topic === "vietnamese").map((w) => w.form.toLowerCase()));
  const topics = (["japan", "defence"] as const).map((topic) => {
    const forms = words.filter((w) => w.topic === topic).map((w) => w.form);
    // whole words: no letter or digit on either side; either case of the first letter
    const alternatives = forms.map((f) => `[${f[0]!.toLowerCase()}${f[0]!.toUpperCase()}]${escape(f.slice(1))}`);
    return { topic, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|") || "(?!)"})(?![\\p{L}\\p{N}])`, "u") };
  });
  return { vietnamese, topics };
}

/**
 * A first look at the whole page before its article is looked for (which
 * costs a DOM and Readability): a page whose every word, markup and
 * metadata included, names no word of a topic has no article that does,
 * so it is screened out here. `text` is the page cleaned as an article's text
 * would be (entities decoded, invisible characters dropped, spaces folded,
 * NFC), tags and all. The decision is the topic test's; the reason given
 * is the language one when the page's words are not Vietnamese, as the full
 * screen would have said first.
 */
export function screenWholePage(text: string, screen: Screen): { reason: ScreenReason; detail: string } | null {
  const missing = screen.topics.filter((t) => !t.pattern.test(text)).map((t) => t.topic);
  if (!missing.length) return null;
  const language = languageOf(text.replace(/<[^>]*>/g, " "), screen);
  if (language) return language;
  return { reason: "topic", detail: `no word of the topic${missing.length > 1 ? "s" : ""} ${missing.join(" and ")} anywhere in the page (reference/lexicon.json screen_words)` };
}

/** Null when the text is Vietnamese enough (or too short to judge); else the language reason. */
function languageOf(text: string, screen: Screen): { reason: ScreenReason; detail: string } | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let hits = 0;
  for (const w of words) if (screen.vietnamese.has(w)) hits++;
  const share = hits / words.length;
  return share < VIETNAMESE_SHARE ? { reason: "language", detail: `${(share * 100).toFixed(1)}% of its ${words.length} words are common Vietnamese words (at least ${VIETNAMESE_SHARE * 100}% are needed)` } : null;
}

/** Null when the page goes on; else why it is screened out. Reads NFC text. */
export function screenText(text: string, screen: Screen): { reason: ScreenReason; detail: string } | null {
  const language = languageOf(text, screen);
  if (language) return language;
  const missing = screen.topics.filter((t) => !t.pattern.test(text)).map((t) => t.topic);
  if (missing.length) return { reason: "topic", detail: `no word of the topic${missing.length > 1 ? "s" : ""} ${missing.join(" and ")} (reference/lexicon.json screen_words)` };
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
