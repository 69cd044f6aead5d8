// A table file (CSV or XLSX) to a grid of cells, with the limits that keep hostile files harmless.
import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { AbsentiaError, inputError } from '../../util/errors';
import { decodeBytes } from '../web/decode';
import { checkXlsx } from './xlsx-guard';

export type Cell = string | number | null;

export interface Grid {
  format: 'csv' | 'xlsx';
  rows: Cell[][];
  /** The bytes as read, for the archive and the content hash. */
  bytes: Buffer;
  /** A text rendering of the grid (tab-separated) stored as the import's document text. */
  text: string;
}

export const MAX_TABLE_BYTES = 50 * 1024 * 1024;
const MAX_RECORD_BYTES = 1024 * 1024;
const MAX_COLUMNS = 1000;

export async function readTableFile(path: string): Promise<Grid> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw inputError('is not a regular file', path);
    size = info.size;
  } catch (err) {
    if (err instanceof AbsentiaError) throw err;
    throw inputError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(err as Error).message})`, path);
  }
  if (size > MAX_TABLE_BYTES) throw new AbsentiaError('too_large', `table file is ${size} bytes (cap ${MAX_TABLE_BYTES})`, path);
  if (size === 0) throw inputError('empty file', path);
  return readTableBytes(await readFile(path), path);
}

export async function readTableBytes(bytes: Buffer, name: string): Promise<Grid> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/iu.test(name)) {
    if (!isZip) throw inputError('named .xlsx but not a zip file', name);
    await checkXlsx(bytes, name);
    let rows: Cell[][];
    try {
      rows = (await readSheet(bytes)).map((r) => r.map(cellOf));
    } catch (err) {
      throw inputError(`cannot read the first worksheet (${(err as Error).message})`, name);
    }
    return { format: 'xlsx', rows, bytes, text: gridText(rows) };
  }
  if (/\.xls$/iu.test(name) || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    throw inputError('old binary .xls workbooks are not read: save it as .xlsx or .csv', name);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw inputError('binary file, not CSV text', name);
  const decoded = decodeBytes(bytes, null);
  const text = decoded.text.replace(/^\ufeff/u, '');
  const delimiter = sniffDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
      trim: true,
    }) as string[][];
  } catch (err) {
    const e = err as { message: string; lines?: number };
    throw inputError(`not readable as CSV${e.lines ? ` near line ${e.lines}` : ''} (${e.message.split('\n')[0]})`, name);
  }
  const wide = records.findIndex((r) => r.length > MAX_COLUMNS);
  if (wide >= 0) throw new AbsentiaError('too_large', `row ${wide + 1} has ${records[wide].length} columns (cap ${MAX_COLUMNS})`, name);
  const rows = records.map((r) => r.map((c) => (c === '' ? null : c)));
  return { format: 'csv', rows, bytes, text: gridText(rows) };
}

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = String(v).trim();
  return s === '' ? null : s;
}

/** The delimiter that splits the first lines most consistently: comma, semicolon or tab. */
function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/u, 20).filter((l) => l.trim());
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t']) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const min = Math.min(...counts);
    const score = min > 0 ? min * 10 + counts.filter((c) => c === counts[0]).length : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function gridText(rows: Cell[][]): string {
  return rows.map((r) => r.map((c) => (c === null ? '' : String(c).replace(/[\t\r\n]+/gu, ' '))).join('\t')).join('\n');
}
