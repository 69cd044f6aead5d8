// `absentia extract FILE|-`: the claims of one document, as JSON (FORMAT.md records + provenance) or a table.
import type { Command } from 'commander';
import { toRecord, type ExtractedClaim } from '../../claim/claim';
import { extract } from '../../extract/index';
import { readDocumentBytes, readDocumentFile } from '../../ingest/file/read';
import { isIsoDate } from '../../util/dates';
import { usageError } from '../../util/errors';
import { renderTable } from './claims';

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
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(result.claims.map(toJson), null, 2)}\n`);
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

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
