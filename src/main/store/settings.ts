// Settings (home unit, language, peer groups) as rows of the setting and peer_group tables.
import type { Database } from 'better-sqlite3';
import type { Language, Settings } from '../../shared/domain';
import { AppError } from '../../shared/result';

export class SettingsRepository {
  constructor(private readonly db: Database) {}

  private read<T>(key: string, fallback: T): T {
    const r = this.db.prepare(`SELECT value_json FROM setting WHERE key = ?`).get(key) as
      { value_json: string } | undefined;
    return r ? (JSON.parse(r.value_json) as T) : fallback;
  }

  private write(key: string, value: unknown): void {
    this.db
      .prepare(
        `INSERT INTO setting (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json`,
      )
      .run(key, JSON.stringify(value));
  }

  /** The home unit alone (every Rankings request needs it; get() also reads the peer groups). */
  homeUnitId(): number | null {
    return this.read<number | null>('homeUnitId', null);
  }

  language(): Language {
    return this.read<Language>('language', 'vi');
  }

  get(): Settings {
    const groups = this.db.prepare(`SELECT id, name FROM peer_group ORDER BY name`).all() as {
      id: number;
      name: string;
    }[];
    const members = this.db.prepare(
      `SELECT unit_id FROM peer_group_member WHERE group_id = ? ORDER BY unit_id`,
    );
    return {
      language: this.language(),
      homeUnitId: this.homeUnitId(),
      peerGroups: groups.map((g) => ({
        name: g.name,
        unitIds: (members.all(g.id) as { unit_id: number }[]).map((m) => m.unit_id),
      })),
    };
  }

  update(patch: Partial<Settings>): Settings {
    const unitExists = this.db.prepare(`SELECT 1 FROM unit WHERE id = ?`);
    this.db.transaction(() => {
      if (patch.language !== undefined) this.write('language', patch.language);
      if (patch.homeUnitId !== undefined) {
        if (patch.homeUnitId !== null && !unitExists.get(patch.homeUnitId)) {
          throw new AppError('VALIDATION', `Unknown unit ${patch.homeUnitId}`, {
            key: 'validation.unknownUnit',
          });
        }
        this.write('homeUnitId', patch.homeUnitId);
      }
      if (patch.peerGroups !== undefined) {
        this.db.prepare(`DELETE FROM peer_group`).run();
        const insG = this.db.prepare(`INSERT INTO peer_group (name) VALUES (?)`);
        const insM = this.db.prepare(
          `INSERT OR IGNORE INTO peer_group_member (group_id, unit_id) VALUES (?, ?)`,
        );
        for (const g of patch.peerGroups) {
          const gid = insG.run(g.name).lastInsertRowid;
          for (const u of g.unitIds) {
            if (!unitExists.get(u)) {
              throw new AppError('VALIDATION', `Unknown unit ${u} in peer group ${g.name}`, {
                key: 'validation.unknownUnit',
              });
            }
            insM.run(gid, u);
          }
        }
      }
    })();
    return this.get();
  }
}
