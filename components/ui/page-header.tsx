import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

type Props = {
  /** Where "back" goes, and what it says (usually the page one level up). */
  back?: { href: string; label: string };
  title: ReactNode;
  /** Lines under the title: a summary, a rule, a count. */
  children?: ReactNode;
};

/** A page's header: the way back, the one h1, and what the page is about. */
export function PageHeader({ back, title, children }: Props) {
  return (
    <header>
      {back && (
        <p className="text-sm">
          <Link href={back.href} className="text-brand-700 underline">
            {back.label}
          </Link>
        </p>
      )}
      <h1 className={back ? 'mt-2 text-2xl font-bold' : 'text-2xl font-bold'}>{title}</h1>
      {children}
    </header>
  );
}
