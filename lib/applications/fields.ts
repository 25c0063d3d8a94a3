// The application's fields, listed once. The wizard's form values, its two mappers, the draft schema, the
// columns a draft patch writes and the draft read back from the database are all built from these lists.

/** The four written answers, in the order the call asks them. */
export const ANSWER_FIELDS = ['answerWho', 'answerHopes', 'answerMotivation', 'answerOther'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** The limit stated on screen for each of the four answers. */
export const ANSWER_MAX = 3000;

/** Free text: '' when empty, in the form and in the draft. */
export const TEXT_FIELDS = ['contactName', 'contactRole', 'contactEmail', 'contactPhone', ...ANSWER_FIELDS] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The longest text each may be, as the draft schema allows it (the step schemas add what is required). */
export const TEXT_MAX = {
  contactName: 120,
  contactRole: 120,
  contactEmail: 200,
  contactPhone: 30,
  answerWho: ANSWER_MAX,
  answerHopes: ANSWER_MAX,
  answerMotivation: ANSWER_MAX,
  answerOther: ANSWER_MAX,
} as const satisfies Record<TextField, number>;

/** One of a list (a select or radio group): null when nothing is chosen, '' in the form. */
export const CHOICE_FIELDS = [
  'applicantType',
  'applicantCityId',
  'partnerCityId',
  'partnershipStatus',
  'answerLanguage',
] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];

/** A yes/no that is a column of its own. */
export const FLAG_FIELDS = ['countriesConfirmed', 'selfDeclaration'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

/**
 * The columns of Application a draft patch copies as they are. The rest need a rule: the organisations are
 * rows of their own, consent and the self-declaration are also stamped with their time.
 */
export const DRAFT_COLUMNS = [
  ...CHOICE_FIELDS,
  ...FLAG_FIELDS,
  ...TEXT_FIELDS,
  'twinnedSinceYear',
  'contactSocial',
] as const;

/** Builds an object with one entry per field, e.g. a zod shape or a form's empty values. */
export function eachField<K extends string, V>(fields: readonly K[], value: (field: K) => V): Record<K, V> {
  return Object.fromEntries(fields.map((field) => [field, value(field)])) as Record<K, V>;
}
