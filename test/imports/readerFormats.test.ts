// Formats the tester's sweep found misread: Excel's "XML Spreadsheet 2003" saved as .xls (read as a
// CSV of raw XML), and .ods/.xlsb/.fods/Numbers or a BOM-only/blank text file refused with
// misleading messages. Every file is written here: SpreadsheetML by hand as a string, .ods/.xlsb/
// .fods by SheetJS (@e965/xlsx, test-side only), other zips with the fixture zip writer.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile, readSheet, streamRows } from '../../src/main/imports/readers';
import { parseXml2003, XML2003_READER_ID } from '../../src/main/imports/readers/xml2003Reader';
import {
  unsupportedFormat,
  type ImportReadError,
  type UnsupportedFormat,
} from '../../src/main/imports/safety/errors';
import {
  MAX_XML_SPREADSHEET_BYTES,
  MAX_XML_SPREADSHEET_SHEET_CELLS,
  MAX_XML_SPREADSHEET_SHEETS,
} from '../../src/main/imports/safety/limits';
import { sniffXmlKind } from '../../src/main/imports/safety/sniff';
import { Store } from '../../src/main/store';
import { formatNumber } from '../../src/shared/format';
import { translate } from '../../src/shared/i18n';
import { importMessagesEn } from '../../src/shared/i18n/importMessagesEn';
import { UNCACHED_FORMULA, type RawCell, type ReadErrorCode } from '../../src/shared/imports/types';
import { published2022, RANKING_HEADERS_2022, TITLE_2022, writeZip } from '../fixtures/generate';
import { refusal, stageFile, storedRanking } from './helpers';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-formats-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, data: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeysBefore);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

async function expectRefused(p: string, code: ReadErrorCode): Promise<ImportReadError> {
  const e = await refusal(p);
  expect(e.code, e.messageEn).toBe(code);
  // inspectFile and streamRows refuse it the same way.
  await expect(inspectFile(p)).rejects.toMatchObject({ code });
  await expect(streamRows(p, null, () => undefined)).rejects.toMatchObject({ code });
  return e;
}

// ---------------------------------------------------------------- SpreadsheetML writer

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface XmlCell {
  v?: string | number | boolean;
  /** ss:Type when not inferred (Number for numbers, String for text). */
  type?: string;
  index?: number;
  across?: number;
  down?: number;
  style?: string;
  formula?: string;
  /** Written verbatim inside <Data> (rich text). */
  rawData?: string;
  comment?: string;
}
interface XmlRow {
  index?: number;
  hidden?: boolean;
  cells: (XmlCell | string | number | null)[];
}
interface XmlSheetSpec {
  name: string;
  hidden?: boolean;
  columns?: string;
  rows: XmlRow[];
}

function cellXml(c: XmlCell | string | number): string {
  const cell: XmlCell = typeof c === 'object' ? c : { v: c };
  const attrs = [
    cell.index ? ` ss:Index="${cell.index}"` : '',
    cell.across ? ` ss:MergeAcross="${cell.across}"` : '',
    cell.down ? ` ss:MergeDown="${cell.down}"` : '',
    cell.style ? ` ss:StyleID="${cell.style}"` : '',
    cell.formula ? ` ss:Formula="${esc(cell.formula)}"` : '',
  ].join('');
  let data = '';
  if (cell.rawData !== undefined)
    data = `<ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">${cell.rawData}</ss:Data>`;
  else if (cell.v !== undefined) {
    const type = cell.type ?? (typeof cell.v === 'number' ? 'Number' : 'String');
    const text = typeof cell.v === 'boolean' ? (cell.v ? '1' : '0') : String(cell.v);
    data = `<Data ss:Type="${type}">${esc(text)}</Data>`;
  }
  const comment = cell.comment
    ? `<Comment ss:Author="A"><ss:Data>${esc(cell.comment)}</ss:Data></Comment>`
    : '';
  return `<Cell${attrs}>${data}${comment}</Cell>`;
}

/** Cells of a row: null leaves a gap that the next cell closes with ss:Index. */
function rowXml(r: XmlRow): string {
  let gap = false;
  const cells: string[] = [];
  r.cells.forEach((c, i) => {
    if (c === null) {
      gap = true;
      return;
    }
    const cell: XmlCell = typeof c === 'object' ? { ...c } : { v: c };
    if (gap) cell.index = i + 1;
    gap = false;
    cells.push(cellXml(cell));
  });
  const attrs = `${r.index ? ` ss:Index="${r.index}"` : ''}${r.hidden ? ' ss:Hidden="1"' : ''}`;
  return `<Row${attrs}>${cells.join('')}</Row>`;
}

const STYLES =
  '<Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>' +
  '<Style ss:ID="pct"><NumberFormat ss:Format="Percent"/></Style>' +
  '<Style ss:ID="pct2" ss:Parent="pct"><Font ss:Bold="1"/></Style>' +
  '<Style ss:ID="fix"><NumberFormat ss:Format="Fixed"/></Style></Styles>';

