import 'server-only';
import { applicationFacts } from '@/lib/resource-facts';
import { assertCan } from '../access';
import { z } from 'zod';
import { db, type Prisma } from '../db';
import { audit } from '../audit';
import { AppError, parseInput } from '../errors';
import type { FieldErrors } from '@/lib/action-result';
import { isCallAcceptingApplications } from '../queries/open-call';
import { cityName } from '@/lib/cities/city-name';
import {
  APPLICATION_DETAIL_INCLUDE,
  findOwnApplication,
  getApplicationForViewer,
  type ApplicationDetail,
} from '../queries/applications';
import { buildSnapshot, toDraft } from '@/lib/applications/draft';
import { DRAFT_COLUMNS } from '@/lib/applications/fields';
import { appLink, queueApplicationEmail } from './application-mail';
import { type Actor } from '@/lib/permissions';
import {
  STEP_SCHEMAS,
  WIZARD_STEPS,
  ZApplicationDraftSchema,
  ZReturnForChangesSchema,
  ZSubmitApplicationSchema,
  type TApplicationDraft,
} from '@/lib/validation/application';

type Tx = Prisma.TransactionClient;

const DEADLINE_PASSED = () => new AppError('CONFLICT', { _form: 'validation.deadlinePassed' });
const ZId = z.string().min(1).max(64);
const ZSaveDraftInput = z.object({ callId: ZId, data: ZApplicationDraftSchema });
const ZSaveStepInput = z.object({
  callId: ZId,
  step: z.enum(Object.keys(STEP_SCHEMAS) as [keyof typeof STEP_SCHEMAS]),
  data: z.record(z.string(), z.unknown()),
});

async function requireAcceptingCall(callId: string) {
  if (!(await isCallAcceptingApplications(callId))) throw DEADLINE_PASSED();
}

/** Unknown city ids become field errors, not foreign-key failures (a 500). */
async function checkCities(data: TApplicationDraft) {
  const ids = [data.applicantCityId, data.partnerCityId].filter((v): v is string => !!v);
  if (ids.length === 0) return;
  const found = new Set(
    (await db.city.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((c) => c.id),
  );
  const errors: FieldErrors = {};
  if (data.applicantCityId && !found.has(data.applicantCityId)) errors.applicantCityId = 'validation.cityRequired';
  if (data.partnerCityId && !found.has(data.partnerCityId)) errors.partnerCityId = 'validation.cityRequired';
  if (Object.keys(errors).length) throw new AppError('VALIDATION', errors);
}

/** Columns of Application that a draft patch sets (organisations are rows of their own). */
function columnsOf(data: TApplicationDraft): Prisma.ApplicationUncheckedUpdateInput {
  const out: Prisma.ApplicationUncheckedUpdateInput = {};
  for (const key of DRAFT_COLUMNS) {
    if (data[key] !== undefined) (out as Record<string, unknown>)[key] = data[key];
  }
  if (data.partnershipStatus === 'PROSPECTIVE') out.twinnedSinceYear = null;
  if (data.selfDeclaration !== undefined) out.selfDeclaredAt = data.selfDeclaration ? new Date() : null;
  if (data.consent !== undefined) out.consentAt = data.consent ? new Date() : null;
  return out;
}

/** Replaces one side's organisations; an organisation of the same name in the same city is reused. */
export async function syncOrganisations(
  tx: Tx,
  applicationId: string,
  side: 'APPLICANT' | 'PARTNER',
  cityId: string | null,
  orgs: NonNullable<TApplicationDraft['applicantOrganisations']>,
) {
  await tx.applicationOrganisation.deleteMany({ where: { applicationId, side } });
  if (!cityId) return;
  let position = 0;
  const seen = new Set<string>();
  for (const org of orgs) {
    const name = org.name.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const kind = org.kind ?? 'OTHER';
    const website = org.website?.trim() || null;
    const existing = await tx.organisation.findFirst({
      where: { cityId, name: { equals: name, mode: 'insensitive' } },
    });
    const organisation = existing
      ? await tx.organisation.update({
          where: { id: existing.id },
          data: { kind, website: website ?? existing.website },
        })
      : await tx.organisation.create({ data: { name, kind, website, cityId } });
    await tx.applicationOrganisation.create({
      data: { applicationId, organisationId: organisation.id, side, position: position++ },
    });
  }
}

async function writeDraft(actor: Actor, callId: string, data: TApplicationDraft): Promise<ApplicationDetail> {
  await requireAcceptingCall(callId);
  await checkCities(data);
  return db.$transaction(async (tx) => {
    // One application per applicant and edition (unique): two tabs or a double click find the same row.
    const app = await tx.application.upsert({
      where: { callId_applicantId: { callId, applicantId: actor.id } },
      create: { callId, applicantId: actor.id },
      update: {},
    });
    if (app.status !== 'DRAFT') throw new AppError('CONFLICT', { _form: 'application.errors.alreadySubmitted' });
    if (app.version === 1 && app.createdAt.getTime() === app.updatedAt.getTime()) {
      await audit(tx, actor.id, 'application.create', ['Application', app.id], { after: { callId } });
    }
    const updated = await tx.application.update({
      where: { id: app.id },
      data: { ...columnsOf(data), version: { increment: 1 } },
    });
    const cityA = updated.applicantCityId;
    const cityB = updated.partnerCityId;
    // A city change moves that side's organisations to the new city.
    if (data.applicantOrganisations !== undefined || data.applicantCityId !== undefined) {
      const current = data.applicantOrganisations ?? toDraft(await reload(tx, app.id)).applicantOrganisations;
      await syncOrganisations(tx, app.id, 'APPLICANT', cityA, current);
    }
    if (data.partnerOrganisations !== undefined || data.partnerCityId !== undefined) {
      const current = data.partnerOrganisations ?? toDraft(await reload(tx, app.id)).partnerOrganisations;
      await syncOrganisations(tx, app.id, 'PARTNER', cityB, current);
    }
    return reload(tx, app.id);
  });
}

function reload(tx: Tx, id: string) {
  return tx.application.findUniqueOrThrow({ where: { id }, include: APPLICATION_DETAIL_INCLUDE });
}

/** Autosave: a lenient patch (types and limits only). Creates the draft on the first keystroke. */
export async function saveDraft(actor: Actor, input: unknown) {
  assertCan(actor, 'application:create');
  const { callId, data } = parseInput(ZSaveDraftInput, input);
  const app = await writeDraft(actor, callId, data);
  return { id: app.id, version: app.version, savedAt: app.updatedAt.toISOString() };
}

/** "Next": the step's strict schema, then the same save. */
export async function saveStep(actor: Actor, input: unknown) {
  assertCan(actor, 'application:create');
  const { callId, step, data } = parseInput(ZSaveStepInput, input);
  const strict = parseInput(STEP_SCHEMAS[step], data) as TApplicationDraft;
  const app = await writeDraft(actor, callId, strict);
  const next = WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1] ?? 'review';
  return { id: app.id, version: app.version, savedAt: app.updatedAt.toISOString(), next };
}

