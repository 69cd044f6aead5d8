// The claim explorer: filters and full-text search over quotes, all in the URL; cursor pagination; CSV.
import type { ApiClaim, Page } from '../../server/dto';
import { get, qs } from '../api';
import { h } from '../dom';
import { eventName, forceName, t } from '../i18n';
import { setQuery } from '../router';
import { claimsTable, errorBox, pageTitle, select } from '../widgets';

const FILTERS = ['q', 'force', 'event', 'counted', 'source', 'from', 'to', 'status', 'origin', 'kind', 'document'] as const;

export async function claimsView(root: HTMLElement, params: URLSearchParams) {
  const state: Record<string, string> = {};
  for (const k of FILTERS) if (params.get(k)) state[k] = params.get(k)!;
  const form = h('form', { class: 'filters', role: 'search' },
    h('label', { class: 'field grow' }, h('span', {}, t('search')), h('input', { type: 'search', name: 'q', value: state.q ?? '' })),
    select('force', 'force', [['UA', forceName('UA')], ['RU', forceName('RU')]], state.force ?? null),
    select('event', 'event', ['awol', 'desertion', 'awol_or_desertion', 'return', 'defection', 'death', 'self_harm'].map((e) => [e, eventName(e)]), state.event ?? null),
    select('counted', 'counted', ['cases', 'persons', 'suspects', 'court_cases', 'convictions'].map((c) => [c, c]), state.counted ?? null),
    h('label', { class: 'field' }, h('span', {}, t('source')), h('input', { name: 'source', value: state.source ?? '' })),
    h('label', { class: 'field' }, h('span', {}, t('from')), h('input', { type: 'date', name: 'from', value: state.from ?? '' })),
    h('label', { class: 'field' }, h('span', {}, t('to')), h('input', { type: 'date', name: 'to', value: state.to ?? '' })),
    select('status', 'status', ['unreviewed', 'accepted', 'rejected', 'corrected'].map((s) => [s, s]), state.status ?? null),
    select('origin', 'origin', ['machine', 'human', 'dataset', 'table'].map((s) => [s, s]), state.origin ?? null),
    h('button', { type: 'submit', class: 'primary' }, t('filter')));
  const results = h('div', { class: 'results' });
  const csv = h('a', { class: 'button ghost' }, t('downloadCsv'));
  root.append(pageTitle(t('claims')), form, h('div', { class: 'row end' }, csv), results);

  const load = async () => {
    results.replaceChildren();
    csv.setAttribute('href', `/api/claims${qs({ ...state, format: 'csv', limit: 500 })}`);
    let next: string | null = null;
    const more = h('button', { type: 'button', class: 'ghost' }, t('more'));
    const page = async () => {
      try {
        const p: Page<ApiClaim> = await get<Page<ApiClaim>>(`/claims${qs({ ...state, limit: 50, cursor: next })}`);
        if (!p.items.length && !next) results.append(h('p', { class: 'muted empty' }, t('noResults')));
        else results.insertBefore(claimsTable(p.items), more.isConnected ? more : null);
        next = p.next;
        if (next && !more.isConnected) results.append(more);
        if (!next) more.remove();
      } catch (e) {
        results.append(errorBox(e));
      }
    };
    more.onclick = () => void page();
    await page();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(form);
    for (const k of FILTERS) {
      const v = String(f.get(k) ?? state[k] ?? '').trim();
      if (v) state[k] = v; else delete state[k];
    }
    setQuery(Object.fromEntries(FILTERS.map((k) => [k, state[k] ?? null])));
    void load();
  });
  form.addEventListener('change', (e) => { if ((e.target as Element).tagName === 'SELECT') form.requestSubmit(); });
  await load();
}
