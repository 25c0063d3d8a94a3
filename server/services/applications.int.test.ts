import { beforeAll, describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor, seedCities } from '../test/helpers';
import {
  discardDraft,
  returnForChanges,
  saveDraft,
  saveStep,
  submitApplication,
  withdrawApplication,
} from './applications';
import {
  acceptInvite,
  confirmAsPartner,
  endorseApplication,
  inviteToApplication,
  savePartnerOrganisations,
  viewInvite,
} from './application-people';
import { addCustomCity } from './cities';
import { getApplicationForViewer } from '../queries/applications';
import { queueApplicationReminders } from '../scheduled/application-reminders';
import { formatMailDate } from '../mail-compose';
import { createCall } from '@/prisma/factories';
import { daysFrom, deadlineOn, editionDates } from '@/prisma/timeline';

let cities: Awaited<ReturnType<typeof seedCities>>;
let openCallId: string;
let closedCallId: string;

// Editions are made from today's clock, so the suite holds on any day.
const now = new Date();
const openDates = editionDates(now, 'open');

beforeAll(async () => {
  cities = await seedCities();
  openCallId = (await createCall(db, { ...openDates, slug: `open-${Date.now()}`, contactEmail: 'booster@example.org' }))
    .id;
  // Still marked open, but its deadline passed yesterday.
  closedCallId = (
    await createCall(db, {
      ...editionDates(now, 'closed'),
      slug: `past-${Date.now()}`,
      status: 'OPEN',
      contactEmail: 'booster@example.org',
    })
  ).id;
});

function completeDraft() {
  return {
    applicantType: 'CITY_ADMINISTRATION' as const,
    countriesConfirmed: true,
    applicantCityId: cities.kharkiv!.id,
    partnerCityId: cities.nuernberg!.id,
    partnershipStatus: 'TWINNED' as const,
    twinnedSinceYear: 1990,
    applicantOrganisations: [{ name: 'Харківська міська рада', kind: 'ADMINISTRATION' as const, website: '' }],
    partnerOrganisations: [
      { name: 'Partnerschaftsverein Nürnberg–Charkiw', kind: 'ASSOCIATION' as const, website: 'https://example.org' },
    ],
    contactName: 'Ірина Коваленко',
    contactRole: 'Координаторка',
    contactEmail: 'iryna@example.org',
    contactPhone: '+380 57 123 4567',
    contactSocial: ['https://example.org/iryna'],
    answerWho: 'Ми — громадська ініціатива з Харкова.',
    answerHopes: 'Спільні молодіжні обміни та культурні проєкти.',
    answerMotivation: 'Навчитися нових форматів співпраці.',
    answerOther: '',
    answerLanguage: 'uk' as const,
    selfDeclaration: true,
    consent: true,
  };
}

async function submittedApplication() {
  const applicant = await makeActor({ locale: 'uk' });
  await saveDraft(applicant, { callId: openCallId, data: completeDraft() });
  const { id } = await submitApplication(applicant, { callId: openCallId });
  return { applicant, id };
}

