// `absentia import-table FILE`: read a tidy or year-to-date cumulative table, store the file as a document
// (its bytes archived) and each figure as a claim with origin "table". Each distinct file is a vintage:
// figures already imported with the same publication date and value are skipped, revised ones are added
// beside the earlier ones.
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { archiveVersion, insertClaims, upsertDocumentVersion, type Store } from '../../store/index';
import { AbsentiaError } from '../../util/errors';
import { readTableFile, type Grid } from './read';
import { isTidy, readTidy } from './tidy';
import { toStorableClaim, vintageKey, type TableValue } from './value';
import { readYtd, type YtdOptions } from './ytd';

export interface ImportTableOptions extends YtdOptions {
  /** Force a layout instead of recognising it. */
  layout?: 'tidy' | 'ytd';
}

export interface ImportTableResult {
  file: string;
  format: Grid['format'];
  layout: 'tidy' | 'ytd';
  documentId: number;
  /** Figures read from the file. */
  values: number;
  added: number;
  /** Figures already stored from an earlier import of the same vintage. */
  skipped: number;
  /** Rows that could not be used, one line each. */
  problems: string[];
}

export async function importTable(store: Store, path: string, options: ImportTableOptions = {}): Promise<ImportTableResult> {
  const grid = await readTableFile(path);
  const name = basename(path);
  const layout = options.layout ?? (isTidy(grid.rows) ? 'tidy' : 'ytd');
  let parsed;
  try {
    parsed = layout === 'tidy' ? readTidy(grid.rows, { published: options.published, sourceUrl: options.sourceUrl }) : readYtd(grid.rows, options);
  } catch (err) {
    if (err instanceof AbsentiaError) throw new AbsentiaError(err.code, err.message, path);
    throw err;
  }
  if (parsed.values.length === 0) {
    throw new AbsentiaError('invalid_input', `no figures found${parsed.problems.length ? `: ${parsed.problems[0]}` : ''}`, path);
  }
  const hash = createHash('sha256').update(grid.bytes).digest('hex');
  const stored = await upsertDocumentVersion(store, {
    // One document per distinct file content: a revised release never supersedes the earlier one.
    path: `${resolve(path)}#sha256=${hash.slice(0, 16)}`,
    title: name,
    outlet: parsed.values[0].source,
    published: latest(parsed.values),
    text: grid.text,
    encoding: grid.format,
    byteLength: grid.bytes.length,
  });
  await archiveVersion(store, stored.versionId, grid.bytes, grid.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
  const items = parsed.values.map((v) => ({
    claim: toStorableClaim(v, name),
    context: {
      documentId: stored.documentId,
      versionId: stored.versionId,
      origin: 'table' as const,
      externalId: `table:${createHash('sha256').update(vintageKey(v)).digest('hex').slice(0, 32)}`,
      published: v.published,
      sourceUrl: v.sourceUrl,
      publisher: v.source,
    },
  }));
  const result = await insertClaims(store, items, { actor: 'import', action: 'claims.import_table' });
  return {
    file: path,
    format: grid.format,
    layout,
    documentId: stored.documentId,
    values: parsed.values.length,
    added: result.ids.length,
    skipped: result.skipped,
    problems: parsed.problems,
  };
}

function latest(values: TableValue[]): string {
  return values.reduce((a, v) => (v.published > a ? v.published : a), values[0].published);
}
