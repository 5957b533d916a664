// KPI tables as other systems and colleagues write them: month headers "T9/2022", periods as
// date cells, free-text periods, numbers whose decimal mark only the column tells, indicator
// names spelled differently, ranks written "5/63". Each is read exactly or refused by cell.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { Store } from '../../src/main/store';
import type { ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { referenceCsv, stageFile, storedRanking, writeTemp, errorCodes } from './helpers';
import { isSectionHeading } from '../../src/main/imports/pipeline/rowMapper';
import { listBatches, undoBatch } from '../../src/main/imports/pipeline/batches';
import { splitIndicatorName } from '../../src/shared/imports/indicatorNames';
import { isSummaryLabel } from '../../src/main/imports/pipeline/cells';
import { readTitleHints } from '../../src/main/imports/layout/titleHints';
import { buildXlsx } from '../fixtures/generate';

/** cellXfs 1: a date shown as "mm/yyyy". */
const MONTH_STYLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="mm/yyyy"/></numFmts>' +
  '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-kpiv-'), 'k.db'));
});

const write = writeTemp;
const errors = errorCodes;

/** Stages FILE as a ranking of the 63 units for YEAR (no commit). */
const stageRanking = (f: string, year = 2022) =>
  stageFile(store, { kind: 'file', path: f }, { kind: 'ranking', year, group: 63, period: String(year) });

/** Stages FILE as a KPI table (63 units unless told), commits when it can, returns what is stored. */
async function importKpi(file: string, override: Partial<ImportTarget> = {}) {
  const { session, preview } = await stageFile(
    store,
    { kind: 'file', path: file },
    { kind: 'kpi', group: 63, ...override },
  );
  if (preview.canCommit) session.commit();
  session.dispose();
  const stored = store.db
    .prepare(
      `SELECT u.name_vi AS unit, i.name_vi AS indicator, i.unit_of_measure AS uom, o.period, o.value, o.rank, o.rank_of, o.source_note AS note
       FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
       WHERE o.layer = 'user' ORDER BY u.name_vi, i.name_vi, o.period`,
    )
    .all() as {
    unit: string;
    indicator: string;
    uom: string | null;
    period: string;
    value: number | null;
    rank: number | null;
    rank_of: number | null;
    note: string | null;
  }[];
  return { preview, stored };
}

describe('periods in KPI tables', () => {
  it('month headers written "T9/2022" are periods, with the indicator from the title', async () => {
    const f = write(
      'thanh-toan.csv',
      'Thanh toán trực tuyến phí lệ phí (giao dịch)\nĐơn vị,T9/2022,T10/2022\nBình Phước,512,1020\nĐồng Nai,601,1101\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.unit, s.period, s.value])).toEqual([
      ['Bình Phước', '2022-09', 512],
      ['Bình Phước', '2022-10', 1020],
      ['Đồng Nai', '2022-09', 601],
      ['Đồng Nai', '2022-10', 1101],
    ]);
  });

  it('period cells "T9/2022" and date cells are months; a free-text period is refused by its cell', async () => {
    const ok = write(
      'long.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số giao dịch,T9/2022,512\nBình Phước,Số giao dịch,T12/2023,900\n',
    );
    const a = await importKpi(ok);
    expect(a.stored.map((s) => s.period)).toEqual(['2022-09', '2023-12']);

    const dates = write(
      'dates.xlsx',
      buildXlsx(
        [
          {
            name: 'KPI',
            rows: [
              ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
              // 44805 is 1 September 2022, shown "09/2022"
              ['Bình Phước', 'Số giao dịch', { v: 44805, s: 1 }, 700],
            ],
          },
        ],
        { stylesXml: MONTH_STYLE },
      ),
    );
    const b = await importKpi(dates);
    expect(errors(b.preview)).toEqual([]);
    expect(b.stored.find((s) => s.value === 700)?.period).toBe('2022-09');
  });

  it.each(['Lũy kế đến 30/9/2022', '2022 (ước)', '2021-2022'])(
    'a period written "%s" blocks the import, named by cell',
    async (period) => {
      const f = write('bad.csv', `Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số giao dịch,${period},512\n`);
      const { preview, stored } = await importKpi(f);
      expect(errors(preview)).toEqual(['badPeriod']);
      const p = preview.problems.find((x) => x.code === 'badPeriod')!;
      expect(p.messageEn).toContain('C2');
      expect(p.messageEn).toContain(period);
      expect(stored).toEqual([]);
    },
  );
});

