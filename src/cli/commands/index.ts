// Every command registers itself here: one line per command file, in the order `--help` lists them.
// Command modules load lazily, so `absentia extract` does not pay for the HTTP server or the job queue:
// only the module of the command being run is imported (all of them for --help or an unknown name).
import type { Command } from 'commander';

type Register = (program: Command) => void;
type Loader = () => Promise<Register>;

const commands: Array<[names: string[], load: Loader]> = [
  [['extract'], () => import('./extract').then((m) => m.registerExtract)],
  [['ingest'], () => import('./ingest').then((m) => m.registerIngest)],
  [['claims'], () => import('./claims').then((m) => m.registerClaims)],
  [['documents'], () => import('./documents').then((m) => m.registerDocuments)],
  [['check'], () => import('./check').then((m) => m.registerCheck)],
  [['series'], () => import('./series').then((m) => m.registerSeries)],
  [['contradictions'], () => import('./contradictions').then((m) => m.registerContradictions)],
  [['export'], () => import('./export').then((m) => m.registerExport)],
  [['import-table'], () => import('./import-table').then((m) => m.registerImportTable)],
  [['watch'], () => import('./watch').then((m) => m.registerWatch)],
  [['serve'], () => import('./serve').then((m) => m.registerServe)],
  [['user'], () => import('./user').then((m) => m.registerUser)],
  [['worker', 'enqueue'], () => import('./worker').then((m) => m.registerWorker)],
  [['migrate'], () => import('./migrate').then((m) => m.registerMigrate)],
  [['db'], () => import('./db').then((m) => m.registerDb)],
];

/** Registers the command named in args (the words after `absentia`), or every command when none matches. */
export async function registerAll(program: Command, args: string[] = []): Promise<void> {
  const name = args.find((a) => !a.startsWith('-'));
  const only = commands.find(([names]) => name !== undefined && names.includes(name));
  const versionOnly = name === undefined && args.some((a) => a === '-V' || a === '--version');
  const wanted = versionOnly ? [] : only && name !== 'help' ? [only] : commands;
  const registers = await Promise.all(wanted.map(([, load]) => load()));
  for (const register of registers) register(program);
}

export const COMMAND_NAMES = commands.flatMap(([names]) => names);
