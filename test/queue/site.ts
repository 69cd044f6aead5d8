// A local news site on 127.0.0.1 for the queue tests and the queue benchmark: numbered articles with
// figures on unauthorized absence (text generated here, each one different), a feed listing them,
// pages that always fail, and pages that answer slowly. Counts the requests it serves per path.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UA_SOURCES = ["the Prosecutor General's Office", 'the State Bureau of Investigation'];
const RU_SOURCES = ['Mediazona', 'Verstka'];

/** One article, different for every i: a title, three paragraphs, two figures with sources and months. */
export function generateArticle(i: number): { title: string; published: string; paragraphs: string[] } {
  const month = MONTHS[i % 9];
  const cases = 1000 + ((i * 7919) % 90_000);
  const deserters = 100 + ((i * 104_729) % 9000);
  const published = `2025-${String(10 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    title: `Report ${i}: absence cases in ${month}`,
    published,
    paragraphs: [
      `Ukrainian armed forces are struggling with absences, citing data from ${UA_SOURCES[i % 2]}. In ${month} 2025, ${cases.toLocaleString('en-US')} cases of unauthorized abandonment of a unit were registered.`,
      `Russian army desertion is also rising. Investigators said ${deserters.toLocaleString('en-US')} cases of desertion were opened in ${month} 2025, according to ${RU_SOURCES[i % 2]}.`,
      `Analysts in region ${i % 17} noted that the figures for file ${i} were published without a breakdown by brigade.`,
    ],
  };
}

export function articleHtml(i: number, base: string): string {
  const a = generateArticle(i);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.title}</title>
<link rel="canonical" href="${base}/news/${i}">
<meta property="article:published_time" content="${a.published}T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>${a.title}</h1>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>Test site</footer></body></html>`;
}

export interface Site {
  /** Origin of the first host; `bases` has one per host. */
  base: string;
  bases: string[];
  /** Requests served, by path. */
  hits: Map<string, number>;
  /** Articles listed by /feed.xml (ids); change it to change the feed. */
  feedItems: number[];
  /** Milliseconds /news/N waits before its first answer, per id (later requests are answered at once). */
  delays: Map<number, number>;
  /** Milliseconds every /news/N request waits (to stretch a run). */
  everyDelayMs: number;
  close(): Promise<void>;
}

/** The site on one or more loopback addresses (several hosts let per-host politeness run hosts in parallel). */
export async function startSite(hosts: string[] = ['127.0.0.1']): Promise<Site> {
  const hits = new Map<string, number>();
  const delays = new Map<number, number>();
  const site = { hits, delays, feedItems: [] as number[], everyDelayMs: 0 } as Site;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const news = /^\/news\/(\d+)$/u.exec(path);
    if (news) {
      const id = Number(news[1]);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articleHtml(id, origin));
      };
      const wait = (hits.get(path) === 1 ? (delays.get(id) ?? 0) : 0) + site.everyDelayMs;
      if (wait > 0) setTimeout(send, wait).unref();
      else send();
      return;
    }
    if (/^\/broken\/\d+$/u.test(path)) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error, always');
      return;
    }
    if (path === '/feed.xml' || path === '/mirror/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test site</title><link>${origin}/</link>` +
          site.feedItems
            .map((i) => `<item><title>${generateArticle(i).title}</title><link>${origin}/news/${i}</link><guid>${origin}/news/${i}</guid></item>`)
            .join('') +
          '</channel></rss>',
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  const servers: Server[] = [];
  site.bases = [];
  for (const host of hosts) {
    const server = createServer(handler);
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, host, resolve));
    servers.push(server);
    site.bases.push(`http://${host}:${(server.address() as AddressInfo).port}`);
  }
  site.base = site.bases[0];
  site.close = async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
  return site;
}
