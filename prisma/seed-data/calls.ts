/** The review criteria the seed's editions (and the e2e and bench data) are scored on. */
export const DEFAULT_CRITERIA = [
  { key: 'motivation', weight: 3, labels: { en: 'Motivation', de: 'Motivation', ru: 'Мотивация', uk: 'Мотивація' } },
  {
    key: 'potential',
    weight: 3,
    labels: {
      en: 'Partnership potential',
      de: 'Potenzial der Partnerschaft',
      ru: 'Потенциал партнёрства',
      uk: 'Потенціал партнерства',
    },
  },
  {
    key: 'support',
    weight: 2,
    labels: { en: 'Local support', de: 'Rückhalt vor Ort', ru: 'Поддержка на местах', uk: 'Підтримка на місцях' },
  },
  {
    key: 'feasibility',
    weight: 2,
    labels: { en: 'Feasibility', de: 'Umsetzbarkeit', ru: 'Реализуемость', uk: 'Реалістичність' },
  },
];
