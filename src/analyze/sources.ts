// The sources registry: names in any language resolved to one source, the chain a figure travelled
// (register -> data project -> outlet -> relay), and which reports are independent of each other.
import { LOW_RELIABILITY_OUTLETS, SOURCES, type SourceEntry } from './source-aliases';
import type { AnalysisClaim } from './types';

const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokens(s: string): string[] {
  return s.normalize('NFC').toLocaleLowerCase('und').match(TOKEN) ?? [];
}

/** Same word up to inflection: "офісу" ~ "офіс", "generalnej" ~ "generalna", "mediazony" ~ "mediazona". */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  if (min < 4) return false;
  let p = 0;
  while (p < min && a[p] === b[p]) p++;
  return p >= Math.max(4, min - 1) && p >= Math.max(a.length, b.length) - 3;
}

interface CompiledAlias {
  entry: SourceEntry;
  words: string[];
}

const COMPILED: CompiledAlias[] = SOURCES.flatMap((entry) =>
  [entry.name, ...entry.aliases].map((a) => ({ entry, words: tokens(a) })),
)
  .filter((a) => a.words.length > 0)
  .sort((x, y) => y.words.length - x.words.length);

export const SOURCE_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

export interface SourceMention {
  source: SourceEntry;
  /** Token position of the first word, to keep the order of the text. */
  at: number;
}

/** Every registry source named in a string, longest alias first, each once. */
export function findSources(text: string): SourceMention[] {
  const words = tokens(text);
  const used = new Uint8Array(words.length);
  const found = new Map<string, SourceMention>();
  for (const alias of COMPILED) {
    const k = alias.words.length;
    for (let i = 0; i + k <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < k && ok; j++) ok = !used[i + j] && sameWord(words[i + j], alias.words[j]);
      if (!ok) continue;
      for (let j = 0; j < k; j++) used[i + j] = 1;
      if (!found.has(alias.entry.id)) found.set(alias.entry.id, { source: alias.entry, at: i });
    }
  }
  return [...found.values()];
}

/** The registry id of a name ("Офісу Генпрокурора" -> "ua-pgo"), or null when it is not in the registry. */
export function resolveSource(name: string | null | undefined): string | null {
  if (!name) return null;
  const found = findSources(name);
  if (found.length === 0) return null;
  return orderChain(found)[0].source.id;
}

function orderChain(found: SourceMention[]): SourceMention[] {
  return [...found].sort((a, b) => a.source.tier - b.source.tier || a.at - b.at);
}

/** An outlet's name without "www." or a trailing "(Ukrainska Pravda)" gloss. */
export function normalisePublisher(p: string | null | undefined): string | null {
  if (!p) return null;
  let s = PUBLISHER_CACHE.get(p);
  if (s === undefined) {
    s = p.replace(/\s*\(.*\)\s*$/u, '').trim().toLocaleLowerCase('und').replace(/^www\./u, '');
    if (PUBLISHER_CACHE.size > 100_000) PUBLISHER_CACHE.clear();
    PUBLISHER_CACHE.set(p, s);
  }
  return s || null;
}

const PUBLISHER_CACHE = new Map<string, string>();

export interface ChainLink {
  id: string;
  name: string;
  tier: number;
}

/**
 * The chain a figure travelled, origin first: "Prosecutor General's Office (reply to Ukrainska Pravda)"
 * printed by tsn.ua is ua-pgo -> ua-up -> tsn.ua. Names not in the registry are kept as they are.
 */
export function citationChain(claim: Pick<AnalysisClaim, 'source' | 'publisher'>): ChainLink[] {
  // Two-level memo (source, then publisher): no key string is built per call.
  const source = claim.source ?? '';
  let byPublisher = CHAIN_CACHE.get(source);
  if (!byPublisher) {
    if (CHAIN_CACHE.size > 10_000) CHAIN_CACHE.clear();
    CHAIN_CACHE.set(source, (byPublisher = new Map()));
  }
  const publisher = claim.publisher ?? '';
  let links = byPublisher.get(publisher);
  if (!links) {
    links = buildChain(claim);
    if (byPublisher.size > 100_000) byPublisher.clear();
    byPublisher.set(publisher, links);
  }
  return links;
}

