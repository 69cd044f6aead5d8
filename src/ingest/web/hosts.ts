// Politeness: one request at a time per host, a pause between requests to the same host, and robots.txt
// fetched once per origin and honoured. Different hosts proceed in parallel.
import { AbsentiaError } from '../../util/errors';
import { checkUrl, retryAfterOf, type Fetcher, type FetchRequest, type FetchResult } from './fetch';
import { ALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from './robots';

export interface PolitenessOptions {
  /** Pause between two requests to one host, in ms (default 1000); robots.txt Crawl-delay raises it. */
  delayMs?: number;
  /** Honour robots.txt (default true). */
  robots?: boolean;
  /** Product token matched against robots.txt User-agent lines. */
  agent?: string;
}

const ROBOTS_MAX_BYTES = 512 * 1024;
/** RFC 9309 §2.4: a robots.txt should not be cached for more than 24 hours (watch runs for days). */
const ROBOTS_TTL_MS = 24 * 3_600_000;
const MAX_CRAWL_DELAY_MS = 30_000;
/** The longest a Retry-After holds a host back within one run; longer asks are left to the next run or job retry. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

export class PoliteFetcher {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastEnd = new Map<string, number>();
  private readonly robots = new Map<string, { rules: Promise<RobotsRules>; at: number }>();
  private readonly delayMs: number;
  private readonly useRobots: boolean;
  private readonly agent: string;

  constructor(
    readonly fetcher: Fetcher,
    options: PolitenessOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 1000;
    this.useRobots = options.robots ?? true;
    this.agent = options.agent ?? 'absentia';
  }

  /** Fetches after robots.txt allows it, in turn with every other request to the same host. */
  async fetch(url: string, req: FetchRequest = {}): Promise<FetchResult> {
    // Vet the page's own URL first, so a refusal names it rather than its robots.txt.
    const { allowPrivate, allowAddresses } = this.fetcher.limits;
    const parsed = checkUrl(url, allowPrivate, allowAddresses);
    if (this.useRobots) {
      const rules = await this.rulesFor(parsed);
      if (rules.unreachable) throw new AbsentiaError('fetch_failed', `robots.txt unreachable (${rules.unreachable}): not fetched`, url);
      if (!isAllowed(rules, parsed.pathname + parsed.search)) {
        throw new AbsentiaError('forbidden', 'disallowed by robots.txt', url);
      }
    }
    return this.inTurn(parsed.host, () => this.fetcher.fetch(url, req));
  }

  /** Runs fn when every earlier request to this host has finished and the pause has passed. */
  private inTurn<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const run = previous.then(async () => {
      const ready = Math.max((this.lastEnd.get(host) ?? 0) + this.hostDelay(host), this.notBefore.get(host) ?? 0);
      const wait = ready - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        return await fn();
      } catch (err) {
        // A 429/503 with Retry-After holds every later request to this host until then (capped).
        const after = retryAfterOf(err);
        if (after !== null) this.notBefore.set(host, Date.now() + Math.min(after, MAX_RETRY_AFTER_MS));
        throw err;
      } finally {
        this.lastEnd.set(host, Date.now());
      }
    });
    const tail = run.catch(() => {});
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return run;
  }

  private readonly crawlDelay = new Map<string, number>();
  private readonly notBefore = new Map<string, number>();
  private hostDelay(host: string): number {
    return Math.max(this.delayMs, this.crawlDelay.get(host) ?? 0);
  }

  private rulesFor(url: URL): Promise<RobotsRules> {
    const origin = url.origin;
    const cached = this.robots.get(origin);
    if (cached && Date.now() - cached.at < ROBOTS_TTL_MS) return cached.rules;
    const rules = this.inTurn(url.host, () => this.fetchRobots(origin)).then((r) => {
      if (r.crawlDelaySeconds) this.crawlDelay.set(url.host, Math.min(r.crawlDelaySeconds * 1000, MAX_CRAWL_DELAY_MS));
      return r;
    });
    this.robots.set(origin, { rules, at: Date.now() });
    return rules;
  }

  private async fetchRobots(origin: string): Promise<RobotsRules> {
    try {
      const res = await this.fetcher.fetch(`${origin}/robots.txt`, { accept: 'text/plain' });
      return parseRobots(res.body.subarray(0, ROBOTS_MAX_BYTES).toString('utf8'), this.agent);
    } catch (err) {
      if (err instanceof AbsentiaError) {
        const m = /^HTTP (\d{3})/u.exec(err.message);
        if (m && Number(m[1]) >= 400 && Number(m[1]) < 500) return ALLOW_ALL;
        if (err.code === 'forbidden' || err.code === 'invalid_input') throw err;
      }
      // RFC 9309 §2.3.1.4: an unreachable robots.txt means the whole site is disallowed for now.
      this.robots.delete(origin);
      return { allow: [], disallow: ['/'], crawlDelaySeconds: null, unreachable: err instanceof AbsentiaError ? err.message : String(err) };
    }
  }
}
