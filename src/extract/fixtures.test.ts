// One runner for the fixtures of every language: src/extract/lang/<iso>/fixtures.json (format in README.md).
// Each case's expected claims must each be matched (partially, on the fields given) by a distinct extracted
// claim; with "complete" (the default) nothing else may be extracted. Every "nothing" string must yield no
// claim. A failure prints the pipeline's trace for that case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from './index';
import { packFor } from './lang/registry';
import type { ExtractedClaim } from '../claim/claim';

interface FixtureCase {
  name: string;
  text: string;
  published: string;
  expect: Array<Partial<Record<keyof ExtractedClaim, unknown>>>;
  complete?: boolean;
}
interface FixtureFile {
  cases: FixtureCase[];
  nothing: string[];
  /** published date for the "nothing" strings */
  published?: string;
}

const langDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lang');

export function matches(claim: ExtractedClaim, want: Partial<Record<keyof ExtractedClaim, unknown>>): boolean {
  return Object.entries(want).every(([k, v]) => {
    const got = (claim as unknown as Record<string, unknown>)[k];
    if (k === 'source' || k === 'scope') {
      if (v === null || got === null) return v === got;
      return String(got).toLowerCase().includes(String(v).toLowerCase()) || String(v).toLowerCase().includes(String(got).toLowerCase());
    }
    return JSON.stringify(got) === JSON.stringify(v);
  });
}

const show = (c: ExtractedClaim) => {
  const { quote, sentence, rules, confidence, language, periodBasis, ...rest } = c;
  void quote; void sentence; void confidence; void language; void periodBasis;
  return `${JSON.stringify(rest)} rules=${rules.join(',')}`;
};

for (const iso of readdirSync(langDir).sort()) {
  const file = path.join(langDir, iso, 'fixtures.json');
  if (!existsSync(file)) continue;
  const fx = JSON.parse(readFileSync(file, 'utf8')) as FixtureFile;
  test(`${iso}: a language pack is registered`, () => assert.ok(packFor(iso), `no pack registered for ${iso} in src/extract/lang/registry.ts`));
  for (const cs of fx.cases) {
    test(`${iso}: ${cs.name}`, () => {
      const trace: string[] = [];
      const claims = extract(cs.text, { published: cs.published, language: iso, trace }).claims;
      const used = new Set<number>();
      const problems: string[] = [];
      for (const want of cs.expect) {
        const j = claims.findIndex((c, k) => !used.has(k) && matches(c, want));
        if (j < 0) problems.push(`missing ${JSON.stringify(want)}`);
        else used.add(j);
      }
      if (cs.complete !== false) claims.forEach((c, k) => !used.has(k) && problems.push(`unexpected ${show(c)}`));
      for (const c of claims) assert.equal(cs.text.slice(c.span.start, c.span.end).length, c.span.end - c.span.start);
      if (problems.length) {
        assert.fail(`${problems.join('\n')}\n--- extracted:\n${claims.map(show).join('\n')}\n--- trace:\n${trace.join('\n')}`);
      }
    });
  }
  test(`${iso}: strings that must yield nothing`, () => {
    const bad: string[] = [];
    for (const text of fx.nothing) {
      const trace: string[] = [];
      const claims = extract(text, { published: fx.published ?? '2025-11-03', language: iso, trace }).claims;
      if (claims.length) bad.push(`"${text}" gave ${claims.map(show).join('; ')}\n  trace: ${trace.join(' | ')}`);
    }
    assert.deepEqual(bad, []);
  });
}
