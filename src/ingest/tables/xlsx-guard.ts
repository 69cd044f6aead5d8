// Checks an XLSX (a zip) before any library inflates it: the number of entries, their names, declared and
// actual uncompressed sizes, the compression ratio, and that no worksheet addresses a cell beyond the
// format's limits (column XFD = 16384, row 1,048,576). Worksheets are inflated here as streams with a cap,
// so a zip bomb stops at the cap instead of filling memory.
import yauzl from 'yauzl';
import { AbsentiaError } from '../../util/errors';

export interface ZipLimits {
  maxEntries: number;
  /** Per entry, after inflation. */
  maxEntryBytes: number;
  /** All entries together, after inflation. */
  maxTotalBytes: number;
  /** Uncompressed / compressed, per entry larger than 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};

const MAX_COLUMN = 16_384; // XFD
const MAX_ROW = 1_048_576;

export async function checkXlsx(bytes: Buffer, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true });
  } catch (err) {
    throw new AbsentiaError('invalid_input', `not a readable XLSX (zip) file (${(err as Error).message})`, name);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new AbsentiaError('too_large', `zip has ${zip.entryCount} entries (more than ${limits.maxEntries})`, name);
  }
  let total = 0;
  let sawWorkbook = false;
  try {
    for await (const entry of entries(zip)) {
      const file = entry.fileName;
      if (file.startsWith('/') || /(^|[\\/])\.\.([\\/]|$)/u.test(file) || file.includes('\\') || /^[a-z]:/iu.test(file)) {
        throw new AbsentiaError('invalid_input', `zip entry with an unsafe path "${file}"`, name);
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        throw new AbsentiaError('too_large', `zip entry ${file} inflates to ${entry.uncompressedSize} bytes (cap ${limits.maxEntryBytes})`, name);
      }
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
        throw new AbsentiaError('too_large', `zip entry ${file} has a compression ratio above ${limits.maxRatio}: a zip bomb?`, name);
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new AbsentiaError('too_large', `zip inflates to more than ${limits.maxTotalBytes} bytes`, name);
      if (file === 'xl/workbook.xml') sawWorkbook = true;
      if (/^xl\/worksheets\/[^/]+\.xml$/u.test(file)) await checkSheet(zip, entry, limits.maxEntryBytes, name);
    }
  } catch (err) {
    if (err instanceof AbsentiaError) throw err;
    throw new AbsentiaError('invalid_input', `unsafe or corrupt zip (${(err as Error).message})`, name);
  } finally {
    zip.close();
  }
  if (!sawWorkbook) throw new AbsentiaError('invalid_input', 'zip has no xl/workbook.xml: not an XLSX workbook', name);
}

async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  const queue: Array<yauzl.Entry | null | Error> = [];
  let wake: (() => void) | null = null;
  zip.on('entry', (e: yauzl.Entry) => (queue.push(e), wake?.()));
  zip.on('end', () => (queue.push(null), wake?.()));
  zip.on('error', (e: Error) => (queue.push(e), wake?.()));
  zip.readEntry();
  for (;;) {
    if (queue.length === 0) await new Promise<void>((r) => (wake = r));
    wake = null;
    const next = queue.shift()!;
    if (next === null) return;
    if (next instanceof Error) throw next;
    yield next;
    zip.readEntry();
  }
}

/** Streams a worksheet's XML, counting bytes against the cap and checking every cell reference. */
async function checkSheet(zip: yauzl.ZipFile, entry: yauzl.Entry, cap: number, name: string): Promise<void> {
  const stream = await zip.openReadStreamPromise(entry);
  let seen = 0;
  let carry = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      seen += chunk.length;
      if (seen > cap) throw new AbsentiaError('too_large', `worksheet ${entry.fileName} inflates past ${cap} bytes`, name);
      const text = carry + chunk.toString('latin1');
      for (const m of text.matchAll(/\s(?:r|ref)="\$?([A-Z]{1,7})\$?(\d{1,12})(?::\$?([A-Z]{1,7})\$?(\d{1,12}))?"/gu)) {
        for (const [col, row] of [[m[1], m[2]], [m[3], m[4]]]) {
          if (!col) continue;
          if (columnNumber(col) > MAX_COLUMN || Number(row) > MAX_ROW) {
            throw new AbsentiaError('invalid_input', `worksheet ${entry.fileName} refers to cell ${col}${row}, beyond XFD1048576`, name);
          }
        }
      }
      carry = text.slice(-64);
    }
  } catch (err) {
    stream.destroy();
    if (err instanceof AbsentiaError) throw err;
    throw new AbsentiaError('invalid_input', `corrupt worksheet ${entry.fileName} (${(err as Error).message})`, name);
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
