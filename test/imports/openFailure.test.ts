// A file that is there but cannot be read is said to be so, with why — not "not found", and not
// the system's bare EACCES under an internal error (tester round 81, F).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { inspectFile, isImportReadError } from '../../src/main/imports/readers';

let tmp: string;
let file: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-open-'));
  file = path.join(tmp, 'DTI 2022.csv');
  fs.writeFileSync(file, 'Tỉnh,Điểm,Xếp hạng\nHà Nội,0.7,1\n');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const errno = (code: string) => Object.assign(new Error(`${code}: refused, open '${file}'`), { code });
const refusal = async () => {
  try {
    await inspectFile(file);
  } catch (e) {
    if (isImportReadError(e)) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('a file that cannot be opened', () => {
  it('without permission to read it: FILE_UNREADABLE, saying so in both languages', async () => {
    vi.spyOn(fs.promises, 'open').mockRejectedValueOnce(errno('EACCES'));
    const e = await refusal();
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(e.messageVi).toContain('DTI 2022.csv');
    expect(e.messageVi).toContain('không có quyền đọc tệp');
    expect(e.messageEn).toContain('no permission to read the file');
    expect(e.messageEn).not.toContain('EACCES');
  });

  it('in a folder the account may not enter: FILE_UNREADABLE naming the folder, not "not found"', async () => {
    vi.spyOn(fs.promises, 'stat').mockRejectedValueOnce(errno('EACCES'));
    const e = await refusal();
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(e.messageVi).toContain(`không có quyền mở thư mục chứa tệp (${tmp})`);
  });

  it('a disk error is named by the system code', async () => {
    vi.spyOn(fs.promises, 'open').mockRejectedValueOnce(errno('EIO'));
    const e = await refusal();
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(e.messageEn).toContain('the system said EIO');
  });

  it('a path through a file, or none, is not found', async () => {
    for (const code of ['ENOENT', 'ENOTDIR']) {
      vi.spyOn(fs.promises, 'stat').mockRejectedValueOnce(errno(code));
      expect((await refusal()).code).toBe('FILE_NOT_FOUND');
    }
  });
});
