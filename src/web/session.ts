// Who is signed in (from /api/auth/me), kept for the views that show editing controls.
import { get, setCsrf } from './api';

export interface Me {
  id: string;
  username: string;
  role: 'viewer' | 'editor' | 'admin';
}
let me: Me | null = null;

export async function loadMe(): Promise<Me | null> {
  const r = await get<{ user: Me | null; csrfToken: string | null }>('/auth/me');
  me = r.user;
  setCsrf(r.csrfToken);
  return me;
}
export const currentUser = () => me;
export const canEdit = () => me?.role === 'editor' || me?.role === 'admin';
export function setMe(user: Me | null, csrf: string | null): void {
  me = user;
  setCsrf(csrf);
}
