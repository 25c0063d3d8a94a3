import 'server-only';
import { CITY_NAMES } from './cities';
import { listCoordinators } from './users';
import { db } from '../db';

const CITY = { select: { ...CITY_NAMES, country: true } } as const;

/** For the people page only; callers have checked 'people:manage'. */
export async function listPeopleForCoordinators() {
  const [officials, coordinators] = await Promise.all([
    db.user.findMany({
      where: { role: 'CITY_OFFICIAL', officialCityId: { not: null } },
      orderBy: [{ officialVerifiedAt: { sort: 'asc', nulls: 'first' } }, { email: 'asc' }],
      select: { id: true, email: true, name: true, officialVerifiedAt: true, officialCity: CITY },
    }),
    listCoordinators(),
  ]);
  return { officials, coordinators };
}
