import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { HealthMonitor } from '../../src/main/store/health';
import { tempDir } from './helpers';

const WORKER = path.join(__dirname, '../../out/main/importWorker.js');
const waitFor = async (m: HealthMonitor) => {
  for (let i = 0; i < 200 && m.integrity === 'pending'; i++) await new Promise((r) => setTimeout(r, 25));
  return m.integrity;
};

describe('startup integrity check', () => {
  it('runs in the background and reports ok for a sound database', async () => {
    const file = path.join(tempDir(), 'h.db');
    new Store(file).close();
    const m = new HealthMonitor(file, fs.existsSync(WORKER) ? WORKER : null).start();
    expect(m.integrity).toBe('pending');
    expect(await waitFor(m)).toBe('ok');
  });

  it('reports a damaged file instead of ok', async () => {
    const file = path.join(tempDir(), 'bad.db');
    const s = new Store(file);
    s.loadReference();
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    s.close();
    // Overwrite a page in the middle of the file: the structure no longer checks out.
    const fd = fs.openSync(file, 'r+');
    const size = fs.statSync(file).size;
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const m = new HealthMonitor(file, fs.existsSync(WORKER) ? WORKER : null).start();
    const r = await waitFor(m);
    expect(r).not.toBe('ok');
    expect(r).not.toBe('pending');
    // The on-demand check (dti-desk check) refuses it too, naming the file.
    const s2 = new Store(file);
    try {
      expect(() => s2.check()).toThrow(/bad\.db failed its integrity check/);
    } finally {
      s2.close();
    }
  });
});
