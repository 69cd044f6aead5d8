// Every command registers itself here: one import and one line per command file.
import type { Command } from 'commander';
import { registerWorker } from './worker';
import { registerClaims } from './claims';
import { registerDocuments } from './documents';
import { registerMigrate } from './migrate';
import { registerServe } from './serve';
import { registerUser } from './user';

type Register = (program: Command) => void;

const registrations: Register[] = [
  registerWorker,
  registerClaims,
  registerDocuments,
  registerMigrate,
  registerServe,
  registerUser,
];

export function registerAll(program: Command): void {
  for (const register of registrations) register(program);
}
