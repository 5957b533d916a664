// Session 24: what tester round 77 found. Each test imports the file as the command line does and
// checks what is stored against what the file says.
import path from 'node:path';
import * as zlib from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { readSheet } from '../../src/main/imports/readers';
import type { ImportReadError } from '../../src/main/imports/safety/errors';
import { readZipDirectory } from '../../src/main/imports/safety/zipDirectory';
import { pillarNamedBy } from '../../src/main/imports/layout/indexNames';
import { tempDir } from '../store/helpers';
import { buildXlsx, DETAIL_HEADERS_2022, published2022, writeZip } from '../fixtures/generate';
import {
  detail2022Workbook,
  errorCodes,
  importCommitted,
  importLikeCli,
  proposedYear,
  stageFile,
  storedAs,
  storedRanking,
  writeTemp,
  writeWorkbook,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round77-'), 'r.db'));
});

const P = published2022();
const detail2022 = detail2022Workbook;

// (storedAs joins the unit only: the indicator joined here)
const storedAsIndicators = (expr: string, where: string) =>
  store.db
    .prepare(
      `SELECT ${expr} FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
       WHERE o.layer = 'user' AND ${where} ORDER BY i.code`,
    )
    .pluck()
    .all() as string[];

/** Đà Nẵng's stored values of the 2022 detail table, by indicator code. */
const daNang = () =>
  Object.fromEntries(
    storedAsIndicators(`i.code || '=' || o.value`, `u.code = '48' AND o.value IS NOT NULL`).map((s) =>
      s.split('='),
    ),
  );

const yearOfTitle = (title: string) => proposedYear(store, detail2022('xh.xlsx', [title]));

describe("a ranking's title that gives only when it was published gives no year (round 77: stored as that year)", () => {
  it.each([
    'Bảng xếp hạng DTI (Bộ TT&TT công bố ngày 26/6/2023)',
    'Kết quả DTI công bố tháng 6/2023',
    'Kết quả Chỉ số DTI được công bố năm 2023',
    'DTI cấp tỉnh - công bố năm 2023',
    'Bảng xếp hạng DTI (ngày 26/6/2023)',
    'Bảng xếp hạng DTI (26/6/2023)',
    'Bảng xếp hạng DTI - tháng 6/2023',
    'Cập nhật: 15/7/2023',
    'Nguồn: dti.gov.vn, truy cập ngày 15/7/2023',
    'Ngày đăng: 26/06/2023',
    'BẢNG XẾP HẠNG DTI (CÔNG BỐ NGÀY 26 THÁNG 6 NĂM 2023)',
  ])('"%s": the year is asked, said to be the publication\'s, and --year 2022 is taken', async (title) => {
    const f = detail2022('xep-hang.xlsx', [title]);
    const asked = await importLikeCli(store, f);
    asked.session.dispose();
    expect(asked.analysis.target.year).toBeNull();
    expect(errorCodes(asked.preview)).toEqual(['noYear']);
    const said = asked.preview.problems.find((p) => p.code === 'noYear')!;
    expect(said.messageVi).toContain('năm 2023');
    expect(said.messageVi).toContain('--year 2022');
    expect(said.messageEn).toContain('may be 2022');
    expect(said.value).toBe(title);
    // the year that is the ranking's is no contradiction of the title
    const taken = await importCommitted(store, f, 2022);
    expect(errorCodes(taken)).toEqual([]);
    expect(storedRanking(store, 2022, 63).get('48:dti')).toEqual({ value: 0.8002, rank: 1 });
    expect(storedRanking(store, 2023, 63).size).toBe(0);
  });

  it('a second title line of its publication leaves the year the first names', async () => {
    const f = detail2022('xh.xlsx', ['XẾP HẠNG DTI NĂM 2022', 'Ngày đăng: 26/06/2023']);
    const { analysis, session } = await importLikeCli(store, f);
    session.dispose();
    expect(analysis.target.year).toBe(2022);
  });

  it.each([
    ['Ngày 26/6/2023, Bộ TT&TT công bố kết quả DTI năm 2022', 2022],
    ['XẾP HẠNG DTI NĂM 2022 (CÔNG BỐ NĂM 2023)', 2022],
    ['Bảng xếp hạng DTI 2022 - cập nhật 15/7/2023', 2022],
  ])('"%s" is the ranking of %i', async (title, year) => {
    expect(await yearOfTitle(title)).toBe(year);
  });

  it('a 2024 ranking of the 34 published in 2025 no longer replaces the 2025 ranking', async () => {
    const rows = (k: number) => [k, ['Hà Nội', 'Huế', 'Đà Nẵng'][k - 1]!, [0.8241, 0.7951, 0.79][k - 1]!];
    const f = writeWorkbook('r2024-34.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['Bảng xếp hạng DTI của 34 tỉnh, thành phố (Bộ KH&CN công bố ngày 21/10/2025)'],
          ['Xếp hạng', 'Tỉnh, thành phố', 'Chỉ số DTI'],
          ...[1, 2, 3].map(rows),
        ],
      },
    ]);
    const asked = await importLikeCli(store, f);
    asked.session.dispose();
    expect(asked.analysis.target.year).toBeNull();
    expect(asked.analysis.target.group).toBe(34);
    expect(errorCodes(await importCommitted(store, f, 2024))).toEqual([]);
    expect(storedAs(store, `o.period || ' ' || o.ranking_group`, { group: 'o.period' })).toEqual(['2024 34']);
  });

  it("a KPI table's date is still its figures' period", async () => {
    const f = writeWorkbook('kpi.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['Số liệu tính đến ngày 30/9/2025'],
          ['Tỉnh', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'],
          ['Hà Nội', 71.5],
          ['Huế', 80.25],
        ],
      },
    ]);
    await importCommitted(store, f);
    expect(storedAs(store, `u.name_vi || ' ' || o.period || ' ' || o.value`, { order: 'u.name_vi' })).toEqual(
      ['Huế 2025-01..2025-09 80.25', 'Hà Nội 2025-01..2025-09 71.5'],
    );
  });
});

