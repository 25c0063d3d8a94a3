import { APPLICANT_TYPES, ORGANISATION_KINDS, COUNTRIES, PartnershipStatus } from '@/lib/enums';
import { z } from 'zod';
import { locales } from '@/i18n/routing';
import { ANSWER_MAX, TEXT_FIELDS, TEXT_MAX, eachField } from '@/lib/applications/fields';

export const ORGANISATIONS_MAX = 5;
export const SOCIAL_LINKS_MAX = 5;
export const FIRST_TWINNING_YEAR = 1945;

export { ANSWER_FIELDS, ANSWER_MAX } from '@/lib/applications/fields';

export const WIZARD_STEPS = [
  'eligibility',
  'cities',
  'organisations',
  'contact',
  'answers',
  'declaration',
  'review',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');
const id = z.string().min(1, 'validation.cityRequired').max(64);
const currentYear = () => new Date().getUTCFullYear();

const ZOrganisationSchema = z.object({
  name: required(200),
  kind: z.enum(ORGANISATION_KINDS, { error: 'validation.required' }),
  website: z
    .union([z.literal(''), z.url({ error: 'validation.url', protocol: /^https?$/ }).max(300, 'validation.tooLong')])
    .optional(),
});
export type TOrganisationInput = z.infer<typeof ZOrganisationSchema>;

// ---- Strict step schemas: "next" and submit, in the browser and in the action ----

export const ZEligibilityStepSchema = z.object({
  applicantType: z.enum(APPLICANT_TYPES, { error: 'validation.chooseOne' }),
  countriesConfirmed: z.literal(true, { error: 'validation.mustConfirm' }),
});

type CitiesValues = {
  applicantCityId?: string | null;
  partnerCityId?: string | null;
  partnershipStatus?: string | null;
  twinnedSinceYear?: number | null;
};

/** Rules across the cities step's fields; the submit schema applies them again. */
function refineCities(v: CitiesValues, ctx: z.RefinementCtx) {
  if (v.applicantCityId && v.applicantCityId === v.partnerCityId) {
    ctx.addIssue({ code: 'custom', path: ['partnerCityId'], message: 'validation.differentCities' });
  }
  if (v.partnershipStatus === 'TWINNED') {
    const y = v.twinnedSinceYear;
    if (y == null || Number.isNaN(y) || y < FIRST_TWINNING_YEAR || y > currentYear()) {
      ctx.addIssue({ code: 'custom', path: ['twinnedSinceYear'], message: 'validation.year' });
    }
  }
}

export const ZCitiesStepSchema = z
  .object({
    applicantCityId: id,
    partnerCityId: id,
    partnershipStatus: z.enum(PartnershipStatus, { error: 'validation.chooseOne' }),
    twinnedSinceYear: z.coerce
      .number<unknown>({ error: 'validation.year' })
      .int('validation.year')
      .nullable()
      .optional(),
  })
  .superRefine(refineCities);

export const ZOrganisationsStepSchema = z.object({
  applicantOrganisations: z
    .array(ZOrganisationSchema)
    .min(1, 'validation.organisationRequired')
    .max(ORGANISATIONS_MAX, 'validation.tooMany'),
  partnerOrganisations: z
    .array(ZOrganisationSchema)
    .min(1, 'validation.organisationRequired')
    .max(ORGANISATIONS_MAX, 'validation.tooMany'),
});

export const ZContactStepSchema = z.object({
  contactName: required(120),
  contactRole: required(120),
  contactEmail: z.email({ error: 'validation.email' }).max(200, 'validation.tooLong'),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{6,30}$/, 'validation.phone'),
  contactSocial: z
    .array(z.url({ error: 'validation.url', protocol: /^https?$/ }).max(300, 'validation.tooLong'))
    .max(SOCIAL_LINKS_MAX, 'validation.tooMany'),
});

