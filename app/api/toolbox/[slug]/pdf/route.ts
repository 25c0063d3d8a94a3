import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { isTopic } from '@/lib/toolbox/materials';
import { getCurrentUser } from '@/server/auth';
import { getMaterialForPrint } from '@/server/queries/materials';
import { renderMethodCardPdf } from '@/server/pdf/method-card';
import { isLocale } from '@/i18n/routing';
import { LOCALE_NAMES, SITE_NAME } from '@/lib/site';

/** The PDF of a material (made for method cards) in the requested language, or the original. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lang = new URL(request.url).searchParams.get('lang');
  const locale = isLocale(lang) ? lang : 'en';
  // Drafts are readable only by authors; for everyone else they do not exist.
  const viewer = await getCurrentUser();
  const material = await getMaterialForPrint(slug.slice(0, 120), locale, viewer);
  if (!material) return new NextResponse('Not found', { status: 404 });
  const t = await getTranslations({ locale: material.version.locale, namespace: 'toolbox' });
  const ts = await getTranslations({ locale: material.version.locale, namespace: 'stages' });
  const facts: { label: string; value: string }[] = [];
  const m = material.durationMinutes;
  if (m)
    facts.push({
      label: t('durationLabel'),
      value:
        m < 60
          ? t('minutes', { minutes: m })
          : m % 60
            ? t('hoursMinutes', { hours: Math.floor(m / 60), minutes: m % 60 })
            : t('hours', { hours: m / 60 }),
    });
  const { groupSizeMin: min, groupSizeMax: max } = material;
  if (min || max)
    facts.push({
      label: t('groupSizeFact'),
      value: min && max ? t('groupRange', { min, max }) : min ? t('groupFrom', { min }) : t('groupUpTo', { max: max! }),
    });
  facts.push({ label: t('stageLabel'), value: material.stages.map((s) => ts(`${s}.short`)).join(', ') });
  if (material.topics.length)
    facts.push({
      label: t('topicLabel'),
      value: material.topics
        .filter(isTopic)
        .map((k) => t(`topic.${k}`))
        .join(', '),
    });
  facts.push({ label: t('languagesShort'), value: material.versions.map((v) => LOCALE_NAMES[v.locale]).join(', ') });
  const pdf = await renderMethodCardPdf({
    locale: material.version.locale,
    kindLabel: t(`kind.${material.kind}`),
    title: material.version.title,
    summary: material.version.summary,
    body: material.version.body,
    facts,
    footer: `${SITE_NAME} · ${material.slug}`,
  });
  return new NextResponse(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${material.slug}-${material.version.locale}.pdf"`,
      'Cache-Control': material.status === 'PUBLISHED' ? 'public, max-age=300' : 'private, no-store',
    },
  });
}