describe('the activity indices headed as the pillars beside the foundation indices (round 77: stored as pillar scores)', () => {
  const foundation = DETAIL_HEADERS_2022.slice(2, 7);
  it.each([
    [['CQS', 'KTS', 'XHS']],
    [['Digital government', 'Digital economy', 'Digital society']],
    [['Chính quyền số', 'Kinh tế số', 'Xã hội số']],
  ])('%j are the activity indices', async (activity) => {
    const f = detail2022('d2022.xlsx', ['CHỈ SỐ DTI NĂM 2022'], [...foundation, ...activity]);
    expect(errorCodes(await importCommitted(store, f))).toEqual([]);
    expect(daNang()).toMatchObject({
      hd_chinh_quyen_so: '0.8575',
      hd_kinh_te_so: '0.7836',
      hd_xa_hoi_so: '0.5197',
      dti: '0.8002',
    });
    expect(storedAsIndicators('DISTINCT i.code', `i.code IN ('cqs', 'kts', 'xhs')`)).toEqual([]);
  });

  it('without the foundation indices "CQS" is still the pillar', async () => {
    const f = writeWorkbook('p.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['XẾP HẠNG DTI 2022'],
          ['Tỉnh', 'DTI', 'CQS', 'KTS', 'XHS'],
          ...P.map((r) => [r.label, 0.5, 0.6, 0.5, 0.4]),
        ],
      },
    ]);
    await importCommitted(store, f);
    expect(storedAsIndicators('DISTINCT i.code', `i.code IN ('cqs', 'kts', 'xhs')`)).toEqual([
      'cqs',
      'kts',
      'xhs',
    ]);
  });
});

describe('a sheet or a table that says its group (round 77: asked for it)', () => {
  const ranking = (sheet: string, label: (r: (typeof P)[number]) => string, head = 'Tỉnh') =>
    writeWorkbook(`${sheet}.xlsx`, [
      { name: sheet, rows: [[head, 'Xếp hạng DTI'], ...P.map((r) => [label(r), r.rank])] },
    ]);

  it.each([
    ['DTI 2024 (63)', 63],
    ['DTI 2024 - 63 tỉnh', 63],
  ])('sheet "%s": 2024 among the %i', async (sheet, group) => {
    const { analysis, session } = await importLikeCli(
      store,
      ranking(sheet, (r) => r.label),
    );
    session.dispose();
    expect(analysis.target).toMatchObject({ year: 2024, group });
  });

  it('a 2024 table of 63 units by their codes alone is the 63', async () => {
    const f = ranking('DTI 2024', (r) => r.code, 'Mã tỉnh');
    const { analysis, session, preview } = await importLikeCli(store, f);
    session.dispose();
    expect(analysis.target).toMatchObject({ year: 2024, group: 63 });
    expect(errorCodes(preview)).toEqual([]);
  });
});