describe('one KPI, many spellings', () => {
  it('capitals, decomposed Unicode, "Tỉ"/"Tỷ" and a unit in brackets are one indicator', async () => {
    const nfd = 'Tỷ lệ diện tích phủ sóng 4G'.normalize('NFD');
    const f = write(
      'spellings.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\n' +
        'Bình Phước,TỶ LỆ DIỆN TÍCH PHỦ SÓNG 4G,2021,97.5\n' +
        `Bình Phước,${nfd},2022,98.1\n` +
        'Bình Phước,Tỉ lệ diện tích phủ sóng 4G (%),2023,99\n' +
        'Đồng Nai,Tỷ lệ diện tích phủ sóng 4G,2022,99.2\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    const names = new Set(stored.map((s) => s.indicator));
    expect([...names]).toEqual(['Tỷ lệ diện tích phủ sóng 4G']);
    expect(stored.map((s) => s.uom)).toEqual(['%', '%', '%', '%']);
    expect(stored.map((s) => [s.unit, s.period, s.value])).toEqual([
      ['Bình Phước', '2021', 97.5],
      ['Bình Phước', '2022', 98.1],
      ['Bình Phước', '2023', 99],
      ['Đồng Nai', '2022', 99.2],
    ]);

    // A second file naming it "(%)" finds the indicator the store already has.
    const again = write(
      'again.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Tỷ lệ diện tích phủ sóng 4G (%),2024,99.5\n',
    );
    const b = await importKpi(again);
    expect(new Set(b.stored.map((s) => s.indicator)).size).toBe(1);
    expect(b.stored).toHaveLength(5);
  });

  it('the same unit, indicator and period twice under two spellings is a duplicate', async () => {
    const f = write(
      'dup.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Tỷ lệ DVCTT toàn trình,2023,55.5\nBình Phước,Tỷ lệ DVCTT toàn trình (%),2023,55.5\n',
    );
    const { preview } = await importKpi(f);
    expect(errors(preview)).toEqual(['duplicateKpi']);
  });
});

describe('numbers whose decimal mark only the column tells', () => {
  it('"912,687" is 912687 in a column that writes decimals with a dot (English thousands)', async () => {
    const f = write(
      'en.csv',
      'Unit,Indicator,Period,Value\n' +
        'Bình Phước,Online payments,2022,"912,687"\n' +
        'Bình Phước,Accounts,2022,"1,234,567"\n' +
        'Bình Phước,Coverage,2022,99.52\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(preview.problems.map((p) => p.code)).not.toContain('ambiguousNumber');
    expect(stored.map((s) => [s.indicator, s.value])).toEqual([
      ['Accounts', 1234567],
      ['Coverage', 99.52],
      ['Online payments', 912687],
    ]);
  });

  it('"87.975" is 87.975 next to "45.5", and 87975 next to "99,52" (Vietnamese)', async () => {
    const dot = write(
      'dot.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Tỷ lệ DVCTT (%),2022,87.975\nĐồng Nai,Tỷ lệ DVCTT (%),2022,45.5\n',
    );
    expect((await importKpi(dot)).stored.map((s) => s.value)).toEqual([87.975, 45.5]);

    store = new Store(path.join(tempDir('dti-kpiv-'), 'k2.db'));
    const comma = write(
      'comma.csv',
      'Đơn vị;Chỉ tiêu;Kỳ;Giá trị\nBình Phước;Số tài khoản;2022;87.975\nĐồng Nai;Số tài khoản;2022;99,52\n',
    );
    const c = await importKpi(comma);
    expect(c.stored.map((s) => s.value)).toEqual([87975, 99.52]);
    expect(c.preview.problems.map((p) => p.code)).not.toContain('ambiguousNumber');
  });

  it('when nothing tells, the Vietnamese reading is kept and the analyst is told once per column; a percentage reads in range', async () => {
    const f = write(
      'unclear.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Điểm hài lòng,2022,1.234\nĐồng Nai,Điểm hài lòng,2022,2.345\n',
    );
    const a = await importKpi(f);
    expect(a.stored.map((s) => s.value)).toEqual([1234, 2345]);
    const warn = a.preview.problems.filter((p) => p.code === 'ambiguousNumber');
    expect(warn).toHaveLength(1);
    // the reading spelled so it cannot be misread ("1.234" is what the file says)
    expect(warn[0]!.messageVi).toContain('đã đọc là 1234 (số nguyên)');
    expect(warn[0]!.messageEn).toContain('read as 1234 (a whole number)');
    expect(warn[0]!.messageEn).toContain('D2');

    store = new Store(path.join(tempDir('dti-kpiv-'), 'k3.db'));
    const pct = write(
      'pct.csv',
      'Unit,Indicator,Period,Value\nBình Phước,Online services (%),2022,99.520\nĐồng Nai,Online services (%),2022,87.970\n',
    );
    const b = await importKpi(pct);
    expect(b.stored.map((s) => s.value)).toEqual([99.52, 87.97]);
    expect(b.preview.problems.map((p) => p.code)).not.toContain('percentRange');
  });
});

describe('ranks written with their denominator', () => {
  it('"5/63" in a KPI rank column stores the rank and its denominator', async () => {
    const f = write(
      'rank.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Xếp hạng\nBình Phước,Tỷ lệ thanh toán trực tuyến,2022,45.2,5/63\nĐồng Nai,Tỷ lệ thanh toán trực tuyến,2022,50.1,1/63\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.unit, s.rank, s.rank_of])).toEqual([
      ['Bình Phước', 5, 63],
      ['Đồng Nai', 1, 63],
    ]);
  });

  it('a ranking rank written "12/34" in a ranking of 63 is an error at its cell', async () => {
    const f = write('r.csv', 'Tỉnh,Xếp hạng DTI,Điểm DTI\nBình Phước,12/34,0.4807\nĐồng Nai,13/63,0.47\n');
    const { preview } = await stageRanking(f);
    const p = preview.problems.filter((x) => x.code === 'rankOfMismatch');
    expect(p.map((x) => x.cell)).toEqual(['B2']);
    expect(p[0]!.messageVi).toContain('34');
    expect(preview.canCommit).toBe(false);
  });
});

describe('ranking tables that hold something else than they seem', () => {
  it('a unit code and a name that point at two units block the row, named by cell', async () => {
    // 24 is Bắc Giang in the 63-unit list; the name says Bắc Ninh (27)
    const f = write('codes.csv', 'Mã tỉnh,Tỉnh,Xếp hạng DTI\n24,Bắc Ninh,7\n70,Bình Phước,12\n');
    const { preview } = await stageRanking(f);
    const p = preview.problems.filter((x) => x.code === 'unitCodeConflict');
    expect(p.map((x) => x.cell)).toEqual(['A2']);
    expect(p[0]!.messageVi).toContain('Bắc Giang');
    expect(preview.questions).toEqual([]);
    expect(preview.canCommit).toBe(false);
  });

  it('"Cả nước" in the STT column with an empty unit cell is a summary row, not an unknown unit', async () => {
    const f = write('national.csv', 'STT,Tỉnh,Điểm DTI\nCả nước,,0.5\n1,Bình Phước,0.4807\n');
    const { preview } = await stageRanking(f);
    expect(errors(preview)).not.toContain('unitUnmatched');
    expect(errors(preview)).not.toContain('unitEmpty');
    expect(preview.problems.find((x) => x.code === 'summaryRow')?.messageVi).toContain('Cả nước');
  });

  it('an empty unit cell in a row with values says so', async () => {
    const f = write('empty.csv', 'Tỉnh,Điểm DTI\n,0.5\nBình Phước,0.4807\n');
    const { preview } = await stageRanking(f);
    expect(preview.problems.filter((x) => x.code === 'unitEmpty').map((x) => x.cell)).toEqual(['A2']);
  });

  it("a column or sheet headed with another year is never stored as this year's ranking", async () => {
    const f = write('compare.csv', 'Tỉnh,Xếp hạng 2022,Xếp hạng 2023\nHà Nội,24,6\nBình Phước,12,13\n');
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const mapping = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) =>
        c.col === 2
          ? { ...c, mapping: { field: 'dti.rank' as const } }
          : c.col === 3
            ? { ...c, mapping: { field: 'ignore' as const } }
            : c,
      ),
    };
    const preview = await session.stage(mapping, {
      ...a.target,
      kind: 'ranking',
      year: 2023,
      group: 63,
      period: '2023',
    });
    session.dispose();
    const p = preview.problems.filter((x) => x.code === 'columnYearContradicts');
    expect(p.map((x) => x.cell)).toEqual(['B1']);
    expect(p[0]!.messageEn).toContain('2022');
    expect(preview.canCommit).toBe(false);

    const xlsx = write(
      'sheets.xlsx',
      buildXlsx([
        {
          name: 'DTI 2021',
          rows: [
            ['Tỉnh', 'Xếp hạng DTI'],
            ['Bình Phước', 12],
          ],
        },
      ]),
    );
    const b = await stageRanking(xlsx, 2022);
    expect(errors(b.preview)).toContain('sheetYearContradicts');
  });
});

describe('notes', () => {
  it("a row's note column is kept with its values as their source note", async () => {
    const f = write(
      'notes.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Ghi chú\nBình Phước,Số giao dịch,2022,512,Số liệu ước tính\nĐồng Nai,Số giao dịch,2022,601,\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.unit, s.note])).toEqual([
      ['Bình Phước', 'Số liệu ước tính'],
      ['Đồng Nai', null],
    ]);
  });
});

describe('source lines', () => {
  it('a lone "Nguồn …" line under the table is not a unit', async () => {
    const f = write(
      'src.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số giao dịch,2022,512\nNguồn Trung tâm dữ liệu tỉnh,,,\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(preview.questions).toEqual([]);
    expect(stored).toHaveLength(1);
  });
});

describe('rows wider than their header', () => {
  it('decimal commas in a comma-separated file split a score in two: an error, never a score of 0', async () => {
    const f = write('split.csv', 'Tỉnh/thành phố,Điểm DTI\nTP. Đà Nẵng,0,8002\nBình Phước,0,4807\n');
    const { preview } = await stageRanking(f);
    const p = preview.problems.filter((x) => x.code === 'splitDecimal');
    expect(p.map((x) => x.cell)).toEqual(['C2', 'C3']);
    expect(p[0]!.messageEn).toContain('more fields (3)');
    expect(preview.canCommit).toBe(false);
  });

  it('a stray note beyond the header is said once per column and not imported', async () => {
    const f = write(
      'stray.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số giao dịch,2022,512,xem lại\nĐồng Nai,Số giao dịch,2022,601,xem lại\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(preview.problems.filter((x) => x.code === 'valueWithoutHeader').map((x) => x.cell)).toEqual([
      'E2',
    ]);
    expect(stored).toHaveLength(2);
  });
});

describe('a period in the title', () => {
  it('a table of one column per indicator titled "6 tháng đầu năm 2024" holds values for those months', async () => {
    const f = write(
      'h1.csv',
      'CHỈ TIÊU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024\nĐơn vị,Tỷ lệ DVCTT toàn trình (%),Số tổ công nghệ số cộng đồng\nBình Phước,55.5,1012\nĐồng Nai,60.1,1200\n',
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, {});
    expect(preview.target.period).toBe('2024-01..2024-06');
    expect(errors(preview)).toEqual([]);
    session.commit();
    session.dispose();
    const periods = store.db
      .prepare(`SELECT DISTINCT period FROM observation WHERE layer = 'user'`)
      .pluck()
      .all();
    expect(periods).toEqual(['2024-01..2024-06']);
  });
});

describe('merged unit cells', () => {
  it('rows under a unit cell merged down take its unit; an empty unit cell outside a merge is an error', async () => {
    const f = write(
      'merged.xlsx',
      buildXlsx([
        {
          name: 'KPI',
          rows: [
            ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
            ['Bình Phước', 'Số giao dịch', '2022', 1],
            [null, 'Số tài khoản', '2022', 2],
            [null, 'Số tổ công nghệ', '2022', 3],
            ['Đồng Nai', 'Số giao dịch', '2022', 4],
            [null, 'Số tài khoản', '2022', 5],
          ],
          merges: ['A2:A4', 'A5:A6'],
        },
      ]),
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.unit, s.value])).toEqual([
      ['Bình Phước', 1],
      ['Bình Phước', 2],
      ['Bình Phước', 3],
      ['Đồng Nai', 4],
      ['Đồng Nai', 5],
    ]);

    store = new Store(path.join(tempDir('dti-kpiv-'), 'k4.db'));
    const g = write(
      'unmerged.xlsx',
      buildXlsx([
        {
          name: 'KPI',
          rows: [
            ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
            ['Bình Phước', 'Số giao dịch', '2022', 1],
            [null, 'Số tài khoản', '2022', 2],
          ],
        },
      ]),
    );
    const b = await importKpi(g);
    expect(b.preview.problems.filter((p) => p.code === 'unitEmpty').map((p) => p.cell)).toEqual(['A3']);
    expect(b.preview.questions).toEqual([]);
    expect(b.preview.canCommit).toBe(false);
  });
});

