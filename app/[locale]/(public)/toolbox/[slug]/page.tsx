import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/server/auth';
import { getMaterialPage } from '@/server/queries/materials';
import { Markdown } from '@/components/toolbox/markdown';
import { MaterialCard } from '@/components/toolbox/material-card';
import { MaterialFacts, StageList } from '@/components/toolbox/facts';
import { Link } from '@/i18n/navigation';
import { isLocale, type AppLocale } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';
import { pickVersion } from '@/lib/toolbox/materials';
import { can } from '@/lib/permissions';
import { buttonClasses } from '@/components/ui/button';
import { Section } from '@/components/ui/section';
import { DATE_STYLE } from '@/lib/time/format';

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const material = await getMaterialPage(slug, locale, null).catch(() => null);
  const picked = material && pickVersion(material.versions, locale, material.originalLocale);
  return picked ? { title: picked.version.title, description: picked.version.summary } : {};
}

export default async function MaterialPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const viewer = await getCurrentUser();
  const material = await getMaterialPage(slug, locale, viewer);
  if (!material) notFound();
  const t = await getTranslations('toolbox');
  const format = await getFormatter();

  const requested = one(query.v);
  const auto = pickVersion(material.versions, locale, material.originalLocale)!;
  const chosen = isLocale(requested) ? material.versions.find((v) => v.locale === requested) : undefined;
  const shown = chosen ?? auto.version;
  const compareLocale = one(query.compare);
  const compared =
    isLocale(compareLocale) && compareLocale !== shown.locale
      ? material.versions.find((v) => v.locale === compareLocale)
      : undefined;
  const others = material.versions.filter((v) => v.locale !== shown.locale);
  const langQuery = shown.locale !== auto.version.locale ? `?v=${shown.locale}` : '';

  return (
    <article className="grid gap-6">
      <header className="grid gap-2">
        <p className="text-sm font-bold uppercase tracking-wide text-brand-700">
          <Link href="/toolbox" className="underline">
            {t('title')}
          </Link>{' '}
          · {t(`kind.${material.kind}`)}
        </p>
        <h1 className="text-3xl font-bold" lang={shown.locale}>
          {shown.title}
        </h1>
        <p className="max-w-3xl text-lg" lang={shown.locale}>
          {shown.summary}
        </p>
        {material.status === 'DRAFT' && (
          <p className="w-fit rounded bg-amber-100 px-2 py-1 text-sm font-bold text-amber-900">{t('draftBadge')}</p>
        )}
        {!chosen && auto.isFallback && (
          <p role="note" className="max-w-3xl rounded border border-brand-100 bg-brand-50 p-3 text-sm">
            {t('fallbackNote', { wanted: LOCALE_NAMES[locale], shown: LOCALE_NAMES[shown.locale] })}
          </p>
        )}
      </header>

      <nav aria-label={t('languagesNav')} className="grid gap-2 text-sm print:hidden">
        <p>
          <span className="font-bold">{t('shownIn', { language: t(`languageName.${shown.locale}`) })}</span>
          {others.length > 0 && (
            <>
              {' · '}
              {t('alsoIn')}{' '}
              {others.map((v, i) => (
                <span key={v.locale}>
                  {i > 0 && ', '}
                  <Link
                    href={`/toolbox/${material.slug}?v=${v.locale}`}
                    className="text-brand-700 underline"
                    hrefLang={v.locale}
                  >
                    {LOCALE_NAMES[v.locale]}
                  </Link>
                </span>
              ))}
            </>
          )}
        </p>
        {others.length > 0 && (
          <p>
            {t('sideBySide')}{' '}
            {others.map((v, i) => (
              <span key={v.locale}>
                {i > 0 && ', '}
                <Link
                  href={`/toolbox/${material.slug}?v=${shown.locale}&compare=${v.locale}`}
                  className="text-brand-700 underline"
                  aria-current={compared?.locale === v.locale ? 'page' : undefined}
                >
                  {LOCALE_NAMES[v.locale]}
                </Link>
              </span>
            ))}
            {compared && (
              <>
                {' · '}
                <Link href={`/toolbox/${material.slug}${langQuery}`} className="text-brand-700 underline">
                  {t('closeSideBySide')}
                </Link>
              </>
            )}
          </p>
        )}
      </nav>

      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          {compared ? (
            <div className="grid gap-6 md:grid-cols-2">
              {[shown, compared].map((v) => (
                <section
                  key={v.locale}
                  lang={v.locale}
                  aria-labelledby={`version-${v.locale}`}
                  className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
                >
                  <p className="text-xs font-bold uppercase text-muted">{LOCALE_NAMES[v.locale]}</p>
                  <h2 id={`version-${v.locale}`} className="text-xl font-bold">
                    {v.title}
                  </h2>
                  <Markdown>{v.body}</Markdown>
                </section>
              ))}
            </div>
          ) : (
            <div lang={shown.locale} className="rounded-lg border border-slate-200 bg-white p-5">
              <Markdown>{shown.body}</Markdown>
            </div>
          )}
        </div>
        <aside className="grid content-start gap-4">
          <MaterialFacts material={material} />
          <div className="flex flex-wrap gap-2 print:hidden">
            <Link href={`/toolbox/${material.slug}/print${langQuery}`} className={buttonClasses('secondary')}>
              {t('print')}
            </Link>
            <a href={`/api/toolbox/${material.slug}/pdf?lang=${shown.locale}`} className={buttonClasses('secondary')}>
              {t('pdf')}
            </a>
          </div>
          {material.attachments.length > 0 && (
            <Section headingId="downloads-heading" title={t('downloads')} headingClassName="font-bold">
              <ul className="mt-2 grid gap-1 text-sm">
                {material.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/api/toolbox/attachments/${a.id}`} className="text-brand-700 underline" download>
                      {a.fileName}
                    </a>{' '}
                    <span className="text-muted">
                      ({format.number(a.size / 1024, { maximumFractionDigits: 0 })} KB)
                    </span>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section headingId="usage-heading" title={t('usageTitle')} headingClassName="font-bold">
            <p className="text-sm">{t('usageCount', { count: material.usage.workshops })}</p>
            {material.usage.pairs.length > 0 && (
              <ul className="mt-1 grid gap-1 text-sm">
                {material.usage.pairs.map((p) => (
                  <li key={`${p.pairId}-${p.stage}`}>
                    {p.cities} · <StageList stages={[p.stage]} />
                    {p.startsAt && p.venueZone && (
                      <> · {format.dateTime(p.startsAt, { ...DATE_STYLE.day, timeZone: p.venueZone })}</>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {can(viewer, 'material:author') && (
            <Link
              href={`/coordinator/toolbox/${material.id}`}
              className="text-sm text-brand-700 underline print:hidden"
            >
              {t('editMaterial')}
            </Link>
          )}
        </aside>
      </div>

      {material.related.length > 0 && (
        <Section headingId="related-heading" title={t('related')} className="print:hidden">
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {material.related.map((m) => (
              <li key={m.id}>
                <MaterialCard material={m} headingLevel={3} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}
