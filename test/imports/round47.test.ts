// Session 17: leftovers of session 16 and tester round 47's findings. Each test imports the file as
// the wizard or the command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { importFileInto, referenceCsv, storedLines, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round47-'), 'r.db'));
});

const provinces63 = () => referenceCsv('provinces_63.csv').map((r) => r.name_vi!);

const stored = () => storedLines(store, 'i.name_vi, length(o.source_cell), o.source_cell');

const dtiRows = () =>
  (
    store.db
      .prepare(
        `SELECT COUNT(*) AS n FROM observation o JOIN indicator i ON i.id = o.indicator_id
     WHERE o.layer = 'user' AND i.code IN ('dti', 'cqs', 'kts', 'xhs')`,
      )
      .get() as { n: number }
  ).n;

const errors = (p: { problems: { severity: string; code: string }[] }) =>
  p.problems.filter((x) => x.severity === 'error').map((x) => x.code);

/** A CSV of the 63 or the 34: title lines, a header, then `cells(i)` after "STT,Tỉnh". */
const csv = (name: string, titles: string[], header: string, units: string[], cells: (i: number) => string) =>
  writeTemp(
    name,
    [
      ...titles,
      ...(titles.length ? [''] : []),
      header,
      ...units.map((u, i) => `${i + 1},"${u}",${cells(i)}`),
    ].join('\n'),
  );

describe('another index named beside the title\'s index (session 16: "Điểm PCI" took the PAPI\'s ranks)', () => {
  it('"CHỈ SỐ PAPI" over "Điểm | Xếp hạng | Điểm PCI": the bare columns are the PAPI, the PCI its own KPI', async () => {
    const f = csv(
      'papi-pci.csv',
      ['CHỈ SỐ PAPI NĂM 2024'],
      'STT,"Tỉnh, thành phố",Điểm,Xếp hạng,Điểm PCI',
      provinces63(),
      (i) => `${(50 - i / 5).toFixed(2)},${i + 1},${(60 + i / 4).toFixed(2)}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(dtiRows()).toBe(0);
    const hn = stored().filter((r) => r.startsWith('Hà Nội |'));
    expect(hn).toEqual(['Hà Nội | Chỉ số PAPI | 2024 | 50 | 1', 'Hà Nội | Điểm PCI | 2024 | 60 | null']);
    expect(stored().filter((r) => r.includes('| Điểm PCI |') && !r.endsWith('| null'))).toEqual([]);
    expect(stored()).toHaveLength(126);
  });

  it('"Xếp hạng PCI" under the PAPI\'s title is set aside, said; the PAPI keeps its own rank', async () => {
    const f = csv(
      'papi-pci-ranks.csv',
      ['CHỈ SỐ PAPI NĂM 2024'],
      'STT,"Tỉnh, thành phố",Điểm PAPI,Xếp hạng PAPI,Điểm PCI,Xếp hạng PCI',
      provinces63(),
      (i) => `${(50 - i / 5).toFixed(2)},${i + 1},${(60 + i / 4).toFixed(2)},${63 - i}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(dtiRows()).toBe(0);
    const hn = stored().filter((r) => r.startsWith('Hà Nội |'));
    expect(hn).toEqual(['Hà Nội | Điểm PAPI | 2024 | 50 | 1', 'Hà Nội | Điểm PCI | 2024 | 60 | null']);
    const aside = preview.problems.filter((p) => p.code === 'unknownColumn');
    expect(aside.map((p) => p.cell)).toEqual(['F3']);
    expect(aside[0]!.messageEn).toContain(
      'column "Xếp hạng PCI" ranks an index other than the one the title names: not imported',
    );
    expect(aside[0]!.messageVi).toContain('cột "Xếp hạng PCI" là thứ hạng của một chỉ số khác');
  });
});

describe("a region's average with its rank among the regions (session 16: the ranks stored as the KPI's among 34)", () => {
  const units34 = referenceCsv('units_2025.csv').map((r) => r.name_vi!);
  it('"ĐIỂM TRUNG BÌNH CHỈ SỐ DTI THEO VÙNG" over "Tỉnh | Điểm trung bình vùng | Xếp hạng" (1…6 in each region)', async () => {
    const f = csv(
      'theo-vung.csv',
      ['ĐIỂM TRUNG BÌNH CHỈ SỐ DTI THEO VÙNG NĂM 2025'],
      'STT,Tỉnh,Điểm trung bình vùng,Xếp hạng',
      units34,
      (i) => `${(0.7 + (i % 6) / 100).toFixed(2)},${(i % 6) + 1}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(dtiRows()).toBe(0);
    const rows = stored();
    expect(rows).toHaveLength(34);
    expect(rows[0]).toBe('Hà Nội | Điểm trung bình chỉ số DTI theo vùng | 2025 | 0.7 | null');
    expect(rows.every((r) => r.endsWith('| null'))).toBe(true);
    const aside = preview.problems.filter((p) => p.code === 'unknownColumn');
    expect(aside.map((p) => p.cell)).toEqual(['D3']);
    expect(aside[0]!.messageEn).toContain('is a rank within a region or a group, not the national rank');
  });

  it('a KPI of remote areas ("VÙNG SÂU, VÙNG XA") keeps its national ranks', async () => {
    const f = csv(
      'vung-sau.csv',
      ['"TỶ LỆ XÃ VÙNG SÂU, VÙNG XA CÓ SÓNG 4G NĂM 2026"'],
      'STT,Tỉnh,Tỷ lệ (%),Xếp hạng',
      units34.slice(0, 12),
      (i) => `${90 - i},${i + 1}`,
    );
    await importFileInto(store, f, { group: 34 });
    const rows = stored();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^Hà Nội \| Tỷ lệ xã vùng sâu, vùng xa có sóng 4G.* \| 2026 \| 90 \| 1$/);
  });
});
