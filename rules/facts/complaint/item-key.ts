/**
 * The key of a charged item's name: what complaints about "the same item"
 * share (the cluster rule R18; stored as complaint_items.item_key) and how a
 * charged item finds the filed one. It is the matching form of the rules'
 * one normalisation (text-normalisation.ts `normaliseForMatching`: NFKC,
 * traditional → simplified, lower case, and no spaces, zero-width
 * characters, punctuation, brackets or symbols), so "保教费（小班）",
 * "保教费(小班)", "保教费 小班" and "保教費（小班）" are one key.
 */
import { normaliseForMatching } from "../text-normalisation";

export function complaintItemKey(name: string): string {
  return normaliseForMatching(name);
}
