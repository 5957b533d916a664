// A refusal main sends is said in the interface language, its numbers written that language's way.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/renderer/src/api/unwrap';
import { errorText } from '../../src/renderer/src/i18n/errorText';

describe('errorText', () => {
  const refused = new ApiError({
    code: 'VALIDATION',
    message: 'Change 7 cannot be undone: the value has changed since (now 0.7024)',
    details: { key: 'validation.changedSince', params: { change: 7, now: 0.7024 } },
  });
  it('writes a score 0,7024 in Vietnamese and 0.7024 in English; ids stay as they are', () => {
    expect(errorText('vi', refused)).toContain('#7');
    expect(errorText('vi', refused)).toContain('0,7024');
    expect(errorText('en', refused)).toContain('0.7024');
  });
});
