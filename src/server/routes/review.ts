// The review workflow: an editor accepts, rejects or corrects a claim (If-Match against its ETag; 412 when
// stale), or adds a claim the machine missed; every change is audited by the store in the same transaction.
// A correction marks the old claim "corrected" and superseded by a new human claim that carries the fix.
import type { FastifyInstance } from 'fastify';
import { claimRecordSchema, type ClaimRecord } from '../../claim/index';
import { AbsentiaError } from '../../util/errors';
import { getClaim, insertClaims, toClaimRecord, updateClaim, type ClaimRow, type StorableClaim } from '../../store/index';
import { requireRole } from '../auth/plugin';
import { claimEtag, toApiClaim } from '../claims-view';
import type { ServerContext } from '../context';
import { httpError } from '../errors';
import { checkIfMatch } from '../http/etag';
import { errorResponses } from '../schemas';
import { idParams, mustGetClaim } from './claims';

const recordProps = {
  force: { type: 'string', pattern: '^[A-Z]{2}$' },
  event: { type: 'string', maxLength: 40 },
  counted: { type: 'string', maxLength: 40 },
  statistic: { type: 'string', maxLength: 40 },
  value: {
    type: 'object', additionalProperties: false,
    properties: { exact: { type: 'number' }, low: { type: 'number' }, high: { type: 'number' } },
  },
  qualifier: { type: 'string', maxLength: 20 },
  period: {
    type: ['object', 'null'], additionalProperties: false,
    properties: { start: { type: ['string', 'null'], maxLength: 10 }, end: { type: ['string', 'null'], maxLength: 10 } },
  },
  per: { type: ['string', 'null'], maxLength: 10 },
  kind: { type: 'string', maxLength: 20 },
  scope: { type: ['string', 'null'], maxLength: 300 },
  source: { type: ['string', 'null'], maxLength: 300 },
  quote: { type: 'string', maxLength: 5000 },
} as const;

const reviewBody = {
  type: 'object', additionalProperties: false, required: ['action'],
  properties: {
    action: { type: 'string', enum: ['accept', 'reject', 'correct'] },
    reason: { type: 'string', maxLength: 1000 },
    changes: { type: 'object', additionalProperties: false, properties: recordProps, description: 'the fields to change (correct only)' },
  },
} as const;

const newClaimBody = {
  type: 'object', additionalProperties: false, required: ['claim'],
  properties: {
    claim: { type: 'object', additionalProperties: false, required: ['force', 'event', 'counted', 'statistic', 'value', 'qualifier', 'kind', 'quote'], properties: recordProps },
    document_id: { type: 'integer', minimum: 1 },
    source_url: { type: 'string', maxLength: 2000, pattern: '^https?://' },
    publisher: { type: 'string', maxLength: 300 },
    published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    reason: { type: 'string', maxLength: 1000 },
  },
} as const;

const claimResult = { type: 'object', properties: { claim: { $ref: 'Claim#' }, replaced: { type: ['integer', 'null'] } } } as const;

/** A full record checked against the claim schema; one clear error naming the field otherwise. */
function validRecord(r: unknown): ClaimRecord {
  const parsed = claimRecordSchema.safeParse(r);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw httpError(422, 'invalid_input', issue.message, `claim.${issue.path.join('.') || '(record)'}`);
  }
  return parsed.data as ClaimRecord;
}

