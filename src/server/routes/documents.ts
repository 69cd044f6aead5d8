// Documents: the listing (newest first, JSON or CSV) and one document with its current text and claims.
import type { FastifyInstance } from 'fastify';
import { getDocument, getVersion, listClaims, listDocuments } from '../../store/index';
import { verdictOf } from '../analysis';
import { toApiClaim } from '../claims-view';
import type { ServerContext } from '../context';
import type { ApiDocument } from '../dto';
import { httpError } from '../errors';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { toCsv, type CsvColumn } from '../http/csv';
import { errorResponses, formatParam } from '../schemas';
import { idParams, sendCsv } from './claims';

const documentSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, url: { type: ['string', 'null'] },
    language: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, claims: { type: 'integer' },
  },
} as const;

const DOC_CSV: CsvColumn<ApiDocument>[] = [
  { header: 'id', type: 'number', get: (d) => d.id },
  { header: 'title', type: 'text', get: (d) => d.title },
  { header: 'outlet', type: 'text', get: (d) => d.outlet },
  { header: 'url', type: 'text', get: (d) => d.url },
  { header: 'language', type: 'text', get: (d) => d.language },
  { header: 'published', type: 'text', get: (d) => d.published },
  { header: 'claims', type: 'number', get: (d) => d.claims },
];

const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

export async function documentRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { store } = ctx;

  app.get('/documents', {
    schema: {
      tags: ['documents'],
      summary: 'Documents, newest first, a page at a time. format=csv for a spreadsheet.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          language: { type: 'string', maxLength: 10 }, outlet: { type: 'string', maxLength: 200 },
          cursor: { type: 'string', maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 }, format: formatParam,
        },
      },
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: documentSchema }, next: { type: ['string', 'null'] } } }, ...errorResponses(400) },
    },
  }, async (req, reply) => {
    const q = req.query as { language?: string; outlet?: string; cursor?: string; limit: number; format: 'json' | 'csv' };
    const beforeId = decodeCursor(q.cursor, isId);
    const rows = await listDocuments(store, { language: q.language, outlet: q.outlet, beforeId, limit: q.limit + 1 });
    const more = rows.length > q.limit;
    const page = rows.slice(0, q.limit);
    const items: ApiDocument[] = page.map((d) => ({
      id: d.id, title: d.title, outlet: d.outlet, url: d.canonical_url, language: d.language, published: d.published, claims: d.claims,
    }));
    if (q.format === 'csv') return sendCsv(reply, 'absentia-documents.csv', toCsv(items, DOC_CSV));
    return { items, next: more ? encodeCursor(page[page.length - 1].id) : null };
  });

  app.get('/documents/:id', {
    schema: {
      tags: ['documents'],
      summary: "One document: its current text and every current claim with the claim's span in that text.",
      params: idParams,
      response: {
        200: { type: 'object', properties: { document: documentSchema, text: { type: ['string', 'null'] }, claims: { type: 'array', items: { $ref: 'Claim#' } } } },
        ...errorResponses(400, 404),
      },
    },
  }, async (req) => {
    const id = (req.params as { id: number }).id;
    const d = await getDocument(store, id);
    if (!d) throw httpError(404, 'not_found', 'no such document', `document ${id}`);
    const version = d.current_version_id ? await getVersion(store, d.current_version_id) : undefined;
    const page = await listClaims(store, { document: id, version: d.current_version_id ?? undefined, status: ['unreviewed', 'accepted', 'rejected'] }, { sort: 'id', limit: 5000 });
    const a = ctx.analysis.peek();
    return {
      document: { id: d.id, title: d.title, outlet: d.outlet, url: d.canonical_url, language: d.language, published: d.published, claims: page.rows.length },
      text: version?.text ?? null,
      claims: page.rows.map((r) => toApiClaim(r, verdictOf(a, r.id))),
    };
  });
}
