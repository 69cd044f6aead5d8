// Sign-in, sign-out, who am I, API tokens, and (for admins) user accounts.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import {
  addUser, checkPassword, createApiToken, createSession, deleteSession, listApiTokens, listUsers, revokeApiToken,
  ROLES, SESSION_DAYS, type Role,
} from '../../store/accounts';
import { requireRole } from '../auth/plugin';
import { PLAIN_SESSION_COOKIE, SESSION_COOKIE, sessionCookieFor } from '../auth/secure-cookie';
import { httpError } from '../errors';
import type { ServerContext } from '../context';
import { errorResponses } from '../schemas';

const userSchema = {
  type: 'object',
  required: ['id', 'username', 'role'],
  properties: { id: { type: 'string' }, username: { type: 'string' }, role: { type: 'string', enum: [...ROLES] } },
} as const;

export async function authRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { db, deps } = ctx;
  await app.register(rateLimit, { global: false, addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false } });

  app.post('/auth/login', {
    config: {
      rateLimit: {
        max: deps.loginRateLimit ?? 10,
        timeWindow: 60_000,
        keyGenerator: (req) => req.ip,
        errorResponseBuilder: (_req, ctx) => httpError(429, 'rate_limited', `too many sign-in attempts; try again in ${ctx.after}`, 'login'),
      },
    },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with a local account; sets an HttpOnly session cookie and returns the CSRF token for writes.',
      body: {
        type: 'object', additionalProperties: false, required: ['username', 'password'],
        properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
      },
      response: { 200: { type: 'object', properties: { user: userSchema, csrfToken: { type: 'string' } } }, ...errorResponses(400, 401, 429) },
    },
  }, async (req, reply) => {
    const { username, password } = req.body as { username: string; password: string };
    const user = await checkPassword(db, username, password);
    if (!user) throw httpError(401, 'unauthorized', 'wrong username or password', 'login');
    const s = await createSession(db, user.id);
    const cookie = sessionCookieFor(req, ctx.deps.publicUrl);
    reply.setCookie(cookie.name, s.token, {
      path: '/', httpOnly: true, secure: cookie.secure, sameSite: 'strict', maxAge: SESSION_DAYS * 86400,
    });
    req.log.info({ user: user.username }, 'signed in');
    return { user, csrfToken: s.csrf };
  });

  app.post('/auth/logout', {
    preHandler: requireRole('viewer'),
    schema: { tags: ['auth'], summary: 'End this session.', response: { 204: { type: 'null' }, ...errorResponses(401, 403) } },
  }, async (req, reply) => {
    const cookie = sessionCookieFor(req, ctx.deps.publicUrl);
    const token = req.cookies[SESSION_COOKIE] ?? req.cookies[PLAIN_SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    reply.clearCookie(cookie.name, { path: '/', httpOnly: true, secure: cookie.secure, sameSite: 'strict' });
    return reply.code(204).send();
  });

  app.get('/auth/me', {
    schema: {
      tags: ['auth'], summary: 'The signed-in user (null when anonymous) and the CSRF token to send as X-CSRF-Token on writes.',
      response: { 200: { type: 'object', properties: { user: { anyOf: [userSchema, { type: 'null' }] }, csrfToken: { type: ['string', 'null'] } } } },
    },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return { user: req.user, csrfToken: req.sessionCsrf };
  });

  const tokenItem = {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string' }, created_at: { type: 'string' }, last_used_at: { type: ['string', 'null'] }, revoked: { type: 'boolean' } },
  } as const;

  app.get('/auth/tokens', {
    preHandler: requireRole('viewer'),
    schema: { tags: ['auth'], summary: 'Your API tokens (never the secret).', response: { 200: { type: 'object', properties: { items: { type: 'array', items: tokenItem } } }, ...errorResponses(401) } },
  }, async (req) => ({
    items: (await listApiTokens(db, req.user!.id)).map((t: any) => ({ ...t, revoked: Boolean(t.revoked) })),
  }));

  app.post('/auth/tokens', {
    preHandler: requireRole('viewer'),
    schema: {
      tags: ['auth'], summary: 'Create an API token for scripts (send as Authorization: Bearer TOKEN). The token is shown only here.',
      body: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 100 } } },
      response: { 201: { type: 'object', properties: { id: { type: 'string' }, token: { type: 'string' } } }, ...errorResponses(400, 401, 403) },
    },
  }, async (req, reply) => {
    const t = await createApiToken(db, req.user!.id, (req.body as { name: string }).name);
    return reply.code(201).send(t);
  });

  app.delete('/auth/tokens/:id', {
    preHandler: requireRole('viewer'),
    schema: {
      tags: ['auth'], summary: 'Revoke one of your API tokens.',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
      response: { 204: { type: 'null' }, ...errorResponses(401, 403, 404) },
    },
  }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!(await revokeApiToken(db, req.user!.id, id))) throw httpError(404, 'not_found', 'no such token of yours', `token ${id}`);
    return reply.code(204).send();
  });

  app.get('/users', {
    preHandler: requireRole('admin'),
    schema: {
      tags: ['auth'], summary: 'All accounts (admin).',
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: { ...userSchema, properties: { ...userSchema.properties, created_at: { type: 'string' }, disabled: { type: 'boolean' } } } } } }, ...errorResponses(401, 403) },
    },
  }, async () => ({ items: await listUsers(db) }));

  app.post('/users', {
    preHandler: requireRole('admin'),
    schema: {
      tags: ['auth'], summary: 'Create an account (admin).',
      body: {
        type: 'object', additionalProperties: false, required: ['username', 'password', 'role'],
        properties: { username: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 1024 }, role: { type: 'string', enum: [...ROLES] } },
      },
      response: { 201: userSchema, ...errorResponses(400, 401, 403, 409) },
    },
  }, async (req, reply) => {
    const b = req.body as { username: string; password: string; role: Role };
    return reply.code(201).send(await addUser(db, b.username, b.password, b.role));
  });
}
