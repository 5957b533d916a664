// A workbook of three long KPI sheets (a hidden draft first, then two visible ones), each with
// other values (×1, ×2, ×3 of kpiCsvRow's), large enough to be read on a reader thread: for the
// reads started ahead of an import (readers/readAhead.ts), which must serve only the sheet chosen.
import fs from 'node:fs';
import { buildXlsx } from '../fixtures/generate';
import { kpiCsvRow } from './kpiCsv';

export const THREE_SHEETS = [
  { name: 'Nháp', factor: 1, hidden: true },
  { name: 'KPI mới', factor: 2, hidden: false },
  { name: 'KPI cũ', factor: 3, hidden: false },
] as const;

/** Writes the workbook; returns the sum of one sheet's values before its factor. */
export function writeThreeSheetKpiWorkbook(file: string, rows = 10_500): number {
  let total = 0;
  const base = Array.from({ length: rows }, (_, i) => {
    const [unit, indicator, period, value] = kpiCsvRow(i).trim().split(',');
    total += Number(value);
    return [unit!.replace(/"/g, ''), indicator!, period!, Number(value)] as const;
  });
  // (a note of random digits keeps the file from compressing below the reader thread's threshold)
  const sheets = THREE_SHEETS.map((s) => ({
    name: s.name,
    hidden: s.hidden,
    rows: [
      ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị', 'Ghi chú'],
      ...base.map(([u, ind, p, v]) => [u, ind, p, v * s.factor, Math.random().toString(36)]),
    ],
  }));
  fs.writeFileSync(file, buildXlsx(sheets));
  return total;
}
