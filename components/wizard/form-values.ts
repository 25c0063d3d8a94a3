import { type OrganisationKind } from '@/lib/enums';
import type { TApplicationDraft } from '@/lib/validation/application';
import {
  CHOICE_FIELDS,
  FLAG_FIELDS,
  TEXT_FIELDS,
  eachField,
  type ChoiceField,
  type FlagField,
  type TextField,
} from '@/lib/applications/fields';

type Choice<K extends keyof TApplicationDraft> = NonNullable<TApplicationDraft[K]> | '';
type Org = { name: string; kind: OrganisationKind | ''; website: string };

/** The wizard's form state: every field present, selects as strings ('' = nothing chosen). */
export type WizardValues = { [K in TextField]: string } & { [K in ChoiceField]: Choice<K> } & {
  [K in FlagField]: boolean;
} & {
  twinnedSinceYear: string;
  applicantOrganisations: Org[];
  partnerOrganisations: Org[];
  contactSocial: string[];
  consent: boolean;
};

export function toWizardValues(d: Partial<Required<TApplicationDraft>>): WizardValues {
  const orgs = (list?: TApplicationDraft['applicantOrganisations']): Org[] => {
    const rows = (list ?? []).map((o): Org => ({ name: o.name ?? '', kind: o.kind ?? '', website: o.website ?? '' }));
    // An empty side shows one blank row to fill in.
    return rows.length ? rows : [{ name: '', kind: '', website: '' }];
  };
  return {
    ...eachField(TEXT_FIELDS, (f) => d[f] ?? ''),
    ...eachField(CHOICE_FIELDS, (f) => d[f] ?? ''),
    ...eachField(FLAG_FIELDS, (f) => d[f] ?? false),
    twinnedSinceYear: d.twinnedSinceYear == null ? '' : String(d.twinnedSinceYear),
    applicantOrganisations: orgs(d.applicantOrganisations),
    partnerOrganisations: orgs(d.partnerOrganisations),
    contactSocial: d.contactSocial ?? [],
    consent: d.consent ?? false,
  } as WizardValues;
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
    ...eachField(TEXT_FIELDS, (f) => v[f]),
    ...eachField(CHOICE_FIELDS, (f) => orNull(v[f])),
    ...eachField(FLAG_FIELDS, (f) => v[f]),
    twinnedSinceYear: year === '' ? null : Number(year),
    applicantOrganisations: orgs(v.applicantOrganisations),
    partnerOrganisations: orgs(v.partnerOrganisations),
    contactSocial: v.contactSocial.map((s) => s.trim()).filter(Boolean),
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
