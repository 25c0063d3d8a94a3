import { beforeAll, describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor, seedCities, useSignInLink } from '../test/helpers';
import { requestSignInLink } from '../sign-in-link';
import { inviteCoordinator, revokeCoordinator, unlinkOfficial, verifyOfficial } from './people';
import { createSession } from '@/prisma/factories';

let cities: Awaited<ReturnType<typeof seedCities>>;
beforeAll(async () => {
  cities = await seedCities();
});

describe('people management', () => {
  it('lets a coordinator verify an official, and records who did it in the audit log', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const official = await makeActor({ role: 'CITY_OFFICIAL', officialCityId: cities.kharkiv!.id });
    await verifyOfficial(coordinator, { userId: official.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: official.id } });
    expect(after.officialVerifiedAt).not.toBeNull();
    expect(after.officialVerifiedById).toBe(coordinator.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: official.id, action: 'official.verify' } });
    expect(event.actorId).toBe(coordinator.id);
    expect((event.before as { officialVerifiedAt: unknown }).officialVerifiedAt).toBeNull();
    expect((event.after as { officialVerifiedAt: string }).officialVerifiedAt).toBeTruthy();
  });

  it('answers NOT_FOUND to applicants and officials, changing nothing', async () => {
    const applicant = await makeActor();
    const official = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.minsk!.id,
      officialVerifiedAt: new Date(),
    });
    const target = await makeActor({ role: 'CITY_OFFICIAL', officialCityId: cities.minsk!.id });
    await expectAppError(verifyOfficial(applicant, { userId: target.id }), 'NOT_FOUND');
    await expectAppError(verifyOfficial(official, { userId: target.id }), 'NOT_FOUND');
    await expectAppError(inviteCoordinator(applicant, { email: 'x@example.org', locale: 'en' }), 'NOT_FOUND');
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).officialVerifiedAt).toBeNull();
  });

  it('unlinks an official back to applicant', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const official = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.leipzig!.id,
      officialVerifiedAt: new Date(),
    });
    await unlinkOfficial(coordinator, { userId: official.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: official.id } });
    expect(after.role).toBe('APPLICANT');
    expect(after.officialCityId).toBeNull();
  });

  it('invites an unknown address as a pending grant that applies when it first signs in', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const email = `new-coordinator-${Date.now()}@example.org`;
    const result = await inviteCoordinator(coordinator, { email: email.toUpperCase(), name: 'Ольга', locale: 'uk' });
    expect(result).toMatchObject({ userId: null, isPending: true, isMailSent: true });
    // No person exists for the address until its owner has confirmed it.
    expect(await db.user.count({ where: { email } })).toBe(0);
    const grant = await db.roleGrant.findFirstOrThrow({ where: { email } });
    expect(grant).toMatchObject({ role: 'COORDINATOR', invitedById: coordinator.id, appliedAt: null });
    const invite = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: email } });
    expect(invite.locale).toBe('uk');
    expect(invite.text).toContain(`/uk/signin`);

    await requestSignInLink({ email, locale: 'uk' }, '10.4.0.1');
    const link = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: email, kind: 'sign-in' } });
    await useSignInLink(link.text);
    const invited = await db.user.findUniqueOrThrow({ where: { email } });
    expect(invited).toMatchObject({ role: 'COORDINATOR', name: 'Ольга', locale: 'uk' });
    expect((await db.roleGrant.findUniqueOrThrow({ where: { id: grant.id } })).appliedAt).not.toBeNull();
    expect(
      await db.auditEvent.count({
        where: { entityId: invited.id, action: 'role.grant.apply', actorId: coordinator.id },
      }),
    ).toBe(1);
  });

  it('makes a known person a coordinator at once', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const known = await makeActor({ locale: 'de' });
    const result = await inviteCoordinator(coordinator, { email: known.email, locale: 'en' });
    expect(result).toMatchObject({ userId: known.id, isPending: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: known.id } })).role).toBe('COORDINATOR');
    expect((await db.outboxEmail.findFirstOrThrow({ where: { toEmail: known.email } })).locale).toBe('de');
    await expectAppError(inviteCoordinator(coordinator, { email: known.email, locale: 'en' }), 'VALIDATION', {
      email: 'people.alreadyCoordinator',
    });
  });

  it('gives field errors for bad input', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    await expectAppError(inviteCoordinator(coordinator, { email: 'not-an-email', locale: 'en' }), 'VALIDATION', {
      email: 'validation.email',
    });
    await expectAppError(inviteCoordinator(coordinator, { email: 'a@b.org', locale: 'fr' }), 'VALIDATION', {
      locale: 'validation.required',
    });
    await expectAppError(verifyOfficial(coordinator, {}), 'VALIDATION');
    await expectAppError(revokeCoordinator(coordinator, { userId: coordinator.id }), 'VALIDATION', {
      userId: 'people.cannotRevokeSelf',
    });
  });

  it('revokes a coordinator and ends their sessions at once', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const other = await makeActor({ role: 'COORDINATOR' });
    await createSession(db, other.id);
    await revokeCoordinator(coordinator, { userId: other.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe('APPLICANT');
    expect(await db.session.count({ where: { userId: other.id } })).toBe(0);
  });
});