function spreadsheetMl(sheets: XmlSheetSpec[], { styles = STYLES, prolog = '' } = {}): string {
  const body = sheets
    .map(
      (s) =>
        `<Worksheet ss:Name="${esc(s.name)}">\n <Table>${s.columns ?? ''}\n  ${s.rows.map(rowXml).join('\n  ')}\n </Table>\n` +
        ` <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">${
          s.hidden ? '<Visible>SheetHidden</Visible>' : '<Selected/>'
        }</WorksheetOptions>\n</Worksheet>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<?mso-application progid="Excel.Sheet"?>\n` +
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" ' +
    'xmlns:html="http://www.w3.org/TR/REC-html40">\n' +
    '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>Sở TT&amp;TT</Author></DocumentProperties>\n' +
    `${styles}\n${body}\n</Workbook>\n`
  );
}

const pub = published2022();
const byLabel = (label: string) => pub.find((r) => r.label === label)!;
const DN = byLabel('TP. Đà Nẵng');
const HCM = byLabel('TP. Hồ Chí Minh');
const BP = byLabel('Bình Phước');

/** The small ranking: title, a two-row header with merges, STT, a score as "0,8002" text, gaps. */
const SMALL: XmlSheetSpec[] = [
  {
    name: 'Xếp hạng 2022',
    columns: '<Column ss:Width="30"/><Column ss:Width="150"/><Column ss:Index="8" ss:Hidden="1"/>',
    rows: [
      { cells: [{ v: TITLE_2022, across: 6 }] },
      // (row 2 is left out: the header starts at ss:Index="3")
      {
        index: 3,
        cells: [
          { v: 'STT', down: 1 },
          { v: 'Tỉnh, thành phố', down: 1 },
          { v: 'Xếp hạng DTI', down: 1 },
          { v: 'Điểm DTI', down: 1 },
          { v: 'Xếp hạng trụ cột', across: 2 },
        ],
      },
      { cells: [null, null, null, null, 'Chính quyền số', 'Kinh tế số', 'Xã hội số'] },
      { cells: [1, DN.label, DN.rank, { v: '0,8002' }] },
      { cells: [2, HCM.label, HCM.rank, 0.7163, HCM.rankCqs, HCM.rankKts, HCM.rankXhs] },
      // no score: the pillar ranks come after an ss:Index gap
      { cells: [3, BP.label, BP.rank, null, BP.rankCqs, BP.rankKts, BP.rankXhs] },
      { index: 9, hidden: true, cells: [null, 'ghi chú ẩn'] },
    ],
  },
  {
    name: 'Ẩn',
    hidden: true,
    rows: [{ cells: ['nguồn', { v: 0.855, style: 'pct2' }] }],
  },
];

const SMALL_ROWS: RawCell[][] = [
  [TITLE_2022],
  [],
  ['STT', 'Tỉnh, thành phố', 'Xếp hạng DTI', 'Điểm DTI', 'Xếp hạng trụ cột'],
  [null, null, null, null, 'Chính quyền số', 'Kinh tế số', 'Xã hội số'],
  [1, 'TP. Đà Nẵng', 1, '0,8002'],
  [2, 'TP. Hồ Chí Minh', 2, 0.7163, 3, 3, 4],
  [3, 'Bình Phước', 12, null, 12, 22, 14],
  [],
  [null, 'ghi chú ẩn'],
];
const SMALL_MERGES = [
  { fromRow: 1, fromCol: 1, toRow: 1, toCol: 7 },
  { fromRow: 3, fromCol: 1, toRow: 4, toCol: 1 },
  { fromRow: 3, fromCol: 2, toRow: 4, toCol: 2 },
  { fromRow: 3, fromCol: 3, toRow: 4, toCol: 3 },
  { fromRow: 3, fromCol: 4, toRow: 4, toCol: 4 },
  { fromRow: 3, fromCol: 5, toRow: 3, toCol: 7 },
];

