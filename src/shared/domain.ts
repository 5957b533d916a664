// Domain vocabulary shared by main and renderer. Entities are camelCase; the store maps
// snake_case rows to these in its repositories, so grids and charts only ever see these.

/** Code lists: the GSO list of 63 units (until 30/06/2025) and the 2025 list of 34 units. */
export type CodeList = 'gso2004' | '2025';
/** Ranking groups: among 63 units (until the 2024 ranking) or among 34 (2024 republished, 2025 on). */
export type RankingGroup = 63 | 34;
export const RANKING_GROUPS: readonly RankingGroup[] = [63, 34];
export const codeListOfGroup = (group: RankingGroup): CodeList => (group === 63 ? 'gso2004' : '2025');
/**
 * Units were rearranged on 01/07/2025: rankings from 2025 on are among 34 units, before among 63
 * (2024 was also published for the 34; that is the user's choice, not a default).
 */
/** The years a text names ("Năm 2024", "DTI 2022", "Xếp hạng 2022 | 2023"), in order. */
export const yearsNamedIn = (text: string | null | undefined): number[] =>
  [...(text ?? '').matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));

/**
 * The years a text names, a span counted whole: a sheet "DTI 2021-2023" (or "2021_2023", "2021~2023":
 * a sheet's name cannot hold "/"), "Giai đoạn 2021–2025" or
 * "DTI 2020 đến 2023" holds every year from the first to the last (round 79: "DTI 2021-2023" refused
 * its own 2022 rows as another year's).
 */
