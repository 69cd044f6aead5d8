// The year-to-date cumulative layout in which the Prosecutor General's Office reports registrations per
// criminal-code article: one row per article (and indicator), one column per "January", "January-February",
// ..., "January-October". Each cell is kept as published (period 1 January to the end of that month) and
// each month is derived as the difference of two consecutive cells; a cumulative figure that falls is
// reported as a problem (a revision), not turned into a negative month.
import type { Counted } from '../../claim/index';
import { isoDate, isIsoDate, monthEnd } from '../../util/dates';
import { AbsentiaError } from '../../util/errors';
import type { Cell } from './read';
import { parseNumber, type ParsedRows } from './tidy';
import type { TableValue } from './value';

// Month stems in Ukrainian, Russian and English (nominative and genitive forms share them).
const MONTH_STEMS: Array<[RegExp, number]> = [
  [/^(?:січ|янв|jan)/u, 1], [/^(?:лют|фев|feb)/u, 2], [/^(?:берез|мар|mar)/u, 3], [/^(?:квіт|апр|apr)/u, 4],
  [/^(?:трав|ма[йя]$|may$)/u, 5], [/^(?:черв|июн|jun)/u, 6], [/^(?:лип|июл|jul)/u, 7], [/^(?:серп|авг|aug)/u, 8],
  [/^(?:верес|сен|sep)/u, 9], [/^(?:жовт|окт|oct)/u, 10], [/^(?:листоп|ноя|nov)/u, 11], [/^(?:груд|дек|dec)/u, 12],
];

/** Months named in a header cell, in order ("січень–березень" → [1, 3]). */
export function monthsIn(cell: Cell): number[] {
  if (typeof cell !== 'string') return [];
  const out: number[] = [];
  for (const w of cell.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const hit = MONTH_STEMS.find(([re]) => re.test(w));
    if (hit) out.push(hit[1]);
  }
  return out;
}

/** The header row and its columns' end months, when the grid has the cumulative layout. */
export function findYtdHeader(rows: Cell[][]): { row: number; columns: Map<number, number> } | null {
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const columns = new Map<number, number>();
    rows[r].forEach((cell, c) => {
      const months = monthsIn(cell);
      // A cumulative column starts in January: "січень", "січень-лютий", "January-March".
      if (months.length >= 1 && months[0] === 1) columns.set(c, months[months.length - 1]);
    });
    if (columns.size >= 2) return { row: r, columns };
  }
  return null;
}

const ARTICLES: Record<string, { force: string; event: string }> = {
  '407': { force: 'UA', event: 'awol' },
  '408': { force: 'UA', event: 'desertion' },
  '409': { force: 'UA', event: 'self_harm' },
  '337': { force: 'RU', event: 'awol' },
  '338': { force: 'RU', event: 'desertion' },
};

const INDICATORS: Array<[RegExp, Counted]> = [
  [/підозр|подозр|suspic/iu, 'suspects'],
  [/до суду|в суд|обвинувальн|обвинительн|to court|indictment/iu, 'court_cases'],
  [/вирок|приговор|convict|засуджен|осужден/iu, 'convictions'],
  [/зареєстр|зарегистр|регістр|regist|облік|учет/iu, 'cases'],
];

export interface YtdOptions {
  /** Year of the report; otherwise found in the rows above the header. */
  year?: number;
  /** Publication date of this vintage; otherwise a "станом на DD.MM.YYYY" / "as of" date above the header. */
  published?: string | null;
  source?: string;
  sourceUrl?: string | null;
}

export function isYtd(rows: Cell[][]): boolean {
  return findYtdHeader(rows) !== null;
}

export function readYtd(rows: Cell[][], options: YtdOptions = {}): ParsedRows {
  const header = findYtdHeader(rows);
  if (!header) throw new AbsentiaError('invalid_input', 'no header of cumulative months (January, January-February, ...) found');
  const above = rows.slice(0, header.row + 1).flat().filter((c): c is string => typeof c === 'string').join(' ');
  const year = options.year ?? Number(/(?<!\d)(20\d\d)(?!\d)/u.exec(above)?.[1] ?? NaN);
  if (!Number.isInteger(year)) throw new AbsentiaError('invalid_input', 'no report year found above the header (give --year)');
  const published = options.published ?? asOfDate(above);
  if (!published) throw new AbsentiaError('invalid_input', 'no publication date (give --published YYYY-MM-DD)');
  const source = options.source ?? "Prosecutor General's Office";
  const values: TableValue[] = [];
  const problems: string[] = [];
  const columns = [...header.columns.entries()].sort((a, b) => a[1] - b[1]);
  const firstValueColumn = Math.min(...header.columns.keys());

  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r];
    const label = row.slice(0, firstValueColumn).filter((c) => c !== null).map(String).join(' ');
    if (!label.trim() || columns.every(([c]) => row[c] === null || row[c] === undefined)) continue; // blank rows, footnotes
    const article = /(?<!\d)(40[789]|33[78])(?!\d)/u.exec(label)?.[1];
    if (!article) {
      problems.push(`row ${r + 1}: no known criminal-code article (407, 408, 409, 337, 338) in "${label.slice(0, 60)}"`);
      continue;
    }
    const { force, event } = ARTICLES[article];
    const counted = INDICATORS.find(([re]) => re.test(label))?.[1] ?? 'cases';
    const base = { force, event, counted, statistic: 'count' as const, qualifier: 'exact' as const, per: null, kind: 'reported' as const, scope: null, source, sourceUrl: options.sourceUrl ?? null, published, row: r + 1 };
    let previous: { month: number; value: number } | null = null;
    for (const [c, month] of columns) {
      const cell = row[c];
      if (cell === null || cell === undefined || /^[-–—]?$/u.test(String(cell).trim())) {
        previous = null;
        continue;
      }
      let value: number;
      try {
        value = parseNumber(cell);
      } catch {
        problems.push(`row ${r + 1}: "${String(cell)}" under ${monthLabel(month)} is not a number`);
        previous = null;
        continue;
      }
      values.push({ ...base, value: { exact: value }, periodStart: isoDate(year, 1, 1), periodEnd: monthEnd(year, month), note: `art. ${article}, January-${monthLabel(month)} ${year}, cumulative`, rule: 'table:ytd' });
      // January's cell is already a single month; later months are derived from two consecutive cells.
      if (month > 1 && previous && previous.month === month - 1) {
        const diff = value - previous.value;
        if (diff < 0) problems.push(`row ${r + 1}: cumulative art. ${article} falls from ${previous.value} to ${value} in ${monthLabel(month)} (a revision?): no monthly figure derived`);
        else values.push({ ...base, value: { exact: diff }, periodStart: isoDate(year, month, 1), periodEnd: monthEnd(year, month), note: `art. ${article}, ${monthLabel(month)} ${year} = January-${monthLabel(month)} minus January-${monthLabel(month - 1)}`, rule: 'table:ytd-difference' });
      }
      previous = { month, value };
    }
  }
  return { values, problems };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthLabel = (m: number) => MONTHS_EN[m - 1];

/** "станом на 14.11.2025", "по состоянию на 2025-11-14", "as of 14.11.2025". */
function asOfDate(text: string): string | null {
  const m = /(?:станом на|по состоянию на|as of|опубліковано|published)\s*(\d{1,2})\.(\d{1,2})\.(\d{4})|(?:станом на|по состоянию на|as of|опубліковано|published)\s*(\d{4}-\d{2}-\d{2})/iu.exec(text);
  if (!m) return null;
  const d = m[4] ?? isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(d) ? d : null;
}
