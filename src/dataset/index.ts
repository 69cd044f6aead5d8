// The bundled dataset: figures from public reporting (data/reported-figures.csv, see data/README.md),
// loaded as claims with provenance (origin "dataset") so a new database shows the reported picture.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { estimatePublished } from '../analyze/published';
import type { AnalysisClaim } from '../analyze/types';
import { insertClaims, type Store } from '../store';
import { AbsentiaError } from '../util/errors';
import { parseDatasetCsv, type DatasetRow } from './rows';

export const DATASET_FILE = 'reported-figures.csv';
const META_KEY = 'dataset:reported-figures';

/** data/reported-figures.csv of this installation, found upwards from this module (src/dataset or dist). */
export function datasetPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', DATASET_FILE);
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new AbsentiaError('not_found', 'the bundled dataset is missing from this installation', `data/${DATASET_FILE}`);
}

let cached: { text: string; rows: DatasetRow[] } | null = null;

export function bundledRows(): DatasetRow[] {
  if (!cached) {
    const path = datasetPath();
    const text = readFileSync(path, 'utf8');
    cached = { text, rows: parseDatasetCsv(text, path) };
  }
  return cached.rows;
}

function datasetHash(): string {
  bundledRows();
  return createHash('sha256').update(cached!.text).digest('hex');
}

/** The dataset's rows as analysis claims, without a database. */
export function bundledClaims(): AnalysisClaim[] {
  return bundledRows().map(rowToAnalysisClaim);
}

export function rowToAnalysisClaim(r: DatasetRow): AnalysisClaim {
  const estimated = r.published ? null : estimatePublished(r.note, r.record.period?.end ?? null);
  return {
    ...r.record,
    id: r.externalId,
    published: r.published ?? estimated,
    publishedEstimated: !r.published && estimated !== null,
    publisher: r.publisher,
    url: r.url,
    document: r.url,
    echoOf: null,
    origin: 'dataset',
    note: r.note || null,
  };
}

export interface DatasetLoadResult {
  added: number;
  skipped: number;
  /** False when this version of the dataset was already loaded (nothing was read or written). */
  loaded: boolean;
}

/**
 * Loads the bundled dataset into the store once per version of the file. Idempotent: rows carry a
 * content-derived external id, so a re-run (or a newer file) adds only rows not stored yet, and
 * claims people have reviewed or corrected are never touched.
 */
export async function ensureBundledDataset(store: Store): Promise<DatasetLoadResult> {
  const hash = datasetHash();
  const meta = await store.db.selectFrom('store_meta').select('value').where('key', '=', META_KEY).executeTakeFirst();
  if (meta?.value === hash) return { added: 0, skipped: 0, loaded: false };
  const items = bundledRows().map((r) => ({
    claim: { ...r.record, language: r.language },
    context: {
      documentId: null,
      versionId: null,
      origin: 'dataset' as const,
      status: 'accepted' as const,
      externalId: r.externalId,
      published: r.published,
      sourceUrl: r.url,
      publisher: r.publisher,
      language: r.language,
    },
  }));
  const result = await insertClaims(store, items);
  const now = new Date().toISOString();
  await store.write((trx) =>
    trx
      .insertInto('store_meta')
      .values({ key: META_KEY, value: hash, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: hash, updated_at: now }))
      .execute(),
  );
  return { added: result.ids.length, skipped: result.skipped, loaded: true };
}
