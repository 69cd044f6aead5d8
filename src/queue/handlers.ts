// The job handlers: each one idempotent, because a job may run more than once and runs may overlap.
// fetch   : page -> archived bytes + document version (keyed on canonical URL + content hash), then an
//           extract job when that version has no claims from the current extractor;
//           feed -> one fetch job per item link.
// extract : version -> machine claims replaced in one locked transaction, then an analyze job.
// analyze : document -> echo link to an earlier document with the same text.
import type { Store } from '../store/db';
import { getDocument, getVersion, upsertDocumentVersionTx } from '../store/documents';
import { archiveVersion } from '../store/archives';
import { replaceMachineClaimsTx } from '../store/claims';
import { AbsentiaError } from '../util/errors';
import type { Handlers, JobContext } from './worker';
import { writeLocked } from './locks';
import { fetchPage, readFeedLinks, WebClient } from './web';
import { EXTRACTOR_VERSION, extractForVersion } from './extraction';
import { linkExactEcho } from './echo';

export interface HandlerOptions {
  allowPrivate?: boolean;
  /** Pause between two requests to one host from this process, in ms (default 1000). */
  hostDelayMs?: number;
  log?: (line: string) => void;
}

export function createHandlers(store: Store, options: HandlerOptions = {}): Handlers & { close(): Promise<void> } {
  const web = new WebClient({ allowPrivate: options.allowPrivate ?? false, hostDelayMs: options.hostDelayMs });
  return {
    async fetch(job, ctx) {
      const allowPrivate = options.allowPrivate === true || job.allowPrivate === true;
      if (job.kind === 'feed') {
        const links = await readFeedLinks(web, job.url, allowPrivate);
        let queued = 0;
        for (const url of links) {
          if (await ctx.queue.send('fetch', { kind: 'page', url, feed: job.url, ...(allowPrivate ? { allowPrivate } : {}) })) queued++;
        }
        options.log?.(`feed ${job.url}: ${links.length} items, ${queued} queued`);
        return { items: links.length, queued };
      }
      const page = await fetchPage(web, job.url, allowPrivate);
      const stored = await writeLocked(store, `document:${page.document.canonicalUrl}`, (trx) =>
        upsertDocumentVersionTx(trx, store.caps.rowLocks, page.document),
      );
      await archiveVersion(store, stored.versionId, page.raw, page.contentType);
      const needsClaims = stored.extractorVersion !== EXTRACTOR_VERSION;
      if (needsClaims) await ctx.queue.send('extract', { versionId: stored.versionId });
      options.log?.(`page ${job.url}: ${stored.status} (document ${stored.documentId} version ${stored.version})`);
      return { status: stored.status, documentId: stored.documentId, versionId: stored.versionId, extract: needsClaims };
    },

    async extract(job, ctx) {
      const versionId = Number(job.versionId);
      const version = await getVersion(store, versionId);
      if (!version) throw new AbsentiaError('not_found', 'no such document version', `version ${versionId}`);
      const document = await getDocument(store, version.document_id);
      if (!document) throw new AbsentiaError('not_found', 'the version has no document', `version ${versionId}`);
      checkAborted(ctx);
      const claims = extractForVersion(version, document);
      const result = await writeLocked(store, `claims:${versionId}`, (trx) => replaceMachineClaimsTx(trx, versionId, claims, EXTRACTOR_VERSION));
      if (document.current_version_id === versionId) await ctx.queue.send('analyze', { documentId: document.id });
      options.log?.(`version ${versionId}: ${result.added} claims added, ${result.removed} replaced`);
      return { ...result };
    },

    async analyze(job) {
      const original = await linkExactEcho(store, Number(job.documentId));
      return { echoOf: original };
    },

    close: () => web.close(),
  };
}

function checkAborted(ctx: JobContext): void {
  if (ctx.signal.aborted) throw ctx.signal.reason ?? new AbsentiaError('internal', 'aborted');
}
