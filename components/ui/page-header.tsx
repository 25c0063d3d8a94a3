import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { buttonClasses } from './button';

type Props = {
  /** Where "back" goes, and what it says (usually the page one level up). */
  back?: { href: string; label: string };
  title: ReactNode;
  /** The page's main action beside its title, e.g. "New edition" (a link to another page). */
  create?: { href: string; label: string };
  /** Lines under the title: a summary, a rule, a count. */
  children?: ReactNode;
};

/** A page's header: the way back, the one h1, and what the page is about. */
export function PageHeader({ back, title, create, children }: Props) {
  return (
    <header>
      {back && (
        <p className="text-sm">
          <Link href={back.href} className="text-brand-700 underline">
            {back.label}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className={back ? 'mt-2 text-2xl font-bold' : 'text-2xl font-bold'}>{title}</h1>
        {create && (
          <Link href={create.href} className={buttonClasses('primary')}>
            {create.label}
          </Link>
        )}
      </div>
      {children}
    </header>
  );
}
