// A unit question carries what else its first row holds ("Điểm DTI: 0,6123 · Hạng DTI: 12"), so
// the analyst can tell which unit "TP. X" is: the mapped columns besides the unit and STT, as
// written, at most six, texts cut at 40 characters, kept for a bounded number of names.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_QUESTION_VALUES, MAX_VALUE_CHARS } from '../../src/main/imports/pipeline/questionValues';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { Store } from '../../src/main/store';
import type { ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { buildXlsx } from '../fixtures/generate';
import { stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-qv-'), 'q.db'));
});

const write = writeTemp;

const stage = (f: string, target: Partial<ImportTarget> = { kind: 'ranking', year: 2022, group: 63 }) =>
  stageFile(store, { kind: 'file', path: f }, target);

describe('unit questions show their row', () => {
  it("a question carries its first row's other mapped values, as written in the file", async () => {
    const f = write(
      'xep-hang.csv',
      'STT,Tỉnh,Điểm DTI,Xếp hạng DTI,Xếp hạng CQS\n' +
        '1,Đồng Nai,"0,7012",5,3\n' +
        '2,TP. X,"0,6123",12,22\n' +
        '3,TP. X,"0,5000",30,31\n',
    );
    const { session, preview } = await stage(f);
    expect(preview.questions).toHaveLength(1);
    const q = preview.questions[0]!;
    expect(q.label).toBe('TP. X');
    expect(q.rows).toEqual([3, 4]);
    // The first of its rows, without the unit and the row number; values as the file writes them.
    expect(q.values).toEqual([
      { col: 3, header: 'Điểm DTI', value: '0,6123' },
      { col: 4, header: 'Xếp hạng DTI', value: '12' },
      { col: 5, header: 'Xếp hạng CQS', value: '22' },
    ]);
    // A name the matcher knows asks nothing, so carries nothing.
    expect(preview.questions.some((x) => x.label === 'Đồng Nai')).toBe(false);
    session.dispose();
  });

  it('a two-row header shows its own words, not the group it shares with the others (was: cut before them)', async () => {
    const f = write(
      'tru-cot.xlsx',
      buildXlsx([
        {
          name: 'DTI 2022',
          rows: [
            ['Tỉnh', 'XẾP HẠNG THEO TRỤ CỘT', null, null],
            [null, 'XẾP HẠNG CHÍNH QUYỀN SỐ', 'XẾP HẠNG KINH TẾ SỐ', 'XẾP HẠNG XÃ HỘI SỐ'],
            ['TP. X', 11, 52, 10],
          ],
          merges: ['B1:D1', 'A1:A2'],
        },
      ]),
    );
    const { session, preview } = await stage(f);
    expect(preview.questions[0]!.values!.map((v) => v.header)).toEqual([
      'XẾP HẠNG CHÍNH QUYỀN SỐ',
      'XẾP HẠNG KINH TẾ SỐ',
      'XẾP HẠNG XÃ HỘI SỐ',
    ]);
    session.dispose();
  });

  it('numbers of a workbook stay numbers (the wizard writes them in its language); empty cells are left out', async () => {
    const f = write(
      'xep-hang.xlsx',
      buildXlsx([
        {
          name: 'DTI 2022',
          rows: [
            ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI', 'Xếp hạng CQS'],
            ['Binh Phuoc (tinh cu)', 0.6123, null, 22],
          ],
        },
      ]),
    );
    const { session, preview } = await stage(f);
    expect(preview.questions[0]!.values).toEqual([
      { col: 2, header: 'Điểm DTI', value: 0.6123 },
      { col: 4, header: 'Xếp hạng CQS', value: 22 },
    ]);
    session.dispose();
  });

  it('at most six values, long texts and headers cut at 40 characters', async () => {
    const longName = 'Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của tỉnh trong kỳ báo cáo';
    const longHeader = 'Ghi chú (nếu có, ghi rõ nguồn số liệu và đơn vị cung cấp)';
    const f = write(
      'kpi.csv',
      `Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính,"${longHeader}"\n` +
        `Tinh Moi,${longName},2022,45.2,%,Số liệu ước tính\n`,
    );
    // (the analyst maps the long header as the note column: detection leaves it aside)
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const analysis = await session.analyze();
    const mapping = {
      ...analysis.mapping,
      columns: analysis.mapping.columns.map((c) =>
        c.col === 6 ? { ...c, mapping: { field: 'kpi.note' as const } } : c,
      ),
    };
    const preview = await session.stage(mapping, { ...analysis.target, kind: 'kpi', group: 63 });
    const values = preview.questions.find((q) => q.label === 'Tinh Moi')!.values!;
    expect(values.map((v) => v.col)).toEqual([2, 3, 4, 5, 6]);
    const indicator = values[0]!.value as string;
    expect(indicator).toHaveLength(MAX_VALUE_CHARS);
    expect(indicator.endsWith('…')).toBe(true);
    expect(longName.startsWith(indicator.slice(0, -1))).toBe(true);
    expect(values[4]!.header).toHaveLength(MAX_VALUE_CHARS);
    expect(values[4]!.value).toBe('Số liệu ước tính');
    session.dispose();

    const wide = write(
      'xep-hang-rong.csv',
      'Tỉnh,Điểm DTI,Xếp hạng DTI,Điểm CQS,Xếp hạng CQS,Điểm KTS,Xếp hạng KTS,Điểm XHS,Xếp hạng XHS\n' +
        'TP. X,"0,6",12,"0,5",20,"0,4",30,"0,3",40\n',
    );
    const w = await stage(wide);
    const shown = w.preview.questions[0]!.values!;
    expect(shown).toHaveLength(MAX_QUESTION_VALUES);
    expect(shown.map((v) => v.col)).toEqual([2, 3, 4, 5, 6, 7]);
    w.session.dispose();
  });

  it('keeps the first row of a bounded number of names: a file of many unknown names does not grow it', async () => {
    const lines = ['Tỉnh,Xếp hạng DTI'];
    for (let i = 1; i <= 1200; i++) lines.push(`Noi ${i},${(i % 63) + 1}`);
    const { session, preview } = await stage(write('nhieu-ten.csv', lines.join('\n') + '\n'));
    // (questions come 200 at a time, in file order; the rows are kept for the first 1000 names)
    expect(preview.questions).toHaveLength(200);
    expect(preview.questions.every((q) => q.values !== undefined)).toBe(true);
    expect(preview.questions.find((q) => q.label === 'Noi 7')!.values).toEqual([
      { col: 2, header: 'Xếp hạng DTI', value: '8' },
    ]);
    expect(session.firstRows!.get('Noi 1000')).toBeDefined();
    expect(session.firstRows!.get('Noi 1001')).toBeUndefined();
    session.dispose();
  });

  it('an answered question leaves; the values of the others stay after answering', async () => {
    const f = write('hai-ten.csv', 'Tỉnh,Xếp hạng DTI\nTP. X,12\nTP. Y,13\n');
    const { session, preview } = await stage(f);
    expect(preview.questions.map((q) => q.label)).toEqual(['TP. X', 'TP. Y']);
    const bp = store.units.byCode('gso2004', '70')!.id;
    const after = session.answer([{ label: 'TP. X', unitId: bp }]);
    expect(after.questions).toHaveLength(1);
    expect(after.questions[0]!.values).toEqual([{ col: 2, header: 'Xếp hạng DTI', value: '13' }]);
    session.dispose();
  });
});
