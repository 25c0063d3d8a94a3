import { beforeAll, describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor, seedCities } from '../test/helpers';
import {
  assignReviewer,
  bulkAssign,
  declareConflict,
  openReview,
  saveCriterion,
  saveReview,
  saveTranslation,
} from './review';
import { decide, discardEmail, promoteFromWaitlist, publishDecisions, releaseEmail, saveTemplate } from './decisions';
import { getRanking } from '../queries/ranking';
import { getReviewWorkspace } from '../queries/review-workspace';
import { listEditionApplications } from '../queries/review';
import { reviewsForCsv } from '../queries/review-exports';
import { createApplication, createCall } from '@/prisma/factories';
import { editionDates } from '@/prisma/timeline';
import { DEFAULT_CRITERIA } from '@/prisma/seed-data/calls';
import { ZApplicationFilterSchema } from '@/lib/validation/review';

// Editions are made from today's clock and review is opened at it, so the suite holds on any day.
const now = new Date();

let cities: Awaited<ReturnType<typeof seedCities>>;
beforeAll(async () => {
  cities = await seedCities();
});

async function edition(opts: { deadlinePassed?: boolean; pairs?: number; status?: 'OPEN' | 'CLOSED' } = {}) {
  const past = opts.deadlinePassed ?? true;
  // Closed for applications unless asked otherwise: closed by its deadline, or early by a coordinator.
  const call = await createCall(db, {
    ...editionDates(now, past ? 'closed' : 'open'),
    status: opts.status ?? 'CLOSED',
    pairsToSelect: opts.pairs ?? 1,
  });
  await db.reviewCriterion.createMany({
    data: DEFAULT_CRITERIA.map((c, position) => ({ callId: call.id, position, ...c })),
  });
  return call;
}

async function application(callId: string, a = 'leipzig', b = 'kyiv') {
  const applicant = await makeActor({ locale: 'ru' });
  const partner = await makeActor({ locale: 'en' });
  const official = await makeActor({
    role: 'CITY_OFFICIAL',
    officialCityId: cities[a]!.id,
    officialVerifiedAt: new Date(),
    locale: 'de',
  });
  const app = await createApplication(db, {
    callId,
    applicantId: applicant.id,
    partnerUserId: partner.id,
    partnerConfirmedAt: new Date(),
    status: 'SUBMITTED',
    applicantCityId: cities[a]!.id,
    partnerCityId: cities[b]!.id,
    submittedAt: new Date(),
    answerWho: 'Wir',
  });
  await db.endorsement.create({
    data: {
      applicationId: app.id,
      cityId: cities[a]!.id,
      officialId: official.id,
      status: 'CONFIRMED',
      confirmedAt: new Date(),
    },
  });
  return { app, applicant, partner, official };
}

async function scoresFor(callId: string, value: number | string) {
  const criteria = await db.reviewCriterion.findMany({ where: { callId }, orderBy: { position: 'asc' } });
  return criteria.map((c) => ({ criterionId: c.id, score: value, comment: 'ok' }));
}

