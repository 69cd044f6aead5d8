// absentia's command line: one file per command under ./commands, registered in ./commands/index.ts.
import { Command, CommanderError } from 'commander';
import { AbsentiaError, exitCodeFor } from '../util/errors';
import { registerAll } from './commands/index';

export function buildProgram(): Command {
  const program = new Command('absentia')
    .description('Extract, store, check and serve figures on military desertion and unauthorized absence.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerAll(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
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
