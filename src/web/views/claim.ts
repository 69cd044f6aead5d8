// One claim: its summary, the review controls for editors (accept, reject, correct with If-Match), and the
// audit log of every change beside it.
import type { ApiAudit } from '../../server/dto';
import { api, ApiError } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import { canEdit } from '../session';
import { errorBox } from '../widgets';
import { claimSummary, type ClaimDetail } from './claim-panel';

export async function claimView(root: HTMLElement, _p: URLSearchParams, [idText]: string[]) {
  const id = Number(idText);
  let detail: ClaimDetail, etag: string | null;
  try {
    ({ data: detail, etag } = await api<ClaimDetail>(`/claims/${id}`));
  } catch (e) {
    root.append(errorBox(e));
    return;
  }
  const audit = (await api<{ items: ApiAudit[] }>(`/claims/${id}/audit`)).data.items;
  const msg = h('div', { class: 'msg', role: 'status' });
  root.append(h('div', { class: 'claim-page' },
    h('section', {}, claimSummary(detail), canEdit() && !detail.claim.superseded ? reviewForm(detail, () => etag, msg) : null, msg),
    h('section', { class: 'audit' }, h('h2', {}, t('audit')), auditList(audit))));
}

function reviewForm(d: ClaimDetail, etag: () => string | null, msg: HTMLElement): HTMLElement {
  const c = d.claim;
  const v = c.value;
  const low = 'exact' in v ? v.exact : v.low;
  const high = 'exact' in v ? v.exact : v.high;
  const reason = h('input', { name: 'reason', maxlength: 500, placeholder: t('reason') });
  const field = (name: string, label: Parameters<typeof t>[0], value: string | number | null, type = 'text') =>
    h('label', { class: 'field' }, h('span', {}, t(label)), h('input', { name, type, value: value ?? '', step: type === 'number' ? 'any' : null }));
  const form = h('form', { class: 'review' },
    h('div', { class: 'grid2' },
      field('low', 'low', low, 'number'), field('high', 'high', high, 'number'),
      field('period_start', 'from', c.period?.start ?? null, 'date'), field('period_end', 'to', c.period?.end ?? null, 'date'),
      field('source', 'source', c.source), field('scope', 'scope', c.scope)),
    h('label', { class: 'field' }, h('span', {}, t('reason')), reason),
    h('div', { class: 'row' },
      h('button', { type: 'button', 'data-action': 'accept' }, t('accept')),
      h('button', { type: 'button', class: 'danger', 'data-action': 'reject' }, t('reject')),
      h('button', { type: 'submit', class: 'primary', 'data-action': 'correct' }, t('correct'))));
  const send = async (action: string) => {
    const f = new FormData(form);
    const body: Record<string, unknown> = { action, reason: String(f.get('reason') || '') || undefined };
    if (action === 'correct') {
      const lo = Number(f.get('low')), hi = Number(f.get('high'));
      body.changes = {
        value: lo === hi ? { exact: lo } : { low: lo, high: hi },
        qualifier: lo === hi ? (c.qualifier === 'range' ? 'exact' : c.qualifier) : 'range',
        period: f.get('period_start') || f.get('period_end') ? { start: String(f.get('period_start')) || null, end: String(f.get('period_end')) || null } : null,
        source: String(f.get('source') || '') || null,
        scope: String(f.get('scope') || '') || null,
      };
    }
    try {
      await api(`/claims/${c.id}/review`, { method: 'POST', body, ifMatch: etag() ?? undefined });
      msg.replaceChildren(h('span', { class: 'ok' }, t('saved')));
      const { render } = await import('../router');
      await render();
    } catch (e) {
      msg.replaceChildren(e instanceof ApiError && e.status === 412 ? h('div', { class: 'error' }, t('stale')) : errorBox(e));
    }
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); void send('correct'); });
  form.addEventListener('click', (e) => {
    const b = (e.target as Element).closest('button[type=button][data-action]');
    if (b) void send(b.getAttribute('data-action')!);
  });
  return form;
}

function auditList(items: ApiAudit[]): HTMLElement {
  if (!items.length) return h('p', { class: 'muted' }, t('noAudit'));
  return h('ol', { class: 'audit-list' }, items.map((a) => h('li', { 'data-action': a.action },
    h('div', {}, h('b', {}, a.action), ` · ${a.actor} · `, h('time', { datetime: a.at }, a.at.replace('T', ' ').slice(0, 19))),
    a.reason ? h('div', { class: 'sub' }, `${t('reason')}: ${a.reason}`) : null,
    h('details', {}, h('summary', {}, `${t('before')} / ${t('after')}`),
      h('div', { class: 'diff' }, diffRows(a.before, a.after))))));
}

function diffRows(before: unknown, after: unknown): HTMLElement {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  return h('table', { class: 'diff-table' },
    h('tr', {}, h('th', {}, ''), h('th', {}, t('before')), h('th', {}, t('after'))),
    keys.map((k) => h('tr', {}, h('td', {}, k), h('td', { class: 'old' }, JSON.stringify(b[k] ?? null)), h('td', { class: 'new' }, JSON.stringify(a[k] ?? null)))));
}
