// HTML to plain text that keeps paragraph structure, plus the metadata a saved page carries.
// Web pages fetched by the ingester go through Readability first (src/ingest/web); this is the
// generic reduction used for local files and as the last step after Readability.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';

// loaded on the first HTML document only: plain-text extraction need not pay its load time (~0.3 s)
let parser: typeof ParseHtml | undefined;
const parseHTML: typeof ParseHtml = (html) => (parser ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML)(html);

export interface HtmlDocument {
  text: string;
  title: string | null;
  published: string | null;
  language: string | null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'NAV', 'FOOTER', 'FORM', 'BUTTON', 'SELECT']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'TABLE', 'THEAD', 'TBODY', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const CELL = new Set(['TD', 'TH']);

export function looksLikeHtml(head: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head) || /<(p|div|article|br)[\s>/]/i.test(head.slice(0, 2000));
}

export function htmlToText(html: string): HtmlDocument {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  walk(document.body ?? document.documentElement, parts);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    text,
    title: clean(document.querySelector('meta[property="og:title"]')?.getAttribute('content')) ?? clean(document.title) ?? clean(document.querySelector('h1')?.textContent),
    published: publishedDate(document),
    language: clean(document.documentElement?.getAttribute('lang'))?.slice(0, 2).toLowerCase() ?? null,
  };
}

function walk(node: any, out: string[]): void {
  for (let child = node?.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push(String(child.data).replace(/[ \t\n\r\f\v]+/g, ' '));
    } else if (child.nodeType === 1) {
      const tag = String(child.tagName).toUpperCase();
      if (SKIP.has(tag) || child.getAttribute?.('hidden') !== null && child.hasAttribute?.('hidden')) continue;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) out.push('\n\n');
      walk(child, out);
      if (block) out.push('\n\n');
      else if (CELL.has(tag)) out.push(' \t ');
    }
  }
}

function publishedDate(document: any): string | null {
  const candidates = [
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    document.querySelector('meta[name="date"]')?.getAttribute('content'),
    document.querySelector('meta[name="pubdate"]')?.getAttribute('content'),
    document.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const m = c && /^(\d{4}-\d{2}-\d{2})/.exec(c.trim());
    if (m) return m[1];
  }
  return null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 500) : null;
}
