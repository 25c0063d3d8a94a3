import { COUNTRIES } from '@/lib/enums';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/server/page-auth';
import { getEditionForReview, listEditionApplications } from '@/server/queries/review';
import { listCoordinators } from '@/server/queries/users';
import { BulkAssignForm, BULK_FORM_ID } from '@/components/review/bulk-assign-form';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import { APPLICATION_STATUSES, SORTS, ZApplicationFilterSchema } from '@/lib/validation/review';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = {
  params: Promise<{ locale: AppLocale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata('review.list.title');

export default async function EditionApplicationsPage({ params, searchParams }: Props) {
  const { locale, id: callId } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(
    locale,
    `/coordinator/editions/${callId}/applications`,
    'application:review',
  );
  const raw = await searchParams;
  const filter = ZApplicationFilterSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const call = await getEditionForReview(callId, locale);
  if (!call) notFound();
  const [list, coordinators] = await Promise.all([
    listEditionApplications(user, callId, filter, locale),
    listCoordinators(),
  ]);
  const t = await getTranslations('review');
  const td = await getTranslations('decisions');
  const ts = await getTranslations('status');
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const query = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, page }))
      if (v !== undefined && v !== '' && !(k === 'sort' && v === 'submitted') && !(k === 'page' && v === 1))
        q.set(k, String(v));
    const s = q.toString();
    return `/coordinator/editions/${callId}/applications${s ? `?${s}` : ''}`;
  };
  const any = { value: '', label: t('list.any') };

  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/editions/[id]/applications/page.tsx">
      <div className="grid gap-6">
        <PageHeader
          back={{ href: `/coordinator/editions/${callId}`, label: t('list.back', { edition: call.title }) }}
          title={t('list.heading', { edition: call.title })}
        >
          <p className="mt-1 text-muted">
            {td('selectedOfPairs', { selected: call.selected, pairs: call.pairsToSelect })}
          </p>
        </PageHeader>

        <form
          method="get"
          className="grid gap-x-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
          aria-label={t('list.filters')}
        >
          <TextField label={t('list.search')} name="q" defaultValue={filter.q ?? ''} hint={t('list.searchHint')} />
          <SelectField
            label={t('list.status')}
            name="status"
            defaultValue={filter.status ?? ''}
            options={[any, ...APPLICATION_STATUSES.map((s) => ({ value: s, label: ts(`application.${s}`) }))]}
          />
          <SelectField
            label={t('list.country')}
            name="country"
            defaultValue={filter.country ?? ''}
            options={[any, ...COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))]}
          />
          <SelectField
            label={t('list.endorsed')}
            name="endorsed"
            defaultValue={filter.endorsed ?? ''}
            options={[any, { value: 'yes', label: t('list.yes') }, { value: 'no', label: t('list.no') }]}
          />
          <SelectField
            label={t('list.partner')}
            name="partner"
            defaultValue={filter.partner ?? ''}
            options={[any, { value: 'yes', label: t('list.yes') }, { value: 'no', label: t('list.no') }]}
          />
          <SelectField
            label={t('list.mine')}
            name="mine"
            defaultValue={filter.mine ?? ''}
            options={[
              any,
              { value: 'reviewed', label: t('list.mineReviewed') },
              { value: 'todo', label: t('list.mineTodo') },
            ]}
          />
          <SelectField
            label={t('list.sort')}
            name="sort"
            defaultValue={filter.sort}
            options={SORTS.map((s) => ({ value: s, label: t(`list.sorts.${s}`) }))}
          />
          <div className="flex items-end pb-4">
            <Button type="submit">{t('list.apply')}</Button>
          </div>
        </form>

        <p role="status">{t('list.count', { count: list.total })}</p>

        {list.rows.length > 0 && (
          <div className="overflow-x-auto">
            <DataTable
              headers={[
                <span key="select" className="sr-only">
                  {t('list.select')}
                </span>,
                t('list.cities'),
                t('list.status'),
                t('list.submitted'),
                t('list.checks'),
                t('list.reviews'),
                td('title'),
              ]}
              caption={t('list.heading', { edition: call.title })}
            >
              {list.rows.map((r) => {
                const cities = `${r.applicantCity ?? '—'} ⇄ ${r.partnerCity ?? '—'}`;
                return (
                  <tr key={r.id} className="border-b border-slate-200 align-top">
                    <td className="p-2">
                      <input
                        type="checkbox"
                        form={BULK_FORM_ID}
                        name="applicationIds"
                        value={r.id}
                        aria-label={t('list.selectRow', { cities })}
                        className="h-4 w-4"
                      />
                    </td>
                    <th scope="row" className="p-2 text-left">
                      <Link href={`/applications/${r.id}/review`} className="font-bold text-brand-700 underline">
                        {cities}
                      </Link>
                      <span className="block font-normal text-muted">{r.contactName}</span>
                    </th>
                    <td className="p-2">{ts(`application.${r.status}`)}</td>
                    <td className="p-2">
                      {r.submittedAt
                        ? formatInstant(
                            r.submittedAt,
                            locale,
                            { recordZone: call.deadlineTimeZone, viewerZone: user.timeZone },
                            DATE_STYLE.day,
                          )
                        : '—'}
                    </td>
                    <td className="p-2">
                      {r.endorsed ? t('list.isEndorsed') : t('list.notEndorsed')}
                      <br />
                      {r.partnerConfirmed ? t('list.partnerConfirmed') : t('list.partnerPending')}
                    </td>
                    <td className="p-2">
                      {t('list.reviewCount', { submitted: r.submitted, assigned: r.assigned })}
                      {r.conflicted ? (
                        <span className="block font-bold text-amber-800">{t('list.conflict')}</span>
                      ) : (
                        r.mine && <span className="block">{t(`list.mineState.${r.mine}`)}</span>
                      )}
                    </td>
                    <td className="p-2">
                      {r.decision
                        ? `${td(`outcomes.${r.decision.outcome}`)} · ${r.decision.publishedAt ? td('published') : td('internal')}`
                        : '—'}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          </div>
        )}

        <Pager page={list.page} pages={pages} href={query} />

        <Section headingId="bulk-heading" title={t('bulk.title')} headingClassName="mb-2 text-xl font-bold">
          <BulkAssignForm
            callId={callId}
            coordinators={coordinators.map((c) => ({ id: c.id, name: c.name ?? c.email }))}
          />
        </Section>
      </div>
    </ClientMessages>
  );
}
