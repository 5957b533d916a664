// Numbered migrations (after Signal's migrations/index): each runs in one transaction and bumps
// PRAGMA user_version. A database whose user_version is above the last step is refused.
import type { Database } from 'better-sqlite3';
import { addMoreSpellings, seedReferenceFrame } from './seedReference';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

const m001Schema: Migration = {
  version: 1,
  name: 'schema: units, methodologies, indicators, observations, provenance, change log, settings',
  up(db) {
    db.exec(`
      CREATE TABLE code_list (
        id TEXT PRIMARY KEY,               -- 'gso2004' (63 units until 30/06/2025) | '2025' (34 units)
        name_vi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        valid_from TEXT,
        valid_to TEXT,
        source TEXT
      );
      CREATE TABLE unit (
        id INTEGER PRIMARY KEY,
        code_list TEXT NOT NULL REFERENCES code_list(id),
        code TEXT NOT NULL,                -- meaningful only with its code list (codes were reused in 2025)
        name_vi TEXT NOT NULL,
        name_ascii TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('tinh','thanh_pho')),
        region TEXT,
        valid_from TEXT,
        valid_to TEXT,
        code_verified INTEGER NOT NULL DEFAULT 1,
        dti_label_2022 TEXT,
        UNIQUE (code_list, code)
      );
      CREATE TABLE unit_alias (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,           -- normalised matching key (see src/shared/unitNames.ts)
        origin TEXT NOT NULL CHECK (origin IN ('reference','user')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        UNIQUE (unit_id, alias)
      );
      CREATE INDEX unit_alias_key ON unit_alias(alias_key);
      CREATE TABLE unit_succession (
        predecessor_id INTEGER NOT NULL REFERENCES unit(id),
        successor_id INTEGER NOT NULL REFERENCES unit(id),
        effective_date TEXT NOT NULL,
        change TEXT NOT NULL CHECK (change IN ('merged','unchanged')),
        legal_basis TEXT,
        PRIMARY KEY (predecessor_id, successor_id)
      );
      CREATE TABLE methodology (
        id TEXT PRIMARY KEY,
        decision TEXT NOT NULL,
        total_points REAL,
        overall_formula TEXT,
        verified INTEGER NOT NULL,
        definition_json TEXT NOT NULL
      );
      CREATE TABLE methodology_year (
        year INTEGER PRIMARY KEY,
        methodology_id TEXT NOT NULL REFERENCES methodology(id)
      );
      CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        methodology_id TEXT REFERENCES methodology(id),  -- NULL: shared by every methodology (DTI, pillars) or a KPI
        code TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('overall','pillar','main_index','kpi')),
        parent_id INTEGER REFERENCES indicator(id),
        pillar TEXT,
        name_vi TEXT NOT NULL,
        name_en TEXT,
        unit_of_measure TEXT,              -- score | percent | transactions | accounts | rank | ...
        points REAL,
        sort_order INTEGER NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX indicator_code_per_methodology ON indicator(methodology_id, code) WHERE methodology_id IS NOT NULL;
      CREATE UNIQUE INDEX indicator_code_global ON indicator(code) WHERE methodology_id IS NULL;

      CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('reference','file','paste')),
        layer TEXT NOT NULL CHECK (layer IN ('reference','user')),
        file_name TEXT,
        file_size INTEGER,
        sha256 TEXT,
        sheet TEXT,
        reader TEXT,
        mapping_json TEXT,
        source_label TEXT,                 -- e.g. the reference file and its published source
        counts_json TEXT,
        year INTEGER,
        ranking_group INTEGER,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        undone_at TEXT
      );

      -- One value of one indicator for one unit and period, in one layer. The published reference
      -- layer and the user's own layer are separate rows: the effective value is the user's when it
      -- exists, and the reference row is never modified by edits or imports.
      CREATE TABLE observation (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id),
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        period TEXT NOT NULL,              -- '2022', '2022-09', '2022-01..2022-08'
        year INTEGER NOT NULL,
        ranking_group INTEGER NOT NULL DEFAULT 0 CHECK (ranking_group IN (0, 34, 63)),  -- 0: not a ranking
        layer TEXT NOT NULL CHECK (layer IN ('reference','user')),
        value REAL,
        rank INTEGER,
        rank_of INTEGER,
        status TEXT NOT NULL CHECK (status IN ('published','imported','edited','derived')),
        batch_id INTEGER REFERENCES import_batch(id),
        source_sheet TEXT,
        source_cell TEXT,
        source_note TEXT,                  -- e.g. the published source URL of a reference value
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        UNIQUE (indicator_id, unit_id, period, ranking_group, layer)
      );
      CREATE INDEX observation_ranking ON observation(year, ranking_group, indicator_id);
      CREATE INDEX observation_unit ON observation(unit_id, indicator_id);
      CREATE INDEX observation_batch ON observation(batch_id);

      CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id),
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        period TEXT NOT NULL,
        year INTEGER NOT NULL,
        ranking_group INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('value','rank')),
        old_value REAL,
        new_value REAL,
        reason TEXT,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit','undo','redo')),
        reverts_id INTEGER REFERENCES change_log(id),
        created_user_row INTEGER NOT NULL DEFAULT 0,
        undone_at TEXT,
        changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX change_log_cell ON change_log(year, ranking_group, unit_id, indicator_id, field);

      CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id),
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        period TEXT NOT NULL,
        target_value REAL NOT NULL,
        comparator TEXT NOT NULL DEFAULT '>=' CHECK (comparator IN ('>=','<=','=')),
        source_document TEXT,              -- e.g. 'Kế hoạch 170/KH-UBND'
        note TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        UNIQUE (indicator_id, unit_id, period)
      );
      CREATE TABLE annotation (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER REFERENCES unit(id),
        indicator_id INTEGER REFERENCES indicator(id),
        year INTEGER,
        ranking_group INTEGER,
        text TEXT NOT NULL,
        actor TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      );
      CREATE TABLE peer_group (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      );
      CREATE TABLE peer_group_member (
        group_id INTEGER NOT NULL REFERENCES peer_group(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        PRIMARY KEY (group_id, unit_id)
      );
    `);
  },
};

