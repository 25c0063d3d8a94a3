import 'server-only';
import { assertCan } from '../access';
import { db, type Tx } from '../db';
import type { CallStatus } from '@/lib/enums';
import { audit } from '../audit';
import { AppError, parseInput } from '../errors';
import type { FieldErrors } from '@/lib/action-result';
import { conflictsOf, loadReviewable } from '../review/conflicts';
import { isConflicted } from '@/lib/review/conflicts';
import { type Actor } from '@/lib/permissions';
import {
  ZAssignSchema,
  ZBulkAssignSchema,
  ZCallIdSchema,
  ZConflictIdSchema,
  ZConflictSchema,
  ZCriterionIdSchema,
  ZCriterionSchema,
  ZReviewScoresSchema,
  ZTranslationSchema,
} from '@/lib/validation/review';

/** A reviewable application (not a draft) or NOT_FOUND. */
async function reviewable(applicationId: string) {
  const app = await loadReviewable(applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  return app;
}

/**
 * Review opens once the edition has closed, by its deadline or early (closeEdition): the criteria freeze and
 * the submitted applications go under review.
 */
export async function openReview(actor: Actor, input: unknown, now = new Date()) {
  assertCan(actor, 'review:manage');
  const { callId } = parseInput(ZCallIdSchema, input);
  const call = await db.call.findUnique({ where: { id: callId } });
  if (!call) throw new AppError('NOT_FOUND');
  if (call.reviewOpenedAt) return { callId };
  if (call.status === 'DRAFT') throw new AppError('VALIDATION', { _form: 'review.errors.neverOpened' });
  if (call.status !== 'CLOSED' && now < call.applicationDeadline)
    throw new AppError('VALIDATION', { _form: 'review.errors.beforeDeadline' });
  await db.$transaction((tx) => startReview(tx, actor, call, now));
  return { callId };
}

/**
 * Opens the review of `call` inside the caller's transaction (openReview, and closeEdition when a
 * coordinator closes early): the edition moves to REVIEW and its submitted applications under review.
 */
export async function startReview(tx: Tx, actor: Actor, call: { id: string; status: CallStatus }, now: Date) {
  // Conditional update: of two concurrent clicks, one opens the review.
  const opened = await tx.call.updateMany({
    where: { id: call.id, reviewOpenedAt: null },
    data: { reviewOpenedAt: now, status: 'REVIEW' },
  });
  if (opened.count === 0) return;
  const moving = await tx.application.findMany({
    where: { callId: call.id, status: 'SUBMITTED' },
    select: { id: true },
  });
  await tx.application.updateMany({
    where: { id: { in: moving.map((a) => a.id) } },
    data: { status: 'UNDER_REVIEW', version: { increment: 1 } },
  });
  await audit(tx, actor.id, 'call.reviewOpened', ['Call', call.id], {
    before: { status: call.status },
    after: { status: 'REVIEW' },
  });
  for (const app of moving) {
    await audit(tx, actor.id, 'application.status', ['Application', app.id], {
      before: { status: 'SUBMITTED' },
      after: { status: 'UNDER_REVIEW' },
    });
  }
}

async function editableCall(callId: string) {
  const call = await db.call.findUnique({ where: { id: callId } });
  if (!call) throw new AppError('NOT_FOUND');
  if (call.reviewOpenedAt) throw new AppError('VALIDATION', { _form: 'review.errors.criteriaLocked' });
  return call;
}

export async function saveCriterion(actor: Actor, input: unknown) {
  assertCan(actor, 'review:manage');
  const data = parseInput(ZCriterionSchema, input);
  await editableCall(data.callId);
  if (data.criterionId) {
    const before = await db.reviewCriterion.findFirst({ where: { id: data.criterionId, callId: data.callId } });
    if (!before) throw new AppError('NOT_FOUND');
    const after = await db.$transaction(async (tx) => {
      const updated = await tx.reviewCriterion.update({
        where: { id: before.id },
        data: { labels: data.labels, weight: data.weight },
      });
      await audit(tx, actor.id, 'criterion.update', ['Call', data.callId], {
        before: { key: before.key, labels: before.labels, weight: before.weight },
        after: { key: updated.key, labels: updated.labels, weight: updated.weight },
      });
      return updated;
    });
    return { criterionId: after.id };
  }
  const key =
    data.labels.en
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'criterion';
  const position = await db.reviewCriterion.count({ where: { callId: data.callId } });
  const existing = await db.reviewCriterion.findUnique({ where: { callId_key: { callId: data.callId, key } } });
  // The same label twice is the same criterion (a double submit creates one).
  if (existing) throw new AppError('VALIDATION', { 'labels.en': 'review.errors.criterionExists' });
  const created = await db
    .$transaction(async (tx) => {
      const row = await tx.reviewCriterion.create({
        data: { callId: data.callId, key, labels: data.labels, weight: data.weight, position },
      });
      await audit(tx, actor.id, 'criterion.create', ['Call', data.callId], {
        after: { key, labels: data.labels, weight: data.weight },
      });
      return row;
    })
    .catch((error: { code?: string }) => {
      // Two clicks racing past the check above: the unique key keeps one criterion.
      if (error.code === 'P2002') throw new AppError('VALIDATION', { 'labels.en': 'review.errors.criterionExists' });
      throw error;
    });
  return { criterionId: created.id };
}

export async function deleteCriterion(actor: Actor, input: unknown) {
  assertCan(actor, 'review:manage');
  const { criterionId } = parseInput(ZCriterionIdSchema, input);
  const before = await db.reviewCriterion.findUnique({ where: { id: criterionId } });
  if (!before) throw new AppError('NOT_FOUND');
  await editableCall(before.callId);
  await db.$transaction(async (tx) => {
    await tx.reviewCriterion.delete({ where: { id: criterionId } });
    await audit(tx, actor.id, 'criterion.delete', ['Call', before.callId], {
      before: { key: before.key, labels: before.labels, weight: before.weight },
    });
  });
  return { criterionId };
}

async function assertNotConflicted(reviewerId: string, app: Awaited<ReturnType<typeof reviewable>>, field: string) {
  if (isConflicted(await conflictsOf(reviewerId), app))
    throw new AppError('VALIDATION', { [field]: 'review.errors.conflicted' });
}

export async function assignReviewer(actor: Actor, input: unknown) {
  assertCan(actor, 'review:manage');
  const { applicationId, reviewerId } = parseInput(ZAssignSchema, input);
  const app = await reviewable(applicationId);
  const reviewer = await db.user.findFirst({ where: { id: reviewerId, role: 'COORDINATOR' } });
  if (!reviewer) throw new AppError('VALIDATION', { reviewerId: 'validation.invalid' });
  await assertNotConflicted(reviewerId, app, 'reviewerId');
  const existing = await db.review.findUnique({ where: { applicationId_reviewerId: { applicationId, reviewerId } } });
  if (existing) return { reviewId: existing.id };
  const review = await db.$transaction(async (tx) => {
    const row = await tx.review.upsert({
      where: { applicationId_reviewerId: { applicationId, reviewerId } },
      create: { applicationId, reviewerId },
      update: {},
    });
    await audit(tx, actor.id, 'review.assigned', ['Application', applicationId], {
      after: { reviewerId, reviewerName: reviewer.name ?? reviewer.email },
    });
    return row;
  });
  return { reviewId: review.id };
}

export async function unassignReviewer(actor: Actor, input: unknown) {
  assertCan(actor, 'review:manage');
  const { applicationId, reviewerId } = parseInput(ZAssignSchema, input);
  const review = await db.review.findUnique({ where: { applicationId_reviewerId: { applicationId, reviewerId } } });
  if (!review) throw new AppError('NOT_FOUND');
  // A submitted review is part of the record; only open assignments can be taken back.
  if (review.submittedAt) throw new AppError('VALIDATION', { reviewerId: 'review.errors.alreadySubmitted' });
  await db.$transaction(async (tx) => {
    await tx.review.delete({ where: { id: review.id } });
    await audit(tx, actor.id, 'review.unassigned', ['Application', applicationId], { before: { reviewerId } });
  });
  return { applicationId };
}

/** Assigns every chosen reviewer to every chosen application, skipping conflicts; says how many were skipped. */
export async function bulkAssign(actor: Actor, input: unknown) {
  assertCan(actor, 'review:manage');
  const { callId, applicationIds, reviewerIds } = parseInput(ZBulkAssignSchema, input);
  const reviewers = await db.user.findMany({
    where: { id: { in: reviewerIds }, role: 'COORDINATOR' },
    select: { id: true },
  });
  if (reviewers.length !== new Set(reviewerIds).size)
    throw new AppError('VALIDATION', { reviewerIds: 'validation.invalid' });
  const apps = await db.application.findMany({
    where: { id: { in: applicationIds }, callId, status: { not: 'DRAFT' } },
    include: { applicantCity: true, partnerCity: true, organisations: { select: { organisationId: true } } },
  });
  // Conflicts are read first: inside the transaction every read must go through its client.
  const conflictsOfReviewer = new Map<string, Awaited<ReturnType<typeof conflictsOf>>>();
  for (const reviewer of reviewers) conflictsOfReviewer.set(reviewer.id, await conflictsOf(reviewer.id));
  return db.$transaction(async (tx) => {
    let assigned = 0;
    let skipped = 0;
    for (const reviewer of reviewers) {
      for (const app of apps) {
        if (isConflicted(conflictsOfReviewer.get(reviewer.id)!, app)) {
          skipped += 1;
          continue;
        }
        const created = await tx.review.createMany({
          data: [{ applicationId: app.id, reviewerId: reviewer.id }],
          skipDuplicates: true,
        });
        if (created.count) {
          assigned += 1;
          await audit(tx, actor.id, 'review.assigned', ['Application', app.id], { after: { reviewerId: reviewer.id } });
        }
      }
    }
    return { assigned, skipped };
  });
}

/**
 * Saves (and submits) the actor's scores for every criterion of the edition. Revisable until the
 * edition's decisions are published; refused to a conflicted reviewer.
 */
export async function saveReview(actor: Actor, input: unknown) {
  assertCan(actor, 'application:review');
  const { applicationId, scores } = parseInput(ZReviewScoresSchema, input);
  const app = await reviewable(applicationId);
  if (isConflicted(await conflictsOf(actor.id), app)) throw new AppError('NOT_FOUND');
  if (!app.call.reviewOpenedAt) throw new AppError('VALIDATION', { _form: 'review.errors.reviewNotOpen' });
  if (app.call.decisionsPublishedAt) throw new AppError('VALIDATION', { _form: 'review.errors.published' });
  const criteria = await db.reviewCriterion.findMany({ where: { callId: app.callId }, orderBy: { position: 'asc' } });
  const byId = new Map(scores.map((s) => [s.criterionId, s]));
  const missing: FieldErrors = {};
  criteria.forEach((c, i) => {
    if (!byId.has(c.id)) missing[`scores.${i}.score`] = 'validation.required';
  });
  if (Object.keys(missing).length || scores.some((s) => !criteria.some((c) => c.id === s.criterionId))) {
    throw new AppError('VALIDATION', Object.keys(missing).length ? missing : { scores: 'validation.invalid' });
  }
  const before = await db.review.findUnique({
    where: { applicationId_reviewerId: { applicationId, reviewerId: actor.id } },
    include: { scores: true },
  });
  const now = new Date();
  const review = await db.$transaction(async (tx) => {
    const r = await tx.review.upsert({
      where: { applicationId_reviewerId: { applicationId, reviewerId: actor.id } },
      create: { applicationId, reviewerId: actor.id, submittedAt: now },
      update: { submittedAt: before?.submittedAt ?? now },
    });
    for (const s of scores) {
      const data = { score: s.score, comment: s.comment || null };
      await tx.reviewScore.upsert({
        where: { reviewId_criterionId: { reviewId: r.id, criterionId: s.criterionId } },
        create: { reviewId: r.id, criterionId: s.criterionId, ...data },
        update: data,
      });
    }
    await audit(
      tx,
      actor.id,
      before?.submittedAt ? 'review.revised' : 'review.submitted',
      ['Application', applicationId],
      {
        before: before?.submittedAt
          ? { scores: before.scores.map((s) => ({ criterionId: s.criterionId, score: s.score })) }
          : undefined,
        after: { scores: scores.map((s) => ({ criterionId: s.criterionId, score: s.score })) },
      },
    );
    return r;
  });
  return { reviewId: review.id };
}

export async function declareConflict(actor: Actor, input: unknown) {
  assertCan(actor, 'application:review');
  const data = parseInput(ZConflictSchema, input);
  const row = {
    reviewerId: actor.id,
    cityId: data.kind === 'city' ? data.cityId! : null,
    organisationId: data.kind === 'organisation' ? data.organisationId! : null,
    country: data.kind === 'country' ? (data.country as 'BY' | 'DE' | 'RU' | 'UA') : null,
  };
  if (row.cityId && !(await db.city.findUnique({ where: { id: row.cityId } })))
    throw new AppError('VALIDATION', { cityId: 'validation.cityRequired' });
  if (row.organisationId && !(await db.organisation.findUnique({ where: { id: row.organisationId } })))
    throw new AppError('VALIDATION', { organisationId: 'validation.invalid' });
  // Declaring the same tie twice keeps one row.
  const existing = await db.conflictOfInterest.findFirst({ where: row });
  if (existing) return { conflictId: existing.id };
  const created = await db.$transaction(async (tx) => {
    const conflict = await tx.conflictOfInterest.create({ data: { ...row, note: data.note || null } });
    await audit(tx, actor.id, 'conflict.declared', ['User', actor.id], { after: { ...row, note: data.note } });
    return conflict;
  });
  return { conflictId: created.id };
}

export async function removeConflict(actor: Actor, input: unknown) {
  assertCan(actor, 'application:review');
  const { conflictId } = parseInput(ZConflictIdSchema, input);
  const before = await db.conflictOfInterest.findFirst({ where: { id: conflictId, reviewerId: actor.id } });
  if (!before) throw new AppError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    await tx.conflictOfInterest.delete({ where: { id: conflictId } });
    await audit(tx, actor.id, 'conflict.removed', ['User', actor.id], {
      before: { cityId: before.cityId, organisationId: before.organisationId, country: before.country },
    });
  });
  return { conflictId };
}

/** A coordinator's translation of one answer, shown beside the original. */
export async function saveTranslation(actor: Actor, input: unknown) {
  assertCan(actor, 'application:review');
  const data = parseInput(ZTranslationSchema, input);
  await reviewable(data.applicationId);
  const before = await db.answerTranslation.findUnique({
    where: {
      applicationId_field_locale: { applicationId: data.applicationId, field: data.field, locale: data.locale },
    },
  });
  const row = await db.$transaction(async (tx) => {
    const saved = await tx.answerTranslation.upsert({
      where: {
        applicationId_field_locale: { applicationId: data.applicationId, field: data.field, locale: data.locale },
      },
      create: { ...data, translatorId: actor.id },
      update: { text: data.text, translatorId: actor.id },
    });
    await audit(tx, actor.id, 'translation.saved', ['Application', data.applicationId], {
      before: before && { field: before.field, locale: before.locale },
      after: { field: data.field, locale: data.locale },
    });
    return saved;
  });
  return { translationId: row.id };
}
