import 'server-only';
import { assertCan } from '../access';
import { db } from '../db';
import { audit } from '../audit';
import { AppError, parseInput } from '../errors';
import { canMailReach, queueEmail } from '../mail';
import { composeEmail } from '../mail-compose';
import { getEnv } from '../env';
import { type Actor } from '@/lib/permissions';
import { ZInviteCoordinatorSchema, ZPersonIdSchema } from '@/lib/validation/people';

export async function verifyOfficial(actor: Actor, input: unknown) {
  assertCan(actor, 'people:manage');
  const { userId } = parseInput(ZPersonIdSchema, input);
  const before = await db.user.findFirst({
    where: { id: userId, role: 'CITY_OFFICIAL', officialCityId: { not: null } },
  });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.officialVerifiedAt) return { userId };
  await db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: userId },
      data: { officialVerifiedAt: new Date(), officialVerifiedById: actor.id },
    });
    await audit(tx, actor.id, 'official.verify', ['User', userId], {
      before: pickOfficial(before),
      after: pickOfficial(after),
    });
  });
  return { userId };
}

export async function unlinkOfficial(actor: Actor, input: unknown) {
  assertCan(actor, 'people:manage');
  const { userId } = parseInput(ZPersonIdSchema, input);
  const before = await db.user.findFirst({ where: { id: userId, role: 'CITY_OFFICIAL' } });
  if (!before) throw new AppError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: userId },
      data: { role: 'APPLICANT', officialCityId: null, officialVerifiedAt: null, officialVerifiedById: null },
    });
    await audit(tx, actor.id, 'official.unlink', ['User', userId], {
      before: pickOfficial(before),
      after: pickOfficial(after),
    });
  });
  return { userId };
}

/**
 * A known person becomes a coordinator at once. An address nobody has signed in with gets a pending
 * grant instead of a User row: it applies when the address first signs in (server/auth-options.ts),
 * so nothing is stored as a person before they have confirmed the address (docs/decisions/003).
 * `isMailSent` is false when no mail can reach the address (a demo without SMTP): the grant is kept
 * and the page says so.
 */
export async function inviteCoordinator(actor: Actor, input: unknown) {
  assertCan(actor, 'people:manage');
  const { email: rawEmail, name, locale: requestedLocale } = parseInput(ZInviteCoordinatorSchema, input);
  const email = rawEmail.toLowerCase();
  const before = await db.user.findUnique({ where: { email } });
  if (before?.role === 'COORDINATOR') throw new AppError('VALIDATION', { email: 'people.alreadyCoordinator' });
  // The role (or the pending grant), its audit row and the invitation e-mail: one transaction.
  const userId = await db.$transaction(async (tx) => {
    let userId: string | null = null;
    let locale = requestedLocale;
    if (before) {
      const after = await tx.user.update({
        where: { id: before.id },
        data: { role: 'COORDINATOR', officialCityId: null, officialVerifiedAt: null },
      });
      await audit(tx, actor.id, 'coordinator.invite', ['User', after.id], {
        before: { role: before.role },
        after: { role: after.role },
      });
      userId = after.id;
      locale = after.locale;
    } else {
      const open = await tx.roleGrant.findFirst({ where: { email, role: 'COORDINATOR', appliedAt: null } });
      const grant = open
        ? await tx.roleGrant.update({
            where: { id: open.id },
            data: { name: name || null, locale, invitedById: actor.id },
          })
        : await tx.roleGrant.create({
            data: { email, role: 'COORDINATOR', name: name || null, locale, invitedById: actor.id },
          });
      await audit(tx, actor.id, 'coordinator.invite', ['RoleGrant', grant.id], {
        before: null,
        after: { role: 'COORDINATOR', pending: true },
      });
    }
    const link = new URL(`/${locale}/signin`, getEnv().NEXTAUTH_URL).toString();
    const mail = composeEmail({ key: 'email.coordinatorInvite', locale, values: { link } });
    await queueEmail(tx, { to: email, locale, kind: 'coordinator-invite', ...mail });
    return userId;
  });
  return { userId, isPending: !before, isMailSent: await canMailReach(email) };
}

export async function revokeCoordinator(actor: Actor, input: unknown) {
  assertCan(actor, 'people:manage');
  const { userId } = parseInput(ZPersonIdSchema, input);
  // Nobody can lock the programme out by revoking themselves.
  if (userId === actor.id) throw new AppError('VALIDATION', { userId: 'people.cannotRevokeSelf' });
  const before = await db.user.findFirst({ where: { id: userId, role: 'COORDINATOR' } });
  if (!before) throw new AppError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role: 'APPLICANT' } });
    // Revocation takes effect at once: their open sessions end.
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, actor.id, 'coordinator.revoke', ['User', userId], {
      before: { role: 'COORDINATOR' },
      after: { role: 'APPLICANT' },
    });
  });
  return { userId };
}

function pickOfficial(u: { role: string; officialCityId: string | null; officialVerifiedAt: Date | null }) {
  return { role: u.role, officialCityId: u.officialCityId, officialVerifiedAt: u.officialVerifiedAt };
}
