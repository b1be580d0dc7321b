/**
 * What a bad rule file reports. Every problem the loader finds is a
 * RuleFileError naming the file and the JSON path inside it (e.g.
 * `rule.conditions.all[1].operator`), so an author can go straight to the
 * line; `failIn` gives each check a `fail` bound to the file it is reading.
 */

/** A rule file is invalid. `message` reads `<file>: <json path>: <problem>`. */
export class RuleFileError extends Error {
  constructor(
    /** The file, relative to the working directory when inside it. */
    readonly file: string,
    /** Where in the file, e.g. `rule.conditions.all[1].operator`; "" for the whole file. */
    readonly jsonPath: string,
    readonly problem: string,
  ) {
    super(jsonPath ? `${file}: ${jsonPath}: ${problem}` : `${file}: ${problem}`);
    this.name = "RuleFileError";
  }
}

function formatJsonPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && /^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** Throws a RuleFileError for one file at the JSON path `segments`. */
export type Fail = (segments: readonly PropertyKey[], problem: string) => never;

export function failIn(file: string): Fail {
  return (segments, problem) => {
    throw new RuleFileError(file, formatJsonPath(segments), problem);
  };
}
