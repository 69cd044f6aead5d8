// Delivers alerts to webhooks: a JSON POST signed with HMAC-SHA256 over the exact body
// (header X-Absentia-Signature: sha256=HEX), at most once per webhook and alert, retried a few times.
// Only alerts newer than the webhook itself are sent, so a new subscription is not flooded with history.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { listWebhooks, recordDelivery, settledDeliveries, type Webhook } from '../../store/webhooks';
import type { AnalysisCache } from '../analysis';
import { collectAlerts, type Alert, type AlertKind } from './collect';

export const MAX_ATTEMPTS = 5;
const TIMEOUT_MS = 10_000;

export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export async function deliverOnce(db: Kysely<any>, analysis: AnalysisCache, baseUrl: string): Promise<DeliveryReport> {
  const hooks = await listWebhooks(db, true);
  if (!hooks.length) return { sent: 0, failed: 0 };
  const a = await analysis.get(true);
  const report = { sent: 0, failed: 0 };
  for (const hook of hooks) {
    const done = await settledDeliveries(db, hook.id, MAX_ATTEMPTS);
    const alerts = collectAlerts(a, { force: hook.force ?? undefined, event: hook.event ?? undefined, kinds: hook.kinds as AlertKind[], since: hook.created_at })
      .filter((x) => !done.has(x.id))
      .reverse(); // oldest first
    for (const alert of alerts.slice(0, 100)) {
      const outcome = await post(hook, alert, baseUrl);
      await recordDelivery(db, hook.id, alert.id, outcome);
      if (outcome.ok) report.sent++;
      else report.failed++;
    }
  }
  return report;
}

async function post(hook: Webhook, alert: Alert, baseUrl: string): Promise<{ status: number | null; ok: boolean; error?: string }> {
  const body = JSON.stringify({ alert, links: { claims: alert.claims.map((id) => `${baseUrl}/claims/${id}`) } });
  try {
    const res = await fetch(hook.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'absentia-webhooks/1',
        'x-absentia-event': alert.kind,
        'x-absentia-delivery': alert.id,
        'x-absentia-signature': signature(body, hook.secret),
      },
      body,
    });
    await res.arrayBuffer().catch(() => undefined);
    return { status: res.status, ok: res.status >= 200 && res.status < 300 };
  } catch (err) {
    return { status: null, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Runs deliverOnce every few seconds until stopped; one round at a time. */
export function startDispatcher(db: Kysely<any>, analysis: AnalysisCache, baseUrl: string, seconds: number, log: (msg: string, err?: unknown) => void) {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const r = await deliverOnce(db, analysis, baseUrl);
      if (r.sent || r.failed) log(`webhooks: ${r.sent} delivered, ${r.failed} failed`);
    } catch (err) {
      log('webhooks: round failed', err);
    } finally {
      running = false;
    }
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
