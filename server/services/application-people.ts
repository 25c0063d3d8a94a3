import 'server-only';
import { applicationFacts } from '@/lib/resource-facts';
import { assertCan } from '../access';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db';
import { audit } from '../audit';
import { notifyCoordinatorsOfOfficialRequest } from './official-mail';
import { AppError, parseInput } from '../errors';
import { findInviteByTokenHash, getApplicationForViewer } from '../queries/applications';
import { appLink, queueApplicationEmail } from './application-mail';
import { canMailReach } from '../mail';
import { notifyPeople, syncOrganisations } from './applications';
import { cityName } from '@/lib/cities/city-name';
import { inviterLabel } from '@/lib/applications/inviter';
import { type Actor } from '@/lib/permissions';
import { ZEndorseSchema, ZInvitePartnerSchema, ZOrganisationsStepSchema } from '@/lib/validation/application';
import { locales, type AppLocale } from '@/i18n/routing';

const INVITE_DAYS = 30;
const ZId = z.string().min(1).max(64);
const ZInviteInput = z.object({ applicationId: ZId, kind: z.enum(['PARTNER', 'OFFICIAL']), locale: z.enum(locales) });

export const hashInviteToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The applicant invites the partner city's contact, or an official of the applicant city, by e-mail.
 * The e-mail carries a one-time token; only its hash is stored. A new invitation of the same kind
 * replaces the open one.
 */
