// HTML page to article: the main text (Readability over linkedom) and the metadata a claim's provenance needs.
// Output is plain text built from the DOM, so no markup from the page survives to be rendered anywhere.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AbsentiaError } from '../../util/errors';
import { detectedLanguageCode } from '../../extract/detect-language';
import { declaredCode } from './language';
import { pageMetadata, type PageMetadata } from './metadata';

export interface Article extends PageMetadata {
  /** Article text: paragraphs separated by a blank line, whitespace collapsed inside them. */
  text: string;
  /** 'readability' when the main content was found, 'body' when the whole body text was used. */
  extraction: 'readability' | 'body';
  /** The declared language, else the detected one (stored with the document). */
  language: string | null;
}

/** Pages with more elements than this are refused rather than parsed (a DOM bomb costs seconds and memory). */
const MAX_ELEMENTS = 30_000;
/** Readability's scoring is quadratic in nesting depth (1,000 nested divs take 25 s): deeper pages are refused. */
const MAX_DEPTH = 300;

export function extractArticle(html: string, url: string, headerLanguage?: string | null): Article {
  precheckMarkup(html, url);
  const { document } = parseHTML(html);
  if (!document.documentElement) throw new AbsentiaError('invalid_input', 'no HTML document found', url);
  const elements = document.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) {
    throw new AbsentiaError('too_large', `page has ${elements} elements (more than ${MAX_ELEMENTS})`, url);
  }
  const depth = maxDepth(document.documentElement as unknown as Element, MAX_DEPTH);
  if (depth > MAX_DEPTH) throw new AbsentiaError('too_large', `page nests elements more than ${MAX_DEPTH} deep`, url);
  // Metadata first: Readability rewrites the document it is given, and we do not need the page after it.
  const meta = pageMetadata(document as unknown as Document, url);
  let text = '';
  let extraction: Article['extraction'] = 'readability';
  try {
    const parsed = new Readability<Node>(document as unknown as Document, {
      serializer: (node) => node,
      maxElemsToParse: MAX_ELEMENTS,
      disableJSONLD: true,
    }).parse();
    if (parsed?.content) text = blockText(parsed.content);
    if (!meta.title && parsed?.title) meta.title = parsed.title.trim();
  } catch {
    text = '';
  }
  if (text.length < 40) {
    const body = parseHTML(html).document.body as unknown as Node | null;
    if (body) {
      for (const el of (body as unknown as Element).querySelectorAll('script,style,noscript,template,nav,footer')) el.remove();
      text = blockText(body);
      extraction = 'body';
    }
  }
  const declaredLanguage = declaredCode(meta.declaredLanguage ?? headerLanguage ?? null);
  return { ...meta, declaredLanguage, text, extraction, language: declaredLanguage ?? detectedLanguageCode(text) };
}

// Elements whose end tag may be left out: the parser closes them itself, so they do not nest deeper.
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);

/**
 * A scan of the raw markup before parsing (the DOM library itself takes seconds on 100,000 nested tags):
 * refuses pages with far too many tags or far too deep nesting of tags that must be closed.
 */
function precheckMarkup(html: string, url: string): void {
  let tags = 0;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/gu)) {
    tags++;
    const name = m[2].toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > max) max = depth;
  }
  if (tags > 2 * MAX_ELEMENTS) throw new AbsentiaError('too_large', `page has ${tags} tags (more than ${2 * MAX_ELEMENTS})`, url);
  if (max > 4 * MAX_DEPTH) throw new AbsentiaError('too_large', `page nests elements more than ${MAX_DEPTH} deep`, url);
}

/** Depth of the element tree, counted without recursion; stops early once past `limit`. */
function maxDepth(root: Element, limit: number): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'FORM', 'SELECT']);

/** Text of a subtree with block elements as paragraph breaks; table cells separated by a tab. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    if (tag === 'TD' || tag === 'TH') parts.push('\t');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n{2,}/u)
    .map((p) => p.replace(/[ \t\r\n\f\v\u00a0\u2028\u2029]+/gu, (ws) => (ws.includes('\u00a0') && ws.length === 1 ? '\u00a0' : ' ')).trim())
    .filter(Boolean)
    .join('\n\n');
}
