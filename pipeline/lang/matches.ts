/**
 * Every match of a global (or sticky) expression in `text`, in order, as `text.matchAll(re)` gives them. `matchAll`
 * copies the expression on each call, which costs about as much as the search itself on the short texts the
 * extractor reads by the hundred thousand (a window before a name, a sentence); this reuses the expression and
 * leaves its `lastIndex` at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global && !re.sticky) throw new TypeError(`allMatches needs a global expression: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does (a whole code point under the u flag).
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/**
 * Where the last match of `re` in `text` starts, -1 if there is none. A non-global expression is searched with a
 * global copy made once per expression.
 */
export function lastMatchIndex(re: RegExp, text: string): number {
  let at = -1;
  for (const m of allMatches(globalOf(re), text)) at = m.index;
  return at;
}

function globalOf(re: RegExp): RegExp {
  if (re.global || re.sticky) return re;
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  return g;
}
const globals = new WeakMap<RegExp, RegExp>();
