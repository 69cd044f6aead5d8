import type { FastifyRequest } from 'fastify';

/** The session cookie: `__Host-` (Secure, host-only) wherever the browser allows it. */
export const SESSION_COOKIE = '__Host-absentia-session';
/** The same without the prefix, for plain HTTP at a network address, where `__Host-` cookies are refused. */
export const PLAIN_SESSION_COOKIE = 'absentia-session';

/** The session cookie's name and Secure flag for this request (see secureCookie). */
export function sessionCookieFor(req: FastifyRequest, publicUrl: string | undefined): { name: string; secure: boolean } {
  const secure = secureCookie(req, publicUrl);
  return { name: secure ? SESSION_COOKIE : PLAIN_SESSION_COOKIE, secure };
}

/**
 * Whether the session cookie can carry Secure: over HTTPS, behind an https public URL, or on loopback (which
 * browsers treat as secure). On plain HTTP at a network address a Secure cookie would be dropped by the
 * browser and sign-in would silently fail, so it goes without (serve warns about plain HTTP at start).
 */
export function secureCookie(req: FastifyRequest, publicUrl: string | undefined): boolean {
  return req.protocol === 'https' || Boolean(publicUrl?.startsWith('https:')) || isLoopbackHost(req.hostname);
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/:\d+$/u, '').replace(/^\[|\]$/gu, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/u.test(h);
}
