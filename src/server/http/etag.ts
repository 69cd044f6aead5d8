// ETags: a strong tag over the exact response bytes for GETs (If-None-Match -> 304), and per-record tags for
// optimistic concurrency on writes (If-Match -> 412 when stale).
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { httpError } from '../errors';

/** A strong tag over the bytes (a prefix tells tags of different kinds apart). */
export function tagOf(payload: string | Buffer, prefix = ''): string {
  return `"${prefix}${createHash('sha1').update(payload).digest('base64url').slice(0, 22)}"`;
}

/** Adds an ETag to every 200 GET response with a string/Buffer body and answers 304 to a matching If-None-Match. */
export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const tag = (reply.getHeader('etag') as string | undefined) ?? tagOf(payload);
    reply.header('etag', tag);
    if (noneMatch(req.headers['if-none-match'], tag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}

/** Whether an If-None-Match header names this tag (weak comparison, as for GET). */
export function noneMatch(ifNoneMatch: string | undefined, tag: string): boolean {
  return Boolean(ifNoneMatch) && (ifNoneMatch as string).split(',').some((t) => t.trim().replace(/^W\//u, '') === tag);
}

/**
 * What a listing's bytes depend on besides its request: the store's data version, read first (so that it is
 * never newer than the rows), and the analysis whose verdicts the listing shows.
 */
export function listingGeneration(dataVersion: string, analysis: object | null): string {
  return `${dataVersion}\n${analysis ? serialOf(analysis) : 0}`;
}

/**
 * The tag of a listing computed before it is read, from its generation and its request (the validated query,
 * canonical: filters, page, format). A matching If-None-Match then costs no query and no body.
 */
export function listingTag(request: string, generation: string): string {
  return tagOf(`${generation}\n${request}`, 'l');
}

/** A validated query as one string, the same whatever order its parameters came in. */
export function canonicalQuery(query: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(query).sort().map((k) => [k, query[k]]));
}

const serials = new WeakMap<object, number>();
let lastSerial = 0;
const serialOf = (o: object) => serials.get(o) ?? (serials.set(o, ++lastSerial), lastSerial);

/** Compare a write's If-Match with the record's current tag: 428 if missing, 412 if stale. */
export function checkIfMatch(ifMatch: string | undefined, current: string, what: string): void {
  if (!ifMatch) throw httpError(428, 'conflict', 'If-Match header with the ETag of the record you read is required', what);
  const ok = ifMatch.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//u, '') === current);
  if (!ok) throw httpError(412, 'conflict', 'the record changed since you read it; reload and try again', what);
}
