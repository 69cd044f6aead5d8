// absentia's command line: one file per command under ./commands, registered in ./commands/index.ts.
import { Command, CommanderError } from 'commander';
import { AbsentiaError, exitCodeFor } from '../util/errors';
import { registerAll } from './commands/index';

export async function buildProgram(args: string[] = []): Promise<Command> {
  const program = new Command('absentia')
    .description('Extract, store, check and serve figures on military desertion and unauthorized absence.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  await registerAll(program, args);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = await buildProgram(argv.slice(2));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has already printed its message; help and version exit 0.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof AbsentiaError) {
      console.error(`absentia: ${err.line}`);
    } else {
      console.error(`absentia: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    process.exitCode = exitCodeFor(err);
  }
}

await main(process.argv);
