// Putting work on the queue from anywhere: URLs given on the command line, `absentia watch` ticks,
// re-extraction after an extractor change.
import { inputError } from '../util/errors';
import { FetchJob } from './jobs';
import type { JobQueue } from './queue';

export interface EnqueueSummary {
  queued: number;
  /** The same job was already waiting (not yet taken), so nothing was added. */
  alreadyWaiting: number;
  /** Inputs refused, each with a one-line reason naming it. */
  refused: string[];
}

/** Queues one fetch job per URL; invalid URLs are refused one by one, the others still queued. */
export async function enqueueFetches(
  queue: JobQueue,
  urls: string[],
  options: { kind: 'page' | 'feed'; allowPrivate?: boolean; feed?: string },
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, alreadyWaiting: 0, refused: [] };
  for (const url of urls) {
    const parsed = FetchJob.safeParse({
      kind: options.kind,
      url,
      ...(options.feed ? { feed: options.feed } : {}),
      ...(options.allowPrivate ? { allowPrivate: true } : {}),
    });
    if (!parsed.success) {
      summary.refused.push(inputError('not an http(s) URL that can be queued', url).line);
      continue;
    }
    const id = await queue.send('fetch', parsed.data);
    if (id) summary.queued++;
    else summary.alreadyWaiting++;
  }
  return summary;
}

export function formatSummary(s: EnqueueSummary): string {
  return `queued ${s.queued}, already waiting ${s.alreadyWaiting}, refused ${s.refused.length}`;
}
