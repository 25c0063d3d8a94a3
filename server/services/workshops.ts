import 'server-only';
import { logisticsFacts, pairFacts } from '@/lib/resource-facts';
import { assertCan } from '../access';
import { randomBytes } from 'node:crypto';
import { db, type Prisma } from '../db';
import { audit } from '../audit';
import { AppError, parseInput } from '../errors';
import { pairScope } from '../queries/scopes';
import { queueWorkshopMail } from './workshop-mail';
import { type Actor } from '@/lib/permissions';
import { checkMarkDone, checkSchedule, DEPENDANTS } from '@/lib/booster/stage-rules';
import { parseLocalInput } from '@/lib/time/zoned';
import { localInstant } from '@/lib/validation/local-time';
import {
  ZAddLogisticsSchema,
  ZCancelWorkshopSchema,
  ZPairIdSchema,
  ZRecordOutcomeSchema,
  ZScheduleWorkshopSchema,
  ZTickLogisticsSchema,
  ZWithdrawPairSchema,
} from '@/lib/validation/workshops';

type Tx = Prisma.TransactionClient;

const DEFAULT_CHECKLIST = ['ROOMS', 'LODGING', 'PARTICIPANT_LIST'] as const;

/**
 * Loads a workshop the actor may see, with its pair's row locked for the rest of the transaction,
 * so two coordinators editing two workshops of one pair cannot together break the stage order.
 */
async function lockWorkshop(tx: Tx, actor: Actor, workshopId: string) {
  const workshop = await tx.workshop.findFirst({
    where: { id: workshopId, pair: pairScope(actor) },
    select: { pairId: true },
  });
  if (!workshop) throw new AppError('NOT_FOUND');
  await tx.$queryRaw`SELECT "id" FROM "BoosterPair" WHERE "id" = ${workshop.pairId} FOR UPDATE`;
  const pair = await tx.boosterPair.findUniqueOrThrow({
    where: { id: workshop.pairId },
    include: {
      call: { select: { windowStart: true, windowEnd: true } },
      application: { select: { applicantId: true, partnerUserId: true } },
      workshops: { include: { facilitators: { select: { userId: true } } } },
    },
  });
  const target = pair.workshops.find((w) => w.id === workshopId)!;
  return { pair, target, others: pair.workshops.filter((w) => w.id !== workshopId) };
}

function snapshot(w: {
  status: string;
  format: string | null;
  hostCityId: string | null;
  venueName: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string | null;
  version: number;
}) {
  return {
    status: w.status,
    format: w.format,
    hostCityId: w.hostCityId,
    venueName: w.venueName,
    startsAt: w.startsAt,
    endsAt: w.endsAt,
    timeZone: w.timeZone,
    version: w.version,
  };
}

/** Bumps the version only if nobody saved in between; otherwise the second save is refused. */
async function updateWithVersion(tx: Tx, id: string, version: number, data: Prisma.WorkshopUncheckedUpdateManyInput) {
  const { count } = await tx.workshop.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError('CONFLICT', { _form: 'scheduling.errors.conflict' });
  return tx.workshop.findUniqueOrThrow({ where: { id } });
}

