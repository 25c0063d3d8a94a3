import { db } from '../../server/db';

export type SeededPhase = 'history' | 'decided' | 'review' | 'open';
// The seed creates its editions in this order, each dated weeks before the suite runs.
const ORDER = { decided: 0, review: 1, open: 2 } as const;

/**
 * The seeded edition of a phase (the seed builds them around the day the suite runs), found by the order the
 * seed made them in, not by status: a test may move one on (the demo walk publishes the decisions of the one in
 * review). Editions that tests make are created later, so the seed's three are the oldest after the history.
 */
export async function seededEdition(phase: SeededPhase) {
  const include = { texts: true } as const;
  if (phase === 'history') return db.call.findUniqueOrThrow({ where: { slug: '2020' }, include });
  const seeded = await db.call.findMany({
    where: { slug: { not: '2020' } },
    orderBy: { createdAt: 'asc' },
    take: 3,
    include,
  });
  return seeded[ORDER[phase]]!;
}

export function editionTitle(call: { texts: { locale: string; title: string }[] }, locale: string) {
  return call.texts.find((t) => t.locale === locale)!.title;
}
