import { type OrganisationKind } from '@/lib/enums';
import type { TApplicationDraft } from '@/lib/validation/application';

type Choice<K extends keyof TApplicationDraft> = NonNullable<TApplicationDraft[K]> | '';
type Org = { name: string; kind: OrganisationKind | ''; website: string };

/** The wizard's form state: every field present, selects as strings ('' = nothing chosen). */
export type WizardValues = {
  applicantType: Choice<'applicantType'>;
  countriesConfirmed: boolean;
  applicantCityId: string;
  partnerCityId: string;
  partnershipStatus: Choice<'partnershipStatus'>;
  twinnedSinceYear: string;
  applicantOrganisations: Org[];
  partnerOrganisations: Org[];
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
  contactSocial: string[];
  answerWho: string;
  answerHopes: string;
  answerMotivation: string;
  answerOther: string;
  answerLanguage: string;
  selfDeclaration: boolean;
  consent: boolean;
};

export function toWizardValues(d: Partial<Required<TApplicationDraft>>): WizardValues {
  const orgs = (list?: TApplicationDraft['applicantOrganisations']): Org[] =>
    (list ?? []).map((o) => ({ name: o.name ?? '', kind: o.kind ?? '', website: o.website ?? '' }));
  return {
    applicantType: d.applicantType ?? '',
    countriesConfirmed: d.countriesConfirmed ?? false,
    applicantCityId: d.applicantCityId ?? '',
    partnerCityId: d.partnerCityId ?? '',
    partnershipStatus: d.partnershipStatus ?? '',
    twinnedSinceYear: d.twinnedSinceYear == null ? '' : String(d.twinnedSinceYear),
    applicantOrganisations: orgs(d.applicantOrganisations).length
      ? orgs(d.applicantOrganisations)
      : [{ name: '', kind: '', website: '' }],
    partnerOrganisations: orgs(d.partnerOrganisations).length
      ? orgs(d.partnerOrganisations)
      : [{ name: '', kind: '', website: '' }],
    contactName: d.contactName ?? '',
    contactRole: d.contactRole ?? '',
    contactEmail: d.contactEmail ?? '',
    contactPhone: d.contactPhone ?? '',
    contactSocial: d.contactSocial ?? [],
    answerWho: d.answerWho ?? '',
    answerHopes: d.answerHopes ?? '',
    answerMotivation: d.answerMotivation ?? '',
    answerOther: d.answerOther ?? '',
    answerLanguage: d.answerLanguage ?? '',
    selfDeclaration: d.selfDeclaration ?? false,
    consent: d.consent ?? false,
  };
}

const orNull = (s: string) => (s === '' ? null : s);

/** Form state → the shape the schemas (and the server) take: '' becomes null, blank rows go. */
export function fromWizardValues(v: WizardValues) {
  const orgs = (list: Org[]) =>
    list
      .filter((o) => o.name.trim() || o.website.trim() || o.kind)
      .map((o) => ({ name: o.name, kind: orNull(o.kind), website: o.website }));
  const year = v.twinnedSinceYear.trim();
  return {
    applicantType: orNull(v.applicantType),
    countriesConfirmed: v.countriesConfirmed,
    applicantCityId: orNull(v.applicantCityId),
    partnerCityId: orNull(v.partnerCityId),
    partnershipStatus: orNull(v.partnershipStatus),
    twinnedSinceYear: year === '' ? null : Number(year),
    applicantOrganisations: orgs(v.applicantOrganisations),
    partnerOrganisations: orgs(v.partnerOrganisations),
    contactName: v.contactName,
    contactRole: v.contactRole,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    contactSocial: v.contactSocial.map((s) => s.trim()).filter(Boolean),
    answerWho: v.answerWho,
    answerHopes: v.answerHopes,
    answerMotivation: v.answerMotivation,
    answerOther: v.answerOther,
    answerLanguage: orNull(v.answerLanguage),
    selfDeclaration: v.selfDeclaration,
    consent: v.consent,
  };
}

/** The message of a (possibly nested, e.g. `partnerOrganisations.0.name`) react-hook-form error. */
export function errorMessageAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const p of path.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[p] : undefined;
  return node && typeof node === 'object' && 'message' in node ? (node as { message?: string }).message : undefined;
}