describe('drafts', () => {
  it('autosaves a partial draft (lenient) and resumes it with organisations in order', async () => {
    const applicant = await makeActor();
    const first = await saveDraft(applicant, { callId: openCallId, data: { answerWho: 'Half an answer' } });
    const second = await saveDraft(applicant, {
      callId: openCallId,
      data: {
        applicantCityId: cities.leipzig!.id,
        applicantOrganisations: [
          { name: 'B club', kind: 'CLUB' },
          { name: 'A office', kind: null },
        ],
      },
    });
    expect(second.id).toBe(first.id);
    expect(second.version).toBeGreaterThan(first.version);
    const app = await getApplicationForViewer(applicant, first.id);
    expect(app?.answerWho).toBe('Half an answer');
    expect(app?.organisations.sort((a, b) => a.position - b.position).map((o) => o.organisation.name)).toEqual([
      'B club',
      'A office',
    ]);
  });

  it('gives field errors for an over-long answer and an unknown city, and keeps what was saved', async () => {
    const applicant = await makeActor();
    await saveDraft(applicant, { callId: openCallId, data: { answerHopes: 'kept' } });
    await expectAppError(
      saveDraft(applicant, { callId: openCallId, data: { answerHopes: 'x'.repeat(3001) } }),
      'VALIDATION',
      { 'data.answerHopes': 'validation.tooLong' },
    );
    await expectAppError(
      saveDraft(applicant, { callId: openCallId, data: { applicantCityId: 'no-such-city' } }),
      'VALIDATION',
      { applicantCityId: 'validation.cityRequired' },
    );
    const app = await db.application.findUniqueOrThrow({
      where: { callId_applicantId: { callId: openCallId, applicantId: applicant.id } },
    });
    expect(app.answerHopes).toBe('kept');
  });

  it('checks each step strictly on "next" with the same messages as the browser', async () => {
    const applicant = await makeActor();
    await expectAppError(
      saveStep(applicant, {
        callId: openCallId,
        step: 'cities',
        data: {
          applicantCityId: cities.kyiv!.id,
          partnerCityId: cities.kyiv!.id,
          partnershipStatus: 'TWINNED',
          twinnedSinceYear: 1800,
        },
      }),
      'VALIDATION',
      { partnerCityId: 'validation.differentCities', twinnedSinceYear: 'validation.year' },
    );
    await expectAppError(
      saveStep(applicant, {
        callId: openCallId,
        step: 'contact',
        data: { contactName: 'A', contactRole: 'B', contactEmail: 'nope', contactPhone: 'abc', contactSocial: [] },
      }),
      'VALIDATION',
      {
        contactEmail: 'validation.email',
        contactPhone: 'validation.phone',
      },
    );
    const ok = await saveStep(applicant, {
      callId: openCallId,
      step: 'eligibility',
      data: { applicantType: 'BACKED_INITIATIVE', countriesConfirmed: true },
    });
    expect(ok.next).toBe('cities');
  });

  it('refuses drafts and submissions after the deadline', async () => {
    const applicant = await makeActor();
    await expectAppError(saveDraft(applicant, { callId: closedCallId, data: completeDraft() }), 'CONFLICT', {
      _form: 'validation.deadlinePassed',
    });
    expect(await db.application.count({ where: { callId: closedCallId } })).toBe(0);
  });

  it('discards a never-submitted draft', async () => {
    const applicant = await makeActor();
    const { id } = await saveDraft(applicant, { callId: openCallId, data: { answerWho: 'x' } });
    await discardDraft(applicant, { applicationId: id });
    expect(await db.application.findUnique({ where: { id } })).toBeNull();
  });
});

