// Contradictions (who said what about the same quantity and period) and sources (who reports what, who repeats whom).
import type { ApiContradiction, ApiSource, Page } from '../../server/dto';
import { get, qs } from '../api';
import { extLink, h } from '../dom';
import { fmtPeriod, fmtValue } from '../format';
import { eventName, forceName, t, verdictName } from '../i18n';
import { errorBox, pageTitle } from '../widgets';

export async function contradictionsView(root: HTMLElement, params: URLSearchParams) {
  root.append(pageTitle(t('contradictions')),
    h('p', {}, h('a', { class: 'button ghost', href: `/api/contradictions${qs({ format: 'csv', force: params.get('force') })}` }, t('downloadCsv'))));
  try {
    const p = await get<Page<ApiContradiction>>(`/contradictions${qs({ force: params.get('force'), event: params.get('event'), limit: 200 })}`);
    if (!p.items.length) root.append(h('p', { class: 'muted empty' }, t('noResults')));
    root.append(h('div', { class: 'stack' }, p.items.map((x) => h('article', { class: 'card wide contradiction' },
      h('div', { class: 'card-head' }, h('span', { class: `flag f-${x.force}` }, forceName(x.force)), h('span', { class: 'ev' }, eventName(x.event)),
        h('span', { class: 'sub' }, `${x.counted} · ${fmtPeriod(x.period)}`)),
      h('p', {}, x.explanation),
      h('ul', { class: 'versus' }, x.claims.map((c) => h('li', {},
        h('a', { class: 'big-sm', href: `/claims/${c.id}` }, fmtValue({ value: c.value, qualifier: 'exact', statistic: 'count', per: null })),
        ' — ', c.source ?? '—', ' · ', extLink(c.source_url, c.publisher ?? '—'),
        h('blockquote', { class: 'quote small' }, c.quote))))))));
  } catch (e) {
    root.append(errorBox(e));
  }
}

export async function sourcesView(root: HTMLElement) {
  root.append(pageTitle(t('sources'), t('reportsBy')), h('p', {}, h('a', { class: 'button ghost', href: '/api/sources?format=csv' }, t('downloadCsv'))));
  try {
    const p = await get<Page<ApiSource>>('/sources?limit=500');
    root.append(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, t('source')), h('th', {}, t('claims')), h('th', {}, t('force')), h('th', {}, t('events')),
        h('th', {}, t('outlet')), h('th', {}, t('repeats')), h('th', {}, t('verdict')))),
      h('tbody', {}, p.items.map((s) => h('tr', {},
        h('td', {}, h('a', { href: `/claims?source=${encodeURIComponent(s.name)}` }, s.name)),
        h('td', { class: 'num' }, s.claims),
        h('td', {}, s.forces.map(forceName).join(', ')),
        h('td', {}, s.events.map(eventName).join(', ')),
        h('td', {}, s.publishers.slice(0, 6).join(', ')),
        h('td', {}, s.repeated_by.slice(0, 6).join(', ') || '—'),
        h('td', {}, Object.entries(s.verdicts).map(([v, n]) => `${verdictName(v)} ${n}`).join(' · ') || '—')))))));
  } catch (e) {
    root.append(errorBox(e));
  }
}
