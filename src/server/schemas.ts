// Shared JSON-schema pieces for routes.
import { ERROR_CATALOGUE } from './errors';

/** Response entries for the given error statuses, each the one error shape. */
export function errorResponses(...statuses: number[]): Record<number, { $ref: string; description: string }> {
  const out: Record<number, { $ref: string; description: string }> = {};
  for (const s of statuses) {
    const codes = Object.entries(ERROR_CATALOGUE).filter(([, v]) => v.statuses.includes(s)).map(([k]) => k);
    out[s] = { $ref: 'Error#', description: `error: ${codes.join(' or ')}` };
  }
  return out;
}

export const limitParam = { type: 'integer', minimum: 1, maximum: 500, default: 50 } as const;
export const formatParam = { type: 'string', enum: ['json', 'csv'], default: 'json' } as const;
export const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
