// The vocabulary a column of an imported table can be mapped to. Layout detection proposes one
// of these per column; the user confirms or changes it in the wizard.
import {
  indicatorKey,
  isLevelOnly,
  isQualifierOnly,
  keyAsWritten,
  splitIndicatorName,
} from './indicatorNames';

export const MAIN_INDEX_CODES = [
  'nhan_thuc_so',
  'the_che_so',
  'ha_tang_so',
  'nhan_luc_so',
  'an_toan_thong_tin_mang',
  'hd_chinh_quyen_so',
  'hd_kinh_te_so',
  'hd_xa_hoi_so',
] as const;

/** QĐ 1726 (2020): the same seven main indices under each pillar, coded "<pillar>.<index>". */
export const INDEX_2020_CODES = [
  'chuyen_doi_nhan_thuc',
  'kien_tao_the_che',
  'ha_tang_va_nen_tang_so',
  'thong_tin_va_du_lieu_so',
  'hoat_dong_chuyen_doi_so',
  'an_toan_an_ninh_mang',
  'nhan_luc',
] as const;
export type Index2020Code = (typeof INDEX_2020_CODES)[number];
export const PILLAR_CODES = ['cqs', 'kts', 'xhs'] as const;
export type PillarCode = (typeof PILLAR_CODES)[number];
/** A 2020 main index as a column's field: "idx.cqs.chuyen_doi_nhan_thuc". */
export type Index2020Field = `idx.${PillarCode}.${Index2020Code}`;
export const INDEX_2020_FIELDS: readonly Index2020Field[] = PILLAR_CODES.flatMap((p) =>
  INDEX_2020_CODES.map((c): Index2020Field => `idx.${p}.${c}`),
);

/** The 2020 main indices' names, as the ministry writes them and in English. */
const INDEX_2020_NAMES: Record<Index2020Code, { vi: string; en: string }> = {
  chuyen_doi_nhan_thuc: { vi: 'Chuyển đổi nhận thức', en: 'Awareness transformation' },
  kien_tao_the_che: { vi: 'Kiến tạo thể chế', en: 'Institution building' },
  ha_tang_va_nen_tang_so: { vi: 'Hạ tầng và nền tảng số', en: 'Digital infrastructure and platforms' },
  thong_tin_va_du_lieu_so: { vi: 'Thông tin và dữ liệu số', en: 'Digital information and data' },
  hoat_dong_chuyen_doi_so: { vi: 'Hoạt động chuyển đổi số', en: 'Digital transformation activities' },
  an_toan_an_ninh_mang: { vi: 'An toàn an ninh mạng', en: 'Cyber safety and security' },
  nhan_luc: { vi: 'Nhân lực', en: 'Human resources' },
};
const PILLAR_NAMES: Record<PillarCode, { vi: string; en: string }> = {
  cqs: { vi: 'Chính quyền số', en: 'Digital government' },
  kts: { vi: 'Kinh tế số', en: 'Digital economy' },
  xhs: { vi: 'Xã hội số', en: 'Digital society' },
};

/** The wizard's labels of the 2020 main indices: "Chuyển đổi nhận thức (Chính quyền số)". */
export function index2020Labels(lang: 'vi' | 'en'): Record<`imports.field.${Index2020Field}`, string> {
  const out = {} as Record<`imports.field.${Index2020Field}`, string>;
  for (const p of PILLAR_CODES)
    for (const c of INDEX_2020_CODES)
      out[`imports.field.idx.${p}.${c}`] = `${INDEX_2020_NAMES[c][lang]} (${PILLAR_NAMES[p][lang]})`;
  return out;
}

export const SIMPLE_FIELDS = [
  'unit',
  'unitCode',
  'stt',
  'dti.score',
  'dti.rank',
  'cqs.score',
  'cqs.rank',
  'kts.score',
  'kts.rank',
  'xhs.score',
  'xhs.rank',
  'idx.nhan_thuc_so',
  'idx.the_che_so',
  'idx.ha_tang_so',
  'idx.nhan_luc_so',
  'idx.an_toan_thong_tin_mang',
  // (QĐ 922's "Đô thị thông minh": collected beside the foundation indices, not scored)
  'idx.do_thi_thong_minh',
  'idx.hd_chinh_quyen_so',
  'idx.hd_kinh_te_so',
  'idx.hd_xa_hoi_so',
  ...INDEX_2020_FIELDS,
  'kpi.indicator',
  'kpi.period',
  'kpi.value',
  'kpi.unitOfMeasure',
  'kpi.rank',
  'kpi.rankOf',
  'kpi.note',
  /** The level a row's values are reported at ("Cấp tỉnh", "Cấp xã"): it qualifies the row's KPIs. */
  'kpi.level',
] as const;
/** A field that needs no parameter. */
export type SimpleField = (typeof SIMPLE_FIELDS)[number];

