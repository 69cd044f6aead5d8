// Test helper: every span of an extracted claim or mention must slice out exactly the text it claims.
import assert from 'node:assert/strict';
import type { ExtractedClaim } from '../../claim/claim';

/** Asserts text.slice(start, end) === expected for a span. */
export function assertSpan(text: string, span: { start: number; end: number }, expected: string): void {
  assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end, `span ${span.start}..${span.end} outside text of ${text.length}`);
  assert.equal(text.slice(span.start, span.end), expected);
}

/** Every claim's number span and sentence span lie inside the text, the number inside its sentence. */
export function assertClaimSpans(text: string, claims: ExtractedClaim[]): void {
  for (const c of claims) {
    assert.ok(c.span.start >= 0 && c.span.end <= text.length && c.span.start < c.span.end, `claim span out of text: ${JSON.stringify(c.span)}`);
    assert.ok(c.sentence.start <= c.span.start && c.span.end <= c.sentence.end, `number span outside its sentence: ${JSON.stringify(c)}`);
    assert.equal(c.quote, text.slice(c.sentence.start, c.sentence.end));
  }
}
