// Every command registers itself here: one import and one line per command file.
import type { Command } from 'commander';

type Register = (program: Command) => void;

const registrations: Register[] = [];

export function registerAll(program: Command): void {
  for (const register of registrations) register(program);
}