describe('names of JavaScript members in files (round 77)', () => {
  it('a sheet named "constructor" names no pillar', async () => {
    for (const s of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(pillarNamedBy(s)).toBeNull();
    const f = writeWorkbook('c.xlsx', [
      {
        name: 'constructor',
        rows: [['Tỉnh', 'Điểm DTI 2022', 'Xếp hạng'], ...P.map((r) => [r.label, r.pdti, r.rank])],
      },
    ]);
    const preview = await importCommitted(store, f);
    expect(preview.problems.filter((p) => p.code === 'namedOtherThanDti')).toEqual([]);
    expect(storedRanking(store, 2022, 63).get('48:dti')).toEqual({ value: 0.8002, rank: 1 });
  });

  it('a KPI named with one in brackets keeps its name and has no unit from it', async () => {
    const f = writeTemp(
      'k.csv',
      'Tỉnh,Năm,Tỷ lệ ABC (constructor),Số DEF (toString),Số GHI (valueOf tỷ)\nHà Nội,2022,5,6,7\n',
    );
    await importCommitted(store, f);
    expect(
      store.db
        .prepare(
          `SELECT name_vi || '|' || IFNULL(unit_of_measure, '') FROM indicator WHERE kind = 'kpi' AND code LIKE 'user.%' ORDER BY id`,
        )
        .pluck()
        .all(),
    ).toEqual(['Tỷ lệ ABC (constructor)|', 'Số DEF (toString)|', 'Số GHI (valueOf tỷ)|']);
  });
});

describe('entities declared in any part of a workbook (round 77: the part list was not looked at)', () => {
  it('[Content_Types].xml with a DOCTYPE is refused', async () => {
    const buf = buildXlsx([
      {
        name: 'DTI 2022',
        rows: [
          ['Tỉnh', 'Xếp hạng DTI'],
          ['Đà Nẵng', 1],
        ],
      },
    ]);
    const parts = [...readZipDirectory(buf, 'x.xlsx').values()].map((e) => ({
      name: e.name,
      data: zlib.inflateRawSync(buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize)),
    }));
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Types>&lol2;</Types>';
    const f = writeTemp(
      'ct.xlsx',
      writeZip(
        parts.map((p) => (p.name === '[Content_Types].xml' ? { name: p.name, data: Buffer.from(bomb) } : p)),
      ),
    );
    const err = (await readSheet(f, null).then(
      () => null,
      (e: unknown) => e,
    )) as ImportReadError | null;
    expect(err?.code).toBe('XML_ENTITIES');
    expect(err!.messageVi).toContain('ct.xlsx');
    expect(err!.messageVi).toContain('[Content_Types].xml');
  });
});

describe('a KPI column headed with the table\'s year, bare or "in 2025" (round 77: a KPI a year)', () => {
  it.each([
    ['Tỷ lệ phủ sóng 4G 2025 (%)', 'Tỷ lệ phủ sóng 4G (%)'],
    ['Tỷ lệ phủ sóng 4G năm 2025 (%)', 'Tỷ lệ phủ sóng 4G (%)'],
    ['4G coverage in 2025 (%)', '4G coverage (%)'],
  ])('"%s" is the KPI "%s" for 2025', async (header, kpi) => {
    await importCommitted(store, writeTemp('k.csv', `Tỉnh,${header}\nHà Nội,99.1\nSơn La,98.5\n`));
    expect(
      store.db
        .prepare(
          `SELECT DISTINCT i.name_vi || ' (' || i.unit_of_measure || ') ' || o.period FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user'`,
        )
        .pluck()
        .all(),
    ).toEqual([`${kpi} 2025`]);
  });

  it('a year that is not the table\'s stays in the name ("… so với năm 2023")', async () => {
    await importCommitted(
      store,
      writeTemp('k.csv', 'Tỉnh,Tỷ lệ tăng so với năm 2023 (%)\nHà Nội,5\nSơn La,6\n'),
      2025,
    );
    expect(store.db.prepare(`SELECT name_vi FROM indicator WHERE code LIKE 'user.%'`).pluck().all()).toEqual([
      'Tỷ lệ tăng so với năm 2023',
    ]);
  });
});

