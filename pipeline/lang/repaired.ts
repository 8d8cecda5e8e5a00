/** A correction to a span of an article's cleaned text (a garbled name, a mistranslated term), made by the translate stage. */
export interface Fix {
  /** Offsets in the cleaned text (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly original: string;
  /** null when the span could not be resolved (kept as written). */
  readonly replacement: string | null;
  readonly rule: string;
  readonly evidence: string;
  readonly confidence: number;
  readonly person_id: string | null;
}

/**
 * The text extraction reads: the cleaned text with each resolved
 * translation fix applied ("Feng Guangqing" → "Phùng Quang Thanh"), and a
 * map from its offsets back to the cleaned text, so that every row the
 * extraction publishes points at what the article really says.
 *
 * Unresolved fixes (no replacement) leave the span as written.
 */
export interface RepairedText {
  readonly text: string;
  /** Offset in the repaired text → offset in the cleaned text. */
  toClean(offset: number): number;
  /** Offset in the cleaned text → offset in the repaired text. */
  fromClean(offset: number): number;
}

interface Edit {
  /** Span in the cleaned text. */
  readonly cleanStart: number;
  readonly cleanEnd: number;
  /** Span of the replacement in the repaired text. */
  readonly start: number;
  readonly end: number;
}

export function repairedText(clean: string, fixes: readonly Fix[]): RepairedText {
  const edits: Edit[] = [];
  let out = "";
  let at = 0;
  for (const f of [...fixes].sort((a, b) => a.start - b.start)) {
    if (f.replacement === null || f.start < at) continue;
    out += clean.slice(at, f.start);
    edits.push({ cleanStart: f.start, cleanEnd: f.end, start: out.length, end: out.length + f.replacement.length });
    out += f.replacement;
    at = f.end;
  }
  out += clean.slice(at);
  // (Methods, not arrow functions: the compiled module names each arrow it makes, at a cost on every call.)
  if (!edits.length) {
    return {
      text: clean,
      toClean(o) {
        return o;
      },
      fromClean(o) {
        return o;
      },
    };
  }
  return {
    text: out,
    toClean(o) {
      return mapOffset(edits, o, repaired, cleaned);
    },
    fromClean(o) {
      return mapOffset(edits, o, cleaned, repaired);
    },
  };
}

function repaired(e: Edit): readonly [number, number] {
  return [e.start, e.end];
}

function cleaned(e: Edit): readonly [number, number] {
  return [e.cleanStart, e.cleanEnd];
}

/** Move an offset from one side of the edits to the other; inside a replaced span, to the start or end of its counterpart. */
function mapOffset(edits: readonly Edit[], offset: number, from: (e: Edit) => readonly [number, number], to: (e: Edit) => readonly [number, number]): number {
  let shift = 0;
  for (const e of edits) {
    const [fs, fe] = from(e);
    const [ts, te] = to(e);
    if (offset < fs) break;
    if (offset < fe) return offset === fs ? ts : te;
    shift = te - fe;
  }
  return offset + shift;
}
