// Migration 2's data: the reference frame every database has from the first start (units of both
// code lists with aliases and successions, methodologies and their indicator trees). Published
// results are NOT seeded here: they load on request (see publishedReference.ts).
import type { Database } from 'better-sqlite3';
import { compactKey, stripDiacritics } from '../../shared/unitNames';
import { referenceCsv, referenceFrameworks } from './referenceFiles';

const MERGER_DATE = '2025-07-01';
const LEGAL_BASIS = 'Nghị quyết 202/2025/QH15; Quyết định 19/2025/QĐ-TTg';

const PILLAR_NAMES = {
  cqs: { vi: 'Chính quyền số', en: 'Digital government' },
  kts: { vi: 'Kinh tế số', en: 'Digital economy' },
  xhs: { vi: 'Xã hội số', en: 'Digital society' },
} as const;

export function seedReferenceFrame(db: Database): void {
  db.prepare(
    `INSERT INTO code_list (id, name_vi, name_en, valid_from, valid_to, source) VALUES (?,?,?,?,?,?)`,
  ).run(
    'gso2004',
    'Danh mục 63 tỉnh, thành phố (đến 30/06/2025)',
    '63 provinces (until 30 June 2025)',
    null,
    '2025-06-30',
    'Tổng cục Thống kê (GSO)',
  );
  db.prepare(
    `INSERT INTO code_list (id, name_vi, name_en, valid_from, valid_to, source) VALUES (?,?,?,?,?,?)`,
  ).run(
    '2025',
    'Danh mục 34 tỉnh, thành phố (từ 01/07/2025)',
    '34 provinces (from 1 July 2025)',
    MERGER_DATE,
    null,
    'Quyết định 19/2025/QĐ-TTg',
  );

  const insUnit = db.prepare(
    `INSERT INTO unit (code_list, code, name_vi, name_ascii, type, region, valid_from, valid_to, code_verified, dti_label_2022)
     VALUES (@codeList, @code, @name, @ascii, @type, @region, @validFrom, @validTo, @verified, @label)`,
  );
  const insAlias = db.prepare(
    `INSERT OR IGNORE INTO unit_alias (unit_id, alias, alias_key, origin) VALUES (?, ?, ?, 'reference')`,
  );
  const addAliases = (unitId: number, names: string[]) => {
    for (const n of names) if (n.trim()) insAlias.run(unitId, n.trim(), compactKey(n));
  };

  const old = referenceCsv('provinces_63.csv');
  const oldIds = new Map<string, number>();
  const oldAliases = new Map<string, string[]>();
  for (const r of old) {
    const id = Number(
      insUnit.run({
        codeList: 'gso2004',
        code: r.gso_code,
        name: r.name_vi,
        ascii: r.name_ascii,
        type: r.type,
        region: r.region,
        validFrom: null,
        validTo: '2025-06-30',
        verified: 1,
        label: r.dti_label_2022 || null,
      }).lastInsertRowid,
    );
    oldIds.set(r.gso_code!, id);
    const aliases = [r.name_vi!, r.name_ascii!, r.dti_label_2022 ?? '', ...(r.aliases ?? '').split('|')];
    oldAliases.set(r.gso_code!, aliases);
    addAliases(id, aliases);
  }

  const regionOf = new Map(old.map((r) => [r.gso_code!, r.region!]));
  const newIds = new Map<string, number>();
  for (const r of referenceCsv('units_2025.csv')) {
    const preds = r.predecessor_gso_codes!.split('|');
    // The region of a merged unit is the region of the predecessor that kept its code.
    const region = regionOf.get(r.code_2025!) ?? regionOf.get(preds[0]!) ?? null;
    const id = Number(
      insUnit.run({
        codeList: '2025',
        code: r.code_2025,
        name: r.name_vi,
        ascii: stripDiacritics(r.name_vi!),
        type: r.type,
        region,
        validFrom: MERGER_DATE,
        validTo: null,
        verified: r.code_verified === 'yes' ? 1 : 0,
        label: null,
      }).lastInsertRowid,
    );
    newIds.set(r.code_2025!, id);
    const prefix = r.type === 'thanh_pho' ? ['Thành phố ', 'TP. ', 'TP '] : ['Tỉnh '];
    const names = [r.name_vi!, stripDiacritics(r.name_vi!), ...prefix.map((p) => p + r.name_vi)];
    // A unit that kept a predecessor's name also keeps that predecessor's spellings ("TP HCM").
    const sameName = old.find(
      (o) => preds.includes(o.gso_code!) && compactKey(o.name_vi!) === compactKey(r.name_vi!),
    );
    if (sameName) names.push(...(oldAliases.get(sameName.gso_code!) ?? []));
    addAliases(id, names);
  }

  const insSucc = db.prepare(
    `INSERT INTO unit_succession (predecessor_id, successor_id, effective_date, change, legal_basis) VALUES (?,?,?,?,?)`,
  );
  for (const r of referenceCsv('merger_2025.csv')) {
    const p = oldIds.get(r.old_gso_code!);
    const s = newIds.get(r.new_code_2025!);
    if (p === undefined || s === undefined)
      throw new Error(`merger_2025.csv: unknown code in row ${r.old_gso_code}`);
    insSucc.run(p, s, MERGER_DATE, r.change === 'unchanged' ? 'unchanged' : 'merged', LEGAL_BASIS);
  }

  seedMethodologies(db);
}

