// `absentia extract FILE|-`: the claims of one document, as JSON (FORMAT.md records + provenance) or a table.
import type { Command } from 'commander';
import { toRecord, type ExtractedClaim } from '../../claim/claim';
import { extract } from '../../extract/index';
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
      const result = extract(doc.text, { published, language });
      if (result.warning) console.error(`absentia: ${file}: ${result.warning}`);
      if (opts.format === 'json') await writeJsonArray(process.stdout, result.claims, toJson);
      else process.stdout.write(table(result.claims));
    });
}

/** FORMAT.md fields in their order, then the extractor's provenance. */
export function toJson(c: ExtractedClaim): Record<string, unknown> {
  return {
    ...toRecord(c),
    span: c.span,
    sentence: c.sentence,
    rules: c.rules,
    periodBasis: c.periodBasis,
    confidence: c.confidence,
    language: c.language,
  };
}

function table(claims: ExtractedClaim[]): string {
  const value = (c: ExtractedClaim) => ('exact' in c.value ? String(c.value.exact) : `${c.value.low}-${c.value.high}`);
  const period = (c: ExtractedClaim) => (c.period ? `${c.period.start ?? '…'}..${c.period.end ?? '…'}` : '');
  return renderTable(
    ['force', 'event', 'counted', 'statistic', 'value', 'qualifier', 'period', 'per', 'kind', 'scope', 'source'],
    claims.map((c) => [c.force, c.event, c.counted, c.statistic, value(c), c.qualifier, period(c), c.per ?? '', c.kind, c.scope ?? '', c.source ?? '']),
  );
}

/**
 * The bytes of `JSON.stringify(items.map(map), null, 2)` and a newline, written in pieces as the stream drains:
 * a 50 MB article gives some 300 MB of JSON, which must never be one string in memory.
 */
export async function writeJsonArray<T>(out: NodeJS.WritableStream, items: readonly T[], map: (item: T) => unknown): Promise<void> {
  if (items.length === 0) {
    out.write('[]\n');
    return;
  }
  const PIECE = 500;
  for (let i = 0; i < items.length; i += PIECE) {
    const parts: string[] = [];
    for (let k = i; k < Math.min(i + PIECE, items.length); k++) parts.push(`  ${JSON.stringify(map(items[k]!), null, 2).replace(/\n/gu, '\n  ')}`);
    const piece = `${i === 0 ? '[\n' : ',\n'}${parts.join(',\n')}${i + PIECE >= items.length ? '\n]\n' : ''}`;
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
