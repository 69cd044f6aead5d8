// The review queue for editors: unreviewed claims, what matters most first. Priority: a claim that sets a
// record (3), takes part in a contradiction (3) or fails verification (2); machine-made (+1, nobody checked it);
// then the newest.
import type { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/plugin';
import { verdictOf } from '../analysis';
import { toApiClaim } from '../claims-view';
import type { ServerContext } from '../context';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { errorResponses } from '../schemas';

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export async function queueRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get('/review/queue', {
    preHandler: requireRole('editor'),
    schema: {
      tags: ['review'],
      summary: 'Unreviewed claims by importance: records and contradicting claims first (editor).',
      querystring: { type: 'object', additionalProperties: false, properties: { force: { type: 'string', pattern: '^[A-Z]{2}$' }, cursor: { type: 'string', maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } } },
      response: {
        200: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { allOf: [{ $ref: 'Claim#' }, { type: 'object', properties: { priority: { type: 'number' }, reasons: { type: 'array', items: { type: 'string' } } } }] } },
            next: { type: ['string', 'null'] },
          },
        },
        ...errorResponses(400, 401, 403),
      },
    },
  }, async (req, reply) => {
    const q = req.query as { force?: string; cursor?: string; limit: number };
    reply.header('cache-control', 'no-store');
    const a = await ctx.analysis.get();
    const ranked = [...a.claims.values()]
      .filter((r) => r.status === 'unreviewed' && (!q.force || r.force === q.force))
      .map((r) => {
        const reasons: string[] = [];
        let p = 0;
        if (r.kind === 'record') { p += 3; reasons.push('record'); }
        if (a.contradicting.has(r.id)) { p += 3; reasons.push('contradiction'); }
        const v = a.verdicts.get(r.id)?.verdict;
        if (v === 'contradicted' || v === 'internally_inconsistent') { p += 2; reasons.push(v); }
        if (r.origin === 'machine') { p += 1; reasons.push('machine'); }
        return { r, p, reasons };
      })
      .sort((x, y) => y.p - x.p || (y.r.published ?? '').localeCompare(x.r.published ?? '') || y.r.id - x.r.id);
    const from = decodeCursor(q.cursor, isOffset) ?? 0;
    const items = ranked.slice(from, from + q.limit).map(({ r, p, reasons }) => ({ ...toApiClaim(r, verdictOf(a, r.id)), priority: p, reasons }));
    return { items, next: from + q.limit < ranked.length ? encodeCursor(from + q.limit) : null };
  });
}
