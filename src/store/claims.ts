// Writing claims: machine re-extraction that never touches a human decision, imports, reviewed edits.
import type { Kysely } from 'kysely';
import { AbsentiaError } from '../util/errors';
import { recordAudit } from './audit';
import { capabilitiesOf } from './capabilities';
import { type ClaimContext, type StorableClaim, claimIdentity, claimToRow } from './claim-rows';
import type { Store } from './db';
import type { ClaimRow, ClaimUpdate, Database, NewClaim } from './schema';

/** Rows per INSERT: ~45 columns each stays far below SQLite's 32,766 bound parameters. */
const INSERT_CHUNK = 200;

export interface ReplaceResult {
  added: number;
  removed: number;
  /** Claims kept because a person decided on them (and new twins of them not added again). */
  kept: number;
}

/**
 * Replaces one version's machine-made claims in ONE transaction. Claims with a human decision
 * (origin human, or a status other than unreviewed) stay as they are, and a newly extracted claim
 * identical to one of them is not added again. Records which extractor made the version's claims.
 */
export async function replaceMachineClaims(
  store: Store,
  versionId: number,
  claims: readonly StorableClaim[],
  extractorVersion: string,
): Promise<ReplaceResult> {
  return store.write((trx) => replaceMachineClaimsTx(trx, versionId, claims, extractorVersion));
}

export async function replaceMachineClaimsTx(
  trx: Kysely<Database>,
  versionId: number,
  claims: readonly StorableClaim[],
  extractorVersion: string,
): Promise<ReplaceResult> {
  const version = await trx
    .selectFrom('document_versions as v')
    .innerJoin('documents as d', 'd.id', 'v.document_id')
    .select(['v.id', 'v.document_id', 'v.extractor_version', 'd.current_version_id', 'd.published', 'd.canonical_url', 'd.outlet', 'd.language'])
    .where('v.id', '=', versionId)
    .$if(capabilitiesOf(trx).rowLocks, (q) => q.forUpdate('v'))
    .executeTakeFirst();
  if (!version) throw new AbsentiaError('not_found', 'no such document version', String(versionId));

  const removed = await trx
    .deleteFrom('claims')
    .where('version_id', '=', versionId)
    .where('origin', '=', 'machine')
    .where('status', '=', 'unreviewed')
    .executeTakeFirst();
  const decided = await trx
    .selectFrom('claims')
    .select(['span_start', 'span_end', 'force', 'event', 'counted', 'statistic', 'value_low', 'value_high'])
    .where('version_id', '=', versionId)
    .execute();
  const decidedKeys = new Set(decided.map(claimIdentity));

  const now = new Date().toISOString();
  const ctx: ClaimContext = {
    documentId: version.document_id,
    versionId,
    origin: 'machine',
    extractorVersion,
    published: version.published,
    sourceUrl: version.canonical_url,
    publisher: version.outlet,
    language: version.language,
  };
  const superseded = version.current_version_id === versionId ? 0 : 1;
  const rows = claims.map((c) => ({ ...claimToRow(c, ctx, now), superseded })).filter((r) => !decidedKeys.has(claimIdentity(r)));
  await insertRows(trx, rows);
  await trx.updateTable('document_versions').set({ extractor_version: extractorVersion }).where('id', '=', versionId).execute();

  const removedCount = Number(removed.numDeletedRows);
  if (removedCount > 0 || version.extractor_version !== null) {
    await recordAudit(trx, {
      actor: 'machine',
      action: 'claims.reextract',
      entity: 'document_version',
      entityId: versionId,
      before: { extractor_version: version.extractor_version, machine_claims: removedCount },
      after: { extractor_version: extractorVersion, machine_claims: rows.length },
    });
  }
  return { added: rows.length, removed: removedCount, kept: decided.length };
}

async function insertRows(trx: Kysely<Database>, rows: NewClaim[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const out = await trx.insertInto('claims').values(chunk).returning('id').execute();
    for (const r of out) ids.push(r.id);
  }
  return ids;
}

export interface InsertClaimsResult {
  ids: number[];
  /** Claims skipped because a claim with the same external id is already stored. */
  skipped: number;
}

/**
 * Adds claims that do not come from re-extraction (human, dataset, table). Claims with an external id
 * already stored are skipped, so imports can be re-run. Each claim's context gives its provenance.
 */
export async function insertClaims(
  store: Store,
  items: ReadonlyArray<{ claim: StorableClaim; context: ClaimContext }>,
  audit?: { actor: string; action?: string; reason?: string | null },
): Promise<InsertClaimsResult> {
  return store.write(async (trx) => {
    const now = new Date().toISOString();
    const rows = items.map((it) => claimToRow(it.claim, it.context, now));
    const withKey = rows.filter((r) => r.external_id);
    const known = new Set<string>();
    for (let i = 0; i < withKey.length; i += 500) {
      const keys = withKey.slice(i, i + 500).map((r) => r.external_id as string);
      for (const r of await trx.selectFrom('claims').select('external_id').where('external_id', 'in', keys).execute()) known.add(r.external_id as string);
    }
    const seen = new Set<string>();
    const fresh = rows.filter((r) => {
      if (!r.external_id) return true;
      if (known.has(r.external_id) || seen.has(r.external_id)) return false;
      seen.add(r.external_id);
      return true;
    });
    const ids = await insertRows(trx, fresh);
    if (audit) {
      for (let i = 0; i < ids.length; i++) {
        await recordAudit(trx, { actor: audit.actor, action: audit.action ?? 'claim.create', entity: 'claim', entityId: ids[i], after: fresh[i], reason: audit.reason });
      }
    }
    return { ids, skipped: rows.length - fresh.length };
  });
}

export async function getClaim(store: Store, id: number): Promise<ClaimRow | undefined> {
  return store.db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Changes one claim (a review decision, a correction) and records who did it, before and after,
 * in the same transaction. `expectedUpdatedAt` rejects the change when someone else changed it first.
 */
export async function updateClaim(
  store: Store,
  id: number,
  patch: ClaimUpdate,
  who: { actor: string; action: string; reason?: string | null; expectedUpdatedAt?: string },
): Promise<ClaimRow> {
  return store.write(async (trx) => {
    const before = await trx.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AbsentiaError('not_found', 'no such claim', String(id));
    if (who.expectedUpdatedAt && before.updated_at !== who.expectedUpdatedAt) {
      throw new AbsentiaError('conflict', 'the claim was changed by someone else; reload it', String(id));
    }
    const { id: _id, created_at: _c, ...rest } = patch as ClaimUpdate & { created_at?: unknown };
    const values: ClaimUpdate = { ...rest, updated_at: laterThan(before.updated_at) };
    if (typeof values.source === 'string' || values.source === null) values.source_key = values.source ? values.source.normalize('NFKC').toLowerCase() : null;
    await trx.updateTable('claims').set(values).where('id', '=', id).execute();
    const after = await trx.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await recordAudit(trx, { actor: who.actor, action: who.action, entity: 'claim', entityId: id, before, after, reason: who.reason });
    return after;
  });
}

/** Now, but strictly after `prev`, so that updated_at works as a version stamp even within one millisecond. */
function laterThan(prev: string): string {
  const now = new Date();
  const p = Date.parse(prev);
  return (Number.isFinite(p) && now.getTime() <= p ? new Date(p + 1) : now).toISOString();
}
