// Every command registers itself here: one import and one line per command file.
import type { Command } from 'commander';
import { registerWorker } from './worker';
import { registerClaims } from './claims';
import { registerDocuments } from './documents';
import { registerMigrate } from './migrate';
import { registerDb } from './db';
import { registerIngest } from './ingest';
import { registerServe } from './serve';
import { registerUser } from './user';
import { registerSeries } from './series';
import { registerCheck } from './check';
import { registerContradictions } from './contradictions';
import { registerExport } from './export';
import { registerImportTable } from './import-table';
import { registerWatch } from './watch';
import { registerExtract } from './extract';

type Register = (program: Command) => void;

const registrations: Register[] = [
  registerWorker,
  registerClaims,
  registerDocuments,
  registerMigrate,
  registerDb,
  registerIngest,
  registerServe,
  registerUser,
  registerSeries,
  registerCheck,
  registerContradictions,
  registerExport,
  registerImportTable,
  registerWatch,
  registerExtract,
];

export function registerAll(program: Command): void {
  for (const register of registrations) register(program);
}
