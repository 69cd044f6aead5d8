// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, without time zones creeping in.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (rejects 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** [year, month(1-12), day] of an ISO date. */
export function dateParts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

export const monthStart = (year: number, month: number) => isoDate(year, month, 1);
export const monthEnd = (year: number, month: number) => isoDate(year, month, daysInMonth(year, month));

/** Adds months to (year, month), returning the normalised pair. */
export function addMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = dateParts(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = dateParts(a);
  const [by, bm, bd] = dateParts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** "YYYY-MM" keys of every month that the inclusive span touches. */
export function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = dateParts(start);
  const [ey, em] = dateParts(end);
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = addMonths(y, m, 1);
  }
  return out;
}

/** True when the inclusive span is exactly whole calendar months. */
export function isWholeMonths(start: string, end: string): boolean {
  const [, , sd] = dateParts(start);
  const [ey, em, ed] = dateParts(end);
  return sd === 1 && ed === daysInMonth(ey, em);
}
