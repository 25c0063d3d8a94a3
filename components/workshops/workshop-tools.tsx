import { useLocale, useTranslations } from 'next-intl';
import { isJointStage } from '@/lib/booster/stage-rules';
import { savedOverlapOffset, toLocalInput } from '@/lib/time/zoned';
import { PROGRAMME_TIME_ZONES } from '@/lib/time-zones';
import { cancelWorkshopAction } from '@/server/actions/workshops';
import { ScheduleForm, type CityChoice } from './schedule-form';
import { ReasonForm } from './reason-form';
import { AddItemForm } from './add-item-form';
import { OutcomeForm } from './outcome-form';
import { materialTitle, type PairWorkshop } from './pair-types';

type Props = {
  workshop: PairWorkshop;
  cities: CityChoice[];
  /** The city the programme's rules make host of this stage, if any. */
  fixedCity: CityChoice | null;
  /** The zone the form starts in: the venue's, else the fixed host's, else city A's. */
  zone: string;
  /** The edition's workshop period as the reader writes dates, for the scheduling form's errors. */
  window: { start: string; end: string };
  isNextToSchedule: boolean;
  facilitators: { id: string; name: string }[];
};

/** A coordinator's tools for one workshop: schedule, record the outcome, cancel, add a checklist item. */
export function WorkshopTools({ workshop: w, cities, fixedCity, zone, window, isNextToSchedule, facilitators }: Props) {
  const t = useTranslations('workshops');
  const tScheduling = useTranslations('scheduling');
  const locale = useLocale();
  const [cityA, cityB] = cities;
  return (
    <div className="mt-4 grid gap-2">
      {w.status !== 'DONE' && (
        <details
          className="rounded border border-slate-300 p-3"
          open={w.status === 'NOT_SCHEDULED' && isNextToSchedule}
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
              // A time saved in the repeated autumn hour comes back with its choice made.
              startsOffset: w.startsAt ? savedOverlapOffset(w.startsAt, zone)?.toString() : undefined,
              endsOffset: w.endsAt ? savedOverlapOffset(w.endsAt, zone)?.toString() : undefined,
              timeZone: zone,
              format: w.format ?? (isJointStage(w.stage) ? 'ONLINE' : 'IN_PERSON'),
              hostCityId: w.hostCityId ?? fixedCity?.id ?? '',
              venueName: w.venueName ?? '',
              venueAddress: w.venueAddress ?? '',
              onlineUrl: w.onlineUrl ?? '',
              facilitatorIds: w.facilitators.map((f) => f.userId),
              languages: w.languages.length ? w.languages : ['EN'],
              expectedParticipants: w.expectedParticipants ?? '',
            }}
            fixedCity={fixedCity}
            window={window}
            cities={cities}
            timeZones={PROGRAMME_TIME_ZONES.includes(zone) ? PROGRAMME_TIME_ZONES : [zone, ...PROGRAMME_TIME_ZONES]}
            facilitators={facilitators}
          />
        </details>
      )}
      {(w.status === 'SCHEDULED' || w.status === 'DONE') && (
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-bold">
            {w.status === 'DONE' ? t('outcome.edit') : t('outcome.record')}
          </summary>
          <OutcomeForm
            isDone={w.status === 'DONE'}
            cityAName={cityA.name}
            cityBName={cityB.name}
            stage={w.stage}
            chosen={w.materials.map((m) => ({ id: m.materialId, title: materialTitle(m.material, locale) }))}
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
        <summary className="cursor-pointer font-bold">{t('checklist.addTitle')}</summary>
        <AddItemForm workshopId={w.id} cities={cities} />
      </details>
    </div>
  );
}
