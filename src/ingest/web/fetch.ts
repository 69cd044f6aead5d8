// The one way absentia reads the web: http(s) only, every resolved address checked (SSRF guard), redirects
// followed by hand and checked hop by hop, and caps on time, bytes on the wire and bytes after decompression.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import { AbsentiaError } from '../../util/errors';
import { blockedReason } from './address';

export interface FetchLimits {
  /** Follow private, loopback and link-local addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Cap on bytes received (compressed). Default 10 MB. */
  maxBytes?: number;
  /** Cap on bytes after Content-Encoding is undone. Default 2 × maxBytes. */
  maxDecodedBytes?: number;
  /** Cap on the whole exchange, redirects and body included. Default 30 s. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Addresses exempt from the guard (exact IP strings), e.g. one intranet mirror; tests use it too. */
  allowAddresses?: readonly string[];
  /** Name resolution; tests pass a stub. Default: the system resolver (dns.lookup). */
  resolve?: Resolver;
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))));

export interface FetchRequest {
  accept?: string;
  /** Conditional GET: validators from the last fetch of this URL. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult {
  requestedUrl: string;
  /** URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Decoded (decompressed) body; empty when notModified. */
  body: Buffer;
  /** Bytes received on the wire. */
  wireBytes: number;
  redirects: string[];
}

export const DEFAULT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 30_000,
  maxRedirects: 5,
  userAgent: 'absentia/0.1 (+https://github.com/absentia; research on reporting of desertion figures)',
} as const;

// Ports browsers refuse to fetch (WHATWG "bad ports"): mail, shell, directory and database services.
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000,
  6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080,
]);

/** Parses and vets a URL before any I/O: scheme, credentials, port and (for IP literals) the address. */
export function checkUrl(raw: string, allowPrivate = false, allowAddresses: readonly string[] = []): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AbsentiaError('invalid_input', 'not a valid URL', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AbsentiaError('invalid_input', `scheme ${url.protocol} refused: only http and https are fetched`, raw);
  }
  if (url.username || url.password) throw new AbsentiaError('invalid_input', 'URLs with credentials are refused', raw);
  if (url.port && BAD_PORTS.has(Number(url.port))) {
    throw new AbsentiaError('forbidden', `port ${url.port} refused (not a web port)`, raw);
  }
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  if (!allowPrivate) {
    if (isIP(host)) {
      const why = allowAddresses.includes(host) ? null : blockedReason(host);
      if (why) throw new AbsentiaError('forbidden', `${why} refused (use --allow-private to fetch it)`, raw);
    } else if (/^localhost$|\.localhost$|\.local$|\.internal$/iu.test(host)) {
      throw new AbsentiaError('forbidden', `host ${host} refused: local name (use --allow-private to fetch it)`, raw);
    }
  }
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A lookup for net.connect: resolves once, refuses the connection if any answer is not public (unless
 * allowed), and hands net exactly the addresses it checked, so the connection is pinned to them.
 */
