import 'server-only';
import { assertCan } from '../access';
import { randomBytes } from 'node:crypto';
import { db } from '../db';
import { audit } from '../audit';
import { parseInput } from '../errors';
import { searchCities, type CityOption } from '../queries/cities';
import { type Actor } from '@/lib/permissions';
import { foldLatin, searchKeysFor } from '@/lib/search/fold';
import { ZCustomCitySchema } from '@/lib/validation/application';
import type { AppLocale } from '@/i18n/routing';

const COUNTRY_TIME_ZONE = { BY: 'Europe/Minsk', DE: 'Europe/Berlin', RU: 'Europe/Moscow', UA: 'Europe/Kyiv' } as const;

/**
 * A city that is not in the list, added by an applicant with its country. The same name in the
 * same country (in any spelling the search knows) returns the existing city instead of a duplicate.
 */
export async function addCustomCity(actor: Actor, input: unknown, locale: AppLocale): Promise<CityOption> {
  assertCan(actor, 'application:create');
  const { name, country } = parseInput(ZCustomCitySchema, input);
  const [match] = await searchCities(name, locale, { limit: 1, country });
  if (match && foldLatin(match.name) === foldLatin(name)) return match;
  const city = await db.$transaction(async (tx) => {
    const created = await tx.city.create({
      data: {
        slug: `custom-${randomBytes(6).toString('hex')}`,
        country,
        nameEn: name,
        nameDe: name,
        nameRu: name,
        nameUk: name,
        aliases: [],
        searchKeys: searchKeysFor([name]),
        timeZone: COUNTRY_TIME_ZONE[country],
        isCustom: true,
        createdById: actor.id,
      },
    });
    await audit(tx, actor.id, 'city.create', ['City', created.id], { after: { name, country } });
    return created;
  });
  return { id: city.id, name, country, timeZone: city.timeZone };
}