const m002Reference: Migration = {
  version: 2,
  name: 'reference frame: the 63 and 34 units, aliases, 2025 successions, DTI methodologies and indicator trees',
  up(db) {
    seedReferenceFrame(db);
  },
};

const m003ImportUndo: Migration = {
  version: 3,
  name: 'imports: prior values for exact undo, remembered column mappings',
  up(db) {
    db.exec(`
      -- What each user-layer cell held before an import touched it, so undoing the import restores
      -- exactly that (including values edited by hand), or removes the cell if it did not exist.
      CREATE TABLE import_batch_prior (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id),
        indicator_id INTEGER NOT NULL,
        unit_id INTEGER NOT NULL,
        period TEXT NOT NULL,
        ranking_group INTEGER NOT NULL,
        existed INTEGER NOT NULL,
        value REAL,
        rank INTEGER,
        rank_of INTEGER,
        status TEXT,
        prior_batch_id INTEGER,
        source_sheet TEXT,
        source_cell TEXT,
        source_note TEXT,
        updated_at TEXT,
        PRIMARY KEY (batch_id, indicator_id, unit_id, period, ranking_group)
      ) WITHOUT ROWID;
      CREATE TABLE import_layout (
        signature TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL,
        kind TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
    `);
  },
};

const m004LeanerIndexes: Migration = {
  version: 4,
  name: 'observation: drop two secondary indexes the unique key already serves',
  up(db) {
    // Every query reads observations by indicator first (the unique key's leading column): the
    // Rankings view asks for 4 indicators of one year, imports and edits for exact cells. The
    // (year, group, indicator) and (unit, indicator) indexes were never chosen by the planner but
    // cost every insert — a 100k-value import spent a third of its commit maintaining them.
    db.exec(`DROP INDEX IF EXISTS observation_ranking; DROP INDEX IF EXISTS observation_unit;`);
  },
};

const m005UndoLookups: Migration = {
  version: 5,
  name: 'indexes for the lookups undo and the history make: redos of an edit, imports that found a batch',
  up(db) {
    // A hand edit's latest redo (what a field shows, on every Rankings query) and the later imports
    // that found a batch's cells (every history listing) were full scans: 3,000 edits made the
    // Rankings query 400 ms, one 100k-cell re-import made the history 400 ms.
    db.exec(`CREATE INDEX IF NOT EXISTS change_log_reverts ON change_log(reverts_id) WHERE reverts_id IS NOT NULL;
             CREATE INDEX IF NOT EXISTS import_batch_prior_prior ON import_batch_prior(prior_batch_id) WHERE prior_batch_id IS NOT NULL;`);
  },
};

const m006SnapshotOwnCell: Migration = {
  version: 6,
  name: "an import's own source cell of a cell it found with the same values (kept when an undo hands the cell to it)",
  up(db) {
    // An import that finds a cell holding the values its file gives leaves it to the earlier
    // import; undoing that one hands the cell over, and the cell then points at where this
    // import's file has it (was: no source cell). Snapshots from before this step have none.
    db.exec(`ALTER TABLE import_batch_prior ADD COLUMN own_cell TEXT;
             ALTER TABLE import_batch_prior ADD COLUMN own_note TEXT;`);
  },
};

const m007MoreSpellings: Migration = {
  version: 7,
  name: 'unit names: spellings analysts write that the reference lists lack ("HCMC", "Đắc Lắk")',
  up(db) {
    addMoreSpellings(db);
  },
};

export const MIGRATIONS: readonly Migration[] = [
  m001Schema,
  m002Reference,
  m003ImportUndo,
  m004LeanerIndexes,
  m005UndoLookups,
  m006SnapshotOwnCell,
  m007MoreSpellings,
];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
