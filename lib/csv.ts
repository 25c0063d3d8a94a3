// CSV for spreadsheets: the exports of applications and reviews.

/** Cells for CSV: quotes when needed, and defuses formulas (=, +, -, @) that spreadsheets would run. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** A whole CSV document: a header line and rows, with the byte-order mark that makes Excel read UTF-8. */
export function csvDocument(header: unknown[], rows: unknown[][]): string {
  return '\ufeff' + csvLine(header) + rows.map(csvLine).join('');
}