export const yearsCoveredBy = (text: string | null | undefined): number[] => {
  const years = new Set(yearsNamedIn(text));
  for (const m of (text ?? '').matchAll(
    /(?<!\d)((?:19|20)\d{2})\s*(?:[-–—_~]|đến|den|tới|toi|to)\s*(?:(?:năm|nam)\s+)?((?:19|20)\d{2})(?!\d)/giu,
  )) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    for (let y = from + 1; y < to && to - from <= 30; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
};

/** The one year a text names ("DTI 2022", "xep-hang-2022-2022"); null for none or two ("2021-2022"). */
export const onlyYearNamedIn = (text: string | null | undefined): number | null => {
  const years = new Set(yearsNamedIn(text));
  return years.size === 1 ? [...years][0]! : null;
};

/**
 * The one year a file's name gives ("xep-hang-dti-2022.xlsx", "DTI_2022_ban-sao.csv"): offered
 * when nothing in the file gives one (the mapping step, the "no year" message) — never taken
 * without the analyst (a copy may be named after the year it was made). Null for none or for two
 * years ("so-sanh-2021-2022").
 */
export const yearOfFileName = (fileName: string | null | undefined): number | null =>
  onlyYearNamedIn((fileName ?? '').replace(/\.[^.]*$/, ''));

export const groupOfYear = (year: number): RankingGroup => (year >= 2025 ? 34 : 63);
/**
 * The group a ranking year implies, or null for 2024: it was published twice (among 63 and among
 * 34 units), so only the file or the analyst can say which.
 */
export const rankingGroupOfYear = (year: number): RankingGroup | null =>
  year === 2024 ? null : groupOfYear(year);

/** First month of the 34-unit list (Nghị quyết 202/2025/QH15: 63 units become 34 on 01/07/2025). */
const MERGER_MONTH = '2025-07';

/**
 * The code list a period's figures belong to: the 63-unit list for a period that ends by June 2025,
 * the 34-unit list for one that starts in July 2025 or later; null when it spans the change
 * (the year 2025, "9 tháng 2025") or has no readable year. Periods: "2022", "2025-09",
 * "2025-01..2025-06"; free text is read as the whole years it names.
 */
export function codeListOfPeriod(period: string): CodeList | null {
  const p = period.trim();
  const range = /^((?:19|20)\d{2})(?:-(0[1-9]|1[0-2])(?:\.\.((?:19|20)\d{2})-(0[1-9]|1[0-2]))?)?$/.exec(p);
  let start: string;
  let end: string;
  if (range) {
    const [, y, m, y2, m2] = range;
    start = m ? `${y}-${m}` : `${y}-01`;
    end = y2 ? `${y2}-${m2}` : m ? `${y}-${m}` : `${y}-12`;
  } else {
    const years = yearsNamedIn(p).sort();
    if (years.length === 0) return null;
    start = `${years[0]}-01`;
    end = `${years.at(-1)}-12`;
  }
  if (end < MERGER_MONTH) return 'gso2004';
  if (start >= MERGER_MONTH) return '2025';
  return null;
}

export const PILLARS = ['cqs', 'kts', 'xhs'] as const;
export type Pillar = (typeof PILLARS)[number];
/** The four headline indicators of a ranking row. */
export const HEADLINE_INDICATORS = ['dti', ...PILLARS] as const;
export type HeadlineIndicator = (typeof HEADLINE_INDICATORS)[number];

export type Language = 'vi' | 'en';

export interface Unit {
  id: number;
  codeList: CodeList;
  code: string;
  name: string;
  nameAscii: string;
  type: 'tinh' | 'thanh_pho';
  region: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Successor in the other code list (for a 63-list unit: the 2025 unit it became part of). */
  successorId: number | null;
  successorCode: string | null;
  /** Predecessors in the 63-list (for a 2025 unit). */
  predecessorCodes: string[];
  codeVerified: boolean;
  aliases: string[];
}

export type ObservationStatus = 'published' | 'imported' | 'edited' | 'derived';
/** Where a value lives: published reference data is never mixed with the user's own layer. */
export type DataLayer = 'reference' | 'user';

export interface ScoreRank {
  score: number | null;
  rank: number | null;
}

export interface CellProvenance {
  layer: DataLayer;
  status: ObservationStatus;
  source: string | null;
  edited: boolean;
}

export interface RankingRow {
  year: number;
  group: RankingGroup;
  unitId: number;
  unitCode: string;
  unitName: string;
  region: string | null;
  isHome: boolean;
  score: number | null;
  rank: number | null;
  rankOf: RankingGroup;
  /** Previous rank minus this rank (positive = up); null when either is unknown. */
  rankChange: number | null;
  previousRank: number | null;
  pillars: Record<Pillar, ScoreRank>;
  /** Provenance per `${indicator}.${field}` key, e.g. "dti.score", "cqs.rank". */
  provenance: Record<string, CellProvenance>;
  /** Keys of cells whose value the user changed by hand. */
  editedCells: string[];
  annotation: string | null;
}

export type EditableField = 'score' | 'rank';

export interface ChangeEntry {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
  group: RankingGroup;
  indicator: string;
  field: EditableField;
  oldValue: number | null;
  newValue: number | null;
  reason: string | null;
  actor: string;
  changedAt: string;
  undone: boolean;
  kind: 'edit' | 'undo' | 'redo';
}

/** One main index of a year's methodology (read-only on the Rankings page, under the pillars). */
export interface MainIndexColumn {
  code: string;
  name: string;
  nameEn: string | null;
  /** The pillar an activity index belongs to ("Hoạt động chính quyền số" → cqs); null for foundations. */
  pillar: Pillar | null;
}

/** A year's main indices: the methodology's list, and each unit's values by unit id and code. */
export interface MainIndexTable {
  indices: MainIndexColumn[];
  values: Record<string, Record<string, number | null>>;
}

export interface RankingYear {
  year: number;
  group: RankingGroup;
  units: number;
  methodology: string | null;
}

export interface Methodology {
  id: string;
  decision: string;
  years: number[];
  verified: boolean;
}

export interface Settings {
  language: Language;
  homeUnitId: number | null;
  peerGroups: { name: string; unitIds: number[] }[];
}

export interface AppInfo {
  version: string;
  dbPath: string;
  dataDir: string;
  schemaVersion: number;
  referenceLoaded: boolean;
  integrity: string;
}
