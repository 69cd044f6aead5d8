// Getting documents in: local files here; the web (URLs, feeds) under ./web; official tables under ./tables.
export {
  expandInputs,
  ingestFiles,
  ingestOneFile,
  type ExtractorOutput,
  type FileExtractor,
  type FileIngestOptions,
  type FileIngestSummary,
  type FileOutcome,
  type FileStatus,
} from './ingest-files';
