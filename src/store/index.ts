// The store's public API. Import from here ('../store'), not from the files behind it.
export { DEFAULT_SQLITE_PATH, openStore, resolveStoreTarget, redactUrl, type OpenOptions, type Store, type StoreTarget } from './db';
export { capabilitiesOf, type Capabilities } from './capabilities';
export { migrate, pendingMigrations, type MigrationReport } from './migrate';
export * from './schema';
export {
  contentHashOf,
  findDocumentByKey,
  getDocument,
  getVersion,
  listDocuments,
  listVersions,
  peekDocumentVersion,
  setEchoOf,
  upsertDocumentVersion,
  upsertDocumentVersionTx,
  type DocumentInput,
  type DocumentListFilter,
  type DocumentSummary,
  type UpsertResult,
  type UpsertStatus,
} from './documents';
export {
  getClaim,
  insertClaims,
  replaceMachineClaims,
  replaceMachineClaimsTx,
  updateClaim,
  type InsertClaimsResult,
  type ReplaceResult,
} from './claims';
export { claimIdentity, claimToRow, foldKey, toClaimRecord, toExtractedClaim, type ClaimContext, type StorableClaim } from './claim-rows';
export {
  applyClaimFilter,
  CLAIM_SORTS,
  countClaims,
  DEFAULT_STATUSES,
  listClaims,
  listClaimTuples,
  MAX_PAGE,
  type ClaimFilter,
  type ClaimPage,
  type ClaimSort,
  type ListOptions,
} from './list-claims';
export { quoteMatches, searchWords } from './search';
export { auditTrail, recordAudit, type AuditEntry } from './audit';
export { archiveVersion, readArchive, type ArchivedBytes } from './archives';
export { saveDocument, type Extraction, type SaveResult } from './save-document';
export { copyStore, tableDigest, type CopyReport, type TableReport } from './copy';
export { dataTables, type TableInfo } from './catalog';
