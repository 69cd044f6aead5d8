// One URL per article: tracking parameters, fragments, default ports, trailing slashes and AMP variants
// removed, so that the same page reached by different links is stored as one document.

const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|cmpid|ocid|at_medium|at_campaign|amp|outputtype|output)$/iu;

/**
 * Normalises an http(s) URL: lower-case host without "www." or "amp." / "m." mobile and AMP prefixes,
 * no fragment, no default port, no tracking or AMP query parameters (the rest sorted), no "/amp" path
 * suffix or ".amp" extension, no trailing slash (except the root). Idempotent.
 */
export function canonicalUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  u.username = '';
  u.password = '';
  u.hostname = u.hostname.toLowerCase().replace(/^(?:www\d?|amp|m)\./u, '');
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  // One scheme per article: http and https copies of a page are the same page.
  if (u.protocol === 'http:' && u.port === '') u.protocol = 'https:';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  let path = u.pathname.replace(/\/{2,}/gu, '/');
  path = path.replace(/\/amp\/?$/iu, '/').replace(/\.amp(\.html?)?$/iu, '$1').replace(/^\/amp\//iu, '/');
  if (path.length > 1) path = path.replace(/\/+$/u, '');
  u.pathname = path || '/';
  return u.href;
}
