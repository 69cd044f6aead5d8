// A local HTTP site for the web-ingest tests: routes registered per test, a hit log per path, stopped by
// the test. Listens on 127.0.0.1 on a free port.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface Site {
  url(path: string): string;
  origin: string;
  port: number;
  route(path: string, handler: Handler): void;
  /** Serve a fixed body with headers. */
  page(path: string, body: string | Buffer, headers?: Record<string, string>): void;
  hits(path?: string): number;
  close(): Promise<void>;
}

export const FIXTURES = join(import.meta.dirname, '../../../../test/fixtures/web');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name));

export async function startSite(): Promise<Site> {
  const routes = new Map<string, Handler>();
  const hitLog = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hitLog.set(path, (hitLog.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(path === '/robots.txt' ? 404 : 404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    try {
      await handler(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (p) => `${origin}${p}`,
    route: (p, h) => void routes.set(p, h),
    page: (p, body, headers = { 'content-type': 'text/html; charset=utf-8' }) =>
      void routes.set(p, (_req, res) => {
        res.writeHead(200, headers);
        res.end(body);
      }),
    hits: (p) => (p ? (hitLog.get(p) ?? 0) : [...hitLog.values()].reduce((a, b) => a + b, 0)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
