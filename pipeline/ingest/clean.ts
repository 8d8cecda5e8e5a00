import { decodeHTML } from "entities";

/**
 * Cleans decoded article text and keeps the way back to the raw file.
 *
 * What cleaning does: drops a byte-order mark and invisible characters
 * (zero-width space, soft hyphen, control characters), decodes HTML
 * entities (`&nbsp;`, `&#7899;`), turns CRLF and CR into LF, folds runs of
 * spaces (NBSP and other Unicode spaces included) into one, trims each line,
 * drops empty lines, and composes every character to Unicode NFC. The
 * result is one paragraph per line.
 *
 * The offset map: `anchors` holds pairs (cleanOffset, rawOffset), one pair
 * wherever the distance between the two texts changes. Clean offsets count
 * UTF-16 code units of the cleaned text; raw offsets count Unicode code
 * points of the raw file decoded as UTF-8 (BOM included), which is what
 * `open(path, encoding="utf-8").read()[start:end]` indexes in Python.
 */
export interface CleanText {
  readonly text: string;
  /** Flattened [clean0, raw0, clean1, raw1, ...], clean offsets increasing. */
  readonly anchors: readonly number[];
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const COMBINING = /^\p{M}$/u;
const SPACE = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;
const NEWLINE = /^[\n\r\u0085\u2028\u2029]$/;
// Invisible or control characters: BOM/ZWNBSP, zero-width space, soft hyphen, word joiner, C0/C1 controls.
const DROP = /^[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b\u2060\ufeff]$/;

/**
 * Clean `raw` (see the module comment). Equal to `cleanTextReference`, but
 * a run of ordinary characters — ones that NFC leaves as they are, not
 * followed by a combining mark — and the single spaces between them is
 * copied as one slice, and other spaces, line
 * breaks and invisible characters are told apart by a table instead of a
 * regular expression per character. Everything else (combining marks,
 * characters NFC changes, CR, `&`, surrogates) goes through the reference
 * path, one unit at a time.
 */
export function cleanText(raw: string): CleanText {
  const w = new CleanWriter();
  let i = 0; // UTF-16 index into raw
  let cp = 0; // code point index into raw
  const n = raw.length;

  while (i < n) {
    const k = classOf(raw.charCodeAt(i));
    if (k === SPACE_CLASS || k === NEWLINE_CLASS) {
      if (k === SPACE_CLASS) w.space(cp);
      else w.newline(cp);
      i++;
      cp++;
      continue;
    }
    if (k === PLAIN || k === DROP_CLASS) {
      let j = i + 1;
      if (k === PLAIN) {
        // The run goes on over single spaces between ordinary characters: each would come out as itself, where it stands.
        for (;;) {
          while (j < n && (classes[raw.charCodeAt(j)] || classOf(raw.charCodeAt(j))) === PLAIN) j++;
          if (j + 1 < n && raw.charCodeAt(j) === 0x20 && classOf(raw.charCodeAt(j + 1)) === PLAIN) j += 2;
          else break;
        }
      }
      // The last character may carry combining marks (an astral code point after it may be one): the unit path composes it.
      if (j < n) {
        const d = raw.charCodeAt(j);
        if (classOf(d) === MARK || (d >= 0xd800 && d <= 0xdbff)) j--;
      }
      if (j > i) {
        if (k === PLAIN) w.content(j === i + 1 ? raw[i]! : raw.slice(i, j), cp);
        cp += j - i;
        i = j;
        continue;
      }
    }
    // One unit as in cleanTextReference.
    const u = readUnit(raw, i, cp);
    w.unit(u.unit, cp);
    i = u.i;
    cp = u.cp;
  }
  return w.done();
}

/**
 * Classes of BMP code units for the fast path of `cleanText`, worked out on
 * first sight and remembered (0: not yet seen).
 *  - PLAIN: a character that stands for itself: NFC leaves it alone and it is
 *    not a space, line break, invisible character or combining mark;
 *  - SPACE_CLASS, NEWLINE_CLASS: a space or line break other than CR (CR may
 *    start a CRLF pair);
 *  - DROP_CLASS: an invisible character NFC leaves alone;
 *  - MARK: a combining mark (it joins the character before it);
 *  - OTHER: "&" (may start an entity), CR, surrogates, characters NFC changes.
 */
const PLAIN = 1;
const SPACE_CLASS = 2;
const NEWLINE_CLASS = 3;
const DROP_CLASS = 4;
const MARK = 5;
const OTHER = 6;
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  const k = classes[c]!;
  return k !== 0 ? k : (classes[c] = classify(c));
}

