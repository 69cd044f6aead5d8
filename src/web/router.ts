// Every view has a permalink: its path and query string hold all of its state.
export type View = (root: HTMLElement, params: URLSearchParams, match: string[]) => Promise<void | (() => void)>;

const routes: [RegExp, View][] = [];
let cleanup: (() => void) | void;
let onRoute: (path: string) => void = () => {};

export const route = (pattern: RegExp, view: View) => routes.push([pattern, view]);
export const setRouteListener = (f: (path: string) => void) => (onRoute = f);

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

/** Replace the current URL's query without re-rendering (filters typed into a view). */
export function setQuery(params: Record<string, string | null | undefined>): void {
  const u = new URL(location.href);
  for (const [k, v] of Object.entries(params)) if (v) u.searchParams.set(k, v); else u.searchParams.delete(k);
  history.replaceState(null, '', u.pathname + u.search);
}

export async function render(): Promise<void> {
  const root = document.getElementById('view')!;
  if (cleanup) cleanup();
  cleanup = undefined;
  onRoute(location.pathname);
  for (const [re, view] of routes) {
    const m = re.exec(location.pathname);
    if (m) {
      root.replaceChildren();
      root.setAttribute('aria-busy', 'true');
      try {
        cleanup = await view(root, new URLSearchParams(location.search), m.slice(1));
      } finally {
        root.removeAttribute('aria-busy');
      }
      return;
    }
  }
  root.replaceChildren();
  root.textContent = '404';
}

export function startRouter(): void {
  window.addEventListener('popstate', () => void render());
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a');
    if (!a || a.target || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const href = a.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('/api')) return;
    e.preventDefault();
    navigate(href);
  });
  void render();
}
