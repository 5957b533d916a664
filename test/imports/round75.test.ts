// Session 23: what round 74 left and round 75 found. Each test imports the file as the command
// line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { indicatorKey } from '../../src/shared/imports/indicatorNames';
import { tempDir } from '../store/helpers';
import { errorCodes, importCommitted, storedLines, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round75-'), 'r.db'));
});

const stored = () => storedLines(store, 'i.name_vi, u.name_vi, o.period');
const kpis = () =>
  (
    store.db.prepare(`SELECT name_vi FROM indicator WHERE kind = 'kpi' ORDER BY id`).all() as {
      name_vi: string;
    }[]
  ).map((r) => r.name_vi);

describe("a group's header over its measure is the KPI written in one header (round 74)", () => {
  it.each([
    ['Thanh toán trực tuyến – Số giao dịch', 'Số giao dịch thanh toán trực tuyến'],
    ['Thanh toán trực tuyến – giá trị (tỷ đồng)', 'Giá trị thanh toán trực tuyến (tỷ đồng)'],
    ['Dịch vụ công trực tuyến – Số hồ sơ', 'Số hồ sơ dịch vụ công trực tuyến'],
    ['Tổ công nghệ số cộng đồng – số lượng (tổ)', 'Số lượng tổ công nghệ số cộng đồng (tổ)'],
  ])('"%s" is "%s"', (grouped, oneHeader) => {
    expect(indicatorKey(grouped)).toBe(indicatorKey(oneHeader));
  });

  it('a level stays a level, and other words keep KPIs apart', () => {
    expect(indicatorKey('Tỷ lệ hồ sơ trực tuyến – cấp tỉnh')).not.toBe(
      indicatorKey('Cấp tỉnh tỷ lệ hồ sơ trực tuyến'),
    );
    expect(indicatorKey('Thanh toán trực tuyến – Số giao dịch')).not.toBe(
      indicatorKey('Số giao dịch thanh toán'),
    );
  });

  it('a file with the grouped header, then one with "Số giao dịch thanh toán trực tuyến": one KPI, its value changed', async () => {
    const grouped = writeWorkbook('tt-nhom.xlsx', [
      {
        name: 'TTTT',
        rows: [
          ['STT', 'Tỉnh', 'Thanh toán trực tuyến', null],
          [null, null, 'Số giao dịch', 'Giá trị (tỷ đồng)'],
          [1, 'Bình Phước', 20001, 150.5],
          [2, 'Hà Nội', 3948, 98.25],
        ],
        merges: [
          { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
          { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
          { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
        ],
      },
    ]);
    expect(errorCodes(await importCommitted(store, grouped, 2024))).toEqual([]);
    const oneRow = writeWorkbook('tt-mot-dong.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh', 'Số giao dịch thanh toán trực tuyến', 'Giá trị thanh toán trực tuyến (tỷ đồng)'],
          [1, 'Bình Phước', 20500, 150.5],
          [2, 'Hà Nội', 3948, 98.25],
        ],
      },
    ]);
    const preview = await importCommitted(store, oneRow, 2024);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.counts).toMatchObject({ new: 0, changed: 1, unchanged: 3 });
    expect(kpis()).toEqual(['Thanh toán trực tuyến – Số giao dịch', 'Thanh toán trực tuyến – giá trị']);
    expect(stored()).toEqual([
      'Bình Phước | Thanh toán trực tuyến – Số giao dịch | 2024 | 20500 | null',
      'Hà Nội | Thanh toán trực tuyến – Số giao dịch | 2024 | 3948 | null',
      'Bình Phước | Thanh toán trực tuyến – giá trị | 2024 | 150.5 | null',
      'Hà Nội | Thanh toán trực tuyến – giá trị | 2024 | 98.25 | null',
    ]);
  });
});
