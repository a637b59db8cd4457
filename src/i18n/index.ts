import { en } from './en.js';
import { zh, type Messages } from './zh.js';

export type { Messages };

/** The output languages. */
export type Lang = 'zh-CN' | 'en';

/** The wording table of a language: one function per message id. */
export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => string;

/** Every key of the wording table that is a message (a function), not a lookup table. */
export type MessageId = { [K in keyof Messages]: Messages[K] extends Fn ? K : never }[keyof Messages];

/** A message as data: its id and its arguments, rendered in a language only when shown. */
export interface Message {
  id: MessageId;
  data: readonly MessageArg[];
}

/** A text argument may itself be a message (a word, a hint), rendered in the same language first. */
export type MessageArg = string | number | boolean | undefined | Message;

type Arg<T> = T extends string ? T | Message : T;
type Params<K extends MessageId> = Messages[K] extends Fn ? Parameters<Messages[K]> : never;
type Args<T extends readonly unknown[]> = { [I in keyof T]: Arg<T[I]> };
export type MessageData<K extends MessageId> = Args<Params<K>>;

/** `msg('dueBeforeStart', due, start)`: the arguments are checked against the Chinese table's signature. */
export function msg<K extends MessageId>(id: K, ...data: MessageData<K>): Message {
  return { id, data: data as readonly MessageArg[] };
}

function isMessage(a: MessageArg): a is Message {
  return typeof a === 'object' && a !== null;
}

/** The text of a message in `lang`; nested messages first. */
export function render(m: Message, lang: Lang): string {
  const t = messages(lang);
  const args = m.data.map((a) => (isMessage(a) ? render(a, lang) : a));
  return (t[m.id] as Fn)(...args);
}