/** What one column of a table means. */
export type ColumnField =
  | { field: SimpleField }
  /** Wide KPI table, one column per period: header "2021", "Năm 2022", "2022-09". */
  | { field: 'kpi.valueForPeriod'; period: string }
  /**
   * Wide KPI table, one column per indicator: header is the indicator's name. With `period`, the
   * column's own period ("Năm 2024" over "Số lượng | Tỷ lệ"): else the row's or the table's.
   */
  | { field: 'kpi.valueForIndicator'; indicator: string; period?: string }
  /** Not understood: kept aside and reported with its header, never silently dropped. */
  | { field: 'ignore' };

/**
 * A table with one column per period, or one value column ("Kế hoạch | Thực hiện" under a title
 * that names the KPI), and no indicator column; or with columns that name only a level ("Cấp tỉnh | Cấp xã" with no KPI above them): its one KPI is named by the title, the
 * sheet or the user (ImportTarget.indicator).
 */
export const needsTableIndicator = (m: { columns: { mapping: ColumnField }[] }): boolean =>
  (m.columns.some((c) => c.mapping.field === 'kpi.valueForPeriod' || c.mapping.field === 'kpi.value') &&
    !m.columns.some((c) => c.mapping.field === 'kpi.indicator')) ||
  // (a table of a KPI's ranks alone, "Tỉnh | Xếp hạng toàn quốc" under the KPI's title)
  (m.columns.some((c) => c.mapping.field === 'kpi.rank') &&
    !m.columns.some((c) =>
      /^kpi\.(value|valueForPeriod|valueForIndicator|indicator)$/.test(c.mapping.field),
    )) ||
  (m.columns.some(
    (c) => c.mapping.field === 'kpi.valueForIndicator' && isQualifierOnly(c.mapping.indicator),
  ) &&
    // ("Chỉ tiêu | Cấp tỉnh | Cấp xã": each row's KPI at those levels)
    !m.columns.some((c) => c.mapping.field === 'kpi.indicator'));

/**
 * A KPI table with no period column, no column per period and a column by indicator without a
 * period of its own: those values belong to the period the user gives (ImportTarget.period, or
 * the year).
 */
export const needsTablePeriod = (m: { columns: { mapping: ColumnField }[] }): boolean =>
  !m.columns.some((c) => c.mapping.field === 'kpi.period' || c.mapping.field === 'kpi.valueForPeriod') &&
  !(
    m.columns.some((c) => c.mapping.field === 'kpi.valueForIndicator') &&
    m.columns.every((c) => c.mapping.field !== 'kpi.valueForIndicator' || c.mapping.period !== undefined)
  );

/**
 * A KPI table with ranks and neither a group nor a column of denominators: the ranks are among
 * the 63 or among the 34, and nothing tells which (a period across 1 July 2025, no title saying
 * it, names both lists know): the user chooses.
 */
export const kpiRanksNeedGroup = (
  m: { columns: { mapping: ColumnField }[] },
  t: { kind: 'ranking' | 'kpi'; group: number | null },
): boolean =>
  t.kind === 'kpi' &&
  t.group === null &&
  m.columns.some((c) => c.mapping.field === 'kpi.rank') &&
  !m.columns.some((c) => c.mapping.field === 'kpi.rankOf');

/**
 * Whether a table of `kind` reads a column of `field`: a ranking its units' scores and ranks (and
 * a year column, a note), a KPI table its indicators' figures; the unit, its code, a row number
 * and a note either. A column mapped to the other kind's field is left out (said in the preview).
 */
export function fieldFitsKind(f: ColumnField['field'], kind: 'ranking' | 'kpi'): boolean {
  if (/^(dti|cqs|kts|xhs)\.|^idx\./.test(f)) return kind === 'ranking';
  if (f === 'kpi.period' || f === 'kpi.note') return true;
  if (f.startsWith('kpi.')) return kind === 'kpi';
  return true;
}