describe('Excel XML Spreadsheet 2003', () => {
  it('the generated fixture really is SpreadsheetML with the features under test', () => {
    const xml = spreadsheetMl(SMALL);
    expect(xml).toContain('<Row ss:Index="3">');
    expect(xml).toContain('ss:MergeAcross="2"');
    expect(xml).toContain('<Cell ss:Index="5"><Data ss:Type="Number">12</Data>');
    expect(xml).toContain('<Data ss:Type="String">0,8002</Data>');
    expect(xml).toContain('<Visible>SheetHidden</Visible>');
    expect(sniffXmlKind(xml)).toBe('spreadsheetml');
  });

  it('an .xls that is SpreadsheetML is inspected as an Excel 2003 workbook with its sheets', async () => {
    const f = write('xephang_2022.xls', spreadsheetMl(SMALL));
    const info = await inspectFile(f);
    expect(info).toMatchObject({
      fileName: 'xephang_2022.xls',
      format: 'xls',
      reader: XML2003_READER_ID,
      encoding: 'utf-8',
      bom: false,
    });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(info.sheets).toEqual([
      { name: 'Xếp hạng 2022', hidden: false, rowCount: 9 },
      { name: 'Ẩn', hidden: true, rowCount: 1 },
    ]);
  });

  it('reads cells at their real rows and columns: numbers as numbers, text as text, merges, hidden rows', async () => {
    const f = write('xephang_2022b.xls', spreadsheetMl(SMALL));
    const t = await readSheet(f, null);
    expect(t.sheet).toBe('Xếp hạng 2022');
    expect(t.hidden).toBe(false);
    expect(t.rows).toEqual(SMALL_ROWS);
    expect(typeof t.rows[5]![3]).toBe('number');
    expect(t.rows[4]![3]).toBe('0,8002');
    expect(t.merges).toEqual(SMALL_MERGES);
    expect(t.hiddenRows).toEqual([9]);
    // The hidden sheet by name: a percentage style (inherited through ss:Parent) reads as shown.
    const hidden = await readSheet(f, 'Ẩn');
    expect(hidden).toMatchObject({ sheet: 'Ẩn', hidden: true, rows: [['nguồn', '85,5%']] });
    await expect(readSheet(f, 'Không có')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });

  it('streams the same rows with their numbers, hidden flags, merges and hidden columns', async () => {
    const f = write('xephang_2022c.xls', spreadsheetMl(SMALL));
    const seen: [number, RawCell[], boolean][] = [];
    const merges: unknown[] = [];
    const res = await streamRows(f, null, (cells, n, hidden) => seen.push([n, cells, hidden]), {
      onMerge: (m) => merges.push(m),
    });
    expect(res.sheet).toBe('Xếp hạng 2022');
    expect(res.merges).toEqual(SMALL_MERGES);
    expect(merges).toEqual(SMALL_MERGES);
    expect(res.hiddenColumns).toEqual([8]);
    // Rows as written, as an xlsx streams them: the blank rows 2 and 8 are not handed out.
    expect(seen.map(([n]) => n)).toEqual([1, 3, 4, 5, 6, 7, 9]);
    expect(seen.map(([, c]) => c)).toEqual(SMALL_ROWS.filter((r) => r.length > 0));
    expect(seen.filter(([, , h]) => h).map(([n]) => n)).toEqual([9]);
  });

  it('reads UTF-16 (LE with BOM, BE with BOM) and a .xml name the same way', async () => {
    const xml = spreadsheetMl(SMALL).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const le = write(
      'xephang_utf16le.xml',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]),
    );
    const be = write(
      'xephang_utf16be.xls',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, 'utf16le').swap16()]),
    );
    for (const [f, enc] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      expect(await inspectFile(f)).toMatchObject({
        format: 'xls',
        reader: XML2003_READER_ID,
        encoding: enc,
        bom: true,
      });
      const t = await readSheet(f, null);
      expect(t.rows).toEqual(SMALL_ROWS);
      expect(t.merges).toEqual(SMALL_MERGES);
    }
  });

  it('rich text, booleans, dates, percentages, errors, comments and formulas without a value', async () => {
    const xml = spreadsheetMl([
      {
        name: 'Kiểu',
        rows: [
          {
            cells: [
              {
                rawData: '<B><Font html:Color="#000000">BẢNG XẾP HẠNG </Font></B><Font>DTI &amp; 2022</Font>',
              },
              { v: true, type: 'Boolean' },
              { v: '2022-09-01T00:00:00.000', type: 'DateTime' },
              { v: 0.5, style: 'pct' },
              { v: 0.5, style: 'fix' },
              { v: '#N/A', type: 'Error' },
              { v: 'giá trị', comment: 'chú thích không phải giá trị' },
              { formula: '=R[0]C[-1]*2' },
              { formula: '=1+1', v: 2 },
              // decomposed Vietnamese (NFD) is normalised like every text reader does
              { v: 'Bình Phước'.normalize('NFD') },
            ],
          },
        ],
      },
    ]);
    const t = await readSheet(write('kieu.xls', xml), null);
    expect(t.rows).toEqual([
      [
        'BẢNG XẾP HẠNG DTI & 2022',
        true,
        '2022-09-01',
        '50%',
        0.5,
        '#N/A',
        'giá trị',
        `${UNCACHED_FORMULA}=R[0]C[-1]*2`,
        2,
        'Bình Phước',
      ],
    ]);
  });

  it('the first visible sheet is read when the first sheet is hidden', async () => {
    const f = write('hidden_first.xls', spreadsheetMl([SMALL[1]!, SMALL[0]!]));
    expect((await readSheet(f, null)).sheet).toBe('Xếp hạng 2022');
  });

  it('a formula whose saved result is empty text is an empty cell, not a formula without its value', async () => {
    // As Excel writes =IF(…,"","") (the reviewer's file): the <Data> is there, empty.
    const xml = spreadsheetMl([
      {
        name: 'DTI',
        rows: [
          { cells: ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'] },
          { cells: ['Bình Phước', 0.4807, 2] },
          {
            cells: [
              'Bình Dương',
              { formula: '=IF(1,"","")', v: '', type: 'String' },
              { formula: '=3', v: 3 },
              { formula: '=""', rawData: '' },
              { formula: '=NA()*0', v: '', type: 'Number' },
              { formula: '=R[0]C[-1]' },
            ],
          },
        ],
      },
    ]);
    expect(xml).toContain(
      '<Cell ss:Formula="=IF(1,&quot;&quot;,&quot;&quot;)"><Data ss:Type="String"></Data></Cell>',
    );
    const f = write('empty_formula.xls', xml);
    // Only the formula written without any <Data> is marked as saved without its value.
    expect((await readSheet(f, 'DTI')).rows[2]).toEqual([
      'Bình Dương',
      null,
      3,
      null,
      null,
      `${UNCACHED_FORMULA}=R[0]C[-1]`,
    ]);
    const ranking = write(
      'empty_formula_ranking.xls',
      xml.replace(/<Cell ss:Formula="=&quot;&quot;".*?(?=<\/Row>)/, ''),
    );
    const store = new Store(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dti-formats-db-')), 'f.db'));
    try {
      const { session, preview } = await stageFile(
        store,
        { kind: 'file', path: ranking },
        { kind: 'ranking', year: 2022, group: 63, period: '2022' },
      );
      expect(preview.problems.map((p) => p.code)).not.toContain('formulaNoValue');
      session.dispose();
    } finally {
      store.close();
    }
  });
});

