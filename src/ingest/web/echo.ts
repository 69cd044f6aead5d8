// Echo detection: an article that repeats another's text (a re-publication with other boilerplate) is
// linked to the original so one figure quoted by 30 outlets counts once. Word 5-gram shingles, a 64-hash
// MinHash signature in 32 bands of 2 for candidate look-up, then the exact containment of the shorter text
// in the longer decides. Translations share no shingles, so they are never echoes.

export const SHINGLE = 5;
const HASHES = 64;
const ROWS_PER_BAND = 2;
/** Share of the shorter text's shingles found in the longer one for the two to count as one text. */
export const ECHO_CONTAINMENT = 0.6;
/** Texts with fewer shingles than this are too short to call echoes. */
export const MIN_SHINGLES = 20;

export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 32-bit hashes of the word 5-grams (a set): each word hashed once, five word hashes combined. */
export function shingles(text: string): Set<number> {
  const h = words(text).map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= h.length; i++) {
    let x = 0x9747b28c;
    for (let k = 0; k < SHINGLE; k++) x = Math.imul(x ^ h[i + k], 0x5bd1e995) ^ (x >>> 13);
    out.add(x >>> 0);
  }
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// One odd multiplier and one xor seed per hash function: a cheap universal-ish family over 32 bits.
const MULS = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const XORS = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function mix(x: number, mul: number, xor: number): number {
  let h = Math.imul(x ^ xor, mul);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(x, MULS[i], XORS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** LSH band keys of a text ("band:hash:hash"); empty for texts too short to compare. */
export function echoBands(set: Set<number>): string[] {
  if (set.size < MIN_SHINGLES) return [];
  const sig = minhash(set);
  const bands: string[] = [];
  for (let b = 0; b < HASHES / ROWS_PER_BAND; b++) {
    bands.push(`${b}:${sig[b * ROWS_PER_BAND].toString(36)}:${sig[b * ROWS_PER_BAND + 1].toString(36)}`);
  }
  return bands;
}

/** |A ∩ B| / min(|A|, |B|): 1 when the shorter text is wholly inside the longer. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / small.size;
}

export function isEcho(a: Set<number>, b: Set<number>): boolean {
  return Math.min(a.size, b.size) >= MIN_SHINGLES && containment(a, b) >= ECHO_CONTAINMENT;
}