export async function scheduleWorkshop(actor: Actor, input: unknown) {
  assertCan(actor, 'workshop:schedule');
  const data = parseInput(ZScheduleWorkshopSchema, input);
  const startsAt = localInstant(parseLocalInput(data.startsAt)!, data.timeZone, data.startsOffset);
  const endsAt = localInstant(parseLocalInput(data.endsAt)!, data.timeZone, data.endsOffset);
  const hostCityId = data.hostCityId || null;

  const result = await db.$transaction(async (tx) => {
    const { pair, target, others } = await lockWorkshop(tx, actor, data.workshopId);
    if (target.version !== data.version) throw new AppError('CONFLICT', { _form: 'scheduling.errors.conflict' });
    if (pair.status !== 'ACTIVE') throw new AppError('VALIDATION', { _form: 'scheduling.errors.pairNotActive' });
    if (target.status === 'DONE') throw new AppError('VALIDATION', { _form: 'scheduling.errors.alreadyDone' });

    const errors = checkSchedule(
      { stage: target.stage, format: data.format, hostCityId, startsAt, endsAt, timeZone: data.timeZone },
      others,
      pair.call,
      pair,
    );
    if (Object.keys(errors).length) throw new AppError('VALIDATION', errors);

    const facilitatorIds = [...new Set(data.facilitatorIds)];
    const known = await tx.user.count({ where: { id: { in: facilitatorIds }, role: 'COORDINATOR' } });
    if (known !== facilitatorIds.length)
      throw new AppError('VALIDATION', { facilitatorIds: 'scheduling.errors.facilitatorUnknown' });

    const after = await updateWithVersion(tx, target.id, data.version, {
      status: 'SCHEDULED',
      format: data.format,
      hostCityId,
      venueName: data.venueName || null,
      venueAddress: data.venueAddress || null,
      onlineUrl: data.onlineUrl || null,
      startsAt,
      endsAt,
      timeZone: data.timeZone,
      languages: [...new Set(data.languages)],
      expectedParticipants:
        data.expectedParticipants === '' || data.expectedParticipants === undefined ? null : data.expectedParticipants,
      cancelledAt: null,
      cancelReason: null,
    });
    await tx.workshopFacilitator.deleteMany({ where: { workshopId: target.id } });
    if (facilitatorIds.length)
      await tx.workshopFacilitator.createMany({
        data: facilitatorIds.map((userId) => ({ workshopId: target.id, userId })),
      });

    // The host city's checklist starts with the three items every host prepares.
    if (hostCityId) {
      const existing = await tx.logisticsItem.count({ where: { workshopId: target.id, cityId: hostCityId } });
      if (existing === 0) {
        await tx.logisticsItem.createMany({
          data: DEFAULT_CHECKLIST.map((kind, position) => ({
            workshopId: target.id,
            cityId: hostCityId,
            kind,
            position,
          })),
        });
      }
    }
    const wasPlanned = target.status === 'SCHEDULED';
    await audit(tx, actor.id, wasPlanned ? 'workshop.reschedule' : 'workshop.schedule', ['Workshop', target.id], {
      before: { ...snapshot(target), facilitatorIds: target.facilitators.map((f) => f.userId) },
      after: { ...snapshot(after), facilitatorIds },
    });
    const isMoved =
      wasPlanned &&
      (target.startsAt?.getTime() !== startsAt.getTime() ||
        target.endsAt?.getTime() !== endsAt.getTime() ||
        target.hostCityId !== hostCityId ||
        target.venueName !== after.venueName ||
        target.format !== data.format);
    const kind = wasPlanned ? (isMoved ? ('moved' as const) : null) : ('scheduled' as const);
    // In the same transaction: a workshop is never planned or moved without its notice.
    if (kind) await queueWorkshopMail(tx, after.id, kind, `${after.id}:v${after.version}`);
    return after;
  });
  return { workshopId: result.id, version: result.version };
}

export async function cancelWorkshop(actor: Actor, input: unknown) {
  assertCan(actor, 'workshop:schedule');
  const data = parseInput(ZCancelWorkshopSchema, input);
  const after = await db.$transaction(async (tx) => {
    const { target, others } = await lockWorkshop(tx, actor, data.workshopId);
    if (target.version !== data.version) throw new AppError('CONFLICT', { _form: 'scheduling.errors.conflict' });
    if (target.status !== 'SCHEDULED') throw new AppError('VALIDATION', { _form: 'scheduling.errors.notScheduled' });
    // A later stage planned on top of this one would be left without its prerequisite.
    const blocking = DEPENDANTS[target.stage].find((stage) =>
      others.some((w) => w.stage === stage && (w.status === 'SCHEDULED' || w.status === 'DONE')),
    );
    if (blocking) throw new AppError('VALIDATION', { _form: `scheduling.errors.dependantPlanned.${blocking}` });
    const updated = await updateWithVersion(tx, target.id, data.version, {
      status: 'CANCELLED',
      cancelledAt: new Date(),
      cancelReason: data.reason,
    });
    await audit(tx, actor.id, 'workshop.cancel', ['Workshop', target.id], {
      before: snapshot(target),
      after: { ...snapshot(updated), cancelReason: data.reason },
    });
    await queueWorkshopMail(tx, updated.id, 'cancelled', `${updated.id}:v${updated.version}`);
    return updated;
  });
  return { workshopId: after.id, version: after.version };
}