describe('undo and hand edits', () => {
  it('an import whose values were edited by hand afterwards is not undone over the edit', async () => {
    store.loadReference();
    const bp = store.units.byCode('gso2004', '70')!;
    const f = write('r.csv', 'Tỉnh,Xếp hạng DTI\nBình Phước,12\nĐồng Nai,13\n');
    const { session, preview } = await stageRanking(f);
    expect(preview.canCommit).toBe(true);
    const { batchId } = session.commit();
    session.dispose();
    const edit = store.rankings.edit(
      { year: 2022, group: 63, unitId: bp.id, indicator: 'dti', field: 'rank', value: 9 },
      'analyst',
      null,
    );
    expect(() => undoBatch(store.db, batchId)).toThrow(/edited by hand/);
    expect(store.rankingRows(2022, 63).find((r) => r.unitId === bp.id)!.rank).toBe(9);
    // once the edit is undone, the import can be
    store.rankings.undo(edit.change!.id, 'analyst', null);
    const r = undoBatch(store.db, batchId);
    expect(r.removed + r.restored).toBe(2);
    expect(store.rankingRows(2022, 63).find((r) => r.unitId === bp.id)!.rank).toBe(12);
  });
});

describe('a column that disagrees with the file', () => {
  it('one "5.5" among Vietnamese thousands does not turn "912.687" into 912,687 when the file writes "99,52%"', async () => {
    const f = write(
      'mixed.csv',
      'Đơn vị;Số giao dịch thanh toán trực tuyến;Tỷ lệ hồ sơ trực tuyến (%)\n' +
        'Bình Phước;912.687;99,52%\n' +
        'Đồng Nai;3.948;88,1%\n' +
        'Bình Dương;5.5;70,25%\n',
    );
    const { preview, stored } = await importKpi(f, { year: 2022, period: '2022' });
    expect(errors(preview)).toEqual([]);
    const warn = preview.problems.filter((p) => p.code === 'ambiguousNumber');
    expect(warn.map((p) => p.cell)).toEqual(['B2']);
    expect(
      stored.filter((s) => s.indicator.startsWith('Số giao dịch')).map((s) => [s.unit, s.value]),
    ).toEqual([
      ['Bình Dương', 5.5],
      ['Bình Phước', 912687],
      ['Đồng Nai', 3948],
    ]);
  });
});

describe('cells without a number', () => {
  it('"n/a" and "chưa có" are no data, said once per column with their count; an Excel error is an error', async () => {
    const f = write(
      'nodata.csv',
      'Tỉnh,Điểm DTI,Xếp hạng DTI\nBình Phước,0.4807,n/a\nĐồng Nai,chưa có,n/a\nBình Dương,#DIV/0!,3\n',
    );
    const { preview } = await stageRanking(f);
    const noData = preview.problems.filter((p) => p.code === 'noDataCells');
    expect(noData.map((p) => p.cell).sort()).toEqual(['B3', 'C2']);
    expect(noData.find((p) => p.cell === 'C2')!.messageEn).toMatch(
      /cells of this column that hold no number \(2: C2, C3\)/,
    );
    expect(preview.problems.filter((p) => p.code === 'formulaError').map((p) => p.cell)).toEqual(['B4']);
    expect(preview.canCommit).toBe(false);
  });
});

describe('importing the same values again', () => {
  const target = { kind: 'ranking' as const, year: 2022, group: 63 as const, period: '2022' };
  const run = async (body: string) => {
    const { session, preview } = await stageFile(store, { kind: 'file', path: write('r.csv', body) }, target);
    const r = session.commit();
    session.dispose();
    return { batchId: r.batchId, preview };
  };
  const rankOf = (code: string) => store.rankingRows(2022, 63).find((r) => r.unitCode === code)?.rank ?? null;
  const ownerOf = (code: string) =>
    store.db
      .prepare(
        `SELECT o.batch_id FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user' AND u.code = ? AND u.code_list = 'gso2004'`,
      )
      .pluck()
      .get(code);

  it('takes over no cell; undoing the first import hands the cells to the second, as if the first never ran', async () => {
    const a = await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\nĐồng Nai,13\n');
    const b = await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\nĐồng Nai,13\n');
    expect(b.preview.counts).toMatchObject({ new: 0, changed: 0 });
    expect(ownerOf('70')).toBe(a.batchId);
    // the history says what each import wrote: two values, then none
    expect(listBatches(store.db).map((x) => [x.id, x.observations])).toEqual([
      [b.batchId, 0],
      [a.batchId, 2],
    ]);
    // nothing blocks undoing the first; the second import still says Bình Phước is 12
    undoBatch(store.db, a.batchId);
    expect(rankOf('70')).toBe(12);
    expect(ownerOf('70')).toBe(b.batchId);
    // and undoing the second too leaves nothing of either
    expect(undoBatch(store.db, b.batchId).removed).toBe(2);
    expect(rankOf('70')).toBeNull();
  });

  it('a cell changed by the first and confirmed by the second keeps the state before both for the second to undo', async () => {
    await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\n');
    const changed = await run('Tỉnh,Xếp hạng DTI\nBình Phước,11\n');
    const same = await run('Tỉnh,Xếp hạng DTI\nBình Phước,11\n');
    undoBatch(store.db, changed.batchId);
    expect(rankOf('70')).toBe(11);
    expect(ownerOf('70')).toBe(same.batchId);
    undoBatch(store.db, same.batchId);
    expect(rankOf('70')).toBe(12);
  });

  it('a chain of imports on one cell is undone from the last: the first is refused while later ones hold other values', async () => {
    await run('Tỉnh,Xếp hạng DTI\nBình Phước,10\n');
    const b1 = await run('Tỉnh,Xếp hạng DTI\nBình Phước,11\n');
    const b2 = await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\n');
    const b3 = await run('Tỉnh,Xếp hạng DTI\nBình Phước,13\n');
    expect(() => undoBatch(store.db, b1.batchId)).toThrow(/Undo import/);
    expect(rankOf('70')).toBe(13);
    undoBatch(store.db, b3.batchId);
    undoBatch(store.db, b2.batchId);
    undoBatch(store.db, b1.batchId);
    expect(rankOf('70')).toBe(10);
  });

  it('undoing an import that only confirmed a value keeps a hand edit made since', async () => {
    store.loadReference();
    await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\n');
    const confirm = await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\n');
    const bp = store.units.byCode('gso2004', '70')!;
    store.rankings.edit(
      { year: 2022, group: 63, unitId: bp.id, indicator: 'dti', field: 'rank', value: 9 },
      'a',
      null,
    );
    undoBatch(store.db, confirm.batchId);
    expect(rankOf('70')).toBe(9);
  });

  it("an excerpt imported before the full table can be undone without losing the full table's values", async () => {
    const first = await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\n');
    await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\nĐồng Nai,13\n');
    undoBatch(store.db, first.batchId);
    expect([rankOf('70'), rankOf('75')]).toEqual([12, 13]);
  });
});

describe('one name, two units of measure', () => {
  it('"Thanh toán trực tuyến" in giao dịch and in tỷ đồng are two indicators, in one file or two', async () => {
    const f = write(
      'units.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính\n' +
        'Bình Phước,Thanh toán trực tuyến,2022,512,giao dịch\n' +
        'Bình Phước,Thanh toán trực tuyến,2023,12.5,tỷ đồng\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.indicator, s.uom, s.value])).toEqual([
      ['Thanh toán trực tuyến', 'giao dịch', 512],
      ['Thanh toán trực tuyến (tỷ đồng)', 'tỷ đồng', 12.5],
    ]);
    // a later file in tỷ đồng finds the second one; one in giao dịch the first
    const g = write(
      'units2.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính\nĐồng Nai,Thanh toán trực tuyến,2023,20,tỷ đồng\nĐồng Nai,Thanh toán trực tuyến,2023,900,giao dịch\n',
    );
    const b = await importKpi(g);
    expect(errors(b.preview)).toEqual([]);
    expect(new Set(b.stored.map((s) => s.indicator)).size).toBe(2);
    expect(b.stored.filter((s) => s.unit === 'Đồng Nai').map((s) => [s.indicator, s.value])).toEqual([
      ['Thanh toán trực tuyến', 900],
      ['Thanh toán trực tuyến (tỷ đồng)', 20],
    ]);
  });
});

