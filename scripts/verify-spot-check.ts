/**
 * Checks a spot-check draw outside the portal: `npm run spot-check:verify -- <record.json>`
 * with the record downloaded from the draw's page (/officer/spot-checks/<id>/record.json).
 * Reads no database: it hashes the record's inputs, re-runs the documented
 * algorithm (app/domain/spot-checks/spot-check-draw.server.ts, README
 * "双随机一公开") from its seed, and compares the result. Exit code 0 when
 * both match, 1 when not, 2 on a file it cannot read.
 */
import fs from "node:fs";
import { checkDraw, type DrawRecord } from "~/domain/spot-checks/spot-check-draw.server";

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    console.error("Usage: npm run spot-check:verify -- <record.json>");
    return 2;
  }
  let record: DrawRecord;
  try {
    record = JSON.parse(fs.readFileSync(file, "utf8")) as DrawRecord;
    if (typeof record.seed !== "string" || typeof record.inputs !== "string" || typeof record.inputsSha256 !== "string" || !Array.isArray(record.result)) {
      throw new Error("not a draw record (seed, inputs, inputsSha256, result)");
    }
  } catch (err) {
    console.error(`${file}: ${(err as Error).message}`);
    return 2;
  }
  const check = checkDraw(record);
  console.log(`inputs SHA-256 ${check.inputsHashMatches ? "matches" : "DOES NOT MATCH"} ${record.inputsSha256}`);
  if (!check.algorithmKnown) {
    console.log("algorithm unknown to this version: cannot re-run");
    return 1;
  }
  console.log(`re-run with seed ${record.seed}: ${check.resultMatches ? "same result" : "DIFFERENT result"} (${check.rerun.length} kindergartens)`);
  for (const [i, pick] of check.rerun.entries()) console.log(`  ${i + 1}. ${pick.kindergartenId} [${pick.stratum}] inspectors ${pick.inspectors.join(", ")}`);
  return check.inputsHashMatches && check.resultMatches ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
