// Writes docs/cli.md from the commands' own --help (run: npx tsx scripts/cli-docs.ts). A test keeps them equal.
import { writeFileSync } from 'node:fs';
import { buildProgram, helpReference } from '../src/cli/program';

export async function cliReference(): Promise<string> {
  const body = helpReference(await buildProgram());
  return `# absentia command reference\n\nGenerated from \`--help\` by \`npx tsx scripts/cli-docs.ts\`; do not edit by hand.\n\n${body}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('docs/cli.md', await cliReference());
  console.log('wrote docs/cli.md');
}