describe('a complete 2022 ranking as SpreadsheetML imports every published rank', () => {
  const rows: XmlRow[] = [
    { cells: [{ v: TITLE_2022, across: 5 }] },
    { index: 3, cells: ['STT', ...RANKING_HEADERS_2022] },
    ...pub.map((r, i) => ({
      cells: [i + 1, r.rank, r.label, r.rankCqs, r.rankKts, r.rankXhs] as (number | string | null)[],
    })),
    { cells: ['Nguồn: Bộ Thông tin và Truyền thông'] },
  ];
  const xml = spreadsheetMl([
    { name: 'DTI 2022', rows },
    { name: 'Ghi chú', hidden: true, rows: [{ cells: ['x'] }] },
  ]);

  it.each(['dti_2022_xml2003.xls', 'dti_2022_xml2003.xml'])('%s', async (name) => {
    expect(pub).toHaveLength(63);
    const f = write(name, xml);
    const store = new Store(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dti-formats-db-')), 'i.db'));
    try {
      const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { year: 2022 });
      expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.messageEn)).toEqual([]);
      expect(preview.questions.map((q) => q.label)).toEqual([]);
      expect(preview.target).toMatchObject({ kind: 'ranking', year: 2022, group: 63 });
      session.commit();
      session.dispose();
      const stored = storedRanking(store, 2022, 63);
      expect(stored.get('70:dti')?.rank).toBe(12);
      expect(stored.get('70:cqs')?.rank).toBe(12);
      expect(stored.get('70:kts')?.rank).toBe(22);
      expect(stored.get('70:xhs')?.rank).toBe(14);
      for (const r of pub) expect(stored.get(`${r.code}:dti`)?.rank, r.label).toBe(r.rank);
    } finally {
      store.close();
    }
  });

  it("the command line imports the tester's .xls (exit 0) and refuses an .ods (exit 1, JSON error)", () => {
    const cli = path.join(__dirname, '../../out/main/cli.js');
    if (!fs.existsSync(cli))
      throw new Error('out/main/cli.js is missing: run `npx electron-vite build` first');
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [cli, '--db', path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dti-formats-cli-')), 'x.db'), ...args],
        { encoding: 'utf8', timeout: 60_000 },
      );
    const ok = run('import', write('cli_xml2003.xls', xml), '--year', '2022', '--json');
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ status: 'committed', counts: { rows: 63, errors: 0 } });
    const bad = run('import', write('cli.ods', odsBytes()), '--json');
    expect(bad.status, bad.stderr).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      status: 'unreadable',
      error: { code: 'UNSUPPORTED_FORMAT' },
    });
    expect(JSON.parse(bad.stdout).error.messageVi).toContain('OpenDocument (.ods)');
  });
});

// ---------------------------------------------------------------- hostile SpreadsheetML

