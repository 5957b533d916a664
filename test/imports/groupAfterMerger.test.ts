// A KPI table whose periods all fall after 01/07/2025 is by the 34 units: `--group 63` (or 63
// picked in the wizard) is refused, for a top 10 as for the whole table, instead of being
// overridden silently (ranks stored "x/34" while the history said 63). A table that runs across the
// date, or one before it, is not refused.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-group-after-merger-'), 'g.db'));
});

const TOP10_Q3_2025 = [
  'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III/2025 - 10 ĐỊA PHƯƠNG DẪN ĐẦU',
  'Xếp hạng,Tỉnh/thành phố,Tỷ lệ (%)',
  '1,Đồng Nai,92.5',
  '2,Thành phố Hồ Chí Minh,90.1',
  '3,Lâm Đồng,88.7',
  '4,Gia Lai,87.0',
  '5,Hà Nội,86.3',
  '6,Đà Nẵng,85.9',
  '7,Cần Thơ,84.4',
  '8,Tây Ninh,83.0',
  '9,Khánh Hòa,82.2',
  '10,An Giang,81.5',
].join('\n');

async function preview(body: string, group: 34 | 63) {
  const { session, preview } = await stageFile(
    store,
    { kind: 'file', path: writeTemp('top10.csv', body) },
    { kind: 'kpi', group },
  );
  session.dispose();
  return preview;
}

describe('a KPI table of periods after 01/07/2025, for the group of 63', () => {
  it('a top 10 of Q3/2025 with group 63 is refused, saying to choose 34', async () => {
    const p = await preview(TOP10_Q3_2025, 63);
    expect(p.canCommit).toBe(false);
    const g = p.problems.find((x) => x.code === 'groupContradicts')!;
    expect(g.severity).toBe('error');
    expect(g.messageVi).toContain('sau ngày 01/07/2025');
    expect(g.messageVi).toContain('--group 34');
    expect(g.messageEn).toContain('choose group 34');
  });

  it('the same with group 34 is imported, ranks among the 34', async () => {
    const p = await preview(TOP10_Q3_2025, 34);
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.some((x) => x.code === 'groupContradicts')).toBe(false);
    expect(p.canCommit).toBe(true);
  });

  it('a table before the date, or one that runs across it, is not refused for 63', async () => {
    const before = TOP10_Q3_2025.replace('QUÝ III/2025', 'QUÝ II/2025')
      .replace('Thành phố Hồ Chí Minh', 'Bình Phước')
      .replace('Lâm Đồng', 'Bình Dương');
    const p = await preview(before, 63);
    expect(p.problems.some((x) => x.code === 'groupContradicts')).toBe(false);
  });
});
