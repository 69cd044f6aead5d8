// Every API route group, registered under /api.
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context';
import { alertRoutes } from './alerts';
import { analysisRoutes } from './analysis';
import { authRoutes } from './auth';
import { claimRoutes } from './claims';
import { documentRoutes } from './documents';
import { healthRoutes } from './health';
import { queueRoutes } from './queue';
import { reviewRoutes } from './review';

export async function apiRoutes(api: FastifyInstance, ctx: ServerContext): Promise<void> {
  await healthRoutes(api);
  await authRoutes(api, ctx);
  await claimRoutes(api, ctx);
  await reviewRoutes(api, ctx);
  await queueRoutes(api, ctx);
  await documentRoutes(api, ctx);
  await analysisRoutes(api, ctx);
  await alertRoutes(api, ctx);
}
