// The names of the DTI and of the other indices tables put beside it, as header and title keys
// (normalizeHeader) hold them: read by the header vocabulary, the layout and the title hints.
import { normalizeHeader } from './normalizeHeader';
import { lookupTable } from '../../../shared/lookup';

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
  'papi|pci|par index|cchc|cai cach hanh chinh|sipas|chi so hai long|pgi|pii|ict index|egdi|dbi|chi so 766|' +
  // (the enterprises' index in its every wording: "… chuyển đổi số của (các) doanh nghiệp", "mức
  // độ sẵn sàng chuyển đổi số của doanh nghiệp", "… khu vực / khối / tại doanh nghiệp", "CĐS DN")
  // (not the DTI and enterprises side by side: "CẤP TỈNH VÀ DOANH NGHIỆP", "(DTI) VÀ DOANH NGHIỆP SỐ";
  // "DN" only right after, "ĐN" is a province: "CĐS TP. ĐN")
  '(?:chuyen doi so|cds) (?:(?!va |dti |cap tinh |chinh quyen |nguoi dan )[a-z]+ ){0,3}?doanh nghiep|(?:chuyen doi so|cds) dn(?= cap tinh| nam| \\d)';
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
const OTHER_INDICES = new RegExp(` (${OTHER_INDEX_NAMES}) `, 'g');
export const withoutOtherIndices = (key: string): string => ` ${key} `.replace(OTHER_INDICES, '  ');

/** Whether a key names the DTI, a pillar or a main index — not as part of another index's name. */
export const namesDti = (key: string): boolean => NAMES_DTI.test(withoutOtherIndices(key.trim()));

/** Every other index a title names ("CHỈ SỐ PCI VÀ PAPI NĂM 2025": pci, papi). */
export function otherIndicesNamed(key: string): Set<string> {
  const out = new Set<string>();
  for (const w of ` ${key} `.split(/ (?:va|and) |,/)) {
    const one = otherIndexNamed(w.trim());
    if (one !== null) out.add(one);
  }
  return out;
}

const AN_OTHER_INDEX = new RegExp(` (${OTHER_INDEX_NAMES}|hai long) `);
/**
 * Which other index a header or title names (a key, see normalizeHeader), one name per index:
 * "PAR INDEX", "CCHC" and "cải cách hành chính" are one index; null when it names none.
 */
export function otherIndexNamed(key: string): string | null {
  const m = AN_OTHER_INDEX.exec(` ${key} `);
  if (!m) return null;
  if (/^(par index|cchc|cai cach hanh chinh)$/.test(m[1]!)) return 'par';
  if (/ (doanh nghiep|dn)$/.test(m[1]!)) return 'dbi';
  return /hai long$/.test(m[1]!) ? 'sipas' : m[1]!;
}

const PILLAR_KEYS: ReadonlyMap<string, 'cqs' | 'kts' | 'xhs'> = lookupTable({
  'chinh quyen so': 'cqs',
  'kinh te so': 'kts',
  'xa hoi so': 'xhs',
  cqs: 'cqs',
  kts: 'kts',
  xhs: 'xhs',
});
const PILLAR = `(${[...PILLAR_KEYS.keys()].join('|')})`;
const PILLAR_ANYWHERE = new RegExp(` ${PILLAR}(?= )`, 'g');
/** Every pillar a text names, anywhere in it ("TOP 10 CHÍNH QUYỀN SỐ": cqs). */
export const pillarsNamedIn = (text: string): Set<'cqs' | 'kts' | 'xhs'> =>
  new Set([...` ${normalizeHeader(text)} `.matchAll(PILLAR_ANYWHERE)].map((m) => PILLAR_KEYS.get(m[1]!)!));

/**
 * The one pillar a title or sheet names as the table's part of the DTI: "XẾP HẠNG TRỤ CỘT KINH TẾ
 * SỐ TRONG CHỈ SỐ DTI", "ĐIỂM THÀNH PHẦN …", "DTI 2025 (KINH TẾ SỐ)", a sheet "Kinh tế số"; else null.
 */
export function pillarNamedBy(text: string): 'cqs' | 'kts' | 'xhs' | null {
  const key = normalizeHeader(text);
  // (a title listing the pillars, "THEO 3 TRỤ CỘT CHÍNH QUYỀN SỐ, KINH TẾ SỐ, XÃ HỘI SỐ", names none)
  if (pillarsNamedIn(text).size > 1) return null;
  // ("TRỤ CỘT KTS - …", "ĐIỂM THÀNH PHẦN CQS …", "XẾP HẠNG CQS TRONG CHỈ SỐ DTI")
  const part =
    new RegExp(` (?:thanh phan|tru cot) ${PILLAR} `).exec(` ${key} `)?.[1] ??
    new RegExp(
      `^(?:(?:xep hang|thu hang|diem|ket qua) )?${PILLAR} (?:trong|cua) (?:bo )?(?:chi so )?(?:dti|chuyen doi so) `,
    ).exec(`${key} `)?.[1];
  const bracket = normalizeHeader(/[(（]([^()（）]*)[)）]/u.exec(text)?.[1] ?? '');
  // ("KINH TẾ SỐ - CHỈ SỐ DTI NĂM 2025", "XÃ HỘI SỐ: XẾP HẠNG DTI": the pillar first, the DTI after)
  const lead = /^\s*([^:\-–—]+?)\s*(?::|\s[-–—])\s*(.+)$/u.exec(text);
  // (…followed by the DTI's ranking and nothing more: "KINH TẾ SỐ: TỈNH DẪN ĐẦU CHỈ SỐ DTI" is a remark)
  const first =
    lead &&
    /^(?:(?:bang )?xep hang |ket qua |diem )?(?:chi so )?(?:dti|chuyen doi so(?: cap tinh)?)(?: dti)?(?: nam \d{4}| \d{4})?$/.test(
      normalizeHeader(lead[2]!),
    )
      ? normalizeHeader(lead[1]!)
      : '';
  // (a Map: "constructor", a sheet's name, is no key of it — round 77 found Object's there)
  return PILLAR_KEYS.get(part ?? bracket) ?? PILLAR_KEYS.get(first) ?? PILLAR_KEYS.get(key) ?? null;
}

/**
 * A DTI of another level named in a title or sheet name: of districts and provincial cities ("CHỈ
 * SỐ CHUYỂN ĐỔI SỐ CẤP HUYỆN", "KHỐI THÀNH PHỐ THUỘC TỈNH", a sheet "DTI cấp huyện 2023"), of
 * communes, of ministries ("CẤP BỘ", "CÁC BỘ, CƠ QUAN NGANG BỘ") — whose rows may bear provinces'
 * names (the city of Lào Cai, Quảng Bình's district of Quảng Ninh); null when it names none, or
 * names the provinces' too ("CẤP TỈNH VÀ CẤP HUYỆN").
 */
export function rankedOtherThanProvinces(text: string): 'district' | 'commune' | 'ministry' | null {
  const key = ` ${normalizeHeader(text)} `;
  if (/ cap tinh | tinh thanh pho truc thuoc /.test(key)) return null;
  const m =
    / (?:chuyen doi so|cds|dti|pdti) cap (huyen|xa) | (?:cac )?(thanh pho|thi xa) thuoc tinh | (?:chuyen doi so|cds|dti|pdti) cap (bo) | (?:cac )?(bo) co quan ngang bo /.exec(
      key,
    );
  if (!m) return null;
  return m[1] === 'xa' ? 'commune' : m[1] === 'huyen' || m[2] ? 'district' : 'ministry';
}
