// Facts stated in the title rows above a table: the year ("NĂM 2022") and the ranking group
// ("63 tỉnh, thành phố" / "34 tỉnh"). Validation compares them with what the user chose.
import type { TitleHints } from '../../../shared/imports/layout';
import { normalizeHeader } from './normalizeHeader';

export function readTitleHints(titles: string[], footnotes: string[]): TitleHints {
  const hints: TitleHints = { titles, footnotes };
  for (const t of titles) {
    const key = normalizeHeader(t);
    const year =
      / (?:nam|year|ky) ((?:19|20)\d{2})(?: |$)/.exec(` ${key}`) ?? / ((?:20)\d{2})(?: |$)/.exec(` ${key}`);
    if (year && hints.year === undefined) hints.year = Number(year[1]);
    const group = / (63|34) (tinh|dia phuong|don vi|provinces|units|tinh thanh)/.exec(` ${key}`);
    if (group && hints.group === undefined) hints.group = Number(group[1]) as 63 | 34;
  }
  return hints;
}
