// Bytes to text for local files: BOM, then strict UTF-8, then a charset the document declares.
import iconv from 'iconv-lite';
import { inputError } from '../../util/errors';

export interface Decoded {
  text: string;
  encoding: string;
  /** How the encoding was chosen. */
  method: 'bom' | 'utf-8' | 'declared';
}

const SNIFF_BYTES = 8192;

/** Throws when the bytes look like a binary file rather than text. */
export function assertText(bytes: Uint8Array, name: string): void {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (hasBom(head)) return;
  let control = 0;
  for (const b of head) {
    if (b === 0) throw inputError(`binary file (NUL byte found), not a text or HTML document`, name);
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (head.length > 0 && control / head.length > 0.1) {
    throw inputError(`binary file (${Math.round((100 * control) / head.length)}% control bytes), not a text or HTML document`, name);
  }
}

export function decodeBytes(bytes: Uint8Array, name: string, declared?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), name), encoding: 'utf-8', method: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', method: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', method: 'bom' };

  const charset = declared?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    if (!iconv.encodingExists(charset)) throw inputError(`declares an unknown charset "${declared}"`, name);
    return { text: iconv.decode(Buffer.from(bytes), charset), encoding: charset, method: 'declared' };
  }
  return { text: strictUtf8(bytes, name), encoding: 'utf-8', method: 'utf-8' };
}

/** The charset an HTML document declares in its first bytes (<meta charset> or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1] : null;
}

function strictUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw inputError(`not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 or declare its charset in <meta charset>`, name);
  }
}

function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** Offset of the first byte that breaks UTF-8 (for the error message). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