describe('footnote marks on KPI names', () => {
  it.each([
    ['Tỷ lệ DVCTT toàn trình (1)', 'Tỷ lệ DVCTT toàn trình', null],
    ['Tỷ lệ DVCTT toàn trình (%) (*)', 'Tỷ lệ DVCTT toàn trình', '%'],
    ['Số tổ công nghệ số cộng đồng**', 'Số tổ công nghệ số cộng đồng', null],
    ['Số tài khoản thanh toán¹', 'Số tài khoản thanh toán', null],
    ['Phủ sóng 4G [2]', 'Phủ sóng 4G', null],
    ['Chỉ số (a)', 'Chỉ số', null],
  ])('%s → %s', (raw, name, unit) => expect(splitIndicatorName(raw)).toEqual({ name, unit }));
});

describe('formulas saved without their value', () => {
  it('a rank formula with no saved result is an error at its cell, not an empty rank', async () => {
    const f = write(
      'uncached.xlsx',
      buildXlsx([
        {
          name: 'DTI',
          rows: [
            ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'],
            ['Bình Phước', 0.4807, { f: 'RANK(B2,B$2:B$3)', v: null }],
            ['Đồng Nai', 0.5, { f: 'RANK(B3,B$2:B$3)', v: 1 }],
          ],
        },
      ]),
    );
    const { preview } = await stageRanking(f);
    const p = preview.problems.filter((x) => x.code === 'formulaNoValue');
    expect(p.map((x) => x.cell)).toEqual(['C2']);
    expect(p[0]!.messageVi).toContain('=RANK(B2,B$2:B$3)');
    expect(preview.canCommit).toBe(false);
  });
  it('a text formula (t="str") with no saved result is the same error, not an empty score', async () => {
    const f = write(
      'uncached-str.xlsx',
      buildXlsx([
        {
          name: 'DTI',
          rows: [
            ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'],
            ['Bình Phước', 0.4807, 2],
          ],
          // as some tools write it: typed as text, the formula, and no <v> at all
          rawCellXml:
            '<row r="3"><c r="A3" t="inlineStr"><is><t>Đồng Nai</t></is></c>' +
            '<c r="B3" t="str"><f>ROUND(0.65,4)</f></c><c r="C3"><v>1</v></c></row>' +
            // a text formula whose result is empty text keeps its <v></v>: an empty cell
            '<row r="4"><c r="A4" t="inlineStr"><is><t>Bình Dương</t></is></c>' +
            '<c r="B4" t="str"><f>IF(1,"","")</f><v></v></c><c r="C4"><v>3</v></c></row>' +
            // …or, as Excel writes it, <v/>
            '<row r="5"><c r="A5" t="inlineStr"><is><t>Tây Ninh</t></is></c>' +
            '<c r="B5" t="str"><f>IF(1,"","")</f><v/></c><c r="C5"><v>4</v></c></row>',
        },
      ]),
    );
    const { preview } = await stageRanking(f);
    const p = preview.problems.filter((x) => x.code === 'formulaNoValue');
    expect(p.map((x) => x.cell)).toEqual(['B3']);
    expect(p[0]!.messageVi).toContain('=ROUND(0.65,4)');
    expect(preview.canCommit).toBe(false);
  });
});

describe('hidden columns', () => {
  it('a column hidden in Excel is imported and said at its header', async () => {
    const f = write(
      'hiddencol.xlsx',
      buildXlsx([
        {
          name: 'KPI',
          rows: [
            ['Đơn vị', 'Năm 2021', 'Năm 2022'],
            ['Bình Phước', 40, 45],
          ],
          hiddenCols: [2],
        },
      ]),
    );
    const { preview, stored } = await importKpi(f, { indicator: 'Tỷ lệ DVCTT toàn trình' });
    expect(preview.problems.filter((p) => p.code === 'hiddenColumn').map((p) => p.cell)).toEqual(['B1']);
    expect(stored.map((s) => [s.period, s.value])).toEqual([
      ['2021', 40],
      ['2022', 45],
    ]);
  });
});

describe('summary rows', () => {
  it.each(['Toàn quốc', 'TOÀN TỈNH:', 'Tổng số', 'Cả tỉnh'])('"%s" is a summary row', (label) =>
    expect(isSummaryLabel(label)).toBe(true),
  );
  it.each(['Hà Nội', 'Toàn Thắng', 'Cà Mau'])('"%s" is not', (label) =>
    expect(isSummaryLabel(label)).toBe(false),
  );
});

describe('rows the analyst skips', () => {
  it('a skipped row is left out of the rank-order check, so it no longer blocks the import', async () => {
    const f = write(
      'skip.csv',
      'Tỉnh,Điểm DTI,Xếp hạng DTI\nBình Phước,0.60,1\nĐồng Nai,0.50,2\nTỉnh Không Tồn Tại,0.40,1\n',
    );
    const { session, preview } = await stageRanking(f);
    expect(preview.questions.map((q) => q.label)).toEqual(['Tỉnh Không Tồn Tại']);
    const after = session.answer([{ label: 'Tỉnh Không Tồn Tại', unitId: null }]);
    expect(after.problems.filter((p) => p.code === 'rankInconsistent')).toEqual([]);
    expect(after.canCommit).toBe(true);
    session.dispose();
  });
});

describe('why a name is asked', () => {
  it('a "(mới)" label on the 63-unit list is asked with the reason', async () => {
    const f = write('moi.csv', 'Tỉnh,Xếp hạng DTI\nTP. Hải Phòng (mới),3\nBình Phước,12\n');
    const { preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { kind: 'ranking', year: 2024, group: 63, period: '2024' },
    );
    const q = preview.questions.find((x) => x.label === 'TP. Hải Phòng (mới)')!;
    expect(q.reason?.vi).toContain('01/07/2025');
    expect(q.reason?.en).toBeTruthy();
  });
});

describe('what detection sees around the table', () => {
  it('a second table under the ranking is not read; a note says where it starts', async () => {
    const f = write(
      'stacked.csv',
      'Tỉnh,Điểm DTI,Xếp hạng DTI\nBình Phước,0.4807,12\nĐồng Nai,0.5,10\n\n\n' +
        'Bảng 2. Điểm trung bình theo vùng\nVùng,Số tỉnh,Điểm trung bình\nĐông Nam Bộ,6,0.55\nTây Nguyên,5,0.45\n',
    );
    const { preview } = await stageRanking(f);
    expect(errors(preview)).toEqual([]);
    expect(preview.questions).toEqual([]);
    expect(preview.problems.find((p) => p.code === 'nextTable')?.row).toBe(6);
  });

  it('a transposed table (units across a row) is one clear error, not a warning per column', async () => {
    const names = ['Hà Nội', 'Bình Phước', 'Đồng Nai', 'Bình Dương', 'Tây Ninh', 'Long An'];
    const f = write(
      'across.csv',
      `Chỉ tiêu,${names.join(',')}\nĐiểm DTI,${names.map((_, i) => 0.5 + i / 100).join(',')}\nXếp hạng DTI,${names.map((_, i) => i + 1).join(',')}\n`,
    );
    const { preview } = await stageRanking(f);
    expect(preview.problems.filter((p) => p.code === 'unitsAcross')).toHaveLength(1);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    expect(preview.canCommit).toBe(false);
  });

  it('quarter columns without a year take the year of the import, or ask for it', async () => {
    const f = write('q.csv', 'Đơn vị,Quý I,Quý II\nBình Phước,40,45\n');
    const asked = await importKpi(f, { indicator: 'Tỷ lệ DVCTT toàn trình' });
    expect(errors(asked.preview)).toContain('periodNeedsYear');
    expect(asked.stored).toEqual([]);
    const given = await importKpi(f, { indicator: 'Tỷ lệ DVCTT toàn trình', year: 2024 });
    expect(errors(given.preview)).toEqual([]);
    expect(given.stored.map((s) => [s.period, s.value])).toEqual([
      ['2024-01..2024-03', 40],
      ['2024-04..2024-06', 45],
    ]);
  });
});

describe('invisible characters', () => {
  it('zero-width spaces in names and numbers are ignored', async () => {
    const f = write(
      'zw.csv',
      'Tỉnh,Điểm DTI,Xếp hạng DTI\nLong An\u200b,\u200b0.6267,\u200b12\n\u200bBình Phước,0.4807,22\n',
    );
    const { preview } = await stageRanking(f);
    expect(errors(preview)).toEqual([]);
    expect(preview.questions).toEqual([]);
  });
});

describe('the year of a title', () => {
  it('"NĂM 2022" over the table wins over "Cập nhật 2023" at the top of the sheet', () => {
    expect(
      readTitleHints(['Bảng tổng hợp của phòng', 'Cập nhật 2023', 'XẾP HẠNG DTI CẤP TỈNH NĂM 2022'], []).year,
    ).toBe(2022);
    expect(readTitleHints(['Số liệu 2021', 'Bảng 2023'], []).year).toBe(2023);
  });
});

