// `absentia documents`: stored documents with their versions and claim counts; `documents ID` for one.
import type { Command } from 'commander';
import { findDocumentByKey, listDocuments, listVersions, openStore } from '../../store/index';
import { AbsentiaError } from '../../util/errors';
import { renderTable } from '../render-table';
import { parseFormat, parseLimit, toCsv } from './claims';

export function registerDocuments(program: Command): void {
  program
    .command('documents')
    .description('list stored documents, newest first; with an id, URL or path: that document and its versions')
    .argument('[document]', 'a document id, canonical URL or file path')
    .option('--language <code>', 'only documents in this language')
    .option('--limit <n>', 'at most this many documents', '100')
    .option('--format <format>', 'table, json or csv', 'table')
    .option('--db <path-or-url>', 'the database: an SQLite path or postgres:// URL (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (key: string | undefined, opts) => {
      const format = parseFormat(opts.format);
      const limit = parseLimit(opts.limit);
      const store = await openStore(opts.db ?? null);
      try {
        if (key !== undefined) {
          const doc = await findDocumentByKey(store, key);
          if (!doc) throw new AbsentiaError('not_found', 'no such document', key);
          const versions = (await listVersions(store, doc.id)).map(({ text, ...v }) => ({ ...v, characters: text.length, current: v.id === doc.current_version_id }));
          if (format === 'json') process.stdout.write(`${JSON.stringify({ ...doc, versions }, null, 2)}\n`);
          else if (format === 'csv') process.stdout.write(toCsv(Object.keys(versions[0] ?? {}), versions.map((v) => Object.values(v))));
          else {
            process.stdout.write(`${doc.title ?? '(untitled)'}\n${doc.canonical_url ?? doc.path ?? ''}\npublished ${doc.published ?? 'unknown'}, language ${doc.language ?? 'unknown'}${doc.echo_of ? `, echo of document ${doc.echo_of}` : ''}\n\n`);
            process.stdout.write(renderTable(['version', 'current', 'fetched', 'characters', 'extractor', 'hash'], versions.map((v) => [String(v.version), v.current ? 'yes' : '', v.fetched_at, String(v.characters), v.extractor_version ?? '', v.content_hash.slice(0, 12)])));
          }
          return;
        }
        const docs = await listDocuments(store, { language: opts.language, limit: limit === 0 ? 10_000 : limit });
        const rows = docs.map((d) => ({ id: d.id, published: d.published, language: d.language, versions: d.versions, claims: d.claims, title: d.title, location: d.canonical_url ?? d.path, echo_of: d.echo_of }));
        if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else if (format === 'csv') process.stdout.write(toCsv(['id', 'published', 'language', 'versions', 'claims', 'title', 'location', 'echo_of'], rows.map((r) => Object.values(r))));
        else {
          process.stdout.write(renderTable(['id', 'published', 'lang', 'versions', 'claims', 'title', 'location'], rows.map((r) => [String(r.id), r.published ?? '', r.language ?? '', String(r.versions), String(r.claims), r.title ?? '', r.location ?? ''])));
          if (rows.length === 0) console.error('no documents stored yet (absentia ingest PATH...)');
        }
      } finally {
        await store.close();
      }
    });
}
