// Each realistic fixture is read back to exactly the cells (and positions) the generator wrote.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile, readPasted, readSheet, streamRows } from '../../src/main/imports/readers';
import { numberKindOf, shownNumber } from '../../src/main/imports/readers/numberFormats';
import type { RawCell } from '../../src/shared/imports/types';
import {
  buildXlsx,
  generateFixtures,
  generateLargeKpiCsv,
  published2022,
  RANKING_HEADERS_2022,
  TITLE_2022,
  type FixtureManifest,
} from '../fixtures/generate';

let fx: FixtureManifest['files'];
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-readers-'));
  fx = (await generateFixtures(dir)).files;
});

const sha256 = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const pub = published2022();
const bp = pub.find((r) => r.label === 'Bình Phước')!;

describe('xlsx', () => {
  it('reads the ministry ranking copied into Excel with positions, tie at 15 and Bình Phước 12 / 12, 22, 14', async () => {
    const info = await inspectFile(fx.ranking2022WebXlsx!);
    expect(info).toMatchObject({
      format: 'xlsx',
      reader: 'dti-desk/xlsx-stream',
      sheets: [{ name: 'Sheet1', hidden: false }],
    });
    expect(info.sha256).toBe(sha256(fx.ranking2022WebXlsx!));
    const t = await readSheet(fx.ranking2022WebXlsx!, null);
    expect(t.rows[0]).toEqual([TITLE_2022]);
    expect(t.rows[1]).toEqual([]);
    expect(t.rows[2]).toEqual(RANKING_HEADERS_2022);
    expect(t.rows.length).toBe(66);
    // Row 15 of the data is Bình Phước at sheet row 3 + 12 = 15.
    expect(t.rows[14]).toEqual([12, 'Bình Phước', 12, 22, 14]);
    const tied = t.rows.filter((r) => r[0] === 15).map((r) => r[1]);
    expect(tied).toEqual(['Thanh Hóa', 'Yên Bái']);
    expect(t.rows[19]?.[0]).toBe(17);
    expect(t.rows[3]).toEqual([1, 'TP. Đà Nẵng']); // unknown pillar ranks: empty
  });

  it('reads main-index values as numbers', async () => {
    const t = await readSheet(fx.detail2022Xlsx!, null);
    expect(t.sheet).toBe('Chi tiết 2022');
    expect(t.rows[2]).toEqual([
      1,
      'TP. Đà Nẵng',
      1,
      0.9,
      0.8253,
      0.8487,
      0.7578,
      0.8575,
      0.7836,
      0.5197,
      0.8002,
    ]);
    expect(t.rows[7]).toEqual([25, 'Trà Vinh', null, null, null, null, null, null, null, null, 0.6077]);
  });

  it('reports merged ranges of a two-row header', async () => {
    const t = await readSheet(fx.twoRowHeader2020Xlsx!, null);
    expect(t.merges).toContainEqual({ fromRow: 2, fromCol: 3, toRow: 2, toCol: 4 });
    expect(t.merges).toContainEqual({ fromRow: 2, fromCol: 1, toRow: 3, toCol: 1 });
    expect(t.rows[3]).toEqual([1, 'TP. Đà Nẵng', 0.4874, 1, 0.5346, 1, 0.4155, 1, 0.4964, 1]);
  });

  it('uses cached formula values, lists the hidden sheet, flags hidden rows, ignores macros', async () => {
    const info = await inspectFile(fx.formulasHiddenXlsm!);
    expect(info.sheets).toEqual([
      { name: 'Nhap', hidden: true },
      { name: 'DTI 2021', hidden: false },
    ]);
    const t = await readSheet(fx.formulasHiddenXlsm!, null); // first visible sheet
    expect(t.sheet).toBe('DTI 2021');
    expect(t.hidden).toBe(false);
    expect(t.hiddenRows).toEqual([5]);
    const bpRow = t.rows.find((r) => r[0] === 'Bình Phước')!;
    expect(bpRow).toEqual(['Bình Phước', 9, 8, 14, 15, 25, 16]); // 25 → 9: up 16, a cached formula
    const hiddenSheet = await readSheet(fx.formulasHiddenXlsm!, 'Nhap');
    expect(hiddenSheet.hidden).toBe(true);
  });

  it('refuses an unknown sheet name', async () => {
    await expect(readSheet(fx.detail2022Xlsx!, 'Không có')).rejects.toMatchObject({
      code: 'SHEET_NOT_FOUND',
    });
  });

  it('streams rows in order with row numbers', async () => {
    const seen: [number, RawCell][] = [];
    await streamRows(fx.ranking2022WebXlsx!, null, (cells, n) => seen.push([n, cells[1] ?? null]));
    expect(seen[0]).toEqual([1, null]);
    expect(seen.find(([n]) => n === 15)).toEqual([15, 'Bình Phước']);
  });
});

