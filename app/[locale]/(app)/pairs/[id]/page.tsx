import { canTickItem, pairFacts } from '@/lib/resource-facts';
import { STAGES, type Stage } from '@/lib/enums';
import { notFound } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireSignedInPage } from '@/server/page-auth';
import { getPairForViewer, listMaterialOptions, listPairHistory, type PairPageData } from '@/server/queries/pairs';
import { cityName } from '@/lib/cities/city-name';
import { listCoordinators } from '@/server/queries/users';
import { getEnv } from '@/server/env';
import { cancelWorkshopAction, rotatePairCalendarAction, withdrawPairAction } from '@/server/actions/workshops';
import { can } from '@/lib/permissions';
import type { KeysIn } from '@/lib/i18n/message-key';
import { isJointStage, nextStep, requiredHostCity } from '@/lib/booster/stage-rules';
import { toLocalInput } from '@/lib/time/zoned';
import { PROGRAMME_TIME_ZONES } from '@/lib/time-zones';
import { RememberTimeZone, WorkshopTime } from '@/components/workshops/local-time';
import { StageBadge } from '@/components/workshops/stage-badge';
import { Minutes } from '@/components/workshops/minutes';
import { ScheduleForm, type CityChoice } from '@/components/workshops/schedule-form';
import { ReasonForm } from '@/components/workshops/reason-form';
import { Checklist } from '@/components/workshops/checklist';
import { AddItemForm } from '@/components/workshops/add-item-form';
import { OutcomeForm } from '@/components/workshops/outcome-form';
import { ActionButton } from '@/components/ui/action-button';
import type { AppLocale } from '@/i18n/routing';
import type { SessionUser } from '@/server/auth';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'pairs' });
  return { title: t('title') };
}

type Workshop = PairPageData['workshops'][number];

