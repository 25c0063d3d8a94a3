import { useTranslations } from 'next-intl';
import { withdrawPairAction } from '@/server/actions/workshops';
import { ReasonForm } from './reason-form';

/** Withdrawing the pair from the programme, behind a closed panel and with a reason. */
export function PairWithdraw({ pairId }: { pairId: string }) {
  const t = useTranslations('pairs.withdraw');
  return (
    <section aria-labelledby="withdraw-heading">
      <details className="rounded border border-red-700 p-3">
        <summary id="withdraw-heading" className="cursor-pointer font-bold text-red-800">
          {t('title')}
        </summary>
        <p className="mt-2">{t('explain')}</p>
        <ReasonForm
          action={withdrawPairAction}
          input={{ pairId }}
          label={t('reason')}
          submit={t('submit')}
          done={t('done')}
        />
      </details>
    </section>
  );
}
