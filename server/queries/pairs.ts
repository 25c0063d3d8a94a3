import 'server-only';
import { pageOf } from './page-of';
import { PAIR_HISTORY_ENTITY_TYPES } from '@/lib/audit-actions';
import { CITY_NAMES } from './cities';
import { STAGES } from '@/lib/enums';
import type { PairStatus, WorkshopStatus } from '@/lib/enums';
import { db, type Prisma } from '../db';
import { pairScope } from './scopes';
import type { Actor } from '@/lib/permissions';
import type { RiskFlag } from '@/lib/booster/stage-rules';
import { pairLateness } from '@/lib/booster/lateness';
import { workshopZone } from '@/lib/time/format';
import { historyDetail, type HistoryWorkshop } from '@/lib/booster/history';

const CITY = { select: { id: true, ...CITY_NAMES, timeZone: true } } as const;
const PERSON = { select: { id: true, name: true, email: true } } as const;

const PAIR_PAGE = {
  call: { select: { id: true, year: true, windowStart: true, windowEnd: true, deadlineTimeZone: true } },
  cityA: CITY,
  cityB: CITY,
  application: { select: { applicantId: true, partnerUserId: true, applicant: PERSON, partnerUser: PERSON } },
  workshops: {
    orderBy: { stage: 'asc' },
    include: {
      hostCity: CITY,
      facilitators: { include: { user: PERSON } },
      logistics: {
        orderBy: [{ position: 'asc' }, { kind: 'asc' }],
        include: { doneBy: { select: { name: true, email: true } } },
      },
      materials: {
        include: {
          material: { select: { id: true, slug: true, versions: { select: { locale: true, title: true } } } },
        },
      },
    },
  },
} satisfies Prisma.BoosterPairInclude;

export type PairPageData = Prisma.BoosterPairGetPayload<{ include: typeof PAIR_PAGE }>;

/** The pair as its page shows it, or null when the viewer may not see it (the page answers 404). */
export async function getPairForViewer(actor: Actor, pairId: string): Promise<PairPageData | null> {
  if (typeof pairId !== 'string' || pairId.length > 64) return null;
  return db.boosterPair.findFirst({ where: { AND: [{ id: pairId }, pairScope(actor)] }, include: PAIR_PAGE });
}

export type MatrixRow = {
  id: string;
  status: PairStatus;
  year: number;
  cityA: PairPageData['cityA'];
  cityB: PairPageData['cityB'];
  stages: {
    stage: (typeof STAGES)[number];
    status: WorkshopStatus;
    startsAt: Date | null;
    timeZone: string | null;
    flags: RiskFlag[];
  }[];
  /** A running pair where nothing has moved for six weeks. */
  inactive: boolean;
};

/** Which rows the booster overview shows: one edition's (by year) or all, only the late ones or all, and which page. */
export type MatrixFilter = { year?: number; late?: boolean; page?: number };

/** Pairs a page of the booster overview shows: enough to scan, few enough for a phone and a fast page. */
export const MATRIX_PAGE_SIZE = 50;

export type MatrixPage = { rows: MatrixRow[]; total: number; page: number; pages: number };

const MATRIX_INCLUDE = {
  call: { select: { year: true, windowStart: true, windowEnd: true, deadlineTimeZone: true } },
  cityA: CITY,
  cityB: CITY,
  workshops: {
    include: { logistics: { select: { doneAt: true } }, hostCity: { select: { timeZone: true } } },
  },
} satisfies Prisma.BoosterPairInclude;

function matrixRow(p: Prisma.BoosterPairGetPayload<{ include: typeof MATRIX_INCLUDE }>, now: Date): MatrixRow {
  const lateness = pairLateness(p, now);
  return {
    id: p.id,
    status: p.status,
    year: p.call.year,
    cityA: p.cityA,
    cityB: p.cityB,
    inactive: lateness.inactive,
    stages: STAGES.map((stage) => {
      const w = p.workshops.find((x) => x.stage === stage);
      if (!w) return { stage, status: 'NOT_SCHEDULED' as const, startsAt: null, timeZone: null, flags: [] };
      return {
        stage,
        status: w.status,
        startsAt: w.startsAt,
        timeZone: workshopZone(w),
        flags: lateness.flags.get(stage) ?? [],
      };
    }),
  };
}

