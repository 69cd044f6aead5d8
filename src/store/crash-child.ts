// Child process for crash.test.ts and concurrency.test.ts: stores documents with their claims, one
// transaction each, and acknowledges each on stdout only after it committed. Runs until killed, or
// until it has stored `count` documents when a count is given.
import { saveDocument } from './index';
import { openStore } from './db';
import { testClaim } from './test-claims';

const [url, prefix, claimsPer, count] = process.argv.slice(2);
const limit = count ? Number(count) : Infinity;
const store = await openStore(url);
const perDoc = Number(claimsPer);
for (let i = 0; i < limit; i++) {
  const path = `/crash/${prefix}/${i}.txt`;
  const claims = Array.from({ length: perDoc }, (_, k) => testClaim({ span: { start: k, end: k + 1 }, value: { exact: i * 1000 + k } }));
  const saved = await saveDocument(store, { path, text: `Document ${prefix}-${i}, ${'words '.repeat(50)}` }, { extractorVersion: 'crash-1', extract: () => claims });
  process.stdout.write(`ack ${saved.versionId} ${saved.claimsAdded}\n`);
}
await store.close();
