import type { CallStatus } from '@/lib/enums';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { StageSequence } from '@/components/programme/stage-sequence';
import { CallCountdown } from './call-countdown';
import { Section } from '@/components/ui/section';
import { applicationsClosedAt, currentPhase } from '@/lib/editions/phases';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';

export type CallViewProps = {
  call: {
    slug: string;
    year: number;
    status: CallStatus;
    applicationDeadline: Date;
    deadlineTimeZone: string;
    /** When a coordinator closed it (before the deadline if they closed it early). */
    closedAt: Date | null;
    selectionDate: Date;
    windowStart: Date;
    windowEnd: Date;
    pairsToSelect: number;
    contactEmail: string;
    text?: { title: string; summary: string; body: string };
  };
  next: { slug: string; title: string; applicationDeadline: Date; deadlineTimeZone: string } | null;
  editions: { slug: string; year: number; status: CallStatus; applicationDeadline: Date; title: string }[];
  renderedAt: Date;
};

const GETS = ['perspective', 'analysis', 'alignment', 'actors', 'workshops', 'facilitation'] as const;
const COVERED = ['workshops', 'facilitation'] as const;
const HOST = ['rooms', 'lodging'] as const;
const NOT_COVERED = ['travel', 'projects'] as const;
const WHO = ['administrations', 'associations', 'initiatives'] as const;
const QUESTIONS = ['who', 'hopes', 'motivation', 'other'] as const;

