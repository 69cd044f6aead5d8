// Linking echoes in the store: candidates by shared MinHash band, confirmed by shingle containment in the
// same language, the earliest published (then the first stored) being the original.
import { setEchoOf, type Store } from '../../store/index';
import { echoCandidates, saveEchoBands } from '../../store/web';
import { echoBands, isEcho, shingles } from './echo';

/**
 * Records the document's bands and links it to the original it repeats; returns the original's id when
 * this document is an echo. When this document is older than a stored copy, the copy becomes its echo.
 */
export async function linkEcho(
  store: Store,
  documentId: number,
  text: string,
  language: string | null,
  published: string | null,
): Promise<number | null> {
  const mine = shingles(text);
  const bands = echoBands(mine);
  await saveEchoBands(store, documentId, bands);
  if (bands.length === 0) return null;
  const candidateIds = await echoCandidates(store, bands, documentId);
  if (candidateIds.length === 0) return null;
  const rows = await store.db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', 'v.id', 'd.current_version_id')
    .select(['d.id', 'd.published', 'd.language', 'd.echo_of', 'v.text'])
    .where('d.id', 'in', candidateIds)
    .execute();
  const same = rows.filter((r) => (!language || !r.language || r.language === language) && isEcho(mine, shingles(r.text)));
  if (same.length === 0) {
    await setEchoOf(store, documentId, null);
    return null;
  }
  const order = (p: string | null, id: number) => `${p ?? '9999-99-99'}#${String(id).padStart(10, '0')}`;
  // Prefer a candidate that is itself an original; among them the earliest.
  const originals = same.map((r) => (r.echo_of ? (rows.find((x) => x.id === r.echo_of) ?? r) : r));
  const earliest = originals.reduce((a, b) => (order(b.published, b.id) < order(a.published, a.id) ? b : a));
  if (order(published, documentId) < order(earliest.published, earliest.id)) {
    // This one is older: it is the original of the copies found.
    for (const r of same) if (r.echo_of === null || r.echo_of === earliest.id) await setEchoOf(store, r.id, documentId);
    await setEchoOf(store, documentId, null);
    return null;
  }
  await setEchoOf(store, documentId, earliest.id);
  return earliest.id;
}
