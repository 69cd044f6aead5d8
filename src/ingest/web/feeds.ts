// Feeds to items: RSS 2.0, RSS 1.0 (RDF), Atom via @rowanmanning/feed-parser (tolerant of real-world
// breakage), JSON Feed 1.x by hand. XML that declares entities is refused before parsing: the parser
// underneath expands them without limit, which is how billion-laughs and external-entity attacks work.
import { createHash } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import { AbsentiaError } from '../../util/errors';
import { blockText } from './article';
import { decodeBytes } from './decode';
import { isoDateOf } from './metadata';

export interface FeedItem {
  /** Stable identity within the feed: guid/id, else the link, else a hash of title and text. */
  key: string;
  title: string | null;
  /** Absolute http(s) link to the article, or null. */
  url: string | null;
  published: string | null;
  updated: string | null;
  /** Plain text of the item's content or summary (may be a teaser). */
  text: string;
  /** sha256 of title, link, dates and text: a changed hash means an updated item. */
  hash: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  items: FeedItem[];
  /** Items dropped because another item had the same key (the later-updated one is kept). */
  duplicates: number;
}

export function parseFeedBytes(bytes: Buffer, contentType: string | null, feedUrl: string): ParsedFeed {
  const decoded = decodeBytes(bytes, contentType);
  const text = decoded.text.replace(/^\ufeff/u, '');
  const head = text.slice(0, 512).trimStart();
  if (/json/iu.test(contentType ?? '') || head.startsWith('{')) return parseJsonFeed(text, feedUrl);
  assertNoEntities(text, feedUrl);
  assertFewReferences(text, feedUrl);
  let feed;
  try {
    feed = parseFeed(expandCharacterReferences(text));
  } catch (err) {
    throw new AbsentiaError('invalid_input', `not a readable RSS or Atom feed (${(err as Error).message})`, feedUrl);
  }
  const format = /<feed[\s>]/u.test(text.slice(0, 4096)) ? 'atom' : 'rss';
  const raw = feed.items.map((item) => {
    const html = item.content ?? item.description ?? '';
    return makeItem(
      {
        id: item.id,
        title: item.title,
        url: item.url,
        published: item.published?.toISOString() ?? null,
        updated: item.updated?.toISOString() ?? null,
        html,
      },
      feedUrl,
    );
  });
  return { format, title: feed.title ?? null, ...dedupe(raw) };
}

/**
 * Replaces numeric character references (&#65; &#x41;) by their characters in one linear pass: the XML
 * parser underneath takes seconds on a few hundred thousand of them. Markup characters (< > & " ') stay
 * escaped so the document's structure cannot change.
 */
export function expandCharacterReferences(xml: string): string {
  return xml.replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));/giu, (ref, hex: string | undefined, dec: string | undefined) => {
    const code = hex ? parseInt(hex, 16) : Number(dec);
    const xmlChar = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!xmlChar || code === 0x3c || code === 0x3e || code === 0x26 || code === 0x22 || code === 0x27) return ref;
    return String.fromCodePoint(code);
  });
}

/** More references than this and a feed is refused: the parsers underneath spend seconds per 100,000. */
export const MAX_REFERENCES = 100_000;

function assertFewReferences(xml: string, feedUrl: string): void {
  let n = 0;
  for (let i = xml.indexOf('&'); i >= 0; i = xml.indexOf('&', i + 1)) {
    if (++n > MAX_REFERENCES) {
      throw new AbsentiaError('too_large', `feed has more than ${MAX_REFERENCES} entity or character references: refused`, feedUrl);
    }
  }
}

/** Refuses DTDs that declare entities (internal or external): no feed needs them. */
function assertNoEntities(xml: string, feedUrl: string): void {
  const doctype = /<!DOCTYPE/iu.exec(xml);
  if (!doctype) return;
  const rest = xml.slice(doctype.index, doctype.index + 1_000_000);
  if (/<!ENTITY/iu.test(rest)) {
    throw new AbsentiaError('invalid_input', 'feed declares XML entities (<!ENTITY>): refused, entity expansion is not allowed', feedUrl);
  }
}

function parseJsonFeed(text: string, feedUrl: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new AbsentiaError('invalid_input', `not valid JSON (${(err as Error).message})`, feedUrl);
  }
  const o = data as Record<string, unknown>;
  if (!o || typeof o !== 'object' || typeof o.version !== 'string' || !o.version.startsWith('https://jsonfeed.org/version/') || !Array.isArray(o.items)) {
    throw new AbsentiaError('invalid_input', 'not a JSON Feed (no jsonfeed.org version or items)', feedUrl);
  }
  const raw = (o.items as unknown[]).filter((i): i is Record<string, unknown> => !!i && typeof i === 'object').map((i) =>
    makeItem(
      {
        id: str(i.id),
        title: str(i.title),
        url: str(i.url) ?? str(i.external_url),
        published: str(i.date_published),
        updated: str(i.date_modified),
        html: str(i.content_html) ?? escapeText(str(i.content_text) ?? str(i.summary) ?? ''),
      },
      feedUrl,
    ),
  );
  return { format: 'json', title: str(o.title), ...dedupe(raw) };
}

interface RawItem {
  id: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  updated: string | null;
  html: string;
}

function makeItem(r: RawItem, feedUrl: string): FeedItem {
  const url = absolute(r.url, feedUrl);
  const text = r.html ? htmlText(r.html) : '';
  const title = r.title?.replace(/\s+/gu, ' ').trim() || null;
  const published = isoDateOf(r.published);
  const updated = isoDateOf(r.updated);
  const hash = createHash('sha256').update(JSON.stringify([title, url, published, updated, text])).digest('hex');
  const key = r.id?.trim() || url || `sha256:${createHash('sha256').update(JSON.stringify([title, text])).digest('hex')}`;
  return { key, title, url, published, updated, text, hash };
}

/** One item per key; when a feed repeats a key, the copy updated last (or listed first) wins. */
function dedupe(items: FeedItem[]): { items: FeedItem[]; duplicates: number } {
  const byKey = new Map<string, FeedItem>();
  for (const item of items) {
    const seen = byKey.get(item.key);
    if (!seen || (item.updated ?? item.published ?? '') > (seen.updated ?? seen.published ?? '')) byKey.set(item.key, item);
  }
  return { items: [...byKey.values()], duplicates: items.length - byKey.size };
}

function htmlText(html: string): string {
  if (!/[<&]/u.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? blockText(document.body as unknown as Node) : '';
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const escapeText = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