/** Fields whose cells are numbers (scores, ranks, index values, KPI values). */
export function isNumericField(f: ColumnField): boolean {
  switch (f.field) {
    case 'kpi.valueForPeriod':
    case 'kpi.valueForIndicator':
      return true;
    case 'ignore':
    case 'unit':
    case 'unitCode':
    case 'kpi.indicator':
    case 'kpi.period':
    case 'kpi.unitOfMeasure':
    case 'kpi.note':
    case 'kpi.level':
      return false;
    default:
      return true;
  }
}

/**
 * Which KPI column each rank column ranks, in a table with one column per KPI or per period (value
 * column → rank column): under one group header the rank beside the value ("Thanh toán trực tuyến"
 * over "Số giao dịch | Xếp hạng", "Năm 2024" over "TH | Xếp hạng", either order); a rank over a period ("Xếp hạng" over "Năm 2023 | Năm
 * 2024") the one value column of that period; a rank headed alone ranks the value just before it,
 * or the one value of the table ("Xếp hạng | Tỉnh | Tỷ lệ (%)"). A rank that fits none of these
 * ranks no column.
 */
/**
 * "(xếp hạng)" after a KPI's header: the column holds its rank ("Tỷ lệ hồ sơ trực tuyến (xếp
 * hạng)"), or its values with the rank in brackets ("… (%) (xếp hạng)" over "73.6% (31)").
 */
export const RANK_IN_BRACKETS_HEADER =
  /\s*\(\s*(?:xếp hạng|xep hang|thứ hạng|thu hang|hạng|hang|rank|ranking)\s*\)\s*$/iu;

/**
 * The words of what a rank column's header says it ranks ("Xếp hạng thanh toán trực tuyến" →
 * "thanh toán trực tuyến", "Tỷ lệ … (xếp hạng)" → "Tỷ lệ …"), or null for a bare rank ("Xếp hạng",
 * "Hạng toàn quốc", "Xếp hạng 2024").
 */
function rankedWords(header: string): string | null {
  const after = header.normalize('NFC').trim();
  if (RANK_IN_BRACKETS_HEADER.test(after))
    return splitIndicatorName(after.replace(RANK_IN_BRACKETS_HEADER, '')).name;
  const rest = after
    .replace(
      /^(xếp hạng|thứ hạng|hạng|xep hang|thu hang|hang|xh|rank(ing)?)(\s+(of|theo|về|ve|của|cua))?\s+/iu,
      '',
    )
    .replace(/\s*[([][^)\]]*[)\]]\s*$/u, '')
    .replace(
      /(^|\s+)(toàn quốc|cả nước|trong cả nước|quốc gia|toan quoc|ca nuoc|national(ly)?|nationwide)$/iu,
      '',
    )
    .replace(/\s+(năm\s+)?(19|20)\d{2}$/iu, '');
  return rest === header.trim() || rest === '' ? null : rest;
}

/**
 * What a rank column's header says it ranks, as a key ("Xếp hạng thanh toán trực tuyến", "Xếp
 * hạng PCI"), or null for a bare rank — or one whose words are too few to name a KPI alone ("Xếp
 * hạng chung"; "Xếp hạng số tổ" still ranks the one KPI it names, see ranksKpi).
 */
export function rankedSubject(header: string): string | null {
  const words = rankedWords(header);
  const key = words ? indicatorKey(words) : '';
  // (an abbreviation is a name however short: "Xếp hạng PCI")
  return key.length >= 6 || (words !== null && /^[A-ZĐ]{2,8}$/u.test(words.trim())) ? key : null;
}

/** A name's words without marks, lower case ("Số tổ CNSCĐ" → so, to, cnscd). */
const wordsOf = (name: string): string[] =>
  splitIndicatorName(name)
    .name.split(/[^\p{L}\p{N}%]+/u)
    .map(indicatorKey)
    .filter(Boolean);

/**
 * Whether the words `a` run through `b` from `j` on, a word written as the initials of the other
 * side's next words ("cnscd" for "công nghệ số cộng đồng", three letters or more) matching them.
 */
function runsThrough(a: string[], i: number, b: string[], j: number): boolean {
  if (i === a.length) return true;
  if (j === b.length) return false;
  if (a[i] === b[j] && runsThrough(a, i + 1, b, j + 1)) return true;
  const initials = (w: string[], from: number, n: number) =>
    from + n <= w.length &&
    w
      .slice(from, from + n)
      .map((x) => x[0])
      .join('');
  const t = a[i]!;
  if (t.length >= 3 && initials(b, j, t.length) === t && runsThrough(a, i + 1, b, j + t.length)) return true;
  const u = b[j]!;
  return u.length >= 3 && initials(a, i, u.length) === u && runsThrough(a, i + u.length, b, j + 1);
}

