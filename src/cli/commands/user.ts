// `absentia user add|list|password`: local accounts for the review workflow (the first admin is made here).
import type { Command } from 'commander';
import { addUser, isRole, listUsers, ROLES, setPassword } from '../../store/accounts';
import { openStore } from '../../store/index';
import { usageError } from '../../util/errors';

async function readPassword(): Promise<string> {
  const env = process.env.ABSENTIA_PASSWORD;
  if (env) return env;
  if (process.stdin.isTTY) throw usageError('set ABSENTIA_PASSWORD or pipe the password on stdin', 'password');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/u, '');
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('manage local accounts (viewer, editor, admin)');
  user
    .command('add <username>')
    .description('create an account; the password comes from ABSENTIA_PASSWORD or stdin (never a flag: it would show in ps)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--db <url>', 'the store; default ABSENTIA_DB or ./absentia.db')
    .action(async (username: string, opts) => {
      if (!isRole(opts.role)) throw usageError(`must be one of ${ROLES.join(', ')}`, `--role ${opts.role}`);
      const password = await readPassword();
      const store = await openStore(opts.db);
      try {
        const u = await addUser(store.db as any, username, password, opts.role);
        console.log(`created ${u.username} (${u.role})`);
      } finally {
        await store.close();
      }
    });
  user
    .command('list')
    .description('list accounts')
    .option('--db <url>', 'the store; default ABSENTIA_DB or ./absentia.db')
    .action(async (opts) => {
      const store = await openStore(opts.db);
      try {
        for (const u of await listUsers(store.db as any)) console.log(`${u.username}\t${u.role}${u.disabled ? '\tdisabled' : ''}\t${u.created_at}`);
      } finally {
        await store.close();
      }
    });
  user
    .command('password <username>')
    .description('set a new password (ABSENTIA_PASSWORD or stdin) and end that user\'s sessions')
    .option('--db <url>', 'the store; default ABSENTIA_DB or ./absentia.db')
    .action(async (username: string, opts) => {
      const password = await readPassword();
      const store = await openStore(opts.db);
      try {
        await setPassword(store.db as any, username, password);
        console.log(`password changed for ${username}; their sessions ended`);
      } finally {
        await store.close();
      }
    });
}