describe('a rank column in a table of one column per KPI', () => {
  it('"Xếp hạng" right after a KPI column is that KPI\'s rank', async () => {
    const f = write(
      'rank-after.csv',
      'Đơn vị,Năm,Số giao dịch thanh toán trực tuyến (giao dịch),Xếp hạng,Tỷ lệ DVCTT toàn trình (%)\n' +
        'Bình Phước,2022,3948,5/63,35.5\nĐồng Nai,2022,5100,3/63,30.5\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(
      stored.filter((s) => s.unit === 'Bình Phước').map((s) => [s.indicator, s.value, s.rank, s.rank_of]),
    ).toEqual([
      ['Số giao dịch thanh toán trực tuyến', 3948, 5, 63],
      ['Tỷ lệ DVCTT toàn trình', 35.5, null, null],
    ]);
  });
});

describe('merged value cells', () => {
  it('a tied rank written once in a cell merged over two units is the rank of both', async () => {
    const f = write(
      'tie.xlsx',
      buildXlsx([
        {
          name: 'DTI',
          rows: [
            ['Xếp hạng DTI', 'Tỉnh', 'Điểm DTI'],
            [14, 'Bình Phước', 0.5],
            [15, 'Thanh Hóa', null],
            [null, 'Yên Bái', null],
            [17, 'Đồng Nai', 0.4],
          ],
          merges: ['A3:A4'],
        },
      ]),
    );
    const { session, preview } = await stageRanking(f);
    expect(errors(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'mergedValue').map((p) => p.cell)).toEqual(['A3']);
    session.commit();
    session.dispose();
    const rank = (code: string) => store.rankingRows(2022, 63).find((r) => r.unitCode === code)?.rank;
    expect([rank('38'), rank('15')]).toEqual([15, 15]);
  });
});

describe('text that looks like something else', () => {
  it('"=15" in a text file is a tie mark, and "\'0,8002" is a number', async () => {
    const f = write('ties.tsv', "Tỉnh\tĐiểm DTI\tXếp hạng DTI\nThanh Hóa\t'0,5\t15\nYên Bái\t'0,5\t=15\n");
    const { preview } = await stageRanking(f);
    expect(errors(preview)).toEqual([]);
  });
});

describe('a group header over years', () => {
  it('"Năm" merged over 2021 | 2022 (years typed as numbers) gives one column per year', async () => {
    const f = write(
      'nam.xlsx',
      buildXlsx([
        {
          name: 'Bình Phước',
          rows: [
            ['Chỉ tiêu', 'Đơn vị tính', 'Năm', null],
            [null, null, 2021, 2022],
            ['Tỷ lệ DVCTT toàn trình', '%', 40, 45],
            ['Số tổ công nghệ số cộng đồng', 'tổ', 900, 1012],
          ],
          merges: ['A1:A2', 'B1:B2', 'C1:D1'],
        },
      ]),
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.indicator, s.period, s.value])).toEqual([
      ['Số tổ công nghệ số cộng đồng', '2021', 900],
      ['Số tổ công nghệ số cộng đồng', '2022', 1012],
      ['Tỷ lệ DVCTT toàn trình', '2021', 40],
      ['Tỷ lệ DVCTT toàn trình', '2022', 45],
    ]);
  });
});

describe('the decimal mark the analyst chooses for a column', () => {
  it('decides the numbers that read both ways, is said, and is not remembered with the layout', async () => {
    const f = write(
      'unclear.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Điểm hài lòng,2022,1.234\nĐồng Nai,Điểm hài lòng,2022,2.345\nBình Dương,Điểm hài lòng,2022,3.456\n',
    );
    const target: ImportTarget = { kind: 'kpi', year: null, group: 63 };
    const stored = () =>
      store.db
        .prepare(`SELECT value FROM observation WHERE layer = 'user' ORDER BY unit_id`)
        .pluck()
        .all() as number[];

    // Nothing in the file tells: the first stage reads "1.234" the Vietnamese way and warns.
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const first = await session.stage(a.mapping, { ...a.target, ...target });
    const valueCol = a.mapping.columns.find((c) => c.mapping.field === 'kpi.value')!.col;
    expect(first.problems.filter((p) => p.code === 'ambiguousNumber').map((p) => p.col)).toEqual([valueCol]);

    // The analyst says the column writes decimals with a dot.
    const chosen = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) => (c.col === valueCol ? { ...c, decimalMark: '.' as const } : c)),
    };
    const second = await session.stage(chosen, { ...a.target, ...target });
    expect(second.problems.map((p) => p.code)).not.toContain('ambiguousNumber');
    expect(second.canCommit).toBe(true);
    session.commit();
    session.dispose();
    expect(stored().sort((x, y) => x - y)).toEqual([1.234, 2.345, 3.456]);

    // The next file of the same headers may hold another indicator: the choice was this file's.
    const again = new ImportSession(store.db, { kind: 'file', path: f });
    const b = await again.analyze();
    expect(b.remembered).toBe(true);
    expect(b.mapping.columns.find((c) => c.col === valueCol)!.decimalMark).toBeUndefined();
    again.dispose();
  });

  it('a comma chosen for a column reads "912,687" as 912.687 where the file otherwise writes thousands with commas', async () => {
    const f = write(
      'comma.csv',
      'Đơn vị\tChỉ tiêu\tKỳ\tGiá trị\nBình Phước\tTỷ lệ\t2022\t912,687\nĐồng Nai\tTỷ lệ\t2022\t87,975\n',
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const valueCol = a.mapping.columns.find((c) => c.mapping.field === 'kpi.value')!.col;
    const chosen = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) => (c.col === valueCol ? { ...c, decimalMark: ',' as const } : c)),
    };
    const p = await session.stage(chosen, { ...a.target, kind: 'kpi', group: 63 });
    expect(p.problems.map((x) => x.code)).not.toContain('ambiguousNumber');
    session.commit();
    session.dispose();
    expect(
      (store.db.prepare(`SELECT value FROM observation WHERE layer = 'user'`).pluck().all() as number[]).sort(
        (x, y) => x - y,
      ),
    ).toEqual([87.975, 912.687]);
  });
});

describe('KPI values written with their unit', () => {
  it('"12 tổ" is 12 and "tổ" becomes the unit of an indicator that had none, said once per column', async () => {
    const f = write(
      'to-cong-nghe.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ công nghệ số cộng đồng,2023,"12 tổ"\nĐồng Nai,Số tổ công nghệ số cộng đồng,2023,"1.234 tổ"\nBình Dương,Số tổ công nghệ số cộng đồng,2023,15\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    const told = preview.problems.filter((p) => p.code === 'unitInCell');
    expect(told.map((p) => p.cell)).toEqual(['D2']);
    expect(told[0]!.messageVi).toContain('"tổ"');
    expect(stored.map((s) => [s.unit, s.value, s.uom])).toEqual([
      ['Bình Dương', 15, 'tổ'],
      ['Bình Phước', 12, 'tổ'],
      ['Đồng Nai', 1234, 'tổ'],
    ]);
  });

  it('a unit that is the header\'s is read without a word; "1.234 hồ sơ" stays whole whatever mark is chosen, and says so', async () => {
    const f = write(
      'ho-so.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số hồ sơ trực tuyến (hồ sơ),2023,"1.234 hồ sơ"\nĐồng Nai,Số hồ sơ trực tuyến (hồ sơ),2023,"2.345  Hồ sơ"\n',
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const first = await session.stage(a.mapping, { ...a.target, kind: 'kpi', group: 63 });
    expect(errors(first)).toEqual([]);
    expect(first.problems.map((p) => p.code)).not.toContain('unitInCell');
    // (a count is whole: "1.234 hồ sơ" can only be 1234, nothing to ask)
    expect(first.problems.map((p) => p.code)).not.toContain('ambiguousNumber');
    const col = a.mapping.columns.find((c) => c.mapping.field === 'kpi.value')!.col;
    const dot = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) => (c.col === col ? { ...c, decimalMark: '.' as const } : c)),
    };
    // (a count of hồ sơ has no fraction: the mark chosen for the column does not make one, and
    // the analyst is told where the count decided)
    const second = await session.stage(dot, { ...a.target, kind: 'kpi', group: 63 });
    expect(second.canCommit).toBe(true);
    expect(
      second.problems.filter((p) => p.messageEn.includes('is a whole number: read as')).map((p) => p.cell),
    ).toEqual(['D2']);
    session.commit();
    session.dispose();
    expect(
      store.db.prepare(`SELECT value FROM observation WHERE layer = 'user' ORDER BY value`).pluck().all(),
    ).toEqual([1234, 2345]);
  });

  it('a value in another unit than its indicator\'s ("2,5 tỷ" for đồng) is an error at its cell, nothing written', async () => {
    const f = write(
      'thanh-toan.csv',
      'Đơn vị;Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\nBình Phước;Giá trị thanh toán trực tuyến;đồng;2023;2,5 tỷ\nĐồng Nai;Giá trị thanh toán trực tuyến;đồng;2023;3100000000\n',
    );
    const { preview, stored } = await importKpi(f);
    const bad = preview.problems.filter((p) => p.code === 'unitInCellScale');
    expect(bad.map((p) => [p.cell, p.value])).toEqual([['E2', '2,5 tỷ']]);
    expect(bad[0]!.messageEn).toContain('"tỷ"');
    expect(preview.canCommit).toBe(false);
    expect(stored).toEqual([]);
  });

  it('"15 (đồng hạng)" and "120 (ước)" are not values with units', async () => {
    const f = write(
      'uoc.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số điểm phục vụ,2023,120 (ước)\nĐồng Nai,Số điểm phục vụ,2023,98\n',
    );
    const { preview } = await importKpi(f);
    expect(errors(preview)).toEqual(['notANumber']);
    expect(preview.problems.map((p) => p.code)).not.toContain('unitInCell');
  });
});