/**
 * Whether a rank column's header names the KPI `name`: what it ranks is within the name ("Xếp
 * hạng số tổ" for "Số tổ CNSCĐ"), or the same words with some written as initials ("Xếp hạng về số
 * tổ công nghệ số cộng đồng" for "Số tổ CNSCĐ", and the other way round).
 */
export function ranksKpi(header: string, name: string): boolean {
  const words = rankedWords(header);
  if (!words) return false;
  const key = indicatorKey(words);
  if (key.length >= 4 && indicatorKey(splitIndicatorName(name).name).includes(key)) return true;
  const a = wordsOf(words);
  const b = wordsOf(name);
  // (initials alone name nothing: "PCI" is no "Phổ cập Internet" — a word of both must match too)
  return a.some((w) => b.includes(w)) && b.some((_, j) => runsThrough(a, 0, b, j));
}

type RankedColumn = { col: number; header: string; mapping: ColumnField; note?: string };

/** The KPI and period value columns of a wide table. */
const valueColumns = (columns: readonly RankedColumn[]) =>
  columns.filter(
    (c) => c.mapping.field === 'kpi.valueForIndicator' || c.mapping.field === 'kpi.valueForPeriod',
  );

/**
 * The value columns a rank column's header names ("Xếp hạng số tổ": "Số tổ CNSCĐ"); of several,
 * the one that writes its words as the rank does ("Xếp hạng TTHC" beside "Tỷ lệ TTHC …" and "Số
 * thủ tục hành chính …").
 */
const namedBy = (r: RankedColumn, values: readonly RankedColumn[]) => {
  const nameOf = (v: RankedColumn) =>
    v.mapping.field === 'kpi.valueForIndicator' ? v.mapping.indicator : v.header;
  const named = values.filter((v) => ranksKpi(r.header, nameOf(v)));
  const words = named.length > 1 ? rankedWords(r.header) : null;
  const asWritten = words ? named.filter((v) => keyAsWritten(nameOf(v)).includes(keyAsWritten(words))) : [];
  return asWritten.length === 1 ? asWritten : named;
};

/** Whether a rank column names what it ranks: a subject, or words that fit two or more columns. */
const namesWhatItRanks = (r: RankedColumn, named: readonly RankedColumn[]) =>
  rankedSubject(r.header) !== null || named.length > 1;

/**
 * The rank columns whose header names what they rank ("Xếp hạng thanh toán trực tuyến", "Xếp hạng
 * PCI", or a few words that fit two KPI columns: "Xếp hạng số tổ" beside "Số tổ" and "Số tổ
 * viên"): never paired by position, only with the one column they name.
 */
export function namingRanks(columns: readonly RankedColumn[]): Set<number> {
  const values = valueColumns(columns);
  return new Set(
    columns
      .filter(
        (r) =>
          r.mapping.field === 'kpi.rank' &&
          (namesWhatItRanks(r, namedBy(r, values)) ||
            r.note === 'rank of several columns' ||
            (rankedByCells(r) === null && besideLevels(r.col, values) === 'several')),
      )
      .map((r) => r.col),
  );
}

/**
 * A rank right after a KPI's levels, the KPI's whole among them ("Tổng số | Cấp tỉnh | Cấp xã |
 * Xếp hạng", or "Tỷ lệ thanh toán trực tuyến" over them and the rank beside the group): it ranks
 * the KPI, its whole — not its last level. 'several' when the KPI's whole is there for other
 * periods too ("Quý III/2025" and "Lũy kế từ đầu năm" each over the levels, then "Xếp hạng"):
 * which one it ranks, nothing says. Null when the columns before it are no such levels.
 */
function besideLevels(rankCol: number, values: readonly RankedColumn[]): RankedColumn | 'several' | null {
  const wholes = wholesBeside(rankCol, values);
  return wholes === null ? null : wholes.length > 1 ? 'several' : wholes[0]!;
}

/**
 * The whole columns a bare rank right after a KPI's levels may rank: the whole of the levels
 * before it and, when the KPI's whole is there for other periods too, those (see besideLevels).
 */
