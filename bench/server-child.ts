// The server process for bench/server.bench.ts: the real app on a given database, analysis not warmed
// (the benchmark measures the claim listing and the health route, not the analysis of a million claims),
// with the listing's page cache of the given megabytes (0: none).
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app';
import { openStore } from '../src/store/index';

const store = await openStore(process.argv[2]);
const app = await buildApp({ store, warmAnalysis: false, webhookIntervalSeconds: 0, logger: false, pageCacheMb: Number(process.argv[3] ?? 0) });
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${(app.server.address() as AddressInfo).port}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await store.close();
  process.exit(0);
});
