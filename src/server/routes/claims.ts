// Claims: the filtered, sorted, cursor-paginated listing (JSON or CSV), one claim with its source chain,
// and its audit trail.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { auditTrail, CLAIM_SORTS, getClaim, listClaimTuples, REVIEW_STATUSES, type ClaimFilter, type ClaimRow, type ReviewStatus } from '../../store/index';
import { chainOf, verdictOf, type Analysis } from '../analysis';
import { API_COLUMNS, claimsPageJson, rowOfTuple } from '../claims-json';
import { claimEtag, toApiClaim } from '../claims-view';
import type { ServerContext } from '../context';
import type { ApiClaim } from '../dto';
import { httpError } from '../errors';
import { attachment, toCsv, type CsvColumn } from '../http/csv';
import { canonicalQuery, listingGeneration, listingTag, noneMatch } from '../http/etag';
import type { CachedPage } from '../http/page-cache';
import { errorResponses, formatParam, isoDate } from '../schemas';

const list = { type: 'string', pattern: '^[A-Za-z_]{1,32}(,[A-Za-z_]{1,32}){0,9}$' } as const;

export const claimsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    force: { ...list, description: 'ISO code(s), comma-separated: UA,RU' },
    event: list, counted: list, kind: list,
    origin: { ...list, description: 'machine, human, dataset, table' },
    status: { type: 'string', pattern: '^(all|[a-z]+(,[a-z]+){0,3})$', description: 'review statuses (default unreviewed,accepted), or all' },
    from: { ...isoDate, description: 'claims whose span reaches on or after this date' },
    to: isoDate,
    source: { type: 'string', maxLength: 200 },
    q: { type: 'string', maxLength: 300, description: 'words that must all occur in the quote (full-text)' },
    document: { type: 'integer', minimum: 1 },
    superseded: { type: 'boolean', description: 'include replaced claims' },
    sort: { type: 'string', enum: [...CLAIM_SORTS], default: '-published' },
    cursor: { type: 'string', maxLength: 200 },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    format: formatParam,
  },
} as const;

export type ClaimsQuery = {
  force?: string; event?: string; counted?: string; kind?: string; origin?: string; status?: string;
  from?: string; to?: string; source?: string; q?: string; document?: number; superseded?: boolean;
  sort: (typeof CLAIM_SORTS)[number]; cursor?: string; limit: number; format: 'json' | 'csv';
};

const split = (s?: string) => (s ? s.split(',') : undefined);

export function toFilter(q: ClaimsQuery): ClaimFilter {
  let status: ReviewStatus[] | undefined;
  if (q.status === 'all') status = [...REVIEW_STATUSES];
  else if (q.status) {
    status = q.status.split(',') as ReviewStatus[];
    const bad = status.find((s) => !REVIEW_STATUSES.includes(s));
    if (bad) throw httpError(400, 'usage', `unknown review status (use ${REVIEW_STATUSES.join(', ')} or all)`, `status=${bad}`);
  }
  return {
    force: split(q.force), event: split(q.event), counted: split(q.counted), kind: split(q.kind),
    origin: split(q.origin) as ClaimFilter['origin'], status, from: q.from, to: q.to, source: q.source, q: q.q,
    document: q.document, includeSuperseded: q.superseded,
  };
}

export const CLAIM_CSV: CsvColumn<ApiClaim>[] = [
  { header: 'id', type: 'number', get: (c) => c.id },
  { header: 'force', type: 'text', get: (c) => c.force },
  { header: 'event', type: 'text', get: (c) => c.event },
  { header: 'counted', type: 'text', get: (c) => c.counted },
  { header: 'statistic', type: 'text', get: (c) => c.statistic },
  { header: 'value', type: 'number', get: (c) => ('exact' in c.value ? c.value.exact : null) },
  { header: 'value_low', type: 'number', get: (c) => ('low' in c.value ? c.value.low : c.value.exact) },
  { header: 'value_high', type: 'number', get: (c) => ('high' in c.value ? c.value.high : c.value.exact) },
  { header: 'qualifier', type: 'text', get: (c) => c.qualifier },
  { header: 'period_start', type: 'text', get: (c) => c.period?.start },
  { header: 'period_end', type: 'text', get: (c) => c.period?.end },
  { header: 'per', type: 'text', get: (c) => c.per },
  { header: 'kind', type: 'text', get: (c) => c.kind },
  { header: 'scope', type: 'text', get: (c) => c.scope },
  { header: 'source', type: 'text', get: (c) => c.source },
  { header: 'publisher', type: 'text', get: (c) => c.publisher },
  { header: 'source_url', type: 'text', get: (c) => c.source_url },
  { header: 'published', type: 'text', get: (c) => c.published },
  { header: 'origin', type: 'text', get: (c) => c.origin },
  { header: 'status', type: 'text', get: (c) => c.status },
  { header: 'verdict', type: 'text', get: (c) => c.verdict?.verdict },
  { header: 'quote', type: 'text', get: (c) => c.quote },
];

