// One URL into the store: fetch (conditional, polite, retried), decode, extract the article, store it as a
// document version with its raw bytes archived, extract its claims, and link it to the original if it is
// an echo. A failure is reported in the outcome and logged; nothing already stored is touched.
import {
  archiveVersion,
  findDocumentByKey,
  getVersion,
  replaceMachineClaims,
  upsertDocumentVersion,
  type Store,
} from '../../store/index';
import { logFetch } from '../../store/web';
import { AbsentiaError } from '../../util/errors';
import { extractArticle, type Article } from './article';
import { canonicalUrl } from './canonical';
import { fetchWithRetry, type UrlOutcome, type WebIngestOptions } from './context';
import { decodeBytes } from './decode';
import { linkEcho } from './echo-link';
import type { PoliteFetcher } from './hosts';

/** What a feed knows about an item, used when the page itself does not say. */
export interface PageHints {
  published?: string | null;
  title?: string | null;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/iu;

export async function ingestPage(
  url: string,
  fetcher: PoliteFetcher,
  options: WebIngestOptions,
  hints: PageHints = {},
): Promise<UrlOutcome> {
  const { store } = options;
  let attempts = 0;
  try {
    const known = await knownValidators(store, url);
    const fetched = await fetchWithRetry(fetcher, url, { etag: known?.etag, lastModified: known?.lastModified }, options);
    attempts = fetched.attempts;
    const res = fetched.result;
    if (res.notModified) {
      await logFetch(store, { url, finalUrl: res.url, outcome: 'not_modified', httpStatus: 304, attempts, documentId: known?.documentId });
      return { url, status: 'not_modified', documentId: known?.documentId, claimsAdded: 0, attempts };
    }
    if (res.contentType && !HTML_TYPES.test(res.contentType)) {
      throw new AbsentiaError('invalid_input', `not a web page (Content-Type ${res.contentType.split(';')[0]})`, res.url);
    }
    const decoded = decodeBytes(res.body, res.contentType);
    const article = extractArticle(decoded.text, res.url);
    if (!article.text.trim()) throw new AbsentiaError('invalid_input', 'no article text found on the page', res.url);
    const canonical = chooseCanonical(article, res.url);
    const published = article.published ?? hints.published ?? null;
    const stored = await upsertDocumentVersion(store, {
      canonicalUrl: canonical,
      title: article.title ?? hints.title ?? null,
      outlet: article.outlet,
      language: article.language,
      published,
      text: article.text,
      encoding: `${decoded.encoding} (${decoded.method}${decoded.suspect ? ', suspect' : ''})`,
      byteLength: res.body.length,
      httpEtag: res.etag,
      httpLastModified: res.lastModified,
      modified: article.modified,
    });
    let claimsAdded = 0;
    if (stored.status !== 'unchanged' || stored.extractorVersion === null) {
      await archiveVersion(store, stored.versionId, res.body, res.contentType);
    }
    const extractorVersion = options.extractorVersion ?? 'unversioned';
    if (options.extract && (stored.status !== 'unchanged' || stored.extractorVersion !== extractorVersion)) {
      const claims = await options.extract(article.text, {
        published: published ?? new Date().toISOString().slice(0, 10),
        // only a declared language binds the extractor; otherwise it detects per paragraph
        language: article.declaredLanguage,
      });
      claimsAdded = (await replaceMachineClaims(store, stored.versionId, claims, extractorVersion)).added;
    }
    const echoOf = stored.status === 'unchanged' ? undefined : await linkEcho(store, stored.documentId, article.text, article.language, published);
    const status = stored.status;
    await logFetch(store, { url, finalUrl: res.url, outcome: status, httpStatus: res.status, bytes: res.wireBytes, attempts, documentId: stored.documentId });
    return {
      url,
      status,
      documentId: stored.documentId,
      version: stored.version,
      canonicalUrl: canonical,
      echoOf: echoOf ?? undefined,
      claimsAdded,
      attempts,
      encoding: decoded.encoding,
    };
  } catch (err) {
    const e = err instanceof AbsentiaError ? err : new AbsentiaError('internal', err instanceof Error ? err.message : String(err), url);
    attempts = (err as { attempts?: number }).attempts ?? Math.max(attempts, 1);
    const line = e.line;
    await logFetch(store, { url, outcome: 'failed', attempts, error: line }).catch(() => {});
    return { url, status: 'failed', claimsAdded: 0, attempts, error: line };
  }
}

/**
 * The page's identity. A declared canonical URL is believed only on the same site: a re-publisher that
 * points rel=canonical at the original must stay a document of its own (an echo), not a version of it.
 */
export function chooseCanonical(article: Pick<Article, 'canonicalUrl'>, finalUrl: string): string {
  const own = canonicalUrl(finalUrl);
  if (!article.canonicalUrl) return own;
  try {
    const declared = canonicalUrl(article.canonicalUrl);
    return new URL(declared).host === new URL(own).host ? declared : own;
  } catch {
    return own;
  }
}

async function knownValidators(store: Store, url: string): Promise<{ documentId: number; etag: string | null; lastModified: string | null } | null> {
  let key: string;
  try {
    key = canonicalUrl(url);
  } catch {
    return null;
  }
  const doc = await findDocumentByKey(store, key);
  if (!doc?.current_version_id) return null;
  const v = await getVersion(store, doc.current_version_id);
  return v ? { documentId: doc.id, etag: v.http_etag, lastModified: v.http_last_modified } : null;
}
