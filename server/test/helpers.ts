import { db } from '../db';
import { toSessionUser } from '../auth';
import { createUser, upsertCity } from '@/prisma/factories';
import { SEED_CITIES } from '@/prisma/seed-data/cities';
import type { Prisma } from '../db';

export { db };

export async function makeActor(data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const user = await createUser(db, data);
  return toSessionUser(user);
}

export async function seedCities() {
  const out: Record<string, Awaited<ReturnType<typeof upsertCity>>> = {};
  for (const city of SEED_CITIES) out[city.slug] = await upsertCity(db, city);
  return out;
}

/** Expects a promise to reject with our AppError carrying `code` (and optionally field errors). */
export async function expectAppError(promise: Promise<unknown>, code: string, fieldErrors?: Record<string, string>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!error || typeof error !== 'object' || !('code' in error))
    throw new Error(`expected AppError ${code}, got ${String(error)}`);
  if ((error as { code: string }).code !== code)
    throw new Error(`expected ${code}, got ${(error as { code: string }).code}`);
  if (fieldErrors) {
    const actual = (error as { fieldErrors?: Record<string, string> }).fieldErrors ?? {};
    for (const [k, v] of Object.entries(fieldErrors))
      if (actual[k] !== v) throw new Error(`field ${k}: expected ${v}, got ${actual[k]}`);
  }
}

/**
 * Follows a sign-in e-mail's link as the confirm page's button does: next-auth's own e-mail callback
 * (AuthHandler, the code behind /api/auth/callback/email) with our adapter. Returns where it redirects.
 */
export async function useSignInLink(mailText: string): Promise<string> {
  // next-auth does not export its core; load it by path (the same file its route handler runs).
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const { AuthHandler } = require(require.resolve('next-auth').replace(/index\.js$/, 'core/index.js')) as {
    AuthHandler: (params: {
      req: Request;
      options: ReturnType<typeof getAuthOptions>;
    }) => Promise<{ redirect?: string }>;
  };
  const { getAuthOptions } = await import('../auth-options');
  const confirm = new URL(mailText.match(/https?:\/\/\S+/)![0]);
  const callback = new URL('/api/auth/callback/email', confirm.origin);
  for (const [key, value] of confirm.searchParams) callback.searchParams.set(key, value);
  const res = await AuthHandler({
    req: new Request(callback, { headers: { host: confirm.host } }),
    options: getAuthOptions(),
  });
  return String(res.redirect ?? '');
}
