/**
 * What a verification of the audit chain found, and how it is said (client-safe: no database, no server). One
 * wording for both of its readers: the administrator's audit page (in the reader's language) and
 * `npm run audit:verify` (scripts/audit-verify.ts, in Chinese or with `--lang en` in English), each through the catalogue
 * (app/i18n/features/audit.ts, `audit.verify.*`).
 */
import type { Message } from "~/i18n";

/** The first broken link of the chain (app/domain/audit/audit-chain.server.ts). */
export type ChainBreak =
  | { reason: "missing"; seq: number; found: number | null }
  | { reason: "edited"; seq: number; id: string }
  | { reason: "relinked"; seq: number; id: string }
  | { reason: "head"; seq: number; headSeq: number };

export type ChainBreakReason = ChainBreak["reason"];
export const CHAIN_BREAK_REASONS = ["missing", "edited", "relinked", "head"] as const satisfies readonly ChainBreakReason[];

export interface ChainReport {
  /** Entries checked along the chain. */
  checked: number;
  /** Entries written before the chain began (no place in it). */
  beforeChain: number;
  head: { seq: number; hash: string; startedAt: string };
  /** The first broken link; null when the whole chain holds. */
  broken: ChainBreak | null;
}

/** What the break is, in words: which entry, what is wrong with it, and what that means was done. */
export function chainBreakMessage(b: ChainBreak): Message {
  switch (b.reason) {
    case "missing":
      return b.found === null ? { key: "audit.verify.break.missingTail", vars: { seq: b.seq } } : { key: "audit.verify.break.missing", vars: { seq: b.seq, found: b.found } };
    case "edited":
      return { key: "audit.verify.break.edited", vars: { seq: b.seq, id: b.id } };
    case "relinked":
      return { key: "audit.verify.break.relinked", vars: { seq: b.seq, id: b.id, previous: b.seq - 1 } };
    case "head":
      return { key: "audit.verify.break.head", vars: { seq: b.seq, headSeq: b.headSeq } };
  }
}

/**
 * A report as lines in one language (`word` translates a message): the head to keep elsewhere, the entries checked
 * (and those before the chain, not covered), then whether the chain holds or where it breaks. What the command line
 * prints; the page shows the same facts, the break in the same words.
 */
export function chainReportLines(r: ChainReport, word: (m: Message) => string): string[] {
  return [
    word({ key: "audit.verify.line.head", vars: { since: r.head.startedAt, seq: r.head.seq, hash: r.head.hash } }),
    word(
      r.beforeChain > 0
        ? { key: "audit.verify.line.checkedBefore", vars: { checked: r.checked, before: r.beforeChain } }
        : { key: "audit.verify.line.checked", vars: { checked: r.checked } },
    ),
    r.broken ? word({ key: "audit.verify.line.broken", vars: { at: word(chainBreakMessage(r.broken)) } }) : word({ key: "audit.verify.line.holds" }),
  ];
}
