import 'server-only';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { db } from '../db';
import { translatorFor } from '../translator';
import { APPLICATION_DETAIL_INCLUDE, type ApplicationDetail } from '../queries/applications';
import { contentOf } from '@/lib/applications/draft';
import { cityName, snapshotCityName } from '@/lib/cities/city-name';
import { fileNamePart } from '@/lib/search/fold';
import { withPdfFonts } from './fonts';
import { ANSWER_FIELDS } from '@/lib/validation/application';
import { LOCALE_NAMES } from '@/lib/site';
import type { AppLocale } from '@/i18n/routing';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';

const styles = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: 52,
    fontSize: 10.5,
    lineHeight: 1.45,
    color: '#1e293b',
  },
  brand: { fontSize: 9, color: '#1d4ed8', marginBottom: 4 },
  title: { fontSize: 18, fontWeight: 'bold', lineHeight: 1.3, marginBottom: 6 },
  meta: { fontSize: 9, color: '#475569', marginBottom: 14 },
  h2: { fontSize: 12.5, fontWeight: 'bold', marginTop: 14, marginBottom: 6, color: '#1e3a8a' },
  h3: { fontSize: 11, fontWeight: 'bold', marginTop: 8, marginBottom: 3 },
  row: { flexDirection: 'row', gap: 16 },
  col: { flex: 1, borderWidth: 0.75, borderColor: '#cbd5e1', borderRadius: 4, padding: 8 },
  label: { fontSize: 8.5, color: '#475569' },
  strong: { fontWeight: 'bold' },
  answer: { borderLeftWidth: 2, borderLeftColor: '#93c5fd', paddingLeft: 8 },
  box: { borderWidth: 0.75, borderColor: '#cbd5e1', borderRadius: 4, padding: 8, marginTop: 4 },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 52,
    right: 52,
    fontSize: 8,
    color: '#64748b',
    flexDirection: 'row',
    justifyContent: 'space-between',
  },
});

