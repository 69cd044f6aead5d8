// The web side of a fetch job, composed from src/ingest/web: a guarded fetch, charset decoding,
// article text and metadata, the canonical URL that keys the document.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { DocumentInput } from '../store/documents';
import { AbsentiaError } from '../util/errors';
import { extractArticle } from '../ingest/web/article';
import { canonicalUrl } from '../ingest/web/canonical';
import { decodeBytes } from '../ingest/web/decode';
import { Fetcher } from '../ingest/web/fetch';
import { PoliteFetcher } from '../ingest/web/hosts';

export interface WebClientOptions {
  allowPrivate: boolean;
  /** Pause between two requests to one host from this process (robots.txt Crawl-delay raises it). */
  hostDelayMs?: number;
}

/** One polite fetcher for public addresses and, when allowed, one for private ones. */
export class WebClient {
  private readonly fetchers = new Map<boolean, PoliteFetcher>();

  constructor(private readonly options: WebClientOptions) {}

  for(allowPrivate: boolean): PoliteFetcher {
    const key = allowPrivate && this.options.allowPrivate;
    let f = this.fetchers.get(key);
    if (!f) {
      f = new PoliteFetcher(new Fetcher({ allowPrivate: key }), { delayMs: this.options.hostDelayMs ?? 1000 });
      this.fetchers.set(key, f);
    }
    return f;
  }

  async close(): Promise<void> {
    for (const f of this.fetchers.values()) await f.fetcher.close();
  }
}

export interface FetchedPage {
  document: DocumentInput & { canonicalUrl: string };
  raw: Buffer;
  contentType: string | null;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/iu;

export async function fetchPage(web: WebClient, url: string, allowPrivate: boolean): Promise<FetchedPage> {
  const res = await web.for(allowPrivate).fetch(url);
  if (res.contentType && !HTML_TYPES.test(res.contentType)) {
    throw new AbsentiaError('invalid_input', `not a web page (Content-Type ${res.contentType})`, url);
  }
  const decoded = decodeBytes(res.body, res.contentType);
  const article = extractArticle(decoded.text, res.url);
  if (article.text.trim() === '') throw new AbsentiaError('invalid_input', 'no article text found on the page', url);
  return {
    document: {
      canonicalUrl: canonicalUrl(sameSiteCanonical(article.canonicalUrl, res.url)),
      title: article.title,
      outlet: article.outlet,
      language: article.language,
      published: article.published,
      modified: article.modified,
      text: article.text,
      encoding: `${decoded.encoding} (${decoded.method})`,
      byteLength: res.body.length,
      fetchedAt: new Date().toISOString(),
      httpEtag: res.etag,
      httpLastModified: res.lastModified,
    },
    raw: res.body,
    contentType: res.contentType,
  };
}

/** A page may name its canonical URL, but only on its own site: another site's URL would take over that document. */
function sameSiteCanonical(declared: string | null, fetched: string): string {
  if (!declared) return fetched;
  try {
    return new URL(declared).host === new URL(fetched).host ? declared : fetched;
  } catch {
    return fetched;
  }
}

/** The article links of a feed, deduplicated, in feed order. */
export async function readFeedLinks(web: WebClient, url: string, allowPrivate: boolean): Promise<string[]> {
  const res = await web.for(allowPrivate).fetch(url, { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' });
  let feed;
  try {
    feed = parseFeed(decodeBytes(res.body, res.contentType).text);
  } catch (err) {
    throw new AbsentiaError('invalid_input', `not a readable feed (${err instanceof Error ? err.message : String(err)})`, url);
  }
  const links = new Set<string>();
  for (const item of feed.items) {
    if (!item.url) continue;
    try {
      links.add(new URL(item.url, res.url).href);
    } catch {
      // an item link that is not a URL is skipped; the others still count
    }
  }
  return [...links];
}
