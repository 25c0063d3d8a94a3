import 'server-only';
import { assertCan } from '../access';
import { db, type Prisma } from '../db';
import { audit } from '../audit';
import { startReview } from './review';
import { AppError, parseInput } from '../errors';
import { type Actor } from '@/lib/permissions';
import { dateOnlyToUtc, parseLocal } from '@/lib/time/zoned';
import { localInstant } from '@/lib/validation/local-time';
import {
  ZCreateEditionSchema,
  ZEditionRefSchema,
  ZUpdateEditionSchema,
  type TCreateEditionInput,
} from '@/lib/validation/editions';

type EditionFields = Omit<TCreateEditionInput, 'slug'>;

/** The form's wall-clock fields as stored columns. */
function toColumns(input: EditionFields) {
  return {
    year: input.year,
    // The schema refused a skipped time and asked about a repeated one: this is the instant meant.
    applicationDeadline: localInstant(
      parseLocal(input.deadlineDate, input.deadlineTime)!,
      input.deadlineTimeZone,
      input.deadlineOffset,
    ),
    deadlineTimeZone: input.deadlineTimeZone,
    selectionDate: new Date(`${input.selectionDate}T12:00:00.000Z`),
    windowStart: dateOnlyToUtc(input.windowStart),
    windowEnd: dateOnlyToUtc(input.windowEnd),
    pairsToSelect: input.pairsToSelect,
    contactEmail: input.contactEmail.toLowerCase(),
  };
}

const LOCALES = ['en', 'de', 'ru', 'uk'] as const;

function snapshot(call: Prisma.CallGetPayload<{ include: { texts: true } }>) {
  const { texts, createdAt: _c, updatedAt: _u, ...rest } = call;
  return {
    ...rest,
    texts: Object.fromEntries(texts.map((t) => [t.locale, { title: t.title, summary: t.summary, body: t.body }])),
  };
}

export async function createEdition(actor: Actor, input: unknown) {
  assertCan(actor, 'call:manage');
  const { slug, texts, ...fields } = parseInput(ZCreateEditionSchema, input);
  // The slug is the edition's public address; a second submit of the same form finds it taken.
  if (await db.call.findUnique({ where: { slug }, select: { id: true } })) {
    throw new AppError('VALIDATION', { slug: 'editions.validation.slugTaken' });
  }
  try {
    const call = await db.$transaction(async (tx) => {
      const created = await tx.call.create({
        data: {
          slug,
          status: 'DRAFT',
          ...toColumns({ ...fields, texts }),
          texts: { create: LOCALES.map((locale) => ({ locale, ...texts[locale] })) },
        },
        include: { texts: true },
      });
      await audit(tx, actor.id, 'edition.create', ['Call', created.id], { after: snapshot(created) });
      return created;
    });
    return { id: call.id, slug: call.slug };
  } catch (error) {
    // Two submits racing past the check above: the unique index keeps one.
    if ((error as { code?: string }).code === 'P2002')
      throw new AppError('VALIDATION', { slug: 'editions.validation.slugTaken' });
    throw error;
  }
}

export async function updateEdition(actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'call:manage');
  const { id, version, texts, ...fields } = parseInput(ZUpdateEditionSchema, input);
  const before = await db.call.findUnique({ where: { id }, include: { texts: true } });
  if (!before) throw new AppError('NOT_FOUND');
  const columns = toColumns({ ...fields, texts });
  const after = await db.$transaction(async (tx) => {
    if (before.status === 'OPEN' && columns.applicationDeadline > now) {
      // Moving an open edition's deadline must not make two editions accept applications at once.
      await lockOpenings(tx);
      const other = await tx.call.findFirst({
        where: { id: { not: id }, status: 'OPEN', applicationDeadline: { gt: now } },
        select: { id: true },
      });
      if (other) throw new AppError('CONFLICT', { _form: 'editions.anotherOpen' });
    }
    // Optimistic locking: only the version the form was loaded with may be overwritten.
    const { count } = await tx.call.updateMany({
      where: { id, version },
      data: { ...columns, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', { _form: 'editions.conflict' });
    for (const locale of LOCALES) {
      await tx.callText.upsert({
        where: { callId_locale: { callId: id, locale } },
        create: { callId: id, locale, ...texts[locale] },
        update: texts[locale],
      });
    }
    const updated = await tx.call.findUniqueOrThrow({ where: { id }, include: { texts: true } });
    await audit(tx, actor.id, 'edition.update', ['Call', id], { before: snapshot(before), after: snapshot(updated) });
    return updated;
  });
  return { id, version: after.version };
}

/**
 * DRAFT or CLOSED → OPEN. Only one edition accepts applications at a time, so that `/call` and the
 * wizard never have to choose; an open edition whose deadline has passed does not count.
 */
export async function openEdition(actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'call:manage');
  const { id, version } = parseInput(ZEditionRefSchema, input);
  const before = await db.call.findUnique({ where: { id }, include: { texts: true } });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.status === 'OPEN') return { id, version: before.version };
  if (before.status !== 'DRAFT' && before.status !== 'CLOSED')
    throw new AppError('CONFLICT', { _form: 'editions.cannotOpen' });
  if (before.applicationDeadline <= now) throw new AppError('CONFLICT', { _form: 'editions.deadlinePassed' });
  if (LOCALES.some((l) => !before.texts.find((t) => t.locale === l)))
    throw new AppError('CONFLICT', { _form: 'editions.textsMissing' });
  return transition(actor, before, version, { status: 'OPEN', openedAt: now, closedAt: null }, 'edition.open', {
    guard: async (tx) => {
      await lockOpenings(tx);
      const other = await tx.call.findFirst({
        where: { id: { not: id }, status: 'OPEN', applicationDeadline: { gt: now } },
        select: { id: true },
      });
      if (other) throw new AppError('CONFLICT', { _form: 'editions.anotherOpen' });
    },
  });
}