/**
 * Submit: everything validated with the strict schema, then one conditional update from DRAFT.
 * A second submit (double click, second tab) finds the application submitted and returns it.
 */
export async function submitApplication(actor: Actor, input: unknown) {
  assertCan(actor, 'application:create');
  const { callId } = parseInput(z.object({ callId: ZId }), input);
  const app = await findOwnApplication(actor.id, callId);
  if (!app) throw new AppError('NOT_FOUND');
  if (app.status !== 'DRAFT') return { id: app.id, alreadySubmitted: true };
  await requireAcceptingCall(callId);
  parseInput(ZSubmitApplicationSchema, toDraft(app));
  const now = new Date();
  const snapshot = buildSnapshot({ ...app, version: app.version + 1 }, now);
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: 'DRAFT', version: app.version },
      data: {
        status: 'SUBMITTED',
        submittedAt: now,
        submittedSnapshot: snapshot as unknown as Prisma.InputJsonValue,
        returnMessage: null,
        version: { increment: 1 },
      },
    });
    if (count === 1) {
      await audit(tx, actor.id, 'application.submit', ['Application', app.id], {
        before: { status: 'DRAFT' },
        after: { status: 'SUBMITTED', version: app.version + 1 },
      });
      await mailSubmitted(tx, actor, app);
    }
    return count === 1;
  });
  if (!claimed) {
    const current = await db.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } });
    if (current.status !== 'DRAFT') return { id: app.id, alreadySubmitted: true };
    // The draft changed between reading and submitting (another tab): ask to look again.
    throw new AppError('CONFLICT', { _form: 'application.errors.changedMeanwhile' });
  }
  return { id: app.id, alreadySubmitted: false };
}

/** The applicant's receipt and the partner's notice (with a way to confirm), each in their own language. */
async function mailSubmitted(tx: Tx, actor: Actor, app: ApplicationDetail) {
  const recipient = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, locale: true } });
  await queueApplicationEmail(tx, {
    to: recipient.email,
    locale: recipient.locale,
    kind: 'submitted',
    values: { edition: String(app.call.year) },
    link: appLink(recipient.locale, `/applications/${app.id}`),
    dedupeKey: `application:submitted:${app.id}:${app.version + 1}`,
  });
  if (!app.partnerUser) return;
  const partner = await tx.user.findUniqueOrThrow({
    where: { id: app.partnerUser.id },
    select: { email: true, locale: true },
  });
  const locale = partner.locale;
  await queueApplicationEmail(tx, {
    to: partner.email,
    locale,
    kind: 'submittedPartner',
    values: {
      edition: String(app.call.year),
      cityA: app.applicantCity ? cityName(app.applicantCity, locale) : '—',
      cityB: app.partnerCity ? cityName(app.partnerCity, locale) : '—',
    },
    link: appLink(locale, `/applications/${app.id}`),
    dedupeKey: `application:submitted-partner:${app.id}:${app.version + 1}`,
  });
}

