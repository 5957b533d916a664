// Every realistic fixture imports to exactly the values it holds. Expected values come from the
// reference data the fixtures were generated from, not from the reader under test.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { listBatches, undoBatch } from '../../src/main/imports/pipeline/batches';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { fixture, FIXTURE_DIR, referenceCsv, stageFile, storedRanking } from './helpers';
import { buildXlsx, generateFixtures } from '../fixtures/generate';

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

let store: Store;
beforeAll(async () => {
  if (!fs.existsSync(path.join(FIXTURE_DIR, 'ranking_2022_web_copy.xlsx')))
    await generateFixtures(FIXTURE_DIR);
});
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-import-'), 'i.db'));
});

const pub2022 = referenceCsv('dti_2022_published.csv');
const known = referenceCsv('dti_results_known.csv');

/** Every stored headline value equals the published one; returns how many units got a DTI rank. */
function expectMatches2022(): number {
  const stored = storedRanking(store, 2022, 63);
  let ranked = 0;
  for (const r of pub2022) {
    const dti = stored.get(`${r.gso_code}:dti`);
    if (dti?.rank != null) {
      ranked++;
      expect(dti.rank, r.label_as_published).toBe(Number(r.dti_rank));
    }
    if (dti?.value != null) expect(dti.value).toBeCloseTo(Number(r.pdti), 6);
    for (const p of ['cqs', 'kts', 'xhs']) {
      const s = stored.get(`${r.gso_code}:${p}`);
      if (s?.rank != null) expect(s.rank, `${r.label_as_published} ${p}`).toBe(num(r[`rank_${p}`]));
      if (s?.value != null) expect(s.value).toBeCloseTo(num(r[`pillar_${p}`])!, 6);
    }
  }
  // Nothing is stored for a unit the published table does not list.
  const published = new Set(pub2022.map((r) => r.gso_code));
  for (const key of stored.keys()) expect(published.has(key.split(':')[0]!), key).toBe(true);
  return ranked;
}

async function importOk(name: string, override = {}, sheet?: string | null) {
  const file = path.isAbsolute(name) ? name : fixture(name);
  const { session, preview } = await stageFile(store, { kind: 'file', path: file }, override, sheet);
  expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.messageEn)).toEqual([]);
  expect(preview.questions.map((q) => q.label)).toEqual([]);
  expect(preview.canCommit).toBe(true);
  const r = session.commit();
  session.dispose();
  return { preview, batchId: r.batchId };
}

describe('2022 ranking fixtures', () => {
  it("the ministry's table copied into Excel: title row, exact headers, tie at 15", async () => {
    const { preview } = await importOk('ranking_2022_web_copy.xlsx');
    expect(preview.target).toMatchObject({ kind: 'ranking', year: 2022, group: 63 });
    expect(expectMatches2022()).toBe(63);
    const rows = store.rankingRows(2022, 63);
    expect(rows.find((r) => r.unitCode === '70')).toMatchObject({
      rank: 12,
      pillars: { cqs: { rank: 12 }, kts: { rank: 22 }, xhs: { rank: 14 } },
    });
    expect(
      rows
        .filter((r) => r.rank === 15)
        .map((r) => r.unitName)
        .sort(),
    ).toEqual(['Thanh Hóa', 'Yên Bái']);
    expect(rows.find((r) => r.unitCode === '70')!.provenance['dti.rank']!.source).toMatch(
      /ranking_2022_web_copy\.xlsx .*A\d+/,
    );
  });

  for (const name of [
    'ranking_2022_legacy.xls',
    'ranking_2022_utf8_bom.csv',
    'ranking_2022_unicode_text.txt',
    'ranking_2022_windows1258.csv',
    'ranking_2022_shuffled_unknown_column.xlsx',
    'ranking_2022_footnote_blank_rows.csv',
  ]) {
    it(`${name} imports to the published values`, async () => {
      const { preview } = await importOk(name, { kind: 'ranking', year: 2022, group: 63 });
      expect(expectMatches2022()).toBe(63);
      if (name.includes('unknown')) expect(preview.unknownColumns.length).toBeGreaterThan(0);
    });
  }

  it('odd unit spellings (TP HCM, BR-VT, TT Huế, no diacritics) all match', async () => {
    await importOk('ranking_2022_odd_unit_names.xlsx', { kind: 'ranking', year: 2022, group: 63 });
    expect(expectMatches2022()).toBe(63);
  });

  it('the detail table (main indices, PDTI) imports as an excerpt with a warning', async () => {
    const { preview } = await importOk('detail_2022_main_indices.xlsx');
    expect(preview.problems.map((p) => p.code)).toContain('excerpt');
    expectMatches2022();
    const dn = store.db
      .prepare(
        `SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
         WHERE u.code = '48' AND u.code_list = 'gso2004' AND i.code = 'hd_chinh_quyen_so' AND o.year = 2022 AND o.layer = 'user'`,
      )
      .get() as { value: number };
    expect(dn.value).toBeCloseTo(0.8575, 6);
  });

  it('the semicolon CSV with decimal commas reads scores exactly', async () => {
    await importOk('detail_2022_semicolon_decimal_comma.csv', { kind: 'ranking', year: 2022, group: 63 });
    expect(storedRanking(store, 2022, 63).get('48:dti')).toMatchObject({ value: 0.8002 });
  });
});