describe('number formats', () => {
  // cellXfs: 0 General, 1 built-in 10 (0.00%), 2 custom "0.0%", 3 built-in 14 (a date),
  // 4 custom "dd/mm/yyyy", 5 custom "#,##0.00" (a plain number), 6 custom time "h:mm".
  const styles =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="4"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>' +
    '<numFmt numFmtId="166" formatCode="#,##0.00"/><numFmt numFmtId="167" formatCode="h:mm"/></numFmts>' +
    '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>' +
    '<xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/>' +
    '<xf numFmtId="167" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const write = (name: string, opts: { date1904?: boolean } = {}) => {
    const f = path.join(dir, name);
    fs.writeFileSync(
      f,
      buildXlsx(
        [
          {
            name: 'KPI',
            rows: [
              ['Đơn vị', 'Tỷ lệ', 'Tỷ lệ 2', 'Ngày', 'Ngày 2', 'Số', 'Giờ'],
              [
                'Bình Phước',
                { v: 0.8552, s: 1 },
                { v: 0.855, s: 2 },
                { v: 45536, s: 3 },
                { v: 45536, s: 4 },
                { v: 1234.5, s: 5 },
                { v: 0.5, s: 6 },
              ],
            ],
          },
        ],
        { stylesXml: styles, ...opts },
      ),
    );
    return f;
  };
  it('percentages read as shown ("85,52%"), dates as ISO dates, other formats as the stored number', async () => {
    const t = await readSheet(write('formats.xlsx'), null);
    expect(t.rows[1]).toEqual(['Bình Phước', '85,52%', '85,5%', '2024-09-01', '2024-09-01', 1234.5, 0.5]);
  });
  it('classifies format codes by what they show, not by the characters in quotes or brackets', () => {
    expect(numberKindOf('[Red]0.00%;[Blue]-0.00%')).toBe('percent');
    expect(numberKindOf('0.00" %"')).toBeNull();
    expect(numberKindOf('[$-42A]d mmmm yyyy')).toBe('date');
    expect(numberKindOf('mm/yyyy')).toBe('date');
    expect(numberKindOf('mmm-yy')).toBe('date');
    // a date shown as its year alone is that year (a year column typed as dates)
    expect(numberKindOf('yyyy')).toBe('year');
    expect(numberKindOf('[$-42A]yyyy')).toBe('year');
    expect(numberKindOf('"Năm "yyyy')).toBe('year');
    expect(shownNumber(44562, 'year')).toBe('2022'); // 01/01/2022
    expect(shownNumber(44926, 'year')).toBe('2022'); // 31/12/2022
    expect(shownNumber(44562, 'date')).toBe('2022-01-01');
    expect(numberKindOf('mm:ss')).toBeNull();
    expect(numberKindOf('#,##0 "đồng"')).toBeNull();
    expect(numberKindOf('General')).toBeNull();
    // (round 83) a month alone is a date; minutes are not; commas after the digits scale; a
    // period's word before an integer is shown with it
    expect(numberKindOf('mmmm')).toBe('date');
    expect(numberKindOf('"Tháng "mm')).toBe('date');
    expect(numberKindOf('h:mm')).toBeNull();
    expect(numberKindOf('#,##0')).toBeNull();
    expect(numberKindOf('#,##0,')).toEqual({ scale: 1000 });
    expect(numberKindOf('0.00,,')).toEqual({ scale: 1_000_000 });
    // (round 84: a format that writes its scale, or shows by conditions, keeps the cell's value;
    // elapsed time is no month)
    expect(numberKindOf('0.00,,"tr"')).toBeNull();
    expect(numberKindOf('[>=1000000]#,##0,,"M";[>=1000]#,##0,"K";0')).toBeNull();
    expect(numberKindOf('[h]:mm')).toBeNull();
    expect(numberKindOf('"Quý "0')).toEqual({ word: 'Quý ', digits: 1 });
    expect(shownNumber(1, numberKindOf('"Tháng "00'))).toBe('Tháng 01');
    expect(shownNumber(3, numberKindOf('"Tháng "0"/2024"'))).toBe('Tháng 3/2024');
    expect(numberKindOf('0" tổ"')).toBeNull();
    expect(shownNumber(912687, { scale: 1000 })).toBe(912.687);
    expect(shownNumber(7, { word: 'Tháng ' })).toBe('Tháng 7');
  });
  it('a 1904-based workbook counts its dates from 1904', async () => {
    const t = await readSheet(write('formats1904.xlsx', { date1904: true }), null);
    expect(t.rows[1]?.[3]).toBe('2028-09-02');
  });
});

