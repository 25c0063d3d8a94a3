import 'server-only';
import type { Tx } from '../db';
import { queueEmail } from '../mail';
import { composeEmail } from '../mail-compose';
import { CITY_NAMES } from '../queries/cities';
import { appLink } from './application-mail';
import { cityName } from '@/lib/cities/city-name';

/**
 * Someone asked to act for a city (from their profile, or by accepting an application's invitation): every
 * coordinator is told, in their own language and in the same transaction as the request, with the link to
 * the people page where one click verifies them.
 */
export async function notifyCoordinatorsOfOfficialRequest(
  tx: Tx,
  official: { id: string; email: string; name: string | null },
  cityId: string,
): Promise<void> {
  const [city, coordinators] = await Promise.all([
    tx.city.findUniqueOrThrow({ where: { id: cityId }, select: CITY_NAMES }),
    tx.user.findMany({ where: { role: 'COORDINATOR' }, select: { email: true, locale: true } }),
  ]);
  for (const coordinator of coordinators) {
    const link = appLink(coordinator.locale, '/coordinator/people');
    const mail = composeEmail({
      key: 'email.officialRequest',
      locale: coordinator.locale,
      values: {
        name: official.name || official.email,
        email: official.email,
        city: cityName(city, coordinator.locale),
        link,
      },
      action: { url: link, label: 'email.officialRequest.open' },
    });
    await queueEmail(tx, {
      to: coordinator.email,
      locale: coordinator.locale,
      kind: 'official.request',
      ...mail,
    });
  }
}
