// Every API route group, registered under /api.
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context';
import { authRoutes } from './auth';
import { claimRoutes } from './claims';
import { healthRoutes } from './health';

export async function apiRoutes(api: FastifyInstance, ctx: ServerContext): Promise<void> {
  await healthRoutes(api);
  await authRoutes(api, ctx);
  await claimRoutes(api, ctx);
}
