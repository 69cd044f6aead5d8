// The command tree, built without running it (main.ts runs it; the CLI reference is generated from it).
import { Command } from 'commander';
import { registerAll } from './commands/index';

export const VERSION = '0.1.0';

export async function buildProgram(args: string[] = []): Promise<Command> {
  const program = new Command('absentia')
    .description('Extract, store, check and serve figures on military desertion and unauthorized absence.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  await registerAll(program, args);
  return program;
}

/** Every command's --help text, parent first, at a fixed width: the body of docs/cli.md. */
export function helpReference(program: Command, width = 100): string {
  const out: string[] = [];
  const visit = (cmd: Command, path: string) => {
    cmd.configureHelp({ helpWidth: width });
    out.push(`## ${path}\n\n\`\`\`\n${cmd.helpInformation().trimEnd()}\n\`\`\`\n`);
    for (const sub of cmd.commands) if (sub.name() !== 'help') visit(sub, `${path} ${sub.name()}`);
  };
  visit(program, program.name());
  return out.join('\n');
}
