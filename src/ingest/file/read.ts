// Reading one local document (file or stdin bytes) into text with its metadata and content hash.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { AbsentiaError, inputError } from '../../util/errors';
import { assertText, decodeBytes, sniffHtmlCharset } from './decode';
import { htmlToText, looksLikeHtml } from './html-to-text';

export interface ReadDocument {
  /** The path or name it was read from ("-" for stdin). */
  name: string;
  /** Plain text (HTML already reduced); spans of extracted claims index into this string. */
  text: string;
  format: 'text' | 'html';
  title: string | null;
  /** A publication date the document itself carries (HTML meta / <time>), YYYY-MM-DD. */
  published: string | null;
  /** A language the document declares (<html lang>), ISO 639-1. */
  language: string | null;
  encoding: string;
  encodingMethod: 'bom' | 'utf-8' | 'declared';
  /** sha256 hex of the text: the same text in another encoding or markup wrapper hashes the same. */
  contentHash: string;
  byteLength: number;
}

/** Files larger than this are refused (a 50 MB article is allowed). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function readDocumentFile(path: string): Promise<ReadDocument> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw inputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(err)})`, path);
  }
  if (info.isDirectory()) throw inputError('is a directory, not a document', path);
  if (!info.isFile()) throw inputError('is not a regular file', path);
  if (info.size > MAX_FILE_BYTES) throw new AbsentiaError('too_large', `is ${Math.round(info.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`, path);
  return readDocumentBytes(await readFile(path), path);
}

export function readDocumentBytes(bytes: Uint8Array, name: string): ReadDocument {
  if (bytes.length === 0) throw inputError('empty file', name);
  assertText(bytes, name);
  const headLatin = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const isHtml = /\.x?html?$/i.test(name) || looksLikeHtml(headLatin);
  const decoded = decodeBytes(bytes, name, isHtml ? sniffHtmlCharset(bytes) : null);
  const raw = decoded.text.replace(/\r\n?/g, '\n');

  let text = raw;
  let title: string | null = null;
  let published: string | null = null;
  let language: string | null = null;
  if (isHtml) {
    const doc = htmlToText(raw);
    ({ text, title, published, language } = doc);
  } else {
    title = firstLine(raw);
  }
  text = text.normalize('NFC');
  if (text.trim().length === 0) throw inputError(isHtml ? 'HTML with no text' : 'no text (only whitespace)', name);
  return {
    name,
    text,
    format: isHtml ? 'html' : 'text',
    title,
    published,
    language,
    encoding: decoded.encoding,
    encodingMethod: decoded.method,
    contentHash: createHash('sha256').update(text).digest('hex'),
    byteLength: bytes.length,
  };
}

function firstLine(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim().length > 0)?.trim();
  return line ? (line.length > 200 ? `${line.slice(0, 197)}…` : line) : null;
}
