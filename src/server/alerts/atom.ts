// The alerts as an Atom 1.0 feed (RFC 4287). All text is XML-escaped; links point at the dashboard's permalinks.
import type { Alert } from './collect';

const xml = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '').replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function atomFeed(alerts: Alert[], base: string, selfUrl: string): string {
  const updated = alerts[0]?.at ?? new Date(0).toISOString();
  const entries = alerts.map((a) => {
    const link = a.claims.length === 1 ? `${base}/claims/${a.claims[0]}` : `${base}/contradictions?force=${a.force}&event=${a.event}`;
    return [
      '<entry>',
      `<id>tag:absentia,2026:${xml(a.id)}</id>`,
      `<title>${xml(a.title)}</title>`,
      `<updated>${xml(a.at)}</updated>`,
      `<link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `<category term="${xml(a.kind)}"/>`,
      `<category term="force:${xml(a.force)}"/>`,
      `<category term="event:${xml(a.event)}"/>`,
      `<summary type="text">${xml(a.summary)}</summary>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '<id>tag:absentia,2026:alerts</id>',
    '<title>absentia alerts: new records, contradictions and claims that fail verification</title>',
    `<updated>${xml(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xml(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(base)}/"/>`,
    '<author><name>absentia</name></author>',
    ...entries,
    '</feed>',
  ].join('\n');
}
