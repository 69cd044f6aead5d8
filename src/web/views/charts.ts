// Time-series charts: Ukraine beside Russia for one event and count; click a claim point to see its quote,
// outlet, source chain and verdict; download each chart as PNG or SVG and the data behind it as CSV.
import type { ApiAnnotation, ApiClaim, ApiSeries, Page } from '../../server/dto';
import { get, qs } from '../api';
import { chartPng, chartSvg, download, mountChart, type ChartInput, type MountedChart } from '../chart';
import { h } from '../dom';
import { eventName, fmtNumber, forceName, t } from '../i18n';
import { setQuery } from '../router';
import { errorBox, pageTitle, select } from '../widgets';
import { claimPanel } from './claim-panel';

const EVENTS = ['awol', 'desertion', 'awol_or_desertion', 'return', 'defection'];
const COUNTED = ['cases', 'persons', 'suspects', 'court_cases', 'convictions'];

export async function chartsView(root: HTMLElement, params: URLSearchParams) {
  root.append(pageTitle(t('charts'), `${t('monthly')}, ${t('claimsAsPoints')}. ${t('clickPoint')}`));
  return chartsBlock(root, params, { compact: false });
}

export async function chartsBlock(root: HTMLElement, params: URLSearchParams, opts: { compact: boolean }) {
  const state = {
    event: params.get('event') ?? 'awol',
    counted: params.get('counted') ?? '',
    from: params.get('from') ?? '2022-01',
    to: params.get('to') ?? new Date().toISOString().slice(0, 7),
  };
  const controls = h('form', { class: 'filters' },
    select('event', 'event', EVENTS.map((e) => [e, eventName(e)]), state.event),
    select('counted', 'counted', COUNTED.map((c) => [c, c]), state.counted || null),
    h('label', { class: 'field' }, h('span', {}, t('from')), h('input', { type: 'month', name: 'from', value: state.from })),
    h('label', { class: 'field' }, h('span', {}, t('to')), h('input', { type: 'month', name: 'to', value: state.to })));
  const grid = h('div', { class: 'chart-grid' });
  const panel = h('aside', { class: 'claim-panel', hidden: true, 'aria-live': 'polite' });
  root.append(controls, h('div', { class: 'chart-area' }, grid, panel));
  let mounted: MountedChart[] = [];

  const showClaim = async (id: number) => {
    panel.hidden = false;
    panel.replaceChildren(h('p', { class: 'muted' }, '…'));
    try {
      panel.replaceChildren(await claimPanel(id, () => (panel.hidden = true)));
    } catch (e) {
      panel.replaceChildren(errorBox(e));
    }
    if (!opts.compact) setQuery({ claim: String(id) });
  };

  const draw = async () => {
    mounted.forEach((m) => m.dispose());
    mounted = [];
    grid.replaceChildren();
    const annotations = (await get<{ items: ApiAnnotation[] }>('/annotations')).items;
    for (const force of ['UA', 'RU']) {
      const cell = h('div', { class: 'chart-cell' });
      grid.append(cell);
      try {
        const all = (await get<{ items: ApiSeries[] }>(`/series${qs({ force, event: state.event, statistic: 'count' })}`)).items.filter((s) => s.scope === null);
        // "All" counts: the count this force reports most about (registered cases for Ukraine, court cases for Russia).
        const counted = state.counted || bestCounted(all);
        const q = { force, event: state.event, counted };
        const claims = await get<Page<ApiClaim>>(`/claims${qs({ ...q, limit: 500, sort: 'published' })}`);
        const input: ChartInput = {
          title: `${forceName(force)} · ${eventName(state.event)} (${counted})`,
          series: all.filter((s) => s.counted === counted),
          claims: claims.items,
          annotations: annotations.filter((a) => a.force === null || a.force === force),
          from: state.from,
          to: state.to,
        };
        const box = h('div', { class: 'chart', 'data-force': force, role: 'img', 'aria-label': input.title });
        const base = `absentia-${force}-${state.event}-${counted}`;
        cell.append(box,
          h('div', { class: 'chart-tools' },
            h('button', { type: 'button', class: 'ghost', onclick: async () => download(`${base}.png`, await chartPng(input)) }, t('downloadPng')),
            h('button', { type: 'button', class: 'ghost', onclick: () => download(`${base}.svg`, new Blob([chartSvg(input)], { type: 'image/svg+xml' })) }, t('downloadSvg')),
            h('a', { class: 'button ghost', href: `/api/series${qs({ ...q, format: 'csv' })}`, download: `${base}-series.csv` }, `${t('downloadCsv')} (${t('monthly')})`),
            h('a', { class: 'button ghost', href: `/api/claims${qs({ ...q, format: 'csv', limit: 500 })}`, download: `${base}-claims.csv` }, `${t('downloadCsv')} (${t('claims')})`)),
          projectionNote(input.series) ?? "");
        mounted.push(mountChart(box, input, (id) => void showClaim(id)));
      } catch (e) {
        cell.append(errorBox(e));
      }
    }
  };

  controls.addEventListener('change', () => {
    const f = new FormData(controls);
    state.event = String(f.get('event') || 'awol');
    state.counted = String(f.get('counted') || '');
    state.from = String(f.get('from') || state.from);
    state.to = String(f.get('to') || state.to);
    setQuery({ ...state, claim: null });
    void draw();
  });
  await draw();
  const claim = Number(params.get('claim'));
  if (!opts.compact && Number.isInteger(claim) && claim > 0) void showClaim(claim);
  return () => mounted.forEach((m) => m.dispose());
}

function bestCounted(series: ApiSeries[]): string {
  const known = (s: ApiSeries) => s.points.filter((p) => p.value !== null).length + (s.counted === 'cases' ? 0.5 : 0);
  return [...series].sort((a, b) => known(b) - known(a))[0]?.counted ?? 'cases';
}

function projectionNote(series: ApiSeries[]): HTMLElement | null {
  const p = series.find((s) => s.projection)?.projection;
  if (!p) return null;
  return h('p', { class: 'projection' }, `${t('projection')} ${p.period.start} … ${p.period.end}: `,
    h('b', {}, fmtNumber(Math.round(p.value))), ` (${t('interval')} ${fmtNumber(Math.round(p.low))}–${fmtNumber(Math.round(p.high))}; ${p.method})`);
}
