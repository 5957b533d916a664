// The names of the DTI and of the other indices tables put beside it, as header and title keys
// (normalizeHeader) hold them: read by the header vocabulary, the layout and the title hints.

/** Words that name the DTI, its pillars or main indices (a header or title of the ranking itself). */
export const NAMES_DTI =
  / (dti|pdti|cds|chuyen doi so|chinh quyen so|kinh te so|xa hoi so|cqs|kts|xhs|nhan thuc so|the che so|ha tang so|nhan luc so|an toan thong tin) /;

/**
 * The DTI or a pillar named as the index, not as the topic ("… CHUYỂN ĐỔI SỐ NĂM 2025" names the
 * topic): a title's key (see normalizeHeader), padded with spaces.
 */
export const NAMES_THE_INDEX =
  / (dti|pdti|chi so chuyen doi so|chi so cds|xep hang chuyen doi so|cqs|kts|xhs|chinh quyen so|kinh te so|xa hoi so) /;

/**
 * Indices other than the DTI that tables put beside it ("Điểm PAPI", "Xếp hạng CCHC", "Chỉ số
 * PCI"): their scores and ranks are never the DTI's.
 */
const OTHER_INDEX_NAMES =
  'papi|pci|par index|cchc|cai cach hanh chinh|sipas|chi so hai long|pgi|pii|ict index|egdi|dbi|chuyen doi so doanh nghiep';
export const OTHER_INDEX = new RegExp(` (${OTHER_INDEX_NAMES}) `);
/**
 * The same in a title, also the indices named in words ("ĐIỂM HÀI LÒNG …", "BỘ CHỈ SỐ PHỤC VỤ
 * NGƯỜI DÂN …"; as headers those words name the index's components: "Mức độ hài lòng").
 */
export const OTHER_INDEX_TITLE = new RegExp(` (${OTHER_INDEX_NAMES}|hai long|phuc vu nguoi dan) `);

/**
 * A key without the other indices it names ("chỉ số chuyển đổi số doanh nghiệp" names the DBI,
 * not the DTI): what is left names the DTI or not.
 */
export const withoutOtherIndices = (key: string): string =>
  ` ${key} `.replace(new RegExp(` (${OTHER_INDEX_NAMES}) `, 'g'), '  ');

/**
 * Which other index a header or title names (a key, see normalizeHeader), one name per index:
 * "PAR INDEX", "CCHC" and "cải cách hành chính" are one index; null when it names none.
 */
/** Every other index a title names ("CHỈ SỐ PCI VÀ PAPI NĂM 2025": pci, papi). */
export function otherIndicesNamed(key: string): Set<string> {
  const out = new Set<string>();
  for (const w of ` ${key} `.split(/ (?:va|and) |,/)) {
    const one = otherIndexNamed(w.trim());
    if (one !== null) out.add(one);
  }
  return out;
}

export function otherIndexNamed(key: string): string | null {
  const m = new RegExp(` (${OTHER_INDEX_NAMES}|hai long) `).exec(` ${key} `);
  if (!m) return null;
  if (/^(par index|cchc|cai cach hanh chinh)$/.test(m[1]!)) return 'par';
  if (m[1] === 'chuyen doi so doanh nghiep') return 'dbi';
  return /hai long$/.test(m[1]!) ? 'sipas' : m[1]!;
}
