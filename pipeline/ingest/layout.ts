import { monthPrefix, outletMark, parseDateline, type Dateline, type DatelineWords } from "./dateline.ts";

/**
 * The parts of an article page that survive a copy-paste from a news site:
 * headline, date line, byline, body, photo captions, source credits, and
 * the site's own boilerplate (hotlines, "Báo lỗi", related-story lists,
 * portal footers). Later stages read only body and caption paragraphs.
 */
export type ParagraphKind = "headline" | "dateline" | "byline" | "body" | "caption" | "credit" | "boilerplate";

export interface Paragraph {
  /** Offsets in the cleaned text (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: ParagraphKind;
}

export interface Layout {
  readonly paragraphs: readonly Paragraph[];
  readonly headline: string;
  readonly byline: string | null;
  /** Outlet named in the lead's prefix ("VOV.VN - ", "(Bqp.vn) - "). */
  readonly outlet: string | null;
  /** The publication date line (see `analyseLayout` for which one when there are several). */
  readonly dateline: Dateline | null;
  readonly datelineText: string | null;
  /** The earliest update stamp with a full date ("Cập nhật: 10:15 | 05/03/2023"): the page existed then. */
  readonly updateStamp: Dateline | null;
}

/** Date lines are read in the first lines under the headline, and labelled ones also in the last lines of the page. */
const TOP_LINES = 4;
/** A line that is only a time of day ("09:30", "16:45 (GMT+7)"). */
const TIME_ONLY = /^\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*\(GMT\s*[+-]\s*\d{1,2}\))?$/i;
const BOTTOM_LINES = 5;

/** Lines that are site furniture wherever they stand. */
const BOILERPLATE_LINE: readonly RegExp[] = [
  /^\*?\s*(Địa chỉ|Tel|Điện thoại|Email|E-mail|Website|Fax|Tổng [Bb]iên tập|Phó [Tt]ổng [Bb]iên tập|Giấy phép|Quyết định cho phép)\b.*[:.]/i,
  /^Báo lỗi\b/i,
  /^\*?\s*Vui lòng (nhập|điền)/i,
  /^Chia sẻ(\s+(Zalo|Facebook|Twitter|bài viết))*\s*$/i,
  /^File đính kèm\s*:?\s*$/i,
  /^(>>|»)/,
  /^[®©]|^Copyright\b/i,
  /^[-=_*~.•]{3,}$/,
];

/** Lines that open a block of furniture: what follows is furniture while it looks like link titles. */
const FOOTER_START: readonly RegExp[] = [
  /^(Tin|Bài|Bài viết)\s+(liên quan|đọc nhiều|mới nhất|cùng chuyên mục|được quan tâm|xem nhiều|khác)\s*:?\s*$/i,
  /^Xem thêm\s*:?\s*$/i,
  /^(Đường dây nóng|Hotline)\b/i,
  /^CỔNG THÔNG TIN ĐIỆN TỬ\b/,
];

const CAPTION: readonly RegExp[] = [
  /(^|[\s.(])Ảnh\s*:/i,
  /\(Ảnh:?\s[^)]*\)\s*$/i,
  /^(Quang cảnh|Toàn cảnh)\b/i,
  // A short line that only says what the photo shows: "Hình ảnh tại diễn đàn.", "Một số hình ảnh buổi tiếp."
  /^(?:Một số )?hình ảnh\b[^.!?]{0,60}\.?$/iu,
  /chụp ảnh (chung|lưu niệm)/i,
];

/** "(Bqp.vn) - ", "VOV.VN - ", "Kinhtedothi - ", "(PLO)- ", "TGVN. " at the start of the lead. */
const OUTLET_PREFIX = /^(?:\(([^()]{2,30})\)\s*[-–—]|([\p{L}\d][\p{L}\d.+&]{1,29})\s+[-–—]|(\p{Lu}{2,}[\p{L}.]*)\.)\s+(?=\S)/u;

/** The length of an outlet's tag opening a lead ("VOV.VN - ", "(QĐND) - ", "TG&VN - "), 0 when it opens with none. */
export function outletPrefixLength(lead: string): number {
  return OUTLET_PREFIX.exec(lead)?.[0].length ?? 0;
}

