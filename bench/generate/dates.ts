/** Calendar helpers for the generator (UTC, so no time zone can change the output). */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

export function fromDays(days: number): Ymd {
  const t = new Date(days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function toDays(x: Ymd): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / DAY_MS);
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromDays(toDays(x) + n);
}

export function iso(x: Ymd): string {
  return `${x.y}-${pad(x.m)}-${pad(x.d)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "3/6", as Vietnamese news writes a day without its year. */
export function dayMonth(x: Ymd): string {
  return `${x.d}/${x.m}`;
}

/** "10/10/2022", or zero-padded "03/06/2021". */
export function dayMonthYear(x: Ymd, padded = false): string {
  return padded ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d}/${x.m}/${x.y}`;
}

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

export function weekday(x: Ymd): string {
  return WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;
}