/** One edition's call, the same for `/call` (the current one) and `/call/{slug}` (any published one). */
export async function CallView({ call, next, editions, renderedAt }: CallViewProps) {
  const t = await getTranslations('call');
  const ts = await getTranslations('status.call');
  const format = await getFormatter();
  const locale = await getLocale();
  // A public page has no viewer's zone: the deadline reads in the edition's, named.
  const deadlineLabel = (d: Date, timeZone: string) => formatInstant(d, locale, { recordZone: timeZone });
  // Calendar dates are stored at midnight or noon UTC; read them in UTC so no zone moves the day.
  const day = (d: Date) => format.dateTime(d, { ...DATE_STYLE.day, timeZone: 'UTC' });
  const title = call.text?.title ?? t('title');
  // An open edition past its deadline reads as closed, whether or not a coordinator has closed it yet.
  const shownStatus = (e: { status: CallStatus; applicationDeadline: Date }) => currentPhase(e, renderedAt);
  const windowLabel = { start: day(call.windowStart), end: day(call.windowEnd) };
  const phase = shownStatus(call);
  // Once closed, the page speaks of the past and names the day it closed: early, or at the deadline.
  const accepting = phase === 'OPEN' || phase === 'DRAFT';
  const closedAt = applicationsClosedAt(call);

  return (
    <article className="grid gap-10">
      <header className="rounded-xl bg-brand-900 px-6 py-8 text-white">
        <p className="text-sm font-bold uppercase tracking-wide">
          {t('kicker', { year: call.year })} · {ts(phase)}
        </p>
        <h1 className="mt-2 text-3xl font-bold md:text-4xl">{title}</h1>
        {call.text?.summary && <p className="mt-3 max-w-3xl text-lg">{call.text.summary}</p>}
      </header>

      <CallCountdown
        deadline={call.applicationDeadline.toISOString()}
        renderedAt={renderedAt.toISOString()}
        // Drafts are only ever shown in the coordinators' preview, as they will look once opened.
        isOpen={call.status === 'OPEN' || call.status === 'DRAFT'}
        deadlineLabel={deadlineLabel(call.applicationDeadline, call.deadlineTimeZone)}
        closedLabel={deadlineLabel(closedAt, call.deadlineTimeZone)}
        next={
          next && {
            slug: next.slug,
            title: next.title,
            deadlineLabel: deadlineLabel(next.applicationDeadline, next.deadlineTimeZone),
          }
        }
      />

      {call.text?.body && (
        <Section headingId="edition-heading" title={t('editionHeading')} headingClassName="text-2xl font-bold">
          {call.text.body.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i} className="mt-3 max-w-3xl whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </Section>
      )}

      <Section headingId="programme-heading" title={t('programme.heading')} headingClassName="text-2xl font-bold">
        <p className="mt-3 max-w-3xl">{t('programme.p1')}</p>
        <p className="mt-3 max-w-3xl">{t('programme.p2')}</p>
      </Section>

      <Section headingId="workshops-heading" title={t('workshops.heading')} headingClassName="text-2xl font-bold">
        <p className="mt-3 max-w-3xl">{t('workshops.intro')}</p>
        <StageSequence window={windowLabel} />
        <p className="max-w-3xl">{t('workshops.languages')}</p>
      </Section>

      <Section
        headingId="gets-heading"
        title={t('gets.heading', { count: call.pairsToSelect })}
        headingClassName="text-2xl font-bold"
      >
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {GETS.map((key) => (
            <li key={key} className="flex gap-2 rounded-md border border-slate-200 bg-white p-3">
              <span aria-hidden="true" className="font-bold text-brand-700">
                ★
              </span>
              {t(`gets.${key}`)}
            </li>
          ))}
        </ul>
      </Section>

      <Section headingId="costs-heading" title={t('costs.heading')} headingClassName="text-2xl font-bold">
        <div className="mt-3 grid gap-4 md:grid-cols-3">
          <CostList
            heading={t('costs.covered')}
            mark="✓"
            tone="border-emerald-700"
            items={COVERED.map((k) => t(`costs.coveredItems.${k}`))}
          />
          <CostList
            heading={t('costs.host')}
            mark="⌂"
            tone="border-brand-600"
            items={HOST.map((k) => t(`costs.hostItems.${k}`))}
          />
          <CostList
            heading={t('costs.notCovered')}
            mark="✗"
            tone="border-red-700"
            items={NOT_COVERED.map((k) => t(`costs.notCoveredItems.${k}`))}
          />
        </div>
        <p className="mt-3 max-w-3xl">{t('costs.funding')}</p>
      </Section>

      <Section headingId="who-heading" title={t('who.heading')} headingClassName="text-2xl font-bold">
        <p className="mt-3 max-w-3xl font-bold">{t('who.countries')}</p>
        <ul className="mt-3 grid max-w-3xl list-disc gap-2 pl-6">
          {WHO.map((key) => (
            <li key={key}>{t(`who.${key}`)}</li>
          ))}
        </ul>
        <p className="mt-3 max-w-3xl">{t('who.pairs')}</p>
      </Section>

      <Section headingId="questions-heading" title={t('questions.heading')} headingClassName="text-2xl font-bold">
        <p className="mt-3 max-w-3xl">{t('questions.intro')}</p>
        <ol className="mt-3 grid max-w-3xl list-decimal gap-2 pl-6 font-bold">
          {QUESTIONS.map((key) => (
            <li key={key}>{t(`questions.${key}`)}</li>
          ))}
        </ol>
        <p className="mt-3 max-w-3xl">{t('questions.alsoGive')}</p>
      </Section>

      <Section headingId="timeline-heading" title={t('timeline.heading')} headingClassName="text-2xl font-bold">
        <ol className="mt-4 grid gap-0 border-l-4 border-brand-600 pl-6">
          {accepting ? (
            <TimelineItem
              label={t('timeline.deadline')}
              value={deadlineLabel(call.applicationDeadline, call.deadlineTimeZone)}
            />
          ) : (
            <TimelineItem label={t('timeline.closed')} value={deadlineLabel(closedAt, call.deadlineTimeZone)} />
          )}
          <TimelineItem label={t('timeline.selection')} value={day(call.selectionDate)} />
          <TimelineItem label={t('timeline.window')} value={t('timeline.windowValue', windowLabel)} />
          <TimelineItem label={t('timeline.pairs')} value={t('pairsCount', { count: call.pairsToSelect })} />
        </ol>
      </Section>

      <Section headingId="contact-heading" title={t('contactHeading')} headingClassName="text-2xl font-bold">
        <p className="mt-3">
          {t('contact')}{' '}
          <a className="font-bold text-brand-700 underline" href={`mailto:${call.contactEmail}`}>
            {call.contactEmail}
          </a>
        </p>
      </Section>

      {editions.length > 1 && (
        <nav aria-labelledby="editions-heading" className="border-t border-slate-200 pt-6">
          <h2 id="editions-heading" className="text-xl font-bold">
            {t('editions.heading')}
          </h2>
          <ul className="mt-3 grid gap-2">
            {editions.map((e) => (
              <li key={e.slug}>
                <Link
                  href={`/call/${e.slug}`}
                  aria-current={e.slug === call.slug ? 'page' : undefined}
                  className="text-brand-700 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
                >
                  {e.title}
                </Link>{' '}
                <span className="text-sm text-muted">({ts(shownStatus(e))})</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}

function CostList({ heading, mark, tone, items }: { heading: string; mark: string; tone: string; items: string[] }) {
  return (
    <div className={`rounded-lg border-t-4 bg-white p-4 shadow-sm ${tone}`}>
      <h3 className="font-bold">{heading}</h3>
      <ul className="mt-2 grid gap-2">
        {items.map((item) => (
          <li key={item} className="flex gap-2">
            <span aria-hidden="true" className="font-bold">
              {mark}
            </span>
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}

function TimelineItem({ label, value }: { label: string; value: string }) {
  return (
    <li className="relative pb-5 last:pb-0">
      <span
        aria-hidden="true"
        className="absolute top-1 -left-[2.1rem] h-4 w-4 rounded-full border-4 border-white bg-brand-600"
      />
      <p className="text-sm text-muted">{label}</p>
      <p className="font-bold">{value}</p>
    </li>
  );
}
