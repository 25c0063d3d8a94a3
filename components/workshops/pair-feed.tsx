import { useTranslations } from 'next-intl';
import { rotatePairCalendarAction } from '@/server/actions/workshops';
import { ActionButton } from '@/components/ui/action-button';
import { Section } from '@/components/ui/section';

/** The pair's iCal feed: its address, and the button that makes a new one and revokes the old. */
export function PairFeed({ pairId, feedUrl }: { pairId: string; feedUrl: string | null }) {
  const t = useTranslations('pairs.feed');
  return (
    <Section headingId="feed-heading" title={t('title')}>
      <p className="mt-1 text-muted">{t('explain')}</p>
      {feedUrl && (
        <p
          className="mt-2 break-all rounded border border-slate-300 bg-white p-2 font-mono text-sm"
          aria-label={t('url')}
        >
          {feedUrl}
        </p>
      )}
      <div className="mt-2">
        <ActionButton
          action={rotatePairCalendarAction}
          input={{ pairId }}
          label={feedUrl ? t('rotate') : t('create')}
          done={t('rotated')}
          confirm={feedUrl ? t('rotateConfirm') : undefined}
        />
      </div>
    </Section>
  );
}
