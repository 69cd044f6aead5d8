// CSV for every listing. Text columns are neutralised against formula injection (a leading = + - @ tab CR,
// also after leading spaces or on a line after an embedded newline, gets a ' prefix); numbers stay numbers.
import { stringify } from 'csv-stringify/sync';

export interface CsvColumn<T> {
  header: string;
  type: 'text' | 'number';
  get: (row: T) => unknown;
}

const FORMULA_START = /(^|[\r\n])[\s\u00a0\u2000-\u200b\u3000]*[=+\-@\t\r\0]/u;

/** Prefix a text cell with ' when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv<T>(rows: Iterable<T>, columns: CsvColumn<T>[]): string {
  const records: unknown[][] = [columns.map((c) => c.header)];
  for (const row of rows) {
    records.push(
      columns.map((c) => {
        const v = c.get(row);
        if (v === null || v === undefined) return '';
        if (c.type === 'number') return typeof v === 'number' && Number.isFinite(v) ? v : '';
        return neutraliseFormula(typeof v === 'string' ? v : JSON.stringify(v));
      }),
    );
  }
  return stringify(records, { bom: false, record_delimiter: 'windows' });
}

/** RFC 6266 Content-Disposition for a download with an ASCII fallback name. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
