// Page metadata for provenance: title, published/modified dates, canonical URL, language, outlet name.
// Sources in order of trust: JSON-LD (NewsArticle and friends), Open Graph / article:* meta, other meta
// names (Dublin Core, pubdate, sailthru), then the first <time datetime> in the page.
import { isIsoDate } from '../../util/dates';

export interface PageMetadata {
  title: string | null;
  /** YYYY-MM-DD as written by the publisher (its local date), or null. */
  published: string | null;
  modified: string | null;
  /** Where the published date came from, e.g. 'json-ld', 'meta:article:published_time', 'time'. */
  publishedFrom: string | null;
  canonicalUrl: string | null;
  declaredLanguage: string | null;
  outlet: string;
  byline: string | null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

export function pageMetadata(document: Document, pageUrl: string): PageMetadata {
  const meta = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '')
      .trim()
      .toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  const ld = jsonLdArticle(document);

  let published: string | null = null;
  let publishedFrom: string | null = null;
  const take = (value: unknown, from: string) => {
    const d = isoDateOf(value);
    if (d && !published) {
      published = d;
      publishedFrom = from;
    }
  };
  take(ld?.datePublished, 'json-ld');
  for (const k of PUBLISHED_META) take(meta.get(k), `meta:${k}`);
  const time = document.querySelector('article time[datetime], time[pubdate], time[itemprop=datePublished], time[datetime]');
  take(time?.getAttribute('datetime'), 'time');

  let modified = isoDateOf(ld?.dateModified);
  for (const k of MODIFIED_META) modified ??= isoDateOf(meta.get(k));

  const canonicalHref =
    document.querySelector('link[rel~=canonical]')?.getAttribute('href') ?? meta.get('og:url') ?? null;
  const canonicalUrl = absoluteHttpUrl(canonicalHref, pageUrl);

  const title =
    clean(stringOf(ld?.headline)) ?? clean(meta.get('og:title')) ?? clean(meta.get('twitter:title')) ?? clean(document.querySelector('title')?.textContent);

  const publisher = ld?.publisher as { name?: unknown } | undefined;
  const outlet =
    clean(meta.get('og:site_name')) ?? clean(stringOf(publisher?.name)) ?? clean(meta.get('application-name')) ?? hostOutlet(canonicalUrl ?? pageUrl);

  const author = ld?.author as { name?: unknown } | Array<{ name?: unknown }> | undefined;
  const byline =
    clean(Array.isArray(author) ? author.map((a) => stringOf(a?.name)).filter(Boolean).join(', ') : stringOf(author?.name)) ??
    clean(meta.get('author')) ??
    clean(meta.get('article:author'));

  const declaredLanguage =
    clean(document.documentElement?.getAttribute('lang')) ??
    clean(meta.get('og:locale')) ??
    clean(meta.get('content-language')) ??
    clean(stringOf(ld?.inLanguage));

  return { title, published, modified, publishedFrom, canonicalUrl, declaredLanguage, outlet, byline };
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting|OpinionNewsArticle|Report)$/u;

/** The first JSON-LD object of an article type (looking inside @graph and arrays); malformed blocks are skipped. */
function jsonLdArticle(document: Document): Record<string, unknown> | null {
  let fallback: Record<string, unknown> | null = null;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        const types = ([] as unknown[]).concat(o['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
          if (types.some((t) => t !== 'WebPage')) return o;
          fallback ??= o;
        }
      }
    }
  }
  return fallback;
}

/** The calendar date a timestamp or date string names, as written (no time-zone shift). */
export function isoDateOf(value: unknown): string | null {
  const s = stringOf(value);
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(s.trim()) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/u.exec(s.trim());
  if (m) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    return isIsoDate(d) ? d : null;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function stringOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/gu, ' ').trim();
  return t ? t : null;
}

function absoluteHttpUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function hostOutlet(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(?:www|m|amp)\./u, '');
  } catch {
    return url;
  }
}
