// The reference files shipped in resources/reference, bundled as text so the store does not
// depend on where the app is installed (packaged app, CLI, tests all see the same bytes).
import Papa from 'papaparse';
import provinces63 from '../../../resources/reference/provinces_63.csv?raw';
import units2025 from '../../../resources/reference/units_2025.csv?raw';
import merger2025 from '../../../resources/reference/merger_2025.csv?raw';
import frameworks from '../../../resources/reference/dti_frameworks.json?raw';
import dti2022 from '../../../resources/reference/dti_2022_published.csv?raw';
import resultsKnown from '../../../resources/reference/dti_results_known.csv?raw';
import articleKpis from '../../../resources/reference/binh_phuoc_2022_article_kpis.csv?raw';

export const REFERENCE_TEXT = {
  'provinces_63.csv': provinces63,
  'units_2025.csv': units2025,
  'merger_2025.csv': merger2025,
  'dti_frameworks.json': frameworks,
  'dti_2022_published.csv': dti2022,
  'dti_results_known.csv': resultsKnown,
  'binh_phuoc_2022_article_kpis.csv': articleKpis,
} as const;
export type ReferenceFile = keyof typeof REFERENCE_TEXT;

/** Parses one bundled reference CSV into records keyed by its header (all values as strings). */
export function referenceCsv(name: Exclude<ReferenceFile, 'dti_frameworks.json'>): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(REFERENCE_TEXT[name].replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length) throw new Error(`reference file ${name}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

export interface FrameworkIndex {
  code: string;
  name_vi: string;
  name_en?: string;
  group?: string;
  pillar?: string;
  points?: number;
}
export interface FrameworkMethodology {
  id: string;
  decision: string;
  years: number[];
  total_points?: number;
  pillars?: { code: string; name_vi: string; name_en: string; points: number }[];
  main_indices?: FrameworkIndex[];
  main_indices_per_pillar_vi?: string[];
  overall_formula?: string;
  verified: boolean;
}
export function referenceFrameworks(): FrameworkMethodology[] {
  return (JSON.parse(REFERENCE_TEXT['dti_frameworks.json']) as { methodologies: FrameworkMethodology[] })
    .methodologies;
}
