/**
 * The key of a charged item's name: what complaints about "the same item"
 * share (the cluster rule R18; stored as complaint_items.item_key) and how a
 * charged item finds the filed one. The prohibited-keyword normalisation
 * (NFKC: full-width to half-width; lower case; no spaces) with punctuation
 * and brackets dropped too, so "保教费（小班）", "保教费(小班)" and "保教费 小班"
 * are one key.
 */
import { normaliseForMatching } from "../prohibited-keywords";

export function complaintItemKey(name: string): string {
  return normaliseForMatching(name).replace(/[\p{P}\p{S}]+/gu, "");
}
