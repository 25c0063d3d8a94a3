import { notFound } from 'next/navigation';
import { pairFacts } from '@/lib/resource-facts';
import { STAGES } from '@/lib/enums';
import { can } from '@/lib/permissions';
import { cityName } from '@/lib/cities/city-name';
import { nextStep } from '@/lib/booster/stage-rules';
import { pairLateness } from '@/lib/booster/lateness';
import { openSignedInPage } from '@/server/page-auth';
import { getPairForViewer, listPairHistory } from '@/server/queries/pairs';
import { listCoordinators } from '@/server/queries/users';
import { getEnv } from '@/server/env';
import { RememberTimeZone } from '@/components/workshops/local-time';
import { PairHeader } from '@/components/workshops/pair-header';
import { PairTimeline } from '@/components/workshops/pair-timeline';
import { WorkshopSection } from '@/components/workshops/workshop-section';
import { PairFeed } from '@/components/workshops/pair-feed';
import { PairWithdraw } from '@/components/workshops/pair-withdraw';
import { PairHistory } from '@/components/workshops/pair-history';
import type { CityChoice } from '@/components/workshops/schedule-form';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = titleMetadata('pairs.title');

/** One pair's page, for everyone who may see the pair: each part shows what this viewer may see and do. */
export default async function PairPage({ params }: Props) {
  const { locale, id, user } = await openSignedInPage(params, (p) => `/pairs/${p.id}`);
  const pair = await getPairForViewer(user, id);
  if (!pair) notFound();
  const facts = pairFacts(pair);
  const hasTools = can(user, 'workshop:schedule') && pair.status === 'ACTIVE';
  const [facilitators, history] = await Promise.all([
    hasTools ? listCoordinators() : Promise.resolve([]),
    listPairHistory(pair),
  ]);
  const cities: CityChoice[] = [pair.cityA, pair.cityB].map((c) => ({
    id: c.id,
    name: cityName(c, locale),
    timeZone: c.timeZone,
  }));
  const byStage = new Map(pair.workshops.map((w) => [w.stage, w]));
  const now = new Date();
  const next = nextStep(pair.status, pair.workshops, now);
  const lateness = pairLateness(pair, now);
  const feedUrl = pair.calendarToken
    ? new URL(`/api/calendar/pairs/${pair.calendarToken}?lang=${locale}`, getEnv().NEXTAUTH_URL).toString()
    : null;
  const tools = hasTools ? { facilitators: facilitators.map((f) => ({ id: f.id, name: f.name ?? f.email })) } : null;

  return (
    <ClientMessages entry="app/[locale]/(app)/pairs/[id]/page.tsx">
      <div className="grid gap-8">
        <RememberTimeZone hasZone={!!user.timeZone} />
        <PairHeader
          pair={pair}
          nameA={cities[0].name}
          nameB={cities[1].name}
          next={next}
          inactive={lateness.inactive}
          locale={locale}
          viewerZone={user.timeZone}
        />
        <PairTimeline byStage={byStage} locale={locale} viewerZone={user.timeZone} />
        {STAGES.map((stage) => {
          const w = byStage.get(stage);
          return (
            w && (
              <WorkshopSection
                key={stage}
                pair={pair}
                workshop={w}
                cities={cities}
                viewer={user}
                locale={locale}
                isNextToSchedule={next.kind === 'schedule' && next.stage === stage}
                flags={lateness.flags.get(stage) ?? []}
                tools={tools}
              />
            )
          );
        })}
        {can(user, 'pair:calendar', facts) && <PairFeed pairId={pair.id} feedUrl={feedUrl} />}
        {pair.status === 'ACTIVE' && can(user, 'pair:withdraw', facts) && <PairWithdraw pairId={pair.id} />}
        <PairHistory
          history={history}
          timeZone={user.timeZone ?? pair.cityA.timeZone}
          isViewersZone={!!user.timeZone}
        />
      </div>
    </ClientMessages>
  );
}
