// A document with every claim highlighted in its text: the sentence lightly, the number strongly, each
// linked to its claim. Segments are cut at every span boundary and added as text nodes.
import type { ApiClaim, ApiDocument, Page } from '../../server/dto';
import { get, qs } from '../api';
import { extLink, h } from '../dom';
import { fmtValue } from '../format';
import { t } from '../i18n';
import { claimsTable, errorBox, pageTitle } from '../widgets';

interface DocumentDetail {
  document: ApiDocument;
  text: string | null;
  claims: ApiClaim[];
}

export async function documentsView(root: HTMLElement, params: URLSearchParams) {
  root.append(pageTitle(t('documents')));
  try {
    const p = await get<Page<ApiDocument>>(`/documents${qs({ limit: 100, cursor: params.get('cursor') })}`);
    root.append(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, t('document')), h('th', {}, t('outlet')), h('th', {}, t('published')), h('th', {}, t('claims')))),
      h('tbody', {}, p.items.map((d) => h('tr', {},
        h('td', {}, h('a', { href: `/documents/${d.id}` }, d.title ?? d.url ?? `#${d.id}`)),
        h('td', {}, d.outlet ?? '—'), h('td', { class: 'nowrap' }, d.published ?? '—'), h('td', { class: 'num' }, d.claims)))))),
    p.next ? h('a', { class: 'button ghost', href: `/documents?cursor=${encodeURIComponent(p.next)}` }, t('more')) : '');
  } catch (e) {
    root.append(errorBox(e));
  }
}

export async function documentView(root: HTMLElement, _p: URLSearchParams, [id]: string[]) {
  let d: DocumentDetail;
  try {
    d = await get<DocumentDetail>(`/documents/${Number(id)}`);
  } catch (e) {
    root.append(errorBox(e));
    return;
  }
  root.append(pageTitle(d.document.title ?? `#${d.document.id}`),
    h('p', { class: 'muted' }, d.document.outlet ?? '', d.document.published ? ` · ${d.document.published}` : '', ' · ', extLink(d.document.url, d.document.url ?? '')),
    h('div', { class: 'doc-layout' },
      h('article', { class: 'doc-text', lang: d.document.language ?? undefined }, d.text ? highlighted(d.text, d.claims) : h('p', { class: 'muted' }, '—')),
      h('aside', {}, h('h2', {}, t('claims')), claimsTable(d.claims, { compact: true }))));
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) target.scrollIntoView({ block: 'center' });
}

export function highlighted(text: string, claims: ApiClaim[]): DocumentFragment {
  const cuts = new Set([0, text.length]);
  const ok = (s: { start: number; end: number } | null): s is { start: number; end: number } => !!s && s.start >= 0 && s.end <= text.length && s.start < s.end;
  for (const c of claims) for (const s of [c.span, c.sentence]) if (ok(s)) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  const seen = new Set<number>();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const num = claims.find((c) => ok(c.span) && c.span.start <= a && b <= c.span.end);
    const sent = claims.find((c) => ok(c.sentence) && c.sentence.start <= a && b <= c.sentence.end);
    if (num) {
      const first = !seen.has(num.id);
      seen.add(num.id);
      frag.append(h('a', { class: `hl-num k-${num.kind} s-${num.status}`, href: `/claims/${num.id}`, id: first ? `claim-${num.id}` : null, title: fmtValue(num), 'data-claim': num.id }, piece));
    } else if (sent) {
      frag.append(h('span', { class: 'hl-sent', 'data-claim': sent.id }, piece));
    } else {
      frag.append(piece);
    }
  }
  return frag;
}
