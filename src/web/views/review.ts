// The review queue (editors): records and contradicted claims first; and the sign-in form.
import type { ApiClaim, Page } from '../../server/dto';
import { api, ApiError, get } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import { navigate } from '../router';
import { canEdit, setMe, type Me } from '../session';
import { claimsTable, errorBox, pageTitle } from '../widgets';

export async function reviewView(root: HTMLElement) {
  root.append(pageTitle(t('queue'), t('queueHint')));
  if (!canEdit()) {
    root.append(h('p', {}, h('a', { href: `/signin?next=${encodeURIComponent('/review')}`, class: 'button primary' }, t('signIn'))));
    return;
  }
  try {
    const p = await get<Page<ApiClaim & { priority: number; reasons: string[] }>>('/review/queue?limit=100');
    root.append(p.items.length ? claimsTable(p.items) : h('p', { class: 'muted empty' }, t('noResults')));
  } catch (e) {
    root.append(errorBox(e));
  }
}

export async function signinView(root: HTMLElement, params: URLSearchParams) {
  const msg = h('div', { role: 'alert' });
  const form = h('form', { class: 'signin card' },
    h('h1', {}, t('signIn')),
    h('label', { class: 'field' }, h('span', {}, t('username')), h('input', { name: 'username', autocomplete: 'username', required: true })),
    h('label', { class: 'field' }, h('span', {}, t('password')), h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit', class: 'primary' }, t('signIn')), msg);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    try {
      const { data } = await api<{ user: Me; csrfToken: string }>('/auth/login', { method: 'POST', body: { username: f.get('username'), password: f.get('password') } });
      setMe(data.user, data.csrfToken);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/review');
    } catch (err) {
      msg.replaceChildren(err instanceof ApiError && err.status === 401 ? h('div', { class: 'error' }, t('wrongLogin')) : errorBox(err));
    }
  });
  root.append(form);
}
