// Every migration, in order. A static list (bundlers and tests see exactly these); append one line per file.
// Names are date-prefixed and never change once committed.
import type { Kysely } from 'kysely';
import type { Capabilities } from '../capabilities';
import * as core from './2026_11_25_001_core';
import * as claimsListing from './2026_11_25_002_claims_listing';
import * as accounts from './2026_11_25_006_accounts_and_alerts';
import * as webIngest from './2026_11_25_004_web_ingest';
import * as valueIndexes from './2026_11_25_007_claims_value_indexes';
import * as searchListingOrder from './2026_11_25_008_claims_search_listing_order';
import * as listFilters from './2026_11_25_009_claims_list_filters';
import * as dateWindow from './2026_11_25_010_claims_date_window';

export interface StoreMigration {
  up(db: Kysely<any>, caps: Capabilities): Promise<void>;
}

export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: StoreMigration]> = [
  ['2026_11_25_001_core', core],
  ['2026_11_25_002_claims_listing', claimsListing],
  ['2026_11_25_006_accounts_and_alerts', accounts],
  ['2026_11_25_004_web_ingest', webIngest],
  ['2026_11_25_007_claims_value_indexes', valueIndexes],
  ['2026_11_25_008_claims_search_listing_order', searchListingOrder],
  ['2026_11_25_009_claims_list_filters', listFilters],
  ['2026_11_25_010_claims_date_window', dateWindow],
];
