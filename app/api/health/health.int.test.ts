import { describe, expect, it } from 'vitest';
import { disconnectDb } from '@/server/db';
import { GET } from './route';

describe('GET /api/health', () => {
  it('answers 200 while the database is reachable', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ database: 'reachable' });
  });

  it('answers 503 when the database is not reachable', async () => {
    const original = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = 'postgresql://postgres@127.0.0.1:1/none';
    try {
      const res = await GET();
      expect(res.status).toBe(503);
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = original;
    }
  });
});
