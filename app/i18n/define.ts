/**
 * A feature's messages in both languages. The English half must define every
 * key of the Chinese half: the compiler checks it.
 */
export function defineMessages<const Z extends Record<string, string>>(zh: Z, en: Record<keyof Z, string>) {
  return { zh, en };
}
