import 'server-only';
import { db } from '../db';

/** Every coordinator may review; callers have checked 'application:review'. */
export async function listCoordinators() {
  return db.user.findMany({
    where: { role: 'COORDINATOR' },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: { id: true, name: true, email: true },
  });
}
