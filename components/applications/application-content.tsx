import { getTranslations } from 'next-intl/server';
import { formatInstant, type ZoneSources } from '@/lib/time/format';
import type { ApplicationSnapshot } from '@/lib/applications/draft';
import { snapshotCityName } from '@/lib/cities/city-name';
import { ANSWER_FIELDS } from '@/lib/validation/application';
import { LOCALE_NAMES } from '@/lib/site';
import type { AppLocale } from '@/i18n/routing';
import { Section } from '@/components/ui/section';

/** The application's content as submitted (or as drafted): cities, organisations, contact, answers. */
export async function ApplicationContent({
  content,
  locale,
  zones,
}: {
  content: ApplicationSnapshot;
  locale: AppLocale;
  /** The edition's zone and the viewer's, for the date of the content. */
  zones: ZoneSources;
}) {
  const t = await getTranslations('application');
  const tc = await getTranslations('cities');
  const a = snapshotCityName(content.applicantCity, locale);
  const b = snapshotCityName(content.partnerCity, locale);
  const country = (c: ApplicationSnapshot['applicantCity']) => (c ? tc(`country.${c.country}`) : '');
  const orgs = (list: ApplicationSnapshot['applicantOrganisations']) =>
    list.length ? (
      <ul className="list-disc pl-5">
        {list.map((o) => (
          <li key={o.name}>
            {o.name}
            {o.kind ? ` · ${t(`organisationKind.${o.kind}`)}` : ''}
            {o.website ? (
              <>
                {' · '}
                <a className="text-brand-700 underline" href={o.website} rel="noreferrer nofollow">
                  {o.website}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    ) : (
      <p className="text-muted">{t('review.missing')}</p>
    );
  return (
    <div className="grid gap-6">
      <Section
        headingId="content-cities"
        title={t('wizard.steps.cities')}
        className="grid gap-4 sm:grid-cols-2"
        headingClassName="sr-only"
      >
        {[
          {
            label: t('fields.applicantCity'),
            city: a,
            country: country(content.applicantCity),
            orgs: content.applicantOrganisations,
          },
          {
            label: t('fields.partnerCity'),
            city: b,
            country: country(content.partnerCity),
            orgs: content.partnerOrganisations,
          },
        ].map((side) => (
          <div key={side.label} className="rounded-md border border-slate-200 bg-white p-4">
            <p className="text-sm text-muted">{side.label}</p>
            <p className="text-lg font-bold">
              {side.city} <span className="text-sm font-normal text-muted">{side.country}</span>
            </p>
            <p className="mt-2 text-sm font-bold">{t('wizard.steps.organisations')}</p>
            {orgs(side.orgs)}
          </div>
        ))}
      </Section>
      <dl className="grid gap-3 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t('fields.applicantType')}</dt>
          <dd>{content.applicantType ? t(`applicantType.${content.applicantType}`) : '—'}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('fields.partnershipStatus')}</dt>
          <dd>
            {content.partnershipStatus ? t(`partnership.${content.partnershipStatus}`) : '—'}
            {content.partnershipStatus === 'TWINNED' && content.twinnedSinceYear
              ? ` · ${t('content.since', { year: String(content.twinnedSinceYear) })}`
              : ''}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('wizard.steps.contact')}</dt>
          <dd>
            {content.contactName}
            {content.contactRole ? `, ${content.contactRole}` : ''}
            <br />
            {content.contactEmail} · {content.contactPhone}
            {content.contactSocial.map((s) => (
              <span key={s} className="block break-all">
                {s}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('content.answerLanguage')}</dt>
          <dd>{content.answerLanguage ? LOCALE_NAMES[content.answerLanguage] : '—'}</dd>
        </div>
      </dl>
      <Section headingId="content-answers" title={t('wizard.steps.answers')} className="grid gap-4">
        {ANSWER_FIELDS.map((f) => (
          <div key={f} className="rounded-md border border-slate-200 bg-white p-4">
            <h3 className="font-bold">{t(`questions.${f}`)}</h3>
            <p className="mt-2 whitespace-pre-wrap break-words" lang={content.answerLanguage ?? undefined}>
              {content[f] || <span className="text-muted">{t('review.missing')}</span>}
            </p>
          </div>
        ))}
      </Section>
      <p className="text-sm text-muted">
        {content.selfDeclaration ? t('content.declared') : t('content.notDeclared')} ·{' '}
        {t('content.version', {
          version: String(content.version),
          date: formatInstant(content.submittedAt, locale, zones),
        })}
      </p>
    </div>
  );
}
