/**
 * Activating a rule version cannot be undone (a later version replaces it): the administrator is asked first, the
 * question naming the rule and the version, as a guidance batch's and a parameter set's activations ask. The server
 * first starts with the released rules (so R06 is known), then again with a next R06 version in its rules folder:
 * a version of a known rule is not switched on at start-up, so it waits for an administrator.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "~/db/client";
import { loadRuleSet } from "~/rules/load/read-files";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import { hydrated, signIn, useBrowserJourney, withServerDb } from "../setup/e2e";
import { declineThenConfirm } from "../setup/confirm-dialog";
import { startServer } from "../setup/server";

const released = loadRuleSet().filter((d) => d.id === "R06");
const latest = released.reduce((a, b) => (b.version > a.version ? b : a));
const NEXT = latest.version + 1;
const FROM = addDays(shanghaiDate(), 40);
const rulesDir = fs.mkdtempSync(path.join(os.tmpdir(), "rules-next-"));
fs.cpSync(path.join(process.cwd(), "rules"), rulesDir, { recursive: true });
const file = JSON.parse(fs.readFileSync(path.join(process.cwd(), `rules/filing/R06.v${latest.version}.json`), "utf8"));
fs.writeFileSync(
  path.join(rulesDir, `filing/R06.v${NEXT}.json`),
  JSON.stringify({ ...file, version: NEXT, effectiveFrom: FROM, effectiveTo: null, rule: { ...file.rule, name: `R06@${NEXT}` } }, null, 2),
);

const journey = useBrowserJourney("rule-version-activation", {
  env: { RULES_DIR: rulesDir },
  // The first start seeds the demo data and switches the released rules on; the journey's start then adds R06's next version.
  prepare: async (_dir, databaseUrl) => {
    const first = await startServer({ timeoutMs: 60_000 });
    const db = createDb(first.databaseUrl);
    try {
      // A consistent copy of the running server's database, where the journey's server will find it.
      await sql`vacuum into ${databaseUrl}`.execute(db);
    } finally {
      await db.destroy();
      await first.stop();
    }
  },
});

afterAll(() => fs.rmSync(rulesDir, { recursive: true, force: true }));


describe("activating a rule version", () => {
  it("asks first, naming the rule and the version; nothing is activated until the administrator confirms", { timeout: 120_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, "admin");
    const activations = () =>
      withServerDb(journey, async (db) => (await db.selectFrom("rule_activations").select("version").where("rule_id", "=", "R06").where("version", "=", NEXT).execute()).length);
    expect(await activations()).toBe(0);
    await page.goto(`/officer/changes/rule-versions/R06/${NEXT}?from=${FROM}`);
    await hydrated(page);
    // The preview may be computed by a job: the button comes once it is.
    await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent?.trim() === "启用" && !b.disabled), undefined, { timeout: 60_000 });
    const activate = page.getByRole("button", { name: "启用", exact: true });
    const asked = await declineThenConfirm(page, activate, {
      after: /\/officer\/changes\/runs\//,
      whileDeclined: async () => expect(await activations()).toBe(0),
    });
    expect(asked[0]).toMatch(new RegExp(`^确定启用规则 R06 .+ 第 ${NEXT} 版？自 ${FROM} 起施行`));
    expect(await activations()).toBe(1);
    expect(journey.errors).toEqual([]);
  });
});
