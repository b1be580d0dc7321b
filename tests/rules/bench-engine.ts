/**
 * Throughput of the rules engine alone (no database): all rules in force on a
 * typical filing (8 items, a previous filing, 2 history entries), one Node
 * process (one core). Run: npx tsx tests/rules/bench-engine.ts [seconds]
 */
import { performance } from "node:perf_hooks";
import { createRuleEngine } from "~/rules/engine";
import { loadRuleSet } from "~/rules/load/read-files";
import { fileChronology } from "~/rules/load/rule-set";
import type { FilingFacts } from "~/rules/types";
import { agency, DEFAULT_ALLOWED_CODES, filing, item, past, RULES_DIR, service } from "./fixtures";

const seconds = Number(process.argv[2] ?? 5);
// The versions as a fresh installation activates them (one per rule and day), not every file at once.
const engine = createRuleEngine(fileChronology(loadRuleSet(RULES_DIR)));

const items = [
  item({ code: "CE_SMALL", ageBand: "small", amountFen: 180_000 }),
  item({ code: "CE_MIDDLE", ageBand: "middle", amountFen: 175_000 }),
  item({ code: "CE_LARGE", ageBand: "large", amountFen: 170_000 }),
  item({ code: "NURSERY", category: "nursery", ageBand: "nursery", amountFen: 220_000 }),
  item({ code: "BOARD", category: "boarding", ageBand: "all", amountFen: 40_000 }),
  service(),
  agency({ costFen: 40_000 }),
  agency({ code: "AG_BED", name: "床上用品", amountFen: 25_000, unit: "once", costFen: 25_000 }),
];
const previousItems = items.map((it) => ({ ...it, amountFen: Math.round(it.amountFen * 0.92) }));
const quiet = filing("forprofit_private", {
  allowedItemCodes: [...DEFAULT_ALLOWED_CODES, "AG_BED"],
  items,
  previousItems,
  history: [
    past(1, "2023-09-01", previousItems.map((it) => ({ ...it, amountFen: Math.round(it.amountFen * 0.95) }))),
    past(2, "2024-09-01", previousItems),
  ],
  publicCareFeeFen: 60_000,
  filing: { waiverDeductionFen: 60_000 },
});

/** The same filing with five problems: R01, R02, R06, R13 and R14 fire. */
const flagged: FilingFacts = {
  ...quiet,
  allowedItemCodes: DEFAULT_ALLOWED_CODES,
  filing: { ...quiet.filing, publishedOn: "2025-08-01" },
  items: [...items.slice(0, 6), agency({ costFen: 38_000, bundled: true }), agency({ code: "AG_BED", name: "押金", amountFen: 25_000, unit: "once", costFen: 25_000 })],
};

async function measure(label: string, facts: FilingFacts, inFlight: number) {
  // Warm-up.
  for (let i = 0; i < 2_000; i++) await engine.evaluateFiling(facts);
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    if (inFlight === 1) {
      await engine.evaluateFiling(facts);
      n += 1;
    } else {
      await Promise.all(Array.from({ length: inFlight }, () => engine.evaluateFiling(facts)));
      n += inFlight;
    }
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // CPU time is what one core delivers; wall time also counts waiting for a busy machine.
  console.log(
    `${label}: ${Math.round(n / elapsed).toLocaleString("en")} evaluations/s wall, ` +
      `${Math.round(n / cpuSeconds).toLocaleString("en")} per CPU-second (${n} in ${elapsed.toFixed(1)} s)`,
  );
}

for (const [name, facts] of [["quiet filing", quiet], ["flagged filing", flagged]] as const) {
  const outcomes = await engine.evaluateFiling(facts);
  console.log(`${name}: ${outcomes.length} rules; fired: ${outcomes.filter((o) => o.fired).map((o) => `${o.ruleId}/${o.severity}`).join(" ") || "none"}`);
  await measure(`  sequential (1 in flight)`, facts, 1);
  await measure(`  batched (32 in flight)`, facts, 32);
}
