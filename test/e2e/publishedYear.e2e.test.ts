// A ministry ranking whose title gives only when it was published ("Bộ TT&TT công bố ngày
// 26/6/2023"): the wizard takes no year from that date; it offers the year before (a year's DTI is
// published the next), and the ranking is stored for it. Leaves test-output/e2e-published-year.png.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DETAIL_HEADERS_2022, published2022 } from '../fixtures/generate';
import { writeWorkbook } from '../imports/helpers';
import { commitPreview, dropOnImports, type Harness, screenshotTo, startHarness, toPreview } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ homeUnit: '70' });
  h.page.setDefaultTimeout(20_000);
});
afterAll(async () => h?.close());

it("offers the year before a ranking title's publication date, and stores the ranking for it (round 77)", async () => {
  const page = h.page;
  const f = writeWorkbook('bang-xep-hang.xlsx', [
    {
      name: 'Sheet1',
      rows: [
        ['Bảng xếp hạng DTI (Bộ TT&TT công bố ngày 26/6/2023)'],
        DETAIL_HEADERS_2022,
        ...published2022().map((r) => [r.rank, r.label, ...r.idx, r.pdti]),
      ],
    },
  ]);
  await dropOnImports(h, f);
  expect(await page.getByTestId('target-year').inputValue()).toBe('');
  const offer = page.getByTestId('target-year-from-published');
  expect(await offer.textContent()).toBe(
    'Tiêu đề chỉ ghi ngày công bố (2023); kết quả DTI công bố năm 2023 là của năm 2022: dùng năm 2022',
  );
  await screenshotTo(page, 'e2e-published-year.png');
  await offer.click();
  expect(await page.getByTestId('target-year').inputValue()).toBe('2022');
  await toPreview(page);
  await commitPreview(page);
  const stored = h.store.db
    .prepare(`SELECT DISTINCT period FROM observation WHERE layer = 'user'`)
    .pluck()
    .all();
  expect(stored).toEqual(['2022']);
});