describe('hostile XML spreadsheets', () => {
  const one = (rowsXml: string, sheetName = 'S') =>
    '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ' +
    `xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="${sheetName}"><Table>` +
    `${rowsXml}</Table></Worksheet></Workbook>`;

  it('a DOCTYPE/ENTITY bomb ("billion laughs") is refused at once, entities never expanded', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++)
      entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb =
      `<?xml version="1.0"?>\n<!DOCTYPE Workbook [\n ${entities.join('\n ')}\n]>\n` +
      one('<Row><Cell><Data ss:Type="String">&lol9;</Data></Cell></Row>').replace(/^<\?xml[^>]*>\n/, '');
    expect(sniffXmlKind(bomb)).toBe('spreadsheetml');
    const e = await expectRefused(write('bomb.xls', bomb), 'XML_ENTITIES');
    expect(e.messageEn).toContain('XML Spreadsheet 2003');
    // An external entity (XXE) is refused the same way, with or without the XML declaration.
    const xxe = one('<Row><Cell><Data ss:Type="String">&x;</Data></Cell></Row>').replace(
      '<Workbook',
      '<!DOCTYPE Workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]><Workbook',
    );
    await expectRefused(write('xxe.xml', xxe), 'XML_ENTITIES');
    await expectRefused(write('xxe2.xls', xxe.replace(/^<\?xml[^>]*>\n/, '')), 'XML_ENTITIES');
    expectPrototypeUntouched();
  });

  it('a file over the size cap is refused before it is read', async () => {
    const f = path.join(dir, 'huge_xml2003.xls');
    fs.writeFileSync(f, spreadsheetMl(SMALL) + ' '.repeat(300_000));
    fs.truncateSync(f, MAX_XML_SPREADSHEET_BYTES + 1); // sparse: the head is real SpreadsheetML
    const e = await expectRefused(f, 'FILE_TOO_LARGE');
    expect(e.messageEn).toContain('XML Spreadsheet 2003');
    expect(e.messageVi).toContain('64 MB');
  });

  it('"__proto__" as a sheet or style name reads harmlessly; as a cell it is refused at its cell', async () => {
    const xml = spreadsheetMl(
      [{ name: '__proto__', rows: [{ cells: ['Tỉnh', { v: 0.25, style: '__proto__' }] }] }],
      {
        styles: '<Styles><Style ss:ID="__proto__"><NumberFormat ss:Format="0.0%"/></Style></Styles>',
      },
    );
    const f = write('proto_sheet.xls', xml);
    expect((await inspectFile(f)).sheets).toEqual([{ name: '__proto__', hidden: false, rowCount: 1 }]);
    expect(await readSheet(f, '__proto__')).toMatchObject({ sheet: '__proto__', rows: [['Tỉnh', '25%']] });
    expectPrototypeUntouched();
    const header = write(
      'proto_header.xls',
      one(
        '<Row><Cell><Data ss:Type="String">Tỉnh</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">__proto__</Data></Cell></Row>',
      ),
    );
    const e = await expectRefused(header, 'PROTO_KEY');
    expect(e).toMatchObject({ sheet: 'S', row: 1, col: 3 });
    expectPrototypeUntouched();
  });

  it.each([
    [
      'a merge across a billion columns',
      '<Row><Cell ss:MergeAcross="999999999"><Data ss:Type="String">x</Data></Cell></Row>',
      'TOO_MANY_COLUMNS',
    ],
    [
      'a merge down two million rows',
      '<Row><Cell ss:MergeDown="2000000"><Data ss:Type="String">x</Data></Cell></Row>',
      'TOO_MANY_ROWS',
    ],
    [
      'a cell at column 999,999,999',
      '<Row><Cell ss:Index="999999999"><Data ss:Type="String">x</Data></Cell></Row>',
      'TOO_MANY_COLUMNS',
    ],
    [
      'a row at 1,048,577',
      '<Row ss:Index="1048577"><Cell><Data ss:Type="String">x</Data></Cell></Row>',
      'TOO_MANY_ROWS',
    ],
    [
      'a 40,000-character cell',
      `<Row><Cell><Data ss:Type="String">${'x'.repeat(40_000)}</Data></Cell></Row>`,
      'CELL_TOO_LONG',
    ],
    ['rows going backwards', '<Row ss:Index="5"/><Row ss:Index="2"/>', 'CORRUPT_WORKBOOK'],
    [
      'a negative index',
      '<Row><Cell ss:Index="-3"><Data ss:Type="Number">1</Data></Cell></Row>',
      'CORRUPT_WORKBOOK',
    ],
  ] as const)('%s is refused', async (_what, rowsXml, code) => {
    await expectRefused(write(`limits_${code}_${rowsXml.length}.xls`, one(rowsXml)), code);
  });

  it('a truncated file is refused instead of silently losing rows; unterminated tags, comments and quotes end the scan', async () => {
    const full = spreadsheetMl(SMALL);
    const e = await expectRefused(
      write('truncated.xls', full.slice(0, full.indexOf('Bình Phước'))),
      'CORRUPT_WORKBOOK',
    );
    expect(e.messageEn).toContain('truncated');
    // Unterminated tags, comments and quotes cost one pass, not one per '<'.
    for (const [name, tail] of [
      ['tags', '<a'.repeat(2_000_000)],
      ['comments', '<!--'.repeat(1_000_000)],
      ['quotes', '<Row a="'.repeat(1_000_000)],
    ] as const) {
      await expectRefused(write(`linear_${name}.xls`, one('').replace('</Table>', tail)), 'CORRUPT_WORKBOOK');
    }
  });

  // The reviewer's files: a few KB that claim a million rows or columns. Each is read (or refused)
  // in 5 s and well under 1 GB: what is kept is what is written, and only the sheet read is laid out.
  const sheetsXml = (n: number, tableXml: string) =>
    '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ' +
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
    Array.from(
      { length: n },
      (_, i) => `<Worksheet ss:Name="S${i}"><Table>${tableXml}</Table></Worksheet>`,
    ).join('') +
    '</Workbook>';
  const FAR_ROW = '<Row ss:Index="1048576"><Cell><Data ss:Type="String">x</Data></Cell></Row>';
  const FAR_CELL = '<Row><Cell ss:Index="16384"><Data ss:Type="Number">1</Data></Cell></Row>';

  /**
   * The most the heap grew (sampled at each step and row) reading a file 3 ways; how long they take
   * is measured by `npm run bench` (hostile files), never here.
   */
  async function readAllWays(f: string) {
    const base = process.memoryUsage().heapUsed;
    let heap = 0;
    const sample = () => (heap = Math.max(heap, process.memoryUsage().heapUsed - base));
    const outcome = async <T>(p: Promise<T>) =>
      p.then(
        (v) => (sample(), v),
        (e: ImportReadError) => (sample(), e),
      );
    const info = await inspectFile(f);
    sample();
    const streamed: number[] = [];
    const stream = await outcome(
      streamRows(f, null, (cells, n) => {
        streamed.push(n, cells.length);
        if (streamed.length % 64 === 0) sample();
      }),
    );
    const table = await outcome(readSheet(f, null));
    return { info, streamed, stream, table, heapMb: heap / 1024 / 1024 };
  }

  it.each<[string, () => string]>([
    ['a cell at row 1,048,576 in each of 60 sheets (8 KB)', () => sheetsXml(60, FAR_ROW)],
    ['a cell at row 1,048,576 in each of 1,000 sheets (127 KB)', () => sheetsXml(1000, FAR_ROW)],
  ])(
    '%s: kept as written, one row streamed, the table laid out for the sheet read only',
    async (_what, xml) => {
      const f = write(`far_rows_${xml().length}.xls`, xml());
      const r = await readAllWays(f);
      expect(r.info.sheets.length).toBeGreaterThanOrEqual(60);
      expect(r.info.sheets.every((s) => s.rowCount === 1_048_576)).toBe(true);
      expect(r.streamed).toEqual([1_048_576, 1]);
      expect(r.stream).toMatchObject({ sheet: 'S0', merges: [], hiddenColumns: [] });
      const t = r.table as Awaited<ReturnType<typeof readSheet>>;
      expect(t.rows).toHaveLength(1_048_576);
      expect(t.rows[1_048_575]).toEqual(['x']);
      expect(t.rows[1_048_574]).toEqual([]);
      expect(r.heapMb).toBeLessThan(300);
    },
  );

  it('the command line answers for the 1,000-sheet file (it once ran out of memory) in well under 1 GB', () => {
    const cli = path.join(__dirname, '../../out/main/cli.js');
    if (!fs.existsSync(cli))
      throw new Error('out/main/cli.js is missing: run `npx electron-vite build` first');
    // The child's peak memory, written as it exits.
    const peak = write(
      'peak_rss.cjs',
      "process.on('exit', () => require('fs').writeSync(2, '\\nMAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));",
    );
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dti-formats-cli-')), 'x.db');
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        peak,
        cli,
        '--db',
        db,
        'import',
        write('far_rows_cli.xls', sheetsXml(1000, FAR_ROW)),
        '--json',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.signal, run.stderr).toBeNull();
    expect(JSON.parse(run.stdout)).toHaveProperty('status');
    const kb = Number(/MAXRSS_KB (\d+)/.exec(run.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb / 1024, 'MB at peak').toBeLessThan(512);
  });

  it('a hidden span of 1,048,575 rows in each of 200 sheets is one range per sheet', async () => {
    const f = write('hidden_span.xls', sheetsXml(200, '<Row ss:Span="1048575" ss:Hidden="1"/>'));
    const r = await readAllWays(f);
    expect(r.info.sheets).toHaveLength(200);
    expect(r.info.sheets[0]).toEqual({ name: 'S0', hidden: false, rowCount: 0 });
    expect(r.streamed).toEqual([]);
    expect(r.table).toMatchObject({ rows: [], hiddenRows: [] });
    expect(r.heapMb).toBeLessThan(100);
    // A hidden span inside the table: its rows are hidden, the blank ones listed for the table too.
    const inside = write(
      'hidden_span_inside.xls',
      sheetsXml(
        1,
        '<Row><Cell><Data ss:Type="String">a</Data></Cell></Row><Row ss:Span="2" ss:Hidden="1"/>' +
          '<Row ss:Hidden="1"><Cell><Data ss:Type="String">b</Data></Cell></Row>' +
          '<Row><Cell><Data ss:Type="String">c</Data></Cell></Row>',
      ),
    );
    expect(await readSheet(inside, null)).toMatchObject({
      rows: [['a'], [], [], [], ['b'], ['c']],
      hiddenRows: [2, 3, 4, 5],
    });
    const hidden: number[] = [];
    await streamRows(inside, null, (_c, n, h) => h && hidden.push(n));
    expect(hidden).toEqual([5]);
  });

  it('20,000 rows each with one cell in column 16,384 (1.4 MB): inspected, then refused when read', async () => {
    const f = write('far_cells.xls', sheetsXml(1, FAR_CELL.repeat(20_000)));
    const r = await readAllWays(f);
    expect(r.info.sheets).toEqual([{ name: 'S0', hidden: false, rowCount: 20_000 }]);
    // Laid out the sheet would be a third of a billion cells: refused at the row crossing the limit.
    const row = MAX_XML_SPREADSHEET_SHEET_CELLS / 16_384 + 1;
    for (const e of [r.stream, r.table] as ImportReadError[])
      expect(e).toMatchObject({ name: 'ImportReadError', code: 'FILE_TOO_LARGE', sheet: 'S0', row });
    const e = r.table as ImportReadError;
    expect(e.messageEn).toContain(formatNumber(MAX_XML_SPREADSHEET_SHEET_CELLS, 'en', 0));
    expect(e.messageEn).toContain('column XFD');
    expect(e.messageVi).toContain('cột XFD');
    expect(r.streamed.length).toBe(2 * (row - 1)); // the rows before it were handed out, laid out
    expect(r.streamed[1]).toBe(16_384);
    expect(r.heapMb).toBeLessThan(400);
    // A few such rows (a stray value far right) read as they are.
    const few = await readSheet(write('far_cells_few.xls', sheetsXml(1, FAR_CELL.repeat(3))), null);
    expect(few.rows.map((x) => [x.length, x[16_383], x[0]])).toEqual(Array(3).fill([16_384, 1, null]));
  });

  it('100,000 <Column> elements hiding the same columns: each hidden column listed once', async () => {
    const f = write(
      'hidden_columns.xls',
      sheetsXml(1, '<Column ss:Index="1" ss:Span="16383" ss:Hidden="1"/>'.repeat(100_000)),
    );
    const r = await readAllWays(f);
    const cols = Array.from({ length: 501 }, (_, i) => i + 1);
    expect(r.stream).toMatchObject({ sheet: 'S0', hiddenColumns: cols });
    expect(r.heapMb).toBeLessThan(300);
    const spans = write(
      'hidden_columns_spans.xls',
      sheetsXml(
        1,
        '<Column ss:Index="3" ss:Span="1" ss:Hidden="1"/><Column ss:Hidden="1"/><Column ss:Index="2" ss:Hidden="true"/>' +
          '<Column ss:Index="4" ss:Hidden="1"/><Column ss:Index="9"/>',
      ),
    );
    expect((await streamRows(spans, null, () => undefined)).hiddenColumns).toEqual([2, 3, 4, 5]);
  });

  it('a tag with a long run of attribute names without "=" is read (the scan once backtracked over it)', () => {
    const xml = sheetsXml(
      1,
      `<Row><Cell ${'a'.repeat(1_000_000)}><Data ss:Type="Number">1</Data></Cell></Row>`,
    );
    expect(parseXml2003(xml, 'attrs.xls').read(null).rows).toEqual([[1]]);
    // (quoted values, bare names and '=' in values still read as before)
    const wb = parseXml2003(
      sheetsXml(1, `<Row><Cell x y = 'q="1"' ss:Index = "2" z><Data ss:Type="String">v</Data></Cell></Row>`),
      'attrs.xls',
    );
    expect(wb.read(null).rows).toEqual([[null, 'v']]);
  });
});

