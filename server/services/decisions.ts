import 'server-only';
import { assertCan } from '../access';
import type { ApplicationStatus, DecisionOutcome } from '@/lib/enums';
import { db } from '../db';
import { audit } from '../audit';
import { AppError, parseInput } from '../errors';
import { queueEmail, type OutgoingEmail } from '../mail';
import { getEnv } from '../env';
import { catalogueFor } from '../translator';
import { composeEmail, type ComposedEmail } from '../mail-compose';
import { checkDecisionTemplate, type DecisionTemplateVars } from '@/lib/review/decision-template';
import { cityName } from '@/lib/cities/city-name';
import { conflictsOf, loadReviewable } from '../review/conflicts';
import { isConflicted } from '@/lib/review/conflicts';
import { createPair } from './pairs';
import { type Actor } from '@/lib/permissions';
import {
  ZApplicationIdSchema,
  ZCallIdSchema,
  ZDecisionSchema,
  ZEmailIdSchema,
  ZTemplateSchema,
} from '@/lib/validation/review';
import type { AppLocale } from '@/i18n/routing';

const STATUS_OF: Record<DecisionOutcome, ApplicationStatus> = {
  SELECTED: 'SELECTED',
  WAITLISTED: 'WAITLISTED',
  DECLINED: 'NOT_SELECTED',
};

/** Select, waitlist or decline with a note. Internal until published; a conflicted coordinator is left out. */
export async function decide(actor: Actor, input: unknown) {
  assertCan(actor, 'decision:manage');
  const { applicationId, outcome, note } = parseInput(ZDecisionSchema, input);
  const app = await loadReviewable(applicationId);
  if (!app || app.status === 'WITHDRAWN') throw new AppError('NOT_FOUND');
  if (isConflicted(await conflictsOf(actor.id), app)) throw new AppError('NOT_FOUND');
  if (!app.call.reviewOpenedAt) throw new AppError('VALIDATION', { _form: 'review.errors.reviewNotOpen' });
  const before = await db.decision.findUnique({ where: { applicationId } });
  if (before?.publishedAt) throw new AppError('VALIDATION', { _form: 'decisions.errors.alreadyPublished' });
  const after = await db.$transaction(async (tx) => {
    const decision = await tx.decision.upsert({
      where: { applicationId },
      create: { applicationId, outcome, note, decidedById: actor.id },
      update: { outcome, note, decidedById: actor.id, decidedAt: new Date() },
    });
    await audit(tx, actor.id, 'decision.set', ['Application', applicationId], {
      before: before && { outcome: before.outcome, note: before.note },
      after: { outcome, note },
    });
    return decision;
  });
  return { decisionId: after.id };
}

/**
 * Publishes every unpublished decision of the edition: statuses change, selected applications become
 * booster pairs, and one held e-mail per person waits in the outbox. Safe to run twice: a second run finds
 * nothing unpublished, and every e-mail has a dedupe key.
 */
export async function publishDecisions(actor: Actor, input: unknown) {
  assertCan(actor, 'decision:manage');
  const { callId } = parseInput(ZCallIdSchema, input);
  const call = await db.call.findUnique({ where: { id: callId } });
  if (!call) throw new AppError('NOT_FOUND');
  const now = new Date();
  let emails = 0;
  // The e-mails are prepared before the transaction (reads with includes), written inside it.
  const prepared = await prepareDecisionEmails(callId);
  const published = await db.$transaction(
    async (tx) => {
      // One publisher at a time per edition.
      await tx.$queryRaw`SELECT "id" FROM "Call" WHERE "id" = ${callId} FOR UPDATE`;
      const pending = await tx.decision.findMany({
        where: { publishedAt: null, application: { callId, status: { not: 'WITHDRAWN' } } },
        include: { application: true },
      });
      for (const d of pending) {
        const status = STATUS_OF[d.outcome];
        await tx.decision.update({ where: { id: d.id }, data: { publishedAt: now } });
        await tx.application.update({ where: { id: d.applicationId }, data: { status, version: { increment: 1 } } });
        let pairId: string | null = null;
        if (d.outcome === 'SELECTED' && d.application.applicantCityId && d.application.partnerCityId) {
          const existing = await tx.boosterPair.findUnique({ where: { applicationId: d.applicationId } });
          pairId =
            existing?.id ??
            (
              await createPair(tx, {
                callId,
                applicationId: d.applicationId,
                cityAId: d.application.applicantCityId,
                cityBId: d.application.partnerCityId,
              })
            ).id;
        }
        await audit(tx, actor.id, 'decision.published', ['Application', d.applicationId], {
          before: { status: d.application.status },
          after: { status, outcome: d.outcome, pairId },
        });
        // In the same transaction: a decision is never published without its e-mails.
        for (const mail of prepared.get(`${d.id}:${d.outcome}`) ?? []) {
          await queueEmail(tx, mail);
          emails += 1;
        }
      }
      if (pending.length) {
        await tx.call.update({
          where: { id: callId },
          data: {
            decisionsPublishedAt: call.decisionsPublishedAt ?? now,
            status: call.status === 'ARCHIVED' ? 'ARCHIVED' : 'DECIDED',
          },
        });
        await audit(tx, actor.id, 'call.decisionsPublished', ['Call', callId], { after: { count: pending.length } });
      }
      return pending.map((d) => d.id);
    },
    { timeout: 60_000 },
  );
  return { published: published.length, emails };
}

