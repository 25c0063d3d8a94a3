// The database's enums, for the browser and the server alike. Prisma generates them as plain objects
// (server/generated/prisma/enums.ts, no database code); this is the one file in lib/ that imports from
// server/generated (eslint.config.mjs), so that no one writes a union of them by hand again.
import {
  ApplicantType,
  Country,
  MaterialKind,
  OrganisationKind,
  WorkingLanguage,
  WorkshopFormat,
  type WorkshopStage,
} from '@/server/generated/prisma/enums';

export * from '@/server/generated/prisma/enums';

/** The four workshops of a pair in the programme's order: each stage builds on the ones before it. */
export const STAGES = [
  'INITIATIVE_A',
  'INITIATIVE_B',
  'MATCH_SPRINT',
  'SPRINT_SUCCEED',
] as const satisfies readonly WorkshopStage[];
export type Stage = WorkshopStage;

/** An enum's values in the schema's order, for selects and checkboxes. */
const valuesOf = <T extends string>(e: Record<string, T>): readonly T[] => Object.values(e);

export const COUNTRIES = valuesOf(Country);
export const APPLICANT_TYPES = valuesOf(ApplicantType);
export const ORGANISATION_KINDS = valuesOf(OrganisationKind);
export const WORKSHOP_FORMATS = valuesOf(WorkshopFormat);
export const WORKING_LANGUAGES = valuesOf(WorkingLanguage);
export const MATERIAL_KINDS = valuesOf(MaterialKind);