/**
 * Paragraph kinds, headline, byline, outlet and date lines of a cleaned text.
 *
 * Date lines: a line that is nothing but a date (with a time, weekday or
 * label; under the headline also a byline) is a `dateline` paragraph
 * wherever it stands, never prose. It is evidence when it stands among the first lines under the
 * headline, or is labelled ("Ngày đăng: …", "Cập nhật: …") and stands among
 * the last lines of the page. Of the publication lines
 * that are not doubtful (weekday and date agree), the one with the earliest
 * full date is the publication: a later one is a page clock or a re-post,
 * and publication comes before both; a line whose time has seconds is a page
 * clock, which gives way to any other line, earlier or later. Without a full
 * date, the first line with day and month but no year, else the first
 * labelled month ("date 2021-09", also read at the start of a line that goes
 * on with the headline). Update stamps are kept apart: never the publication
 * date.
 */
export function analyseLayout(text: string, words: DatelineWords): Layout {
  const lines = splitLines(text);
  const kinds: ParagraphKind[] = [];
  let inFooter = false;
  const datelines: { d: Dateline; line: string }[] = [];
  let byline: string | null = null;
  // A page copied from its top may print its date line above the headline ("Thứ Năm, 10/12/2020 - 16:45", then the
  // title): a line that is nothing but a date is no headline. The headline is the first line that is not.
  // (A line that is only the time of day, beside it, is page furniture.)
  const above: (Dateline | null)[] = [];
  while (above.length < Math.min(TOP_LINES, lines.length - 1)) {
    const line = lines[above.length]!.line;
    const d = parseDateline(line, words);
    if (!TIME_ONLY.test(line) && d?.rest !== "") break;
    above.push(d);
  }
  const head = above.length;

  for (const [i, { line }] of lines.entries()) {
    let kind: ParagraphKind;
    if (i === head) kind = "headline";
    else if (i < head) {
      const d = above[i]!;
      kind = d ? "dateline" : "boilerplate";
      if (d) datelines.push({ d, line });
    } else if (FOOTER_START.some((r) => r.test(line))) {
      kind = "boilerplate";
      inFooter = true;
    } else if (BOILERPLATE_LINE.some((r) => r.test(line))) kind = "boilerplate";
    else if (inFooter && looksLikeLinkTitle(line)) kind = "boilerplate";
    else {
      inFooter = false;
      const top = i <= head + TOP_LINES;
      const parsed: Dateline | null = parseDateline(line, words);
      // Inside the page only a bare or labelled date line is taken for one: "Chiều 20/10/2021, A hội đàm B" may be a caption.
      const d = parsed && (top || parsed.labelled || parsed.rest === "") ? parsed : null;
      if (d) {
        kind = "dateline"; // never prose, wherever it stands; evidence only at the top, or labelled at the bottom
        if (top || (d.labelled && i >= lines.length - BOTTOM_LINES)) {
          datelines.push({ d, line });
          if (!byline && !d.updated && d.rest && nameLike(d.rest)) byline = bylineName(d.rest);
        }
      } else if (nameLike(line)) {
        kind = "byline";
        byline ??= bylineName(line);
      } else if (isCredit(line)) kind = "credit";
      else if (line.length <= 200 && CAPTION.some((r) => r.test(line))) kind = "caption";
      else kind = "body";
    }
    kinds.push(kind);
  }

  const evidence = datelines.filter(({ d }) => !d.doubtful);
  // (A page's clock gives way to any other line: a stale clock may print a year long before the article's.)
  const candidates = evidence.filter(({ d }) => !d.updated);
  const published = candidates.some(({ d }) => !d.clock) ? candidates.filter(({ d }) => !d.clock) : candidates;
  const earliest = (xs: typeof evidence) => xs.filter(({ d }) => d.date !== null).reduce<(typeof xs)[number] | null>((a, b) => (a === null || b.d.date! < a.d.date! ? b : a), null);
  let chosen = earliest(published) ?? published.find(({ d }) => d.precision === "day") ?? published.find(({ d }) => d.precision === "month") ?? null;
  if (!chosen) {
    // "date 2021-09 Hai Bộ trưởng …": a labelled month before the headline or a top line's text.
    for (const { line } of lines.slice(0, head + TOP_LINES + 1)) {
      const m = monthPrefix(line, words);
      if (m && !m.updated) {
        chosen = { d: { date: null, precision: "month", day: null, month: m.month, year: m.year, time: null, weekday: null, weekdayNumber: null, rest: "", labelled: true, updated: false, doubtful: false, clock: false }, line };
        break;
      }
    }
  }

  const firstBody = lines.find((_, i) => kinds[i] === "body");
  const m = firstBody ? OUTLET_PREFIX.exec(firstBody.line) : null;
  // (Else the mark a date line opens with: "TGVN. 10:45 | 15/03/2023".)
  const outlet = (m ? (m[1] ?? m[2] ?? m[3] ?? "").trim() || null : null) ?? datelines.map(({ d }) => outletMark(d.rest)).find((o) => o !== null) ?? null;

  return {
    paragraphs: lines.map((l, i) => ({ start: l.start, end: l.end, kind: kinds[i]! })),
    headline: lines[head]?.line ?? "",
    byline,
    outlet,
    dateline: chosen?.d ?? null,
    datelineText: chosen?.line ?? null,
    updateStamp: earliest(evidence.filter(({ d }) => d.updated))?.d ?? null,
  };
}

