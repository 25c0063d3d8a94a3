import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { listDecisionTemplates } from '@/server/queries/decisions';
import { defaultTemplate } from '@/server/services/decisions';
import { TemplateForm } from '@/components/review/template-form';
import { DECISION_OUTCOMES } from '@/lib/validation/review';
import { locales, type AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('decisions.templates.title');

export default async function DecisionTemplatesPage({ params }: Props) {
  await openPermittedPage(params, '/coordinator/decision-templates', 'decision:manage');
  const saved = await listDecisionTemplates();
  const t = await getTranslations('decisions');
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/decision-templates/page.tsx">
      <div className="grid gap-6">
        <h1 className="text-2xl font-bold">{t('templates.title')}</h1>
        <p className="max-w-prose">{t('templates.intro')}</p>
        {DECISION_OUTCOMES.map((outcome) => (
          <section
            key={outcome}
            aria-labelledby={`tpl-${outcome}`}
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id={`tpl-${outcome}`} className="text-xl font-bold">
              {t(`outcomes.${outcome}`)}
            </h2>
            <div className="mt-3 grid gap-6 lg:grid-cols-2">
              {locales.map((l) => {
                const row = saved.find((s) => s.outcome === outcome && s.locale === l) ?? defaultTemplate(outcome, l);
                return <TemplateForm key={l} initial={{ outcome, locale: l, subject: row.subject, body: row.body }} />;
              })}
            </div>
          </section>
        ))}
      </div>
    </ClientMessages>
  );
}
