// The jobs absentia puts on the queue: small payloads (URLs and ids), validated when taken.
// fetch   : get a page or a feed over HTTP, store a new document version when its content changed
// extract : run claim extraction over one stored document version, replacing its machine claims
// analyze : the per-document analysis that follows extraction (echo links and the like)
import { z } from 'zod';

export const QUEUE_NAMES = ['fetch', 'extract', 'analyze'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const FetchJob = z.object({
  kind: z.enum(['page', 'feed']),
  url: z.url({ protocol: /^https?$/u }).max(4096),
  /** The feed an article was found in, kept as provenance. */
  feed: z.string().max(4096).optional(),
  allowPrivate: z.boolean().optional(),
});
export const ExtractJob = z.object({ versionId: z.union([z.number().int().positive(), z.string().min(1).max(64)]) });
export const AnalyzeJob = z.object({ documentId: z.union([z.number().int().positive(), z.string().min(1).max(64)]) });

export type FetchJob = z.infer<typeof FetchJob>;
export type ExtractJob = z.infer<typeof ExtractJob>;
export type AnalyzeJob = z.infer<typeof AnalyzeJob>;

export interface JobPayloads {
  fetch: FetchJob;
  extract: ExtractJob;
  analyze: AnalyzeJob;
}

export const PAYLOAD_SCHEMAS: { [Q in QueueName]: z.ZodType<JobPayloads[Q]> } = {
  fetch: FetchJob,
  extract: ExtractJob,
  analyze: AnalyzeJob,
};

/** Retry, expiry and retention per queue; the expiry bounds one run of a handler. */
export interface QueuePolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  expireInSeconds: number;
}

export const DEFAULT_POLICIES: Record<QueueName, QueuePolicy> = {
  // A fetch waits on other people's servers: a few retries, spread out, each bounded by the fetch caps.
  fetch: { retryLimit: 4, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 180 },
  extract: { retryLimit: 3, retryDelaySeconds: 10, retryBackoff: true, expireInSeconds: 300 },
  analyze: { retryLimit: 3, retryDelaySeconds: 10, retryBackoff: true, expireInSeconds: 600 },
};

/** Jobs that failed their last retry land here, one dead-letter queue per job queue. */
export const deadLetterOf = (queue: QueueName): string => `${queue}-dead`;

export function isQueueName(s: string): s is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(s);
}

/** The key that makes a queued job unique: one waiting fetch per URL, one waiting extract per version. */
export function singletonKeyFor<Q extends QueueName>(queue: Q, payload: JobPayloads[Q]): string {
  switch (queue) {
    case 'fetch':
      return `${(payload as FetchJob).kind}:${(payload as FetchJob).url}`;
    case 'extract':
      return `version:${(payload as ExtractJob).versionId}`;
    default:
      return `document:${(payload as AnalyzeJob).documentId}`;
  }
}
