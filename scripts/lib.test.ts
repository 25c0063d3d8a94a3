import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePorts, portIsFree, run } from './lib.mjs';

describe('the test runner guards against a hang and a taken port', () => {
  it('stops a command that runs past its time limit and names it', async () => {
    const at = Date.now();
    await expect(
      run(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], process.env, { timeoutMs: 500 }),
    ).rejects.toThrow(/timed out/);
    expect(Date.now() - at).toBeLessThan(20_000);
  });

  it('passes on a command that ends in time', async () => {
    await expect(run(process.execPath, ['-e', '0'], process.env, { timeoutMs: 30_000 })).resolves.toBeUndefined();
  });

  it('skips a port that something already listens on', async () => {
    const start = 41_000 + Math.floor(Math.random() * 1000) * 10;
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(start + 1, resolve));
    try {
      expect(await portIsFree(start + 1)).toBe(false);
      const base = await freePorts(start, [0, 1]);
      expect(base).not.toBe(start);
      expect(base).toBeGreaterThan(start);
    } finally {
      taken.close();
    }
  });
});
