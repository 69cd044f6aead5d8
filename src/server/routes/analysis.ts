// What the analysis makes of the claims: monthly series, verdicts, contradictions, sources, the overview
// (latest figure per force and event) and the chart annotations. Every listing also as CSV.
import type { FastifyInstance } from 'fastify';
import type { Contradiction } from '../../analyze/reconcile';
import type { Series } from '../../analyze/series';
import type { ClaimRow } from '../../store/index';
import { creditedSource, sourceName, verdictOf, type Analysis } from '../analysis';
import { ANNOTATIONS } from '../annotations';
import { toApiClaim } from '../claims-view';
import type { ServerContext } from '../context';
import type { ApiContradiction, ApiSeries, ApiSource } from '../dto';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { toCsv } from '../http/csv';
import { errorResponses, formatParam } from '../schemas';
import { sendCsv } from './claims';

const code = { type: 'string', pattern: '^[A-Za-z_]{1,40}$' } as const;
const pageQuery = { cursor: { type: 'string', maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, format: formatParam } as const;
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function paginate<T>(all: T[], q: { cursor?: string; limit: number }): { items: T[]; next: string | null } {
  const from = decodeCursor(q.cursor, isOffset) ?? 0;
  const items = all.slice(from, from + q.limit);
  return { items, next: from + q.limit < all.length ? encodeCursor(from + q.limit) : null };
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);

export function apiSeries(s: Series, a: Analysis): ApiSeries {
  const p = a.projections.get(s.id);
  return {
    key: s.id, force: s.key.force, event: s.key.event, counted: s.key.counted, statistic: s.key.statistic, scope: s.key.scope ?? null,
    points: s.points.map((p) => ({ month: p.month, value: p.value, low: finite(p.low), high: finite(p.high), basis: p.status, claims: p.claims.map(Number) })),
    projection: p
      ? {
          period: { start: `${p.year}-01-01`, end: `${p.year}-12-31` }, value: p.value, low: p.low, high: p.high,
          method: `year to date (${p.monthsKnown} months) plus the recent monthly rate; interval from ${p.intervalBasis === 'backtest' ? `backtests on ${p.backtests.map((b) => b.year).join(', ')}` : '±25% of the months left'}`,
        }
      : null,
  };
}

function apiContradiction(c: Contradiction, a: Analysis): ApiContradiction {
  const first = c.group.claims[0];
  const row = (id: string) => a.claims.get(Number(id));
  return {
    id: c.group.key,
    force: first.force, event: first.event, counted: first.counted,
    period: c.group.period,
    claims: c.group.claims.map((x) => ({ id: Number(x.id), value: x.value, source: x.source, publisher: x.publisher, quote: x.quote, source_url: row(x.id)?.source_url ?? null })),
    explanation: c.positions.map((p) => `${p.interval.low === p.interval.high ? p.interval.low : `${p.interval.low}–${p.interval.high}`}: ${[...new Set(p.claims.map((x) => x.source ?? x.publisher ?? '?'))].join(', ')} (${p.independent} independent)`).join(' vs. '),
  };
}

function sourcesOf(a: Analysis): ApiSource[] {
  const by = new Map<string, ApiSource & { _f: Set<string>; _e: Set<string>; _p: Set<string>; _r: Set<string> }>();
  for (const r of a.claims.values()) {
    const ac = { source: r.source, publisher: r.publisher, echoOf: null, document: null, id: String(r.id) } as any;
    const id = creditedSource(ac);
    let s = by.get(id);
    if (!s) by.set(id, (s = { name: sourceName(id), claims: 0, forces: [], events: [], publishers: [], repeated_by: [], verdicts: {}, _f: new Set(), _e: new Set(), _p: new Set(), _r: new Set() }));
    s.claims++;
    s._f.add(r.force);
    s._e.add(r.event);
    if (r.publisher) {
      s._p.add(r.publisher);
      if (r.source && r.publisher.toLocaleLowerCase() !== r.source.toLocaleLowerCase() && sourceName(id).toLocaleLowerCase() !== r.publisher.toLocaleLowerCase()) s._r.add(r.publisher);
    }
    const v = a.verdicts.get(r.id)?.verdict;
    if (v) s.verdicts[v] = (s.verdicts[v] ?? 0) + 1;
  }
  return [...by.values()]
    .map(({ _f, _e, _p, _r, ...s }) => ({ ...s, forces: [..._f].sort(), events: [..._e].sort(), publishers: [..._p].sort(), repeated_by: [..._r].sort() }))
    .sort((x, y) => y.claims - x.claims || x.name.localeCompare(y.name));
}

/** The latest count per force and event: the claim whose period ends last (then published last). */
function overviewOf(a: Analysis) {
  const groups = new Map<string, ClaimRow[]>();
  for (const r of a.claims.values()) {
    if (r.statistic !== 'count' || r.kind === 'projection' || r.scope) continue;
    const k = `${r.force}|${r.event}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  const end = (r: ClaimRow) => r.period_end ?? r.published ?? '';
  return [...groups.values()]
    .map((rows) => {
      rows.sort((x, y) => end(y).localeCompare(end(x)) || (y.published ?? '').localeCompare(x.published ?? '') || y.id - x.id);
      const latest = rows[0];
      const sources = [...new Set(rows.filter((r) => r.counted === latest.counted && end(r) === end(latest)).map((r) => r.source ?? r.publisher).filter((s): s is string => !!s))];
      return { force: latest.force, event: latest.event, counted: latest.counted, latest: toApiClaim(latest, verdictOf(a, latest.id)), sources, claims: rows.length };
    })
    .sort((x, y) => x.force.localeCompare(y.force) * -1 || x.event.localeCompare(y.event));
}

export async function analysisRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get('/series', {
    schema: {
      tags: ['analysis'],
      summary: 'Monthly series (reported, derived or estimated points, each with its interval and the claims behind it).',
      querystring: { type: 'object', additionalProperties: false, properties: { force: code, event: code, counted: code, statistic: code, format: formatParam } },
      response: {
        200: {
          type: 'object',
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  key: { type: 'string' }, force: { type: 'string' }, event: { type: 'string' }, counted: { type: 'string' }, statistic: { type: 'string' }, scope: { type: ['string', 'null'] },
                  points: { type: 'array', items: { type: 'object', properties: { month: { type: 'string' }, value: { type: ['number', 'null'] }, low: { type: ['number', 'null'] }, high: { type: ['number', 'null'] }, basis: { type: 'string' }, claims: { type: 'array', items: { type: 'integer' } } } } },
                  projection: { type: ['object', 'null'], additionalProperties: true },
                },
              },
            },
          },
        },
        ...errorResponses(400),
      },
    },
  }, async (req, reply) => {
    const q = req.query as { force?: string; event?: string; counted?: string; statistic?: string; format: string };
    const a = await ctx.analysis.get();
    const items = a.series
      .filter((s) => (!q.force || s.key.force === q.force) && (!q.event || s.key.event === q.event) && (!q.counted || s.key.counted === q.counted) && (!q.statistic || s.key.statistic === q.statistic))
      .map((s) => apiSeries(s, a));
    if (q.format === 'csv') {
      const rows = items.flatMap((s) => s.points.map((p) => ({ s, p })));
      return sendCsv(reply, 'absentia-series.csv', toCsv(rows, [
        { header: 'series', type: 'text', get: (x) => x.s.key },
        { header: 'force', type: 'text', get: (x) => x.s.force },
        { header: 'event', type: 'text', get: (x) => x.s.event },
        { header: 'counted', type: 'text', get: (x) => x.s.counted },
        { header: 'statistic', type: 'text', get: (x) => x.s.statistic },
        { header: 'scope', type: 'text', get: (x) => x.s.scope },
        { header: 'month', type: 'text', get: (x) => x.p.month },
        { header: 'value', type: 'number', get: (x) => x.p.value },
        { header: 'low', type: 'number', get: (x) => x.p.low },
        { header: 'high', type: 'number', get: (x) => x.p.high },
        { header: 'basis', type: 'text', get: (x) => x.p.basis },
        { header: 'claims', type: 'text', get: (x) => x.p.claims.join(' ') },
      ]));
    }
    return { items };
  });

  app.get('/verdicts', {
    schema: {
      tags: ['analysis'],
      summary: 'The verdict on each current claim (supported, contradicted, unverifiable, internally inconsistent) with its explanation.',
      querystring: { type: 'object', additionalProperties: false, properties: { force: code, event: code, verdict: { type: 'string', enum: ['supported', 'contradicted', 'unverifiable', 'internally_inconsistent'] }, ...pageQuery } },
      response: {
        200: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { type: 'object', properties: { claim: { $ref: 'Claim#' }, verdict: { type: 'string' }, explanation: { type: 'string' }, check: { type: 'string' }, expected: { type: ['object', 'null'], properties: { low: { type: 'number' }, high: { type: 'number' } } }, evidence: { type: 'array', items: { type: 'integer' } } } } },
            next: { type: ['string', 'null'] },
          },
        },
        ...errorResponses(400),
      },
    },
  }, async (req, reply) => {
    const q = req.query as { force?: string; event?: string; verdict?: string; cursor?: string; limit: number; format: string };
    const a = await ctx.analysis.get();
    const all = [...a.verdicts.values()]
      .map((v) => ({ v, r: a.claims.get(Number(v.claimId))! }))
      .filter(({ v, r }) => r && (!q.force || r.force === q.force) && (!q.event || r.event === q.event) && (!q.verdict || v.verdict === q.verdict))
      .sort((x, y) => y.r.id - x.r.id)
      .map(({ v, r }) => ({ claim: toApiClaim(r, verdictOf(a, r.id)), verdict: v.verdict, explanation: v.explanation, check: v.check, expected: v.expected, evidence: v.evidence.map(Number) }));
    const page = paginate(all, q);
    if (q.format === 'csv') {
      return sendCsv(reply, 'absentia-verdicts.csv', toCsv(page.items, [
        { header: 'claim_id', type: 'number', get: (x) => x.claim.id },
        { header: 'verdict', type: 'text', get: (x) => x.verdict },
        { header: 'check', type: 'text', get: (x) => x.check },
        { header: 'expected_low', type: 'number', get: (x) => x.expected?.low },
        { header: 'expected_high', type: 'number', get: (x) => x.expected?.high },
        { header: 'explanation', type: 'text', get: (x) => x.explanation },
        { header: 'quote', type: 'text', get: (x) => x.claim.quote },
      ]));
    }
    return page;
  });

  app.get('/contradictions', {
    schema: {
      tags: ['analysis'],
      summary: 'Groups of claims about the same quantity and period whose values disagree beyond their stated precision, naming who said what.',
      querystring: { type: 'object', additionalProperties: false, properties: { force: code, event: code, ...pageQuery } },
      response: {
        200: {
          type: 'object',
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' }, force: { type: 'string' }, event: { type: 'string' }, counted: { type: 'string' },
                  period: { type: ['object', 'null'], properties: { start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] } } },
                  explanation: { type: 'string' },
                  claims: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, value: { type: 'object', additionalProperties: true }, source: { type: ['string', 'null'] }, publisher: { type: ['string', 'null'] }, quote: { type: 'string' }, source_url: { type: ['string', 'null'] } } } },
                },
              },
            },
            next: { type: ['string', 'null'] },
          },
        },
        ...errorResponses(400),
      },
    },
  }, async (req, reply) => {
    const q = req.query as { force?: string; event?: string; cursor?: string; limit: number; format: string };
    const a = await ctx.analysis.get();
    const all = a.contradictions.map((c) => apiContradiction(c, a)).filter((c) => (!q.force || c.force === q.force) && (!q.event || c.event === q.event));
    const page = paginate(all, q);
    if (q.format === 'csv') {
      const rows = page.items.flatMap((c) => c.claims.map((x) => ({ c, x })));
      return sendCsv(reply, 'absentia-contradictions.csv', toCsv(rows, [
        { header: 'group', type: 'text', get: (r) => r.c.id },
        { header: 'force', type: 'text', get: (r) => r.c.force },
        { header: 'event', type: 'text', get: (r) => r.c.event },
        { header: 'period_start', type: 'text', get: (r) => r.c.period?.start },
        { header: 'period_end', type: 'text', get: (r) => r.c.period?.end },
        { header: 'claim_id', type: 'number', get: (r) => r.x.id },
        { header: 'value_low', type: 'number', get: (r) => ('low' in r.x.value ? r.x.value.low : r.x.value.exact) },
        { header: 'value_high', type: 'number', get: (r) => ('high' in r.x.value ? r.x.value.high : r.x.value.exact) },
        { header: 'source', type: 'text', get: (r) => r.x.source },
        { header: 'publisher', type: 'text', get: (r) => r.x.publisher },
        { header: 'quote', type: 'text', get: (r) => r.x.quote },
      ]));
    }
    return page;
  });

  app.get('/sources', {
    schema: {
      tags: ['analysis'],
      summary: 'Sources: who reports what (forces, events, outlets), who repeats them, and how their figures fared.',
      querystring: { type: 'object', additionalProperties: false, properties: { ...pageQuery } },
      response: {
        200: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, claims: { type: 'integer' }, forces: { type: 'array', items: { type: 'string' } }, events: { type: 'array', items: { type: 'string' } }, publishers: { type: 'array', items: { type: 'string' } }, repeated_by: { type: 'array', items: { type: 'string' } }, verdicts: { type: 'object', additionalProperties: { type: 'integer' } } } } },
            next: { type: ['string', 'null'] },
          },
        },
        ...errorResponses(400),
      },
    },
  }, async (req, reply) => {
    const q = req.query as { cursor?: string; limit: number; format: string };
    const page = paginate(sourcesOf(await ctx.analysis.get()), q);
    if (q.format === 'csv') {
      return sendCsv(reply, 'absentia-sources.csv', toCsv(page.items, [
        { header: 'source', type: 'text', get: (s) => s.name },
        { header: 'claims', type: 'number', get: (s) => s.claims },
        { header: 'forces', type: 'text', get: (s) => s.forces.join(' ') },
        { header: 'events', type: 'text', get: (s) => s.events.join(' ') },
        { header: 'publishers', type: 'text', get: (s) => s.publishers.join('; ') },
        { header: 'repeated_by', type: 'text', get: (s) => s.repeated_by.join('; ') },
        { header: 'verdicts', type: 'text', get: (s) => Object.entries(s.verdicts).map(([k, v]) => `${k}:${v}`).join(' ') },
      ]));
    }
    return page;
  });

  app.get('/overview', {
    schema: {
      tags: ['analysis'],
      summary: 'The latest figure per force and event, with its sources and verdict. format=csv for a spreadsheet.',
      querystring: { type: 'object', additionalProperties: false, properties: { format: formatParam } },
      response: {
        200: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { type: 'object', properties: { force: { type: 'string' }, event: { type: 'string' }, counted: { type: 'string' }, latest: { $ref: 'Claim#' }, sources: { type: 'array', items: { type: 'string' } }, claims: { type: 'integer' } } } },
          },
        },
        ...errorResponses(400),
      },
    },
  }, async (req, reply) => {
    const items = overviewOf(await ctx.analysis.get());
    if ((req.query as { format: string }).format === 'csv') {
      return sendCsv(reply, 'absentia-overview.csv', toCsv(items, [
        { header: 'force', type: 'text', get: (i) => i.force },
        { header: 'event', type: 'text', get: (i) => i.event },
        { header: 'counted', type: 'text', get: (i) => i.counted },
        { header: 'claim_id', type: 'number', get: (i) => i.latest.id },
        { header: 'value_low', type: 'number', get: (i) => ('low' in i.latest.value ? i.latest.value.low : i.latest.value.exact) },
        { header: 'value_high', type: 'number', get: (i) => ('high' in i.latest.value ? i.latest.value.high : i.latest.value.exact) },
        { header: 'period_start', type: 'text', get: (i) => i.latest.period?.start },
        { header: 'period_end', type: 'text', get: (i) => i.latest.period?.end },
        { header: 'sources', type: 'text', get: (i) => i.sources.join('; ') },
        { header: 'verdict', type: 'text', get: (i) => i.latest.verdict?.verdict },
      ]));
    }
    return { items };
  });

  app.get('/annotations', {
    schema: {
      tags: ['analysis'],
      summary: 'Events drawn on the charts (law changes, the voluntary-return window), each with its source URL.',
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { start: { type: 'string' }, end: { type: ['string', 'null'] }, force: { type: ['string', 'null'] }, label: { type: 'object', properties: { en: { type: 'string' }, uk: { type: 'string' } } }, url: { type: 'string' } } } } } } },
    },
  }, async () => ({ items: ANNOTATIONS }));
}
