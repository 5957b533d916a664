import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { rankingsCsv, rankingsXlsx } from '../../src/main/export/rankingsExport';
import { neutraliseFormula } from '../../src/main/export/sanitize';
import type { RankingRow } from '../../src/shared/domain';

const row = (over: Partial<RankingRow>): RankingRow => ({
  year: 2022,
  group: 63,
  unitId: 1,
  unitCode: '70',
  unitName: 'Bình Phước',
  region: null,
  isHome: true,
  score: 0.6543,
  rank: 12,
  rankOf: 63,
  rankChange: -3,
  previousRank: 9,
  pillars: { cqs: { score: null, rank: 12 }, kts: { score: null, rank: 22 }, xhs: { score: null, rank: 14 } },
  provenance: {},
  editedCells: [],
  annotation: null,
  ...over,
});

describe('rankings export', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Bình Phước')).toBe('Bình Phước');
  });

  it('writes a Vietnamese CSV: BOM, ";" separators, decimal commas, translated headers', () => {
    const csv = rankingsCsv([row({}), row({ unitCode: '99', unitName: '=cmd|calc' })], 'vi');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('Xếp hạng DTI;Mã đơn vị;Tỉnh, thành phố;Điểm DTI');
    expect(lines[1]).toBe('12;70;Bình Phước;0,6543;-3;;12;;22;;14');
    expect(lines[2]).toContain(";'=cmd|calc;");
    expect(rankingsCsv([row({})], 'en')).toContain('12,70,Bình Phước,0.6543,-3,,12,,22,,14');
  });

  it('writes an XLSX with numbers as numbers (4-decimal format) and no live formulas', () => {
    const buf = rankingsXlsx([row({ unitName: '=1+1' })], 'vi', 'Xếp hạng DTI 2022 (63)');
    const wb = XLSX.read(buf, { type: 'buffer', cellFormula: true, cellNF: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    expect(ws['D2']).toMatchObject({ t: 'n', v: 0.6543, z: '0.0000' });
    expect(ws['A2']).toMatchObject({ t: 'n', v: 12 });
    expect(ws['C2']).toMatchObject({ t: 's', v: "'=1+1" });
    expect(Object.values(ws).some((c) => typeof c === 'object' && c !== null && 'f' in c)).toBe(false);
  });
});
