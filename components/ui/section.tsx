import type { ReactNode } from 'react';

type Props = {
  /** The heading's id; the section is labelled by it, and links can point at it. */
  headingId: string;
  title: ReactNode;
  className?: string;
  /** A white card with a border, its heading a size smaller: for a panel among other panels. */
  card?: boolean;
  headingClassName?: string;
  children?: ReactNode;
};

/** A page section named by its own h2, so that screen readers list it as a landmark with that name. */
export function Section({ headingId, title, className, card, headingClassName, children }: Props) {
  const frame = card
    ? ['rounded-lg border border-slate-200 bg-white p-5', className].filter(Boolean).join(' ')
    : className;
  return (
    <section aria-labelledby={headingId} className={frame}>
      <h2 id={headingId} className={headingClassName ?? (card ? 'text-lg font-bold' : 'text-xl font-bold')}>
        {title}
      </h2>
      {children}
    </section>
  );
}
