/**
 * The two complaint facts that need a rule param, computed per rule with the
 * rule's effective (regional) params:
 *
 * - R19 (`complaintYears`, `penaltyYears`): a 投诉 whose complainant learned of
 *   the harm more than `complaintYears` before receipt may be rejected
 *   (市场监督管理投诉举报处理暂行办法 Art. 15(4)): learnedOn strictly before
 *   receivedOn minus that many years (the same day three years earlier is
 *   still in time). A charge paid more than `penaltyYears` before receipt
 *   may be past the penalty limitation (行政处罚法 Art. 36).
 * - R18 (`windowDays`): the complaints about the same kindergarten received in
 *   the `windowDays` days ending on this complaint's receipt day, grouped by
 *   the item keys of this complaint. Independent complaints are counted:
 *   complaints with the same contact key (one complainant's phone) count
 *   once; anonymous ones each count.
 */
import { addDays, addYears } from "../../dates";
import type { ComplaintFacts } from "../../types";
import type { FactDescriptor, ParamFactGroup } from "../filing/descriptors";
import { complaintItemKey } from "./item-key";

const withParams = (kind: FactDescriptor["kind"], description: string, params: FactDescriptor["params"]): FactDescriptor => ({ kind, description, params });

const TIME_BAR_PARAMS = { complaintYears: "integer", penaltyYears: "integer" } as const;

export const TIME_BAR_FACTS: ParamFactGroup<unknown, ComplaintFacts> = {
  params: TIME_BAR_PARAMS,
  facts: {
    complaintBarDate: withParams("value", "receivedOn minus complaintYears: a 投诉 learned of before this day may be rejected (Art. 15(4)).", TIME_BAR_PARAMS),
    complaintLearnedBeforeBar: withParams("value", "A 投诉 (track complaint) whose learnedOn is before complaintBarDate.", TIME_BAR_PARAMS),
    penaltyBarDate: withParams("value", "receivedOn minus penaltyYears: a violation before this day and undiscovered until receipt may not be punished (行政处罚法 Art. 36).", TIME_BAR_PARAMS),
    paidBeforePenaltyBar: withParams("value", "Whether paidOn is before penaltyBarDate; null without a payment date.", TIME_BAR_PARAMS),
  },
  compute(facts, _derived, params) {
    const { receivedOn, learnedOn, paidOn, track } = facts.complaint;
    const complaintBarDate = addYears(receivedOn, -(params.complaintYears as number));
    const penaltyBarDate = addYears(receivedOn, -(params.penaltyYears as number));
    return {
      complaintBarDate,
      complaintLearnedBeforeBar: track === "complaint" && learnedOn < complaintBarDate,
      penaltyBarDate,
      paidBeforePenaltyBar: paidOn === null ? null : paidOn < penaltyBarDate,
    };
  },
};

/** R18 evidence: one item of this complaint and the complaints about it within the window. */
export interface ComplaintClusterItem {
  itemKey: string;
  /** The item as this complaint names it. */
  name: string;
  /** Independent complaints (this one included): distinct complainants, anonymous ones each. */
  complaintCount: number;
  /** Every complaint about the item within the window, oldest first (this one included). */
  complaintIds: string[];
  firstReceivedOn: string;
  lastReceivedOn: string;
  windowStart: string;
}

const CLUSTER_PARAMS = { windowDays: "integer" } as const;

/** How far back the domain gathers related complaints: R18's windowDays may not exceed it. */
export const CLUSTER_LOOKBACK_DAYS = 365;

export const CLUSTER_FACTS: ParamFactGroup<unknown, ComplaintFacts> = {
  params: CLUSTER_PARAMS,
  facts: {
    complaintClusters: withParams(
      "list",
      "Per item key of this complaint: the complaints about the same kindergarten and item received in the windowDays days ending on receivedOn, and how many are independent (complaintCount).",
      CLUSTER_PARAMS,
    ),
    clusterMaxComplaints: withParams("value", "The largest complaintCount of complaintClusters (1 when no other complaint names the items; 0 without items).", CLUSTER_PARAMS),
    clusterWindowStart: withParams("value", "The first day of the window: receivedOn − (windowDays − 1).", CLUSTER_PARAMS),
  },
  compute(facts, _derived, params) {
    const { receivedOn, id } = facts.complaint;
    const windowStart = addDays(receivedOn, -((params.windowDays as number) - 1));
    const inWindow = facts.relatedComplaints
      .filter((c) => c.receivedOn >= windowStart && c.receivedOn <= receivedOn)
      .sort((a, b) => (a.receivedOn === b.receivedOn ? (a.id < b.id ? -1 : 1) : a.receivedOn < b.receivedOn ? -1 : 1));
    const keysOf = new Map(inWindow.map((c) => [c.id, new Set(c.itemNames.map(complaintItemKey))]));
    const clusters: ComplaintClusterItem[] = [];
    const seen = new Set<string>();
    for (const item of facts.complaint.items) {
      const itemKey = complaintItemKey(item.name);
      if (itemKey.length === 0 || seen.has(itemKey)) continue;
      seen.add(itemKey);
      const about = inWindow.filter((c) => c.id === id || keysOf.get(c.id)!.has(itemKey));
      // The complaint itself always counts, even when the domain left it out of relatedComplaints: it is the newest.
      if (!about.some((c) => c.id === id)) about.push({ id, receivedOn, itemNames: [item.name], contactKey: null });
      const contacts = new Set(about.flatMap((c) => (c.contactKey ? [c.contactKey] : [])));
      const complaintCount = contacts.size + about.filter((c) => !c.contactKey).length;
      clusters.push({
        itemKey,
        name: item.name,
        complaintCount,
        complaintIds: about.map((c) => c.id),
        firstReceivedOn: about[0].receivedOn,
        lastReceivedOn: about[about.length - 1].receivedOn,
        windowStart,
      });
    }
    return {
      complaintClusters: clusters,
      clusterMaxComplaints: clusters.reduce((max, c) => Math.max(max, c.complaintCount), 0),
      clusterWindowStart: windowStart,
    };
  },
};