describe('a unit column that is not one', () => {
  it('300 unknown names: the first 200 are asked in file order and one error says the column may be wrong', async () => {
    const lines = ['Đơn vị,Chỉ tiêu,Kỳ,Giá trị'];
    for (let i = 0; i < 300; i++) lines.push(`HS-${String(300 - i).padStart(4, '0')},Số hồ sơ,2023,${i}`);
    const f = write('ma-ho-so.csv', lines.join('\n') + '\n');
    const { preview } = await importKpi(f);
    expect(preview.questions).toHaveLength(200);
    expect(preview.questions[0]!.label).toBe('HS-0300');
    const tooMany = preview.problems.filter((p) => p.code === 'tooManyUnitQuestions');
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]!.messageVi).toContain('300 tên');
    expect(preview.canCommit).toBe(false);
  });

  it('the problems point at the column when it is a code column ("Mã đơn vị")', async () => {
    const lines = ['Mã đơn vị,Chỉ tiêu,Kỳ,Giá trị'];
    for (let i = 0; i < 250; i++) lines.push(`HS-${String(i).padStart(6, '0')},Số hồ sơ,2023,${i}`);
    const { preview } = await importKpi(write('ma-don-vi.csv', lines.join('\n') + '\n'));
    const tooMany = preview.problems.find((p) => p.code === 'tooManyUnitQuestions')!;
    expect([tooMany.col, tooMany.header]).toEqual([1, 'Mã đơn vị']);
    expect(preview.problems.find((p) => p.code === 'unitUnmatched')!.cell).toBe('A2');
  });
});

describe('values with units: what is not read, and what the store learns', () => {
  it('a scale word ("12,5 nghìn") is read only when the header says the same unit; without it, an error', async () => {
    const bare = write(
      'mooc.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số học viên MOOC,2023,"12,5 nghìn"\nĐồng Nai,Số học viên MOOC,2023,8.500\n',
    );
    const a = await importKpi(bare);
    expect(a.preview.problems.filter((p) => p.code === 'unitInCellScale').map((p) => p.cell)).toEqual(['D2']);
    expect(a.stored).toEqual([]);

    store = new Store(path.join(tempDir('dti-kpiv-'), 'k-scale.db'));
    const named = write(
      'mooc-nghin.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số học viên MOOC (nghìn người),2023,"12,5 nghìn người"\nĐồng Nai,Số học viên MOOC (nghìn người),2023,"8,5"\n',
    );
    const b = await importKpi(named);
    expect(errors(b.preview)).toEqual([]);
    expect(b.stored.map((s) => [s.value, s.uom])).toEqual([
      [12.5, 'nghìn người'],
      [8.5, 'nghìn người'],
    ]);
  });

  it('a word that is no unit ("120 ước", "15 trở lên", "12A", "85% đạt") leaves its cell unread', async () => {
    const f = write(
      'ghi-chu.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số điểm,2023,120 ước\nĐồng Nai,Số điểm,2023,15 trở lên\nBình Dương,Số điểm,2023,12A\nTây Ninh,Số điểm,2023,85% đạt\nLong An,Số điểm,2023,9\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(preview.problems.filter((p) => p.code === 'notANumber').map((p) => p.cell)).toEqual([
      'D2',
      'D3',
      'D4',
      'D5',
    ]);
    expect(preview.problems.map((p) => p.code)).not.toContain('unitInCell');
    expect(stored).toEqual([]);
  });

  it('"85%" for an indicator counted in tổ is an error; "45 người/km²" is the unit column\'s "người/km2"', async () => {
    const f = write(
      'don-vi-tinh.csv',
      'Đơn vị,Chỉ tiêu,Đơn vị tính,Kỳ,Giá trị\nBình Phước,Số tổ công nghệ số,tổ,2023,85%\nĐồng Nai,Mật độ dân số,người/km2,2023,45 người/km²\n',
    );
    const { preview } = await importKpi(f);
    expect(preview.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['unitInCellMismatch', 'E2'],
    ]);
  });

  it('a KPI stored without a unit takes the one a later file gives, and then holds to it', async () => {
    const first = write('to-2022.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2022,110\n');
    expect(errors((await importKpi(first)).preview)).toEqual([]);
    const unit = () =>
      store.db.prepare(`SELECT unit_of_measure FROM indicator WHERE name_vi = 'Số tổ CNSCĐ'`).pluck().get();
    expect(unit()).toBeNull();
    const second = write('to-2023.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2023,130 tổ\n');
    const b = await importKpi(second);
    expect(b.preview.problems.map((p) => p.code)).toContain('unitInCell');
    expect(unit()).toBe('tổ');
    const third = write('to-2024.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2024,140 hồ sơ\n');
    const c = await importKpi(third);
    expect(errors(c.preview)).toEqual(['unitInCellMismatch']);
  });

  it('"87.975%" in a column that writes "99,5%" is 87.975 (87975% cannot be), and the analyst is told', async () => {
    const f = write(
      'phu-song.csv',
      'Đơn vị;Chỉ tiêu;Kỳ;Giá trị\nBình Phước;Tỷ lệ phủ sóng 4G;2023;87.975%\nĐồng Nai;Tỷ lệ phủ sóng 4G;2023;99,5%\n',
    );
    const { preview, stored } = await importKpi(f);
    expect(preview.problems.filter((p) => p.code === 'percentReadInRange').map((p) => p.cell)).toEqual([
      'D2',
    ]);
    expect(stored.map((s) => s.value)).toEqual([87.975, 99.5]);
  });

  it('a table with one column per indicator keeps a column whose cells carry their unit', async () => {
    const f = write(
      'theo-chi-tieu.csv',
      'Đơn vị,Năm,Số tổ công nghệ số cộng đồng (tổ),Số học viên MOOC,Tỷ lệ hồ sơ trực tuyến (%)\nBình Phước,2023,12 tổ,1.234 người,85 phần trăm\nĐồng Nai,2023,15,2.500,"90,5 %"\nBình Dương,2023,20,3.100,77\n',
    );
    const { preview, stored } = await importKpi(f, { year: 2023, period: '2023' });
    expect(errors(preview)).toEqual([]);
    expect(preview.unknownColumns).toEqual([]);
    expect(stored.filter((s) => s.unit === 'Bình Phước').map((s) => [s.indicator, s.value, s.uom])).toEqual([
      ['Số học viên MOOC', 1234, 'người'],
      ['Số tổ công nghệ số cộng đồng', 12, 'tổ'],
      ['Tỷ lệ hồ sơ trực tuyến', 85, '%'],
    ]);
  });
});

describe('undo takes back what an import did to indicators', () => {
  const indicator = (name: string) =>
    store.db.prepare(`SELECT id, unit_of_measure AS uom FROM indicator WHERE name_vi = ?`).get(name) as
      { id: number; uom: string | null } | undefined;
  const lastBatch = () => listBatches(store.db).find((b) => !b.undoneAt)!.id;

  it('a KPI the import created is gone after undo, and comes back with the next import', async () => {
    const f = write('tao-moi.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ (tổ),2023,130\n');
    expect(errors((await importKpi(f)).preview)).toEqual([]);
    expect(indicator('Số tổ CNSCĐ')!.uom).toBe('tổ');
    undoBatch(store.db, lastBatch());
    expect(indicator('Số tổ CNSCĐ')).toBeUndefined();
    // a wrong unit in the undone file no longer stands in the way of the right one
    const right = write('dung.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2023,130 đội\n');
    expect(errors((await importKpi(right)).preview)).toEqual([]);
    expect(indicator('Số tổ CNSCĐ')!.uom).toBe('đội');
  });

  it('a unit the import gave a KPI stored without one is taken back; the KPI and its other values stay', async () => {
    const first = write('to-2022.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2022,110\n');
    await importKpi(first);
    const second = write('to-2023.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2023,130 tổ\n');
    await importKpi(second);
    expect(indicator('Số tổ CNSCĐ')!.uom).toBe('tổ');
    undoBatch(store.db, lastBatch());
    expect(indicator('Số tổ CNSCĐ')).toMatchObject({ uom: null });
    expect(store.db.prepare(`SELECT value FROM observation WHERE layer = 'user'`).pluck().all()).toEqual([
      110,
    ]);
  });
});