describe('submitting', () => {
  it('sends an incomplete draft back with field errors', async () => {
    const applicant = await makeActor();
    await saveDraft(applicant, {
      callId: openCallId,
      data: { ...completeDraft(), answerMotivation: '', selfDeclaration: false },
    });
    await expectAppError(submitApplication(applicant, { callId: openCallId }), 'VALIDATION', {
      answerMotivation: 'validation.required',
      selfDeclaration: 'validation.mustConfirm',
    });
  });

  it('creates one submission from two simultaneous submits, freezes a snapshot and e-mails the applicant once', async () => {
    const applicant = await makeActor({ locale: 'uk' });
    await saveDraft(applicant, { callId: openCallId, data: completeDraft() });
    const results = await Promise.all([
      submitApplication(applicant, { callId: openCallId }),
      submitApplication(applicant, { callId: openCallId }),
    ]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    const app = await db.application.findUniqueOrThrow({ where: { id: results[0]!.id } });
    expect(app.status).toBe('SUBMITTED');
    expect((app.submittedSnapshot as { answerWho: string }).answerWho).toBe('Ми — громадська ініціатива з Харкова.');
    expect(await db.auditEvent.count({ where: { entityId: app.id, action: 'application.submit' } })).toBe(1);
    const mails = await db.outboxEmail.findMany({ where: { toEmail: applicant.email, kind: 'application.submitted' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(String(openDates.year));
    expect(mails[0]!.locale).toBe('uk');
    // Nothing can be changed after submission.
    await expectAppError(saveDraft(applicant, { callId: openCallId, data: { answerWho: 'changed' } }), 'CONFLICT');
  });
});

describe('partner, endorsement, return and withdraw', () => {
  it('names the inviter by their organisation when they gave no name, on the invitation page and in the e-mail', async () => {
    const applicant = await makeActor();
    await db.user.update({ where: { id: applicant.id }, data: { name: null } });
    const { id } = await saveDraft(applicant, { callId: openCallId, data: completeDraft() });
    const partner = await makeActor({ email: `named-${Date.now()}@example.org`, locale: 'uk' });
    await inviteToApplication(applicant, { applicationId: id, kind: 'PARTNER', email: partner.email, locale: 'uk' });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { toEmail: partner.email, kind: 'application.partnerInvite' },
    });
    expect(mail.text).toContain('Харківська міська рада');
    expect(mail.text).not.toContain(applicant.email);
    const token = mail.text.match(/\/invites\/([A-Za-z0-9_-]+)/)![1]!;
    const view = await viewInvite(partner, token, 'uk');
    expect(view.state === 'open' && view.inviter).toBe('Харківська міська рада');
  });

  it('invites the partner, who accepts, edits only while a draft, and confirms; both see each other', async () => {
    const applicant = await makeActor();
    const { id } = await saveDraft(applicant, { callId: openCallId, data: completeDraft() });
    const partner = await makeActor({ email: `partner-${Date.now()}@example.org`, locale: 'de' });
    await expectAppError(
      inviteToApplication(applicant, { applicationId: id, kind: 'PARTNER', email: applicant.email, locale: 'de' }),
      'VALIDATION',
      { email: 'validation.notYourself' },
    );
    await inviteToApplication(applicant, { applicationId: id, kind: 'PARTNER', email: partner.email, locale: 'de' });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { toEmail: partner.email, kind: 'application.partnerInvite' },
    });
    expect(mail.locale).toBe('de');
    const token = mail.text.match(/\/invites\/([A-Za-z0-9_-]+)/)![1]!;
    // Before accepting, the partner cannot see the application.
    expect(await getApplicationForViewer(partner, id)).toBeNull();
    await acceptInvite(partner, { token });
    expect(await getApplicationForViewer(partner, id)).not.toBeNull();
    // Someone else cannot reuse the token.
    const stranger = await makeActor();
    await expectAppError(acceptInvite(stranger, { token }), 'NOT_FOUND');
    await savePartnerOrganisations(partner, {
      applicationId: id,
      partnerOrganisations: [{ name: 'Stadt Nürnberg', kind: 'ADMINISTRATION', website: '' }],
    });
    await confirmAsPartner(partner, { applicationId: id });
    const app = await getApplicationForViewer(applicant, id);
    expect(app?.partnerUserId).toBe(partner.id);
    expect(app?.partnerConfirmedAt).not.toBeNull();
    expect(app?.organisations.find((o) => o.side === 'PARTNER')?.organisation.name).toBe('Stadt Nürnberg');
    // The partner may not edit the applicant's parts.
    await expectAppError(discardDraft(partner, { applicationId: id }), 'NOT_FOUND');
  });

  it('lets a verified official of the applicant city endorse a submitted application, and nobody else', async () => {
    const { applicant, id } = await submittedApplication();
    const official = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.kharkiv!.id,
      officialVerifiedAt: new Date(),
    });
    const partnerCityOfficial = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.nuernberg!.id,
      officialVerifiedAt: new Date(),
    });
    const unverified = await makeActor({ role: 'CITY_OFFICIAL', officialCityId: cities.kharkiv!.id });
    await expectAppError(endorseApplication(unverified, { applicationId: id, confirmed: true }), 'NOT_FOUND');
    await expectAppError(endorseApplication(partnerCityOfficial, { applicationId: id, confirmed: true }), 'NOT_FOUND');
    await expectAppError(endorseApplication(official, { applicationId: id, confirmed: false }), 'VALIDATION', {
      confirmed: 'validation.mustConfirm',
    });
    await endorseApplication(official, { applicationId: id, confirmed: true, note: 'Підтримуємо.' });
    await endorseApplication(official, { applicationId: id, confirmed: true });
    const endorsements = await db.endorsement.findMany({ where: { applicationId: id } });
    expect(endorsements).toHaveLength(1);
    expect(endorsements[0]).toMatchObject({ officialId: official.id, status: 'CONFIRMED', note: 'Підтримуємо.' });
    expect(await db.outboxEmail.count({ where: { toEmail: applicant.email, kind: 'application.endorsed' } })).toBe(1);
  });

  it('an invited official becomes an unverified official of the city and endorses after verification', async () => {
    const { applicant, id } = await submittedApplication();
    const email = `mayor-${Date.now()}@example.org`;
    await inviteToApplication(applicant, { applicationId: id, kind: 'OFFICIAL', email, locale: 'uk' });
    const token = (await db.outboxEmail.findFirstOrThrow({ where: { toEmail: email } })).text.match(
      /\/invites\/([A-Za-z0-9_-]+)/,
    )![1]!;
    const person = await makeActor({ email, name: 'Олена Мерія' });
    const coordinator = await makeActor({ role: 'COORDINATOR', locale: 'de' });
    // Not verified yet, they cannot open the application: they are sent to their dashboard, which says why.
    expect(await acceptInvite(person, { token })).toEqual({ applicationId: id, next: 'dashboard' });
    // Every coordinator is told, in their own language, with the link to the people page.
    const told = await db.outboxEmail.findFirstOrThrow({
      where: { toEmail: coordinator.email, kind: 'official.request' },
    });
    expect(told.subject).toBe('Олена Мерія bittet um Bestätigung als Vertretung der Stadtverwaltung Charkiw');
    expect(told.text).toContain('/de/coordinator/people');
    const user = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(user).toMatchObject({ role: 'CITY_OFFICIAL', officialCityId: cities.kharkiv!.id, officialVerifiedAt: null });
    const unverifiedActor = {
      ...person,
      role: 'CITY_OFFICIAL' as const,
      officialCityId: cities.kharkiv!.id,
      isVerifiedOfficial: false,
    };
    await expectAppError(endorseApplication(unverifiedActor, { applicationId: id, confirmed: true }), 'NOT_FOUND');
    await endorseApplication({ ...unverifiedActor, isVerifiedOfficial: true }, { applicationId: id, confirmed: true });
    const endorsements = await db.endorsement.findMany({ where: { applicationId: id } });
    expect(endorsements).toHaveLength(1);
    expect(endorsements[0]).toMatchObject({ officialId: person.id, status: 'CONFIRMED', invitedEmail: email });
  });

  it('a coordinator returns an application: back to draft, confirmation and endorsement reset, applicant told', async () => {
    const { applicant, id } = await submittedApplication();
    const official = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.kharkiv!.id,
      officialVerifiedAt: new Date(),
    });
    await endorseApplication(official, { applicationId: id, confirmed: true });
    await db.application.update({ where: { id }, data: { partnerConfirmedAt: new Date() } });
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    await expectAppError(returnForChanges(applicant, { applicationId: id, message: 'x' }), 'NOT_FOUND');
    await expectAppError(returnForChanges(coordinator, { applicationId: id, message: '  ' }), 'VALIDATION', {
      message: 'validation.required',
    });
    await returnForChanges(coordinator, { applicationId: id, message: 'Please describe the partner organisations.' });
    const app = await db.application.findUniqueOrThrow({ where: { id }, include: { endorsements: true } });
    expect(app).toMatchObject({
      status: 'DRAFT',
      partnerConfirmedAt: null,
      returnMessage: 'Please describe the partner organisations.',
    });
    expect(app.endorsements.every((e) => e.status === 'PENDING' && e.confirmedAt === null)).toBe(true);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { toEmail: applicant.email, kind: 'application.returned' },
    });
    expect(mail.text).toContain('Please describe the partner organisations.');
    // It can be changed and submitted again as a new version.
    await saveDraft(applicant, { callId: openCallId, data: { answerOther: 'Added the organisations.' } });
    const again = await submitApplication(applicant, { callId: openCallId });
    expect(again.alreadySubmitted).toBe(false);
    const snapshot = (await db.application.findUniqueOrThrow({ where: { id } })).submittedSnapshot as {
      answerOther: string;
      version: number;
    };
    expect(snapshot.answerOther).toBe('Added the organisations.');
  });

  it('the applicant withdraws before a decision, not after', async () => {
    const { applicant, id } = await submittedApplication();
    const other = await makeActor();
    await expectAppError(withdrawApplication(other, { applicationId: id }), 'NOT_FOUND');
    await withdrawApplication(applicant, { applicationId: id });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('WITHDRAWN');
    const decided = await submittedApplication();
    await db.application.update({ where: { id: decided.id }, data: { status: 'SELECTED' } });
    await expectAppError(withdrawApplication(decided.applicant, { applicationId: decided.id }), 'CONFLICT', {
      _form: 'application.errors.decided',
    });
  });
});

