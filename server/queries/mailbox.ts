import 'server-only';
import { db } from '../db';

export async function listMailbox(limit = 100) {
  return db.outboxEmail.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
}
