// A long KPI table of any size with no duplicate (unit, indicator, period): 63 units × 14
// indicators × monthly periods from 1930 on (a million rows end in 2024, before the 2025
// rearrangement, so every period belongs to the 63-unit list). Used by the kill test and the benchmark.
import fs from 'node:fs';
import { referenceCsv } from '../../src/main/store/referenceFiles';

/** The 63 units' names, as the reference list writes them. */
export const KPI_UNITS = referenceCsv('provinces_63.csv').map((r) => r.name_vi!);

export function kpiCsvRow(i: number, change = 0): string {
  const unit = KPI_UNITS[i % 63]!;
  const ind = Math.floor(i / 63) % 14;
  const p = Math.floor(i / (63 * 14));
  const period = `${1930 + Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`;
  return `"${unit}",Chỉ tiêu thử nghiệm ${ind + 1},${period},${((i * 7919) % 10000) / 100 + change}\n`;
}

/** ROWS rows of kpiCsvRow; `change(i)`: what to add to row i's value (a corrected copy). */
export function writeKpiCsv(file: string, rows: number, change: (i: number) => number = () => 0): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\n');
    let buf = '';
    for (let i = 0; i < rows; i++) {
      buf += kpiCsvRow(i, change(i));
      if (buf.length > 1 << 20) {
        fs.writeSync(fd, buf);
        buf = '';
      }
    }
    fs.writeSync(fd, buf);
  } finally {
    fs.closeSync(fd);
  }
}
