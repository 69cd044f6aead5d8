// `absentia extract FILE|-`: the claims of one document, as JSON (FORMAT.md records + provenance) or a table.
import type { Command } from 'commander';
import type { ExtractedClaim } from '../../claim/claim';
import { extractStream } from '../../extract/index';
import { readDocumentBytes, readDocumentFile } from '../../ingest/file/read';
import { isIsoDate } from '../../util/dates';
import { usageError } from '../../util/errors';
import { renderTable } from '../render-table';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the claims of one document (plain text or HTML; "-" reads standard input)')
    .argument('<file>', 'a document path, or - for standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD that relative dates resolve against (default: the date the document carries, else today)')
    .option('--language <code>', 'language of the text (default: detected)', 'auto')
    .option('--format <format>', 'json or table', 'json')
    .action(async (file: string, opts: { published?: string; language: string; format: string }) => {
      if (opts.published !== undefined && !isIsoDate(opts.published)) {
        throw usageError(`must be a date YYYY-MM-DD, got "${opts.published}"`, '--published');
      }
      if (opts.format !== 'json' && opts.format !== 'table') throw usageError(`must be json or table, got "${opts.format}"`, '--format');
      const doc = file === '-' ? readDocumentBytes(await readStdin(), '-') : await readDocumentFile(file);
      const language = opts.language === 'auto' ? (doc.language ?? 'auto') : opts.language;
      const published = opts.published ?? doc.published ?? new Date().toISOString().slice(0, 10);
      const result = extractStream(doc.text, { published, language });
      if (result.warning) console.error(`absentia: ${file}: ${result.warning}`);
      // each claim is written out (or made a table row) as it is made: a 50 MB article's claims are never all in memory
      if (opts.format === 'json') await writeJsonArray(process.stdout, result.claims, toJson);
      else process.stdout.write(table(result.claims));
    });
}

/**
 * FORMAT.md fields in their order (toRecord's), then the extractor's provenance. Spelled out rather than spread
 * from toRecord(c): the spread's objects were promoted to V8's old generation (about 1 MB per young-generation
 * collection, measured), which a 50 MB article's run turned into hundreds of MB of garbage awaiting a full GC.
 */
export function toJson(c: ExtractedClaim): Record<string, unknown> {
  return {
    force: c.force, event: c.event, counted: c.counted, statistic: c.statistic, value: c.value, qualifier: c.qualifier,
    period: c.period, per: c.per, kind: c.kind, scope: c.scope, source: c.source, quote: c.quote,
    span: c.span,
    sentence: c.sentence,
    rules: c.rules,
    periodBasis: c.periodBasis,
    confidence: c.confidence,
    language: c.language,
  };
}

function table(claims: Iterable<ExtractedClaim>): string {
  const value = (c: ExtractedClaim) => ('exact' in c.value ? String(c.value.exact) : `${c.value.low}-${c.value.high}`);
  const period = (c: ExtractedClaim) => (c.period ? `${c.period.start ?? '…'}..${c.period.end ?? '…'}` : '');
  // the column widths need every row first; a row is a few short strings, far less than its claim
  const rows: string[][] = [];
  for (const c of claims) rows.push([c.force, c.event, c.counted, c.statistic, value(c), c.qualifier, period(c), c.per ?? '', c.kind, c.scope ?? '', c.source ?? '']);
  return renderTable(['force', 'event', 'counted', 'statistic', 'value', 'qualifier', 'period', 'per', 'kind', 'scope', 'source'], rows);
}

/**
 * The bytes of `JSON.stringify([...items].map(map), null, 2)` and a newline, written in pieces as the stream drains:
 * a 50 MB article gives some 300 MB of JSON, which must never be one string in memory, and its items are pulled
 * only as fast as the output takes them.
 */
export async function writeJsonArray<T>(out: NodeJS.WritableStream, items: Iterable<T>, map: (item: T) => unknown): Promise<void> {
  let piece = '';
  let started = false;
  for (const item of items) {
    piece += `${started ? ',\n' : '[\n'}  ${JSON.stringify(map(item), null, 2).replace(/\n/gu, '\n  ')}`;
    started = true;
    if (piece.length >= PIECE_CHARS) {
      await write(out, piece);
      piece = '';
    }
  }
  await write(out, started ? `${piece}\n]\n` : '[]\n');
}

/** A few tens of KB per write: each piece is built, written and dropped while it is still young garbage. */
const PIECE_CHARS = 16 * 1024;

async function write(out: NodeJS.WritableStream, piece: string): Promise<void> {
  if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
