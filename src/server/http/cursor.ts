// Opaque cursors for keyset pagination: base64url of a small JSON value, checked on the way back in.
import { httpError } from '../errors';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw httpError(400, 'usage', 'not a cursor this API issued', 'cursor');
  }
  if (!check(v)) throw httpError(400, 'usage', 'not a cursor this API issued', 'cursor');
  return v;
}
