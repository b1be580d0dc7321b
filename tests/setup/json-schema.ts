/**
 * A small JSON Schema (2020-12) check for tests: the keywords z.toJSONSchema
 * writes ($ref within one document, type, properties, required,
 * additionalProperties, items, enum, const, oneOf, anyOf, allOf, numeric and
 * string bounds, pattern). No validator library is a dependency (ajv is not
 * installed, not even transitively); annotations (description, default,
 * format) are not checked. Unknown keywords fail loudly, so a schema this
 * does not understand is never passed by accident.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["description", "default", "format", "title", "examples", "$schema", "$id", "$comment"]);
const KNOWN = new Set([
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "oneOf",
  "anyOf",
  "allOf",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "propertyNames",
  ...ANNOTATIONS,
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Every way `value` breaks `schema` ("$.items[0].id: …"); empty when it conforms. `root` resolves "#/…" references. */
export function schemaErrors(value: unknown, schema: Schema, root: Schema, path = "$"): string[] {
  const errors: string[] = [];
  const say = (what: string) => errors.push(`${path}: ${what}`);
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) say(`the check does not know the keyword ${key}`);

  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, part) => (node as Schema | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], root);
    if (!target) say(`unresolved $ref ${schema.$ref}`);
    else errors.push(...schemaErrors(value, target as Schema, root, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) say(`expected ${types.join(" or ")}, got ${actual}`);
  }
  if (schema.enum && !(schema.enum as unknown[]).some((v) => v === value)) say(`${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ("const" in schema && schema.const !== value) say(`expected ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) say(`${value} < minimum ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) say(`${value} > maximum ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) say(`${value} <= exclusiveMinimum`);
    if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) say(`${value} >= exclusiveMaximum`);
  }
  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof schema.minLength === "number" && length < schema.minLength) say(`shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && length > schema.maxLength) say(`longer than ${schema.maxLength}`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) say(`does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) say(`fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) say(`more than ${schema.maxItems} items`);
    if (schema.items && typeof schema.items === "object") value.forEach((item, i) => errors.push(...schemaErrors(item, schema.items as Schema, root, `${path}[${i}]`)));
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) if (!(name in object)) say(`missing required ${name}`);
    for (const [name, v] of Object.entries(object)) {
      if (schema.propertyNames && typeof schema.propertyNames === "object") errors.push(...schemaErrors(name, schema.propertyNames as Schema, root, `${path}{${name}}`));
      if (properties[name]) errors.push(...schemaErrors(v, properties[name], root, `${path}.${name}`));
      else if (schema.additionalProperties === false) say(`unexpected property ${name}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === "object") errors.push(...schemaErrors(v, schema.additionalProperties as Schema, root, `${path}.${name}`));
    }
  }
  if (Array.isArray(schema.allOf)) for (const s of schema.allOf as Schema[]) errors.push(...schemaErrors(value, s, root, path));
  if (Array.isArray(schema.anyOf) && !(schema.anyOf as Schema[]).some((s) => schemaErrors(value, s, root, path).length === 0)) say("matches none of anyOf");
  if (Array.isArray(schema.oneOf)) {
    const matching = (schema.oneOf as Schema[]).filter((s) => schemaErrors(value, s, root, path).length === 0).length;
    if (matching !== 1) say(`matches ${matching} of oneOf, not exactly one`);
  }
  return errors;
}
