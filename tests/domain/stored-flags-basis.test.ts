/**
 * A stored flag read back cites a regional text only for a kindergarten in
 * that region: rule_texts keeps the version's whole legal basis, and
 * storedOutcome narrows it with the kindergarten's region code, as the engine
 * does for a fresh outcome.
 */
import { describe, expect, it } from "vitest";
import { storedOutcome } from "~/domain/flags/stored-flags.server";
import { realRuleSet } from "../rules/fixtures";

const SHANDONG = "《山东省学前教育与托育服务收费管理办法》（2023年8月）";
const r14 = realRuleSet().find((d) => d.id === "R14" && d.effectiveTo === null)!;

const row = (region_code: string) => ({
  rule_id: "R14",
  rule_version: r14.version,
  severity: "red" as const,
  explanation: JSON.stringify({ params: { toleranceFen: 0 }, conditions: [], details: {} }),
  title: JSON.stringify(r14.title),
  message: JSON.stringify(r14.message),
  legal_basis: JSON.stringify(r14.legalBasis),
  region_code,
});

describe("storedOutcome: the legal basis for the kindergarten's region", () => {
  it("keeps Shandong's measure for a kindergarten in Shandong", () => {
    expect(storedOutcome(row("370102")).legalBasis.map((b) => b.document)).toContain(SHANDONG);
  });

  it("drops it elsewhere, keeping the national texts", () => {
    const documents = storedOutcome(row("330203")).legalBasis.map((b) => b.document);
    expect(documents).not.toContain(SHANDONG);
    expect(documents.length).toBe(r14.legalBasis.length - 1);
  });
});