describe("values with units: a reviewer's cases", () => {
  it('"12 Tổ CNSCĐ" is in tổ', async () => {
    const f = write('cnscd.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ (tổ),2023,12 Tổ CNSCĐ\n');
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.value, s.uom])).toEqual([[12, 'tổ']]);
  });

  it('"100% xã" is neither a percentage nor a count: not read', async () => {
    const f = write(
      'xa.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số xã có tổ CNSCĐ,2023,100% xã\nĐồng Nai,Số xã có tổ CNSCĐ,2023,45 xã\n',
    );
    const { preview } = await importKpi(f);
    expect(preview.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['notANumber', 'D2'],
    ]);
  });

  it('"85%" and "12 tổ" for one KPI are refused whichever comes first', async () => {
    const a = write(
      'a.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ,2023,85%\nĐồng Nai,Số tổ,2023,12 tổ\n',
    );
    expect(errors((await importKpi(a)).preview)).toEqual(['unitInCellMismatch']);
    const b = write(
      'b.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ,2023,12 tổ\nĐồng Nai,Số tổ,2023,85%\n',
    );
    expect(errors((await importKpi(b)).preview)).toEqual(['unitInCellMismatch']);
  });

  it('"1.234 tài khoản" is in the unit of the published KPI stored as "accounts"', async () => {
    store.loadReference();
    const name = 'Tài khoản thanh toán mở cho người từ 15 tuổi trở lên';
    const f = write('tk.csv', `Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,${name},2023,1.234 tài khoản\n`);
    const { preview } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
  });

  it("undoing the import that gave a KPI its unit keeps the unit while a later import's values in it stay", async () => {
    await importKpi(write('k22.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2022,110\n'));
    await importKpi(write('k23.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2023,130 tổ\n'));
    const gaveUnit = listBatches(store.db).find((b) => b.fileName === 'k23.csv')!.id;
    await importKpi(write('k24.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ CNSCĐ,2024,7 tổ\n'));
    undoBatch(store.db, gaveUnit);
    expect(
      store.db.prepare(`SELECT unit_of_measure FROM indicator WHERE name_vi = 'Số tổ CNSCĐ'`).pluck().get(),
    ).toBe('tổ');
  });

  it('a preview staged before an undo took its KPI away is not committed: read the file again', async () => {
    await importKpi(write('moi.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Chỉ tiêu mới,2023,5\n'));
    const created = listBatches(store.db).find((b) => !b.undoneAt)!.id;
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: write('sau.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nĐồng Nai,Chỉ tiêu mới,2023,6\n') },
      { kind: 'kpi', group: 63 },
    );
    expect(preview.canCommit).toBe(true);
    undoBatch(store.db, created);
    expect(() => session.commit()).toThrow(/read it again/);
    session.dispose();
    expect(store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(0);
  });

  it('the decimal mark chosen for a column is said when it decides, so a remembered one never decides unseen', async () => {
    const f = write(
      'hs.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Điểm hài lòng,2022,1.234\nĐồng Nai,Điểm hài lòng,2022,2.345\n',
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const col = a.mapping.columns.find((c) => c.mapping.field === 'kpi.value')!.col;
    const p = await session.stage(
      {
        ...a.mapping,
        columns: a.mapping.columns.map((c) => (c.col === col ? { ...c, decimalMark: '.' as const } : c)),
      },
      { ...a.target, kind: 'kpi', group: 63 },
    );
    const said = p.problems.filter((x) => x.code === 'decimalMarkApplied');
    expect(said.map((x) => [x.severity, x.cell])).toEqual([['warning', 'D2']]);
    expect(said[0]!.messageVi).toContain('"."');
    session.dispose();
  });
});

describe('units compared with their marks; the file column of a preview cell; old remembered marks', () => {
  it('"16 tờ" is not 16 tổ, while "2,5 tỉ đồng" is in tỷ đồng', async () => {
    const f = write(
      'to-to.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Số tổ (tổ),2023,16 tờ\nĐồng Nai,Giá trị giao dịch (tỷ đồng),2023,"2,5 tỉ đồng"\n',
    );
    const { preview } = await importKpi(f);
    expect(preview.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['notANumber', 'D2'],
    ]);
    expect(preview.rows.find((r) => r.row === 3)!.cells.map((c) => [c.new, c.col])).toEqual([[2.5, 4]]);
  });

  it('a decimal mark saved with a layout by an earlier version is not applied', async () => {
    const f = write('hs.csv', 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Điểm hài lòng,2022,1.234\n');
    await importKpi(f);
    store.db
      .prepare(
        `UPDATE import_layout SET mapping_json = replace(mapping_json, '"col":4,', '"col":4,"decimalMark":".",')`,
      )
      .run();
    expect(store.db.prepare(`SELECT mapping_json FROM import_layout`).pluck().get()).toContain('decimalMark');
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    expect(a.remembered).toBe(true);
    expect(a.mapping.columns.some((c) => c.decimalMark !== undefined)).toBe(false);
    session.dispose();
  });
});

