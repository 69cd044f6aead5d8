// The append-only audit log: who changed what, when, before and after. Written in the same
// transaction as the change it records (pass the transaction you are in).
import type { Kysely } from 'kysely';
import type { Store } from './db';
import type { AuditRow, Database } from './schema';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export async function recordAudit(trx: Kysely<Database>, entry: AuditEntry): Promise<number> {
  const row = await trx
    .insertInto('audit_log')
    .values({
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
      at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The history of one thing, oldest first. */
export async function auditTrail(store: Store, entity: string, entityId: string | number): Promise<AuditRow[]> {
  return store.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', String(entityId))
    .orderBy('id')
    .execute();
}
