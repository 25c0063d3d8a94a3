import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { listWorkshopsBetween } from '@/server/queries/pairs';
import { cityName } from '@/lib/cities/city-name';
import { Link } from '@/i18n/navigation';
import { STATE_TONE } from '@/components/workshops/stage-badge';
import type { AppLocale } from '@/i18n/routing';
import { DATE_STYLE, workshopZone } from '@/lib/time/format';
import { titleMetadata } from '@/i18n/title-metadata';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ month?: string }> };

export const generateMetadata = titleMetadata('scheduling.calendar.title');

/** The month to show: `?month=2027-03`, else the current month (by UTC); each workshop sits on its venue-local days. */
function monthFrom(value: string | undefined): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 2000 && Number(m[1]) <= 2100)
    return { year: Number(m[1]), month: Number(m[2]) };
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}
const ym = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export default async function BoosterCalendarPage({ params, searchParams }: Props) {
  const { locale } = await openPermittedPage(params, '/coordinator/booster/calendar', 'workshop:schedule');
  const { year, month } = monthFrom((await searchParams).month);
  const t = await getTranslations('scheduling');
  const tStages = await getTranslations('stages');
  const tStatus = await getTranslations('status');
  // Fetch a day either side, so a workshop is placed on its venue-local day.
  const from = new Date(Date.UTC(year, month - 1, 1) - 86_400_000);
  const to = new Date(Date.UTC(year, month, 1) + 86_400_000);
  const workshops = await listWorkshopsBetween(from, to);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  const localDay = (d: Date, zone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const byDay = new Map<number, typeof workshops>();
  for (const w of workshops) {
    const zone = workshopZone(w);
    // A workshop with neither a venue zone nor a host city was never given a time: no day to put it on.
    if (!zone || !w.startsAt || !w.endsAt) continue;
    const first = localDay(w.startsAt, zone);
    const last = localDay(new Date(w.endsAt.getTime() - 1), zone);
    for (let day = 1; day <= daysInMonth; day++) {
      const key = `${ym(year, month)}-${String(day).padStart(2, '0')}`;
      if (key >= first && key <= last) byDay.set(day, [...(byDay.get(day) ?? []), w]);
    }
  }
  const prev = month === 1 ? ym(year - 1, 12) : ym(year, month - 1);
  const next = month === 12 ? ym(year + 1, 1) : ym(year, month + 1);
  const title = new Intl.DateTimeFormat(locale, { ...DATE_STYLE.month, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { ...DATE_STYLE.weekday, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2027, 1, 1 + i)),
    ),
  );
  const cells = [...Array(firstWeekday).fill(null), ...Array.from({ length: daysInMonth }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t('calendar.title')}</h1>
        <Link href="/coordinator/booster" className="text-brand-700 underline">
          {t('matrix.title')}
        </Link>
      </header>
      <nav aria-label={t('calendar.months')} className="flex items-center gap-4">
        <Link href={`/coordinator/booster/calendar?month=${prev}`} className="text-brand-700 underline">
          ← {t('calendar.previous')}
        </Link>
        <h2 className="text-xl font-bold">{title}</h2>
        <Link href={`/coordinator/booster/calendar?month=${next}`} className="text-brand-700 underline">
          {t('calendar.next')} →
        </Link>
      </nav>
      <table className="w-full table-fixed border-collapse bg-white text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col" className="border border-slate-300 p-1">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => (
                <td key={j} className="h-24 border border-slate-300 p-1 align-top">
                  {day && (
                    <>
                      <span className="font-bold">{day}</span>
                      <ul className="grid gap-1">
                        {(byDay.get(day) ?? []).map((w) => (
                          <li key={w.id}>
                            <Link
                              href={`/pairs/${w.pair.id}#workshop-${w.stage}`}
                              className={`block rounded border px-1 text-xs ${STATE_TONE[w.status]}`}
                            >
                              {tStages(`${w.stage}.short`)}: {cityName(w.pair.cityA, locale)} –{' '}
                              {cityName(w.pair.cityB, locale)}
                              {w.status === 'CANCELLED' && ` (${tStatus('workshop.CANCELLED')})`}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
