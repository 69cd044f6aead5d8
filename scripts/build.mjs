// Bundles the CLI (and every other entry point) with esbuild; dependencies stay external.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const entries = { cli: 'src/cli/main.ts' };
// Worker-thread and child-process entry points live in files named *.entry.ts anywhere under src/.
for (const file of walk('src')) {
  if (file.endsWith('.entry.ts')) entries[file.slice(4, -'.entry.ts'.length).replaceAll('/', '-')] = file;
}

// A hash of the extractor's code and data: machine claims made by another hash get re-extracted.
const extractorHash = createHash('sha256');
for (const file of [...walk('src/extract')].filter((f) => !/\.test\.ts$|fixtures/.test(f)).sort()) {
  extractorHash.update(file).update(readFileSync(file));
}

// chunk names carry a content hash: without this every build would leave the previous one's chunks behind
rmSync('dist/chunks', { recursive: true, force: true });

await build({
  define: { __ABSENTIA_EXTRACTOR_HASH__: JSON.stringify(extractorHash.digest('hex').slice(0, 12)) },
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

// The web app has its own build (browser bundle); it is optional until src/web exists.
if (existsSync('src/web/build.mjs')) await import('../src/web/build.mjs');

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}
