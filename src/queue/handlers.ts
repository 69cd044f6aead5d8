// The job handlers. Each is idempotent, because a job may run more than once and two runs may overlap.
// fetch page : src/ingest/web's ingestPage without claims (document version keyed on canonical URL +
//              content hash, raw bytes archived), then an extract job when the current version has no
//              claims from the current extractor.
// fetch feed : src/ingest/web's pollFeed (its pages stored the same way), then extract jobs likewise.
// extract    : one version's machine claims replaced in one advisory-locked transaction, then an analyze job.
// analyze    : echo linking run again once the document's neighbours have committed: two workers that
//              store two copies of one article at the same moment cannot see each other while they do.
import { getDocument, getVersion } from '../store/documents';
import { replaceMachineClaimsTx } from '../store/claims';
import type { Store } from '../store/db';
import { AbsentiaError } from '../util/errors';
import { Fetcher } from '../ingest/web/fetch';
import { PoliteFetcher } from '../ingest/web/hosts';
import { ingestPage } from '../ingest/web/ingest-page';
import { pollFeed } from '../ingest/web/feed-poll';
import { linkEcho } from '../ingest/web/echo-link';
import type { WebIngestOptions } from '../ingest/web/context';
import { EXTRACTOR_VERSION, extractForVersion } from './extraction';
import { writeLocked } from './locks';
import type { Handlers, JobContext } from './worker';
import type { JobQueue } from './queue';

export interface HandlerOptions {
  /** Let every fetch job reach loopback and private addresses (otherwise only jobs that ask for it, and only if this is set). */
  allowPrivate?: boolean;
  /** Pause between two requests to one host from this process, in ms (default 1000). */
  hostDelayMs?: number;
  log?: (line: string) => void;
}

export type PipelineHandlers = Required<Handlers> & { close(): Promise<void> };

export function createHandlers(store: Store, options: HandlerOptions = {}): PipelineHandlers {
  const fetchers = new Map<boolean, { raw: Fetcher; polite: PoliteFetcher }>();
  const fetcherFor = (allowPrivate: boolean) => {
    const key = allowPrivate && options.allowPrivate === true;
    let f = fetchers.get(key);
    if (!f) {
      const raw = new Fetcher({ allowPrivate: key });
      f = { raw, polite: new PoliteFetcher(raw, { delayMs: options.hostDelayMs ?? 1000 }) };
      fetchers.set(key, f);
    }
    return f.polite;
  };
  // No extractor here: claims are the extract job's, so a slow extraction never holds a fetch slot.
  // One quick in-process retry for a transient failure; the queue's retries (with their delay) do the rest.
  const web = (fetcher: PoliteFetcher): WebIngestOptions & { fetcher: PoliteFetcher } => ({ store, fetcher, retries: 1, backoffMs: 500, concurrency: 2 });

  return {
    async fetch(job, ctx) {
      const fetcher = fetcherFor(job.allowPrivate === true);
      if (job.kind === 'feed') {
        const r = await pollFeed(store, job.url, web(fetcher));
        if (r.feedStatus === 'failed') throw new AbsentiaError('fetch_failed', r.error ?? 'feed could not be read', job.url);
        let queued = 0;
        for (const o of r.results) if (o.documentId !== undefined && (await queueExtraction(store, ctx.queue, o.documentId))) queued++;
        options.log?.(`feed ${job.url}: ${r.items} items, ${r.new} new, ${r.updated} updated, ${r.failed} failed, ${queued} to extract`);
        // Items that failed are retried by the next poll of the feed (pollFeed keeps them unseen).
        return { feedStatus: r.feedStatus, items: r.items, new: r.new, updated: r.updated, failed: r.failed, queued };
      }
      const o = await ingestPage(job.url, fetcher, web(fetcher));
      if (o.status === 'failed' || o.documentId === undefined) {
        throw new AbsentiaError('fetch_failed', o.error ?? 'page could not be stored', job.url);
      }
      const queued = await queueExtraction(store, ctx.queue, o.documentId);
      options.log?.(`page ${job.url}: ${o.status} (document ${o.documentId})${queued ? ', extract queued' : ''}`);
      return { status: o.status, documentId: o.documentId, extract: queued };
    },

    async extract(job, ctx) {
      const versionId = Number(job.versionId);
      const version = await getVersion(store, versionId);
      if (!version) throw new AbsentiaError('not_found', 'no such document version', `version ${versionId}`);
      const document = await getDocument(store, version.document_id);
      if (!document) throw new AbsentiaError('not_found', 'the version has no document', `version ${versionId}`);
      throwIfAborted(ctx);
      const claims = extractForVersion(version, document);
      const result = await writeLocked(store, `claims:${versionId}`, (trx) => replaceMachineClaimsTx(trx, versionId, claims, EXTRACTOR_VERSION));
      if (document.current_version_id === versionId) await ctx.queue.send('analyze', { documentId: document.id });
      options.log?.(`version ${versionId}: ${result.added} claims added, ${result.removed} replaced`);
      return { ...result };
    },

    async analyze(job) {
      const documentId = Number(job.documentId);
      const document = await getDocument(store, documentId);
      if (!document) throw new AbsentiaError('not_found', 'no such document', `document ${documentId}`);
      const version = document.current_version_id === null ? undefined : await getVersion(store, document.current_version_id);
      if (!version) return { echoOf: null };
      // Not under a lock: by now both copies are committed, so whichever run comes second sees the first.
      const echoOf = await linkEcho(store, documentId, version.text, document.language, document.published);
      return { echoOf };
    },

    async close() {
      for (const f of fetchers.values()) await f.raw.close();
    },
  };
}

/**
 * Queues extraction of a document's current version unless the current extractor already made its
 * claims. Checked after every fetch (stored, unchanged or 304 alike), so a worker that died between
 * storing a page and queueing its extraction is made good by the job's next run.
 */
async function queueExtraction(store: Store, queue: JobQueue, documentId: number): Promise<boolean> {
  const doc = await getDocument(store, documentId);
  if (!doc?.current_version_id) return false;
  const version = await getVersion(store, doc.current_version_id);
  if (!version || version.extractor_version === EXTRACTOR_VERSION) return false;
  return (await queue.send('extract', { versionId: version.id })) !== null;
}

function throwIfAborted(ctx: JobContext): void {
  if (ctx.signal.aborted) throw ctx.signal.reason ?? new AbsentiaError('internal', 'aborted');
}