describe('merged cells reach the mapping sample', () => {
  const header = [
    ['Chỉ tiêu', 'Đơn vị tính', 'Năm', null],
    [null, null, 2021, 2022],
  ];
  const kpi = (n: number) => Array.from({ length: n }, (_, i) => [`Chỉ tiêu thử ${i + 1}`, '%', 40, 45]);

  it('an .xlsx read to its end and an .xls tell their merged ranges with the sample', async () => {
    const xlsx = write(
      'gop.xlsx',
      buildXlsx([{ name: 'Bình Phước', rows: [...header, ...kpi(3)], merges: ['A1:A2', 'B1:B2', 'C1:D1'] }]),
    );
    const XLSX = await import('@e965/xlsx');
    const ws = XLSX.utils.aoa_to_sheet([...header, ...kpi(3)]);
    ws['!merges'] = ['A1:A2', 'B1:B2', 'C1:D1'].map((r) => XLSX.utils.decode_range(r));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Bình Phước');
    const xls = write('gop.xls', XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    for (const f of [xlsx, xls]) {
      const session = new ImportSession(store.db, { kind: 'file', path: f });
      const a = await session.analyze();
      expect(a.merges.map((m) => [m.fromRow, m.fromCol, m.toRow, m.toCol]).sort(), path.basename(f)).toEqual([
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 1, 4],
      ]);
      session.dispose();
    }
  });

  it('only ranges that start among the rows of the sample go with it', async () => {
    const f = write(
      'gop-dai.xlsx',
      buildXlsx([
        {
          name: 'Bình Phước',
          rows: [...header, ...kpi(100)],
          merges: ['A1:A2', 'B1:B2', 'C1:D1', 'A80:A81'],
        },
      ]),
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    expect(a.rows).toHaveLength(60);
    expect(a.merges.map((m) => m.fromRow)).toEqual([1, 1, 1]);
    session.dispose();
  });
});

describe('a table with nothing to import says why', () => {
  it('a header with no row under it, or rows whose values are all empty, is one error at the header', async () => {
    const headerOnly = write('chi-tieu-de.csv', 'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI\r\n');
    const a = (await stageRanking(headerOnly)).preview;
    expect(errors(a)).toEqual(['noData']);
    expect(a.problems[0]!.row).toBe(1);
    expect(a.problems[0]!.messageVi).toContain('không có dòng dữ liệu');
    expect(a.problems[0]!.messageEn).toContain('no data row');
    expect(a.canCommit).toBe(false);

    const noValues = write(
      'trong.csv',
      'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI\r\n1,Bình Phước,-,N/A\r\n2,Đồng Nai,,\r\n',
    );
    const b = (await stageRanking(noValues)).preview;
    expect(errors(b)).toContain('noData');
    expect(b.problems.find((p) => p.code === 'noData')!.messageVi).toContain('(2 dòng)');
    expect(b.canCommit).toBe(false);
  });
});

describe('a heading row between groups of rows', () => {
  const pub = referenceCsv('dti_2022_published.csv');
  const body = pub.map((r) => [Number(r.dti_rank), r.label_as_published!, r.pdti ? Number(r.pdti) : null]);
  const heading = 'Nhóm các tỉnh từ hạng 21 đến 63';

  it('text alone in a row, merged across it, is skipped with a warning quoting it (xlsx and a web table)', async () => {
    const at = body.findIndex((r) => r[0] === 21);
    const rows = [
      ['Hạng', 'Tỉnh/TP', 'Điểm DTI'],
      ...body.slice(0, at),
      [heading, null, null],
      ...body.slice(at),
    ];
    const xlsx = write('nhom.xlsx', buildXlsx([{ name: 'DTI', rows, merges: [`A${at + 2}:C${at + 2}`] }]));
    const html = write(
      'nhom.html.txt',
      '<table><tr><th>Hạng</th><th>Tỉnh/TP</th><th>Điểm DTI</th></tr>' +
        rows
          .slice(1)
          .map((r) =>
            r[0] === heading
              ? `<tr><td colspan="3"><i>${heading}</i></td></tr>`
              : `<tr>${r.map((c) => `<td>${c ?? ''}</td>`).join('')}</tr>`,
          )
          .join('') +
        '</table>',
    );
    for (const f of [xlsx, html]) {
      const { session, preview } = await stageRanking(f);
      expect(errors(preview), path.basename(f)).toEqual([]);
      const w = preview.problems.filter((p) => p.code === 'sectionRow');
      expect(
        w.map((p) => [p.row, p.col]),
        path.basename(f),
      ).toEqual([[at + 2, 1]]);
      expect(w[0]!.messageVi).toContain(`"${heading}"`);
      expect(w[0]!.messageVi).not.toContain('giá trị "'); // quoted once, in the message
      expect(preview.counts.rows).toBe(63);
      session.commit();
      expect(storedRanking(store, 2022, 63).get('70:dti')?.rank).toBe(12);
      session.dispose();
    }
  });

  it('what reads as a heading, and what does not', () => {
    for (const t of [heading, 'I. Vùng Đông Nam Bộ', '2) Nhóm B', 'Các tỉnh còn lại'])
      expect(isSectionHeading(t), t).toBe(true);
    for (const t of [
      'N/A',
      '-',
      'x',
      'Không có',
      'Không có số liệu',
      'chưa có số liệu',
      '12 tổ',
      '0,6520',
      'KXĐ',
      'Tổ',
    ])
      expect(isSectionHeading(t), t).toBe(false);
  });

  it('"Không có số liệu" in a value cell is no value, as "-" or N/A are', async () => {
    const f = write(
      'khong-co.csv',
      'Hạng,Tỉnh/TP,Điểm DTI\r\n1,TP. Đà Nẵng,"0,8002"\r\n,Bình Phước,Không có số liệu\r\n',
    );
    const { preview } = await stageRanking(f);
    expect(errors(preview)).not.toContain('notANumber');
    expect(preview.problems.filter((p) => p.code === 'sectionRow')).toEqual([]);
    // The preview says the row has no data, not that it is "unchanged".
    expect(preview.rows.map((r) => [r.unitLabel, r.status])).toEqual([
      ['TP. Đà Nẵng', 'new'],
      ['Bình Phước', 'empty'],
    ]);
  });

  it('a value written alone under an empty unit cell is still an error, not a heading', async () => {
    const f = write('le.csv', 'Hạng,Tỉnh/TP,Điểm DTI\r\n1,TP. Đà Nẵng,"0,8002"\r\n,,"0,7163"\r\n');
    const { preview } = await stageRanking(f);
    expect(errors(preview)).toContain('unitEmpty');
  });
});

describe('a national table of one KPI with its rank', () => {
  const provinces = referenceCsv('provinces_63.csv');
  const book = (rankHeader: string) =>
    write(
      `kpi-rank-${rankHeader}.xlsx`,
      buildXlsx([
        {
          name: 'Biểu 2',
          rows: [
            ['TỶ LỆ THANH TOÁN TRỰC TUYẾN CỦA CÁC TỈNH, THÀNH PHỐ NĂM 2023'],
            [],
            ['STT', 'Tỉnh, thành phố', 'Số giao dịch thanh toán trực tuyến', rankHeader],
            ...provinces.map((p, i) => [i + 1, p.name_vi!, 1000 * (63 - i), i + 1]),
          ],
        },
      ]),
    );

  it.each(['Xếp hạng', 'Hạng toàn quốc', 'Xếp hạng toàn quốc', 'Xếp hạng cả nước'])(
    '"%s" beside a named KPI is that KPI\'s rank, never the DTI\'s',
    async (rankHeader) => {
      const s = new ImportSession(store.db, { kind: 'file', path: book(rankHeader) });
      const a = await s.analyze();
      s.dispose();
      expect(a.target.kind).toBe('kpi');
      expect(a.mapping.columns.map((c) => c.mapping.field)).toEqual([
        'stt',
        'unit',
        'kpi.valueForIndicator',
        'kpi.rank',
      ]);
      // As the command line imports it (no --indicator, no --year: the title says 2023).
      const { session, preview } = await stageFile(store, { kind: 'file', path: book(rankHeader) });
      expect(errors(preview)).toEqual([]);
      session.commit();
      session.dispose();
      const rows = store.db
        .prepare(
          `SELECT i.kind, i.name_vi AS name, o.period, o.value, o.rank FROM observation o JOIN indicator i ON i.id = o.indicator_id
           JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user' AND u.code = '70'`,
        )
        .all();
      const bp = provinces.findIndex((p) => p.gso_code === '70');
      expect(rows).toEqual([
        {
          kind: 'kpi',
          name: 'Số giao dịch thanh toán trực tuyến',
          period: '2023',
          value: 1000 * (63 - bp),
          rank: bp + 1,
        },
      ]);
      // Nothing was written as a DTI rank.
      expect(storedRanking(store, 2023, 63).size).toBe(0);
    },
  );
});

describe('a report annex with a two-row header and group headings', () => {
  it('"Năm 2023" merged over "Kế hoạch | Thực hiện | Tỷ lệ đạt", then "I | CHÍNH QUYỀN SỐ": the header is two rows', async () => {
    const f = write(
      'phu-luc.xlsx',
      buildXlsx([
        {
          name: 'Phụ lục I',
          rows: [
            ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH BÌNH PHƯỚC NĂM 2023'],
            ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2023', null, null],
            [null, null, null, 'Kế hoạch', 'Thực hiện', 'Tỷ lệ đạt (%)'],
            ['I', 'CHÍNH QUYỀN SỐ'],
            ['1', 'Hồ sơ trực tuyến tiếp nhận', 'hồ sơ', '100.000', '125.431', '125,4'],
            ['II', 'XÃ HỘI SỐ'],
            ['2', 'Tổ công nghệ số cộng đồng', 'tổ', '800', '812', '101,5'],
          ],
          merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'],
        },
      ]),
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.indicator, s.uom, s.period, s.value])).toEqual([
      ['Hồ sơ trực tuyến tiếp nhận', 'hồ sơ', '2023', 125431],
      ['Tổ công nghệ số cộng đồng', 'tổ', '2023', 812],
    ]);
    // The plan column is said to be a target, not imported.
    expect(preview.problems.some((p) => p.code === 'planTargetColumn' && p.col === 4)).toBe(true);
  });
});

describe('sub-items of a report annex', () => {
  it('"1.1 Cấp tỉnh" under "1 Tỷ lệ …" is named with its item; named KPIs and headings in capitals stay as they are', async () => {
    const f = write(
      'phu-luc-muc-con.xlsx',
      buildXlsx([
        {
          name: 'PL',
          rows: [
            ['CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH BÌNH PHƯỚC NĂM 2023'],
            ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023'],
            ['I', 'CHÍNH QUYỀN SỐ'],
            ['1', 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ'],
            ['1.1', 'Cấp tỉnh', '%', 99.52],
            ['1.2', 'Cấp xã', '%', 98.86],
            ['2', 'Tỷ lệ thanh toán trực tuyến'],
            ['2.1', 'Cấp tỉnh', '%', 45.3],
            ['a)', 'Cấp xã', '%', 20.1],
            ['2.2', 'Số hồ sơ thanh toán trực tuyến', 'hồ sơ', 1200],
            ['II', 'XÃ HỘI SỐ'],
            ['3', 'Tổ công nghệ số cộng đồng', 'tổ', 812],
          ],
        },
      ]),
    );
    const { preview, stored } = await importKpi(f);
    expect(errors(preview)).toEqual([]);
    expect(stored.map((s) => [s.indicator, s.value]).sort()).toEqual(
      [
        ['Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ – cấp tỉnh', 99.52],
        ['Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ – cấp xã', 98.86],
        ['Tỷ lệ thanh toán trực tuyến – cấp tỉnh', 45.3],
        ['Tỷ lệ thanh toán trực tuyến – cấp xã', 20.1],
        // a sub-item that names a KPI of its own keeps its name
        ['Số hồ sơ thanh toán trực tuyến', 1200],
        ['Tổ công nghệ số cộng đồng', 812],
      ].sort(),
    );
  });
});
