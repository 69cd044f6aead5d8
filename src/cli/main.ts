// absentia's command line: one file per command under ./commands, registered in ./commands/index.ts.
import { CommanderError } from 'commander';
import { AbsentiaError, exitCodeFor } from '../util/errors';
import { buildProgram } from './program';

async function main(argv: string[]): Promise<void> {
  try {
    const program = await buildProgram(argv.slice(2));
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
