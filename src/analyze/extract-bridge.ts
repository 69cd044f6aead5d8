// Getting claims out of one document for `check`: a local text/HTML file or a URL, through the
// extractor (src/extract) and the file and web readers (src/ingest), wired here in one place.
import type { ClaimRecord } from '../claim';
import { extract } from '../extract/index';
import { readDocumentFile } from '../ingest/file/read';
import { decodeBytes, extractArticle, Fetcher } from '../ingest/web/index';
import { AbsentiaError } from '../util/errors';

export interface ExtractInput {
  path?: string;
  url?: string;
  published: string | null;
  language: string | null;
}

export interface ExtractedDocument {
  claims: ClaimRecord[];
  published: string | null;
  publisher: string | null;
  url: string | null;
}

export async function extractForCheck(input: ExtractInput): Promise<ExtractedDocument> {
  let text: string;
  let published: string | null;
  let publisher: string | null = null;
  let language = input.language;
  if (input.url) {
    const fetcher = new Fetcher();
    try {
      const page = await fetcher.fetch(input.url);
      if (page.status >= 400) throw new AbsentiaError('fetch_failed', `HTTP ${page.status}`, input.url);
      const html = decodeBytes(page.body, page.contentType).text;
      const article = extractArticle(html, page.url);
      text = article.text;
      published = input.published ?? article.published;
      publisher = article.outlet;
      language = language ?? article.language;
    } finally {
      await fetcher.close();
    }
  } else {
    const doc = await readDocumentFile(input.path!);
    text = doc.text;
    published = input.published ?? doc.published;
    language = language ?? doc.language;
  }
  const name = input.path ?? input.url!;
  if (!published) throw new AbsentiaError('usage', 'the document carries no publication date; give --published YYYY-MM-DD', name);
  const result = extract(text, { published, language: language ?? undefined });
  if (result.warning) throw new AbsentiaError('invalid_input', result.warning, name);
  return { claims: result.claims, published, publisher, url: input.url ?? null };
}
