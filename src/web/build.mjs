// Builds the dashboard into dist/web: one minified ES module bundle (ECharts included from node_modules),
// the stylesheet and the HTML shell. No CDN: everything the page loads comes from the server.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'dist', 'web');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: join(here, 'main.ts') },
  outdir: out,
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const f of ['index.html', 'styles.css', 'favicon.svg']) copyFileSync(join(here, f), join(out, f));
