// Who is asking: a session cookie (browsers) or a Bearer API token (scripts). Anonymous visitors read;
// writes need a role and, for cookie sessions, the session's CSRF token and a same-origin Origin header.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { roleAtLeast, sessionUser, tokenUser, type Role, type User } from '../../store/accounts';
import { httpError } from '../errors';
import { PLAIN_SESSION_COOKIE, SESSION_COOKIE } from './secure-cookie';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    /** How the user was identified; CSRF checks apply to cookie sessions only. */
    authVia: 'session' | 'token' | null;
    sessionCsrf: string | null;
  }
}

export { SESSION_COOKIE } from './secure-cookie';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerAuth(app: FastifyInstance, db: Kysely<any>): void {
  app.decorateRequest('user', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('sessionCsrf', null);
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/u.exec(header);
      const user = m ? await tokenUser(db, m[1]) : null;
      if (!user) throw httpError(401, 'unauthorized', 'API token not recognised or revoked', 'Authorization');
      req.user = user;
      req.authVia = 'token';
      return;
    }
    const token = req.cookies?.[SESSION_COOKIE] ?? req.cookies?.[PLAIN_SESSION_COOKIE];
    if (token) {
      const user = await sessionUser(db, token);
      if (user) {
        req.user = { id: user.id, username: user.username, role: user.role };
        req.authVia = 'session';
        req.sessionCsrf = user.csrf;
      }
    }
    if (UNSAFE.has(req.method)) checkOrigin(req);
  });
}

/** A cross-site browser request carries a foreign Origin: refuse it before anything runs. */
function checkOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw httpError(403, 'forbidden', 'Origin header is not a URL', 'Origin');
  }
  if (host !== req.headers.host) throw httpError(403, 'forbidden', 'cross-origin write refused', 'Origin');
}

/** preHandler factory: the request needs at least this role (and a valid CSRF token when it rides a cookie). */
export function requireRole(role: Role) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.user) throw httpError(401, 'unauthorized', 'sign in or send an API token', req.url.split('?')[0]);
    if (!roleAtLeast(req.user.role, role)) throw httpError(403, 'forbidden', `needs the ${role} role; you are ${req.user.role}`, req.url.split('?')[0]);
    if (req.authVia === 'session' && UNSAFE.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== req.sessionCsrf) throw httpError(403, 'forbidden', 'missing or wrong CSRF token', 'X-CSRF-Token');
    }
  };
}