function seedMethodologies(db: Database): void {
  const insIndicator = db.prepare(
    `INSERT INTO indicator (methodology_id, code, kind, parent_id, pillar, name_vi, name_en, unit_of_measure, points, sort_order)
     VALUES (@methodology, @code, @kind, @parent, @pillar, @vi, @en, @uom, @points, @order)`,
  );
  // DTI and its three pillars exist under every methodology: one global indicator each.
  const dtiId = Number(
    insIndicator.run({
      methodology: null,
      code: 'dti',
      kind: 'overall',
      parent: null,
      pillar: null,
      vi: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
      en: 'Provincial digital transformation index (DTI)',
      uom: 'score',
      points: 1000,
      order: 0,
    }).lastInsertRowid,
  );
  let order = 1;
  for (const [code, n] of Object.entries(PILLAR_NAMES)) {
    insIndicator.run({
      methodology: null,
      code,
      kind: 'pillar',
      parent: dtiId,
      pillar: code,
      vi: n.vi,
      en: n.en,
      uom: 'score',
      points: null,
      order: order++,
    });
  }
  const insMethod = db.prepare(
    `INSERT INTO methodology (id, decision, total_points, overall_formula, verified, definition_json) VALUES (?,?,?,?,?,?)`,
  );
  const insYear = db.prepare(`INSERT INTO methodology_year (year, methodology_id) VALUES (?, ?)`);
  for (const m of referenceFrameworks()) {
    insMethod.run(
      m.id,
      m.decision,
      m.total_points ?? null,
      m.overall_formula ?? null,
      m.verified ? 1 : 0,
      JSON.stringify(m),
    );
    for (const y of m.years) insYear.run(y, m.id);
    const indices: {
      code: string;
      vi: string;
      en: string | null;
      pillar: string | null;
      points: number | null;
    }[] =
      m.main_indices?.map((i) => ({
        code: i.code,
        vi: i.name_vi,
        en: i.name_en ?? null,
        pillar: i.pillar ?? null,
        points: i.points ?? null,
      })) ??
      (m.pillars ?? []).flatMap((p) =>
        (m.main_indices_per_pillar_vi ?? []).map((name) => ({
          code: `${p.code}.${stripDiacritics(name)
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '_')}`,
          vi: `${name} (${p.name_vi})`,
          en: null,
          pillar: p.code,
          points: null,
        })),
      );
    for (const i of indices) {
      insIndicator.run({
        methodology: m.id,
        code: i.code,
        kind: 'main_index',
        parent: dtiId,
        pillar: i.pillar,
        vi: i.vi,
        en: i.en,
        uom: 'score',
        points: i.points,
        order: order++,
      });
    }
  }
}

/**
 * Spellings analysts' files use that the reference lists do not carry ("HCMC", "Đắc Lắk" — the
 * reference has "Đắc Lắc" and "Đăk Lăk"), by the unit's name: each goes to every unit of that name
 * in either list (the 63 and the 34).
 */
export const MORE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'Hồ Chí Minh': ['HCMC', 'HCM City', 'TP.HCM', 'Tp.HCM', 'Thành phố HCM', 'Ho Chi Minh city'],
  'Đắk Lắk': ['Đắc Lắk', 'Đắk Lắc', 'Đăk Lắk', 'Daklak'],
  'Đắk Nông': ['Đắc Nông', 'Đăk Nông', 'Daknong'],
};

export function addMoreSpellings(db: Database): void {
  const ins = db.prepare(
    `INSERT OR IGNORE INTO unit_alias (unit_id, alias, alias_key, origin)
     SELECT id, ?, ?, 'reference' FROM unit WHERE name_vi = ?`,
  );
  for (const [name, spellings] of Object.entries(MORE_SPELLINGS))
    for (const s of spellings) ins.run(s, compactKey(s), name);
}
