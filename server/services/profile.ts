import 'server-only';
import { assertCan } from '../access';
import { db } from '../db';
import { audit } from '../audit';
import { notifyCoordinatorsOfOfficialRequest } from './official-mail';
import { AppError, parseInput } from '../errors';
import { type Actor } from '@/lib/permissions';
import { ZRememberTimeZoneSchema, ZRequestOfficialSchema, ZUpdateProfileSchema } from '@/lib/validation/profile';

export async function updateProfile(actor: Actor, input: unknown) {
  assertCan(actor, 'profile:edit');
  const data = parseInput(ZUpdateProfileSchema, input);
  const before = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, locale: true, timeZone: true },
  });
  return db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: actor.id },
      data,
      select: { name: true, locale: true, timeZone: true },
    });
    await audit(tx, actor.id, 'profile.update', ['User', actor.id], { before, after });
    return after;
  });
}

/** A person asks to act as an official of a city; it counts only once a coordinator verifies it. */
export async function requestOfficialRole(actor: Actor, input: unknown) {
  assertCan(actor, 'profile:edit');
  // Coordinators keep their role; an official link would demote them.
  if (actor.role === 'COORDINATOR') throw new AppError('VALIDATION', { cityId: 'profile.coordinatorCannotBeOfficial' });
  const { cityId } = parseInput(ZRequestOfficialSchema, input);
  const city = await db.city.findUnique({ where: { id: cityId } });
  if (!city) throw new AppError('VALIDATION', { cityId: 'validation.cityRequired' });
  const before = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (before.officialCityId === cityId) return { cityId };
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { role: 'CITY_OFFICIAL', officialCityId: cityId, officialVerifiedAt: null, officialVerifiedById: null },
    });
    await audit(tx, actor.id, 'official.request', ['User', actor.id], {
      before: { role: before.role, officialCityId: before.officialCityId },
      after: { role: 'CITY_OFFICIAL', officialCityId: cityId },
    });
    await notifyCoordinatorsOfOfficialRequest(tx, before, cityId);
  });
  return { cityId };
}

/**
 * Takes the browser's time zone into the profile the first time it is seen; a zone the person chose
 * is never replaced. Workshop pages and e-mails then show times in it.
 */
export async function rememberTimeZone(actor: Actor, input: unknown) {
  assertCan(actor, 'profile:edit');
  const { timeZone } = parseInput(ZRememberTimeZoneSchema, input);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: actor.id, timeZone: null }, data: { timeZone } });
    if (count)
      await audit(tx, actor.id, 'profile.timeZone.fromBrowser', ['User', actor.id], {
        before: { timeZone: null },
        after: { timeZone },
      });
  });
  return { timeZone };
}