export async function inviteToApplication(actor: Actor, input: unknown) {
  const { applicationId, kind, locale } = parseInput(ZInviteInput, input);
  const { email: rawEmail } = parseInput(ZInvitePartnerSchema, input);
  const email = rawEmail.toLowerCase();
  const app = await getApplicationForViewer(actor, applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  assertCan(actor, 'application:invite', applicationFacts(app));
  if (app.status === 'WITHDRAWN' || ['SELECTED', 'WAITLISTED', 'NOT_SELECTED'].includes(app.status)) {
    throw new AppError('CONFLICT', { _form: 'application.errors.decided' });
  }
  const self = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  if (self.email === email) throw new AppError('VALIDATION', { email: 'validation.notYourself' });
  if (kind === 'PARTNER' && app.partnerConfirmedAt)
    throw new AppError('CONFLICT', { _form: 'application.errors.partnerAlreadyConfirmed' });
  if (kind === 'OFFICIAL' && !app.applicantCityId)
    throw new AppError('VALIDATION', { email: 'application.errors.chooseCityFirst' });

  const token = randomBytes(32).toString('base64url');
  await db.$transaction(async (tx) => {
    await tx.partnerInvite.updateMany({
      where: { applicationId, kind, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invite = await tx.partnerInvite.create({
      data: {
        applicationId,
        kind,
        email,
        locale,
        tokenHash: hashInviteToken(token),
        invitedById: actor.id,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      },
    });
    if (kind === 'OFFICIAL') {
      await tx.endorsement.deleteMany({ where: { applicationId, status: 'PENDING', officialId: null } });
      await tx.endorsement.create({ data: { applicationId, cityId: app.applicantCityId!, invitedEmail: email } });
    }
    await audit(
      tx,
      actor.id,
      kind === 'PARTNER' ? 'application.invite.partner' : 'application.invite.official',
      ['Application', applicationId],
      { after: { email, inviteId: invite.id } },
    );
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, email: true } });
    const inviterIsApplicant = actor.id === app.applicantId;
    await queueApplicationEmail(tx, {
      to: email,
      locale,
      kind: kind === 'PARTNER' ? 'partnerInvite' : 'officialInvite',
      values: {
        inviter: inviterLabel({ ...inviter, organisations: inviterIsApplicant ? app.organisations : [] }),
        cityA: app.applicantCity ? cityName(app.applicantCity, locale) : '—',
        cityB: app.partnerCity ? cityName(app.partnerCity, locale) : '—',
        edition: String(app.call.year),
      },
      link: appLink(locale, `/invites/${token}`),
    });
  });
  // Kept either way; without SMTP (a demo) the mail reaches nobody, and the page says so.
  return { email, kind, isMailSent: await canMailReach(email) };
}

export type InviteView =
  | { state: 'invalid' }
  | {
      state: 'open' | 'accepted-by-you';
      kind: 'PARTNER' | 'OFFICIAL';
      applicationId: string;
      cityA: string;
      cityB: string;
      inviter: string;
    };

/** What the invitation page shows; a wrong, revoked or expired token looks the same ("invalid"). */
export async function viewInvite(actor: Actor | null, token: string, locale: AppLocale): Promise<InviteView> {
  if (typeof token !== 'string' || token.length > 100) return { state: 'invalid' };
  const invite = await findInviteByTokenHash(hashInviteToken(token));
  if (!invite || invite.revokedAt || invite.expiresAt < new Date()) return { state: 'invalid' };
  if (invite.acceptedById && invite.acceptedById !== actor?.id) return { state: 'invalid' };
  const app = invite.application;
  return {
    state: invite.acceptedById ? 'accepted-by-you' : 'open',
    kind: invite.kind,
    applicationId: app.id,
    cityA: app.applicantCity ? cityName(app.applicantCity, locale) : '—',
    cityB: app.partnerCity ? cityName(app.partnerCity, locale) : '—',
    inviter: inviterLabel({ ...app.applicant, organisations: app.organisations }),
  };
}

/**
 * Accepting: the partner becomes the application's partner contact; an invited official becomes an
 * (unverified) official of the applicant city and the endorsement waits for them.
 */
export async function acceptInvite(actor: Actor, input: unknown) {
  const { token } = parseInput(z.object({ token: z.string().min(10).max(100) }), input);
  const invite = await findInviteByTokenHash(hashInviteToken(token));
  if (!invite || invite.revokedAt || invite.expiresAt < new Date()) throw new AppError('NOT_FOUND');
  if (invite.acceptedById) {
    if (invite.acceptedById === actor.id)
      return {
        applicationId: invite.applicationId,
        next:
          invite.kind === 'OFFICIAL' && !actor.isVerifiedOfficial ? ('dashboard' as const) : ('application' as const),
      };
    throw new AppError('NOT_FOUND');
  }
  const app = invite.application;
  if (app.applicantId === actor.id) throw new AppError('CONFLICT', { _form: 'application.errors.ownInvite' });
  await db.$transaction(async (tx) => {
    const { count } = await tx.partnerInvite.updateMany({
      where: { id: invite.id, acceptedById: null },
      data: { acceptedById: actor.id, acceptedAt: new Date() },
    });
    if (count === 0) throw new AppError('NOT_FOUND');
    if (invite.kind === 'PARTNER') {
      if (app.partnerUserId && app.partnerUserId !== actor.id) {
        // A new partner contact replaces the old one; their confirmation does not carry over.
        await tx.application.update({
          where: { id: app.id },
          data: { partnerUserId: actor.id, partnerConfirmedAt: null, version: { increment: 1 } },
        });
      } else {
        await tx.application.update({
          where: { id: app.id },
          data: { partnerUserId: actor.id, version: { increment: 1 } },
        });
      }
    } else {
      if (actor.role === 'COORDINATOR')
        throw new AppError('CONFLICT', { _form: 'profile.coordinatorCannotBeOfficial' });
      const cityId = app.applicantCityId!;
      if (actor.officialCityId !== cityId) {
        await tx.user.update({
          where: { id: actor.id },
          data: { role: 'CITY_OFFICIAL', officialCityId: cityId, officialVerifiedAt: null, officialVerifiedById: null },
        });
        await audit(tx, actor.id, 'official.request', ['User', actor.id], {
          after: { officialCityId: cityId, via: 'invite' },
        });
        const me = await tx.user.findUniqueOrThrow({
          where: { id: actor.id },
          select: { id: true, email: true, name: true },
        });
        await notifyCoordinatorsOfOfficialRequest(tx, me, cityId);
      }
      await tx.endorsement.updateMany({
        where: { applicationId: app.id, invitedEmail: invite.email, officialId: null },
        data: { officialId: actor.id },
      });
    }
    await audit(tx, actor.id, 'application.invite.accept', ['Application', app.id], { after: { kind: invite.kind } });
  });
  // An official the coordinators have still to verify cannot open the application yet: their dashboard says so.
  const waiting =
    invite.kind === 'OFFICIAL' && !(actor.officialCityId === app.applicantCityId && actor.isVerifiedOfficial);
  return { applicationId: app.id, next: waiting ? ('dashboard' as const) : ('application' as const) };
}

/** The partner confirms the application; this may come after submission. */
export async function confirmAsPartner(actor: Actor, input: unknown) {
  const { applicationId } = parseInput(z.object({ applicationId: ZId }), input);
  const app = await getApplicationForViewer(actor, applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  assertCan(actor, 'application:confirm-partner', applicationFacts(app));
  if (app.status === 'WITHDRAWN') throw new AppError('CONFLICT', { _form: 'application.errors.withdrawn' });
  if (app.partnerConfirmedAt) return { confirmedAt: app.partnerConfirmedAt };
  const confirmedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.application.update({ where: { id: app.id }, data: { partnerConfirmedAt: confirmedAt } });
    await audit(tx, actor.id, 'application.partner.confirm', ['Application', app.id], {
      after: { partnerConfirmedAt: confirmedAt },
    });
    await notifyPeople(tx, app, 'partnerConfirmed', { exclude: actor.id, only: ['applicant'] });
  });
  return { confirmedAt };
}

