// Bytes to text for fetched pages and feeds. Precedence (after WHATWG sniffing): BOM, then the HTTP charset,
// then <meta charset> / http-equiv / the XML declaration, then detection among a few candidates. A declared
// charset that yields mojibake while a candidate reads cleanly is overridden, and the method says so.
import iconv from 'iconv-lite';

export type DecodeMethod = 'bom' | 'http' | 'meta' | 'xml' | 'detected' | 'detected-over-declared' | 'default';

export interface Decoded {
  text: string;
  /** Canonical encoding name, lower case (utf-8, windows-1251, koi8-r, ...). */
  encoding: string;
  method: DecodeMethod;
  /** 0..1: share of words with non-ASCII letters that read as plausible words in this encoding. */
  confidence: number;
  /** True when even the best reading looks like mojibake: keep it, but flag it. */
  suspect: boolean;
}

const CANDIDATES = ['utf-8', 'windows-1251', 'koi8-r', 'koi8-u', 'ibm866', 'iso-8859-5', 'windows-1252', 'iso-8859-2'];
const ALIASES: Record<string, string> = {
  utf8: 'utf-8', 'x-cp1251': 'windows-1251', cp1251: 'windows-1251', 'win-1251': 'windows-1251', koi8: 'koi8-r',
  'koi8r': 'koi8-r', 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  cp866: 'ibm866', '866': 'ibm866',
};

export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/gu, '');
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*("?)([^";,\s]+)\1/iu.exec(contentType ?? '');
  return m ? normaliseCharset(m[2]) : null;
}

/** Charset declared inside the document: <meta charset>, <meta http-equiv content>, or <?xml encoding?>. */
export function declaredInDocument(bytes: Buffer): { charset: string; method: 'meta' | 'xml' } | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/u.exec(head);
  if (xml) {
    const c = normaliseCharset(xml[1]);
    if (c) return { charset: c, method: 'xml' };
  }
  for (const m of head.matchAll(/<meta[^>]*>/giu)) {
    const tag = m[0];
    const direct = /charset\s*=\s*["']?([A-Za-z0-9._:-]+)/iu.exec(tag);
    if (direct) {
      const c = normaliseCharset(direct[1]);
      if (c) return { charset: c, method: 'meta' };
    }
  }
  return null;
}

function bomOf(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
function isValidUtf8(bytes: Buffer): boolean {
  try {
    utf8Fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const WORD = /[\p{L}\p{M}\p{N}\u00a0-\u00bf\u2010-\u2bff\ufffd\u0080-\u009f]+/gu;
const CYR = /\p{Script=Cyrillic}/u;
const LAT = /\p{Script=Latin}/u;
const JUNK = /[\u0080-\u009f\ufffd\u2500-\u259f\u00a0-\u00bf\u00d7\u00f7]/u;

/**
 * How plausible a decoding reads: the share of words with non-ASCII characters that look like real words
 * (one script, no box drawing or control characters, a sane case pattern, Latin words not made mostly of
 * accented letters). Text without non-ASCII words scores 1.
 */
export function plausibility(text: string): number {
  let judged = 0;
  let good = 0;
  for (const m of text.slice(0, 50_000).matchAll(WORD)) {
    const w = m[0];
    if (/^[\x00-\x7f]*$/u.test(w)) continue;
    judged++;
    if (JUNK.test(w)) continue;
    const chars = [...w].filter((c) => /\p{L}/u.test(c));
    const cyr = chars.filter((c) => CYR.test(c)).length;
    const lat = chars.filter((c) => LAT.test(c)).length;
    if (cyr && lat) continue;
    if (lat) {
      const accented = chars.filter((c) => c > '\x7f').length;
      if (accented * 2 > chars.length && chars.length > 2) continue;
    }
    // Case pattern: all lower, all upper (short: an acronym), or one capital then lower.
    const tail = chars.slice(1).join('');
    if (chars.length > 4 && tail === tail.toUpperCase() && tail !== tail.toLowerCase()) continue;
    if (tail !== tail.toLowerCase() && tail !== tail.toUpperCase()) continue;
    if (chars.length > 1 && chars[0] === chars[0].toLowerCase() && tail !== tail.toLowerCase()) continue;
    good++;
  }
  return judged === 0 ? 1 : good / judged;
}

/** Detection among the candidates: the best-reading decoding (UTF-8 first if the bytes are valid UTF-8). */
export function detect(bytes: Buffer): { encoding: string; text: string; confidence: number } {
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', text: bytes.toString('utf8'), confidence: 1 };
  let best = { encoding: 'windows-1252', text: '', confidence: -1 };
  for (const enc of CANDIDATES.slice(1)) {
    const text = iconv.decode(bytes, enc);
    const confidence = plausibility(text);
    if (confidence > best.confidence) best = { encoding: enc, text, confidence };
  }
  return best;
}

const SUSPECT_BELOW = 0.8;

export function decodeBytes(bytes: Buffer, contentType?: string | null): Decoded {
  const bom = bomOf(bytes);
  if (bom) {
    const text = iconv.decode(bytes, bom); // iconv strips the BOM
    return finish(text, bom, 'bom');
  }
  const declared: { charset: string; method: DecodeMethod } | null =
    (charsetFromContentType(contentType) && { charset: charsetFromContentType(contentType)!, method: 'http' }) ||
    declaredInDocument(bytes);
  if (declared) {
    if (declared.charset === 'utf-8' && isValidUtf8(bytes)) {
      // Valid UTF-8 with non-ASCII bytes practically never happens by accident: believe the declaration.
      return finish(bytes.toString('utf8'), 'utf-8', declared.method, 1);
    }
    const text = iconv.decode(bytes, declared.charset);
    const score = declared.charset === 'utf-8' ? 0 : plausibility(text);
    if (score >= 0.98) return finish(text, declared.charset, declared.method, score);
    const guess = detect(bytes);
    if (guess.confidence >= SUSPECT_BELOW && guess.confidence >= score + 0.1) {
      return finish(guess.text, guess.encoding, 'detected-over-declared', guess.confidence);
    }
    return finish(text, declared.charset, declared.method, score);
  }
  const guess = detect(bytes);
  return finish(guess.text, guess.encoding, 'detected', guess.confidence);
}

function finish(text: string, encoding: string, method: DecodeMethod, confidence = plausibility(text)): Decoded {
  return { text, encoding, method, confidence, suspect: confidence < SUSPECT_BELOW };
}
