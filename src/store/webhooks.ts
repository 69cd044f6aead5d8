// Webhook subscriptions and their deliveries (tables of migration 2026_11_25_006). The secret signs each
// delivery (HMAC-SHA256) and is shown once, when the webhook is created.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

export interface Webhook {
  id: string;
  url: string;
  secret: string;
  kinds: string[];
  force: string | null;
  event: string | null;
  created_by: string;
  created_at: string;
  active: boolean;
}

const fromRow = (r: any): Webhook => ({ ...r, kinds: String(r.kinds).split(',').filter(Boolean), active: Boolean(r.active) });

export async function addWebhook(db: Kysely<any>, w: { url: string; kinds: string[]; force?: string | null; event?: string | null; createdBy: string }): Promise<Webhook> {
  const row = {
    id: randomUUID(), url: w.url, secret: randomBytes(32).toString('base64url'), kinds: w.kinds.join(','),
    force: w.force ?? null, event: w.event ?? null, created_by: w.createdBy, created_at: new Date().toISOString(), active: 1,
  };
  await db.insertInto('webhooks').values(row).execute();
  return fromRow(row);
}

export async function listWebhooks(db: Kysely<any>, activeOnly = false): Promise<Webhook[]> {
  let q = db.selectFrom('webhooks').selectAll().orderBy('created_at');
  if (activeOnly) q = q.where('active', '=', 1);
  return (await q.execute()).map(fromRow);
}

export async function deleteWebhook(db: Kysely<any>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Alert ids already delivered to a webhook, or given up on after too many attempts. */
export async function settledDeliveries(db: Kysely<any>, webhookId: string, maxAttempts: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select('alert_id')
    .where('webhook_id', '=', webhookId)
    .where((eb) => eb.or([eb('delivered_at', 'is not', null), eb('attempts', '>=', maxAttempts)]))
    .execute();
  return new Set(rows.map((r: any) => r.alert_id));
}

export async function recordDelivery(db: Kysely<any>, webhookId: string, alertId: string, outcome: { status: number | null; ok: boolean; error?: string }): Promise<void> {
  const now = new Date().toISOString();
  const existing = await db.selectFrom('webhook_deliveries').select('attempts').where('webhook_id', '=', webhookId).where('alert_id', '=', alertId).executeTakeFirst();
  const values = { status: outcome.status, delivered_at: outcome.ok ? now : null, last_error: outcome.error?.slice(0, 300) ?? null };
  if (existing) {
    await db.updateTable('webhook_deliveries').set({ ...values, attempts: Number(existing.attempts) + 1 }).where('webhook_id', '=', webhookId).where('alert_id', '=', alertId).execute();
  } else {
    await db.insertInto('webhook_deliveries').values({ webhook_id: webhookId, alert_id: alertId, attempts: 1, ...values }).execute();
  }
}
