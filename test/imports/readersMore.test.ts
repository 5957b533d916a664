// Files the tester's sweep found misread: UTF-16 text without a BOM (refused as "binary"), and web
// pages given as files — a saved page, or a portal's "Xuất Excel" export that is an HTML table
// named .xls — which were parsed as CSV into junk. Fixtures are written here into a temp dir.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile, readPasted, readSheet, streamRows } from '../../src/main/imports/readers';
import type { ImportReadError } from '../../src/main/imports/safety/errors';
import { sniffContainer, utf16WithoutBom } from '../../src/main/imports/safety/sniff';
import { Store } from '../../src/main/store';
import type { RawCell, ReadErrorCode } from '../../src/shared/imports/types';
import { encodeWindows1258, published2022, RANKING_HEADERS_2022, TITLE_2022 } from '../fixtures/generate';
import { refusal, stageFile, storedRanking } from './helpers';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-readers-more-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pub = published2022();
const bp = pub.find((r) => r.label === 'Bình Phước')!;
const cell = (v: number | null) => (v === null ? '' : String(v));
/** The 2022 ranking as the portal shows it: unknown pillar ranks are blank. */
const RANKING: string[][] = [
  RANKING_HEADERS_2022,
  ...pub.map((r) => [String(r.rank), r.label, cell(r.rankCqs), cell(r.rankKts), cell(r.rankXhs)]),
];
/** What a reader hands out for RANKING: empty cells null, no trailing empty cells. */
const RANKING_CELLS: RawCell[][] = RANKING.map((row) => {
  const cells: RawCell[] = row.map((c) => (c === '' ? null : c));
  while (cells.length && cells[cells.length - 1] === null) cells.pop();
  return cells;
});

function write(name: string, data: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

async function expectRefused(p: string, code: ReadErrorCode): Promise<ImportReadError> {
  const e = await refusal(p);
  expect(e.code).toBe(code);
  return e;
}

const htmlRow = (cells: string[], tag = 'td') =>
  `<tr>${cells.map((c) => `<${tag}>${c === '' ? '&nbsp;' : c}</${tag}>`).join('')}</tr>`;
const htmlTable = (rows: string[][], attrs = '') =>
  `<table${attrs}><thead>${htmlRow(rows[0]!, 'th')}</thead><tbody>\n${rows
    .slice(1)
    .map((r) => htmlRow(r))
    .join('\n')}\n</tbody></table>`;

describe('UTF-16 without a byte-order mark', () => {
  const tsv = [TITLE_2022, '', ...RANKING.map((r) => r.join('\t'))].join('\r\n') + '\r\n';

  it('UTF-16LE "Unicode text" without BOM reads like the BOM file, recorded as utf-16le', async () => {
    const withBom = write(
      'ranking_utf16le_bom.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]),
    );
    const noBom = write('ranking_utf16le_nobom.txt', Buffer.from(tsv, 'utf16le'));
    expect(await inspectFile(noBom)).toMatchObject({
      format: 'tsv',
      encoding: 'utf-16le',
      bom: false,
      delimiter: '\t',
      sheets: [],
    });
    const t = await readSheet(noBom, null);
    expect(t.rows).toEqual((await readSheet(withBom, null)).rows);
    expect(t.rows[0]).toEqual([TITLE_2022]);
    expect(t.rows.slice(2)).toEqual(RANKING_CELLS);
    expect(t.rows[2 + bp.rank]).toEqual(['12', 'Bình Phước', '12', '22', '14']);
  });

  it('UTF-16BE without BOM, comma-separated, recorded as utf-16be', async () => {
    const csv = RANKING.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
    const p = write('ranking_utf16be_nobom.csv', utf16be(csv));
    expect(await inspectFile(p)).toMatchObject({
      format: 'csv',
      encoding: 'utf-16be',
      bom: false,
      delimiter: ',',
    });
    expect((await readSheet(p, null)).rows).toEqual(RANKING_CELLS);
  });

  it('a short, all-Vietnamese UTF-16 text is still recognised', () => {
    const s = 'Tỉnh\tĐiểm\nĐắk Lắk\t0,6\nThừa Thiên Huế\t0,7\n';
    expect(utf16WithoutBom(Buffer.from(s, 'utf16le'))).toBe('utf-16le');
    expect(utf16WithoutBom(utf16be(s))).toBe('utf-16be');
    expect(utf16WithoutBom(Buffer.from(s, 'utf8'))).toBeNull();
    expect(sniffContainer(Buffer.from(s, 'utf16le'))).toEqual({ kind: 'text' });
  });

  it('binaries with zero bytes are still refused, a renamed PNG included', async () => {
    const png = write(
      'chart.xls',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0)]),
    );
    expect((await expectRefused(png, 'NOT_A_SPREADSHEET')).messageVi).toContain('PNG');
    // Little-endian 16-bit integers: every high byte zero, but the "text" is control characters.
    const ints = Buffer.alloc(4096);
    for (let i = 0; i < 2048; i++) ints.writeUInt16LE(i % 256, i * 2);
    await expectRefused(write('counts.csv', ints), 'NOT_A_SPREADSHEET');
    // A database page: text at the start, then zeros in both byte positions.
    const db = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4080, 0)]);
    await expectRefused(write('data.csv', db), 'NOT_A_SPREADSHEET');
    // UTF-32 is not taken for UTF-16.
    const utf32 = Buffer.alloc(400);
    for (let i = 0; i < 100; i++) utf32.writeUInt32LE('Tinh,1\n'.charCodeAt(i % 7), i * 4);
    expect(utf16WithoutBom(utf32)).toBeNull();
    await expectRefused(write('utf32.csv', utf32), 'NOT_A_SPREADSHEET');
  });
});

