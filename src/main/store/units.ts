// Units of both code lists, mapped to camelCase entities.
import type { Database } from 'better-sqlite3';
import type { CodeList, Unit } from '../../shared/domain';
import type { RememberedName } from '../../shared/contract';
import { buildUnitMatcher, compactKey } from '../../shared/unitNames';

interface UnitRow {
  id: number;
  code_list: CodeList;
  code: string;
  name_vi: string;
  name_ascii: string;
  type: 'tinh' | 'thanh_pho';
  region: string | null;
  valid_from: string | null;
  valid_to: string | null;
  code_verified: number;
  successor_id: number | null;
  successor_code: string | null;
  predecessor_codes: string | null;
  aliases: string | null;
}

const UNIT_SELECT = `
  SELECT u.*,
    (SELECT s.successor_id FROM unit_succession s WHERE s.predecessor_id = u.id) AS successor_id,
    (SELECT su.code FROM unit_succession s JOIN unit su ON su.id = s.successor_id WHERE s.predecessor_id = u.id) AS successor_code,
    (SELECT group_concat(pu.code, '|') FROM (SELECT pu.code FROM unit_succession s JOIN unit pu ON pu.id = s.predecessor_id
       WHERE s.successor_id = u.id ORDER BY pu.code) pu) AS predecessor_codes,
    (SELECT group_concat(a.alias, '|') FROM unit_alias a WHERE a.unit_id = u.id) AS aliases
  FROM unit u`;

function toUnit(r: UnitRow): Unit {
  return {
    id: r.id,
    codeList: r.code_list,
    code: r.code,
    name: r.name_vi,
    nameAscii: r.name_ascii,
    type: r.type,
    region: r.region,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    successorId: r.successor_id,
    successorCode: r.successor_code,
    predecessorCodes: r.predecessor_codes ? r.predecessor_codes.split('|') : [],
    codeVerified: r.code_verified === 1,
    aliases: r.aliases ? r.aliases.split('|') : [],
  };
}

export class UnitRepository {
  constructor(private readonly db: Database) {}

  /**
   * The unit of a list a person names: by its code ("70"; "1" is "01") or its name however spelled
   * ("Bình Phước", "binh phuoc"); null when none is, or the name could be several.
   */
  find(value: string, codeList: CodeList): Unit | null {
    const units = this.list(codeList);
    const v = value.trim();
    const byCode = units.find((u) => u.code === (/^\d$/.test(v) ? `0${v}` : v));
    if (byCode) return byCode;
    const m = buildUnitMatcher(units)(v);
    return m.kind === 'matched' ? (units.find((u) => u.id === m.id) ?? null) : null;
  }

  list(codeList?: CodeList): Unit[] {
    const rows = codeList
      ? (this.db.prepare(`${UNIT_SELECT} WHERE u.code_list = ? ORDER BY u.code`).all(codeList) as UnitRow[])
      : (this.db.prepare(`${UNIT_SELECT} ORDER BY u.code_list DESC, u.code`).all() as UnitRow[]);
    return rows.map(toUnit);
  }

  /**
   * Id, code, name and region of one code list, for views that list every unit (the Rankings
   * query): list() also gathers aliases and successions, which such views do not show.
   */
  brief(codeList: CodeList): { id: number; code: string; name: string; region: string | null }[] {
    return this.db
      .prepare(`SELECT id, code, name_vi AS name, region FROM unit WHERE code_list = ? ORDER BY code`)
      .all(codeList) as { id: number; code: string; name: string; region: string | null }[];
  }

  byId(id: number): Unit | null {
    const r = this.db.prepare(`${UNIT_SELECT} WHERE u.id = ?`).get(id) as UnitRow | undefined;
    return r ? toUnit(r) : null;
  }

  byCode(codeList: CodeList, code: string): Unit | null {
    const r = this.db.prepare(`${UNIT_SELECT} WHERE u.code_list = ? AND u.code = ?`).get(codeList, code) as
      UnitRow | undefined;
    return r ? toUnit(r) : null;
  }

  /**
   * Remembers a user's answer to "which unit is this name?" as an alias for later imports; true
   * when it was not remembered yet (the import records it, and its undo forgets it).
   */
  addUserAlias(unitId: number, alias: string): boolean {
    return (
      this.db
        .prepare(
          `INSERT OR IGNORE INTO unit_alias (unit_id, alias, alias_key, origin) VALUES (?, ?, ?, 'user')`,
        )
        .run(unitId, alias.trim(), compactKey(alias)).changes > 0
    );
  }

  /** The names the analyst answered in imports (origin 'user'), newest first. */
  rememberedNames(): RememberedName[] {
    return this.db
      .prepare(
        `SELECT a.id, a.alias, a.unit_id AS unitId, u.name_vi AS unitName, u.code_list AS codeList, a.created_at AS createdAt
         FROM unit_alias a JOIN unit u ON u.id = a.unit_id WHERE a.origin = 'user' ORDER BY a.created_at DESC, a.id DESC`,
      )
      .all() as RememberedName[];
  }

  /** Forgets a name the analyst answered (never a published alias): the next import asks again. */
  forgetName(id: number): boolean {
    return this.db.prepare(`DELETE FROM unit_alias WHERE id = ? AND origin = 'user'`).run(id).changes > 0;
  }

  /**
   * The units that stand for `homeUnitId` in a code list: itself, its 2025 successor, or its
   * 63-list predecessors — so the analyst's province is highlighted in both rankings.
   */
  counterparts(homeUnitId: number, codeList: CodeList): number[] {
    const home = this.byId(homeUnitId);
    if (!home) return [];
    if (home.codeList === codeList) return [home.id];
    if (codeList === '2025') return home.successorId ? [home.successorId] : [];
    return (
      this.db
        .prepare(`SELECT predecessor_id AS id FROM unit_succession WHERE successor_id = ?`)
        .all(home.id) as {
        id: number;
      }[]
    ).map((r) => r.id);
  }
}
