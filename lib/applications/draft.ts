import type { Country, OrganisationKind } from '@/lib/enums';
import type { TApplicationDraft, TOrganisationInput } from '@/lib/validation/application';
import { CHOICE_FIELDS, FLAG_FIELDS, TEXT_FIELDS, eachField, type TextField } from './fields';

type Draft = Required<TApplicationDraft>;
type CityNames = { nameEn: string; nameDe: string; nameRu: string; nameUk: string; country: Country };

/** What these mappers read of an application row (the database's shape, named structurally so lib/ stays pure). */
export type ApplicationRow = { [K in TextField]: string | null } & Pick<
  Draft,
  (typeof CHOICE_FIELDS)[number] | (typeof FLAG_FIELDS)[number] | 'twinnedSinceYear' | 'contactSocial'
> & {
    consentAt: Date | null;
    organisations: {
      side: 'APPLICANT' | 'PARTNER';
      position: number;
      organisation: { name: string; kind: OrganisationKind; website: string | null };
    }[];
    applicantCity: CityNames | null;
    partnerCity: CityNames | null;
    version: number;
    status: string;
    submittedSnapshot: unknown;
    submittedAt: Date | null;
    updatedAt: Date;
  };

function organisationsOf(app: ApplicationRow, side: 'APPLICANT' | 'PARTNER'): TOrganisationInput[] {
  return app.organisations
    .filter((o) => o.side === side)
    .sort((a, b) => a.position - b.position)
    .map((o) => ({ name: o.organisation.name, kind: o.organisation.kind, website: o.organisation.website ?? '' }));
}

/** The draft as the wizard edits it (all fields, in the form's shape). */
export function toDraft(app: ApplicationRow): Draft {
  return {
    ...eachField(TEXT_FIELDS, (f) => app[f] ?? ''),
    ...eachField(CHOICE_FIELDS, (f) => app[f]),
    ...eachField(FLAG_FIELDS, (f) => app[f]),
    twinnedSinceYear: app.twinnedSinceYear,
    contactSocial: app.contactSocial,
    applicantOrganisations: organisationsOf(app, 'APPLICANT'),
    partnerOrganisations: organisationsOf(app, 'PARTNER'),
    consent: app.consentAt !== null,
  } as Draft;
}

/** What was submitted, frozen: the PDF and reviewers read this. */
export type ApplicationSnapshot = Draft & {
  version: number;
  submittedAt: string;
  applicantCity: CityNames | null;
  partnerCity: CityNames | null;
};

export function buildSnapshot(app: ApplicationRow, submittedAt: Date): ApplicationSnapshot {
  const city = (c: CityNames | null) =>
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
export function contentOf(app: ApplicationRow): ApplicationSnapshot {
  if (app.status !== 'DRAFT' && app.submittedSnapshot) return app.submittedSnapshot as ApplicationSnapshot;
  // Applications imported without a snapshot show their columns, dated by their submission.
  return buildSnapshot(app, app.status !== 'DRAFT' && app.submittedAt ? app.submittedAt : app.updatedAt);
}
