/**
 * The zone a new edition's form starts with, because the programme has been run from Berlin: a value the
 * coordinator sees in the form and may change, never a zone to read or show a date in.
 */
export const NEW_EDITION_TIME_ZONE = 'Europe/Berlin';

/** Zones offered in pickers: the programme's four countries first, then every zone the runtime knows. */
export const PROGRAMME_TIME_ZONES = [
  'Europe/Berlin',
  'Europe/Kyiv',
  'Europe/Minsk',
  'Europe/Moscow',
  'Europe/Kaliningrad',
  'Europe/Samara',
  'Europe/Volgograd',
  'Asia/Yekaterinburg',
  'Asia/Novosibirsk',
];

export function timeZoneOptions(current?: string | null): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const rest = all.filter((z) => !PROGRAMME_TIME_ZONES.includes(z));
  const list = [...PROGRAMME_TIME_ZONES, ...rest];
  if (current && !list.includes(current)) list.unshift(current);
  return list;
}
