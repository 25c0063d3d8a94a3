'use client';

import { useSession } from '@/components/layout/session';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/permissions';

/**
 * "Edit this material", for authors only. A client island, so that the material's page stays one
 * prerendered page for everybody (the session is read in the browser, as the header's is).
 */
export function AuthorEditLink({ materialId, label }: { materialId: string; label: string }) {
  const { data } = useSession();
  if (!can(data?.user ?? null, 'material:author')) return null;
  return (
    <Link href={`/coordinator/toolbox/${materialId}`} className="text-sm text-brand-700 underline print:hidden">
      {label}
    </Link>
  );
}
