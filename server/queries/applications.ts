import 'server-only';
import { db, type Prisma } from '../db';
import { applicationScope } from './scopes';
import type { Actor } from '@/lib/permissions';

export const APPLICATION_DETAIL_INCLUDE = {
  call: {
    select: {
      id: true,
      slug: true,
      year: true,
      status: true,
      applicationDeadline: true,
      deadlineTimeZone: true,
      decisionsPublishedAt: true,
      contactEmail: true,
    },
  },
  applicant: { select: { id: true, name: true, email: true } },
  partnerUser: { select: { id: true, name: true, email: true } },
  applicantCity: true,
  partnerCity: true,
  organisations: { include: { organisation: true } },
  endorsements: {
    include: { official: { select: { id: true, name: true, email: true } }, city: true },
    orderBy: { createdAt: 'asc' },
  },
  invites: { where: { revokedAt: null }, orderBy: { createdAt: 'desc' } },
  pair: { select: { id: true } },
} satisfies Prisma.ApplicationInclude;

export type ApplicationDetail = Prisma.ApplicationGetPayload<{ include: typeof APPLICATION_DETAIL_INCLUDE }>;

/** One application as the viewer may see it; null (→ 404) when they may not. */
export async function getApplicationForViewer(actor: Actor, id: string): Promise<ApplicationDetail | null> {
  if (typeof id !== 'string' || id.length > 64) return null;
  return db.application.findFirst({
    where: { AND: [{ id }, applicationScope(actor)] },
    include: APPLICATION_DETAIL_INCLUDE,
  });
}

export async function findOwnApplication(actorId: string, callId: string) {
  return db.application.findUnique({
    where: { callId_applicantId: { callId, applicantId: actorId } },
    include: APPLICATION_DETAIL_INCLUDE,
  });
}

/** The open invitation behind an e-mailed token (hash only is stored). */
export async function findInviteByTokenHash(tokenHash: string) {
  return db.partnerInvite.findUnique({
    where: { tokenHash },
    include: {
      application: {
        include: {
          applicantCity: true,
          partnerCity: true,
          applicant: { select: { name: true, email: true } },
          organisations: { include: { organisation: { select: { name: true } } } },
        },
      },
    },
  });
}