/**
 * One page of every pair × its four stages, with late and at-risk flags, newest edition first (coordinators
 * only). Only running pairs can be late, so the late filter reads the running pairs and keeps those the rules
 * flag; without it the page is cut in the database.
 */
export async function getPairMatrix(
  filter: MatrixFilter = {},
  now = new Date(),
  pageSize = MATRIX_PAGE_SIZE,
): Promise<MatrixPage> {
  const orderBy = [
    { call: { year: 'desc' } },
    { createdAt: 'asc' },
    { id: 'asc' },
  ] satisfies Prisma.BoosterPairOrderByWithRelationInput[];
  const where: Prisma.BoosterPairWhereInput = {
    ...(filter.year && { call: { year: filter.year } }),
    ...(filter.late && { status: 'ACTIVE' }),
  };
  const wanted = Math.max(1, filter.page ?? 1);
  if (filter.late) {
    const all = await db.boosterPair.findMany({ where, orderBy, include: MATRIX_INCLUDE });
    const late = all
      .map((p) => matrixRow(p, now))
      .filter((r) => r.inactive || r.stages.some((s) => s.flags.length > 0));
    const pages = Math.max(1, Math.ceil(late.length / pageSize));
    const page = Math.min(wanted, pages);
    const rows = late.slice((page - 1) * pageSize, page * pageSize);
    return { rows, total: late.length, page, pages };
  }
  const total = await db.boosterPair.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(wanted, pages);
  const found = await pageOf(
    db.boosterPair.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select: { id: true } }),
    (ids) => db.boosterPair.findMany({ where: { id: { in: ids } }, include: MATRIX_INCLUDE }),
  );
  return { rows: found.map((p) => matrixRow(p, now)), total, page, pages };
}

/** The editions that have pairs, newest first, for the overview's filter. */
export async function listPairYears(): Promise<number[]> {
  const calls = await db.call.findMany({
    where: { pairs: { some: {} } },
    orderBy: { year: 'desc' },
    select: { year: true },
    distinct: ['year'],
  });
  return calls.map((c) => c.year);
}

/** Workshops that touch [from, to), for the coordinators' month calendar. */
export async function listWorkshopsBetween(from: Date, to: Date) {
  return db.workshop.findMany({
    where: { startsAt: { lt: to }, endsAt: { gt: from }, status: { in: ['SCHEDULED', 'DONE', 'CANCELLED'] } },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      stage: true,
      status: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      hostCity: { select: { timeZone: true } },
      pair: { select: { id: true, cityA: CITY, cityB: CITY } },
    },
  });
}

export async function getFacilitatorCalendarToken(userId: string): Promise<string | null> {
  const row = await db.facilitatorCalendar.findUnique({ where: { userId } });
  return row?.token ?? null;
}

/**
 * The pair's audit trail (scheduling, cancelling, ticks, outcomes, withdrawal), newest first, each line with
 * the workshop it was about and, for a schedule or a move, the start before and after.
 */
export async function listPairHistory(pair: { id: string; workshops: HistoryWorkshop[] }) {
  const ids = [
    pair.id,
    ...pair.workshops.map((w) => w.id),
    ...pair.workshops.flatMap((w) => w.logistics.map((l) => l.id)),
  ];
  const rows = await db.auditEvent.findMany({
    where: { entityId: { in: ids }, entityType: { in: [...PAIR_HISTORY_ENTITY_TYPES] } },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: {
      id: true,
      action: true,
      createdAt: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ before, after, ...row }) => ({
    ...row,
    detail: historyDetail({ ...row, before, after }, pair.workshops),
  }));
}