describe('a year chosen against the file name (round 77: stored unsaid)', () => {
  const f = () =>
    writeTemp(
      'xep-hang-dti-2022.csv',
      ['Tỉnh,Xếp hạng DTI', ...P.map((r) => `"${r.label}",${r.rank}`)].join('\n'),
    );
  it('is said as a warning, and the import goes on', async () => {
    const preview = await importCommitted(store, f(), 2023);
    const w = preview.problems.find((p) => p.code === 'yearOtherThanFileName')!;
    expect(w.severity).toBe('warning');
    expect(w.messageVi).toContain('tên tệp ghi năm 2022, nhưng đang nhập cho năm 2023');
    expect(storedRanking(store, 2023, 63).size).toBe(63);
  });
  it('is not said when they agree', async () => {
    const preview = await importCommitted(store, f(), 2022);
    expect(preview.problems.map((p) => p.code)).not.toContain('yearOtherThanFileName');
  });
});

describe('the DTI against its formula, by the decimals the file writes (round 77: 0.0011 off passed)', () => {
  const pillars = (dti: number) =>
    writeWorkbook('p2020.xlsx', [
      {
        name: 'DTI 2020',
        rows: [
          ['Tỉnh', 'DTI', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'],
          ['Đà Nẵng', dti, 0.5346, 0.4155, 0.4964],
          ['Thừa Thiên Huế', 0.4097, 0.522, 0.304, 0.3655],
        ],
      },
    ]);
  it.each([
    [0.4874, false],
    [0.4875, false],
    [0.4863, true],
    [0.4884, true],
  ])('Đà Nẵng 2020 at %f: warned %s', async (dti, warned) => {
    const { preview, session } = await importLikeCli(store, pillars(dti), 2020);
    session.dispose();
    expect(preview.problems.some((p) => p.code === 'formulaMismatch' && p.row === 2)).toBe(warned);
  });
});

describe('the 2024 ranking of the 34 read for the 63 (round 77: told of a region)', () => {
  it("is said to be perhaps the 34 units' ranking", async () => {
    const of63 = writeWorkbook('dti2024-63.xlsx', [
      {
        name: 'DTI 2024',
        rows: [['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'], ...P.map((r) => [r.label, r.pdti, r.rank])],
      },
    ]);
    await importCommitted(store, of63, 2024);
    // (the press's table of the 34 for 2024: the first of the 34 are not the first of the 63)
    const of34 = writeTemp(
      'dti2024-34.tsv',
      'Xếp hạng\tTỉnh, thành phố\tĐiểm DTI 2024\n1\tTP. Hà Nội\t0,8241\n2\tTP. Huế\t0,7951\n3\tTP. Hải Phòng\t0,7857\n4\tThanh Hóa\t0,7770\n',
    );
    const { preview, session } = await stageFile(
      store,
      { kind: 'file', path: of34 },
      { year: 2024, group: 63 },
    );
    session.dispose();
    const held = preview.problems.find((p) => p.code === 'rankHeldByOther')!;
    expect(held.messageVi).toContain('bảng xếp hạng năm 2024 của 34 đơn vị');
    expect(held.messageEn).toContain('choose group 34');
  });
});

describe('"Đô thị thông minh" beside the 2022 main indices (round 77: set aside as unknown)', () => {
  it('is the index QĐ 922 collects unscored, and the PDTI formula leaves it out', async () => {
    const f = writeWorkbook('dtm.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['Tỉnh', 'Chỉ số Nhận thức số', 'Đô thị thông minh', 'PDTI'],
          ...P.map((r) => [r.label, r.idx[0]!, 0.5, r.pdti]),
        ],
      },
    ]);
    const preview = await importCommitted(store, f);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.unknownColumns).toEqual([]);
    expect(daNang()).toMatchObject({ do_thi_thong_minh: '0.5', nhan_thuc_so: '1.0', dti: '0.8002' });
  });
  it('"Số đô thị thông minh" in a KPI table stays a KPI', async () => {
    await importCommitted(
      store,
      writeTemp('k.csv', 'Tỉnh,Năm,Số đô thị thông minh\nHà Nội,2024,3\nSơn La,2024,1\n'),
    );
    expect(store.db.prepare(`SELECT name_vi FROM indicator WHERE code LIKE 'user.%'`).pluck().all()).toEqual([
      'Số đô thị thông minh',
    ]);
  });
});