type Recipient = { email: string; name: string | null; locale: AppLocale };

/**
 * One held e-mail per person (applicant, partner, endorsing officials), each in their own language,
 * for every unpublished decision of the edition, keyed by decision and outcome.
 */
async function prepareDecisionEmails(callId: string): Promise<Map<string, OutgoingEmail[]>> {
  const decisions = await db.decision.findMany({
    where: { publishedAt: null, application: { callId } },
    include: {
      application: {
        include: {
          call: true,
          applicant: true,
          partnerUser: true,
          applicantCity: true,
          partnerCity: true,
          endorsements: { where: { status: 'CONFIRMED', officialId: { not: null } }, include: { official: true } },
        },
      },
    },
  });
  const templates = await db.decisionTemplate.findMany();
  const out = new Map<string, OutgoingEmail[]>();
  for (const d of decisions) {
    const app = d.application;
    const people = new Map<string, Recipient>();
    for (const u of [app.applicant, app.partnerUser, ...app.endorsements.map((e) => e.official)]) {
      if (u) people.set(u.email.toLowerCase(), { email: u.email, name: u.name, locale: u.locale });
    }
    const mails = [...people.values()].map((person) => {
      const mail = renderDecisionEmail(
        d.outcome,
        person.locale,
        templates.filter((t) => t.outcome === d.outcome),
        {
          name: person.name ?? person.email,
          applicantCity: app.applicantCity ? cityName(app.applicantCity, person.locale) : '—',
          partnerCity: app.partnerCity ? cityName(app.partnerCity, person.locale) : '—',
          edition: String(app.call.year),
          link: new URL(`/${person.locale}/dashboard`, getEnv().NEXTAUTH_URL).toString(),
        },
      );
      return {
        to: person.email,
        locale: person.locale,
        kind: 'decision',
        ...mail,
        hold: true,
        dedupeKey: `decision:${d.id}:${d.outcome}:${person.email.toLowerCase()}`,
      };
    });
    out.set(`${d.id}:${d.outcome}`, mails);
  }
  return out;
}

export type TemplateVars = DecisionTemplateVars;
const OUTCOME_KEY = {
  SELECTED: 'selected',
  WAITLISTED: 'waitlisted',
  DECLINED: 'declined',
} as const satisfies Record<DecisionOutcome, string>;

/** The catalogue's default text for an outcome in a language, as ICU source (the form edits it as such). */
export function defaultTemplate(outcome: DecisionOutcome, locale: AppLocale) {
  const messages = catalogueFor(locale) as unknown as {
    decisions: { email: Record<(typeof OUTCOME_KEY)[DecisionOutcome], { subject: string; body: string }> };
  };
  const { subject, body } = messages.decisions.email[OUTCOME_KEY[outcome]];
  return { subject, body };
}

/**
 * A decision e-mail from the coordinators' template for the language, else the catalogue's. Templates
 * are checked when saved; one stored before that check that does not format falls back to the
 * catalogue, so a send never fails on a template.
 */
export function renderDecisionEmail(
  outcome: DecisionOutcome,
  locale: AppLocale,
  templates: { locale: string; subject: string; body: string }[],
  vars: TemplateVars,
): ComposedEmail {
  const template = templates.find((t) => t.locale === locale);
  if (template && !checkDecisionTemplate(template.subject) && !checkDecisionTemplate(template.body)) {
    try {
      return composeEmail({ source: template, locale, values: vars });
    } catch {
      // Falls through to the catalogue's text.
    }
  }
  return composeEmail({ key: `decisions.email.${OUTCOME_KEY[outcome]}`, locale, values: vars });
}

