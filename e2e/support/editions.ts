import { db } from '../../server/db';

export type SeededPhase = 'history' | 'decided' | 'review' | 'open';
const STATUS = { decided: 'DECIDED', review: 'REVIEW', open: 'OPEN' } as const;

/**
 * The seeded edition in a phase (the seed builds them around the day the suite runs). Tests that
 * create editions of their own make them later, so the oldest one in a phase is the seeded one.
 */
export async function seededEdition(phase: SeededPhase) {
  const include = { texts: true } as const;
  if (phase === 'history') return db.call.findUniqueOrThrow({ where: { slug: '2020' }, include });
  return db.call.findFirstOrThrow({ where: { status: STATUS[phase] }, orderBy: { createdAt: 'asc' }, include });
}

export function editionTitle(call: { texts: { locale: string; title: string }[] }, locale: string) {
  return call.texts.find((t) => t.locale === locale)!.title;
}
