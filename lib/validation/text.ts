/**
 * Control characters in input. PostgreSQL refuses NUL in text (error 22021: a 500 for `?q=%00`), and
 * the other C0 characters (and DEL) only ever arrive by accident or by attack: nobody types them.
 * They are removed before validation, in two places that between them see every input:
 * `parseInput` (server/errors.ts) for every action and service, and the URL-parameter schemas here.
 * Tab, newline and carriage return stay in form input (textareas hold lines); URL parameters are one line.
 */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Removes control characters; without `keepLineBreaks`, tabs and line breaks become spaces (one line). */
export function stripControlChars(value: string, { keepLineBreaks = true } = {}): string {
  const stripped = value.replace(CONTROL, '');
  return keepLineBreaks ? stripped : stripped.replace(/[\t\n\r]/g, ' ');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** The same input with control characters removed from every string in it (plain objects and arrays only). */
export function withoutControlChars<T>(input: T): T {
  if (typeof input === 'string') return stripControlChars(input) as T;
  if (Array.isArray(input)) return input.map(withoutControlChars) as T;
  if (isPlainObject(input)) {
    return Object.fromEntries(
      Object.entries(input).map(([k, v]) => [stripControlChars(k), withoutControlChars(v)]),
    ) as T;
  }
  return input;
}

/** A URL parameter as one clean line: control characters and line breaks become spaces. */
export const cleanParam = (v: unknown) => (typeof v === 'string' ? stripControlChars(v, { keepLineBreaks: false }) : v);