describe('review and selection', () => {
  it('opens review once applications are closed, by the deadline or early, and then freezes the criteria', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const early = await edition({ deadlinePassed: false, status: 'OPEN' });
    await expectAppError(openReview(coordinator, { callId: early.id }, now), 'VALIDATION', {
      _form: 'review.errors.beforeDeadline',
    });
    const draft = await createCall(db, { ...editionDates(now, 'closed'), status: 'DRAFT' });
    await expectAppError(openReview(coordinator, { callId: draft.id }, now), 'VALIDATION', {
      _form: 'review.errors.neverOpened',
    });
    // Closed early (before this version closed straight into review): its review opens before the deadline.
    const closedEarly = await edition({ deadlinePassed: false });
    await openReview(coordinator, { callId: closedEarly.id }, now);
    expect((await db.call.findUniqueOrThrow({ where: { id: closedEarly.id } })).status).toBe('REVIEW');
    const labels = { en: 'Openness', de: 'Offenheit', ru: 'Открытость', uk: 'Відкритість' };
    await saveCriterion(coordinator, { callId: early.id, labels, weight: '1,5' });
    expect((await db.reviewCriterion.findFirstOrThrow({ where: { callId: early.id, key: 'openness' } })).weight).toBe(
      1.5,
    );
    await expectAppError(saveCriterion(coordinator, { callId: early.id, labels, weight: 1 }), 'VALIDATION', {
      'labels.en': 'review.errors.criterionExists',
    });

    const call = await edition();
    const { app } = await application(call.id);
    await openReview(coordinator, { callId: call.id }, now);
    await openReview(coordinator, { callId: call.id }, now);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('UNDER_REVIEW');
    expect(await db.auditEvent.count({ where: { entityId: app.id, action: 'application.status' } })).toBe(1);
    await expectAppError(
      saveCriterion(coordinator, { callId: call.id, labels: { ...labels, en: 'Other' }, weight: 1 }),
      'VALIDATION',
      { _form: 'review.errors.criteriaLocked' },
    );
  });

  it('applicants and officials never reach reviews, scores or decisions', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const call = await edition();
    const { app, applicant, official } = await application(call.id);
    await openReview(coordinator, { callId: call.id }, now);
    for (const outsider of [applicant, official]) {
      await expectAppError(
        saveReview(outsider, { applicationId: app.id, scores: await scoresFor(call.id, 4) }),
        'NOT_FOUND',
      );
      await expectAppError(decide(outsider, { applicationId: app.id, outcome: 'SELECTED', note: 'x' }), 'NOT_FOUND');
      await expectAppError(publishDecisions(outsider, { callId: call.id }), 'NOT_FOUND');
      await expectAppError(assignReviewer(outsider, { applicationId: app.id, reviewerId: outsider.id }), 'NOT_FOUND');
      await expectAppError(openReview(outsider, { callId: call.id }, now), 'NOT_FOUND');
    }
    expect(await db.review.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it('gives field errors for bad scores and notes', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const call = await edition();
    const { app } = await application(call.id);
    await openReview(coordinator, { callId: call.id }, now);
    const scores = await scoresFor(call.id, 4);
    await expectAppError(
      saveReview(coordinator, {
        applicationId: app.id,
        scores: scores.map((s, i) => (i === 1 ? { ...s, score: 6 } : s)),
      }),
      'VALIDATION',
      { 'scores.1.score': 'validation.invalid' },
    );
    await expectAppError(
      saveReview(coordinator, {
        applicationId: app.id,
        scores: scores.map((s, i) => (i === 0 ? { ...s, score: '' } : s)),
      }),
      'VALIDATION',
      { 'scores.0.score': 'validation.required' },
    );
    await expectAppError(
      saveReview(coordinator, { applicationId: app.id, scores: scores.map((s) => ({ ...s, score: 2.5 })) }),
      'VALIDATION',
      { 'scores.0.score': 'validation.invalid' },
    );
    await expectAppError(saveReview(coordinator, { applicationId: app.id, scores: scores.slice(1) }), 'VALIDATION', {
      'scores.0.score': 'validation.required',
    });
    await expectAppError(
      decide(coordinator, { applicationId: app.id, outcome: 'SELECTED', note: '  ' }),
      'VALIDATION',
      { note: 'validation.required' },
    );
    await expectAppError(decide(coordinator, { applicationId: app.id, outcome: 'MAYBE', note: 'x' }), 'VALIDATION', {
      outcome: 'validation.required',
    });
    await expectAppError(
      decide(coordinator, { applicationId: app.id, outcome: 'SELECTED', note: 'x'.repeat(4001) }),
      'VALIDATION',
      { note: 'validation.tooLong' },
    );
    expect(await db.review.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it('hides scores until one’s own review is in, and from conflicted reviewers altogether', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    const maria = await makeActor({ role: 'COORDINATOR' });
    const olga = await makeActor({ role: 'COORDINATOR' });
    const call = await edition();
    const { app } = await application(call.id, 'chemnitz', 'volgograd');
    await openReview(anna, { callId: call.id }, now);
    await declareConflict(olga, { kind: 'city', cityId: cities.volgograd!.id });
    await declareConflict(olga, { kind: 'city', cityId: cities.volgograd!.id });
    expect(await db.conflictOfInterest.count({ where: { reviewerId: olga.id } })).toBe(1);

    await expectAppError(assignReviewer(anna, { applicationId: app.id, reviewerId: olga.id }), 'VALIDATION', {
      reviewerId: 'review.errors.conflicted',
    });
    expect(
      await bulkAssign(anna, { callId: call.id, applicationIds: [app.id], reviewerIds: [anna.id, maria.id, olga.id] }),
    ).toEqual({ assigned: 2, skipped: 1 });
    await expectAppError(saveReview(olga, { applicationId: app.id, scores: await scoresFor(call.id, 5) }), 'NOT_FOUND');
    await expectAppError(decide(olga, { applicationId: app.id, outcome: 'SELECTED', note: 'x' }), 'NOT_FOUND');

    await saveReview(anna, { applicationId: app.id, scores: await scoresFor(call.id, 4) });
    let mariaView = (await getReviewWorkspace(maria, app.id, 'en'))!;
    expect(mariaView.others).toEqual([]);
    expect(mariaView.stats).toBeNull();
    expect((await getRanking(maria, call.id, 'en')).find((r) => r.id === app.id)!.stats).toBeNull();

    expect((await reviewsForCsv(maria, call.id)).rows).toHaveLength(0);
    await saveReview(maria, { applicationId: app.id, scores: await scoresFor(call.id, 2) });
    expect((await reviewsForCsv(maria, call.id)).rows.map((r) => r.review.mean).sort()).toEqual([2, 4]);
    expect((await reviewsForCsv(olga, call.id)).rows).toHaveLength(0);
    mariaView = (await getReviewWorkspace(maria, app.id, 'en'))!;
    expect(mariaView.others.map((o) => o.mean)).toEqual([4]);
    expect(mariaView.stats).toMatchObject({ count: 2, mean: 3, median: 3, min: 2, max: 4, sd: 1 });

    const olgaView = (await getReviewWorkspace(olga, app.id, 'en'))!;
    expect(olgaView.conflicted).toBe(true);
    expect(olgaView.others).toEqual([]);
    expect(olgaView.own).toBeNull();
    expect(olgaView.decision).toBeNull();
    const olgaRank = (await getRanking(olga, call.id, 'en')).find((r) => r.id === app.id)!;
    expect(olgaRank).toMatchObject({ conflicted: true, stats: null });

    // Revisable until publication.
    await saveReview(maria, { applicationId: app.id, scores: await scoresFor(call.id, 3) });
    expect(
      await db.auditEvent.count({ where: { entityId: app.id, action: 'review.revised', actorId: maria.id } }),
    ).toBe(1);
  });

  it('publishes decisions once: pairs with four workshops, one held e-mail per person in their language', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    const call = await edition({ pairs: 1 });
    const chosen = await application(call.id, 'leipzig', 'kyiv');
    const waiting = await application(call.id, 'kiel', 'kaliningrad');
    await openReview(anna, { callId: call.id }, now);
    await decide(anna, { applicationId: chosen.app.id, outcome: 'SELECTED', note: 'Strong' });
    await decide(anna, { applicationId: waiting.app.id, outcome: 'WAITLISTED', note: 'Next in line' });
    // Internal until published.
    expect((await db.application.findUniqueOrThrow({ where: { id: chosen.app.id } })).status).toBe('UNDER_REVIEW');

    const first = await publishDecisions(anna, { callId: call.id });
    expect(first).toEqual({ published: 2, emails: 6 });
    const again = await publishDecisions(anna, { callId: call.id });
    expect(again).toEqual({ published: 0, emails: 0 });
    const pair = await db.boosterPair.findUniqueOrThrow({
      where: { applicationId: chosen.app.id },
      include: { workshops: true },
    });
    expect(pair.workshops.map((w) => w.stage).sort()).toEqual([
      'INITIATIVE_A',
      'INITIATIVE_B',
      'MATCH_SPRINT',
      'SPRINT_SUCCEED',
    ]);
    expect(pair.workshops.every((w) => w.status === 'NOT_SCHEDULED')).toBe(true);
    const mails = await db.outboxEmail.findMany({
      where: {
        kind: 'decision',
        toEmail: { in: [chosen.applicant.email, chosen.partner.email, chosen.official.email] },
      },
    });
    expect(mails).toHaveLength(3);
    expect(mails.every((m) => m.status === 'HELD')).toBe(true);
    expect(mails.find((m) => m.toEmail === chosen.applicant.email)!.locale).toBe('ru');
    expect(mails.find((m) => m.toEmail === chosen.applicant.email)!.text).toMatch(/Лейпциг/);
    expect(mails.find((m) => m.toEmail === chosen.official.email)!.locale).toBe('de');
    await expectAppError(decide(anna, { applicationId: chosen.app.id, outcome: 'DECLINED', note: 'x' }), 'VALIDATION', {
      _form: 'decisions.errors.alreadyPublished',
    });

    // Release and discard.
    const [one, two] = mails;
    await releaseEmail(anna, { emailId: one!.id });
    await expectAppError(releaseEmail(anna, { emailId: one!.id }), 'NOT_FOUND');
    await discardEmail(anna, { emailId: two!.id });
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: one!.id } })).status).toBe('PENDING');
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: two!.id } })).status).toBe('DISCARDED');

    // No free place until the pair withdraws; then the waitlisted one is promoted and published.
    await expectAppError(promoteFromWaitlist(anna, { applicationId: waiting.app.id }), 'VALIDATION', {
      _form: 'decisions.errors.noFreePlace',
    });
    await db.boosterPair.update({ where: { id: pair.id }, data: { status: 'WITHDRAWN' } });
    await promoteFromWaitlist(anna, { applicationId: waiting.app.id });
    expect(await publishDecisions(anna, { callId: call.id })).toEqual({ published: 1, emails: 3 });
    expect(await db.boosterPair.count({ where: { applicationId: waiting.app.id } })).toBe(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: waiting.app.id } })).status).toBe('SELECTED');
    const history = await db.auditEvent.findMany({
      where: { entityType: 'Application', entityId: waiting.app.id },
      select: { action: true },
    });
    expect(history.map((h) => h.action)).toEqual([
      'application.status',
      'decision.set',
      'decision.published',
      'decision.promoted',
      'decision.published',
    ]);
  });

  it('filters the list, finds cities in any script and pages', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    const call = await edition();
    await application(call.id, 'kharkiv', 'nuernberg');
    await application(call.id, 'minsk', 'bonn');
    const list = (q: Record<string, string>) =>
      listEditionApplications(anna, call.id, ZApplicationFilterSchema.parse(q), 'uk');
    expect((await list({ q: 'Харьков' })).rows.map((r) => r.applicantCity)).toEqual(['Харків']);
    expect((await list({ q: 'Charkiw' })).total).toBe(1);
    expect((await list({ country: 'BY' })).rows.map((r) => r.partnerCity)).toEqual(['Бонн']);
    expect((await list({ endorsed: 'no' })).total).toBe(0);
    expect((await list({ mine: 'reviewed' })).total).toBe(0);
    expect((await list({ page: 'x', sort: 'nope', status: 'BOGUS' })).total).toBe(2);
  });

  it('keeps coordinators’ translations beside the original answer', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    const call = await edition();
    const { app, applicant } = await application(call.id);
    await expectAppError(
      saveTranslation(applicant, { applicationId: app.id, field: 'answerWho', locale: 'en', text: 'We' }),
      'NOT_FOUND',
    );
    await expectAppError(
      saveTranslation(anna, { applicationId: app.id, field: 'password', locale: 'en', text: 'x' }),
      'VALIDATION',
      { field: 'validation.required' },
    );
    await expectAppError(
      saveTranslation(anna, { applicationId: app.id, field: 'answerWho', locale: 'en', text: ' ' }),
      'VALIDATION',
      { text: 'validation.required' },
    );
    await saveTranslation(anna, { applicationId: app.id, field: 'answerWho', locale: 'en', text: 'We' });
    await saveTranslation(anna, { applicationId: app.id, field: 'answerWho', locale: 'en', text: 'We are' });
    const view = (await getReviewWorkspace(anna, app.id, 'en'))!;
    expect(view.app.translations.map((t) => t.text)).toEqual(['We are']);
    expect(view.app.answerWho).toBe('Wir');
  });

  it('sends decision e-mails from a template edited for that language', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    await expectAppError(
      saveTemplate(anna, { outcome: 'DECLINED', locale: 'ru', subject: '', body: 'x' }),
      'VALIDATION',
      { subject: 'validation.required' },
    );
    // An ICU mistake or a placeholder nobody fills in is refused when saved, never at sending.
    const auditsBefore = await db.auditEvent.count({ where: { action: 'decisionTemplate.saved' } });
    const templatesBefore = await db.decisionTemplate.findMany({ where: { outcome: 'DECLINED', locale: 'ru' } });
    await expectAppError(
      saveTemplate(anna, { outcome: 'DECLINED', locale: 'ru', subject: 'Решение', body: 'Уважаемые {name,' }),
      'VALIDATION',
      { body: 'decisions.templates.errors.syntax' },
    );
    await expectAppError(
      saveTemplate(anna, { outcome: 'DECLINED', locale: 'ru', subject: 'Решение {year}', body: 'Уважаемые {name}' }),
      'VALIDATION',
      { subject: 'decisions.templates.errors.unknownArgument' },
    );
    expect(await db.decisionTemplate.findMany({ where: { outcome: 'DECLINED', locale: 'ru' } })).toEqual(
      templatesBefore,
    );
    expect(await db.auditEvent.count({ where: { action: 'decisionTemplate.saved' } })).toBe(auditsBefore);
    await saveTemplate(anna, {
      outcome: 'DECLINED',
      locale: 'ru',
      subject: 'Решение {edition}',
      body: 'Уважаемые {name}, {applicantCity} — {partnerCity}.',
    });
    try {
      const call = await edition();
      const { app, applicant, partner } = await application(call.id);
      await openReview(anna, { callId: call.id }, now);
      await decide(anna, { applicationId: app.id, outcome: 'DECLINED', note: 'Weak' });
      await publishDecisions(anna, { callId: call.id });
      const ru = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: applicant.email } });
      expect(ru.subject).toBe(`Решение ${call.year}`);
      expect(ru.text).toContain('Лейпциг — Киев');
      const en = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: partner.email } });
      expect(en.subject).toContain('the decision on your application');
      expect(await db.boosterPair.count({ where: { applicationId: app.id } })).toBe(0);
      expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('NOT_SELECTED');
    } finally {
      await db.decisionTemplate.deleteMany({});
    }
  });

  it('publishes once when two coordinators press publish at the same moment', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    const maria = await makeActor({ role: 'COORDINATOR' });
    const call = await edition();
    const { app, applicant } = await application(call.id, 'odesa', 'regensburg');
    await openReview(anna, { callId: call.id }, now);
    await decide(anna, { applicationId: app.id, outcome: 'SELECTED', note: 'Yes' });
    const results = await Promise.all([
      publishDecisions(anna, { callId: call.id }),
      publishDecisions(maria, { callId: call.id }),
    ]);
    expect(results.map((r) => r.published).sort()).toEqual([0, 1]);
    expect(await db.boosterPair.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { toEmail: applicant.email, kind: 'decision' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: app.id, action: 'decision.published' } })).toBe(1);
  });
});
