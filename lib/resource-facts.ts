// The facts the permission map (lib/permissions.ts) decides on, read off a record: who applied, who is the
// partner contact, which cities, who facilitates. Pure, so pages, services and tests derive them the same way.
import type { ApplicationStatus } from '@/lib/enums';
import { can, type Actor, type ResourceFacts } from '@/lib/permissions';

/** The facts lib/permissions.ts needs about an application. */
export function applicationFacts(app: {
  applicantId: string;
  partnerUserId: string | null;
  applicantCityId: string | null;
  partnerCityId: string | null;
  status: ApplicationStatus;
}): ResourceFacts {
  return {
    applicantId: app.applicantId,
    partnerUserId: app.partnerUserId,
    cityIds: [app.applicantCityId, app.partnerCityId],
    isDraft: app.status === 'DRAFT',
  };
}

/** The facts lib/permissions.ts decides on, for a pair. */
export function pairFacts(pair: {
  cityAId: string;
  cityBId: string;
  application: { applicantId: string; partnerUserId: string | null };
  workshops?: { facilitators: { userId: string }[] }[];
}): ResourceFacts {
  return {
    applicantId: pair.application.applicantId,
    partnerUserId: pair.application.partnerUserId,
    cityIds: [pair.cityAId, pair.cityBId],
    facilitatorIds: pair.workshops?.flatMap((w) => w.facilitators.map((f) => f.userId)) ?? [],
  };
}

/**
 * Facts for a checklist item: its city is the "host" in question, and the pair's applicant of that
 * city (city A's applicant, city B's partner contact) belongs to it.
 */
export function logisticsFacts(
  itemCityId: string,
  pair: { cityAId: string; cityBId: string; application: { applicantId: string; partnerUserId: string | null } },
): ResourceFacts {
  const members =
    itemCityId === pair.cityAId
      ? [pair.application.applicantId]
      : itemCityId === pair.cityBId && pair.application.partnerUserId
        ? [pair.application.partnerUserId]
        : [];
  return { hostCityId: itemCityId, hostCityMemberIds: members };
}

export function canTickItem(actor: Actor, itemCityId: string, pair: Parameters<typeof logisticsFacts>[1]): boolean {
  return can(actor, 'logistics:tick', logisticsFacts(itemCityId, pair));
}
