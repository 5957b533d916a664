// What the wizard's tester round asked of main: a number cell quoted as Vietnamese Excel shows
// it, a missing unit that the analyst's own skip caused said as such, and a phase after the last
// byte read ("checking") so a long file's bar at 100% is not taken for stuck.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { Store } from '../../src/main/store';
import type { ImportProgress } from '../../src/shared/importSession';
import { buildXlsx } from '../fixtures/generate';
import { tempDir } from '../store/helpers';
import { writeTemp } from './helpers';

let store: Store;
let dir: string;
beforeEach(() => {
  dir = tempDir('dti-wizard-round-');
  store = new Store(path.join(dir, 'w.db'));
});

const ranking = (score: (i: number) => number | string, name: (n: string, i: number) => string = (n) => n) =>
  store.units.list('gso2004').map((u, i) => [i + 1, name(u.name, i), score(i)] as (string | number)[]);

/** Imports FILE as a KPI table of the 63 with its proposed mapping; the user layer's values, by period. */
async function importKpi(file: string) {
  const s = new ImportSession(store.db, { kind: 'file', path: file });
  const a = await s.analyze();
  const p = await s.stage(a.mapping, { ...a.target, kind: 'kpi', group: 63 });
  expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
  s.commit();
  s.dispose();
  return {
    mapping: a.mapping,
    stored: store.db
      .prepare(`SELECT period, value FROM observation WHERE layer = 'user' ORDER BY period`)
      .all(),
  };
}

