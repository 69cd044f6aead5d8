// The analyze job's first analysis: a document whose current text is, byte for byte, the current text
// of an earlier document is an echo of it (a re-publication), so its figures count once.
import { setEchoOf } from '../store/documents';
import type { Store } from '../store/db';

/** Links the document to the earliest other document with the same current text; returns the original's id (or an earlier link), else null. */
export async function linkExactEcho(store: Store, documentId: number): Promise<number | null> {
  const mine = await store.db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', 'v.id', 'd.current_version_id')
    .select(['d.id', 'd.echo_of', 'v.content_hash'])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  if (!mine) return null;
  const original = await store.db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', 'v.id', 'd.current_version_id')
    .select('d.id')
    .where('v.content_hash', '=', mine.content_hash)
    .where('d.id', '<', documentId)
    .orderBy('d.id')
    .executeTakeFirst();
  const target = original?.id ?? null;
  // Never clears a link: a near-duplicate found by the web ingest stays linked.
  if (target !== null && target !== mine.echo_of) await setEchoOf(store, documentId, target);
  return target ?? mine.echo_of;
}