/** The partner edits the partner city's organisations while the application is a draft. */
export async function savePartnerOrganisations(actor: Actor, input: unknown) {
  const { applicationId } = parseInput(z.object({ applicationId: ZId }), input);
  const { partnerOrganisations } = parseInput(ZOrganisationsStepSchema.pick({ partnerOrganisations: true }), input);
  const app = await getApplicationForViewer(actor, applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  assertCan(actor, 'application:edit', applicationFacts(app));
  if (app.status !== 'DRAFT') throw new AppError('CONFLICT', { _form: 'application.errors.alreadySubmitted' });
  if (!app.partnerCityId) throw new AppError('VALIDATION', { _form: 'application.errors.chooseCityFirst' });
  await db.$transaction(async (tx) => {
    await syncOrganisations(tx, app.id, 'PARTNER', app.partnerCityId, partnerOrganisations);
    await tx.application.update({ where: { id: app.id }, data: { version: { increment: 1 } } });
    await audit(tx, actor.id, 'application.partner.organisations', ['Application', app.id], {
      after: { partnerOrganisations },
    });
  });
  return { saved: true };
}

/**
 * A verified official of the applicant city confirms the self-declaration. Recorded with who and
 * when; an invited official's pending endorsement becomes theirs.
 */
export async function endorseApplication(actor: Actor, input: unknown) {
  const { applicationId } = parseInput(z.object({ applicationId: ZId }), input);
  const { note } = parseInput(ZEndorseSchema, input);
  const app = await getApplicationForViewer(actor, applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  assertCan(actor, 'application:endorse', { cityIds: [app.applicantCityId] });
  if (app.status === 'DRAFT' || app.status === 'WITHDRAWN')
    throw new AppError('CONFLICT', { _form: 'application.errors.notEndorsable' });
  const already = app.endorsements.find((e) => e.officialId === actor.id && e.status === 'CONFIRMED');
  if (already) return { confirmedAt: already.confirmedAt };
  const confirmedAt = new Date();
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  await db.$transaction(async (tx) => {
    const pending = await tx.endorsement.findFirst({
      where: { applicationId: app.id, status: 'PENDING', OR: [{ officialId: actor.id }, { invitedEmail: me.email }] },
    });
    const data = {
      officialId: actor.id,
      cityId: app.applicantCityId!,
      status: 'CONFIRMED' as const,
      confirmedAt,
      note: note || null,
    };
    if (pending) await tx.endorsement.update({ where: { id: pending.id }, data });
    else await tx.endorsement.create({ data: { ...data, applicationId: app.id } });
    await audit(tx, actor.id, 'application.endorse', ['Application', app.id], { after: { confirmedAt, note } });
    await notifyPeople(tx, app, 'endorsed', { only: ['applicant'] });
  });
  return { confirmedAt };
}
