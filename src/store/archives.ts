// Raw bytes of fetched versions, gzip-compressed, so a claim can always be shown in the page it came from.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Store } from './db';

export interface ArchivedBytes {
  bytes: Buffer;
  contentType: string | null;
}

/** Archives the raw bytes of a version (once: a second call for the same version keeps the first). */
export async function archiveVersion(store: Store, versionId: number, bytes: Uint8Array, contentType: string | null): Promise<void> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await store.db
    .insertInto('archives')
    .values({
      version_id: versionId,
      data: gzipSync(raw),
      content_type: contentType,
      byte_length: raw.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('version_id').doNothing())
    .execute();
}

export async function readArchive(store: Store, versionId: number): Promise<ArchivedBytes | null> {
  const row = await store.db.selectFrom('archives').select(['data', 'content_type']).where('version_id', '=', versionId).executeTakeFirst();
  return row ? { bytes: gunzipSync(row.data), contentType: row.content_type } : null;
}