describe('files that are not what they seem (round 77)', () => {
  const refusedWith = async (f: string) =>
    (await readSheet(f, null).then(
      () => null,
      (e: unknown) => e,
    )) as ImportReadError | null;

  it('a folder named like a workbook is said to be a folder', async () => {
    const dir = path.join(tempDir('dti-folder-'), 'bang.xlsx');
    (await import('node:fs')).mkdirSync(dir);
    const err = await refusedWith(dir);
    expect(err?.code).toBe('FILE_NOT_FOUND');
    expect(err!.messageVi).toContain('đây là một thư mục, không phải tệp');
    expect(err!.messageEn).toContain('this is a folder, not a file');
  });

  it('a CSV with a stray NUL byte is said so, with its line and byte', async () => {
    const f = writeTemp('nul.csv', Buffer.from('Tỉnh,Xếp hạng DTI\nĐà Nẵng,1\nHà N\u0000ội,2\n', 'utf8'));
    const err = await refusedWith(f);
    expect(err?.code).toBe('NUL_IN_TEXT');
    expect(err!.messageVi).toContain('ở dòng 3, byte thứ 6 của dòng'); // H, à (two bytes), space, N
    expect(err!.messageEn).toContain('on line 3, byte 6 of the line');
  });

  it('a picture is still not a table', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    expect((await refusedWith(writeTemp('anh.csv', png)))?.code).toBe('NOT_A_SPREADSHEET');
  });

  it('an .xls whose stream is cut inside a record header is refused as cut (was: a sheet without cells)', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Tỉnh', 'Xếp hạng DTI'],
        ['Đà Nẵng', 1],
      ]),
      'DTI 2022',
    );
    const whole = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
    const { wholeRecords } = await import('../../src/main/imports/safety/cfb');
    const cfb = XLSX.CFB.read(whole, { type: 'buffer' });
    const entry = cfb.FileIndex.find((e: { name: string }) => e.name === 'Workbook')!;
    const content = Buffer.from(entry.content as Uint8Array);
    expect(wholeRecords(content)).toBe(true);
    // the stream cut two bytes into its last record's header (its EOF; zero padding may follow)
    let at = 0;
    let last = 0;
    while (at + 4 <= content.length) {
      if (content.readUInt16LE(at) !== 0) last = at;
      at += 4 + content.readUInt16LE(at + 2);
    }
    expect(wholeRecords(content.subarray(0, last + 2))).toBe(false);
    expect(wholeRecords(content.subarray(0, last - 3))).toBe(false); // inside the record before it
    expect(wholeRecords(Buffer.concat([content, Buffer.alloc(3)]))).toBe(true);
    XLSX.CFB.utils.cfb_add(cfb, '/Workbook', content.subarray(0, last + 2));
    const cut = writeTemp('cut.xls', Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array));
    expect((await refusedWith(cut))?.code).toBe('CORRUPT_WORKBOOK');
  });
});

describe('the preview tells a unit of the 63 from the 34\'s of its name (round 77: two "Đồng Nai")', () => {
  it('marks the rows of a former unit in an import reaching past 01/07/2025', async () => {
    const f = writeTemp(
      'quy.csv',
      [
        'Đơn vị,Chỉ tiêu,Kỳ,Giá trị',
        'Đồng Nai,Số tổ công nghệ số cộng đồng,Quý II/2025,905',
        'Đồng Nai,Số tổ công nghệ số cộng đồng,Quý III/2025,1754',
      ].join('\n'),
    );
    const { preview, session } = await importLikeCli(store, f);
    session.dispose();
    expect(preview.rows.map((r) => [r.unitName, r.formerUnit ?? false])).toEqual([
      ['Đồng Nai', true],
      ['Đồng Nai', false],
    ]);
  });
  it('leaves a year of the 63 unmarked', async () => {
    const f = writeTemp(
      'n.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nĐồng Nai,Số tổ công nghệ số cộng đồng,2024,905\n',
    );
    const { preview, session } = await importLikeCli(store, f);
    session.dispose();
    expect(preview.rows.map((r) => r.formerUnit ?? false)).toEqual([false]);
  });
});

