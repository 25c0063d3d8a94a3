import type { Messages } from 'next-intl';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the catalogue, from `nav.brand` to `validation.required` (typed from messages/en.json). */
export type MessageKey = Leaves<Messages>;

/** The keys inside one namespace, as a translator for that namespace takes them: KeysIn<'review'> has 'history.title'. */
export type KeysIn<Namespace extends string> = MessageKey extends infer K
  ? K extends `${Namespace}.${infer Rest}`
    ? Rest
    : never
  : never;
