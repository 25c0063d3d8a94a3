/**
 * Record factories shared by the seed, integration tests and e2e fixtures,
 * so demo data and test data are built the same way.
 */
import type { CallTexts } from '@/lib/editions/default-texts';
import type { PrismaClient, Prisma } from '../server/generated/prisma/client';
import { searchKeysFor } from '../lib/search/fold';
import type { SeedCity } from './seed-data/cities';
import { createPair } from '../server/services/pairs';

type Db = PrismaClient | Prisma.TransactionClient;

export async function upsertCity(db: Db, city: SeedCity) {
  const searchKeys = searchKeysFor([city.nameEn, city.nameDe, city.nameRu, city.nameUk, ...city.aliases]);
  const data = { ...city, searchKeys };
  return db.city.upsert({ where: { slug: city.slug }, create: data, update: data });
}

let counter = 0;
function unique(prefix: string) {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export async function createUser(db: Db, data: Partial<Prisma.UserUncheckedCreateInput> & { email?: string } = {}) {
  return db.user.create({
    data: {
      email: (data.email ?? `${unique('user')}@test.twincity.example`).toLowerCase(),
      name: data.name ?? 'Test Person',
      ...data,
    },
  });
}

/** A signed-in session for a user: what next-auth would write after a magic link. */
export async function createSession(db: Db, userId: string, days = 1) {
  const sessionToken = `${unique('session')}-${Math.random().toString(36).slice(2)}`;
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + days * 86_400_000) } });
  return sessionToken;
}

export async function createCall(
  db: Db,
  data: Omit<Prisma.CallUncheckedCreateInput, 'slug' | 'year' | 'contactEmail' | 'texts'> & {
    slug?: string;
    year?: number;
    contactEmail?: string;
    texts?: CallTexts;
  },
) {
  const { texts, ...rest } = data;
  const year = data.year ?? new Date(data.windowStart as Date).getUTCFullYear();
  return db.call.create({
    data: {
      slug: data.slug ?? unique(`edition-${year}`),
      year,
      contactEmail: data.contactEmail ?? 'booster@twincity.example',
      ...rest,
      texts: texts
        ? { create: Object.entries(texts).map(([locale, t]) => ({ locale: locale as keyof CallTexts, ...t })) }
        : undefined,
    },
  });
}

export async function createApplication(db: Db, data: Prisma.ApplicationUncheckedCreateInput) {
  return db.application.create({ data });
}

/** Pairs are made by the pairs service (server/services/pairs.ts), for the app and for test data alike. */
export { createPair };

/** A selected application of city A with city B, and the pair (with its four workshops) made from it. */
export async function createSelectedPair(
  db: Db,
  data: { callId: string; applicantId: string; partnerUserId?: string; cityAId: string; cityBId: string },
) {
  const { cityAId, cityBId, ...people } = data;
  const application = await createApplication(db, {
    ...people,
    status: 'SELECTED',
    applicantCityId: cityAId,
    partnerCityId: cityBId,
  });
  const pair = await createPair(db, { callId: data.callId, applicationId: application.id, cityAId, cityBId });
  return { application, pair };
}

export type MaterialVersionInput = { title: string; summary: string; body: string };

/** A toolbox material with its language versions (published unless said otherwise). */
export async function createMaterial(
  db: Db,
  data: Omit<Prisma.MaterialUncheckedCreateInput, 'slug' | 'versions' | 'originalLocale'> & {
    slug?: string;
    originalLocale?: 'en' | 'de' | 'ru' | 'uk';
    versions: Partial<Record<'en' | 'de' | 'ru' | 'uk', MaterialVersionInput>>;
  },
) {
  const { versions, ...rest } = data;
  const locales = Object.keys(versions) as ('en' | 'de' | 'ru' | 'uk')[];
  const status = rest.status ?? 'PUBLISHED';
  return db.material.create({
    data: {
      slug: rest.slug ?? unique('material'),
      originalLocale: rest.originalLocale ?? locales[0]!,
      ...rest,
      status,
      publishedAt: rest.publishedAt ?? (status === 'PUBLISHED' ? new Date() : null),
      versions: { create: locales.map((locale) => ({ locale, ...versions[locale]! })) },
    },
  });
}
