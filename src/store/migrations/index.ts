/**
 * The ordered list of ledger migrations for Kysely's Migrator (timestamped names; never edit a landed one).
 *
 *   new Migrator({ db, provider: migrationProvider })
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './20261125T0700_initial.js';
import * as clusterDayIndex from './20261125T0800_cluster_day_index.js';
import * as tokensAndAnalyticsIndexes from './20261125T0900_tokens_and_analytics_indexes.js';
import * as eventRollups from './20261125T1000_event_rollups.js';
import * as rollupCoveringIndexes from './20261125T1030_rollup_covering_indexes.js';
import * as textFilterStatistics from './20261125T1100_text_filter_statistics.js';
import * as pairYears from './20261125T1130_pair_years.js';
import * as datePrecision from './20261125T1300_date_precision.js';
import * as eventLocation from './20261206T1800_event_location.js';
import * as locatedEventIndexes from './20261206T2000_located_event_indexes.js';
import * as mapRollup from './20261206T2200_map_rollup.js';
import * as locatedCoverIndex from './20261206T2230_located_cover_index.js';
import * as pairWeeks from './20261206T2300_pair_weeks.js';
import * as filterCoverIndexes from './20261206T2330_filter_cover_indexes.js';
import * as ingestRunHeartbeat from './20261206T2340_ingest_run_heartbeat.js';
import * as locatedTypeCoverIndexes from './20261207T0030_located_type_cover_indexes.js';

export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { '20261125T0700_initial': initial, '20261125T0800_cluster_day_index': clusterDayIndex,
      '20261125T0900_tokens_and_analytics_indexes': tokensAndAnalyticsIndexes, '20261125T1000_event_rollups': eventRollups,
      '20261125T1030_rollup_covering_indexes': rollupCoveringIndexes,
      '20261125T1100_text_filter_statistics': textFilterStatistics,
      '20261125T1130_pair_years': pairYears,
      '20261125T1300_date_precision': datePrecision,
      '20261206T1800_event_location': eventLocation,
      '20261206T2000_located_event_indexes': locatedEventIndexes,
      '20261206T2200_map_rollup': mapRollup,
      '20261206T2230_located_cover_index': locatedCoverIndex,
      '20261206T2300_pair_weeks': pairWeeks,
      '20261206T2330_filter_cover_indexes': filterCoverIndexes,
      '20261206T2340_ingest_run_heartbeat': ingestRunHeartbeat,
      '20261207T0030_located_type_cover_indexes': locatedTypeCoverIndexes };
  },
};