/** After a selected pair withdrew, a waitlisted application takes the free place; publishing announces it. */
export async function promoteFromWaitlist(actor: Actor, input: unknown) {
  assertCan(actor, 'decision:manage');
  const { applicationId } = parseInput(ZApplicationIdSchema, input);
  const app = await loadReviewable(applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  if (isConflicted(await conflictsOf(actor.id), app)) throw new AppError('NOT_FOUND');
  const decision = await db.decision.findUnique({ where: { applicationId } });
  if (!decision || decision.outcome !== 'WAITLISTED' || !decision.publishedAt || app.status !== 'WAITLISTED')
    throw new AppError('VALIDATION', { _form: 'decisions.errors.notWaitlisted' });
  const active = await db.boosterPair.count({ where: { callId: app.callId, status: { not: 'WITHDRAWN' } } });
  if (active >= app.call.pairsToSelect) throw new AppError('VALIDATION', { _form: 'decisions.errors.noFreePlace' });
  await db.$transaction(async (tx) => {
    await tx.decision.update({
      where: { id: decision.id },
      data: { outcome: 'SELECTED', publishedAt: null, decidedById: actor.id, decidedAt: new Date() },
    });
    await audit(tx, actor.id, 'decision.promoted', ['Application', applicationId], {
      before: { outcome: 'WAITLISTED' },
      after: { outcome: 'SELECTED' },
    });
  });
  return { applicationId };
}

export async function saveTemplate(actor: Actor, input: unknown) {
  assertCan(actor, 'decision:manage');
  const data = parseInput(ZTemplateSchema, input);
  const where = { outcome_locale: { outcome: data.outcome, locale: data.locale } };
  await db.$transaction(async (tx) => {
    const before = await tx.decisionTemplate.findUnique({ where });
    await tx.decisionTemplate.upsert({
      where,
      create: { ...data, updatedById: actor.id },
      update: { subject: data.subject, body: data.body, updatedById: actor.id },
    });
    await audit(tx, actor.id, 'decisionTemplate.saved', ['DecisionTemplate', `${data.outcome}:${data.locale}`], {
      before: before && { subject: before.subject, body: before.body },
      after: { subject: data.subject, body: data.body },
    });
  });
  return { outcome: data.outcome, locale: data.locale };
}

/** A held e-mail goes out with the next outbox run. */
export async function releaseEmail(actor: Actor, input: unknown) {
  assertCan(actor, 'outbox:review');
  const { emailId } = parseInput(ZEmailIdSchema, input);
  await db.$transaction(async (tx) => {
    const updated = await tx.outboxEmail.updateMany({
      where: { id: emailId, status: 'HELD' },
      data: { status: 'PENDING', nextAttemptAt: new Date() },
    });
    if (updated.count === 0) throw new AppError('NOT_FOUND');
    await audit(tx, actor.id, 'email.released', ['OutboxEmail', emailId], {
      before: { status: 'HELD' },
      after: { status: 'PENDING' },
    });
  });
  return { emailId };
}

export async function releaseAllEmails(actor: Actor) {
  assertCan(actor, 'outbox:review');
  return db.$transaction(async (tx) => {
    // Locked, so that each released e-mail has its audit row and nothing released twice is counted twice.
    const held = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxEmail" WHERE "status" = 'HELD' FOR UPDATE`;
    const updated = await tx.outboxEmail.updateMany({
      where: { id: { in: held.map((h) => h.id) }, status: 'HELD' },
      data: { status: 'PENDING', nextAttemptAt: new Date() },
    });
    for (const h of held)
      await audit(tx, actor.id, 'email.released', ['OutboxEmail', h.id], {
        before: { status: 'HELD' },
        after: { status: 'PENDING' },
      });
    return { released: updated.count };
  });
}

export async function discardEmail(actor: Actor, input: unknown) {
  assertCan(actor, 'outbox:review');
  const { emailId } = parseInput(ZEmailIdSchema, input);
  await db.$transaction(async (tx) => {
    const updated = await tx.outboxEmail.updateMany({
      where: { id: emailId, status: 'HELD' },
      data: { status: 'DISCARDED' },
    });
    if (updated.count === 0) throw new AppError('NOT_FOUND');
    await audit(tx, actor.id, 'email.discarded', ['OutboxEmail', emailId], {
      before: { status: 'HELD' },
      after: { status: 'DISCARDED' },
    });
  });
  return { emailId };
}