/** Discard a draft that was never submitted; a returned application is withdrawn instead. */
export async function discardDraft(actor: Actor, input: unknown) {
  const { applicationId } = parseInput(z.object({ applicationId: ZId }), input);
  const app = await getApplicationForViewer(actor, applicationId);
  if (!app || app.applicantId !== actor.id) throw new AppError('NOT_FOUND');
  if (app.status !== 'DRAFT' || app.submittedSnapshot)
    throw new AppError('CONFLICT', { _form: 'application.errors.cannotDiscard' });
  await db.$transaction(async (tx) => {
    await tx.application.delete({ where: { id: app.id } });
    await audit(tx, actor.id, 'application.discard', ['Application', app.id], { before: { status: 'DRAFT' } });
  });
  return { discarded: true };
}

const WITHDRAWABLE = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW'] as const;

/** The applicant withdraws before a decision. */
export async function withdrawApplication(actor: Actor, input: unknown) {
  const { applicationId } = parseInput(z.object({ applicationId: ZId }), input);
  const app = await getApplicationForViewer(actor, applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  assertCan(actor, 'application:withdraw', applicationFacts(app));
  if (app.status === 'WITHDRAWN') return { status: 'WITHDRAWN' as const };
  if (!(WITHDRAWABLE as readonly string[]).includes(app.status))
    throw new AppError('CONFLICT', { _form: 'application.errors.decided' });
  if (app.status === 'DRAFT' && !app.submittedSnapshot)
    throw new AppError('CONFLICT', { _form: 'application.errors.discardInstead' });
  await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: { in: [...WITHDRAWABLE] } },
      data: { status: 'WITHDRAWN', withdrawnAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', { _form: 'application.errors.decided' });
    await audit(tx, actor.id, 'application.withdraw', ['Application', app.id], {
      before: { status: app.status },
      after: { status: 'WITHDRAWN' },
    });
    await notifyPeople(tx, app, 'withdrawn', { exclude: actor.id });
  });
  return { status: 'WITHDRAWN' as const };
}

/**
 * A coordinator returns a submitted application for changes: it becomes a draft again, and the
 * partner's confirmation and the officials' endorsements must be given again for the new version.
 */
export async function returnForChanges(actor: Actor, input: unknown) {
  const { applicationId, ...rest } = parseInput(z.object({ applicationId: ZId, message: z.unknown() }), input);
  const { message } = parseInput(ZReturnForChangesSchema, rest);
  const app = await getApplicationForViewer(actor, applicationId);
  if (!app) throw new AppError('NOT_FOUND');
  assertCan(actor, 'application:return', applicationFacts(app));
  if (app.status !== 'SUBMITTED' && app.status !== 'UNDER_REVIEW')
    throw new AppError('CONFLICT', { _form: 'application.errors.notReturnable' });
  await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: { in: ['SUBMITTED', 'UNDER_REVIEW'] } },
      data: {
        status: 'DRAFT',
        returnedAt: new Date(),
        returnMessage: message,
        partnerConfirmedAt: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError('CONFLICT', { _form: 'application.errors.notReturnable' });
    await tx.endorsement.updateMany({
      where: { applicationId: app.id, status: 'CONFIRMED' },
      data: { status: 'PENDING', confirmedAt: null },
    });
    await audit(tx, actor.id, 'application.return', ['Application', app.id], {
      before: { status: app.status },
      after: { status: 'DRAFT', message },
    });
    await notifyPeople(tx, app, 'returned', { message });
  });
  return { status: 'DRAFT' as const };
}

/** E-mails the applicant, the partner and the applicant city's official(s), each in their language. */
export async function notifyPeople(
  tx: Tx,
  app: ApplicationDetail,
  kind: 'withdrawn' | 'returned' | 'partnerConfirmed' | 'endorsed',
  opts: { exclude?: string; message?: string; only?: ('applicant' | 'partner')[] } = {},
) {
  const ids = new Set<string>();
  const wanted = opts.only ?? ['applicant', 'partner'];
  if (wanted.includes('applicant')) ids.add(app.applicantId);
  if (wanted.includes('partner') && app.partnerUserId) ids.add(app.partnerUserId);
  if (opts.exclude) ids.delete(opts.exclude);
  const people = await tx.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, email: true, locale: true },
  });
  for (const person of people) {
    const locale = person.locale;
    await queueApplicationEmail(tx, {
      to: person.email,
      locale,
      kind,
      values: { edition: String(app.call.year), message: opts.message ?? '' },
      link: appLink(locale, `/applications/${app.id}`),
      dedupeKey: `application:${kind}:${app.id}:${app.version}:${person.id}`,
    });
  }
}
