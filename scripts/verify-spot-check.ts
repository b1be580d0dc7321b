/**
 * Checks a spot-check draw outside the portal: `npm run spot-check:verify -- <record.json>`
 * with the record downloaded from the draw's page (/officer/spot-checks/<id>/record.json).
 * Reads no database: it hashes the record's inputs, re-runs the documented
 * algorithm (app/domain/spot-checks/spot-check-draw.server.ts, README
 * "双随机一公开") from its seed, and compares the result. Exit code 0 when
 * both match, 1 when not, 2 on a file it cannot read or arguments it does not understand. In
 * Chinese, as the portal first speaks, or in English with `-- <record.json> --lang en` (cli-lang.ts).
 */
import fs from "node:fs";
import { checkDraw, type DrawRecord } from "~/domain/spot-checks/spot-check-draw.server";
import { translate } from "~/i18n";
import { cliLang, LANG_USAGE } from "./cli-lang";

const USAGE = `Usage: npm run spot-check:verify -- <record.json> [${LANG_USAGE}]`;

function main(argv: string[]): number {
  const asked = cliLang(argv);
  if (asked === null || asked.rest.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const { lang, rest: [file] } = asked;
  let record: DrawRecord;
  try {
    record = JSON.parse(fs.readFileSync(file, "utf8")) as DrawRecord;
  } catch (err) {
    console.error(translate(lang, "spotChecks.cli.unreadable", { file, error: (err as Error).message }));
    return 2;
  }
  if (typeof record?.seed !== "string" || typeof record.inputs !== "string" || typeof record.inputsSha256 !== "string" || !Array.isArray(record.result)) {
    console.error(translate(lang, "spotChecks.cli.notRecord", { file }));
    return 2;
  }
  const check = checkDraw(record);
  console.log(translate(lang, check.inputsHashMatches ? "spotChecks.cli.inputsMatch" : "spotChecks.cli.inputsMismatch", { hash: record.inputsSha256 }));
  if (!check.algorithmKnown) {
    console.log(translate(lang, "spotChecks.verify.unknownAlgorithm"));
    return 1;
  }
  console.log(translate(lang, check.resultMatches ? "spotChecks.cli.rerunSame" : "spotChecks.cli.rerunDifferent", { seed: record.seed, count: check.rerun.length }));
  for (const [i, pick] of check.rerun.entries()) {
    console.log(translate(lang, "spotChecks.cli.pick", { n: i + 1, id: pick.kindergartenId, stratum: pick.stratum, inspectors: pick.inspectors.join(lang === "en" ? ", " : "、") }));
  }
  return check.inputsHashMatches && check.resultMatches ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
