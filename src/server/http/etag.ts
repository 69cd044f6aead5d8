// ETags: a strong tag over the exact response bytes for GETs (If-None-Match -> 304), and per-record tags for
// optimistic concurrency on writes (If-Match -> 412 when stale).
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { httpError } from '../errors';

export function tagOf(payload: string | Buffer): string {
  return `"${createHash('sha1').update(payload).digest('base64url').slice(0, 22)}"`;
}

/** Adds an ETag to every 200 GET response with a string/Buffer body and answers 304 to a matching If-None-Match. */
export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const tag = (reply.getHeader('etag') as string | undefined) ?? tagOf(payload);
    reply.header('etag', tag);
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//u, '') === tag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}

/** Compare a write's If-Match with the record's current tag: 428 if missing, 412 if stale. */
export function checkIfMatch(ifMatch: string | undefined, current: string, what: string): void {
  if (!ifMatch) throw httpError(428, 'conflict', 'If-Match header with the ETag of the record you read is required', what);
  const ok = ifMatch.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//u, '') === current);
  if (!ok) throw httpError(412, 'conflict', 'the record changed since you read it; reload and try again', what);
}