const CHAIN_CACHE = new Map<string, Map<string, ChainLink[]>>();

function buildChain(claim: Pick<AnalysisClaim, 'source' | 'publisher'>): ChainLink[] {
  const links: ChainLink[] = orderChain(findSources(claim.source ?? '')).map((m) => ({
    id: m.source.id,
    name: m.source.name,
    tier: m.source.tier,
  }));
  if (links.length === 0 && claim.source) links.push({ id: `name:${tokens(claim.source).join(' ')}`, name: claim.source, tier: 1 });
  const pub = normalisePublisher(claim.publisher);
  if (pub) {
    const asSource = resolveSource(pub);
    if (!links.some((l) => l.id === asSource || l.id === `outlet:${pub}`)) {
      links.push(asSource ? { id: asSource, name: SOURCE_BY_ID.get(asSource)!.name, tier: 2 } : { id: `outlet:${pub}`, name: pub, tier: 2 });
    }
  }
  return links;
}

/**
 * Which report a claim is a copy of. Echoes of one original count once: a known echo_of link, else the
 * origin and the first outlet that carried it ("ua-pgo>ua-up": every relay of UP's request counts once),
 * else the named origin alone (every page quoting "the Financial Times" echoes the one FT report), else
 * the outlet itself for unattributed figures (one publisher repeating itself counts once).
 */
/** The named-origin part of independenceKey for each (memoised) chain: null when the chain names no origin. */
const NAMED_KEY = new WeakMap<ChainLink[], string | null>();

export function independenceKey(claim: AnalysisClaim): string {
  if (claim.echoOf) return `echo:${claim.echoOf}`;
  const chain = citationChain(claim);
  let named = NAMED_KEY.get(chain);
  if (named === undefined) {
    const links = chain.filter((l) => !l.id.startsWith('outlet:'));
    named = links.length >= 2 ? `${links[0].id}>${links[1].id}` : links.length === 1 ? links[0].id : null;
    NAMED_KEY.set(chain, named);
  }
  if (named !== null) return named;
  const pub = normalisePublisher(claim.publisher);
  return pub ? `outlet:${pub}` : `doc:${claim.document ?? claim.id}`;
}

/** The source a claim is credited to in track records: the origin of its chain. */
export function creditedSource(claim: AnalysisClaim): string {
  const chain = citationChain(claim);
  return chain[0]?.id ?? `outlet:${normalisePublisher(claim.publisher) ?? 'unknown'}`;
}

export function sourceName(id: string): string {
  return SOURCE_BY_ID.get(id)?.name ?? id.replace(/^(outlet|name):/u, '');
}

/**
 * Within one group of claims giving the same figure, a page that credits the origin directly
 * ("ua-pgo") is taken as an echo of a report that names how it got the figure from that
 * origin ("ua-pgo>ua-slovo-i-dilo"), when there is one: outlets often drop the intermediary.
 */
export function collapseEchoes(keys: readonly string[]): string[] {
  const routes = new Map<string, string>();
  for (const k of [...keys].sort()) {
    const gt = k.indexOf('>');
    if (gt > 0 && !k.startsWith('echo:')) {
      const origin = k.slice(0, gt);
      if (!routes.has(origin)) routes.set(origin, k);
    }
  }
  return keys.map((k) => (k.includes('>') || k.includes(':') ? k : (routes.get(k) ?? k)));
}

/** True for an outlet on the low-reliability list (a content farm or propaganda aggregator). */
export function lowReliability(publisher: string | null | undefined): boolean {
  const p = normalisePublisher(publisher);
  if (!p) return false;
  return LOW_RELIABILITY_OUTLETS.some((d) => p === d || p.endsWith(`.${d}`));
}
