// Alerts as an Atom feed and as JSON/CSV, and the webhooks that receive them (admins manage webhooks).
import type { FastifyInstance } from 'fastify';
import { addWebhook, deleteWebhook, listWebhooks } from '../../store/webhooks';
import { requireRole } from '../auth/plugin';
import { ALERT_KINDS, collectAlerts, type AlertKind } from '../alerts/collect';
import { atomFeed } from '../alerts/atom';
import { deliverOnce } from '../alerts/webhooks';
import type { ServerContext } from '../context';
import { httpError } from '../errors';
import { toCsv } from '../http/csv';
import { errorResponses, formatParam } from '../schemas';
import { sendCsv } from './claims';

const filterProps = {
  force: { type: 'string', pattern: '^[A-Z]{2}$' },
  event: { type: 'string', pattern: '^[a-z_]{2,40}$' },
  kind: { type: 'string', pattern: `^(${ALERT_KINDS.join('|')})(,(${ALERT_KINDS.join('|')})){0,2}$`, description: `comma-separated: ${ALERT_KINDS.join(', ')}` },
} as const;

const alertSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, kind: { type: 'string', enum: [...ALERT_KINDS] }, at: { type: 'string' }, force: { type: 'string' }, event: { type: 'string' },
    title: { type: 'string' }, summary: { type: 'string' }, claims: { type: 'array', items: { type: 'integer' } },
  },
} as const;

const webhookSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, url: { type: 'string' }, kinds: { type: 'array', items: { type: 'string' } }, force: { type: ['string', 'null'] },
    event: { type: ['string', 'null'] }, created_by: { type: 'string' }, created_at: { type: 'string' }, active: { type: 'boolean' },
    secret: { type: 'string', description: 'only in the response that creates the webhook' },
  },
} as const;

/** The public base URL of this server for links in feeds and webhooks. */
export const baseUrlOf = (req: { protocol: string; headers: { host?: string } }) => `${req.protocol}://${req.headers.host ?? '127.0.0.1'}`;

export async function alertRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const kindsOf = (k?: string) => (k ? (k.split(',') as AlertKind[]) : undefined);

  app.get('/alerts.atom', {
    schema: {
      tags: ['alerts'],
      summary: 'Atom feed of new records, new contradictions and claims that fail verification; filter by force, event and kind.',
      querystring: { type: 'object', additionalProperties: false, properties: filterProps },
      produces: ['application/atom+xml'],
      response: { 200: { type: 'string' }, ...errorResponses(400) },
    },
  }, async (req, reply) => {
    const q = req.query as { force?: string; event?: string; kind?: string };
    const alerts = collectAlerts(await ctx.analysis.get(), { force: q.force, event: q.event, kinds: kindsOf(q.kind) }).slice(0, 200);
    const base = baseUrlOf(req);
    return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(alerts, base, `${base}${req.url}`));
  });

  app.get('/alerts', {
    schema: {
      tags: ['alerts'],
      summary: 'The same alerts as JSON (or CSV), newest first.',
      querystring: { type: 'object', additionalProperties: false, properties: { ...filterProps, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, format: formatParam } },
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: alertSchema } } }, ...errorResponses(400) },
    },
  }, async (req, reply) => {
    const q = req.query as { force?: string; event?: string; kind?: string; limit: number; format: string };
    const items = collectAlerts(await ctx.analysis.get(), { force: q.force, event: q.event, kinds: kindsOf(q.kind) }).slice(0, q.limit);
    if (q.format === 'csv') {
      return sendCsv(reply, 'absentia-alerts.csv', toCsv(items, [
        { header: 'id', type: 'text', get: (a) => a.id },
        { header: 'kind', type: 'text', get: (a) => a.kind },
        { header: 'at', type: 'text', get: (a) => a.at },
        { header: 'force', type: 'text', get: (a) => a.force },
        { header: 'event', type: 'text', get: (a) => a.event },
        { header: 'title', type: 'text', get: (a) => a.title },
        { header: 'summary', type: 'text', get: (a) => a.summary },
        { header: 'claims', type: 'text', get: (a) => a.claims.join(' ') },
      ]));
    }
    return { items };
  });

  app.get('/webhooks', {
    preHandler: requireRole('admin'),
    schema: { tags: ['alerts'], summary: 'Webhooks (admin); secrets are not shown.', response: { 200: { type: 'object', properties: { items: { type: 'array', items: webhookSchema } } }, ...errorResponses(401, 403) } },
  }, async () => ({ items: (await listWebhooks(ctx.db)).map(({ secret: _s, ...w }) => w) }));

  app.post('/webhooks', {
    preHandler: requireRole('admin'),
    schema: {
      tags: ['alerts'],
      summary: 'Subscribe a URL to alerts (admin). Each delivery is a JSON POST with X-Absentia-Signature: sha256=HMAC-SHA256(secret, body); the secret is returned once, here.',
      body: {
        type: 'object', additionalProperties: false, required: ['url'],
        properties: {
          url: { type: 'string', maxLength: 2000, pattern: '^https?://' },
          kinds: { type: 'array', items: { type: 'string', enum: [...ALERT_KINDS] }, minItems: 1, uniqueItems: true },
          force: filterProps.force, event: filterProps.event,
        },
      },
      response: { 201: webhookSchema, ...errorResponses(400, 401, 403) },
    },
  }, async (req, reply) => {
    const b = req.body as { url: string; kinds?: AlertKind[]; force?: string; event?: string };
    try {
      new URL(b.url);
    } catch {
      throw httpError(400, 'usage', 'not a URL', 'url');
    }
    const hook = await addWebhook(ctx.db, { url: b.url, kinds: b.kinds ?? [...ALERT_KINDS], force: b.force, event: b.event, createdBy: req.user!.username });
    return reply.code(201).send(hook);
  });

  app.delete('/webhooks/:id', {
    preHandler: requireRole('admin'),
    schema: {
      tags: ['alerts'], summary: 'Remove a webhook (admin).',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
      response: { 204: { type: 'null' }, ...errorResponses(401, 403, 404) },
    },
  }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    if (!(await deleteWebhook(ctx.db, id))) throw httpError(404, 'not_found', 'no such webhook', `webhook ${id}`);
    return reply.code(204).send();
  });

  app.post('/webhooks/deliver', {
    preHandler: requireRole('admin'),
    schema: {
      tags: ['alerts'], summary: 'Run one delivery round now (admin); the server also runs one every 30 seconds.',
      response: { 200: { type: 'object', properties: { sent: { type: 'integer' }, failed: { type: 'integer' } } }, ...errorResponses(401, 403) },
    },
  }, async (req) => deliverOnce(ctx.db, ctx.analysis, baseUrlOf(req)));
}
