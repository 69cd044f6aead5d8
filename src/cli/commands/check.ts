// `absentia check FILE|URL`: the claims of one document, each with a verdict and an explanation naming
// the figures used (only figures published before the document).
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { claimRecordSchema, type ClaimRecord } from '../../claim';
import { claimWithVerdict } from '../../analyze/export/tables';
import { withAnalysisClaims } from '../../analyze/load';
import type { AnalysisClaim } from '../../analyze/types';
import { verifyClaims } from '../../analyze/verify';
import { isIsoDate } from '../../util/dates';
import { inputError, usageError, AbsentiaError } from '../../util/errors';
import { extractForCheck } from '../../analyze/extract-bridge';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .argument('<input>', 'a text/HTML file, a URL, or a JSON file of FORMAT.md claims (as `extract --format json` prints)')
    .description('extract the claims of one document and give each a verdict with an explanation')
    .option('--published <date>', 'the date the document was published (YYYY-MM-DD); only figures published before it are used')
    .option('--language <code>', 'the language of the text (default: detected)')
    .option('--format <format>', 'table or json', 'table')
    .option('--db <path-or-url>', 'the database (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (input: string, opts) => {
      const format = String(opts.format);
      if (!['table', 'json'].includes(format)) throw usageError('unknown format (use table or json)', `--format ${format}`);
      if (opts.published && !isIsoDate(opts.published)) throw usageError('expected a date YYYY-MM-DD', `--published ${opts.published}`);
      const doc = await readInput(input, opts.published ?? null, opts.language ?? null);
      const published = opts.published ?? doc.published;
      const targets: AnalysisClaim[] = doc.claims.map((c, i) => ({
        ...c,
        id: `${input}#${i + 1}`,
        published,
        publisher: doc.publisher,
        url: doc.url,
        document: input,
        echoOf: null,
        origin: 'machine',
      }));
      await withAnalysisClaims(opts.db ?? null, {}, (data) => {
        const verdicts = verifyClaims(targets, data);
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(targets.map((t, i) => claimWithVerdict(t, verdicts[i])), null, 2)}\n`);
          return;
        }
        if (targets.length === 0) console.error(`${input}: no claims found`);
        targets.forEach((t, i) => {
          const v = verdicts[i];
          process.stdout.write(`${i + 1}. ${v.verdict.toUpperCase()}  ${t.quote}\n   ${v.explanation}\n\n`);
        });
      });
    });
}

interface CheckedDocument {
  claims: ClaimRecord[];
  published: string | null;
  publisher: string | null;
  url: string | null;
}

async function readInput(input: string, published: string | null, language: string | null): Promise<CheckedDocument> {
  if (/^https?:\/\//iu.test(input)) return extractForCheck({ url: input, published, language });
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw inputError('no such file', input);
  }
  if (!stat.isFile()) throw inputError('not a file', input);
  if (input.toLowerCase().endsWith('.json')) return readClaimsJson(input, published);
  return extractForCheck({ path: input, published, language });
}

/** A JSON array of FORMAT.md claims, or a gold-style object { published, claims: [...] }. */
function readClaimsJson(path: string, published: string | null): CheckedDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw inputError(`not valid JSON: ${(err as Error).message}`, path, err);
  }
  const obj = parsed as { claims?: unknown; published?: unknown };
  const list = Array.isArray(parsed) ? parsed : Array.isArray(obj?.claims) ? obj.claims : null;
  if (!list) throw inputError('expected an array of claims or an object with "claims"', path);
  const claims = list.map((c, i) => {
    const r = claimRecordSchema.safeParse(c);
    if (!r.success) throw new AbsentiaError('invalid_input', `claim ${i + 1}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`, path);
    return r.data as ClaimRecord;
  });
  const pub = published ?? (typeof obj?.published === 'string' && isIsoDate(obj.published) ? obj.published : null);
  return { claims, published: pub, publisher: null, url: null };
}