function classify(c: number): number {
  if (c === 0x26 || c === 0x0d || (c >= 0xd800 && c <= 0xdfff)) return OTHER;
  const ch = String.fromCharCode(c);
  if (NEWLINE.test(ch)) return NEWLINE_CLASS;
  if (SPACE.test(ch)) return SPACE_CLASS;
  if (COMBINING.test(ch)) return MARK;
  if (ch.normalize("NFC") !== ch) return OTHER;
  return DROP.test(ch) ? DROP_CLASS : PLAIN;
}

/**
 * The definition of cleaning, one unit at a time: a character with the
 * combining marks after it (composed to NFC), a space, a line break, an
 * invisible character or an HTML entity. `cleanText` gives the same result
 * faster; the tests compare the two.
 */
export function cleanTextReference(raw: string): CleanText {
  const w = new CleanWriter();
  let i = 0;
  let cp = 0;
  while (i < raw.length) {
    const u = readUnit(raw, i, cp);
    w.unit(u.unit, cp);
    i = u.i;
    cp = u.cp;
  }
  return w.done();
}

/**
 * The unit at `i` (raw code point `cp`): a decoded HTML entity, a line break
 * (CRLF counts as one), or a character with the combining marks after it,
 * composed to NFC; and where the next unit starts.
 */
function readUnit(raw: string, i: number, cp: number): { unit: string; i: number; cp: number } {
  if (raw[i] === "&") {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(raw);
    const decoded = m ? decodeHTML(m[0]) : "&";
    return m && decoded !== m[0] ? { unit: decoded, i: i + m[0].length, cp: cp + m[0].length } : { unit: "&", i: i + 1, cp: cp + 1 };
  }
  const c = String.fromCodePoint(raw.codePointAt(i)!);
  i += c.length;
  cp += 1;
  if (c === "\r" && raw[i] === "\n") return { unit: c, i: i + 1, cp: cp + 1 };
  let unit = c;
  // A base character and the combining marks after it are composed together.
  if (!NEWLINE.test(c) && !SPACE.test(c)) {
    while (i < raw.length) {
      const next = String.fromCodePoint(raw.codePointAt(i)!);
      if (!COMBINING.test(next)) break;
      unit += next;
      i += next.length;
      cp += 1;
    }
    unit = unit.normalize("NFC");
  }
  return { unit, i, cp };
}

/**
 * The cleaned text being written, with its anchors: runs of spaces fold to
 * one, line breaks end a line that has content, empty lines and trailing
 * spaces vanish; each piece of content is placed where it stands in the raw file.
 */
class CleanWriter {
  private readonly parts: string[] = [];
  private readonly anchors: number[] = [];
  private cleanLen = 0;
  private lastDelta = Number.NaN;
  private lineHasContent = false;
  private pendingSpace = -1; // raw position of the first space of a pending run, or -1
  private pendingNewline = -1;

  space(rawPos: number): void {
    if (this.lineHasContent && this.pendingSpace < 0) this.pendingSpace = rawPos;
  }

  newline(rawPos: number): void {
    if (this.lineHasContent && this.pendingNewline < 0) this.pendingNewline = rawPos;
    this.lineHasContent = false;
    this.pendingSpace = -1;
  }

  content(s: string, rawPos: number): void {
    if (this.pendingNewline >= 0) {
      this.emit("\n", this.pendingNewline);
      this.pendingNewline = -1;
    } else if (this.pendingSpace >= 0) {
      this.emit(" ", this.pendingSpace);
    }
    this.pendingSpace = -1;
    this.emit(s, rawPos);
    this.lineHasContent = true;
  }

  /** A unit read by `readUnit`: a line break, a space, an invisible character (dropped) or content. */
  unit(unit: string, rawPos: number): void {
    if (NEWLINE.test(unit)) this.newline(rawPos);
    else if (SPACE.test(unit)) this.space(rawPos);
    else if (!DROP.test(unit)) this.content(unit, rawPos);
  }

  done(): CleanText {
    return { text: this.parts.join(""), anchors: this.anchors };
  }

  private emit(s: string, rawPos: number): void {
    const delta = rawPos - this.cleanLen;
    if (delta !== this.lastDelta) {
      this.anchors.push(this.cleanLen, rawPos);
      this.lastDelta = delta;
    }
    this.parts.push(s);
    this.cleanLen += s.length;
  }
}

/** Raw code-point offset of a clean offset (an offset inside a composed character maps to its start). */
export function toRawOffset(anchors: readonly number[], cleanOffset: number): number {
  let lo = 0;
  let hi = anchors.length / 2 - 1;
  if (hi < 0) return cleanOffset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid * 2]! <= cleanOffset) lo = mid;
    else hi = mid - 1;
  }
  return anchors[lo * 2 + 1]! + (cleanOffset - anchors[lo * 2]!);
}