/**
 * OPEN → CLOSED → REVIEW, in one transaction: closing early stops submissions at once and opens the review,
 * so that a coordinator can select without waiting for the deadline. An edition whose deadline has passed is
 * closed already; its review is opened from the edition page (openReview).
 */
export async function closeEdition(actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'call:manage');
  assertCan(actor, 'review:manage');
  const { id, version } = parseInput(ZEditionRefSchema, input);
  const before = await db.call.findUnique({ where: { id }, include: { texts: true } });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.status === 'REVIEW' && before.closedAt) return { id, version: before.version };
  if (before.status !== 'OPEN' && before.status !== 'CLOSED')
    throw new AppError('CONFLICT', { _form: 'editions.cannotClose' });
  // An edition whose deadline passed closed at its deadline, whenever its review is opened.
  const closedAt = before.closedAt ?? (before.applicationDeadline < now ? before.applicationDeadline : now);
  return transition(actor, before, version, { status: 'CLOSED', closedAt }, 'edition.close', {
    then: (tx) => startReview(tx, actor, { id, status: 'CLOSED' }, now),
  });
}

/** DECIDED → ARCHIVED, once its pairs have held their workshops: the call page stays, as a past edition. */
export async function archiveEdition(actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'call:manage');
  const { id, version } = parseInput(ZEditionRefSchema, input);
  const before = await db.call.findUnique({ where: { id }, include: { texts: true } });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.status === 'ARCHIVED') return { id, version: before.version };
  if (before.status !== 'DECIDED') throw new AppError('CONFLICT', { _form: 'editions.cannotArchive' });
  return transition(actor, before, version, { status: 'ARCHIVED', archivedAt: now }, 'edition.archive');
}

/** A draft nobody has applied to can be thrown away; anything published stays for the record. */
export async function deleteDraftEdition(actor: Actor, input: unknown) {
  assertCan(actor, 'call:manage');
  const { id, version } = parseInput(ZEditionRefSchema, input);
  const before = await db.call.findUnique({
    where: { id },
    include: { texts: true, _count: { select: { applications: true } } },
  });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.status !== 'DRAFT' || before._count.applications > 0)
    throw new AppError('CONFLICT', { _form: 'editions.cannotDelete' });
  await db.$transaction(async (tx) => {
    const { count } = await tx.call.deleteMany({ where: { id, version, status: 'DRAFT' } });
    if (count === 0) throw new AppError('CONFLICT', { _form: 'editions.conflict' });
    const { _count: _n, ...rest } = before;
    await audit(tx, actor.id, 'edition.delete', ['Call', id], { before: snapshot(rest) });
  });
  return { id };
}

/** Serialises openings, so two coordinators opening two editions at once cannot both succeed. */
async function lockOpenings(tx: Prisma.TransactionClient) {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(72010001)');
}

async function transition(
  actor: Actor,
  before: Prisma.CallGetPayload<{ include: { texts: true } }>,
  version: number,
  data: Prisma.CallUpdateManyMutationInput,
  action: 'edition.open' | 'edition.close' | 'edition.archive',
  steps: {
    /** Checked first, inside the transaction. */
    guard?: (tx: Prisma.TransactionClient) => Promise<void>;
    /** What else the change does, in the same transaction. */
    then?: (tx: Prisma.TransactionClient) => Promise<void>;
  } = {},
) {
  return db.$transaction(async (tx) => {
    if (steps.guard) await steps.guard(tx);
    const { count } = await tx.call.updateMany({
      where: { id: before.id, version, status: before.status },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', { _form: 'editions.conflict' });
    const after = await tx.call.findUniqueOrThrow({ where: { id: before.id } });
    await audit(tx, actor.id, action, ['Call', before.id], {
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version },
    });
    if (steps.then) await steps.then(tx);
    return { id: after.id, version: after.version };
  });
}
