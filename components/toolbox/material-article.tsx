import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { MaterialPage } from '@/server/queries/materials';
import { Markdown } from '@/components/toolbox/markdown';
import { MaterialCard } from '@/components/toolbox/material-card';
import { MaterialFacts } from '@/components/toolbox/facts';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';
import { pickVersion, type MaterialView } from '@/lib/toolbox/materials';
import { buttonClasses } from '@/components/ui/button';
import { Section } from '@/components/ui/section';

type Props = {
  material: MaterialPage;
  locale: AppLocale;
  view: MaterialView;
  /** The address of this material's page; a version is `<base>/<lang>`, side by side `<base>/<lang>/<other>`. */
  base: string;
  /** The printer-friendly page's address, when there is one (published materials). */
  printBase?: string;
  /** Below the count of workshops: the workshops the reader may follow (the coordinator's preview). */
  usage?: ReactNode;
  /** For authors: a link to the editor. */
  editLink?: ReactNode;
};

/**
 * A material as its reader sees it: the chosen language version (or two side by side), its facts,
 * downloads, how often it was used and related materials. Public pages and the coordinator's preview
 * of a draft both show it.
 */
export async function MaterialArticle({ material, locale, view, base, printBase, usage, editLink }: Props) {
  const t = await getTranslations('toolbox');
  const format = await getFormatter();
  const auto = pickVersion(material.versions, locale, material.originalLocale)!;
  const chosen = view.lang ? material.versions.find((v) => v.locale === view.lang) : undefined;
  const shown = chosen ?? auto.version;
  const compared =
    view.compare && view.compare !== shown.locale
      ? material.versions.find((v) => v.locale === view.compare)
      : undefined;
  const others = material.versions.filter((v) => v.locale !== shown.locale);
  const langPath = shown.locale !== auto.version.locale ? `/${shown.locale}` : '';

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
                  <Link href={`${base}/${v.locale}`} className="text-brand-700 underline" hrefLang={v.locale}>
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
                  href={`${base}/${shown.locale}/${v.locale}`}
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
                <Link href={`${base}${langPath}`} className="text-brand-700 underline">
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
            {printBase && (
              <Link href={`${printBase}${langPath}`} className={buttonClasses('secondary')}>
                {t('print')}
              </Link>
            )}
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
            <p className="text-sm">{t('usageCount', { count: material.workshops })}</p>
            {usage}
          </Section>
          {editLink}
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
