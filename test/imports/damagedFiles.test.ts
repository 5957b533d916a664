// Tester round 19: damaged or odd files that were read wrong without a word — a sheet part cut
// short or broken inside (rows dropped silently), two sheets of one name (one analysed, the
// other's rows imported), a Windows-1258 CSV whose first lines are plain ASCII (refused as not
// UTF-8, at the wrong line). Each is now read right or refused, naming the place.
import { describe, expect, it } from 'vitest';
import { inspectFile, readSheet } from '../../src/main/imports/readers';
import { buildXlsx, encodeWindows1258, withSheetXml } from '../fixtures/generate';
import { writeTemp } from './helpers';

/** A sheet of `n` rows "Đơn vị | Giá trị" (row 1 the header). */
const sheet = (n: number) =>
  buildXlsx([
    {
      name: 'Dữ liệu',
      rows: [['Đơn vị', 'Giá trị'], ...Array.from({ length: n - 1 }, (_, i) => [`Đơn vị ${i + 2}`, i + 2])],
    },
  ]);

describe('a sheet whose XML is cut short or broken', () => {
  it('is refused, naming the sheet and the last row read (was: the rows before the cut imported)', async () => {
    const cut = writeTemp(
      'cut.xlsx',
      withSheetXml(sheet(60), (xml) => xml.slice(0, xml.indexOf('<row r="41"'))),
    );
    await expect(readSheet(cut, null)).rejects.toMatchObject({
      code: 'CORRUPT_WORKBOOK',
      sheet: 'Dữ liệu',
      messageVi: expect.stringContaining('trang tính bị cắt cụt: dữ liệu dừng giữa chừng sau dòng 40'),
    });
  });

  it('is refused at the row where its tags do not match, or text sits between rows', async () => {
    const damages: [string, (xml: string) => string][] = [
      // an element left open: "<v>30</c>"
      ['unclosed', (xml) => xml.replace(/(<row r="30"[^>]*>.*?<v>[^<]*)<\/v>/, '$1')],
      // a row never closed before the next
      ['row', (xml) => xml.replace('</row><row r="30"', '<row r="30"')],
      // stray text between rows
      [
        'garbage',
        (xml) =>
          xml.replace(
            '<row r="30"',
            '&#x1;garbage<<<>>><row r="29"><c r="A29"><v>1</v></c></row><row r="30"',
          ),
      ],
    ];
    for (const [name, edit] of damages) {
      const f = writeTemp(`${name}.xlsx`, withSheetXml(sheet(60), edit));
      await expect(readSheet(f, null), name).rejects.toMatchObject({
        code: 'CORRUPT_WORKBOOK',
        sheet: 'Dữ liệu',
        row: expect.any(Number),
        messageVi: expect.stringContaining('XML của trang tính bị hỏng ở dòng này'),
      });
    }
  });

  it('reads a sheet written with line breaks and indents between its rows as before', async () => {
    const pretty = writeTemp(
      'pretty.xlsx',
      withSheetXml(sheet(60), (xml) => xml.replace(/<(row|c) /g, '\n    <$1 ')),
    );
    const t = await readSheet(pretty, null);
    expect(t.rows.length).toBe(60);
    expect(t.rows[59]).toEqual(['Đơn vị 60', 60]);
  });
});

describe('two sheets of one name', () => {
  it('are refused when the file is opened (was: one sheet analysed, the other one imported)', async () => {
    const rows = [
      ['Đơn vị', 'Giá trị'],
      ['Hà Nội', 1],
    ];
    const f = writeTemp(
      'twins.xlsx',
      buildXlsx([
        { name: 'Data', rows, hidden: true },
        { name: 'Data', rows },
      ]),
    );
    await expect(inspectFile(f)).rejects.toMatchObject({
      code: 'CORRUPT_WORKBOOK',
      messageVi: expect.stringContaining('có hai trang tính cùng tên "Data"'),
      messageEn: expect.stringContaining('two sheets are named "Data"'),
    });
  });

  it('are refused when their names differ only in capitals (one name to Excel)', async () => {
    const f = writeTemp(
      'case-twins.xlsx',
      buildXlsx([
        {
          name: 'Số liệu',
          rows: [
            ['Đơn vị', 'Giá trị'],
            ['Hà Nội', 1],
          ],
        },
        {
          name: 'SỐ LIỆU',
          rows: [
            ['Đơn vị', 'Giá trị'],
            ['Hà Nội', 2],
          ],
        },
      ]),
    );
    await expect(inspectFile(f)).rejects.toMatchObject({
      code: 'CORRUPT_WORKBOOK',
      sheet: 'SỐ LIỆU',
      messageVi: expect.stringContaining('"Số liệu" và "SỐ LIỆU" chỉ khác nhau chữ hoa'),
      messageEn: expect.stringContaining('sheets "Số liệu" and "SỐ LIỆU" differ only in capitals'),
    });
    // Names that differ otherwise are two sheets.
    const g = writeTemp(
      'two-sheets.xlsx',
      buildXlsx([
        {
          name: 'Số liệu',
          rows: [
            ['Đơn vị', 'Giá trị'],
            ['Hà Nội', 1],
          ],
        },
        {
          name: 'Số liệu (2)',
          rows: [
            ['Đơn vị', 'Giá trị'],
            ['Hà Nội', 2],
          ],
        },
      ]),
    );
    expect((await inspectFile(g)).sheets.map((s) => s.name)).toEqual(['Số liệu', 'Số liệu (2)']);
  });
});