function ApplicationDocument({ app, locale, family }: { app: ApplicationDetail; locale: AppLocale; family: string }) {
  const t = translatorFor(locale);
  const c = contentOf(app);
  const a = snapshotCityName(c.applicantCity, locale);
  const b = snapshotCityName(c.partnerCity, locale);
  // A document for anyone who reads it: times in the edition's zone, named.
  const date = (d: Date | string) =>
    formatInstant(d, locale, { recordZone: app.call.deadlineTimeZone }, DATE_STYLE.moment);
  const country = (x: typeof c.applicantCity) => (x ? t(`cities.country.${x.country}`) : '');
  const isDraft = app.status === 'DRAFT';
  const endorsements = app.endorsements.filter((e) => e.status === 'CONFIRMED' && e.confirmedAt);
  return (
    <Document
      title={t('application.pdf.title', { a, b })}
      author={c.contactName ?? undefined}
      language={locale}
      creator="Twin City Tool Box"
    >
      <Page size="A4" style={[styles.page, { fontFamily: family }]}>
        <Text style={styles.brand}>{t('application.pdf.brand', { year: String(app.call.year) })}</Text>
        <Text style={styles.title}>{t('application.pdf.title', { a, b })}</Text>
        <Text style={styles.meta}>
          {isDraft
            ? t('application.pdf.draft')
            : t('application.pdf.submitted', { date: date(c.submittedAt), version: String(c.version) })}
          {' · '}
          {t(`status.application.${app.status}`)}
        </Text>

        <Text style={styles.h2}>{t('application.pdf.cities')}</Text>
        <View style={styles.row}>
          {[
            {
              label: t('application.fields.applicantCity'),
              city: a,
              country: country(c.applicantCity),
              orgs: c.applicantOrganisations,
            },
            {
              label: t('application.fields.partnerCity'),
              city: b,
              country: country(c.partnerCity),
              orgs: c.partnerOrganisations,
            },
          ].map((side) => (
            <View key={side.label} style={styles.col}>
              <Text style={styles.label}>{side.label}</Text>
              <Text style={styles.strong}>
                {side.city} ({side.country})
              </Text>
              <Text style={[styles.label, { marginTop: 4 }]}>{t('application.wizard.steps.organisations')}</Text>
              {side.orgs.map((o) => (
                <Text key={o.name}>
                  • {o.name}
                  {o.kind ? ` — ${t(`application.organisationKind.${o.kind}`)}` : ''}
                  {o.website ? ` — ${o.website}` : ''}
                </Text>
              ))}
            </View>
          ))}
        </View>
        <View style={[styles.box, { marginTop: 8 }]}>
          <Text style={styles.label}>{t('application.fields.applicantType')}</Text>
          <Text>{c.applicantType ? t(`application.applicantType.${c.applicantType}`) : '—'}</Text>
          <Text style={[styles.label, { marginTop: 4 }]}>{t('application.fields.partnershipStatus')}</Text>
          <Text>
            {c.partnershipStatus ? t(`application.partnership.${c.partnershipStatus}`) : '—'}
            {c.partnershipStatus === 'TWINNED' && c.twinnedSinceYear
              ? ` (${t('application.content.since', { year: String(c.twinnedSinceYear) })})`
              : ''}
          </Text>
        </View>

        <Text style={styles.h2}>{t('application.wizard.steps.contact')}</Text>
        <Text style={styles.strong}>
          {c.contactName}
          {c.contactRole ? `, ${c.contactRole}` : ''}
        </Text>
        <Text>
          {c.contactEmail} · {c.contactPhone}
        </Text>
        {c.contactSocial.map((s) => (
          <Text key={s}>{s}</Text>
        ))}

        <Text style={styles.h2}>
          {t('application.wizard.steps.answers')}
          {c.answerLanguage ? ` (${LOCALE_NAMES[c.answerLanguage]})` : ''}
        </Text>
        {ANSWER_FIELDS.map((f, i) => (
          <View key={f} wrap>
            <Text style={styles.h3}>
              {i + 1}. {t(`application.questions.${f}`)}
            </Text>
            <View style={styles.answer}>
              <Text>{c[f] || '—'}</Text>
            </View>
          </View>
        ))}

        <Text style={styles.h2}>{t('application.pdf.declaration')}</Text>
        <Text>{t('application.declaration.selfDeclaration')}</Text>
        <Text style={styles.strong}>
          {c.selfDeclaration ? t('application.pdf.declared') : t('application.pdf.notDeclared')}
        </Text>
        <View style={styles.box}>
          <Text style={styles.label}>{t('application.pdf.endorsements', { city: a })}</Text>
          {endorsements.length === 0 && <Text>{t('application.endorsement.none')}</Text>}
          {endorsements.map((e) => (
            <Text key={e.id}>
              {t('application.endorsement.confirmedBy', {
                name: e.official?.name ?? e.official?.email ?? '—',
                date: date(e.confirmedAt!),
              })}
              {e.note ? ` — “${e.note}”` : ''}
            </Text>
          ))}
          <Text style={[styles.label, { marginTop: 4 }]}>{t('application.pdf.partner', { city: b })}</Text>
          <Text>
            {app.partnerConfirmedAt
              ? t('application.partner.confirmed', {
                  name: app.partnerUser?.name ?? app.partnerUser?.email ?? '—',
                  date: date(app.partnerConfirmedAt),
                })
              : t('application.pdf.partnerPending')}
          </Text>
        </View>

        <View style={styles.footer} fixed>
          <Text>{t('application.pdf.footer', { id: app.id })}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** The one PDF of an application: the submitted version (or the live draft, marked as such). */
export async function renderApplicationPdf(applicationId: string, locale: AppLocale = 'en'): Promise<Buffer> {
  const app = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: APPLICATION_DETAIL_INCLUDE,
  });
  return withPdfFonts((family) => renderToBuffer(<ApplicationDocument app={app} locale={locale} family={family} />));
}

/** The PDF for a viewer who may see the application (the caller checks with the query scope). */
export async function renderApplicationPdfFor(app: ApplicationDetail, locale: AppLocale): Promise<Buffer> {
  return withPdfFonts((family) => renderToBuffer(<ApplicationDocument app={app} locale={locale} family={family} />));
}

export function pdfFileName(app: ApplicationDetail, locale: AppLocale): string {
  const c = contentOf(app);
  // A city the applicant added may carry only its Cyrillic name: it is transliterated, never dropped.
  const slug = [c.applicantCity, c.partnerCity]
    .map((city) => (city ? fileNamePart(cityName(city, 'en')) : '') || 'city')
    .join('-');
  return `twin-city-booster-${app.call.year}-${slug}-v${c.version}${locale === 'en' ? '' : `-${locale}`}.pdf`;
}
