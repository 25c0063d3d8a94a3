import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { listPeopleForCoordinators } from '@/server/queries/people';
import { cityName } from '@/lib/cities/city-name';
import { verifyOfficialAction, unlinkOfficialAction, revokeCoordinatorAction } from '@/server/actions/people';
import { ActionButton } from '@/components/ui/action-button';
import { InviteCoordinatorForm } from '@/components/people/invite-coordinator-form';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { DataTable } from '@/components/ui/data-table';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('people.title');

export default async function PeoplePage({ params }: Props) {
  const { locale, user: me } = await openPermittedPage(params, '/coordinator/people', 'people:manage');
  const t = await getTranslations('people');
  const { officials, coordinators } = await listPeopleForCoordinators();
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/people/page.tsx">
      <div className="grid gap-10">
        <h1 className="text-2xl font-bold">{t('title')}</h1>

        <Section headingId="officials-heading" title={t('officials')}>
          <p role="status" className="mt-2 font-bold">
            {t('waiting', { count: officials.filter((o) => !o.officialVerifiedAt).length })}
          </p>
          {officials.length === 0 ? (
            <p className="mt-2 text-muted">{t('noOfficials')}</p>
          ) : (
            <DataTable
              headers={[t('person'), t('city'), t('state'), t('actions')]}
              className="mt-3 w-full border-collapse bg-white text-left text-sm"
            >
              {officials.map((o) => (
                <tr key={o.id} className="border-b border-slate-200">
                  <td className="p-2">
                    {o.name ?? '—'}
                    <br />
                    <span className="text-muted">{o.email}</span>
                  </td>
                  <td className="p-2">{o.officialCity ? cityName(o.officialCity, locale) : '—'}</td>
                  <td className="p-2">{o.officialVerifiedAt ? t('verified') : t('unverified')}</td>
                  <td className="flex flex-wrap gap-2 p-2">
                    {!o.officialVerifiedAt && (
                      <ActionButton
                        action={verifyOfficialAction}
                        input={{ userId: o.id }}
                        label={t('verify')}
                        done={t('verifiedDone')}
                        variant="primary"
                      />
                    )}
                    <ActionButton
                      action={unlinkOfficialAction}
                      input={{ userId: o.id }}
                      label={t('unlink')}
                      done={t('unlinkedDone')}
                      variant="danger"
                      confirm={t('unlinkConfirm', { email: o.email })}
                    />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </Section>

        <Section headingId="coordinators-heading" title={t('coordinators')}>
          <ul className="mt-3 grid gap-2">
            {coordinators.map((c) => (
              <li
                key={c.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3"
              >
                <span>
                  {c.name ?? c.email} <span className="text-sm text-muted">{c.email}</span>
                </span>
                {c.id !== me.id && (
                  <ActionButton
                    action={revokeCoordinatorAction}
                    input={{ userId: c.id }}
                    label={t('revoke')}
                    done={t('revokedDone')}
                    variant="danger"
                    confirm={t('revokeConfirm', { email: c.email })}
                  />
                )}
              </li>
            ))}
          </ul>
          <h3 className="mt-6 mb-2 text-lg font-bold">{t('inviteTitle')}</h3>
          <InviteCoordinatorForm />
        </Section>
      </div>
    </ClientMessages>
  );
}
