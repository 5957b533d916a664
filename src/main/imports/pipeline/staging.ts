// Staging: every mapped value of the file goes into TEMP tables of the session's connection
// first. Validation, unit questions and the preview diff are queries over them; commit copies
// them into the store in one transaction. TEMP tables live in a temp file (temp_store=FILE), so
// a 1M-row file does not have to fit in memory.
import type { Database, Statement } from 'better-sqlite3';

export function createStaging(db: Database, id: string): { rows: string; obs: string } {
  const rows = `temp.staged_row_${id}`;
  const obs = `temp.staged_obs_${id}`;
  db.pragma('temp_store = FILE');
  db.exec(`
    DROP TABLE IF EXISTS ${rows};
    DROP TABLE IF EXISTS ${obs};
    CREATE TABLE ${rows} (
      row INTEGER PRIMARY KEY,          -- 1-based row in the sheet
      unit_label TEXT NOT NULL,
      unit_code TEXT,
      unit_id INTEGER,                  -- matched while reading; NULL: a question for the user
      by_answer INTEGER NOT NULL DEFAULT 0,  -- unit_id comes from the user's answer (NULL: skip the row)
      hidden INTEGER NOT NULL DEFAULT 0,
      has_error INTEGER NOT NULL DEFAULT 0,  -- 1: a cell of the row refused while reading; 2: flagged by validation (a repeated unit)
      list_unit_id INTEGER,             -- a KPI row's unit as matched on its list, when its values are kept on the unit it became (validate.ts)
      row_label TEXT                    -- what the preview calls the row when not its unit (a KPI's row of one unit's report)
    );
    CREATE TABLE ${obs} (
      seq INTEGER PRIMARY KEY,
      row INTEGER NOT NULL,
      indicator_code TEXT,              -- dti/cqs/kts/xhs, a main index code, or NULL for a KPI by label
      indicator_label TEXT,             -- KPI indicator as written in the file
      indicator_key TEXT,               -- normalised KPI label
      indicator_id INTEGER,
      period TEXT NOT NULL,
      year INTEGER NOT NULL,
      ranking_group INTEGER NOT NULL,
      has_value INTEGER NOT NULL,
      value REAL,
      value_col INTEGER,
      has_rank INTEGER NOT NULL,
      rank REAL,
      rank_col INTEGER,
      rank_of INTEGER,
      unit_of_measure TEXT,
      cell TEXT,                        -- source cell(s), "C7" or "C7, E7"
      note TEXT,                        -- the row's note column ("Ghi chú"), if the file has one
      unit_id INTEGER                   -- the value's own unit when not its row's (VALUE_UNIT; validate.ts)
    );
    -- rows arrive in order, so this index only ever appends; the preview reads obs by row
    CREATE INDEX ${obs.replace('temp.', 'temp.ix_')} ON ${obs.replace('temp.', '')}(row);
    -- only rows whose unit is still a question are indexed by label (answers update them by label)
    CREATE INDEX ${rows.replace('temp.', 'temp.ix_')} ON ${rows.replace('temp.', '')}(unit_label) WHERE unit_id IS NULL OR by_answer = 1;
  `);
  return { rows, obs };
}

export function dropStaging(db: Database, t: { rows: string; obs: string }): void {
  if (!db.open) return;
  db.exec(`DROP TABLE IF EXISTS ${t.rows}; DROP TABLE IF EXISTS ${t.obs};`);
}

/**
 * Inserts rows into a staging table BATCH at a time with one multi-row statement: a million
 * single-row calls spend more in the binding than in SQLite. Call finishBatch() at the end.
 */
export class BatchInsert {
  private buf: unknown[] = [];
  private rows = 0;
  private readonly many: Statement;
  private readonly one: Statement;

  constructor(
    db: Database,
    head: string,
    private readonly cols: number,
    private readonly batch = 64,
  ) {
    const tuple = `(${new Array(cols).fill('?').join(',')})`;
    this.many = db.prepare(`${head} VALUES ${new Array(batch).fill(tuple).join(',')}`);
    this.one = db.prepare(`${head} VALUES ${tuple}`);
  }

  add(values: readonly unknown[]): void {
    for (const v of values) this.buf.push(v);
    if (++this.rows === this.batch) {
      this.many.run(...this.buf);
      this.buf = [];
      this.rows = 0;
    }
  }

  finishBatch(): void {
    for (let i = 0; i < this.rows; i++) this.one.run(...this.buf.slice(i * this.cols, (i + 1) * this.cols));
    this.buf = [];
    this.rows = 0;
  }
}

/**
 * SQL (aliases o for a staged value, r for its row): the unit a staged value is stored for — its
 * own (an unchanged province's months before 1 July 2025 in a row of its 2025 report, kept on its
 * unit of the 63) or else its row's.
 */
export const VALUE_UNIT = 'COALESCE(o.unit_id, r.unit_id)';
