// Liveness: the trivial route the benchmark compares against.
import type { FastifyInstance } from 'fastify';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', {
    schema: {
      tags: ['meta'], summary: 'Liveness check.',
      response: { 200: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } } },
    },
  }, async () => ({ ok: true }));
}
