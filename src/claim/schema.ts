// Runtime validation of claim records (imports, API bodies) with zod; mirrors claim.ts.
import { z } from 'zod';
import { COUNTED, KINDS, QUALIFIERS, RATE_UNITS, STATISTICS } from './taxonomy';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const claimValueSchema = z.union([
  z.object({ exact: z.number().finite() }).strict(),
  z
    .object({ low: z.number().finite(), high: z.number().finite() })
    .strict()
    .refine((v) => v.low <= v.high, 'range low must not exceed high'),
]);

export const periodSchema = z
  .object({ start: isoDate.nullable(), end: isoDate.nullable() })
  .strict()
  .refine((p) => !p.start || !p.end || p.start <= p.end, 'period start must not be after its end');

export const claimRecordSchema = z.object({
  force: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
  event: z.string().regex(/^[a-z_]{2,40}$/),
  counted: z.enum(COUNTED),
  statistic: z.enum(STATISTICS),
  value: claimValueSchema,
  qualifier: z.enum(QUALIFIERS),
  period: periodSchema.nullable(),
  per: z.enum(RATE_UNITS).nullable(),
  kind: z.enum(KINDS),
  scope: z.string().min(1).max(300).nullable(),
  source: z.string().min(1).max(300).nullable(),
  quote: z.string().max(5000),
});

export type ClaimRecordInput = z.infer<typeof claimRecordSchema>;