describe('custom cities', () => {
  it('adds a city that is not in the list once, then finds it again', async () => {
    const applicant = await makeActor();
    const name = `Nowhereville ${Date.now()}`;
    const first = await addCustomCity(applicant, { name, country: 'UA' }, 'uk');
    const second = await addCustomCity(applicant, { name, country: 'UA' }, 'uk');
    expect(second.id).toBe(first.id);
    expect(first.timeZone).toBe('Europe/Kyiv');
    await expectAppError(addCustomCity(applicant, { name: '', country: 'FR' }, 'en'), 'VALIDATION', {
      name: 'validation.required',
      country: 'validation.chooseOne',
    });
  });
});

describe('reminders', () => {
  it('reminds a draft near the deadline and missing confirmations once per period, in the recipient language', async () => {
    // The deadline is in three days: within the week in which drafts are reminded.
    const soon = await createCall(db, {
      ...openDates,
      slug: `soon-${Date.now()}`,
      applicationDeadline: deadlineOn(now, 3),
      deadlineTimeZone: 'Europe/Kyiv',
      contactEmail: 'b@example.org',
    });
    const drafter = await makeActor({ locale: 'ru' });
    await saveDraft(drafter, { callId: soon.id, data: { answerWho: 'Черновик' } });
    const { applicant, id } = await submittedApplication();
    await db.application.update({ where: { id }, data: { submittedAt: daysFrom(now, -3) } });
    await queueApplicationReminders(now);
    await queueApplicationReminders(now);
    const draftMails = await db.outboxEmail.findMany({
      where: { toEmail: drafter.email, kind: 'application.draftDeadline' },
    });
    expect(draftMails).toHaveLength(1);
    expect(draftMails[0]!.locale).toBe('ru');
    // The deadline on the edition's own clock, with the zone named, not Berlin's.
    expect(draftMails[0]!.text).toContain(formatMailDate(soon.applicationDeadline, 'ru', 'Europe/Kyiv'));
    expect(draftMails[0]!.text).not.toContain(formatMailDate(soon.applicationDeadline, 'ru', 'Europe/Berlin'));
    expect(
      await db.outboxEmail.count({ where: { toEmail: applicant.email, kind: 'application.partnerMissing' } }),
    ).toBe(1);
    expect(
      await db.outboxEmail.count({ where: { toEmail: applicant.email, kind: 'application.endorsementMissing' } }),
    ).toBe(1);
  });
});