export async function recordOutcome(actor: Actor, input: unknown) {
  assertCan(actor, 'workshop:record');
  const data = parseInput(ZRecordOutcomeSchema, input);
  return db.$transaction(async (tx) => {
    const { pair, target, others } = await lockWorkshop(tx, actor, data.workshopId);
    if (target.version !== data.version) throw new AppError('CONFLICT', { _form: 'scheduling.errors.conflict' });
    // Outcomes of a done workshop may be corrected; a workshop becomes done only in stage order.
    if (target.status !== 'DONE') {
      const why = checkMarkDone(target.stage, target.status, others);
      if (why) throw new AppError('VALIDATION', { _form: why });
    }
    const materialIds = [...new Set(data.materialIds)];
    if (
      materialIds.length &&
      (await tx.material.count({ where: { id: { in: materialIds } } })) !== materialIds.length
    ) {
      throw new AppError('VALIDATION', { materialIds: 'validation.invalid' });
    }
    const num = (v: number | '' | undefined) => (v === '' || v === undefined ? null : v);
    const after = await updateWithVersion(tx, target.id, data.version, {
      status: 'DONE',
      doneAt: target.doneAt ?? new Date(),
      minutes: data.minutes || null,
      attendanceA: num(data.attendanceA),
      attendanceB: num(data.attendanceB),
      ideasA: data.ideasA,
      ideasB: data.ideasB,
    });
    await tx.workshopMaterial.deleteMany({ where: { workshopId: target.id } });
    if (materialIds.length)
      await tx.workshopMaterial.createMany({
        data: materialIds.map((materialId) => ({ workshopId: target.id, materialId })),
      });
    await audit(
      tx,
      actor.id,
      target.status === 'DONE' ? 'workshop.outcome.update' : 'workshop.done',
      ['Workshop', target.id],
      {
        before: {
          ...snapshot(target),
          attendanceA: target.attendanceA,
          attendanceB: target.attendanceB,
          ideasA: target.ideasA,
          ideasB: target.ideasB,
        },
        after: {
          ...snapshot(after),
          attendanceA: after.attendanceA,
          attendanceB: after.attendanceB,
          ideasA: after.ideasA,
          ideasB: after.ideasB,
          materialIds,
        },
      },
    );
    // The last stage done completes the pair's programme.
    const allDone = others.every((w) => w.status === 'DONE');
    if (allDone && pair.status === 'ACTIVE') {
      await tx.boosterPair.update({ where: { id: pair.id }, data: { status: 'COMPLETED' } });
      await audit(tx, actor.id, 'pair.complete', ['BoosterPair', pair.id], {
        before: { status: 'ACTIVE' },
        after: { status: 'COMPLETED' },
      });
    }
    return { workshopId: after.id, version: after.version };
  });
}

/** Ticks or unticks one checklist item; only the item's city (its official or the pair's applicant there) or a coordinator. */
export async function tickLogistics(actor: Actor, input: unknown) {
  const { itemId, done } = parseInput(ZTickLogisticsSchema, input);
  const item = await db.logisticsItem.findFirst({
    where: { id: itemId, workshop: { pair: pairScope(actor) } },
    include: {
      workshop: {
        select: {
          pair: {
            select: {
              status: true,
              cityAId: true,
              cityBId: true,
              application: { select: { applicantId: true, partnerUserId: true } },
            },
          },
        },
      },
    },
  });
  if (!item) throw new AppError('NOT_FOUND');
  if (item.workshop.pair.status !== 'ACTIVE')
    throw new AppError('VALIDATION', { _form: 'scheduling.errors.pairNotActive' });
  assertCan(actor, 'logistics:tick', logisticsFacts(item.cityId, item.workshop.pair), 'FORBIDDEN');
  if (!!item.doneAt === done) return { itemId };
  await db.$transaction(async (tx) => {
    const updated = await tx.logisticsItem.update({
      where: { id: itemId },
      data: done ? { doneAt: new Date(), doneById: actor.id } : { doneAt: null, doneById: null },
    });
    await audit(tx, actor.id, done ? 'logistics.tick' : 'logistics.untick', ['LogisticsItem', itemId], {
      before: { doneAt: item.doneAt, doneById: item.doneById },
      after: { doneAt: updated.doneAt, doneById: updated.doneById },
    });
  });
  return { itemId };
}

