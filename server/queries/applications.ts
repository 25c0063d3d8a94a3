import 'server-only';
import { db, type Prisma } from '../db';
import type { Country } from '@/lib/enums';
import { applicationScope } from './scopes';
import type { Actor } from '@/lib/permissions';
import type { TApplicationDraft, TOrganisationInput } from '@/lib/validation/application';

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

function organisationsOf(app: ApplicationDetail, side: 'APPLICANT' | 'PARTNER'): TOrganisationInput[] {
  return app.organisations
    .filter((o) => o.side === side)
    .sort((a, b) => a.position - b.position)
    .map((o) => ({ name: o.organisation.name, kind: o.organisation.kind, website: o.organisation.website ?? '' }));
}

/** The draft as the wizard edits it (all fields, in the form's shape). */
export function toDraft(app: ApplicationDetail): Required<TApplicationDraft> {
  return {
    applicantType: app.applicantType,
    countriesConfirmed: app.countriesConfirmed,
    applicantCityId: app.applicantCityId,
    partnerCityId: app.partnerCityId,
    partnershipStatus: app.partnershipStatus,
    twinnedSinceYear: app.twinnedSinceYear,
    applicantOrganisations: organisationsOf(app, 'APPLICANT'),
    partnerOrganisations: organisationsOf(app, 'PARTNER'),
    contactName: app.contactName ?? '',
    contactRole: app.contactRole ?? '',
    contactEmail: app.contactEmail ?? '',
    contactPhone: app.contactPhone ?? '',
    contactSocial: app.contactSocial,
    answerWho: app.answerWho ?? '',
    answerHopes: app.answerHopes ?? '',
    answerMotivation: app.answerMotivation ?? '',
    answerOther: app.answerOther ?? '',
    answerLanguage: app.answerLanguage,
    selfDeclaration: app.selfDeclaration,
    consent: app.consentAt !== null,
  };
}

/** What was submitted, frozen: the PDF and reviewers read this. */
export type ApplicationSnapshot = Required<TApplicationDraft> & {
  version: number;
  submittedAt: string;
  applicantCity: { nameEn: string; nameDe: string; nameRu: string; nameUk: string; country: Country } | null;
  partnerCity: { nameEn: string; nameDe: string; nameRu: string; nameUk: string; country: Country } | null;
};

export function buildSnapshot(app: ApplicationDetail, submittedAt: Date): ApplicationSnapshot {
  const city = (c: ApplicationDetail['applicantCity']) =>
    c ? { nameEn: c.nameEn, nameDe: c.nameDe, nameRu: c.nameRu, nameUk: c.nameUk, country: c.country } : null;
  return {
    ...toDraft(app),
    version: app.version,
    submittedAt: submittedAt.toISOString(),
    applicantCity: city(app.applicantCity),
    partnerCity: city(app.partnerCity),
  };
}

/** What a page or the PDF shows: the frozen submission once there is one, else the live draft. */
export function contentOf(app: ApplicationDetail): ApplicationSnapshot {
  if (app.status !== 'DRAFT' && app.submittedSnapshot) return app.submittedSnapshot as unknown as ApplicationSnapshot;
  // Applications imported without a snapshot show their columns, dated by their submission.
  return buildSnapshot(app, app.status !== 'DRAFT' && app.submittedAt ? app.submittedAt : app.updatedAt);
}

/** The open invitation behind an e-mailed token (hash only is stored). */
export async function findInviteByTokenHash(tokenHash: string) {
  return db.partnerInvite.findUnique({
    where: { tokenHash },
    include: {
      application: { include: { applicantCity: true, partnerCity: true, applicant: { select: { name: true } } } },
    },
  });
}