describe("another person's application", () => {
  it('is a 404 for reading, editing, inviting, confirming, endorsing and withdrawing', async () => {
    const owner = await makeActor();
    const { id } = await saveDraft(owner, { callId: openCallId, data: completeDraft() });
    await submitApplication(owner, { callId: openCallId });
    const stranger = await makeActor();
    const strangerOfficial = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.minsk!.id,
      officialVerifiedAt: new Date(),
    });
    expect(await getApplicationForViewer(stranger, id)).toBeNull();
    expect(await getApplicationForViewer(strangerOfficial, id)).toBeNull();
    await expectAppError(
      inviteToApplication(stranger, { applicationId: id, kind: 'PARTNER', email: 'x@example.org', locale: 'en' }),
      'NOT_FOUND',
    );
    await expectAppError(
      savePartnerOrganisations(stranger, {
        applicationId: id,
        partnerOrganisations: [{ name: 'X', kind: 'CLUB', website: '' }],
      }),
      'NOT_FOUND',
    );
    await expectAppError(confirmAsPartner(stranger, { applicationId: id }), 'NOT_FOUND');
    await expectAppError(endorseApplication(strangerOfficial, { applicationId: id, confirmed: true }), 'NOT_FOUND');
    await expectAppError(withdrawApplication(stranger, { applicationId: id }), 'NOT_FOUND');
    await expectAppError(discardDraft(stranger, { applicationId: id }), 'NOT_FOUND');
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe('SUBMITTED');
  });

  it('bad input to invitations and acceptance is a field error or a 404, never a crash', async () => {
    const owner = await makeActor();
    const { id } = await saveDraft(owner, { callId: openCallId, data: completeDraft() });
    await expectAppError(
      inviteToApplication(owner, { applicationId: id, kind: 'PARTNER', email: 'not an e-mail', locale: 'de' }),
      'VALIDATION',
      { email: 'validation.email' },
    );
    await expectAppError(
      inviteToApplication(owner, { applicationId: id, kind: 'SOMEONE', email: 'a@example.org', locale: 'de' }),
      'VALIDATION',
    );
    await expectAppError(acceptInvite(owner, { token: 'x'.repeat(40) }), 'NOT_FOUND');
    await expectAppError(acceptInvite(owner, { token: 42 }), 'VALIDATION');
    await expectAppError(
      saveDraft(owner, { callId: openCallId, data: { applicantType: 'MAYOR', contactSocial: 'nope' } }),
      'VALIDATION',
    );
  });

  it('the partner gets a confirmation e-mail in their own language when the application is submitted', async () => {
    const owner = await makeActor({ locale: 'uk' });
    const { id } = await saveDraft(owner, { callId: openCallId, data: completeDraft() });
    const partner = await makeActor({ email: `p-${Date.now()}@example.org`, locale: 'de' });
    await db.application.update({ where: { id }, data: { partnerUserId: partner.id } });
    await submitApplication(owner, { callId: openCallId });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { toEmail: partner.email, kind: 'application.submittedPartner' },
    });
    expect(mail.locale).toBe('de');
    expect(mail.subject).toBe('Die Bewerbung von Charkiw und Nürnberg wurde eingereicht');
  });
});