export async function addLogisticsItem(actor: Actor, input: unknown) {
  assertCan(actor, 'logistics:add');
  const data = parseInput(ZAddLogisticsSchema, input);
  const workshop = await db.workshop.findFirst({
    where: { id: data.workshopId, pair: pairScope(actor) },
    include: { pair: true, logistics: { select: { id: true } } },
  });
  if (!workshop) throw new AppError('NOT_FOUND');
  if (data.cityId !== workshop.pair.cityAId && data.cityId !== workshop.pair.cityBId)
    throw new AppError('VALIDATION', { cityId: 'validation.invalid' });
  const item = await db.$transaction(async (tx) => {
    const created = await tx.logisticsItem.create({
      data: {
        workshopId: workshop.id,
        cityId: data.cityId,
        kind: 'CUSTOM',
        label: data.label,
        position: workshop.logistics.length + 10,
      },
    });
    await audit(tx, actor.id, 'logistics.add', ['LogisticsItem', created.id], {
      after: { workshopId: workshop.id, cityId: data.cityId, label: data.label },
    });
    return created;
  });
  return { itemId: item.id };
}

async function loadPair(actor: Actor, pairId: string) {
  const pair = await db.boosterPair.findFirst({
    where: { AND: [{ id: pairId }, pairScope(actor)] },
    include: {
      application: { select: { applicantId: true, partnerUserId: true } },
      workshops: { include: { facilitators: { select: { userId: true } } } },
    },
  });
  if (!pair) throw new AppError('NOT_FOUND');
  return pair;
}

export async function withdrawPair(actor: Actor, input: unknown) {
  const { pairId, reason } = parseInput(ZWithdrawPairSchema, input);
  const pair = await loadPair(actor, pairId);
  assertCan(actor, 'pair:withdraw', pairFacts(pair));
  if (pair.status === 'WITHDRAWN') return { pairId };
  if (pair.status !== 'ACTIVE') throw new AppError('VALIDATION', { _form: 'pairs.errors.notActive' });
  await db.$transaction(async (tx) => {
    const { count } = await tx.boosterPair.updateMany({
      where: { id: pairId, status: 'ACTIVE' },
      data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawReason: reason },
    });
    if (count)
      await audit(tx, actor.id, 'pair.withdraw', ['BoosterPair', pairId], {
        before: { status: pair.status },
        after: { status: 'WITHDRAWN', reason },
      });
  });
  return { pairId };
}

const newToken = () => randomBytes(24).toString('base64url');

/** Creates or replaces the pair's feed secret; the old URL stops working at once. */
export async function rotatePairCalendar(actor: Actor, input: unknown) {
  const { pairId } = parseInput(ZPairIdSchema, input);
  const pair = await loadPair(actor, pairId);
  assertCan(actor, 'pair:calendar', pairFacts(pair));
  const token = newToken();
  await db.$transaction(async (tx) => {
    await tx.boosterPair.update({ where: { id: pairId }, data: { calendarToken: token } });
    await audit(tx, actor.id, pair.calendarToken ? 'pair.calendar.rotate' : 'pair.calendar.create', [
      'BoosterPair',
      pairId,
    ]);
  });
  return { pairId };
}

/** A facilitator's own feed of every workshop they facilitate. */
export async function rotateFacilitatorCalendar(actor: Actor) {
  assertCan(actor, 'workshop:schedule');
  const token = newToken();
  await db.$transaction(async (tx) => {
    await tx.facilitatorCalendar.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, token },
      update: { token, createdAt: new Date() },
    });
    await audit(tx, actor.id, 'facilitator.calendar.rotate', ['User', actor.id]);
  });
  return { ok: true };
}
