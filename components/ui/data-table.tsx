import type { ReactNode } from 'react';

type Props = {
  /** One column header each, in order. */
  headers: ReactNode[];
  /** Read out by screen readers before the table; hidden on screen where a heading already names it. */
  caption?: ReactNode;
  className?: string;
  /** The table's rows (`<tr>` elements). */
  children: ReactNode;
};

/** The house table: a header row of column headers over the given rows, full width on a white ground. */
export function DataTable({
  headers,
  caption,
  className = 'w-full border-collapse bg-white text-left text-sm',
  children,
}: Props) {
  return (
    <table className={className}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr className="border-b border-slate-300">
          {headers.map((header, index) => (
            <th key={index} scope="col" className="p-2">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
