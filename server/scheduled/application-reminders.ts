import 'server-only';
import { JOB_NAMES } from './names';
import { db } from '../db';
import { appLink, queueApplicationEmail } from '../services/application-mail';
import { cityName } from '@/lib/cities/city-name';
import type { ScheduledJob } from './run';
import type { AppLocale } from '@/i18n/routing';

const DAY = 86_400_000;
/** Drafts get one reminder when the deadline is this close. */
export const DRAFT_REMINDER_BEFORE_MS = 7 * DAY;
/** Missing confirmations and endorsements are asked for at most once a week. */
const NAG_EVERY_MS = 7 * DAY;

/**
 * Reminders in each recipient's language: a draft near the deadline; a submitted application still
 * without the partner's confirmation or an endorsement. Dedupe keys make every reminder go out
 * once per period, however often or on however many instances the job runs.
 */
export async function queueApplicationReminders(now = new Date()): Promise<number> {
  let queued = 0;
  const drafts = await db.application.findMany({
    where: {
      status: 'DRAFT',
      call: {
        status: 'OPEN',
        applicationDeadline: { gt: now, lte: new Date(now.getTime() + DRAFT_REMINDER_BEFORE_MS) },
      },
    },
    include: {
      applicant: { select: { email: true, locale: true } },
      call: { select: { year: true, applicationDeadline: true, deadlineTimeZone: true } },
    },
  });
  for (const app of drafts) {
    const locale = app.applicant.locale;
    // The deadline in the edition's own zone, named in the text.
    await db.$transaction((tx) =>
      queueApplicationEmail(tx, {
        to: app.applicant.email,
        locale,
        kind: 'draftDeadline',
        values: { edition: String(app.call.year), deadline: app.call.applicationDeadline },
        timeZone: app.call.deadlineTimeZone,
        link: appLink(locale, '/apply'),
        dedupeKey: `reminder:draft:${app.id}:${app.call.applicationDeadline.toISOString()}`,
      }),
    );
    queued += 1;
  }

  const period = Math.floor(now.getTime() / NAG_EVERY_MS);
  const submitted = await db.application.findMany({
    where: {
      status: { in: ['SUBMITTED', 'UNDER_REVIEW'] },
      submittedAt: { lte: new Date(now.getTime() - 2 * DAY) },
      OR: [{ partnerConfirmedAt: null }, { endorsements: { none: { status: 'CONFIRMED' } } }],
    },
    include: {
      applicant: { select: { email: true, locale: true } },
      partnerUser: { select: { email: true, locale: true } },
      applicantCity: true,
      partnerCity: true,
      endorsements: { include: { official: { select: { email: true, locale: true } } } },
      call: { select: { year: true } },
    },
  });
  for (const app of submitted) {
    const send = async (to: { email: string; locale: string }, kind: 'partnerMissing' | 'endorsementMissing') => {
      const locale = to.locale as AppLocale;
      await db.$transaction((tx) =>
        queueApplicationEmail(tx, {
          to: to.email,
          locale,
          kind,
          values: {
            edition: String(app.call.year),
            cityA: app.applicantCity ? cityName(app.applicantCity, locale) : '—',
            cityB: app.partnerCity ? cityName(app.partnerCity, locale) : '—',
          },
          link: appLink(locale, `/applications/${app.id}`),
          dedupeKey: `reminder:${kind}:${app.id}:${to.email}:${period}`,
        }),
      );
      queued += 1;
    };
    if (!app.partnerConfirmedAt) await send(app.partnerUser ?? app.applicant, 'partnerMissing');
    if (!app.endorsements.some((e) => e.status === 'CONFIRMED')) {
      await send(app.applicant, 'endorsementMissing');
      for (const e of app.endorsements) if (e.official) await send(e.official, 'endorsementMissing');
    }
  }
  return queued;
}

export const applicationReminders: ScheduledJob = {
  name: JOB_NAMES.applicationReminders,
  everyMs: 60 * 60_000,
  run: async (now) => {
    await queueApplicationReminders(now);
  },
};
