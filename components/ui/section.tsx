import type { ReactNode } from 'react';

type Props = {
  /** The heading's id; the section is labelled by it, and links can point at it. */
  headingId: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children?: ReactNode;
};

/** A page section named by its own h2, so that screen readers list it as a landmark with that name. */
export function Section({ headingId, title, className, headingClassName = 'text-xl font-bold', children }: Props) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
