// When a figure became public. Undated dataset rows carry the month in their note ("Oct 2024",
// "page ~Nov 2025"); the end of that month (and never before the period's end) is when we may use it.
import { monthLastDay, monthIndex } from './months';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_YEAR = /(?<![\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+(\d{4})(?!\p{N})/giu;

/** The latest end of a "Mon YYYY" named in a note, not before the period's end; null when the note names none. */
export function estimatePublished(note: string | null | undefined, periodEnd: string | null): string | null {
  if (!note) return null;
  let best: string | null = null;
  for (const m of note.matchAll(MONTH_YEAR)) {
    const month = MONTHS[m[1].toLowerCase()];
    const day = monthLastDay(Number(m[2]) * 12 + month - 1);
    if (!best || day > best) best = day;
  }
  if (!best) return null;
  if (periodEnd && periodEnd > best) return monthLastDay(monthIndex(periodEnd));
  return best;
}
