// `absentia ingest PATH...` for local files and folders: read, extract, store. Each input is its own
// unit of work: a bad one is reported in one line and the others go on; what is stored stays stored.
import { opendir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ExtractedClaim } from '../claim/index';
import { detectedLanguageCode } from '../extract/detect-language';
import { saveDocument, type Store } from '../store/index';
import { AbsentiaError } from '../util/errors';
import { readDocumentFile } from './file/read';

/** What an extractor returns: the claims, or the claims with a warning for people (e.g. an unsupported language). */
export type ExtractorOutput = ExtractedClaim[] | { claims: ExtractedClaim[]; warning?: string };

/** Text to claims (the signature of src/extract's extractClaims, or of extract() with its warning). */
export type FileExtractor = (text: string, options: { published: string; language?: string }) => ExtractorOutput | Promise<ExtractorOutput>;

export interface FileIngestOptions {
  store: Store;
  /** Reference date for documents that carry none of their own (YYYY-MM-DD). */
  published?: string;
  /** Language of every document, instead of the declared or detected one. */
  language?: string;
  /** Without an extractor, documents are stored but no claims are made. */
  extract?: FileExtractor;
  extractorVersion?: string;
  /** Called once the inputs are expanded into files, with their number. */
  onStart?: (files: number) => void;
  /** Called after each file (or input that failed before it became files). */
  onProgress?: (outcome: FileOutcome) => void;
}

export type FileStatus = 'new' | 'updated' | 'unchanged' | 'failed';

export interface FileOutcome {
  input: string;
  status: FileStatus;
  documentId?: number;
  version?: number;
  claimsAdded: number;
  reextracted?: boolean;
  /** One line naming the input and the problem. */
  error?: string;
  /** Lines naming the input and something people should know (stored anyway). */
  warnings?: string[];
}

export interface FileIngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  claimsAdded: number;
  results: FileOutcome[];
}

export async function ingestFiles(inputs: readonly string[], options: FileIngestOptions): Promise<FileIngestSummary> {
  const summary: FileIngestSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, claimsAdded: 0, results: [] };
  const add = (o: FileOutcome) => {
    summary.results.push(o);
    summary[o.status]++;
    summary.claimsAdded += o.claimsAdded;
    options.onProgress?.(o);
  };
  const { files: found, failures } = await expandInputs(inputs);
  // Never read the store's own files when it sits in a folder being ingested.
  const own = options.store.file ? new Set(['', '-wal', '-shm', '-journal'].map((s) => `${options.store.file}${s}`)) : new Set<string>();
  const files = found.filter((f) => !own.has(resolve(f)));
  options.onStart?.(files.length + failures.length);
  for (const f of failures) add(f);
  for (const file of files) add(await ingestOneFile(file, options));
  return summary;
}

export async function ingestOneFile(path: string, options: FileIngestOptions): Promise<FileOutcome> {
  try {
    const doc = await readDocumentFile(path);
    const published = doc.published ?? options.published ?? null;
    const declared = options.language ?? doc.language ?? null;
    const language = declared ?? detectedLanguageCode(doc.text);
    const { extract, extractorVersion } = options;
    const warnings: string[] = [];
    if (!published && extract) warnings.push(`${path}: no publication date in the document or --published; relative dates resolved against today`);
    const saved = await saveDocument(
      options.store,
      {
        path: resolve(path),
        title: doc.title,
        language,
        published,
        text: doc.text,
        contentHash: doc.contentHash,
        encoding: `${doc.encoding} (${doc.encodingMethod})`,
        byteLength: doc.byteLength,
        matchContent: true,
      },
      extract && extractorVersion
        ? {
            extractorVersion,
            extract: async (text) => {
              const out = await extract(text, { published: published ?? new Date().toISOString().slice(0, 10), ...(declared ? { language: declared } : {}) }); // undeclared: detected per paragraph
              if (Array.isArray(out)) return out;
              if (out.warning) warnings.push(`${path}: ${out.warning}`);
              return out.claims;
            },
          }
        : null,
    );
    return {
      input: path,
      status: saved.reextracted ? 'updated' : saved.status,
      documentId: saved.documentId,
      version: saved.version,
      claimsAdded: saved.claimsAdded,
      reextracted: saved.reextracted,
      ...(warnings.length ? { warnings } : {}),
    };
  } catch (err) {
    return { input: path, status: 'failed', claimsAdded: 0, error: errorLine(err, path) };
  }
}

/** Files named by the inputs: files as given, folders walked (hidden entries skipped), sorted. */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; failures: FileOutcome[] }> {
  const files: string[] = [];
  const failures: FileOutcome[] = [];
  const fail = (input: string, error: string) => failures.push({ input, status: 'failed', claimsAdded: 0, error });
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      fail(input, `${input}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`}`);
      continue;
    }
    if (info.isDirectory()) {
      const before = files.length;
      await walk(input, files, fail);
      if (files.length === before) fail(input, `${input}: folder holds no documents`);
    } else {
      files.push(input);
    }
  }
  return { files, failures };
}

async function walk(dir: string, out: string[], fail: (input: string, error: string) => void): Promise<void> {
  let entries;
  try {
    entries = [];
    for await (const e of await opendir(dir)) entries.push(e);
  } catch (err) {
    fail(dir, `${dir}: cannot list folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    // Symbolic links to folders are not followed (no loops); links to files are read like files.
    if (e.isDirectory()) await walk(p, out, fail);
    else if (e.isFile() || e.isSymbolicLink()) out.push(p);
  }
}

function errorLine(err: unknown, input: string): string {
  if (err instanceof AbsentiaError) return err.input ? err.line : `${input}: ${err.message}`;
  const message = err instanceof Error ? err.message : String(err);
  if (/SQLITE_FULL|database or disk is full/i.test(message)) return `${input}: the database is full (${message})`;
  return `${input}: ${message}`;
}
