// Parts of one list as tables and titles name them: "10 ĐỊA PHƯƠNG DẪN ĐẦU", "10 địa phương cuối
// bảng", "TOP 10", "Nhóm 10 tỉnh thấp nhất". One source for the title's selection tail
// (titleHints), a part's own title between two parts of one table (detectLayout) and a heading row
// in a ranking (rowMapper). Kept apart: titleHints and headerVocabulary import each other's words.

/** What such a part is said to be. */
const PLACE = '(?:dẫn đầu|đứng đầu|cao nhất|thấp nhất|xếp cuối|đứng cuối|cuối bảng|đầu bảng|xếp đầu)';
/** The units it counts. */
const UNITS = String.raw`(?:địa phương|tỉnh(?:\s*,\s*thành phố)?|đơn vị)`;

/** "Top 10", "10 địa phương dẫn đầu": a part of a list, said at the start or the end of a text. */
export const LIST_PART = String.raw`(?:top\s*\d{1,2}|\d{1,2}\s+${UNITS}\s+${PLACE})`;

/**
 * A title naming a part of one list and nothing more: "10 ĐỊA PHƯƠNG DẪN ĐẦU", "10 ĐỊA PHƯƠNG CUỐI
 * BẢNG", "TOP 10 THẤP NHẤT". Two such parts under the same header are one table in two pieces
 * (round 79: the bottom ten under the top ten were left out as another table); a part that says
 * more ("… VỀ CHÍNH QUYỀN SỐ", "TOP 10 NĂM 2021") is another list (round 80).
 */
export const PART_OF_LIST = new RegExp(
  String.raw`^\s*(?:nhóm\s+)?(?:top\s*\d{1,2}(?:\s+${UNITS})?|\d{1,2}\s+${UNITS})(?:\s+${PLACE})?\s*[:.]?\s*$`,
  'iu',
);

/** A heading that opens with a part of a list, whatever follows: "10 ĐỊA PHƯƠNG DẪN ĐẦU VỀ …". */
export const PART_OF_LIST_LEAD = new RegExp(String.raw`^\s*(?:nhóm\s+)?${LIST_PART}(?=$|[\s:.,\-–—(])`, 'iu');