export async function reviewRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { store } = ctx;

  app.post('/claims/:id/review', {
    preHandler: requireRole('editor'),
    schema: {
      tags: ['review'],
      summary: 'Accept, reject or correct a claim. Send If-Match with the ETag of GET /claims/{id}; 412 when someone changed it meanwhile.',
      params: idParams,
      headers: { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 200 } } },
      body: reviewBody,
      response: { 200: claimResult, ...errorResponses(400, 401, 403, 404, 412, 422, 428) },
    },
  }, async (req, reply) => {
    const id = (req.params as { id: number }).id;
    const body = req.body as { action: 'accept' | 'reject' | 'correct'; reason?: string; changes?: Partial<ClaimRecord> };
    const row = await mustGetClaim(ctx, id);
    checkIfMatch(req.headers['if-match'], claimEtag(row), `claim ${id}`);
    if (row.superseded) throw httpError(409, 'conflict', 'this claim was replaced; review its replacement', `claim ${id}`);
    const actor = req.user!.username;
    const reason = body.reason ?? null;
    const stale = (err: unknown) => {
      if (err instanceof AbsentiaError && err.code === 'conflict') throw httpError(412, 'conflict', 'the record changed since you read it; reload and try again', `claim ${id}`);
      throw err;
    };
    let result: { claim: ClaimRow; replaced: number | null };
    if (body.action !== 'correct') {
      if (body.changes) throw httpError(400, 'usage', 'changes are only for action "correct"', 'changes');
      const status = body.action === 'accept' ? 'accepted' : 'rejected';
      const claim = await updateClaim(store, id, { status }, { actor, action: `claim.${body.action}`, reason, expectedUpdatedAt: row.updated_at }).catch(stale);
      result = { claim, replaced: null };
    } else {
      if (!body.changes || Object.keys(body.changes).length === 0) throw httpError(400, 'usage', 'a correction needs the changed fields', 'changes');
      const fixed = validRecord({ ...toClaimRecord(row), ...body.changes });
      const claim: StorableClaim = {
        ...fixed,
        span: row.span_start !== null ? { start: row.span_start, end: row.span_end! } : undefined,
        sentence: row.sentence_start !== null ? { start: row.sentence_start, end: row.sentence_end! } : undefined,
      };
      const newId = await store.write(async () => {
        const { ids } = await insertClaims(store, [{
          claim,
          context: {
            documentId: row.document_id, versionId: row.version_id, origin: 'human', status: 'accepted',
            published: row.published, sourceUrl: row.source_url, publisher: row.publisher, language: row.language,
          },
        }], { actor, action: 'claim.create', reason: reason ?? `correction of claim ${id}` });
        await updateClaim(store, id, { status: 'corrected', superseded: 1, superseded_by: ids[0] }, { actor, action: 'claim.correct', reason, expectedUpdatedAt: row.updated_at });
        return ids[0];
      }).catch(stale);
      // Read after the transaction: on SQLite the store's one connection is busy inside it.
      result = { claim: (await getClaim(store, newId))!, replaced: id };
    }
    ctx.analysis.invalidate();
    reply.header('etag', claimEtag(result.claim));
    return { claim: toApiClaim(result.claim), replaced: result.replaced };
  });

  app.post('/claims', {
    preHandler: requireRole('editor'),
    schema: {
      tags: ['review'],
      summary: 'Add a claim the machine missed (origin human, accepted).',
      body: newClaimBody,
      response: { 201: claimResult, ...errorResponses(400, 401, 403, 404, 422) },
    },
  }, async (req, reply) => {
    const b = req.body as { claim: unknown; document_id?: number; source_url?: string; publisher?: string; published?: string; reason?: string };
    const rec = validRecord({ period: null, per: null, scope: null, source: null, ...(b.claim as object) });
    let doc: { id: number; current_version_id: number | null; canonical_url: string | null; outlet: string | null; published: string | null; language: string | null } | undefined;
    if (b.document_id !== undefined) {
      doc = await store.db.selectFrom('documents').select(['id', 'current_version_id', 'canonical_url', 'outlet', 'published', 'language']).where('id', '=', b.document_id).executeTakeFirst();
      if (!doc) throw httpError(404, 'not_found', 'no such document', `document_id ${b.document_id}`);
    }
    const { ids } = await insertClaims(store, [{
      claim: rec,
      context: {
        documentId: doc?.id ?? null, versionId: doc?.current_version_id ?? null, origin: 'human', status: 'accepted',
        published: b.published ?? doc?.published ?? null, sourceUrl: b.source_url ?? doc?.canonical_url ?? null,
        publisher: b.publisher ?? doc?.outlet ?? null, language: doc?.language ?? null,
      },
    }], { actor: req.user!.username, action: 'claim.create', reason: b.reason ?? null });
    ctx.analysis.invalidate();
    const row = (await getClaim(store, ids[0]))!;
    reply.header('etag', claimEtag(row));
    return reply.code(201).send({ claim: toApiClaim(row), replaced: null });
  });
}