const CSV_TYPE = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export function sendCsv(reply: FastifyReply, name: string, csv: string) {
  return reply.type(CSV_TYPE).header('content-disposition', attachment(name)).send(csv);
}

function sendPage(reply: FastifyReply, page: CachedPage) {
  if (page.contentDisposition) reply.header('content-disposition', page.contentDisposition);
  return reply.type(page.contentType).send(page.body);
}

const pageOf = (item: object) => ({
  type: 'object',
  required: ['items', 'next'],
  properties: { items: { type: 'array', items: item }, next: { type: ['string', 'null'], description: 'cursor of the next page' } },
});

export async function claimRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { store, pages } = ctx;
  /** Verdicts only when the analysis is already computed: listings never wait for it. */
  const peek = (): Analysis | null => ctx.analysis.peek();

  app.get('/claims', {
    schema: {
      tags: ['claims'],
      summary: 'Claims, filtered and sorted, a page at a time (pass `next` back as `cursor`). format=csv for a spreadsheet.',
      querystring: claimsQuery,
      response: { 200: pageOf({ $ref: 'Claim#' }), ...errorResponses(400) },
    },
  }, async (req, reply) => {
    const q = req.query as ClaimsQuery;
    const filter = toFilter(q);
    const a = peek();
    let generation: string | null = null;
    let request = '';
    if (store.dataVersion) {
      // SQLite: the ETag without hashing the body, and a client's still-current copy without a query.
      generation = listingGeneration(await store.dataVersion(), a);
      request = canonicalQuery(q);
      const tag = listingTag(request, generation);
      reply.header('etag', tag);
      if (noneMatch(req.headers['if-none-match'], tag)) return (reply as FastifyReply).code(304).send();
      const kept = pages?.get(generation, request);
      if (kept) return sendPage(reply, kept);
    }
    const page = await listClaimTuples(store, filter, { sort: q.sort, limit: q.limit, cursor: q.cursor ?? null }, API_COLUMNS);
    const verdict = (id: number) => verdictOf(a, id);
    const items = () => page.rows.map((t) => toApiClaim(rowOfTuple(t), verdict(t[0] as number)));
    let made: CachedPage;
    if (q.format === 'csv') {
      made = { body: Buffer.from(toCsv(items(), CLAIM_CSV)), contentType: CSV_TYPE, contentDisposition: attachment('absentia-claims.csv') };
    } else {
      // The page's JSON written in one pass from the rows (the bytes the response schema would give).
      const json = claimsPageJson(page.rows, page.nextCursor, verdict);
      if (json === null) return { items: items(), next: page.nextCursor };
      made = { body: Buffer.from(json), contentType: JSON_TYPE };
    }
    if (generation !== null) pages?.set(generation, request, made);
    return sendPage(reply, made);
  });

  app.get('/claims/:id', {
    schema: {
      tags: ['claims'],
      summary: 'One claim with its source chain; the ETag is the version to send as If-Match when reviewing it.',
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            claim: { $ref: 'Claim#' },
            superseded_by: { type: ['integer', 'null'] },
            chain: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, url: { type: ['string', 'null'] }, role: { type: 'string' } } } },
          },
        },
        ...errorResponses(400, 404),
      },
    },
  }, async (req, reply) => {
    const row = await mustGetClaim(ctx, (req.params as { id: number }).id);
    const a = await ctx.analysis.get();
    reply.header('etag', claimEtag(row)).header('cache-control', 'no-cache');
    return { claim: toApiClaim(row, verdictOf(a, row.id)), superseded_by: row.superseded_by, chain: chainOf(row) };
  });

  app.get('/claims/:id/audit', {
    schema: {
      tags: ['claims', 'review'],
      summary: 'Every change to a claim: who, when, before, after, why. Oldest first.',
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'integer' }, actor: { type: 'string' }, action: { type: 'string' }, at: { type: 'string' },
                  before: {}, after: {}, reason: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
        ...errorResponses(400, 404),
      },
    },
  }, async (req) => {
    const row = await mustGetClaim(ctx, (req.params as { id: number }).id);
    const trail = await auditTrail(store, 'claim', row.id);
    return {
      items: trail.map((a) => ({
        id: a.id, actor: a.actor, action: a.action, at: a.at, reason: a.reason,
        before: a.before ? JSON.parse(a.before) : null, after: a.after ? JSON.parse(a.after) : null,
      })),
    };
  });
}

export const idParams = {
  type: 'object', required: ['id'], additionalProperties: false,
  properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;

export async function mustGetClaim(ctx: ServerContext, id: number): Promise<ClaimRow> {
  const row = await getClaim(ctx.store, id);
  if (!row) throw httpError(404, 'not_found', 'no such claim', `claim ${id}`);
  return row;
}
