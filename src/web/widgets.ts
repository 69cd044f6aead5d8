// Small pieces several views share: verdict and status badges, the claims table, select boxes, errors.
import type { ApiClaim } from '../server/dto';
import { ApiError } from './api';
import { h } from './dom';
import { eventName, forceName, t, verdictName, type Key } from './i18n';
import { fmtPeriod, fmtValue } from './format';

export const verdictBadge = (v: ApiClaim['verdict']) =>
  v ? h('span', { class: `badge v-${v.verdict}`, title: v.explanation }, verdictName(v.verdict)) : h('span', { class: 'badge v-none' }, '—');

export const statusBadge = (s: string) => h('span', { class: `badge s-${s}` }, s);

export function claimsTable(claims: ApiClaim[], opts: { compact?: boolean } = {}): HTMLElement {
  if (opts.compact) {
    return h('ul', { class: 'claim-list' }, claims.map((c) => h('li', { 'data-claim': c.id },
      h('a', { class: 'big-sm', href: `/claims/${c.id}` }, fmtValue(c)), ' ', statusBadge(c.status), ' ', verdictBadge(c.verdict),
      h('div', { class: 'sub' }, `${eventName(c.event)} · ${c.counted} · ${fmtPeriod(c.period)}`),
      h('div', { class: 'sub' }, c.source ?? '—'))));
  }
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'claims' },
      h('thead', {}, h('tr', {},
        h('th', {}, t('value')), h('th', {}, t('force')), h('th', {}, t('event')), h('th', {}, t('period')),
        h('th', {}, t('source')), h('th', {}, t('outlet')), h('th', {}, t('verdict')), h('th', {}, t('status')))),
      h('tbody', {}, claims.map((c) => h('tr', { 'data-claim': c.id },
        h('td', { class: 'num' }, h('a', { href: `/claims/${c.id}` }, fmtValue(c))),
        h('td', {}, forceName(c.force)),
        h('td', {}, eventName(c.event), h('span', { class: 'sub' }, ` ${c.counted}`)),
        h('td', { class: 'nowrap' }, fmtPeriod(c.period)),
        h('td', {}, c.source ?? '—'),
        h('td', {}, c.publisher ?? '—', c.published ? h('span', { class: 'sub' }, ` ${c.published}`) : null),
        h('td', {}, verdictBadge(c.verdict)),
        h('td', {}, statusBadge(c.status)),
      )))));
}

export function select(name: string, label: Key, options: [string, string][], value: string | null): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, t(label)),
    h('select', { name }, h('option', { value: '' }, t('all')),
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

export function errorBox(err: unknown): HTMLElement {
  const msg = err instanceof ApiError ? `${err.status} ${err.code}: ${err.message}` : String((err as Error)?.message ?? err);
  return h('div', { class: 'error', role: 'alert' }, `${t('error')}: ${msg}`);
}

export const pageTitle = (text: string, sub?: string) => h('div', { class: 'page-head' }, h('h1', {}, text), sub ? h('p', { class: 'muted' }, sub) : null);
