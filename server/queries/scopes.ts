import 'server-only';
import type { Prisma } from '../db';
import type { Actor } from '@/lib/permissions';

/**
 * Query-side twin of lib/permissions.ts 'application:read': the applications a person may see.
 * Used in every where clause, so a record one may not see is simply not found.
 */
export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  if (actor.role === 'COORDINATOR') return {};
  const own: Prisma.ApplicationWhereInput[] = [{ applicantId: actor.id }, { partnerUserId: actor.id }];
  if (actor.role === 'CITY_OFFICIAL' && actor.isVerifiedOfficial && actor.officialCityId) {
    // Officials see submitted applications that name their city, not other people's drafts.
    own.push({
      status: { not: 'DRAFT' },
      OR: [{ applicantCityId: actor.officialCityId }, { partnerCityId: actor.officialCityId }],
    });
  }
  return { OR: own };
}

/** The pairs a person may follow ('pair:read'). */
export function pairScope(actor: Actor): Prisma.BoosterPairWhereInput {
  if (actor.role === 'COORDINATOR') return {};
  const own: Prisma.BoosterPairWhereInput[] = [
    { application: { applicantId: actor.id } },
    { application: { partnerUserId: actor.id } },
    { workshops: { some: { facilitators: { some: { userId: actor.id } } } } },
  ];
  if (actor.role === 'CITY_OFFICIAL' && actor.isVerifiedOfficial && actor.officialCityId) {
    own.push({ cityAId: actor.officialCityId }, { cityBId: actor.officialCityId });
  }
  return { OR: own };
}
