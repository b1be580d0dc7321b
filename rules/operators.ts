/**
 * Operators available to rule files.
 *
 * json-rules-engine's built-in numeric operators accept anything
 * `parseFloat` can read (so "12abc" passes as 12) and let JavaScript coerce
 * the comparison. Money and basis points are integers here, so the custom
 * operators below are strict: both sides must be finite numbers, otherwise the
 * condition is simply false (a null fact such as "no guidance price found"
 * never fires a rule).
 *
 * The same table also evaluates the `where` filters of a rule file's
 * `details`, so a filter and a condition with the same operator always agree.
 */
import { Operator, type Engine } from "json-rules-engine";
import { isCivilDate } from "./dates";

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === "string" || typeof v === "boolean" || isFiniteNumber(v);

/** Custom operators registered on every engine. */
export const CUSTOM_OPERATORS = {
  /** fact > value, both finite numbers. */
  exceeds: (a: unknown, b: unknown) => isFiniteNumber(a) && isFiniteNumber(b) && a > b,
  /** fact >= value, both finite numbers. */
  atLeast: (a: unknown, b: unknown) => isFiniteNumber(a) && isFiniteNumber(b) && a >= b,
  /** fact < value, both finite numbers. */
  below: (a: unknown, b: unknown) => isFiniteNumber(a) && isFiniteNumber(b) && a < b,
  /** fact <= value, both finite numbers. */
  atMost: (a: unknown, b: unknown) => isFiniteNumber(a) && isFiniteNumber(b) && a <= b,
  /** fact is on or after value, both civil dates YYYY-MM-DD. */
  onOrAfter: (a: unknown, b: unknown) => isCivilDate(a) && isCivilDate(b) && a >= b,
  /** fact is strictly after value, both civil dates. */
  after: (a: unknown, b: unknown) => isCivilDate(a) && isCivilDate(b) && a > b,
  /** fact is on or before value, both civil dates. */
  onOrBefore: (a: unknown, b: unknown) => isCivilDate(a) && isCivilDate(b) && a <= b,
  /** fact is strictly before value, both civil dates. */
  before: (a: unknown, b: unknown) => isCivilDate(a) && isCivilDate(b) && a < b,
  /** fact (a string, number or boolean) is an element of value (a list). False when value is not a list. */
  oneOf: (a: unknown, b: unknown) => isScalar(a) && Array.isArray(b) && b.includes(a),
  /**
   * fact (a string, number or boolean) is not an element of value (a list).
   * False when value is not a list or the fact is null: "unknown" never fires.
   */
  notOneOf: (a: unknown, b: unknown) => isScalar(a) && Array.isArray(b) && !b.includes(a),
} satisfies Record<string, (a: unknown, b: unknown) => boolean>;

export type CustomOperatorName = keyof typeof CUSTOM_OPERATORS;

/**
 * json-rules-engine 7.3's built-in operators and decorators. Kept as a list
 * (the library does not export one) so the loader can reject unknown names
 * before an engine is ever built; a test checks that each one resolves.
 */
export const BUILTIN_OPERATORS = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;

export const BUILTIN_DECORATORS = ["someFact", "someValue", "everyFact", "everyValue", "swap", "not"] as const;

const BASE_OPERATORS: ReadonlySet<string> = new Set<string>([
  ...BUILTIN_OPERATORS,
  ...Object.keys(CUSTOM_OPERATORS),
]);
const DECORATORS: ReadonlySet<string> = new Set<string>(BUILTIN_DECORATORS);

/**
 * Whether a condition's operator resolves in our engines: a base operator,
 * optionally prefixed by decorators (`not:equal`, `everyFact:atLeast`).
 */
export function isKnownOperator(name: string): boolean {
  const parts = name.split(":");
  const base = parts.pop() as string;
  return BASE_OPERATORS.has(base) && parts.every((d) => DECORATORS.has(d));
}

/** Register the custom operators on an engine. */
export function addCustomOperators(engine: Engine): void {
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) {
    engine.addOperator(new Operator(name, fn));
  }
}

/** Plain (undecorated) operators usable outside the engine, e.g. in `details.*.where`. */
const PLAIN_OPERATORS: Record<string, (a: unknown, b: unknown) => boolean> = {
  ...CUSTOM_OPERATORS,
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  lessThan: CUSTOM_OPERATORS.below,
  lessThanInclusive: CUSTOM_OPERATORS.atMost,
  greaterThan: CUSTOM_OPERATORS.exceeds,
  greaterThanInclusive: CUSTOM_OPERATORS.atLeast,
};

export function isPlainOperator(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PLAIN_OPERATORS, name);
}

export function evaluatePlainOperator(name: string, a: unknown, b: unknown): boolean {
  const op = PLAIN_OPERATORS[name];
  if (!op) throw new Error(`unknown operator "${name}"`);
  return op(a, b);
}
