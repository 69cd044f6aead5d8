// The Fastify app: security headers, one error shape, ETags, auth, the API under /api with its OpenAPI document,
// and the dashboard's static files. Build it with buildApp() and test it with app.inject().
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuth } from './auth/plugin';
import type { AppDeps } from './deps';
import { ERROR_CATALOGUE, errorSchema, httpError, sendError } from './errors';
import { registerEtags } from './http/etag';
import { registerSecurityHeaders } from './http/security-headers';
import { apiRoutes } from './routes/index';
import { startDispatcher } from './alerts/webhooks';
import { claimSchema } from './claims-view';
import { makeContext } from './context';

export const API_VERSION = '1.0.0';

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.bodyLimit ?? 256 * 1024,
    trustProxy: false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
    return503OnClosing: true,
  });
  const ctx = makeContext(deps, (err) => app.log.warn({ err }, 'analysis: a projection failed'));
  app.decorate('absentia', ctx);
  app.addSchema(errorSchema);
  app.addSchema(claimSchema);
  app.setErrorHandler((err, req, reply) => sendError(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/api') || !indexHtml || req.method !== 'GET') {
      return sendError(httpError(404, 'not_found', `no route ${req.method} ${path}`, path), req, reply);
    }
    // The dashboard routes in the browser (permalinks): any other GET gets the app shell.
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  });

  registerSecurityHeaders(app);
  await app.register(cookie);
  registerAuth(app, ctx.db);
  registerEtags(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'absentia API',
        version: API_VERSION,
        description: [
          'Sourced, checkable figures on military desertion and unauthorized absence.',
          'Anonymous clients read; editors and admins write (session cookie + X-CSRF-Token, or Authorization: Bearer TOKEN).',
          'Every listing takes format=csv. Errors have one shape, {"error": {"code", "message"}}; the codes:',
          '',
          '| code | HTTP status | meaning |',
          '|---|---|---|',
          ...Object.entries(ERROR_CATALOGUE).map(([code, v]) => `| ${code} | ${v.statuses.join(', ')} | ${v.meaning} |`),
        ].join('\n'),
        license: { name: 'MIT' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-absentia-session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string) || `def-${i}` },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'", uiConfig: { deepLinking: true, validatorUrl: null } });

  await app.register(async (api) => apiRoutes(api, ctx), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  let indexHtml: string | null = null;
  if (deps.webRoot && existsSync(join(deps.webRoot, 'index.html'))) {
    indexHtml = readFileSync(join(deps.webRoot, 'index.html'), 'utf8');
    await app.register(fastifyStatic, { root: deps.webRoot, prefix: '/', index: false, cacheControl: true, maxAge: '1h' });
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml));
  }
  const interval = deps.webhookIntervalSeconds ?? 30;
  if (interval > 0) {
    let stop: (() => void) | null = null;
    app.addHook('onReady', async () => {
      stop = startDispatcher(ctx.db, ctx.analysis, deps.publicUrl ?? 'http://127.0.0.1:8080', interval, (msg, err) => (err ? app.log.error({ err }, msg) : app.log.info(msg)));
    });
    app.addHook('onClose', async () => stop?.());
  }
  if (deps.warmAnalysis !== false) app.addHook('onReady', async () => void ctx.analysis.get().catch((err) => app.log.error({ err }, 'analysis failed')));
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    absentia: import('./context').ServerContext;
  }
}
