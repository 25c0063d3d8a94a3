import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../auth';

// The session lookup is replaced, not the database: what is tested is what the route does with its answer.
const session = vi.hoisted(() => ({ current: async (): Promise<SessionUser | null> => null }));
vi.mock('../auth', () => ({ getCurrentUser: () => session.current() }));

const { permittedOrNull } = await import('./route-auth');

const person = (role: SessionUser['role']): SessionUser => ({
  id: `u-${role}`,
  email: `${role.toLowerCase()}@example.org`,
  name: null,
  role,
  locale: 'en',
  timeZone: null,
  officialCityId: null,
  isVerifiedOfficial: false,
});

describe('permittedOrNull', () => {
  afterEach(() => {
    session.current = async () => null;
  });

  it('gives the coordinator to a coordinator route, and null to an applicant or nobody', async () => {
    session.current = async () => person('COORDINATOR');
    expect((await permittedOrNull('review:manage'))?.id).toBe('u-COORDINATOR');
    session.current = async () => person('APPLICANT');
    expect(await permittedOrNull('review:manage')).toBeNull();
    session.current = async () => null;
    expect(await permittedOrNull('review:manage')).toBeNull();
  });

  it('lets a failed session lookup (the database gone) be an error, not a 404', async () => {
    session.current = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    };
    await expect(permittedOrNull('review:manage')).rejects.toThrow('ECONNREFUSED');
  });
});
