// `absentia ingest PATH|URL...` and `absentia ingest --feed URL`: documents in, claims out, stored.
// Dispatch: arguments that look like http(s) URLs and --feed go to the web ingest (src/ingest/web);
// everything else is a local file or folder (src/ingest/ingest-files.ts). One summary for the run.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import * as extraction from '../../extract/index';
import { type FileOutcome, ingestFiles } from '../../ingest/index';
import { ingestFeeds, ingestUrls, type UrlOutcome } from '../../ingest/web/index';
import { openStore, type Store } from '../../store/index';
import { isIsoDate } from '../../util/dates';
import { usageError } from '../../util/errors';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

const { extractClaims } = extraction;
/** Recorded with every machine claim; a new value makes ingest re-extract documents it has already seen. */
const { EXTRACTOR_VERSION } = extraction;
/** A document's declared or detected language is passed on only when the extractor reads it (else it detects, and warns). */
const readable = extraction.readableLanguage;

interface IngestOpts {
  published?: string;
  language?: string;
  feed?: string[];
  allowPrivate?: boolean;
  db?: string;
  quiet?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store documents (files, folders, http(s) URLs, feeds) and the claims extracted from them')
    .argument('[inputs...]', 'files, folders (walked, hidden entries skipped) and http(s) URLs')
    .option('--feed <url...>', 'RSS, Atom or JSON feeds: ingest their articles')
    .option('--published <date>', 'publication date for documents that carry none (YYYY-MM-DD)')
    .option('--language <code>', 'language of the documents, instead of the declared or detected one')
    .option('--allow-private', 'let URLs reach loopback and private addresses (tests, intranets)')
    .option('--quiet', 'print only errors and the summary')
    .option('--db <path-or-url>', 'the database: an SQLite path or postgres:// URL (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (inputs: string[], opts: IngestOpts) => {
      if (opts.published !== undefined && !isIsoDate(opts.published)) throw usageError('expected a date YYYY-MM-DD', `--published ${opts.published}`);
      if (opts.language !== undefined && !/^[a-z]{2,3}$/.test(opts.language)) throw usageError('expected a language code such as en, uk, ru', `--language ${opts.language}`);
      const feeds = opts.feed ?? [];
      if (inputs.length === 0 && feeds.length === 0) throw usageError('nothing to ingest: give files, folders, URLs or --feed URL', 'ingest');
      const badFeed = feeds.find((f) => !isUrl(f));
      if (badFeed) throw usageError('a feed must be an http(s) URL', `--feed ${badFeed}`);
      const urls = inputs.filter(isUrl);
      const paths = inputs.filter((i) => !isUrl(i));

      const store = await openStore(opts.db ?? null);
      const totals = { new: 0, updated: 0, unchanged: 0, echoes: 0, failed: 0, claimsAdded: 0 };
      try {
        if (paths.length > 0) await ingestPaths(store, paths, opts, totals);
        if (urls.length > 0 || feeds.length > 0) await ingestWeb(store, urls, feeds, opts, totals);
      } finally {
        await store.close();
      }
      console.error(
        `ingested: ${totals.new} new, ${totals.updated} updated, ${totals.unchanged} unchanged, ${urls.length + feeds.length > 0 ? `${totals.echoes} echoes, ` : ''}${totals.failed} failed, ${totals.claimsAdded} claims added`,
      );
      if (totals.failed > 0) process.exitCode = 1;
    });
}

type Totals = { new: number; updated: number; unchanged: number; echoes: number; failed: number; claimsAdded: number };

async function ingestPaths(store: Store, paths: string[], opts: IngestOpts, totals: Totals): Promise<void> {
  const progress = new Progress(opts.quiet ?? false);
  const summary = await ingestFiles(paths, {
    store,
    published: opts.published,
    language: opts.language,
    extract: (text, o) => extraction.extract(text, { published: o.published, language: opts.language ?? readable(o.language) }),
    extractorVersion: EXTRACTOR_VERSION,
    onStart: (n) => progress.start(n),
    onProgress: (o) => {
      progress.step(o.input, fileLine(o), o.error);
      for (const w of o.warnings ?? []) progress.note(`absentia: warning: ${w}`);
    },
  });
  progress.stop();
  totals.new += summary.new;
  totals.updated += summary.updated;
  totals.unchanged += summary.unchanged;
  totals.failed += summary.failed;
  totals.claimsAdded += summary.claimsAdded;
}

async function ingestWeb(store: Store, urls: string[], feeds: string[], opts: IngestOpts, totals: Totals): Promise<void> {
  const progress = new Progress(opts.quiet ?? false);
  const options = {
    store,
    extract: (text: string, o: { published: string | null; language: string | null }) =>
      extractClaims(text, { published: o.published ?? opts.published ?? new Date().toISOString().slice(0, 10), language: opts.language ?? readable(o.language) }),
    extractorVersion: EXTRACTOR_VERSION,
    fetch: { allowPrivate: Boolean(opts.allowPrivate) },
    onProgress: (_done: number, _total: number, o: UrlOutcome) => progress.step(o.url, urlLine(o), o.error),
  };
  for (const [items, run] of [
    [urls, () => ingestUrls(urls, options)],
    [feeds, () => ingestFeeds(feeds, options)],
  ] as const) {
    if (items.length === 0) continue;
    progress.start(items.length);
    const s = await run();
    progress.stop();
    totals.new += s.new;
    totals.updated += s.updated;
    totals.unchanged += s.unchanged;
    totals.echoes += s.echoes;
    totals.failed += s.failed;
    totals.claimsAdded += s.claimsAdded;
  }
}

const fileLine = (o: FileOutcome) => `${o.input}: ${o.status}${o.claimsAdded ? `, ${o.claimsAdded} claims` : ''}`;
const urlLine = (o: UrlOutcome) => `${o.url}: ${o.status}${o.claimsAdded ? `, ${o.claimsAdded} claims` : ''}${o.echoOf !== undefined ? `, echo of document ${o.echoOf}` : ''}`;

/** A progress bar on a terminal for runs of several inputs; plain lines otherwise. Errors always get their line. */
class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private total = 0;
  private done = 0;
  constructor(private readonly quiet: boolean) {}

  start(total: number): void {
    this.total = total;
    this.done = 0;
    if (!this.quiet && process.stderr.isTTY && total >= 3) {
      this.bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: ' {bar} {value}/{total} {name}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, 0, { name: '' });
    }
  }

  step(name: string, line: string, error?: string): void {
    this.done++;
    if (error) {
      if (this.bar) this.bar.stop();
      console.error(`absentia: ${error}`);
      if (this.bar) this.bar.start(this.total, this.done, { name: '' });
    } else if (!this.bar && !this.quiet) {
      console.error(`[${this.done}/${this.total}] ${line}`);
    }
    this.bar?.update(this.done, { name: name.length > 40 ? `…${name.slice(-39)}` : name });
  }

  /** A line that must be seen even with a bar on screen. */
  note(line: string): void {
    if (this.bar) this.bar.stop();
    console.error(line);
    if (this.bar) this.bar.start(this.total, this.done, { name: '' });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