describe('round 78: the fixes of round 77 tried to break', () => {
  it.each([
    'Provincial DTI ranking (published on 26 June 2023)',
    'Provincial DTI ranking, updated June 2023',
    'Source: dti.gov.vn, accessed 15 July 2023',
    'Published: June 2023',
    'released on 26 June 2023',
    'as of 26 June 2023',
    'June 26, 2023',
    'DTI ranking - Jun 2023',
    '(công bố Q2/2023)',
    '(công bố quý II/2023)',
  ])('"%s" gives no ranking year', async (title) => {
    expect(await yearOfTitle(title)).toBeNull();
  });

  it.each([
    ['DTI 2022 results, published on 26 June 2023', 2022],
    ['Provincial DTI 2022 as of June 2023', 2022],
    ['DTI 2024 ranking of the 34 provinces, published 21 October 2025', 2024],
  ])('"%s" is the ranking of %i', async (title, year) => {
    expect(await yearOfTitle(title)).toBe(year);
  });

  it('a sheet named for when the ranking was published names no year of it', async () => {
    const f = detail2022('cb.xlsx', ['CHỈ SỐ DTI NĂM 2022'], undefined, 'Công bố 2023');
    const preview = await importCommitted(store, f, 2022);
    expect(errorCodes(preview)).toEqual([]);
    expect(storedRanking(store, 2022, 63).get('48:dti')).toEqual({ value: 0.8002, rank: 1 });
  });

  it("a file named for one year and titled with another is said (the title's year taken)", async () => {
    const f = detail2022('DTI_2023.xlsx', ['XẾP HẠNG DTI NĂM 2022']);
    const preview = await importCommitted(store, f);
    expect(preview.problems.map((p) => p.code)).toContain('yearOtherThanFileName');
    expect(storedRanking(store, 2022, 63).size).toBeGreaterThan(0);
  });

  it('a correct table of two decimals is not off its formula', async () => {
    const r2 = (v: number) => Math.round(v * 100) / 100;
    const f = writeWorkbook('p2020-2dec.xlsx', [
      {
        name: 'DTI 2020',
        rows: [
          ['Tỉnh', 'DTI', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'],
          // (each rounded from the unrounded figures: 0.4*0.53456+0.3*0.41549+0.3*0.49644 = 0.48740)
          ['Đà Nẵng', r2(0.4874), r2(0.53456), r2(0.41549), r2(0.49644)],
          ['Thừa Thiên Huế', r2(0.4097), r2(0.52204), r2(0.30404), r2(0.36553)],
          ['Bắc Ninh', r2(0.40964), r2(0.44494), r2(0.36684), r2(0.40524)],
        ],
      },
    ]);
    const { preview, session } = await importLikeCli(store, f, 2020);
    session.dispose();
    expect(preview.problems.filter((p) => p.code === 'formulaMismatch')).toEqual([]);
  });

  it('a 2020 table with a foundation-like column keeps its pillars', async () => {
    const f = writeWorkbook('p2020.xlsx', [
      {
        name: 'DTI 2020',
        rows: [
          ['Tỉnh', 'DTI', 'Chính quyền số', 'Kinh tế số', 'Xã hội số', 'Nhận thức số'],
          ['Đà Nẵng', 0.4874, 0.5346, 0.4155, 0.4964, 0.5],
          ['Thừa Thiên Huế', 0.4097, 0.522, 0.304, 0.3655, 0.4],
        ],
      },
    ]);
    const { preview, session } = await importLikeCli(store, f, 2020);
    session.commit();
    session.dispose();
    expect(errorCodes(preview)).toEqual([]);
    expect(storedAsIndicators('DISTINCT i.code', `i.code IN ('cqs', 'kts', 'xhs')`)).toEqual([
      'cqs',
      'kts',
      'xhs',
    ]);
  });

  it.each([
    ['Số người học trong Chương trình 2024', 'Số người học trong Chương trình 2024'],
    ['Số tổ công nghệ số cộng đồng đến 2024', 'Số tổ công nghệ số cộng đồng'],
    ['Số tổ công nghệ số cộng đồng 2024', 'Số tổ công nghệ số cộng đồng'],
  ])('"%s" is the KPI "%s" for 2024', async (header, kpi) => {
    await importCommitted(store, writeTemp('k.csv', `Tỉnh,${header}\nHà Nội,5\nSơn La,6\n`));
    expect(
      store.db
        .prepare(
          `SELECT DISTINCT i.name_vi || ' ' || o.period FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user'`,
        )
        .pluck()
        .all(),
    ).toEqual([`${kpi} 2024`]);
  });
});
