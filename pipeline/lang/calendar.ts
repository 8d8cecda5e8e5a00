/** Calendar arithmetic on ISO dates (YYYY-MM-DD), shared by every reader of dates. */

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Vietnam's offset from UTC, in minutes: outlets publish in it, and `published_time` is in it. */
const VIETNAM_OFFSET = 7 * 60;

/**
 * Date and HH:MM of a page's publication timestamp (`2023-09-20T10:30:00+07:00`,
 * `2023-09-20T03:30:00Z`, `2023-09-20`, `20/09/2023 10:30`), in Vietnam's
 * time when the timestamp states its offset, as written when it does not.
 */
export function localDateTime(value: string): { date: string | null; time: string | null } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(value.trim());
  let y: number, mo: number, d: number, h: number | null, mi: number | null, offset: string | undefined;
  if (iso) [y, mo, d, h, mi, offset] = [+iso[1]!, +iso[2]!, +iso[3]!, iso[4] ? +iso[4] : null, iso[5] ? +iso[5] : null, iso[6]];
  else if (vn) [y, mo, d, h, mi] = [+vn[3]!, +vn[2]!, +vn[1]!, vn[4] ? +vn[4] : null, vn[5] ? +vn[5] : null];
  else return { date: null, time: null };
  if (h !== null && mi !== null && offset) {
    const minutes = offset === "Z" ? 0 : (offset[0] === "-" ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(-2));
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi) - minutes * 60_000 + VIETNAM_OFFSET * 60_000);
    [y, mo, d, h, mi] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
  }
  const date = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (!isIsoDate(date)) return { date: null, time: null };
  return { date, time: h !== null && mi !== null ? `${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}` : null };
}