function guardedLookup(resolve: Resolver, allowPrivate: boolean, allowAddresses: readonly string[]) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname}: no addresses`), { code: 'ENOTFOUND' }), []);
        for (const a of addresses) {
          const why = allowPrivate || allowAddresses.includes(a.address) ? null : blockedReason(a.address);
          if (why) {
            const e = new AbsentiaError('forbidden', `resolves to ${a.address}, a ${why}: refused`, hostname);
            return callback(e as unknown as NodeJS.ErrnoException, []);
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, []),
    );
  };
}

/** A fetcher: one connection pool, its SSRF guard, its limits. Close it when done. */
export class Fetcher {
  readonly limits: Required<Omit<FetchLimits, 'maxDecodedBytes' | 'resolve'>> & { maxDecodedBytes: number };
  private readonly agent: Agent;

  constructor(limits: FetchLimits = {}) {
    const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    this.limits = {
      allowPrivate: limits.allowPrivate ?? false,
      maxBytes,
      maxDecodedBytes: limits.maxDecodedBytes ?? 2 * maxBytes,
      timeoutMs: limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
      maxRedirects: limits.maxRedirects ?? DEFAULT_LIMITS.maxRedirects,
      userAgent: limits.userAgent ?? DEFAULT_LIMITS.userAgent,
      allowAddresses: limits.allowAddresses ?? [],
    };
    this.agent = new Agent({
      connect: { timeout: this.limits.timeoutMs, lookup: guardedLookup(limits.resolve ?? systemResolve, this.limits.allowPrivate, this.limits.allowAddresses) },
      headersTimeout: this.limits.timeoutMs,
      bodyTimeout: this.limits.timeoutMs,
      maxResponseSize: this.limits.maxBytes,
      keepAliveTimeout: 4_000,
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  async fetch(rawUrl: string, req: FetchRequest = {}): Promise<FetchResult> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new AbsentiaError('fetch_failed', `timed out after ${this.limits.timeoutMs} ms`, rawUrl)),
      this.limits.timeoutMs,
    );
    try {
      return await this.follow(rawUrl, req, controller.signal);
    } catch (err) {
      throw asFetchError(err, rawUrl, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  private async follow(rawUrl: string, req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    const redirects: string[] = [];
    let url = checkUrl(rawUrl, this.limits.allowPrivate, this.limits.allowAddresses);
    for (;;) {
      const headers: Record<string, string> = {
        'user-agent': this.limits.userAgent,
        accept: req.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      const res = await request(url, { method: 'GET', headers, dispatcher: this.agent, signal });
      const status = res.statusCode;
      if (status >= 300 && status < 400 && status !== 304) {
        discard(res.body);
        const location = header(res.headers, 'location');
        if (!location) throw new AbsentiaError('fetch_failed', `HTTP ${status} without a Location header`, url.href);
        if (redirects.length >= this.limits.maxRedirects) {
          throw new AbsentiaError('fetch_failed', `more than ${this.limits.maxRedirects} redirects`, rawUrl);
        }
        const next = new URL(location, url).href;
        redirects.push(next);
        url = checkUrl(next, this.limits.allowPrivate, this.limits.allowAddresses);
        continue;
      }
      const meta = {
        requestedUrl: rawUrl,
        url: url.href,
        status,
        contentType: header(res.headers, 'content-type'),
        etag: header(res.headers, 'etag'),
        lastModified: header(res.headers, 'last-modified'),
        redirects,
      };
      if (status === 304) {
        discard(res.body);
        return { ...meta, notModified: true, body: Buffer.alloc(0), wireBytes: 0 };
      }
      if (status < 200 || status >= 300) {
        discard(res.body);
        const after = status === 429 || status === 503 ? retryAfterMs(header(res.headers, 'retry-after'), Date.now()) : null;
        const err = new AbsentiaError('fetch_failed', after === null ? `HTTP ${status}` : `HTTP ${status} (retry after ${Math.ceil(after / 1000)} s)`, url.href);
        throw after === null ? err : Object.assign(err, { retryAfterMs: after });
      }
      const declared = Number(header(res.headers, 'content-length') ?? NaN);
      if (declared > this.limits.maxBytes) {
        discard(res.body);
        throw new AbsentiaError('too_large', `Content-Length ${declared} exceeds the ${this.limits.maxBytes}-byte cap`, url.href);
      }
      const { body, wireBytes } = await readBody(res.body, header(res.headers, 'content-encoding'), this.limits, url.href);
      return { ...meta, notModified: false, body, wireBytes };
    }
  }
}

/** Drops a body we will not read; destroying an undici body without a listener would raise an error event. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

function header(h: Dispatcher.ResponseData['headers'], name: string): string | null {
  const v = h[name];
  if (v === undefined) return null;
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** Reads the body within the wire cap, undoing one Content-Encoding within the decoded cap. */
async function readBody(
  stream: Dispatcher.ResponseData['body'],
  contentEncoding: string | null,
  limits: { maxBytes: number; maxDecodedBytes: number },
  url: string,
): Promise<{ body: Buffer; wireBytes: number }> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  if (codings.length > 1) {
    discard(stream);
    throw new AbsentiaError('invalid_input', `stacked Content-Encoding "${contentEncoding}" refused`, url);
  }
  const coding = codings[0] ?? null;
  if (coding && !['gzip', 'x-gzip', 'deflate', 'br'].includes(coding)) {
    discard(stream);
    throw new AbsentiaError('invalid_input', `unsupported Content-Encoding "${coding}"`, url);
  }
  const out: Buffer[] = [];
  let wireBytes = 0;
  let decodedBytes = 0;
  let decoder: Transform | null = null;
  const collect = (chunk: Buffer) => {
    decodedBytes += chunk.length;
    if (decodedBytes > limits.maxDecodedBytes) {
      throw new AbsentiaError('too_large', `decompressed body exceeds the ${limits.maxDecodedBytes}-byte cap`, url);
    }
    out.push(chunk);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      wireBytes += chunk.length;
      if (wireBytes > limits.maxBytes) throw new AbsentiaError('too_large', `body exceeds the ${limits.maxBytes}-byte cap`, url);
      if (!coding) {
        collect(chunk);
        continue;
      }
      // Deflate is sent both with and without its zlib header: look at the first byte to tell.
      decoder ??= makeDecoder(coding, chunk[0]);
      for (const piece of await pushThrough(decoder, chunk)) collect(piece);
    }
    if (decoder) for (const piece of await finish(decoder)) collect(piece);
  } catch (err) {
    discard(stream);
    decoder?.destroy();
    if (err instanceof AbsentiaError) throw err;
    if (err instanceof Error && 'code' in err && String(err.code).startsWith('Z_')) {
      throw new AbsentiaError('invalid_input', `corrupt ${coding} body (${err.message})`, url);
    }
    throw err;
  }
  return { body: Buffer.concat(out), wireBytes };
}

function makeDecoder(coding: string, firstByte: number | undefined): Transform {
  // chunkSize bounds how much one write can inflate before we look at it again.
  const opts = { chunkSize: 64 * 1024 };
  if (coding === 'br') return createBrotliDecompress(opts);
  if (coding === 'deflate') return firstByte !== undefined && (firstByte & 0x0f) === 8 ? createInflate(opts) : createInflateRaw(opts);
  return createGunzip(opts);
}

/** Writes one chunk and collects what the decoder emits for it, honouring back-pressure piece by piece. */
function pushThrough(decoder: Transform, chunk: Buffer): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const pieces: Buffer[] = [];
    const onData = (d: Buffer) => pieces.push(d);
    const onError = (e: Error) => cleanup(() => reject(e));
    const cleanup = (done: () => void) => {
      decoder.off('data', onData);
      decoder.off('error', onError);
      done();
    };
    decoder.on('data', onData);
    decoder.on('error', onError);
    decoder.write(chunk, () => setImmediate(() => cleanup(() => resolve(pieces))));
  });
}

function finish(decoder: Transform): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const pieces: Buffer[] = [];
    decoder.on('data', (d: Buffer) => pieces.push(d));
    decoder.once('error', reject);
    decoder.once('end', () => resolve(pieces));
    decoder.end();
  });
}

function asFetchError(err: unknown, url: string, signal: AbortSignal): AbsentiaError {
  if (signal.aborted && signal.reason instanceof AbsentiaError) return signal.reason;
  if (err instanceof AbsentiaError) return err;
  const cause = (err as { cause?: unknown })?.cause;
  if (cause instanceof AbsentiaError) return cause;
  const e = err as { code?: string; message?: string };
  if (e?.code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return new AbsentiaError('too_large', 'body exceeds the size cap', url);
  if (e?.code === 'UND_ERR_HEADERS_TIMEOUT' || e?.code === 'UND_ERR_BODY_TIMEOUT') {
    return new AbsentiaError('fetch_failed', 'timed out waiting for the server', url);
  }
  return new AbsentiaError('fetch_failed', e?.message ? `${e.code ? e.code + ': ' : ''}${e.message}` : String(err), url, { cause: err });
}

/** A Retry-After header (delay-seconds or an HTTP-date, RFC 9110 §10.2.3) as milliseconds from `now`; null if absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/u.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) || !/[a-z]/iu.test(v) ? null : Math.max(0, at - now);
}

/** The pause a server asked for with Retry-After on a 429 or 503, when the error carries one. */
export function retryAfterOf(err: unknown): number | null {
  const ms = (err as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof ms === 'number' ? ms : null;
}

/** True when an error is worth retrying later (network trouble, 5xx, 429), false for refusals and caps. */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof AbsentiaError)) return true;
  if (err.code !== 'fetch_failed') return false;
  const m = /^HTTP (\d{3})/u.exec(err.message);
  if (m) return Number(m[1]) >= 500 || Number(m[1]) === 429 || Number(m[1]) === 408;
  return !/redirect/u.test(err.message);
}
