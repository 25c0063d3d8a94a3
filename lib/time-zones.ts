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
