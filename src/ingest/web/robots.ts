// robots.txt (RFC 9309): the group for our user agent (or "*"), longest matching Allow/Disallow wins,
// Allow wins a tie; "*" and "$" wildcards. 4xx = no rules; 5xx or unreachable = everything disallowed.

export interface RobotsRules {
  allow: string[];
  disallow: string[];
  crawlDelaySeconds: number | null;
  /** Set when robots.txt could not be read: the site is treated as disallowed for now. */
  unreachable?: string;
}

export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [], crawlDelaySeconds: null };

/** The rules for `agent` (its product token, e.g. "absentia"), falling back to the "*" group. */
export function parseRobots(text: string, agent: string): RobotsRules {
  const token = agent.toLowerCase();
  const groups: Array<{ agents: string[]; rules: RobotsRules }> = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.slice(0, 500_000).split(/\r\n|\r|\n/u)) {
    const line = rawLine.replace(/#.*$/u, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/u.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [], crawlDelaySeconds: null } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' && value) current.rules.allow.push(value);
    else if (key === 'disallow' && value) current.rules.disallow.push(value);
    else if (key === 'crawl-delay' && /^\d+(?:\.\d+)?$/u.test(value)) current.rules.crawlDelaySeconds = Number(value);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  if (!chosen.length) return ALLOW_ALL;
  return {
    allow: chosen.flatMap((g) => g.rules.allow),
    disallow: chosen.flatMap((g) => g.rules.disallow),
    crawlDelaySeconds: chosen.map((g) => g.rules.crawlDelaySeconds).find((d) => d !== null) ?? null,
  };
}

/** Whether the rules allow a path (with its query string). */
export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  let best = -1;
  let allowed = true;
  for (const [patterns, verdict] of [[rules.disallow, false], [rules.allow, true]] as const) {
    for (const p of patterns) {
      if (!patternMatches(p, pathAndQuery)) continue;
      const len = p.length;
      if (len > best || (len === best && verdict)) {
        best = len;
        allowed = verdict;
      }
    }
  }
  return allowed;
}

function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = body
    .split('*')
    .map((part) => safeDecode(part).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}${anchored ? '$' : ''}`, 'u').test(safeDecode(path));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
