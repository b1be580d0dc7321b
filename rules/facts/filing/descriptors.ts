/**
 * How a fact is registered: the descriptor the loader checks rule files
 * against, and the shape of a param-dependent fact group. Every group module
 * builds its part of the registry from these, so the registry's guarantees
 * (each derived fact has a descriptor with a description, and no descriptor
 * names a fact that is not derived) hold group by group.
 */
import type { ParamType, ParamValueCheck } from "../../params";
import type { FilingFacts } from "../../types";

/** What the loader knows about a fact: rule files may only name registered facts. */
export interface FactDescriptor {
  /** "list" facts are arrays of evidence rows; only they can be filtered in a rule's `details`. */
  kind: "value" | "list";
  description: string;
  /**
   * Set for param-dependent facts: the rule params (name → type) the fact is
   * computed from. A rule naming the fact must declare them.
   */
  params?: Readonly<Record<string, ParamType>>;
  /** Checks beyond the type that those params' values must pass for the fact to be computed. */
  paramChecks?: Readonly<Record<string, ParamValueCheck>>;
}

/** One descriptor per fact of `Facts`, no more, no fewer: the compiler refuses a missing or an extra one. */
export type FactDescriptors<Facts> = Record<keyof Facts, FactDescriptor>;

export const value = (description: string): FactDescriptor => ({ kind: "value", description });
export const list = (description: string): FactDescriptor => ({ kind: "list", description });

/**
 * Param-dependent facts, computed per rule from that rule's effective params.
 * `Derived` is what `compute` reads of the shared derived facts: a group
 * states only what it needs, and the registry hands it all of them. `Raw`
 * is the target's raw facts (FilingFacts, ComplaintFacts).
 */
export interface ParamFactGroup<Derived, Raw = FilingFacts> {
  /** The params (name → type) the group reads; a rule naming one of its facts must declare them. */
  params: Readonly<Record<string, ParamType>>;
  facts: Readonly<Record<string, FactDescriptor>>;
  compute(facts: Raw, derived: Derived, params: Readonly<Record<string, unknown>>): Record<string, unknown>;
}
