/**
 * A feature's messages in both languages. The English half must define every
 * key of the Chinese half: the compiler checks it.
 */
export function defineMessages<const Z extends Record<string, string>>(zh: Z, en: Record<keyof Z, string>) {
  return { zh, en };
}

/**
 * The words for a closed set of codes (the audit log's actions), as messages under `prefix`:
 * `keyed("audit.action.", labels)` gives "audit.action.login" and so on. Pass labels declared as
 * `Record<Code, string>`, so a code without its words fails to compile.
 */
export function keyed<const P extends string, K extends string>(prefix: P, labels: Record<K, string>): Record<`${P}${K}`, string> {
  return Object.fromEntries(Object.entries(labels).map(([code, words]) => [`${prefix}${code}`, words])) as Record<`${P}${K}`, string>;
}