// ---------------------------------------------------------------- other formats, refused by name

function odsBytes(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([RANKING_HEADERS_2022, [1, 'TP. Đà Nẵng']]),
    'DTI',
  );
  return XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer;
}

function sheetjsBytes(bookType: 'xlsb' | 'fods'): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([RANKING_HEADERS_2022, [1, 'TP. Đà Nẵng']]),
    'DTI',
  );
  const out = XLSX.write(wb, { type: bookType === 'fods' ? 'string' : 'buffer', bookType }) as
    Buffer | string;
  return typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
}

describe('formats recognised by content and refused with what to do', () => {
  it.each<[string, () => Buffer | string, string, string]>([
    ['ranking.ods', () => odsBytes(), 'OpenDocument (.ods)', 'LibreOffice'],
    // by content, whatever the name says
    ['ranking_ods_renamed.xlsx', () => odsBytes(), 'OpenDocument (.ods)', 'LibreOffice'],
    ['ranking.xlsb', () => sheetjsBytes('xlsb'), 'Excel Binary Workbook (.xlsb)', 'Excel'],
    ['ranking_xlsb_renamed.xlsx', () => sheetjsBytes('xlsb'), 'Excel Binary Workbook (.xlsb)', 'Excel'],
    ['ranking.fods', () => sheetjsBytes('fods'), 'OpenDocument dạng XML phẳng (.fods)', 'LibreOffice'],
    ['ranking_fods.xls', () => sheetjsBytes('fods'), 'OpenDocument dạng XML phẳng (.fods)', 'LibreOffice'],
    [
      'ranking.numbers',
      () =>
        writeZip([
          { name: 'Index/Document.iwa', data: Buffer.alloc(64, 1) },
          { name: 'Metadata/DocumentIdentifier', data: 'abc' },
        ]),
      'Apple Numbers (.numbers)',
      'Numbers',
    ],
    [
      'bao_cao.odt',
      () =>
        writeZip([
          { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 },
          { name: 'content.xml', data: '<office:document-content/>' },
        ]),
      'OpenDocument',
      'xlsx',
    ],
    [
      'data.xml',
      () => '<?xml version="1.0" encoding="UTF-8"?>\n<DataSet><Tinh ten="Bình Phước" hang="12"/></DataSet>\n',
      'XML Spreadsheet 2003',
      'xlsx',
    ],
  ])('%s', async (name, bytes, vi, what) => {
    const e = await expectRefused(write(name, bytes()), 'UNSUPPORTED_FORMAT');
    expect(e.messageVi).toContain(vi);
    expect(e.messageVi).toContain(what);
    expect(e.messageVi).toMatch(/lưu thành \.xlsx|xuất sang Excel|chọn tệp bảng tính/);
    expect(e.messageEn).toMatch(/not supported|not a spreadsheet|not an Excel XML Spreadsheet/);
  });

  it.each([
    ['bom_only.csv', Buffer.from([0xef, 0xbb, 0xbf])],
    ['bom_utf16.txt', Buffer.from([0xff, 0xfe])],
    ['blank_lines.csv', '\r\n\r\n\r\n'],
    ['whitespace.tsv', ' \t \n   \n\t\n'],
    ['bom_blank.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n  \r\n')])],
  ])('%s is refused as an empty file', async (name, body) => {
    const e = await expectRefused(write(name, body), 'FILE_EMPTY');
    expect(e.messageVi).toContain('Tệp rỗng');
  });

  it('a text file with one character of data is not empty', async () => {
    expect((await readSheet(write('one.csv', '\n\nx\n'), null)).rows).toEqual([[], [], ['x']]);
  });
});