function splitLines(text: string): { line: string; start: number; end: number }[] {
  const out: { line: string; start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line) out.push({ line, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

/** A related-story title or a footer fragment: short, not a finished sentence. */
function looksLikeLinkTitle(line: string): boolean {
  return /^[-–•*]\s/.test(line) || (line.length <= 160 && !/[.!?…:;"”]$/.test(line));
}

/** A source credit: "Theo VOV", "(TTXVN/Vietnam+)", "MINH HOÀNG (theo VOV)", "Nguồn: Tân Hoa Xã". */
function isCredit(line: string): boolean {
  if (line.length > 80) return false;
  return (
    namesSource(line) ||
    /\(\s*(Trách nhiệm\s+)?[Bb]iên tập\s*:/.test(line) ||
    (/^[^.!?]{0,50}\(\s*[^()\s][^()]{0,24}\)$/.test(line) && !/[a-zà-ỹ]{2,}\s+[a-zà-ỹ]{2,}\s+[a-zà-ỹ]{2,}/.test(line.replace(/\(.*\)$/, "")))
  );
}

/**
 * Whether a credit names another outlet as the article's source ("(Theo QĐND)", "Theo TTXVN", "Nguồn: VOV", "MINH
 * HOÀNG (theo VOV)"): the article is a reprint by its own word. (Not an agency's own mark, "(TTXVN/Vietnam+)", which
 * its first report prints too.)
 */
export function creditsAnotherOutlet(line: string): boolean {
  return line.length <= 80 && namesSource(line);
}

/** A credit's words that name where the text came from: "Theo …", "Nguồn: …", "… (theo …)". */
function namesSource(line: string): boolean {
  return /^\(?\s*Theo\s+\S/i.test(line) || /\bNguồn\s*:/i.test(line) || /\((theo|nguồn)\s[^)]*\)\s*$/i.test(line);
}

/** A person's name alone on a line, as bylines are: "Minh Tuấn |", "TUẤN SƠN", "Ngọc Sơn (từ Tô-ki-ô)". */
function nameLike(line: string): boolean {
  if (/^\(?\s*(Theo|Nguồn)\b/i.test(line)) return false; // "Theo QĐND" credits a source, not an author
  if (!NAME_AT_START.test(line)) return false;
  const name = bylineName(line);
  return /^\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){1,4}$/u.test(name);
}

/**
 * What `bylineName` keeps is the start of the line, up to the first "|",
 * "(" or "/" (it cuts the line there or the name holds one and is no
 * name), so a line that does not start with a name written so cannot be
 * one: a quick test that turns away body paragraphs without the three
 * replacements of `bylineName`.
 */
const NAME_AT_START = /^\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,4}\s*(?:[|(/]|$)/u;

function bylineName(line: string): string {
  return line
    .replace(/\s*\|\s*$/, "")
    .replace(/\s*\((?:từ|tại|gửi từ)\s[^)]*\)\s*$/i, "")
    .replace(/\/.*$/, "")
    .trim();
}
