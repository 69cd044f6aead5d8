// The API's one error shape, {error: {code, message}}, and the catalogue of codes the docs list.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AbsentiaError, type ErrorCode } from '../util/errors';

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Every code the API can answer with, its HTTP statuses and what it means. The OpenAPI document lists this. */
export const ERROR_CATALOGUE: Record<ErrorCode, { statuses: number[]; meaning: string }> = {
  usage: { statuses: [400], meaning: 'A query parameter, path parameter or body field is malformed or missing.' },
  invalid_input: { statuses: [400, 422], meaning: 'The body is well-formed but cannot be used (e.g. a claim that fails the claim schema).' },
  not_found: { statuses: [404], meaning: 'No such route or record.' },
  conflict: { statuses: [409, 412, 428], meaning: 'The record changed since it was read (412), If-Match is missing on a write (428), or a unique name is taken (409).' },
  forbidden: { statuses: [403], meaning: 'Signed in, but the role does not allow this; or a CSRF/Origin check failed.' },
  unauthorized: { statuses: [401], meaning: 'Sign-in or an API token is required, or the credentials are wrong.' },
  too_large: { statuses: [413], meaning: 'The request body is over the limit.' },
  rate_limited: { statuses: [429], meaning: 'Too many requests (sign-in attempts); the Retry-After header says when to try again.' },
  fetch_failed: { statuses: [502], meaning: 'An upstream fetch failed.' },
  internal: { statuses: [500], meaning: 'A bug on our side; the message is generic and the details are in the server log.' },
};

const DEFAULT_STATUS: Record<ErrorCode, number> = {
  usage: 400, invalid_input: 422, not_found: 404, conflict: 409, forbidden: 403, unauthorized: 401,
  too_large: 413, rate_limited: 429, fetch_failed: 502, internal: 500,
};

/** An AbsentiaError that carries an explicit HTTP status (e.g. 412 for a stale If-Match). */
export class HttpError extends AbsentiaError {
  constructor(readonly status: number, code: ErrorCode, message: string, input?: string) {
    super(code, message, input);
  }
}

export const httpError = (status: number, code: ErrorCode, message: string, input?: string) =>
  new HttpError(status, code, message, input);

/** Map anything thrown in a handler to (status, body). Unknown errors become a generic 500. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  if (err instanceof HttpError) return { status: err.status, body: body(err.code, err.line), unexpected: false };
  if (err instanceof AbsentiaError) return { status: DEFAULT_STATUS[err.code], body: body(err.code, err.line), unexpected: false };
  const fe = err as Partial<FastifyError> & { validation?: unknown; validationContext?: string };
  if (fe && fe.validation) return { status: 400, body: body('usage', fe.message ?? 'invalid request'), unexpected: false };
  const status = typeof fe?.statusCode === 'number' ? fe.statusCode : 500;
  switch (fe?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: body('too_large', 'request body is over the size limit'), unexpected: false };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: body('usage', fe.message ?? 'unsupported content type'), unexpected: false };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, body: body('usage', 'body: not valid JSON'), unexpected: false };
  }
  if (status === 429) return { status, body: body('rate_limited', 'too many requests'), unexpected: false };
  if (status >= 400 && status < 500) {
    const code: ErrorCode = status === 404 ? 'not_found' : status === 413 ? 'too_large' : 'usage';
    return { status, body: body(code, fe?.message ?? 'bad request'), unexpected: false };
  }
  return { status: 500, body: body('internal', 'internal error'), unexpected: true };
}

function body(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message: oneLine(message) } };
}

/** Messages may quote user input: keep them to one line without control characters. */
export function oneLine(s: string): string {
  return s.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').slice(0, 500);
}

export function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const { status, body: b, unexpected } = toErrorResponse(err);
  if (unexpected) req.log.error({ err }, 'unexpected error');
  else if (status === 403 || status === 401) req.log.info({ status, code: b.error.code, url: req.url, user: req.user?.username }, 'denied');
  reply.header('cache-control', 'no-store');
  return reply.code(status).type('application/json; charset=utf-8').send(b);
}

/** JSON schema of the error body, shared by every route's responses in the OpenAPI document. */
export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(ERROR_CATALOGUE) },
        message: { type: 'string' },
      },
    },
  },
} as const;