export default async function PairPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireSignedInPage(locale, `/pairs/${id}`);
  const pair = await getPairForViewer(user, id);
  if (!pair) notFound();
  const t = await getTranslations('pairs');
  const tStatus = await getTranslations('status');
  const tStages = await getTranslations('stages');
  const tWorkshops = await getTranslations('workshops');
  const tScheduling = await getTranslations('scheduling');
  const format = await getFormatter();
  const facts = pairFacts(pair);
  const isCoordinator = can(user, 'workshop:schedule');
  const [facilitators, materials, history] = await Promise.all([
    isCoordinator ? listCoordinators() : Promise.resolve([]),
    isCoordinator ? listMaterialOptions() : Promise.resolve([]),
    listPairHistory(pair),
  ]);
  const nameA = cityName(pair.cityA, locale);
  const nameB = cityName(pair.cityB, locale);
  const cities: CityChoice[] = [
    { id: pair.cityA.id, name: nameA, timeZone: pair.cityA.timeZone },
    { id: pair.cityB.id, name: nameB, timeZone: pair.cityB.timeZone },
  ];
  const byStage = new Map(pair.workshops.map((w) => [w.stage, w]));
  const next = nextStep(pair.status, pair.workshops, new Date());
  const feedUrl = pair.calendarToken
    ? new URL(`/api/calendar/pairs/${pair.calendarToken}?lang=${locale}`, getEnv().NEXTAUTH_URL).toString()
    : null;
  const materialTitle = (m: { slug: string; versions: { locale: string; title: string }[] }) =>
    m.versions.find((v) => v.locale === locale)?.title ?? m.versions[0]?.title ?? m.slug;

  return (
    <div className="grid gap-8">
      <RememberTimeZone hasZone={!!user.timeZone} />
      <header>
        <p className="text-sm text-muted">{t('edition', { year: pair.call.year })}</p>
        <h1 className="text-2xl font-bold">{t('heading', { a: nameA, b: nameB })}</h1>
        <p className="mt-1">
          {t('statusLine')} <strong>{tStatus(`pair.${pair.status}`)}</strong>
        </p>
        {pair.status === 'WITHDRAWN' && pair.withdrawnAt && (
          <p role="status" className="mt-3 rounded border border-red-700 bg-red-50 p-3">
            {t('withdrawnOn', { date: pair.withdrawnAt, reason: pair.withdrawReason ?? '—' })}
          </p>
        )}
      </header>

      <section aria-labelledby="next-heading" className="rounded-lg border border-brand-600 bg-brand-50 p-4">
        <h2 id="next-heading" className="font-bold">
          {t('next.title')}
        </h2>
        <p className="mt-1">
          {next.kind === 'withdrawn' || next.kind === 'completed'
            ? t(`next.${next.kind}`)
            : t(`next.${next.kind}`, {
                stage: tStages(`${next.stage}.title`),
                host: hostName(byStage.get(next.stage), locale) ?? tWorkshops('online'),
              })}
        </p>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-bold">
          {t('timeline')}
        </h2>
        <figure className="mt-3">
          <ol className="grid gap-3 md:grid-cols-[1fr_auto_1fr_auto_1fr]" aria-label={tStages('sequenceLabel')}>
            <li className="grid gap-3">
              {(['INITIATIVE_A', 'INITIATIVE_B'] as const).map((stage) => (
                <TimelineCard key={stage} stage={stage} workshop={byStage.get(stage)} locale={locale} viewer={user} />
              ))}
            </li>
            <li aria-hidden="true" className="hidden self-center text-3xl text-brand-600 md:block">
              →
            </li>
            <li className="self-center">
              <TimelineCard stage="MATCH_SPRINT" workshop={byStage.get('MATCH_SPRINT')} locale={locale} viewer={user} />
            </li>
            <li aria-hidden="true" className="hidden self-center text-3xl text-brand-600 md:block">
              →
            </li>
            <li className="self-center">
              <TimelineCard
                stage="SPRINT_SUCCEED"
                workshop={byStage.get('SPRINT_SUCCEED')}
                locale={locale}
                viewer={user}
              />
            </li>
          </ol>
          <figcaption className="mt-2 text-sm text-muted">{tStages('sequenceCaption')}</figcaption>
        </figure>
      </section>

      {STAGES.map((stage, index) => {
        const w = byStage.get(stage);
        if (!w) return null;
        const fixed = requiredHostCity(stage, pair);
        const fixedCity = fixed ? cities.find((c) => c.id === fixed)! : null;
        const zone = w.timeZone ?? fixedCity?.timeZone ?? pair.cityA.timeZone;
        const itemsByCity = cities
          .map((c) => ({ city: c, items: w.logistics.filter((l) => l.cityId === c.id) }))
          .filter((g) => g.items.length > 0);
        return (
          <section
            key={stage}
            id={`workshop-${stage}`}
            aria-labelledby={`heading-${stage}`}
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id={`heading-${stage}`} className="flex flex-wrap items-center gap-3 text-xl font-bold">
              <span>
                {index + 1}. {tStages(`${stage}.title`)}
              </span>
              <StageBadge status={w.status} />
            </h2>
            <WorkshopDetails workshop={w} locale={locale} viewer={user} />
            {w.startsAt && w.status !== 'NOT_SCHEDULED' && (
              <p className="mt-2">
                <a href={`/api/workshops/${w.id}/ics?lang=${locale}`} className="text-brand-700 underline" download>
                  {tWorkshops('addToCalendar')}
                </a>
              </p>
            )}

            {itemsByCity.length > 0 && (
              <div className="mt-4">
                <h3 className="text-lg font-bold">{tWorkshops('checklist.title')}</h3>
                {itemsByCity.map(({ city, items }) => (
                  <Checklist
                    key={city.id}
                    title={tWorkshops('checklist.forCity', { city: city.name })}
                    items={items.map((l) => ({
                      id: l.id,
                      label: l.kind === 'CUSTOM' ? (l.label ?? '') : tWorkshops(`checklist.kind.${l.kind}`),
                      doneAt: l.doneAt?.toISOString() ?? null,
                      doneBy: l.doneBy ? (l.doneBy.name ?? l.doneBy.email) : null,
                      canTick: pair.status === 'ACTIVE' && canTickItem(user, l.cityId, pair),
                    }))}
                  />
                ))}
              </div>
            )}

            {w.status === 'DONE' && <Outcome workshop={w} nameA={nameA} nameB={nameB} materialTitle={materialTitle} />}

            {isCoordinator && pair.status === 'ACTIVE' && (
              <div className="mt-4 grid gap-2">
                {w.status !== 'DONE' && (
                  <details
                    className="rounded border border-slate-300 p-3"
                    open={w.status === 'NOT_SCHEDULED' && next.kind === 'schedule' && next.stage === stage}
                  >
                    <summary className="cursor-pointer font-bold">
                      {w.status === 'SCHEDULED' ? tScheduling('reschedule') : tScheduling('schedule')}
                    </summary>
                    <ScheduleForm
                      initial={{
                        workshopId: w.id,
                        version: w.version,
                        startsAt: w.startsAt ? toLocalInput(w.startsAt, zone) : '',
                        endsAt: w.endsAt ? toLocalInput(w.endsAt, zone) : '',
                        timeZone: zone,
                        format: w.format ?? (isJointStage(stage) ? 'ONLINE' : 'IN_PERSON'),
                        hostCityId: w.hostCityId ?? fixed ?? '',
                        venueName: w.venueName ?? '',
                        venueAddress: w.venueAddress ?? '',
                        onlineUrl: w.onlineUrl ?? '',
                        facilitatorIds: w.facilitators.map((f) => f.userId),
                        languages: w.languages.length ? w.languages : ['EN'],
                        expectedParticipants: w.expectedParticipants ?? '',
                      }}
                      fixedCity={fixedCity}
                      cities={cities}
                      timeZones={
                        PROGRAMME_TIME_ZONES.includes(zone) ? PROGRAMME_TIME_ZONES : [zone, ...PROGRAMME_TIME_ZONES]
                      }
                      facilitators={facilitators.map((f) => ({ id: f.id, name: f.name ?? f.email }))}
                    />
                  </details>
                )}
                {(w.status === 'SCHEDULED' || w.status === 'DONE') && (
                  <details className="rounded border border-slate-300 p-3">
                    <summary className="cursor-pointer font-bold">
                      {w.status === 'DONE' ? tWorkshops('outcome.edit') : tWorkshops('outcome.record')}
                    </summary>
                    <OutcomeForm
                      isDone={w.status === 'DONE'}
                      cityAName={nameA}
                      cityBName={nameB}
                      materials={materials.map((m) => ({ id: m.id, title: materialTitle(m) }))}
                      initial={{
                        workshopId: w.id,
                        version: w.version,
                        minutes: w.minutes ?? '',
                        attendanceA: w.attendanceA ?? '',
                        attendanceB: w.attendanceB ?? '',
                        ideasA: w.ideasA.join('\n'),
                        ideasB: w.ideasB.join('\n'),
                        materialIds: w.materials.map((m) => m.materialId),
                      }}
                    />
                  </details>
                )}
                {w.status === 'SCHEDULED' && (
                  <details className="rounded border border-slate-300 p-3">
                    <summary className="cursor-pointer font-bold">{tScheduling('cancel')}</summary>
                    <ReasonForm
                      action={cancelWorkshopAction}
                      input={{ workshopId: w.id, version: w.version }}
                      label={tScheduling('cancelReason')}
                      submit={tScheduling('cancelSubmit')}
                      done={tScheduling('cancelled')}
                    />
                  </details>
                )}
                <details className="rounded border border-slate-300 p-3">
                  <summary className="cursor-pointer font-bold">{tWorkshops('checklist.addTitle')}</summary>
                  <AddItemForm workshopId={w.id} cities={cities} />
                </details>
              </div>
            )}
          </section>
        );
      })}

      {can(user, 'pair:calendar', facts) && (
        <section aria-labelledby="feed-heading">
          <h2 id="feed-heading" className="text-xl font-bold">
            {t('feed.title')}
          </h2>
          <p className="mt-1 text-muted">{t('feed.explain')}</p>
          {feedUrl && (
            <p
              className="mt-2 break-all rounded border border-slate-300 bg-white p-2 font-mono text-sm"
              aria-label={t('feed.url')}
            >
              {feedUrl}
            </p>
          )}
          <div className="mt-2">
            <ActionButton
              action={rotatePairCalendarAction}
              input={{ pairId: pair.id }}
              label={feedUrl ? t('feed.rotate') : t('feed.create')}
              done={t('feed.rotated')}
              confirm={feedUrl ? t('feed.rotateConfirm') : undefined}
            />
          </div>
        </section>
      )}

      {pair.status === 'ACTIVE' && can(user, 'pair:withdraw', facts) && (
        <section aria-labelledby="withdraw-heading">
          <details className="rounded border border-red-700 p-3">
            <summary id="withdraw-heading" className="cursor-pointer font-bold text-red-800">
              {t('withdraw.title')}
            </summary>
            <p className="mt-2">{t('withdraw.explain')}</p>
            <ReasonForm
              action={withdrawPairAction}
              input={{ pairId: pair.id }}
              label={t('withdraw.reason')}
              submit={t('withdraw.submit')}
              done={t('withdraw.done')}
            />
          </details>
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-xl font-bold">
          {t('history.title')}
        </h2>
        {history.length === 0 ? (
          <p className="mt-1 text-muted">{t('history.empty')}</p>
        ) : (
          <ul className="mt-2 grid gap-1 text-sm">
            {history.map((h) => (
              <li key={h.id}>
                <time dateTime={h.createdAt.toISOString()}>
                  {format.dateTime(h.createdAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                    timeZone: user.timeZone ?? 'Europe/Berlin',
                  })}
                </time>{' '}
                · {h.actor ? (h.actor.name ?? h.actor.email) : t('history.system')} · {historyLabel(t, h.action)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** What the pair's history says for each audited action; an action without a label shows as itself. */
const HISTORY_LABELS: Partial<Record<string, KeysIn<'pairs'>>> = {
  'workshop.schedule': 'history.actions.workshop_schedule',
  'workshop.reschedule': 'history.actions.workshop_reschedule',
  'workshop.cancel': 'history.actions.workshop_cancel',
  'workshop.done': 'history.actions.workshop_done',
  'workshop.outcome.update': 'history.actions.workshop_outcome_update',
  'logistics.tick': 'history.actions.logistics_tick',
  'logistics.untick': 'history.actions.logistics_untick',
  'logistics.add': 'history.actions.logistics_add',
  'pair.withdraw': 'history.actions.pair_withdraw',
  'pair.complete': 'history.actions.pair_complete',
  'pair.calendar.create': 'history.actions.pair_calendar_create',
  'pair.calendar.rotate': 'history.actions.pair_calendar_rotate',
};

function historyLabel(t: Awaited<ReturnType<typeof getTranslations<'pairs'>>>, action: string): string {
  const key = HISTORY_LABELS[action];
  return key ? t(key) : action;
}

function hostName(w: Workshop | undefined, locale: AppLocale): string | null {
  return w?.hostCity ? cityName(w.hostCity, locale) : null;
}

function TimelineCard({
  stage,
  workshop: w,
  locale,
  viewer,
}: {
  stage: Stage;
  workshop: Workshop | undefined;
  locale: AppLocale;
  viewer: SessionUser;
}) {
  const viewerZone = viewer.timeZone;
  const t = useTranslations('stages');
  const tWorkshopsMsgs = useTranslations('workshops');
  const status = w?.status ?? 'NOT_SCHEDULED';
  const joint = isJointStage(stage);
  return (
    <a
      href={`#workshop-${stage}`}
      className={`block rounded-lg border-2 p-4 focus-visible:outline-3 ${joint ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white'}`}
    >
      <span className="flex flex-wrap items-center gap-2 font-bold">
        <span className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-brand-700 text-sm text-white">
          {STAGES.indexOf(stage) + 1}
        </span>
        {t(`${stage}.title`)}
      </span>
      <span className="mt-2 block">
        <StageBadge status={status} />
      </span>
      {w?.startsAt && w.endsAt && (
        <span className="mt-2 block text-sm">
          <WorkshopTime
            startsAt={w.startsAt.toISOString()}
            endsAt={w.endsAt.toISOString()}
            venueZone={w.timeZone ?? 'Europe/Berlin'}
            viewerZone={viewerZone}
          />
        </span>
      )}
      {w && w.status !== 'NOT_SCHEDULED' && (
        <span className="mt-1 block text-sm text-muted">
          {w.hostCity ? cityName(w.hostCity, locale) : tWorkshopsMsgs('online')}
        </span>
      )}
    </a>
  );
}

function WorkshopDetails({
  workshop: w,
  locale,
  viewer,
}: {
  workshop: Workshop;
  locale: AppLocale;
  viewer: SessionUser;
}) {
  const t = useTranslations('workshops');
  if (w.status === 'NOT_SCHEDULED') return <p className="mt-2 text-muted">{t('notScheduledYet')}</p>;
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {w.startsAt && w.endsAt && (
        <>
          <dt className="font-bold">{t('when')}</dt>
          <dd>
            <WorkshopTime
              startsAt={w.startsAt.toISOString()}
              endsAt={w.endsAt.toISOString()}
              venueZone={w.timeZone ?? 'Europe/Berlin'}
              viewerZone={viewer.timeZone}
            />
          </dd>
        </>
      )}
      <dt className="font-bold">{t('where')}</dt>
      <dd>
        {w.hostCity ? (
          <span>
            {w.format && `${t(`format.${w.format}`)} · `}
            {cityName(w.hostCity, locale)}
          </span>
        ) : (
          t('online')
        )}
        {w.venueName && <span className="block">{w.venueName}</span>}
        {w.venueAddress && <span className="block text-muted">{w.venueAddress}</span>}
        {w.onlineUrl && (
          <a href={w.onlineUrl} className="block text-brand-700 underline" rel="noopener noreferrer">
            {w.onlineUrl}
          </a>
        )}
      </dd>
      <dt className="font-bold">{t('facilitators')}</dt>
      <dd>{w.facilitators.length ? w.facilitators.map((f) => f.user.name ?? f.user.email).join(', ') : '—'}</dd>
      <dt className="font-bold">{t('languages')}</dt>
      <dd>{w.languages.length ? w.languages.map((l) => t(`language.${l}`)).join(', ') : '—'}</dd>
      {w.expectedParticipants !== null && (
        <>
          <dt className="font-bold">{t('expectedParticipants')}</dt>
          <dd>{w.expectedParticipants}</dd>
        </>
      )}
      {w.status === 'CANCELLED' && (
        <>
          <dt className="font-bold">{t('cancelReason')}</dt>
          <dd>{w.cancelReason ?? '—'}</dd>
        </>
      )}
    </dl>
  );
}

function Outcome({
  workshop: w,
  nameA,
  nameB,
  materialTitle,
}: {
  workshop: Workshop;
  nameA: string;
  nameB: string;
  materialTitle: (m: { slug: string; versions: { locale: string; title: string }[] }) => string;
}) {
  const t = useTranslations('workshops.outcome');
  return (
    <div className="mt-4 grid gap-3">
      <h3 className="text-lg font-bold">{t('title')}</h3>
      {w.minutes ? <Minutes text={w.minutes} /> : <p className="text-muted">{t('noMinutes')}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        {[
          { name: nameA, attendance: w.attendanceA, ideas: w.ideasA },
          { name: nameB, attendance: w.attendanceB, ideas: w.ideasB },
        ].map((c) => (
          <div key={c.name}>
            <p className="font-bold">{c.name}</p>
            <p>{c.attendance === null ? t('attendanceUnknown') : t('attendanceCount', { count: c.attendance })}</p>
            {c.ideas.length > 0 && (
              <>
                <p className="mt-1 text-sm font-bold">{t('ideasTitle')}</p>
                <ul className="list-disc pl-5">
                  {c.ideas.map((idea) => (
                    <li key={idea}>{idea}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
      </div>
      {w.materials.length > 0 && (
        <div>
          <p className="font-bold">{t('materials')}</p>
          <ul className="list-disc pl-5">
            {w.materials.map((m) => (
              <li key={m.materialId}>{materialTitle(m.material)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
