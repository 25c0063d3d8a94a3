import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import type { Prisma } from '../db';
import { STAGES, type PairStatus } from '@/lib/enums';

/**
 * A booster pair with its four workshops, not yet scheduled. Publishing decisions makes one for each selected
 * application (inside its transaction); the seed and the test factories make theirs through here too.
 */
export async function createPair(
  tx: PrismaClient | Prisma.TransactionClient,
  data: {
    callId: string;
    applicationId: string;
    cityAId: string;
    cityBId: string;
    status?: PairStatus;
    createdAt?: Date;
  },
) {
  return tx.boosterPair.create({
    data: { ...data, workshops: { create: STAGES.map((stage) => ({ stage })) } },
    include: { workshops: true },
  });
}