describe('messages and phases the wizard shows', () => {
  it('quotes a number cell as Excel shows it in each language: "1,2" in Vietnamese, "1.2" in English', async () => {
    const rows = ranking((i) => (i === 12 ? 1.2 : Math.round((0.8 - i * 0.005) * 1e4) / 1e4));
    const file = path.join(dir, 'r.xlsx');
    fs.writeFileSync(
      file,
      buildXlsx([{ name: 'DTI 2022', rows: [['Xếp hạng DTI', 'Tỉnh, thành phố', 'Điểm DTI'], ...rows] }]),
    );
    const s = new ImportSession(store.db, { kind: 'file', path: file });
    const a = await s.analyze();
    const p = await s.stage(a.mapping, { ...a.target, year: 2022, group: 63 });
    const range = p.problems.find((x) => x.code === 'scoreRange')!;
    expect(range.cell).toBe('C14');
    expect(range.value).toBe('1.2'); // the JSON keeps the value itself
    expect(range.messageVi).toContain('"1,2"');
    expect(range.textVi).toContain('"1,2"');
    expect(range.messageEn).toContain('"1.2"');
    // a text cell is quoted as typed, whatever its decimal mark
    const csv = writeTemp('r.csv', 'Tỉnh,Điểm DTI\nBình Phước,1.2\nĐồng Nai,0.61\n');
    const t = new ImportSession(store.db, { kind: 'file', path: csv });
    const b = await t.analyze();
    const q = await t.stage(b.mapping, { ...b.target, kind: 'ranking', year: 2022, group: 63 });
    expect(q.problems.find((x) => x.code === 'scoreRange')!.messageVi).toContain('"1.2"');
    s.dispose();
    t.dispose();
  });

  it('a ranking short of the unit whose row the analyst skipped says so, with the row', async () => {
    const rows = ranking(
      (i) => Math.round((0.8 - i * 0.005) * 1e4) / 1e4,
      (n) => (n === 'Điện Biên' ? 'Điện Biên Phủ' : n),
    );
    const body = ['Xếp hạng DTI,Tỉnh,Điểm DTI', ...rows.map((r) => r.join(','))].join('\n');
    const s = new ImportSession(store.db, { kind: 'file', path: writeTemp('r.csv', body) });
    const a = await s.analyze();
    const p = await s.stage(a.mapping, { ...a.target, kind: 'ranking', year: 2022, group: 63 });
    const q = p.questions.find((x) => x.label === 'Điện Biên Phủ')!;
    expect(q).toBeDefined();
    const after = s.answer([{ label: 'Điện Biên Phủ', unitId: null }]);
    const missing = after.problems.find((x) => x.code === 'missingUnits')!;
    expect(missing.severity).toBe('error');
    expect(missing.messageVi).toContain('bạn đã chọn bỏ qua');
    expect(missing.messageVi).toContain('“Điện Biên Phủ” (dòng ' + q.rows[0]);
    expect(missing.messageEn).toContain('you chose to skip');
    // answered instead: nothing missing
    const fixed = s.answer([
      { label: 'Điện Biên Phủ', unitId: store.units.list('gso2004').find((u) => u.name === 'Điện Biên')!.id },
    ]);
    expect(fixed.problems.filter((x) => x.code === 'missingUnits')).toEqual([]);
    s.dispose();
  });

  it('names the first 100 new KPIs and counts them all', async () => {
    const lines = ['Tỉnh,Chỉ tiêu,Kỳ,Giá trị'];
    for (let k = 1; k <= 150; k++) lines.push(`Bình Phước,Chỉ tiêu mới số ${k},2024,${k}`);
    const s = new ImportSession(store.db, { kind: 'file', path: writeTemp('k150.csv', lines.join('\n')) });
    const a = await s.analyze();
    const p = await s.stage(a.mapping, { ...a.target, kind: 'kpi', group: 63 });
    expect(p.newIndicators).toHaveLength(100);
    expect(p.newIndicatorCount).toBe(150);
    s.dispose();
  });

  it('a year column typed as dates shown "yyyy" stores the years, not January of them (tester round 15)', async () => {
    const styles =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const file = path.join(dir, 'nam.xlsx');
    fs.writeFileSync(
      file,
      buildXlsx(
        [
          {
            name: 'Sheet1',
            rows: [
              ['Tỉnh', 'Năm', 'Tỷ lệ thanh toán trực tuyến (%)'],
              ['Bình Phước', { v: 44562, s: 1 }, 61.5], // 01/01/2022, shown "2022"
              ['Bình Phước', { v: 44927, s: 1 }, 70.25], // 01/01/2023
            ],
          },
        ],
        { stylesXml: styles },
      ),
    );
    expect((await importKpi(file)).stored).toEqual([
      { period: '2022', value: 61.5 },
      { period: '2023', value: 70.25 },
    ]);
  });

  it("an empty rank cell beside a score is said, as the tie it likely is when the score is the row above's", async () => {
    const rows = ranking((i) => (i === 15 ? 0.73 : Math.round((0.8 - i * 0.005) * 1e4) / 1e4)).map((r, i) =>
      i === 15 ? ['', r[1]!, r[2]!] : i === 40 ? ['', r[1]!, r[2]!] : r,
    );
    // row 17 (i = 15) has the score of row 16 (i = 14, rank 15): a tie copied from a merged cell
    const body = ['Xếp hạng DTI,Tỉnh,Điểm DTI', ...rows.map((r) => r.join(','))].join('\n');
    const s = new ImportSession(store.db, { kind: 'file', path: writeTemp('r.csv', body) });
    const a = await s.analyze();
    const p = await s.stage(a.mapping, { ...a.target, kind: 'ranking', year: 2022, group: 63 });
    const w = p.problems.filter((x) => x.code === 'rankMissing');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', cell: 'A17' });
    expect(w[0]!.messageVi).toContain('bằng điểm của dòng 16 (hạng 15)');
    expect(w[0]!.messageVi).toContain('có 2 ô thứ hạng trống');
    expect(w[0]!.messageEn).toContain('most likely tied at 15');
    expect(p.canCommit).toBe(true);
    s.dispose();
  });

  for (const [name, units] of [
    ['in brackets', ['(%)', '(%)', '(tổ)']],
    ['labelled in brackets', ['(ĐVT: %)', '(ĐVT: %)', '(ĐVT: tổ)']],
  ] as const)
    it(`a units row ${name} under the KPI names gives their units (tester round 15)`, async () => {
      const file = path.join(dir, 'dvt.xlsx');
      fs.writeFileSync(
        file,
        buildXlsx([
          {
            name: 'Sheet1',
            rows: [
              [
                'Tỉnh',
                'Tỷ lệ hồ sơ trực tuyến toàn trình',
                'Tỷ lệ thanh toán trực tuyến',
                'Số tổ công nghệ số cộng đồng',
              ],
              ['', ...units],
              ['Bình Phước', 41.5, 38.25, 812],
              ['Đồng Nai', 55, 61.75, 1020],
            ],
          },
        ]),
      );
      const s = new ImportSession(store.db, { kind: 'file', path: file });
      const a = await s.analyze();
      const p = await s.stage(a.mapping, { ...a.target, kind: 'kpi', year: 2023, group: 63 });
      expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
      s.commit();
      expect(
        store.db
          .prepare(
            `SELECT i.name_vi AS name, i.unit_of_measure AS uom, COUNT(*) AS n FROM observation o JOIN indicator i ON i.id = o.indicator_id
             WHERE o.layer = 'user' GROUP BY i.id ORDER BY name`,
          )
          .all(),
      ).toEqual([
        { name: 'Số tổ công nghệ số cộng đồng', uom: 'tổ', n: 2 },
        { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', uom: '%', n: 2 },
        { name: 'Tỷ lệ thanh toán trực tuyến', uom: '%', n: 2 },
      ]);
      s.dispose();
    });

  it('a date column headed "Ngày số liệu" is the period (its month); "Ngày cập nhật" is not (tester round 15)', async () => {
    const body = [
      'Tỉnh,Chỉ tiêu,Ngày số liệu,Giá trị,Ngày cập nhật',
      'Bình Phước,Tỷ lệ thanh toán trực tuyến (%),31/12/2022,61.5,05/01/2023',
      'Bình Phước,Tỷ lệ thanh toán trực tuyến (%),31/12/2023,70.25,04/01/2024',
    ].join('\n');
    const { mapping, stored } = await importKpi(writeTemp('ngay.csv', body));
    expect(mapping.columns.map((c) => c.mapping.field)).toEqual([
      'unit',
      'kpi.indicator',
      'kpi.period',
      'kpi.value',
      'ignore',
    ]);
    expect(stored).toEqual([
      { period: '2022-12', value: 61.5 },
      { period: '2023-12', value: 70.25 },
    ]);
  });

  it('a period written month/day/year is refused saying so (tester round 15)', async () => {
    const body = [
      'Tỉnh,Kỳ báo cáo,Chỉ tiêu,Giá trị',
      'Bình Phước,1/31/2024,Số tổ,10',
      'Bình Phước,31/01/2024,Số tổ khác,11',
    ].join('\n');
    const s = new ImportSession(store.db, { kind: 'file', path: writeTemp('us.csv', body) });
    const a = await s.analyze();
    const p = await s.stage(a.mapping, { ...a.target, kind: 'kpi', group: 63 });
    const bad = p.problems.filter((x) => x.code === 'badPeriod');
    expect(bad.map((x) => x.cell)).toEqual(['B2']);
    expect(bad[0]!.messageVi).toContain('kiểu tháng/ngày/năm');
    expect(bad[0]!.messageVi).toContain('(31/01/2024)');
    expect(bad[0]!.messageEn).toContain('month/day/year');
    s.dispose();
  });

  it('says "checking" once the last byte is read, before the preview', async () => {
    const s = new ImportSession(store.db, {
      kind: 'file',
      path: writeTemp('k.csv', 'Tỉnh,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ,2024,10\n'),
    });
    const a = await s.analyze();
    const seen: ImportProgress['state'][] = [];
    await s.stage(
      a.mapping,
      { ...a.target, kind: 'kpi', group: 63 },
      { onProgress: (p) => seen.push(p.state) },
    );
    expect(seen.at(-1)).toBe('checking');
    expect(seen.slice(0, -1).every((x) => x === 'reading')).toBe(true);
    s.dispose();
  });
});
