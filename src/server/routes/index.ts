// Every API route group, registered under /api.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { authRoutes } from './auth';
import { healthRoutes } from './health';

export async function apiRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  await healthRoutes(api);
  await authRoutes(api, deps);
}
