// A claim at a glance: value, quote, outlet, source chain and verdict (beside a chart, or atop the claim page).
import type { ApiClaim } from '../../server/dto';
import { get } from '../api';
import { extLink, h } from '../dom';
import { fmtPeriod, fmtValue } from '../format';
import { eventName, forceName, t } from '../i18n';
import { statusBadge, verdictBadge } from '../widgets';

export interface ClaimDetail {
  claim: ApiClaim;
  superseded_by: number | null;
  chain: { name: string; url: string | null; role: string }[];
}

export async function claimPanel(id: number, onClose?: () => void): Promise<HTMLElement> {
  const d = await get<ClaimDetail>(`/claims/${id}`);
  return claimSummary(d, onClose);
}

export function claimSummary(d: ClaimDetail, onClose?: () => void): HTMLElement {
  const c = d.claim;
  return h('div', { class: 'claim-summary', 'data-claim': c.id },
    onClose ? h('button', { type: 'button', class: 'close ghost', 'aria-label': 'close', onclick: onClose }, '×') : null,
    h('div', { class: 'big' }, fmtValue(c)),
    h('div', { class: 'sub' }, `${forceName(c.force)} · ${eventName(c.event)} · ${c.counted} · ${c.kind} · ${fmtPeriod(c.period)}`),
    h('blockquote', { class: 'quote' }, c.quote),
    h('dl', { class: 'facts' },
      h('dt', {}, t('source')), h('dd', {}, c.source ?? '—'),
      h('dt', {}, t('outlet')), h('dd', {}, extLink(c.source_url, c.publisher ?? c.source_url ?? '—'), c.published ? ` · ${c.published}` : ''),
      h('dt', {}, t('sourceChain')), h('dd', {}, d.chain.length
        ? h('ol', { class: 'chain' }, d.chain.map((s) => h('li', {}, extLink(s.url, s.name), h('span', { class: 'sub' }, ` ${s.role}`))))
        : '—'),
      h('dt', {}, t('verdict')), h('dd', {}, verdictBadge(c.verdict), ' ', statusBadge(c.status)),
      c.verdict ? [h('dt', {}, t('explanation')), h('dd', { class: 'explanation' }, c.verdict.explanation)] : null),
    d.superseded_by ? h('p', { class: 'notice' }, `${t('replacedBy')} `, h('a', { href: `/claims/${d.superseded_by}` }, `#${d.superseded_by}`)) : null,
    h('a', { href: `/claims/${c.id}`, class: 'button' }, `${t('permalink')} #${c.id}`),
    c.document_id ? h('a', { href: `/documents/${c.document_id}#claim-${c.id}`, class: 'button ghost' }, t('openDocument')) : null);
}
