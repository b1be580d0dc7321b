/**
 * A case's rule as an officer's lists name it: the rule's id beside its title (R04, A01, C03: an officer knows them by
 * it and the rule's page is under it); the sources COMPLAINT and SPOT_CHECK by their titles alone; the bare id when the
 * title is unknown. The case queue's rule column and filter, and a complaint's cases to link, say it the same way.
 */
import { isRulelessCase } from "~/domain/cases/case-sources";

export function caseRuleLabel(id: string, title: string | undefined): string {
  if (title === undefined) return id;
  return isRulelessCase(id) ? title : `${id} ${title}`;
}
