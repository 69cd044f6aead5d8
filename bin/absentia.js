#!/usr/bin/env -S node --no-regexp-tier-up
// The flag: src/extract/regexp-engine.ts.
import { existsSync } from 'node:fs';
const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('absentia: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
await import(entry.href);
