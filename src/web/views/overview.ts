// The overview: the latest figure per force and event, with its sources and verdict, and the two charts.
import type { ApiClaim } from '../../server/dto';
import { get } from '../api';
import { h } from '../dom';
import { fmtPeriod, fmtValue } from '../format';
import { eventName, forceName, t } from '../i18n';
import { errorBox, pageTitle, verdictBadge } from '../widgets';
import { chartsBlock } from './charts';

interface OverviewItem {
  force: string;
  event: string;
  counted: string;
  latest: ApiClaim;
  sources: string[];
  claims: number;
}

export async function overviewView(root: HTMLElement, params: URLSearchParams) {
  root.append(pageTitle(t('overview'), t('tagline')));
  let items: OverviewItem[];
  try {
    items = (await get<{ items: OverviewItem[] }>('/overview')).items;
  } catch (e) {
    root.append(errorBox(e));
    return;
  }
  root.append(h('h2', {}, t('latestFigures')),
    h('div', { class: 'cards' }, items.map((it) => h('article', { class: 'card', 'data-force': it.force, 'data-event': it.event },
      h('div', { class: 'card-head' }, h('span', { class: `flag f-${it.force}` }, forceName(it.force)), h('span', { class: 'ev' }, eventName(it.event)), h('span', { class: 'sub' }, it.counted)),
      h('a', { class: 'big', href: `/claims/${it.latest.id}` }, fmtValue(it.latest)),
      h('div', { class: 'sub' }, fmtPeriod(it.latest.period)),
      h('div', { class: 'src' }, `${t('source')}: `, it.latest.source ?? '—', it.latest.publisher ? ` · ${it.latest.publisher}` : '', it.latest.published ? ` · ${it.latest.published}` : ''),
      h('div', { class: 'row' }, verdictBadge(it.latest.verdict),
        h('a', { class: 'sub', href: `/claims?force=${it.force}&event=${it.event}` }, `${it.claims} ${t('claimsCount')}`)),
      it.sources.length > 1 ? h('div', { class: 'sub' }, it.sources.slice(0, 4).join(' · ')) : null,
    ))));
  const charts = h('section', { class: 'overview-charts' });
  root.append(charts);
  return chartsBlock(charts, params, { compact: true });
}
