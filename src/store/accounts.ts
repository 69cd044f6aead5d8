// Users, sessions and API tokens (tables of migration 2026-11-25-06). Secrets are stored only as SHA-256 hashes;
// passwords as argon2id hashes.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { AbsentiaError } from '../util/errors';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface AccountTables {
  users: { id: string; username: string; password_hash: string; role: string; created_at: string; disabled: number };
  sessions: { token_hash: string; user_id: string; csrf_token: string; created_at: string; expires_at: string };
  api_tokens: {
    id: string; user_id: string; name: string; token_hash: string; created_at: string;
    last_used_at: string | null; revoked: number;
  };
}

export interface User {
  id: string;
  username: string;
  role: Role;
}

const USERNAME = /^[\p{L}\p{N}._-]{2,64}$/u;
export const SESSION_DAYS = 14;

export const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);
const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');
const now = () => new Date().toISOString();

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export async function addUser(db: Kysely<any>, username: string, password: string, role: Role): Promise<User> {
  if (!USERNAME.test(username)) throw new AbsentiaError('usage', 'must be 2-64 letters, digits, dots, dashes or underscores', 'username');
  if (password.length < 10) throw new AbsentiaError('usage', 'must be at least 10 characters', 'password');
  if (password.length > 1024) throw new AbsentiaError('usage', 'must be at most 1024 characters', 'password');
  if (!isRole(role)) throw new AbsentiaError('usage', `must be one of ${ROLES.join(', ')}`, 'role');
  const taken = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) throw new AbsentiaError('conflict', 'is already taken', `username ${username}`);
  const user = { id: randomUUID(), username, role };
  await db
    .insertInto('users')
    .values({ ...user, password_hash: await hash(password), created_at: now(), disabled: 0 })
    .execute();
  return user;
}

export async function listUsers(db: Kysely<any>): Promise<(User & { created_at: string; disabled: boolean })[]> {
  const rows = await db.selectFrom('users').select(['id', 'username', 'role', 'created_at', 'disabled']).orderBy('username').execute();
  return rows.map((r: any) => ({ ...r, disabled: Boolean(r.disabled) }));
}

/** The user for a username and password, or null. Takes the same time whether or not the user exists. */
export async function checkPassword(db: Kysely<any>, username: string, password: string): Promise<User | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'password_hash', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verify(row?.password_hash ?? DUMMY_HASH, password).catch(() => false);
  if (!row || !ok || row.disabled) return null;
  return { id: row.id, username: row.username, role: row.role };
}
// A real argon2 hash of a random string, so that unknown usernames cost a verification too.
const DUMMY_HASH = await hash(randomBytes(16).toString('hex'));

export async function createSession(db: Kysely<any>, userId: string): Promise<{ token: string; csrf: string; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86400_000);
  await db
    .insertInto('sessions')
    .values({ token_hash: sha256(token), user_id: userId, csrf_token: csrf, created_at: now(), expires_at: expires.toISOString() })
    .execute();
  return { token, csrf, expires };
}

export async function sessionUser(db: Kysely<any>, token: string): Promise<(User & { csrf: string }) | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id as id', 'users.username as username', 'users.role as role', 'users.disabled as disabled', 'sessions.csrf_token as csrf', 'sessions.expires_at as expires_at'])
    .where('sessions.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at < now()) return null;
  return { id: row.id, username: row.username, role: row.role, csrf: row.csrf };
}

export async function deleteSession(db: Kysely<any>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/** Ends every session of a user (password change, role change, disabling). */
export async function deleteSessionsOf(db: Kysely<any>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function setPassword(db: Kysely<any>, username: string, password: string): Promise<void> {
  if (password.length < 10) throw new AbsentiaError('usage', 'must be at least 10 characters', 'password');
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!row) throw new AbsentiaError('not_found', 'no such user', `username ${username}`);
  await db.updateTable('users').set({ password_hash: await hash(password) }).where('id', '=', row.id).execute();
  await deleteSessionsOf(db, row.id);
}

/** A new API token for scripts; the token itself is shown once and only its hash is kept. */
export async function createApiToken(db: Kysely<any>, userId: string, name: string): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = `abs_${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('api_tokens')
    .values({ id, user_id: userId, name, token_hash: sha256(token), created_at: now(), last_used_at: null, revoked: 0 })
    .execute();
  return { id, token };
}

export async function tokenUser(db: Kysely<any>, token: string): Promise<User | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['users.id as id', 'users.username as username', 'users.role as role', 'users.disabled as disabled', 'api_tokens.id as token_id'])
    .where('api_tokens.token_hash', '=', sha256(token))
    .where('api_tokens.revoked', '=', 0)
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  await db.updateTable('api_tokens').set({ last_used_at: now() }).where('id', '=', row.token_id).execute();
  return { id: row.id, username: row.username, role: row.role };
}

export async function listApiTokens(db: Kysely<any>, userId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export async function revokeApiToken(db: Kysely<any>, userId: string, id: string): Promise<boolean> {
  const r = await db.updateTable('api_tokens').set({ revoked: 1 }).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