// ---------------------------------------------------------------- texts from the catalogues

describe('the texts of these refusals come from the message catalogues', () => {
  const both = (key: string, params?: Record<string, string | number>) =>
    (['vi', 'en'] as const).map((lang) => {
      const text = translate(lang, key, params);
      expect(text, `${lang} ${key}`).not.toBe(key); // (an unknown key comes back as itself)
      return text;
    });

  it.each<[UnsupportedFormat, string]>([
    ['ods', 'readDetail.unsupportedOds'],
    ['fods', 'readDetail.unsupportedFods'],
    ['opendocument', 'readDetail.unsupportedOpendocument'],
    ['xlsb', 'readDetail.unsupportedXlsb'],
    ['numbers', 'readDetail.unsupportedNumbers'],
    ['xml', 'readDetail.unsupportedXml'],
  ])('UNSUPPORTED_FORMAT %s says %s', (format, key) => {
    const [vi, en] = both(key);
    const e = unsupportedFormat('f.x', format);
    expect(e.messageVi).toContain(vi);
    expect(e.messageEn).toContain(en);
  });

  it('the XML spreadsheet reader words its refusals from readDetail.*', async () => {
    const ws = '<Worksheet ss:Name="S"><Table/></Worksheet>';
    const wbOf = (body: string) =>
      `<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">${body}`;
    const refused = (text: string) => {
      try {
        parseXml2003(text, 'f.xls');
      } catch (e) {
        return e as ImportReadError;
      }
      throw new Error('not refused');
    };
    for (const [text, key, params] of [
      [wbOf(`${ws}</Workbook>`).replace(/<\/?Workbook[^>]*>/g, ''), 'readDetail.xmlNoWorkbook', undefined],
      [wbOf(ws), 'readDetail.xmlNoWorkbookEnd', undefined],
      [wbOf(`${ws}<Row a="`), 'readDetail.xmlMalformed', undefined],
      [wbOf('</Workbook>'), 'readDetail.noWorksheets', undefined],
      [
        wbOf(`${ws.repeat(MAX_XML_SPREADSHEET_SHEETS + 1)}</Workbook>`),
        'readDetail.xmlTooManySheets',
        MAX_XML_SPREADSHEET_SHEETS,
      ],
    ] as const) {
      const e = refused(text);
      const n = (lang: 'vi' | 'en') =>
        params === undefined ? undefined : { n: formatNumber(params, lang, 0) };
      expect(e.messageVi, key).toContain(translate('vi', key, n('vi')));
      expect(e.messageEn, key).toContain(translate('en', key, n('en')));
      both(key, n('en'));
    }
    // exactly as before the move
    expect(translate('en', 'readDetail.xmlMalformed')).toBe('the file is truncated or its XML is malformed');
    expect(translate('vi', 'readDetail.xmlTooLarge', { n: 64 })).toBe(
      'bảng tính XML (XML Spreadsheet 2003) chỉ đọc được khi nhỏ hơn 64 MB; hãy mở bằng Excel và lưu thành .xlsx',
    );
  });

  it('problem texts with a count read right when the count is 1 ("1 cells" no more)', () => {
    // Each key with the parameter that counts things; the others are filled with a word.
    const counted: [string, string][] = [
      ['problem.noDataCells', 'n'],
      ['problem.noMethodology', 'count'],
      ['problem.noMethodologyColumn', 'count'],
      ['problem.indexNotInMethodology', 'count'],
      ['problem.listFollowsPeriod', 'count'],
      ['problem.namesOfOtherList', 'found'],
      ['problem.excerptStored', 'stored'],
      ['problem.excerptStored', 'count'],
      ['problem.excerptRest', 'count'],
      ['problem.splitDecimal', 'header'],
    ];
    for (const [key, param] of counted) {
      const template = importMessagesEn[key as keyof typeof importMessagesEn];
      expect(template, key).toContain(`{${param}}`);
      const params = Object.fromEntries(
        [...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, name === param ? 1 : 'X']),
      );
      expect(translate('en', key, params), key).not.toMatch(
        /\b1 (cells|values|rows|units|names|columns|fields|are)\b/,
      );
    }
    expect(translate('en', 'problem.noDataCells', { n: 1, cells: 'C3' })).toBe(
      'cells of this column that hold no number (1: C3) are taken as no data, not imported',
    );
    expect(translate('vi', 'problem.noDataCells', { n: 1, cells: 'C3' })).toBe(
      'các ô của cột này không có số (1 ô: C3) được coi là không có số liệu, không nhập',
    );
  });
});