describe('xls', () => {
  it('reads a legacy BIFF8 workbook through @e965/xlsx', async () => {
    const info = await inspectFile(fx.ranking2022Xls!);
    expect(info.format).toBe('xls');
    expect(info.reader).toMatch(/^@e965\/xlsx@0\.20/);
    expect(info.sheets).toEqual([{ name: 'XepHang2022', hidden: false, rowCount: 65 }]);
    expect(info.sha256).toBe(sha256(fx.ranking2022Xls!));
    const t = await readSheet(fx.ranking2022Xls!, null);
    expect(t.rows[1]).toEqual(['STT', 'Tỉnh/Thành phố', 'Xếp hạng DTI']);
    expect(t.rows[13]).toEqual([12, 'Bình Phước', 12]);
  });
});

describe('text tables', () => {
  it('CSV UTF-8 with BOM', async () => {
    const info = await inspectFile(fx.ranking2022Utf8BomCsv!);
    expect(info).toMatchObject({ format: 'csv', encoding: 'utf-8', bom: true, delimiter: ',', sheets: [] });
    expect(info.sha256).toBe(sha256(fx.ranking2022Utf8BomCsv!));
    const t = await readSheet(fx.ranking2022Utf8BomCsv!, null);
    expect(t.rows[0]![0]).toBe('XẾP HẠNG DTI'); // no BOM left in the first cell
    expect(t.rows[12]).toEqual(['12', 'Bình Phước', '12', '22', '14']);
    expect(t.rows[1]).toEqual(['1', 'TP. Đà Nẵng', '-', '-', '-']);
    expect(t.rows.length).toBe(64);
  });

  it('CSV without BOM, ";" delimiter and decimal commas', async () => {
    const info = await inspectFile(fx.detail2022SemicolonCsv!);
    expect(info).toMatchObject({ encoding: 'utf-8', bom: false, delimiter: ';' });
    const t = await readSheet(fx.detail2022SemicolonCsv!, null);
    expect(t.rows[1]).toEqual([
      '1',
      'TP. Đà Nẵng',
      '1,0000',
      '0,9000',
      '0,8253',
      '0,8487',
      '0,7578',
      '0,8575',
      '0,7836',
      '0,5197',
      '0,8002',
    ]);
  });

  it('UTF-16LE "Unicode text" (tab-delimited)', async () => {
    const info = await inspectFile(fx.ranking2022Utf16Tsv!);
    expect(info).toMatchObject({ format: 'tsv', encoding: 'utf-16le', bom: true, delimiter: '\t' });
    const t = await readSheet(fx.ranking2022Utf16Tsv!, null);
    expect(t.rows[0]).toEqual([TITLE_2022]);
    expect(t.rows[13]).toEqual(['12', 'Bình Phước', '12', '22', '14']);
  });

  it('Windows-1258 with combining tone marks, normalised to NFC', async () => {
    const raw = fs.readFileSync(fx.ranking2022Win1258Csv!);
    expect(raw.includes(0xcc) || raw.includes(0xec) || raw.includes(0xf2)).toBe(true); // combining marks in the bytes
    const info = await inspectFile(fx.ranking2022Win1258Csv!);
    expect(info.encoding).toBe('windows-1258');
    const t = await readSheet(fx.ranking2022Win1258Csv!, null);
    const labels = t.rows.slice(1).map((r) => r[1]);
    expect(labels).toEqual(pub.map((r) => r.label));
    for (const l of labels) expect(l).toBe((l as string).normalize('NFC'));
  });

  it('keeps blank rows in place and reads footnotes as rows', async () => {
    const t = await readSheet(fx.footnoteBlankCsv!, null);
    expect(t.rows[1]).toEqual([]);
    expect(t.rows[3]).toEqual([]);
    expect(t.rows[4]).toEqual(['1', 'TP. Đà Nẵng', '1']);
    expect(t.rows[t.rows.length - 2]![0]).toMatch(/^Nguồn:/);
  });

  it('the same grid from xlsx and UTF-16 tsv for the same ranking (values as written)', async () => {
    const x = await readSheet(fx.ranking2022WebXlsx!, null);
    const u = await readSheet(fx.ranking2022Utf16Tsv!, null);
    const norm = (rows: RawCell[][]) =>
      rows.filter((r) => r.length > 1).map((r) => r.map((c) => (c === null ? '' : String(c))));
    expect(norm(u.rows)).toEqual(norm(x.rows));
  });

  it('streams a large KPI CSV with bounded work per row, progress and cancel', async () => {
    const file = path.join(dir, 'kpi_large.csv');
    await generateLargeKpiCsv(file, 50_000);
    let rows = 0;
    let progressCalls = 0;
    await streamRows(file, null, () => rows++, { onProgress: () => progressCalls++ });
    expect(rows).toBe(50_001);
    expect(progressCalls).toBeGreaterThan(0);
    const ac = new AbortController();
    let n = 0;
    await expect(
      streamRows(
        file,
        null,
        () => {
          if (++n === 1000) ac.abort();
        },
        { signal: ac.signal },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});

describe('pasted tables', () => {
  it('TSV from Excel', () => {
    const t = readPasted(fs.readFileSync(fx.pastedTsv!, 'utf8'));
    expect(t.kind).toBe('text');
    expect(t.delimiter).toBe('\t');
    expect(t.rows[0]).toEqual(RANKING_HEADERS_2022);
    expect(t.rows[12]).toEqual(['12', 'Bình Phước', '12', '22', '14']);
    expect(t.rows.length).toBe(21);
  });

  it('HTML table copied from the web page, with its colspan title', () => {
    const t = readPasted(fs.readFileSync(fx.pastedHtml!, 'utf8'));
    expect(t.kind).toBe('html');
    expect(t.rows[0]).toEqual([TITLE_2022]);
    expect(t.merges).toEqual([{ fromRow: 1, fromCol: 1, toRow: 1, toCol: 5 }]);
    expect(t.rows[1]).toEqual(RANKING_HEADERS_2022);
    expect(t.rows[2]).toEqual(['1', 'TP. Đà Nẵng']); // &nbsp; cells are empty
    expect(t.rows[13]).toEqual(['12', 'Bình Phước', '12', '22', '14']);
  });

  it('HTML entities, rowspan and <br> in cells', () => {
    const t = readPasted(
      '<table><tr><td rowspan="2">STT</td><td>T&#7881;nh<br>th&agrave;nh ph&#x1ED1;</td></tr><tr><td>B&igrave;nh Ph&#432;&#7899;c</td></tr></table>',
    );
    expect(t.rows).toEqual([
      ['STT', 'Tỉnh thành phố'],
      [null, 'Bình Phước'],
    ]);
    expect(t.merges).toEqual([{ fromRow: 1, fromCol: 1, toRow: 2, toCol: 1 }]);
  });
});

it('Bình Phước reference row is what the fixtures encode', () => {
  expect([bp.rank, bp.rankCqs, bp.rankKts, bp.rankXhs]).toEqual([12, 12, 22, 14]);
});
