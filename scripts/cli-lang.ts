/**
 * The language a command line speaks (`-- --lang en` or `--lang=en`): Chinese when none is asked for, as the portal
 * first speaks. One reading for every script that words its output through the catalogue (audit-verify.ts,
 * verify-spot-check.ts).
 */
import { LANGS, type Lang } from "~/i18n";

/** How a script's usage line names the argument. */
export const LANG_USAGE = `--lang ${LANGS.join("|")}`;

/**
 * The language asked for, wherever it stands among the arguments, and the other arguments in their order; null when
 * it is malformed (no value, an unknown one, or asked twice), so the script prints its usage rather than guessing.
 */
export function cliLang(argv: readonly string[]): { lang: Lang; rest: string[] } | null {
  let asked: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === "--lang" ? argv[++i] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : null;
    if (value === null) rest.push(arg);
    else if (asked !== undefined || value === undefined) return null;
    else asked = value;
  }
  if (asked === undefined) return { lang: "zh-CN", rest };
  const lang = LANGS.find((l) => l === asked);
  return lang ? { lang, rest } : null;
}