export function wholesBeside(rankCol: number, values: readonly RankedColumn[]): RankedColumn[] | null {
  const at = (col: number) => values.find((v) => v.col === col);
  const lastPart = (h: string) => h.split(' / ').at(-1)!.trim();
  const group = (h: string) => h.split(' / ').slice(0, -1).join(' / ');
  const first = at(rankCol - 1);
  if (!first || !isLevelOnly(lastPart(first.header))) return null;
  for (let col = rankCol - 2; ; col--) {
    const v = at(col);
    if (!v || group(v.header) !== group(first.header)) return null;
    if (isLevelOnly(lastPart(v.header))) continue;
    const kpi = (c: RankedColumn) =>
      c.mapping.field === 'kpi.valueForIndicator' ? indicatorKey(c.mapping.indicator) : null;
    const periodOf = (c: RankedColumn) =>
      c.mapping.field === 'kpi.valueForIndicator' ? (c.mapping.period ?? '') : '';
    return [
      v,
      ...values.filter((o) => o !== v && kpi(o) !== null && kpi(o) === kpi(v) && periodOf(o) !== periodOf(v)),
    ];
  }
}

/** The column a rank was found to rank by its cells: layout detection's note "ranks column 6". */
export const rankedColumnOf = (note: string | undefined): number | null => {
  const m = /^ranks column (\d+)$/.exec(note ?? '');
  return m ? Number(m[1]) : null;
};
const rankedByCells = (r: RankedColumn): number | null => rankedColumnOf(r.note);

export function rankPartners(columns: readonly RankedColumn[]): Map<number, number> {
  const parts = (h: string) => h.split(' / ').map((p) => p.trim().toLocaleLowerCase('vi'));
  const values = valueColumns(columns);
  const out = new Map<number, number>();
  // (rank columns that name what they rank and found no one column of it: never paired by position)
  const naming = new Set<number>();
  for (const r of columns.filter((c) => c.mapping.field === 'kpi.rank')) {
    const rp = parts(r.header);
    let partner: (typeof values)[number] | undefined;
    // "Xếp hạng thanh toán trực tuyến", "Xếp hạng số tổ": the one value column of that KPI,
    // wherever it stands
    const named = namedBy(r, values);
    const byCells = rankedByCells(r);
    if (byCells !== null) partner = values.find((v) => v.col === byCells);
    else if (r.note === 'rank of several columns') naming.add(r.col);
    else if (named.length === 1) partner = named[0];
    else if (namesWhatItRanks(r, named)) naming.add(r.col);
    else if (rp.length === 2) {
      // (under a KPI's group after its levels, "Tổng số | Cấp tỉnh | Cấp xã | Xếp hạng": its whole's)
      const levels = besideLevels(r.col, values);
      // (beside its whole and a level, "Tổng số | Xếp hạng | Cấp tỉnh": the whole's)
      const byGroup = values.filter(
        (v) => Math.abs(v.col - r.col) === 1 && parts(v.header).length === 2 && parts(v.header)[0] === rp[0],
      );
      const notLevels = byGroup.filter((v) => !isLevelOnly(parts(v.header)[1]!));
      const byPeriod = values.filter(
        (v) => parts(v.header).length === 2 && parts(v.header)[1] === rp[1] && parts(v.header)[0] !== rp[0],
      );
      if (levels === 'several') naming.add(r.col);
      else
        partner =
          levels ??
          (byGroup.length === 1
            ? byGroup[0]
            : byGroup.length === 2 && notLevels.length === 1
              ? notLevels[0]
              : byPeriod.length === 1
                ? byPeriod[0]
                : undefined);
    } else {
      const levels = besideLevels(r.col, values);
      if (levels === 'several') naming.add(r.col);
      else partner = levels ?? values.find((v) => v.col === r.col - 1);
    }
    if (partner && !out.has(partner.col)) out.set(partner.col, r.col);
  }
  // "Xếp hạng | Tỉnh | Tỷ lệ (%)" (a top 10 ranked first): one bare rank and one value left, each
  // other's (a rank under another KPI's or period's group ranks nothing of this one, nor does a
  // rank of a KPI the table has no column of)
  const ranks = columns.filter(
    (c) =>
      c.mapping.field === 'kpi.rank' &&
      parts(c.header).length === 1 &&
      !naming.has(c.col) &&
      ![...out.values()].includes(c.col),
  );
  const left = values.filter((v) => !out.has(v.col));
  if (ranks.length === 1 && left.length === 1) out.set(left[0]!.col, ranks[0]!.col);
  return out;
}

/**
 * Whether layout detection set a column aside as a unit column of districts or communes (by its
 * header, or because the title or sheet says its rows are such): a unit column all the same, whose
 * rows are no province's.
 */
export const isSubProvincialColumn = (c: { note?: string }): boolean =>
  c.note === 'sub-provincial units' || c.note === 'sub-provincial rows';
