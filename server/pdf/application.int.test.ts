import { beforeAll, describe, expect, it } from 'vitest';
import { db, makeActor, seedCities } from '../test/helpers';
import { saveDraft, submitApplication } from '../services/applications';
import { endorseApplication } from '../services/application-people';
import { renderApplicationPdf } from './application';
import { createCall } from '@/prisma/factories';
import { editionDates } from '@/prisma/timeline';
import ukMessages from '@/messages/uk.json';
import deMessages from '@/messages/de.json';

/** All text of a PDF, page by page, as a reader (or a screen reader) would get it. */
async function pdfText(buffer: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  let out = '';
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    out += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('') + '\n';
  }
  return out.replace(/\s+/g, ' ');
}

let cities: Awaited<ReturnType<typeof seedCities>>;
let callId: string;
beforeAll(async () => {
  cities = await seedCities();
  callId = // Open for applications today, whatever today is.
    (
      await createCall(db, {
        ...editionDates(new Date(), 'open'),
        slug: `pdf-${Date.now()}`,
        deadlineTimeZone: 'Europe/Kyiv',
      })
    ).id;
});

describe('the application PDF', () => {
  it('shows the submitted answers exactly as written in Ukrainian, Russian and German, with the endorsement', async () => {
    const applicant = await makeActor({ locale: 'uk' });
    const answers = {
      answerWho: 'Ми — громадська ініціатива «Харків–Нюрнберг», їжак ґанок єнот.',
      answerHopes: 'Мы надеемся на совместные проекты: объём, съёмка, ещё.',
      answerMotivation: 'Wir möchten Begegnungen schaffen: Größe, Übung, Straße.',
      answerOther: '',
    };
    await saveDraft(applicant, {
      callId,
      data: {
        applicantType: 'TWINNING_ASSOCIATION',
        countriesConfirmed: true,
        applicantCityId: cities.kharkiv!.id,
        partnerCityId: cities.nuernberg!.id,
        partnershipStatus: 'TWINNED',
        twinnedSinceYear: 1990,
        applicantOrganisations: [{ name: 'Харківська міська рада', kind: 'ADMINISTRATION', website: '' }],
        partnerOrganisations: [{ name: 'Partnerschaftsverein Nürnberg', kind: 'ASSOCIATION', website: '' }],
        contactName: 'Ірина Коваленко',
        contactRole: 'Координаторка',
        contactEmail: 'iryna@example.org',
        contactPhone: '+380 57 123 4567',
        contactSocial: [],
        ...answers,
        answerLanguage: 'uk',
        selfDeclaration: true,
        consent: true,
      },
    });
    const { id } = await submitApplication(applicant, { callId });
    const official = await makeActor({
      name: 'Олег Мер',
      role: 'CITY_OFFICIAL',
      officialCityId: cities.kharkiv!.id,
      officialVerifiedAt: new Date(),
    });
    await endorseApplication(official, { applicationId: id, confirmed: true });

    const pdf = await renderApplicationPdf(id, 'uk');
    if (process.env.PDF_OUT) (await import('node:fs')).writeFileSync(process.env.PDF_OUT, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain(answers.answerWho);
    expect(text).toContain(answers.answerHopes);
    expect(text).toContain(answers.answerMotivation);
    expect(text).toContain('Харків');
    expect(text).toContain('Нюрнберг');
    expect(text).toContain('Харківська міська рада');
    expect(text).toContain('Ірина Коваленко');
    expect(text).toContain('Олег Мер');
    // Labels follow the requested language.
    expect(text).toContain(ukMessages.application.pdf.cities);
    // The submission time is read in the edition's zone, and the zone is named (a PDF has no viewer's own).
    expect(text).toContain('(Europe/Kyiv)');
    expect(text).toContain(ukMessages.application.questions.answerHopes);

    // The German version of the same document: German labels, the answers unchanged.
    const de = await pdfText(await renderApplicationPdf(id, 'de'));
    expect(de).toContain(answers.answerWho);
    expect(de).toContain('Nürnberg');
    expect(de).toContain(deMessages.application.pdf.cities);
  });
});