const answer = z.string().trim().min(1, 'validation.required').max(ANSWER_MAX, 'validation.answerTooLong');
export const ZAnswersStepSchema = z.object({
  answerWho: answer,
  answerHopes: answer,
  answerMotivation: answer,
  // "Anything else" may stay empty.
  answerOther: z.string().trim().max(ANSWER_MAX, 'validation.answerTooLong'),
  answerLanguage: z.enum(locales, { error: 'validation.chooseOne' }),
});

export const ZDeclarationStepSchema = z.object({
  selfDeclaration: z.literal(true, { error: 'validation.mustConfirm' }),
  consent: z.literal(true, { error: 'validation.mustConfirm' }),
});

export const STEP_SCHEMAS = {
  eligibility: ZEligibilityStepSchema,
  cities: ZCitiesStepSchema,
  organisations: ZOrganisationsStepSchema,
  contact: ZContactStepSchema,
  answers: ZAnswersStepSchema,
  declaration: ZDeclarationStepSchema,
} as const;
export type FormStep = keyof typeof STEP_SCHEMAS;

/** Submit: every step at once. */
export const ZSubmitApplicationSchema = z
  .object({
    ...ZEligibilityStepSchema.shape,
    ...ZCitiesStepSchema.shape,
    ...ZOrganisationsStepSchema.shape,
    ...ZContactStepSchema.shape,
    ...ZAnswersStepSchema.shape,
    ...ZDeclarationStepSchema.shape,
  })
  .superRefine(refineCities);

// ---- Lenient draft schema: types and limits, nothing required (autosave) ----

const loose = (max: number) => z.string().max(max, 'validation.tooLong').nullable().optional();
const looseOrg = z.object({
  name: z.string().max(200, 'validation.tooLong'),
  kind: z.enum(ORGANISATION_KINDS).nullable().optional(),
  website: z.string().max(300, 'validation.tooLong').nullable().optional(),
});

export const ZApplicationDraftSchema = z
  .object({
    applicantType: z.enum(APPLICANT_TYPES).nullable(),
    countriesConfirmed: z.boolean(),
    applicantCityId: z.string().max(64).nullable(),
    partnerCityId: z.string().max(64).nullable(),
    partnershipStatus: z.enum(PartnershipStatus).nullable(),
    twinnedSinceYear: z.coerce.number<unknown>().int().min(0).max(9999).nullable().catch(null),
    applicantOrganisations: z.array(looseOrg).max(ORGANISATIONS_MAX, 'validation.tooMany'),
    partnerOrganisations: z.array(looseOrg).max(ORGANISATIONS_MAX, 'validation.tooMany'),
    contactSocial: z.array(z.string().max(300, 'validation.tooLong')).max(SOCIAL_LINKS_MAX, 'validation.tooMany'),
    ...eachField(TEXT_FIELDS, (f) => loose(TEXT_MAX[f])),
    answerLanguage: z.enum(locales).nullable(),
    selfDeclaration: z.boolean(),
    consent: z.boolean(),
  })
  .partial();
export type TApplicationDraft = z.infer<typeof ZApplicationDraftSchema>;

export const ZReturnForChangesSchema = z.object({ message: required(2000) });
export const ZInvitePartnerSchema = z.object({
  email: z.email({ error: 'validation.email' }).max(200, 'validation.tooLong'),
});
export const ZEndorseSchema = z.object({
  confirmed: z.literal(true, { error: 'validation.mustConfirm' }),
  note: text(1000).optional(),
});
export const ZCustomCitySchema = z.object({
  name: required(120),
  country: z.enum(COUNTRIES, { error: 'validation.chooseOne' }),
});

/** Which step holds a field, so a submit error can send the person back to it. */
export function stepOfField(field: string): FormStep {
  const head = field.split('.')[0]!;
  for (const [step, schema] of Object.entries(STEP_SCHEMAS)) {
    if (head in schema.shape) return step as FormStep;
  }
  return 'declaration';
}
