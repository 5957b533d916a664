// "Load published reference data": the ministry's 2022 ranking, other published results and one
// article's KPI figures, each observation in the reference layer with its published source.
import type { Database } from 'better-sqlite3';
import { HEADLINE_INDICATORS, PILLARS, type RankingGroup } from '../../shared/domain';
import { MAIN_INDEX_CODES } from '../../shared/imports/fields';
import { stripDiacritics } from '../../shared/unitNames';
import { referenceCsv } from './referenceFiles';

const num = (s: string | undefined): number | null => (s === undefined || s.trim() === '' ? null : Number(s));

export interface LoadReferenceResult {
  observations: number;
  batches: number;
  alreadyLoaded: boolean;
}

export function isReferenceLoaded(db: Database): boolean {
  return (
    db.prepare(`SELECT 1 FROM import_batch WHERE kind = 'reference' AND undone_at IS NULL LIMIT 1`).get() !==
    undefined
  );
}

/** Loads the published reference files once; a second call changes nothing. One transaction. */
export function loadPublishedReference(db: Database): LoadReferenceResult {
  if (isReferenceLoaded(db)) return { observations: 0, batches: 0, alreadyLoaded: true };
  return db.transaction((): LoadReferenceResult => {
    const unitId = db.prepare(`SELECT id FROM unit WHERE code_list = ? AND code = ?`);
    const unit = (codeList: 'gso2004' | '2025', code: string): number => {
      const r = unitId.get(codeList, code.padStart(2, '0')) as { id: number } | undefined;
      if (!r) throw new Error(`reference data: unknown unit code ${code} in list ${codeList}`);
      return r.id;
    };
    const globalIndicator = db.prepare(`SELECT id FROM indicator WHERE methodology_id IS NULL AND code = ?`);
    const methodIndicator = db.prepare(
      `SELECT i.id FROM indicator i JOIN methodology_year my ON my.methodology_id = i.methodology_id WHERE my.year = ? AND i.code = ?`,
    );
    const headlineId = new Map(
      HEADLINE_INDICATORS.map((c) => [c, (globalIndicator.get(c) as { id: number }).id]),
    );
    const insBatch = db.prepare(
      `INSERT INTO import_batch (kind, layer, file_name, source_label, counts_json, year, ranking_group) VALUES ('reference','reference',?,?,?,?,?)`,
    );
    /** One reference batch per file, with where it was published and how many rows it has. */
    const batch = (
      file: string,
      label: string,
      rows: number,
      year: number | null,
      group: RankingGroup | null,
    ) => Number(insBatch.run(file, label, JSON.stringify({ rows }), year, group).lastInsertRowid);
    const ins = db.prepare(
      `INSERT INTO observation (indicator_id, unit_id, period, year, ranking_group, layer, value, rank, rank_of, status, batch_id, source_sheet, source_cell, source_note)
       VALUES (@indicator, @unit, @period, @year, @group, 'reference', @value, @rank, @rankOf, 'published', @batch, @file, @cell, @note)
       ON CONFLICT (indicator_id, unit_id, period, ranking_group, layer) DO UPDATE SET
         value = COALESCE(excluded.value, observation.value), rank = COALESCE(excluded.rank, observation.rank)`,
    );
    let observations = 0;
    const put = (o: {
      indicator: number;
      unit: number;
      period: string;
      year: number;
      group: RankingGroup | 0;
      value: number | null;
      rank: number | null;
      rankOf: number | null;
      batch: number;
      file: string;
      cell: string;
      note: string | null;
    }) => {
      if (o.value === null && o.rank === null) return;
      ins.run(o);
      observations++;
    };

    // 1. The complete 2022 ranking from the ministry's DTI portal.
    const file2022 = 'dti_2022_published.csv';
    const rows2022 = referenceCsv(file2022);
    const b2022 = batch(
      file2022,
      'Bảng xếp hạng DTI 2022, Cổng DTI của Bộ TT&TT (dti.gov.vn) và báo chí địa phương',
      rows2022.length,
      2022,
      63,
    );
    rows2022.forEach((r, i) => {
      const u = unit('gso2004', r.gso_code!);
      const base = {
        unit: u,
        period: '2022',
        year: 2022,
        group: 63 as const,
        rankOf: 63,
        batch: b2022,
        file: file2022,
      };
      const line = i + 2;
      put({
        ...base,
        indicator: headlineId.get('dti')!,
        value: num(r.pdti),
        rank: num(r.dti_rank),
        cell: `row ${line}`,
        note: 'dti.gov.vn',
      });
      for (const p of PILLARS) {
        put({
          ...base,
          indicator: headlineId.get(p)!,
          value: num(r[`pillar_${p}`]),
          rank: num(r[`rank_${p}`]),
          cell: `row ${line}`,
          note: 'dti.gov.vn / provincial press',
        });
      }
      for (const c of MAIN_INDEX_CODES) {
        const ind = methodIndicator.get(2022, c) as { id: number } | undefined;
        if (ind)
          put({
            ...base,
            indicator: ind.id,
            value: num(r[c]),
            rank: null,
            cell: `row ${line}`,
            note: 'dti.gov.vn',
          });
      }
    });

    // 2. Other published results, one source per row.
    const fileKnown = 'dti_results_known.csv';
    const known = referenceCsv(fileKnown);
    const bKnown = batch(
      fileKnown,
      'Kết quả DTI đã công bố 2020–2024 (báo chí, cổng tỉnh; mỗi dòng một nguồn)',
      known.length,
      null,
      null,
    );
    known.forEach((r, i) => {
      const group = Number(r.ranking_group) as RankingGroup;
      const year = Number(r.year);
      const u = unit(group === 34 ? '2025' : 'gso2004', r.gso_code!);
      const note = [r.source, r.note].filter(Boolean).join(' | ');
      const base = {
        unit: u,
        period: String(year),
        year,
        group,
        rankOf: group,
        batch: bKnown,
        file: fileKnown,
        cell: `row ${i + 2}`,
        note,
      };
      put({ ...base, indicator: headlineId.get('dti')!, value: num(r.dti), rank: num(r.dti_rank) });
      for (const p of PILLARS) {
        put({
          ...base,
          indicator: headlineId.get(p)!,
          value: num(r[`pillar_${p}`]),
          rank: num(r[`rank_${p}`]),
        });
      }
    });

    // 3. KPI figures of one provincial article (Bình Phước, October 2022).
    const fileKpi = 'binh_phuoc_2022_article_kpis.csv';
    const kpis = referenceCsv(fileKpi);
    const bKpi = batch(
      fileKpi,
      'Bài báo tỉnh Bình Phước, tháng 10/2022 (số liệu chỉ tiêu chuyển đổi số)',
      kpis.length,
      null,
      null,
    );
    const insKpi = db.prepare(
      `INSERT INTO indicator (methodology_id, code, kind, name_vi, name_en, unit_of_measure, sort_order)
       VALUES (NULL, ?, 'kpi', ?, ?, ?, 100) ON CONFLICT DO NOTHING`,
    );
    const unitByName = db.prepare(`SELECT id FROM unit WHERE code_list = 'gso2004' AND name_vi = ?`);
    kpis.forEach((r, i) => {
      const code = `kpi.${stripDiacritics(r.indicator_en!)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '')}`;
      insKpi.run(code, r.indicator_vi, r.indicator_en, r.unit);
      const ind = (globalIndicator.get(code) as { id: number }).id;
      const u = unitByName.get(r.scope) as { id: number } | undefined;
      if (!u) throw new Error(`reference data: ${fileKpi} row ${i + 2}: unknown unit ${r.scope}`);
      put({
        indicator: ind,
        unit: u.id,
        period: r.period!,
        year: Number(r.period!.slice(0, 4)),
        group: 0,
        value: num(r.value),
        rank: num(r.rank),
        rankOf: num(r.rank_of),
        batch: bKpi,
        file: fileKpi,
        cell: `row ${i + 2}`,
        note: r.note || null,
      });
    });

    return { observations, batches: 3, alreadyLoaded: false };
  })();
}