describe('text under an Excel name (round 74)', () => {
  it('prose named .xlsx is refused as not a workbook, saying it is text without columns', async () => {
    const e = await expectRefused(
      write('ghi-chu.xlsx', 'Kính gửi anh chị,\nEm gửi bảng xếp hạng sau ạ.\nTrân trọng\n'),
      'NOT_A_SPREADSHEET',
    );
    expect(e.messageVi).toContain('ghi-chu.xlsx');
    expect(e.messageVi).toContain('văn bản không chia cột');
    expect(e.messageEn).toContain('plain text with no columns');
    await expectRefused(
      write('random.xls', 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo\n'.repeat(40)),
      'NOT_A_SPREADSHEET',
    );
  });

  it('a picture or a PDF under its own name is no table: said so, without advice to open it in Excel (round 75)', async () => {
    const png = write(
      'anh.png',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
    );
    const e = await expectRefused(png, 'UNKNOWN_FORMAT');
    expect(e.messageVi).toContain('anh.png');
    expect(e.messageVi).toContain('nội dung PNG');
    expect(e.messageVi).not.toContain('Excel, lưu lại');
    const pdf = await expectRefused(
      write('bao-cao-dti.pdf', '%PDF-1.7\n' + 'x'.repeat(200)),
      'UNKNOWN_FORMAT',
    );
    expect(pdf.messageEn).toContain('copy the table and paste it');
  });

  it('a CSV saved under an Excel name is still read as the table it is', async () => {
    const csv = RANKING.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
    expect((await readSheet(write('ranking-from-portal.xlsx', csv), null)).rows).toEqual(RANKING_CELLS);
  });
});

describe('text files that already worked keep working', () => {
  it('a Windows-1258 CSV with a "sep=;" line and CR-only line ends', async () => {
    const lines = ['sep=;', ...RANKING.map((r) => r.join(';'))];
    const p = write('ranking_1258_sep.csv', encodeWindows1258(lines.join('\r')));
    expect(await inspectFile(p)).toMatchObject({ format: 'csv', encoding: 'windows-1258', delimiter: ';' });
    const t = await readSheet(p, null);
    expect(t.rows[0]).toEqual(['sep=']);
    expect(t.rows.slice(1)).toEqual(RANKING_CELLS);
  });

  it('a UTF-8 CSV with BOM, "sep=," and CRLF', async () => {
    const lines = ['sep=,', ...RANKING.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))];
    const p = write('ranking_sep_comma.csv', '\uFEFF' + lines.join('\r\n') + '\r\n');
    expect(await inspectFile(p)).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ',' });
    expect((await readSheet(p, null)).rows.slice(1)).toEqual(RANKING_CELLS);
  });

  it('a CSV with HTML inside a cell stays a CSV', async () => {
    const p = write('notes.csv', 'Tỉnh,Ghi chú\nBình Phước,<b>tăng</b> 16 bậc\n');
    expect(await inspectFile(p)).toMatchObject({ format: 'csv' });
    expect((await readSheet(p, null)).rows[1]).toEqual(['Bình Phước', '<b>tăng</b> 16 bậc']);
  });
});