describe('other years and groups', () => {
  function expectKnown(year: string, group: string) {
    const stored = storedRanking(store, Number(year), Number(group));
    let n = 0;
    for (const r of known.filter((k) => k.year === year && k.ranking_group === group)) {
      const s = stored.get(`${r.gso_code}:dti`);
      if (!s) continue;
      n++;
      if (s.rank !== null) expect(s.rank, r.unit_label).toBe(num(r.dti_rank));
      if (s.value !== null) expect(s.value).toBeCloseTo(num(r.dti)!, 6);
      for (const p of ['cqs', 'kts', 'xhs']) {
        const sp = stored.get(`${r.gso_code}:${p}`);
        if (sp?.rank != null) expect(sp.rank).toBe(num(r[`rank_${p}`]));
        if (sp?.value != null) expect(sp.value).toBeCloseTo(num(r[`pillar_${p}`])!, 6);
      }
    }
    return n;
  }
  for (const name of [
    'ranking_2020_two_row_header.xlsx',
    'ranking_2020_abbreviated_no_diacritics.xlsx',
    'ranking_2020_english.csv',
  ]) {
    it(`${name}`, async () => {
      await importOk(name, { kind: 'ranking', year: 2020, group: 63 });
      expect(expectKnown('2020', '63')).toBeGreaterThanOrEqual(9);
    });
  }
  it('formula cells use cached values; hidden sheet skipped by default; macros ignored', async () => {
    const s = new ImportSession(store.db, {
      kind: 'file',
      path: fixture('ranking_2021_formulas_hidden.xlsm'),
    });
    const info = await s.open();
    expect(info.sheets.find((x) => x.hidden)).toBeTruthy();
    expect(s.defaultSheet()).toBe('DTI 2021');
    const a = await s.analyze();
    const p = await s.stage(a.mapping, { ...a.target, kind: 'ranking', year: 2021, group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    s.commit();
    expect(expectKnown('2021', '63')).toBeGreaterThan(5);
  });
  it('the 34-unit 2024 table uses the 2025 names and codes', async () => {
    const { preview } = await importOk('ranking_2024_34_units.xlsx');
    expect(preview.target).toMatchObject({ year: 2024, group: 34 });
    expect(expectKnown('2024', '34')).toBeGreaterThan(3);
    expect(store.rankingRows(2024, 34)[0]).toMatchObject({ unitName: 'Hà Nội', rank: 1, score: 0.8241 });
  });
});

describe('KPI tables', () => {
  const kpis = referenceCsv('binh_phuoc_2022_article_kpis.csv');
  const storedKpi = () =>
    store.db
      .prepare(
        `SELECT i.name_vi AS name, o.period, o.value, o.rank, o.rank_of FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE i.kind = 'kpi' AND o.layer = 'user' ORDER BY i.name_vi, o.period`,
      )
      .all() as {
      name: string;
      period: string;
      value: number | null;
      rank: number | null;
      rank_of: number | null;
    }[];

  it('long table: one row per unit, indicator, period', async () => {
    await importOk('kpi_binh_phuoc_long.csv', { kind: 'kpi', group: 63 });
    const stored = storedKpi();
    for (const k of kpis) {
      const s = stored.find((x) => x.name === k.indicator_vi && x.period === k.period);
      expect(s, k.indicator_vi).toBeTruthy();
      expect(s!.value).toBeCloseTo(Number(k.value), 6);
      if (k.rank) expect(s!.rank).toBe(Number(k.rank));
    }
  });
  it('wide tables: one column per period, or per indicator', async () => {
    await importOk('kpi_binh_phuoc_wide_periods.xlsx', { kind: 'kpi', group: 63 });
    expect(storedKpi().length).toBeGreaterThan(3);
    await importOk('kpi_binh_phuoc_wide_indicators.csv', { kind: 'kpi', group: 63, period: '2022' });
    expect(storedKpi().length).toBeGreaterThan(6);
  });

  const writeCsv = (name: string, body: string) => {
    const f = path.join(tempDir('dti-kpi-'), name);
    fs.writeFileSync(f, body, 'utf8');
    return f;
  };
  const errorCodes = (p: { problems: { severity: string; code: string }[] }) =>
    p.problems.filter((x) => x.severity === 'error').map((x) => x.code);

  it('one column per period and no indicator column: the indicator comes from the title, else it is asked once', async () => {
    const body =
      'Tỉnh/Thành phố,2021,2022,2023\nBình Phước,45.2,60.1,72.5\nĐồng Nai,50,55,61\nTP HCM,70,75,80\n';
    const titled = writeCsv(
      'dvc.csv',
      'Biểu 2: TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH GIAI ĐOẠN 2021 - 2023\n' + body,
    );
    const a = await stageFile(store, { kind: 'file', path: titled });
    expect(a.session.target).toMatchObject({ kind: 'kpi', indicator: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    expect(errorCodes(a.preview)).toEqual([]);
    a.session.commit();
    a.session.dispose();
    const stored = storedKpi();
    expect(stored.map((x) => [x.name, x.period, x.value])).toContainEqual([
      'Tỷ lệ hồ sơ trực tuyến toàn trình',
      '2022',
      60.1,
    ]);
    expect(stored).toHaveLength(9);

    // No title and a generic name: one table-level error instead of one per cell …
    const bare = writeCsv('Sheet1.csv', body);
    const b = await stageFile(store, { kind: 'file', path: bare });
    expect(b.session.target?.indicator ?? null).toBeNull();
    expect(errorCodes(b.preview)).toEqual(['noTableIndicator']);
    expect(b.preview.canCommit).toBe(false);
    b.session.dispose();
    // … answered by naming the indicator (the titled file's remembered layout brings its columns,
    // not its title row: all three data rows are read).
    const c = await stageFile(
      store,
      { kind: 'file', path: bare },
      { indicator: 'Tỷ lệ thanh toán trực tuyến' },
    );
    expect(errorCodes(c.preview)).toEqual([]);
    expect(c.preview.counts.observations).toBe(9);
    c.session.dispose();
  });

  it('a value shown as a percentage is stored as the analyst sees it, whether typed or formatted', async () => {
    // cellXfs 1: 0.0% (a formatted fraction); the typed "85,5%" is text.
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const f = path.join(tempDir('dti-kpi-'), 'percent.xlsx');
    fs.writeFileSync(
      f,
      buildXlsx(
        [
          {
            name: 'KPI',
            rows: [
              ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
              ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến', '2023', { v: 0.855, s: 1 }],
              ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến', '2024', '91,2%'],
            ],
          },
        ],
        { stylesXml: styles },
      ),
    );
    await importOk(f, { group: 63 });
    expect(storedKpi().map((x) => [x.period, x.value])).toEqual([
      ['2023', 85.5],
      ['2024', 91.2],
    ]);
  });

  it('one column per indicator and no period column (";" and decimal commas): a KPI table whose period is the year', async () => {
    const f = writeCsv(
      'kpi.csv',
      'STT;Đơn vị;Tỷ lệ DVC trực tuyến toàn trình (%);Tỷ lệ thanh toán trực tuyến (%);Vùng phủ 4G (%)\n' +
        '1;Bình Phước;45,2;30,1;99,5\n2;Đồng Nai;50;31;99,9\n',
    );
    const a = await stageFile(store, { kind: 'file', path: f });
    expect(a.session.target?.kind).toBe('kpi');
    expect(a.session.mapping!.columns.map((c) => c.mapping.field)).toEqual([
      'stt',
      'unit',
      'kpi.valueForIndicator',
      'kpi.valueForIndicator',
      'kpi.valueForIndicator',
    ]);
    expect(errorCodes(a.preview)).toEqual(['noTablePeriod']);
    a.session.dispose();
    const b = await stageFile(store, { kind: 'file', path: f }, { year: 2024, period: '2024' });
    expect(errorCodes(b.preview)).toEqual([]);
    b.session.commit();
    b.session.dispose();
    // The unit in the header is the indicator's unit of measure, not part of its name.
    expect(storedKpi().map((x) => [x.name, x.period, x.value])).toEqual([
      ['Tỷ lệ DVC trực tuyến toàn trình', '2024', 45.2],
      ['Tỷ lệ DVC trực tuyến toàn trình', '2024', 50],
      ['Tỷ lệ thanh toán trực tuyến', '2024', 30.1],
      ['Tỷ lệ thanh toán trực tuyến', '2024', 31],
      ['Vùng phủ 4G', '2024', 99.5],
      ['Vùng phủ 4G', '2024', 99.9],
    ]);
  });
});

describe('pasted tables', () => {
  for (const name of ['pasted_from_excel.tsv.txt', 'pasted_from_web.html.txt']) {
    it(name, async () => {
      const text = fs.readFileSync(fixture(name), 'utf8');
      const { session, preview } = await stageFile(
        store,
        { kind: 'paste', text },
        { kind: 'ranking', year: 2022, group: 63 },
      );
      expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.messageEn)).toEqual([]);
      session.commit();
      expect(expectMatches2022()).toBeGreaterThan(5);
      expect(listBatches(store.db)[0]).toMatchObject({ kind: 'paste' });
    });
  }
});

describe('validation blocks bad data and writes nothing', () => {
  const csv = (body: string) => {
    const f = path.join(tempDir('dti-csv-'), 'bad.csv');
    fs.writeFileSync(f, body, 'utf8');
    return f;
  };
  const all63 = pub2022.map((r) => `${r.dti_rank},${r.label_as_published},${r.pdti || ''}`);

  async function problems(body: string, override = {}) {
    const before = store.db.prepare('SELECT COUNT(*) AS n FROM observation').get();
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: csv(body) },
      { kind: 'ranking', year: 2022, group: 63, ...override },
    );
    expect(() => session.commit()).toThrow();
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM observation').get()).toEqual(before);
    return preview;
  }

  it('score outside 0..1, rank outside 1..N, not a number: named by file, row, column and value', async () => {
    const rows = [...all63];
    rows[0] = '1,TP. Đà Nẵng,1.8002';
    rows[1] = '64,TP. Hồ Chí Minh,0.7163';
    rows[2] = '3,Quảng Ninh,abc';
    const p = await problems(['Xếp hạng DTI,Tỉnh,Điểm DTI', ...rows].join('\n'));
    const codes = p.problems.filter((x) => x.severity === 'error').map((x) => `${x.code}@${x.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['scoreRange@C2', 'rankRange@A3', 'notANumber@C4']));
    // a row whose only value failed to parse is still in the preview, as an error
    expect(p.rows.find((r) => r.row === 4)).toMatchObject({ unitLabel: 'Quảng Ninh', status: 'error' });
    const msg = p.problems.find((x) => x.code === 'scoreRange')!;
    expect(msg.messageVi).toContain('bad.csv');
    expect(msg.messageVi).toContain('dòng 2');
    expect(msg.messageVi).toContain('ô C2 (dòng 2, cột C: Điểm DTI)');
    expect(msg.messageVi).toContain('1.8002');
    expect(msg.messageEn).toContain('cell C2 (row 2, column C: Điểm DTI)');
  });

  it('duplicate and missing units', async () => {
    const rows = [...all63];
    rows[5] = '6,TP. Đà Nẵng,';
    const p = await problems(['Xếp hạng DTI,Tỉnh,Điểm DTI', ...rows].join('\n'));
    expect(p.problems.map((x) => x.code)).toEqual(expect.arrayContaining(['duplicateUnit', 'missingUnits']));
    expect(p.problems.find((x) => x.code === 'missingUnits')!.messageVi).toContain('Lạng Sơn');
  });

  it('ranks out of score order', async () => {
    const rows = [...all63];
    rows[1] = '2,TP. Hồ Chí Minh,0.9000';
    const p = await problems(['Xếp hạng DTI,Tỉnh,Điểm DTI', ...rows].join('\n'));
    const out = p.problems.filter((x) => x.code === 'rankInconsistent');
    expect(out.map((x) => x.cell)).toEqual(['A2', 'A3']);
    // each names the unit it is out of order with
    expect(out[0]!.messageEn).toContain('while Hồ Chí Minh (row 3) has score 0.9000 and rank 2');
  });

  it('a year that contradicts the title', async () => {
    const p = await problems(
      [
        'BẢNG XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022',
        '',
        'Xếp hạng DTI,Tỉnh,Điểm DTI',
        ...all63,
      ].join('\n'),
      { year: 2021 },
    );
    expect(p.problems.map((x) => x.code)).toContain('yearContradicts');
  });

  it('the methodology formula is checked (warning)', async () => {
    const f = csv(
      [
        'Tỉnh,DTI,Chính quyền số,Kinh tế số,Xã hội số',
        'TP. Đà Nẵng,0.4874,0.5346,0.4155,0.4964',
        'Bắc Ninh,0.5000,0.4449,0.3668,0.4052',
      ].join('\n'),
    );
    const { preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { kind: 'ranking', year: 2020, group: 63 },
    );
    const w = preview.problems.filter((x) => x.code === 'formulaMismatch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', row: 3 });
  });
});

describe('unit questions', () => {
  it('an unknown name is asked, never guessed; the answer is remembered as an alias', async () => {
    const rows = pub2022.map(
      (r) => `${r.dti_rank},${r.gso_code === '70' ? 'Binh Phuoc (tinh cu)' : r.label_as_published}`,
    );
    const f = path.join(tempDir('dti-q-'), 'q.csv');
    fs.writeFileSync(f, ['Xếp hạng DTI,Tỉnh', ...rows].join('\n'));
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { kind: 'ranking', year: 2022, group: 63 },
    );
    expect(preview.canCommit).toBe(false);
    expect(preview.questions).toEqual([
      expect.objectContaining({ label: 'Binh Phuoc (tinh cu)', kind: 'unmatched', rows: [13] }),
    ]);
    const bp = store.units.byCode('gso2004', '70')!;
    const after = session.answer([{ label: 'Binh Phuoc (tinh cu)', unitId: bp.id }]);
    expect(after.canCommit).toBe(true);
    session.commit();
    expect(store.rankingRows(2022, 63).find((r) => r.unitCode === '70')!.rank).toBe(12);
    expect(store.units.byId(bp.id)!.aliases).toContain('Binh Phuoc (tinh cu)');
    // next time the same spelling matches by itself
    const again = await stageFile(
      store,
      { kind: 'file', path: f },
      { kind: 'ranking', year: 2022, group: 63 },
    );
    expect(again.preview.questions).toEqual([]);
  });
});

describe('preview, commit and undo', () => {
  it('diffs against the store, commits, and undo restores exactly, hand edits included', async () => {
    store.loadReference();
    const bp = store.units.byCode('gso2004', '70')!;
    // a hand edit before the import
    store.rankings.edit(
      { year: 2022, group: 63, unitId: bp.id, indicator: 'dti', field: 'rank', value: 11 },
      'x',
      null,
    );
    const before = store.db.prepare(`SELECT * FROM observation ORDER BY id`).all();
    const { session, preview } = await stageFile(store, {
      kind: 'file',
      path: fixture('ranking_2022_web_copy.xlsx'),
    });
    const bpRow = preview.rows.find((r) => r.unitId === bp.id)!;
    expect(bpRow.status).toBe('changed');
    expect(bpRow.cells.find((c) => c.key === 'dti.rank')).toMatchObject({
      old: 11,
      new: 12,
      status: 'changed',
    });
    expect(preview.rows.find((r) => r.unitLabel === 'TP. Đà Nẵng')!.status).toBe('unchanged');
    const { batchId } = session.commit();
    expect(store.rankingRows(2022, 63).find((r) => r.unitId === bp.id)!.rank).toBe(12);
    const batch = listBatches(store.db).find((b) => b.id === batchId)!;
    expect(batch).toMatchObject({ kind: 'file', fileName: 'ranking_2022_web_copy.xlsx', sheet: 'Sheet1' });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    undoBatch(store.db, batchId);
    expect(store.db.prepare(`SELECT * FROM observation ORDER BY id`).all()).toEqual(before);
    expect(store.rankingRows(2022, 63).find((r) => r.unitId === bp.id)!.rank).toBe(11);
    expect(() => undoBatch(store.db, batchId)).toThrow(/already undone/);
  });

  it('remembers the mapping the user confirmed for files of the same layout', async () => {
    const s1 = new ImportSession(store.db, { kind: 'file', path: fixture('ranking_2022_web_copy.xlsx') });
    const a1 = await s1.analyze();
    const mapping = {
      ...a1.mapping,
      columns: a1.mapping.columns.map((c) =>
        c.col === 5 ? { ...c, mapping: { field: 'ignore' as const } } : c,
      ),
    };
    await s1.stage(mapping, a1.target);
    s1.commit();
    const s2 = new ImportSession(store.db, { kind: 'file', path: fixture('ranking_2022_web_copy.xlsx') });
    const a2 = await s2.analyze();
    expect(a2.remembered).toBe(true);
    expect(a2.mapping.columns.find((c) => c.col === 5)!.mapping.field).toBe('ignore');
  });

  it("places a remembered layout on the new file: the rows move with the table, the user's correction stays", async () => {
    const dir = tempDir('dti-layout-');
    const header = 'Tỉnh,2022,2023\n';
    // The analyst's file has a row under the header that detection takes for data (a units row
    // it knows, "(%)", is read as part of the header: see the units-row tests).
    const first = path.join(dir, 'a.csv');
    fs.writeFileSync(first, header + ',(x),(y)\nBình Phước,40,45\nĐồng Nai,50,55\n');
    const s1 = new ImportSession(store.db, { kind: 'file', path: first });
    const a1 = await s1.analyze();
    expect(a1.mapping).toMatchObject({ headerRow: 1, dataStartRow: 2 });
    await s1.stage({ ...a1.mapping, dataStartRow: 3 }, { ...a1.target, indicator: 'Tỷ lệ DVC' });
    s1.commit();
    s1.dispose();
    // Next year's file: the same table under two title rows.
    const second = path.join(dir, 'b.csv');
    fs.writeFileSync(second, 'SỞ TT&TT\nTỶ LỆ DVC TRỰC TUYẾN\n' + header + ',(x),(y)\nBình Phước,41,46\n');
    const s2 = new ImportSession(store.db, { kind: 'file', path: second });
    const a2 = await s2.analyze();
    expect(a2.remembered).toBe(true);
    expect(a2.mapping).toMatchObject({ headerRow: 3, dataStartRow: 5, dataEndRow: null });
    s2.dispose();
  });
});

describe('choosing the sheet', () => {
  it('suggests the sheet that holds the table, not the cover sheet in front of it', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([['Hướng dẫn sử dụng'], ['Bảng tổng hợp của Sở.']]),
      'Hướng dẫn',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['KẾT QUẢ XẾP HẠNG DTI NĂM 2022'],
        [],
        ['STT', 'Tỉnh', 'Xếp hạng'],
        ...pub2022.map((r, i) => [i + 1, r.label_as_published, Number(r.dti_rank)]),
      ]),
      'DTI 2022',
    );
    const f = path.join(tempDir('dti-sheets-'), 'two-sheets.xlsx');
    fs.writeFileSync(f, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const s = new ImportSession(store.db, { kind: 'file', path: f });
    await s.open();
    expect(s.defaultSheet()).toBe('Hướng dẫn');
    expect(await s.suggestSheet()).toBe('DTI 2022');
    const a = await s.analyze(await s.suggestSheet());
    expect(a.target).toMatchObject({ kind: 'ranking', year: 2022, group: 63 });
    const p = await s.stage(a.mapping, a.target);
    expect(p.canCommit).toBe(true);
  });
});