describe('a CSV whose first lines are plain ASCII', () => {
  const ascii = (n: number) =>
    [
      'Unit code,Indicator,Value',
      ...Array.from({ length: n }, (_, i) => `U${i},Indicator ${i % 9},${i}`),
    ].join('\r\n');

  it('takes its encoding from the first lines that are not (Windows-1258 after 300 KB)', async () => {
    const body = `${ascii(20_000)}\r\nBình Phước,Tỷ lệ hồ sơ trực tuyến,95\r\n`;
    expect(body.length).toBeGreaterThan(300_000);
    const f = writeTemp('late1258.csv', encodeWindows1258(body));
    expect((await inspectFile(f)).encoding).toBe('windows-1258');
    const t = await readSheet(f, null);
    expect(t.rows.at(-1)).toEqual(['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến', '95']);
  });

  it('refuses a bad byte far in, naming its own line', async () => {
    const lines = ascii(60_000).split('\r\n');
    const bad = 45_000; // a line well past the first chunk read
    const f = writeTemp(
      'late-bad.csv',
      Buffer.concat([
        Buffer.from(lines.slice(0, bad - 1).join('\r\n') + '\r\nB\u00ecnh Ph\u01b0\u1edbc,x,1\r\n', 'utf8'),
        Buffer.from([0x42, 0xff, 0x2c, 0x78, 0x2c, 0x31, 0x0d, 0x0a]),
        Buffer.from(lines.slice(bad).join('\r\n'), 'utf8'),
      ]),
    );
    await expect(readSheet(f, null)).rejects.toMatchObject({ code: 'INVALID_UTF8', row: bad + 1 });
  });
});

describe('a UTF-8 CSV with one stray byte after a long ASCII start', () => {
  it('is refused at that line, not read as Windows-1258', async () => {
    const lines = [
      'Unit code,Indicator,Value',
      ...Array.from({ length: 30_000 }, (_, i) => `U${i},Indicator ${i % 9},${i}`),
    ];
    const f = writeTemp(
      'stray.csv',
      Buffer.concat([
        Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
        Buffer.from([0x55, 0xe9, 0x2c, 0x78, 0x2c, 0x31, 0x0d, 0x0a]),
        Buffer.from('Bình Phước,Tỷ lệ,95\r\n'.repeat(50), 'utf8'),
      ]),
    );
    await expect(readSheet(f, null)).rejects.toMatchObject({ code: 'INVALID_UTF8', row: lines.length + 1 });
  });
});

describe('a UTF-8 CSV with one stray byte early, its Vietnamese further on', () => {
  it('is refused at the stray byte, not read as Windows-1258', async () => {
    const ascii = Array.from({ length: 12_000 }, (_, i) => `U${i},Indicator ${i % 9},${i}`);
    const f = writeTemp(
      'early-stray.csv',
      Buffer.concat([
        Buffer.from(['Unit code,Indicator,Value', ...ascii.slice(0, 2_999)].join('\r\n') + '\r\n', 'utf8'),
        Buffer.from([0x54, 0x79, 0xff, 0x2c, 0x78, 0x2c, 0x31, 0x0d, 0x0a]), // line 3001: "Ty\xFF,x,1"
        Buffer.from(ascii.slice(3_000).join('\r\n') + '\r\n' + 'Bình Phước,Tỷ lệ,95\r\n'.repeat(50), 'utf8'),
      ]),
    );
    await expect(readSheet(f, null)).rejects.toMatchObject({ code: 'INVALID_UTF8', row: 3001 });
  });
});
