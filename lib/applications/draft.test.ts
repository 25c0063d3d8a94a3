import { describe, expect, it } from 'vitest';
import { ZApplicationDraftSchema } from '@/lib/validation/application';
import { fromWizardValues, toWizardValues } from '@/components/wizard/form-values';
import { DRAFT_COLUMNS } from './fields';
import { contentOf, toDraft, type ApplicationRow } from './draft';

const kyiv = { nameEn: 'Kyiv', nameDe: 'Kyjiw', nameRu: 'Киев', nameUk: 'Київ', country: 'UA' as const };
const row: ApplicationRow = {
  applicantType: 'TWINNING_ASSOCIATION',
  countriesConfirmed: true,
  applicantCityId: 'leipzig',
  partnerCityId: 'kyiv',
  partnershipStatus: 'TWINNED',
  twinnedSinceYear: 1961,
  contactName: 'Olena Koval',
  contactRole: null,
  contactEmail: 'olena@example.org',
  contactPhone: '+380 44 000 00 00',
  contactSocial: ['https://example.org/olena'],
  answerWho: 'Два міста, одна річка.',
  answerHopes: 'Joint youth work',
  answerMotivation: 'Because',
  answerOther: null,
  answerLanguage: 'uk',
  selfDeclaration: true,
  consentAt: new Date('2026-01-01T00:00:00Z'),
  organisations: [
    { side: 'PARTNER', position: 1, organisation: { name: 'Second', kind: 'CLUB', website: null } },
    {
      side: 'PARTNER',
      position: 0,
      organisation: { name: 'First', kind: 'ASSOCIATION', website: 'https://a.example' },
    },
    { side: 'APPLICANT', position: 0, organisation: { name: 'Verein', kind: 'ASSOCIATION', website: null } },
  ],
  applicantCity: null,
  partnerCity: kyiv,
  version: 3,
  status: 'DRAFT',
  submittedSnapshot: null,
  submittedAt: null,
  updatedAt: new Date('2026-02-01T10:00:00Z'),
};

describe('the application draft, from one field list', () => {
  it('reads a row back as the draft: empty text as "", organisations per side in their order, consent as a flag', () => {
    const draft = toDraft(row);
    expect(draft.contactRole).toBe('');
    expect(draft.answerOther).toBe('');
    expect(draft.answerWho).toBe('Два міста, одна річка.');
    expect(draft.partnerOrganisations.map((o) => o.name)).toEqual(['First', 'Second']);
    expect(draft.applicantOrganisations).toEqual([{ name: 'Verein', kind: 'ASSOCIATION', website: '' }]);
    expect(draft.consent).toBe(true);
    expect(ZApplicationDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('goes through the wizard form and back without losing a field', () => {
    const draft = toDraft(row);
    const back = fromWizardValues(toWizardValues(draft));
    expect(back).toEqual({ ...draft, contactRole: '', answerOther: '' });
  });

  it('shows the frozen submission once there is one, else the live draft dated by its last save', () => {
    expect(contentOf(row).submittedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(contentOf(row).partnerCity).toEqual(kyiv);
    const frozen = { ...contentOf(row), answerWho: 'as submitted' };
    expect(contentOf({ ...row, status: 'SUBMITTED', submittedSnapshot: frozen }).answerWho).toBe('as submitted');
  });

  it('lists every field of the draft schema once: a column copied as it is, or one of the three with a rule', () => {
    const withRules = ['applicantOrganisations', 'partnerOrganisations', 'consent'];
    expect([...DRAFT_COLUMNS, ...withRules].sort()).toEqual(Object.keys(ZApplicationDraftSchema.shape).sort());
  });
});