describe('web pages given as files', () => {
  const savedPage = (table: string) => `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Xếp hạng DTI 2022 | Cổng thông tin</title>
<style>td { padding: 2px } /* <td>not a cell</td> */</style>
<script>var html = '<table><tr><td>menu</td></tr></table>'; if (a < b) {}</script>
</head><body>
<!-- <table><tr><td>commented out</td><td>x</td></tr><tr><td>a</td><td>b</td></tr></table> -->
<table class="layout" width="100%"><tr><td class="menu">Trang chủ<br>Tin tức<br>Xếp hạng</td><td class="content">
<h2>${TITLE_2022}</h2>
${table}
<p>Nguồn: Bộ TT&amp;TT</p>
</td></tr></table>
<div class="footer"><table><tr><td>© 2023 Bộ Thông tin và Truyền thông</td></tr></table></div>
</body></html>`;

  it('a saved web page (.html): the data table inside the layout table, &nbsp; cells empty', async () => {
    const p = write('xep-hang-dti-2022.html', savedPage(htmlTable(RANKING, ' class="table" border="1"')));
    const info = await inspectFile(p);
    expect(info).toMatchObject({
      fileName: 'xep-hang-dti-2022.html',
      format: 'html',
      reader: 'dti-desk/html',
      encoding: 'utf-8',
      bom: false,
      sheets: [],
    });
    expect(info.delimiter).toBeUndefined();
    const t = await readSheet(p, null);
    expect(t.sheet).toBeNull();
    expect(t.rows).toEqual(RANKING_CELLS);
    expect(t.rows[0]).toEqual(RANKING_HEADERS_2022);
    expect(t.rows[bp.rank]).toEqual(['12', 'Bình Phước', '12', '22', '14']);
    expect(t.rows[1]).toEqual(['1', 'TP. Đà Nẵng']);
    // Streaming hands out the same rows with the same numbers.
    const streamed: RawCell[][] = [];
    const r = await streamRows(p, null, (cells, n) => (streamed[n - 1] = cells));
    expect(r.sheet).toBeNull();
    expect(streamed).toEqual(t.rows);
  });

  it('a portal\'s "Xuất Excel" export (.xls that is HTML, Windows-1258, Excel markup) reads with its title merge', async () => {
    const body = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=windows-1258">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>DTI</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>.num { mso-number-format:"0\\.0000"; }</style></head>
<body><table border=1 cellpadding=2>
<tr><td colspan=5 align=center><b>${TITLE_2022}</b></td></tr>
${RANKING.map((r, i) => htmlRow(r, i === 0 ? 'th' : 'td')).join('\r\n')}
</table></body></html>`;
    const p = write('XepHangDTI_2022.xls', encodeWindows1258(body));
    expect(await inspectFile(p)).toMatchObject({ format: 'html', encoding: 'windows-1258', sheets: [] });
    const t = await readSheet(p, null);
    expect(t.rows[0]).toEqual([TITLE_2022]);
    expect(t.rows.slice(1)).toEqual(RANKING_CELLS);
    expect(t.merges).toEqual([{ fromRow: 1, fromCol: 1, toRow: 1, toCol: 5 }]);
    for (const row of t.rows)
      for (const c of row) if (typeof c === 'string') expect(c).toBe(c.normalize('NFC'));
  });

  it('an export that starts with blank lines and a bare <table>, in UTF-16LE without BOM', async () => {
    const p = write('export.xls', Buffer.from(`\r\n\r\n${htmlTable(RANKING)}`, 'utf16le'));
    expect(await inspectFile(p)).toMatchObject({ format: 'html', encoding: 'utf-16le', bom: false });
    expect((await readSheet(p, null)).rows).toEqual(RANKING_CELLS);
  });

  it('rowspan and colspan keep cells in their columns; entities and line breaks in cells', async () => {
    const p = write(
      'kpi.htm',
      `<table>
<tr><th rowspan=2>STT</th><th rowspan="2">Tỉnh</th><th colspan=2>Thanh toán trực tuyến</th></tr>
<tr><th>Phí, lệ phí</th><th>Đất đai</th></tr>
<tr><td>1</td><td>B&igrave;nh Ph&#432;&#7899;c</td><td>3.948</td><td>47.746</td></tr>
<tr><td>2</td><td>Thừa Thiên&nbsp;&ndash;&nbsp;Huế<br/>(cũ)</td><td>&lt; 50%</td><td>&nbsp</td></tr>
</table>`,
    );
    const t = await readSheet(p, null);
    expect(t.rows).toEqual([
      ['STT', 'Tỉnh', 'Thanh toán trực tuyến'],
      [null, null, 'Phí, lệ phí', 'Đất đai'],
      ['1', 'Bình Phước', '3.948', '47.746'],
      ['2', 'Thừa Thiên – Huế (cũ)', '< 50%'],
    ]);
    expect(t.merges).toEqual([
      { fromRow: 1, fromCol: 1, toRow: 2, toCol: 1 },
      { fromRow: 1, fromCol: 2, toRow: 2, toCol: 2 },
      { fromRow: 1, fromCol: 3, toRow: 1, toCol: 4 },
    ]);
  });

  it('several data tables are offered as sheets; the largest is read by default', async () => {
    const kpi = [
      ['Chỉ tiêu', 'Kết quả', 'Mục tiêu'],
      ['Dịch vụ công trực tuyến toàn trình', '85,52%', '80%'],
      ['Thanh toán trực tuyến', '3.948', '4.000'],
    ];
    const p = write('bao-cao.html', savedPage(`${htmlTable(kpi)}<p>Bảng xếp hạng:</p>${htmlTable(RANKING)}`));
    const info = await inspectFile(p);
    expect(info.format).toBe('html');
    expect(info.sheets).toEqual([
      { name: 'Bảng 1', hidden: false, rowCount: 3 },
      { name: 'Bảng 2', hidden: false, rowCount: RANKING.length },
    ]);
    const best = await readSheet(p, null);
    expect(best.sheet).toBe('Bảng 2');
    expect(best.rows).toEqual(RANKING_CELLS);
    const first = await readSheet(p, 'Bảng 1');
    expect(first).toMatchObject({ sheet: 'Bảng 1', rows: kpi });
    expect((await streamRows(p, 'Bảng 2', () => {})).sheet).toBe('Bảng 2');
    const e = await refusal(p, 'Sheet1');
    expect(e).toMatchObject({ code: 'SHEET_NOT_FOUND', sheet: 'Sheet1' });
  });

  it('tables under headings are shown and found by their headings too (round 47: "Bảng 1" only)', async () => {
    const kpi = [
      ['Chỉ tiêu', 'Thực hiện', 'Kế hoạch'],
      ['Dịch vụ công trực tuyến toàn trình', '85,52%', '80%'],
      ['Thanh toán trực tuyến', '3.948', '4.000'],
    ];
    const p = write(
      'hai-bang.html',
      `<html><body><h2>Bảng 1. Kết quả thực hiện năm 2022</h2>${htmlTable(kpi)}<h2>Bảng 2. Xếp hạng DTI năm 2022</h2>${htmlTable(RANKING)}</body></html>`,
    );
    const info = await inspectFile(p);
    expect(info.sheets).toEqual([
      { name: 'Bảng 1', hidden: false, rowCount: 3, title: 'Bảng 1. Kết quả thực hiện năm 2022' },
      { name: 'Bảng 2', hidden: false, rowCount: RANKING.length, title: 'Bảng 2. Xếp hạng DTI năm 2022' },
    ]);
    const byHeading = await readSheet(p, 'bảng 2. xếp hạng DTI năm 2022');
    expect(byHeading).toMatchObject({ sheet: 'Bảng 2', rows: RANKING_CELLS });
    expect((await refusal(p, 'Bảng 3. Khác')).code).toBe('SHEET_NOT_FOUND');
  });

  it('a web page without a table is refused, naming the file', async () => {
    for (const [name, body] of [
      [
        'het-phien.xls',
        '<!DOCTYPE html><html><body><h1>Phiên làm việc đã hết hạn</h1><p>Vui lòng đăng nhập lại.</p></body></html>',
      ],
      ['trang.html', '<html><body><table><tr><td>&nbsp;</td></tr></table></body></html>'],
    ] as const) {
      const p = write(name, body);
      const e = await expectRefused(p, 'HTML_NO_TABLE');
      expect(e.messageVi).toContain('Tệp là trang web (HTML) nhưng không có bảng');
      expect(e.messageEn).toContain('web page (HTML) but has no data table');
      await expect(inspectFile(p)).rejects.toMatchObject({ code: 'HTML_NO_TABLE', file: name });
    }
  });

  it('the sheet limits hold for web pages: rows, columns, cell length, __proto__, size', async () => {
    const rows = write('rows.html', `<table>${'<tr><td>1'.repeat(1_048_577)}</table>`);
    expect((await expectRefused(rows, 'TOO_MANY_ROWS')).row).toBe(1_048_577);

    const wide = write(
      'wide.html',
      `<table><tr><td>Tỉnh</td></tr><tr>${'<td colspan=1000>x</td>'.repeat(17)}</tr></table>`,
    );
    const ew = await expectRefused(wide, 'TOO_MANY_COLUMNS');
    expect(ew.toInfo()).toMatchObject({ row: 2, col: 16_385, cell: 'XFE2' });

    const long = write(
      'long.html',
      `<table><tr><td>Tỉnh</td><td>Ghi chú</td></tr><tr><td>A</td><td>${'x'.repeat(40_000)}</td></tr></table>`,
    );
    const el = await expectRefused(long, 'CELL_TOO_LONG');
    expect(el.toInfo()).toMatchObject({ row: 2, col: 2, cell: 'B2' });
    expect(el.messageVi).toContain('ô B2');

    const proto = write(
      'proto.html',
      '<table><tr><td>Tỉnh</td><td>__proto__</td></tr><tr><td>a</td><td>1</td></tr></table>',
    );
    expect((await expectRefused(proto, 'PROTO_KEY')).toInfo()).toMatchObject({ cell: 'B1' });

    // Several data tables: the refusal names the sheet.
    const two = write(
      'two.html',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>' +
        '<table><tr><td>Tỉnh</td><td>__proto__</td></tr><tr><td>a</td><td>1</td></tr></table>',
    );
    expect((await refusal(two, 'Bảng 2')).toInfo()).toMatchObject({
      code: 'PROTO_KEY',
      sheet: 'Bảng 2',
      cell: 'B1',
    });

    const big = Buffer.alloc(32 * 1024 * 1024 + 1, 0x20);
    big.write('<html><body><table><tr><td>a</td><td>b</td></tr></table>');
    const eb = await expectRefused(write('big.html', big), 'FILE_TOO_LARGE');
    expect(eb.messageVi).toContain('32 MB');
    fs.rmSync(path.join(dir, 'big.html'));
  });

  it('hostile markup is read in one pass and refused or read, never hangs', async () => {
    const n = 500_000;
    // Unclosed comments, scripts and declarations swallow the rest of the page: no table.
    for (const [name, body] of [
      ['comments.html', '<html>' + '<!--'.repeat(n)],
      ['script.html', '<html>' + '<script>'.repeat(n)],
      ['doctype.html', '<html>' + '<!x'.repeat(n)],
    ])
      await expectRefused(write(name!, body!), 'HTML_NO_TABLE');
    // An unterminated tag ends the page; what came before is read.
    const tags = write('tags.html', '<html><table><tr><td>x</td><td>y' + '<td'.repeat(n));
    expect((await readSheet(tags, null)).rows).toEqual([['x', 'y']]);
    // Deep nesting: tables deeper than the cap are read into the enclosing table.
    const deep = write('deep.html', '<table><tr><td>a</td><td>b'.repeat(10_000) + '</table>'.repeat(10_000));
    expect((await readSheet(deep, null)).rows.length).toBeGreaterThan(0);
    const many = write(
      'many.html',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'.repeat(2001),
    );
    const em = await expectRefused(many, 'NOT_A_SPREADSHEET');
    expect(em.messageVi).toContain('hơn 2.000 bảng');
  });

  it('a pasted page fragment uses the same scanner: nested tables, no stray markup', () => {
    const t = readPasted(
      `<html><body><!--StartFragment--><table><tr><td>Trang chủ</td><td>${htmlTable(RANKING)}</td></tr></table><!--EndFragment--></body></html>`,
    );
    expect(t.kind).toBe('html');
    expect(t.rows).toEqual(RANKING_CELLS);
    // A table without any filled cell is still a (blank) HTML table, not TSV of its markup.
    expect(readPasted('<table><tr><td>&nbsp;</td></tr></table>').rows).toEqual([]);
  });
});

describe('imported end to end', () => {
  async function importFile(file: string, year = 2022) {
    const store = new Store(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dti-more-db-')), 'i.db'));
    const { session, preview } = await stageFile(store, { kind: 'file', path: file }, { year });
    expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.messageEn)).toEqual([]);
    expect(preview.questions.map((q) => q.label)).toEqual([]);
    session.commit();
    session.dispose();
    const stored = storedRanking(store, 2022, 63);
    store.close();
    return stored;
  }

  it.each([
    ['a saved web page', 'dti.html', () => `<html><body>${htmlTable(RANKING)}</body></html>`],
    [
      'an HTML export named .xls',
      'dti.xls',
      () => `<table border=1>${RANKING.map((r) => htmlRow(r)).join('')}</table>`,
    ],
    [
      'UTF-16LE text without BOM',
      'dti.txt',
      () => Buffer.from(RANKING.map((r) => r.join('\t')).join('\r\n'), 'utf16le'),
    ],
  ])('%s imports every published rank', async (_what, name, body) => {
    const stored = await importFile(write(name, body()));
    expect(stored.get(`${bp.code}:dti`)?.rank).toBe(12);
    expect(stored.get(`${bp.code}:cqs`)?.rank).toBe(12);
    expect(stored.get(`${bp.code}:kts`)?.rank).toBe(22);
    expect(stored.get(`${bp.code}:xhs`)?.rank).toBe(14);
    for (const r of pub) expect(stored.get(`${r.code}:dti`)?.rank, r.label).toBe(r.rank);
  });

  it("the command line imports them too (the tester's repro)", () => {
    const cli = path.join(__dirname, '../../out/main/cli.js');
    if (!fs.existsSync(cli))
      throw new Error('out/main/cli.js is missing: run `npx electron-vite build` first');
    const files = [
      write('c05.txt', Buffer.from(RANKING.map((r) => r.join('\t')).join('\r\n'), 'utf16le')),
      write('c29.html', `<!DOCTYPE html><html><body>${htmlTable(RANKING)}</body></html>`),
      write('c29b.xls', `<!DOCTYPE html><html><body>${htmlTable(RANKING)}</body></html>`),
    ];
    for (const f of files) {
      const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dti-more-cli-')), 'x.db');
      const r = spawnSync(process.execPath, [cli, '--db', db, 'import', f, '--year', '2022', '--json'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, `${path.basename(f)}: ${r.stderr}${r.stdout.slice(0, 500)}`).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ status: 'committed' });
    }
  });
});
