// The dashboard: a small vanilla TypeScript app. Views are chosen by path; their state lives in the URL.
import { api } from './api';
import { h } from './dom';
import { currentLang, setLang, t, type Key } from './i18n';
import { navigate, render, route, setRouteListener, startRouter } from './router';
import { canEdit, currentUser, loadMe, setMe } from './session';
import { chartsView } from './views/charts';
import { claimView } from './views/claim';
import { claimsView } from './views/claims';
import { documentView, documentsView } from './views/document';
import { contradictionsView, sourcesView } from './views/lists';
import { overviewView } from './views/overview';
import { reviewView, signinView } from './views/review';

route(/^\/$/u, overviewView);
route(/^\/charts$/u, chartsView);
route(/^\/claims$/u, claimsView);
route(/^\/claims\/(\d+)$/u, claimView);
route(/^\/documents$/u, documentsView);
route(/^\/documents\/(\d+)$/u, documentView);
route(/^\/contradictions$/u, contradictionsView);
route(/^\/sources$/u, sourcesView);
route(/^\/review$/u, reviewView);
route(/^\/signin$/u, signinView);

const NAV: [string, Key][] = [['/', 'overview'], ['/charts', 'charts'], ['/claims', 'claims'], ['/documents', 'documents'], ['/contradictions', 'contradictions'], ['/sources', 'sources']];

function chrome(path: string): void {
  const nav = document.getElementById('nav')!;
  const links: [string, Key][] = canEdit() ? [...NAV, ['/review', 'review']] : NAV;
  nav.replaceChildren(...links.map(([href, key]) => h('a', { href, class: (href === '/' ? path === '/' : path.startsWith(href)) ? 'active' : null }, t(key))));
  const account = document.getElementById('account')!;
  const me = currentUser();
  account.replaceChildren(me
    ? h('span', { class: 'me' }, h('span', { class: 'who', title: t('signedInAs') }, `${me.username} (${me.role})`),
        h('button', { type: 'button', class: 'ghost', onclick: async () => { await api('/auth/logout', { method: 'POST' }); setMe(null, null); navigate('/'); } }, t('signOut')))
    : h('a', { href: `/signin?next=${encodeURIComponent(location.pathname + location.search)}`, class: 'button ghost' }, t('signIn')));
  document.getElementById('lang')!.textContent = t('language');
  document.getElementById('foot-text')!.textContent = t('footer');
}

async function start(): Promise<void> {
  setLang(currentLang());
  document.getElementById('lang')!.addEventListener('click', () => { setLang(currentLang() === 'en' ? 'uk' : 'en'); void render(); });
  await loadMe().catch(() => null);
  setRouteListener(chrome);
  startRouter();
}

void start();
