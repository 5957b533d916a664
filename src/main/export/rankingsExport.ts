// Export of the Rankings table to CSV or XLSX, in the user's language.
import fs from 'node:fs';
import type * as XLSX from '@e965/xlsx';
import { sheetjs } from '../lib/sheetjs';
import type { Language, RankingRow } from '../../shared/domain';
import { formatScore } from '../../shared/format';
import { translate } from '../../shared/i18n';
import { neutraliseFormula } from './sanitize';

type Cell = string | number | null;

export function rankingTable(rows: RankingRow[], lang: Language): { header: string[]; body: Cell[][] } {
  const t = (k: string) => translate(lang, k);
  const header = [
    t('export.col.rank'),
    t('export.col.unitCode'),
    t('export.col.unit'),
    t('export.col.dtiScore'),
    t('export.col.rankChange'),
    `${t('pillar.cqs')} - ${t('field.score')}`,
    `${t('pillar.cqs')} - ${t('field.rank')}`,
    `${t('pillar.kts')} - ${t('field.score')}`,
    `${t('pillar.kts')} - ${t('field.rank')}`,
    `${t('pillar.xhs')} - ${t('field.score')}`,
    `${t('pillar.xhs')} - ${t('field.rank')}`,
  ];
  const body = rows.map((r): Cell[] => [
    r.rank,
    r.unitCode,
    r.unitName,
    r.score,
    r.rankChange,
    r.pillars.cqs.score,
    r.pillars.cqs.rank,
    r.pillars.kts.score,
    r.pillars.kts.rank,
    r.pillars.xhs.score,
    r.pillars.xhs.rank,
  ]);
  return { header, body };
}

const SCORE_COLUMNS = new Set([3, 5, 7, 9]);

/** CSV as Excel in each locale expects it: vi uses ";" and decimal commas, en "," and dots. UTF-8 with BOM. */
export function rankingsCsv(rows: RankingRow[], lang: Language): string {
  const { header, body } = rankingTable(rows, lang);
  const sep = lang === 'vi' ? ';' : ',';
  const quote = (s: string) => (s.includes(sep) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const fmt = (c: Cell, i: number): string => {
    if (c === null) return '';
    if (typeof c === 'number') return SCORE_COLUMNS.has(i) ? formatScore(c, lang) : String(c);
    return quote(neutraliseFormula(c));
  };
  const lines = [
    header.map((h) => quote(neutraliseFormula(h))).join(sep),
    ...body.map((r) => r.map(fmt).join(sep)),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function rankingsXlsx(rows: RankingRow[], lang: Language, sheetName: string): Buffer {
  const { header, body } = rankingTable(rows, lang);
  const aoa = [
    header.map(neutraliseFormula),
    ...body.map((r) => r.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c))),
  ];
  const X = sheetjs();
  const ws = X.utils.aoa_to_sheet(aoa);
  // Scores keep 4 decimals as numbers (not text) so analysts can compute with them.
  for (let r = 1; r < aoa.length; r++) {
    for (const c of SCORE_COLUMNS) {
      const cell = ws[X.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      if (cell && cell.t === 'n') cell.z = '0.0000';
    }
  }
  ws['!cols'] = header.map((_h, i) => ({ wch: i === 2 ? 24 : 14 }));
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, sheetName.slice(0, 31));
  return X.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

export function writeRankingsExport(
  file: string,
  rows: RankingRow[],
  lang: Language,
  format: 'csv' | 'xlsx',
  sheet: string,
): void {
  if (format === 'csv') fs.writeFileSync(file, rankingsCsv(rows, lang), 'utf8');
  else fs.writeFileSync(file, rankingsXlsx(rows, lang, sheet));
}
