/**
 * The text a reader sees in a server-rendered page, node by node, with the elements around it: for tests that look
 * for words in the wrong language. A small tokenizer, not a parser: the pages are React's markup (well formed, every
 * element closed, attributes quoted). Scripts, styles and templates are left out; an attribute a reader sees
 * (placeholder, title, aria-label, alt, a table cell's data-label shown on a phone, a button's value) counts as text.
 */

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const HIDDEN = new Set(["script", "style", "template", "noscript"]);
const SEEN_ATTRIBUTES = [
  "placeholder",
  "title",
  "aria-label",
  "alt",
  "data-label",
];

export interface OpenElement {
  tag: string;
  attrs: Record<string, string>;
}

export interface VisibleText {
  text: string;
  /** The open elements from the root to the text's own, outermost first. */
  path: OpenElement[];
  /** Where the text was: its node, or the attribute it was read from. */
  from: "text" | `@${string}`;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");

function attributesOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(
    /([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g
  ))
    attrs[m[1].toLowerCase()] = unescape(m[2] ?? m[3] ?? m[4] ?? "");
  return attrs;
}

/** Every visible text of `html` (the `<body>`'s, and the `<title>`), in document order. */
export function visibleTexts(html: string): VisibleText[] {
  const out: VisibleText[] = [];
  const stack: OpenElement[] = [];
  let hidden = 0;
  const token =
    /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|([^<]+)/gi;
  for (const m of html.matchAll(token)) {
    const [, closing, rawTag, rawAttrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (hidden === 0 && text.trim())
        out.push({
          text: unescape(text).trim(),
          path: [...stack],
          from: "text",
        });
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) {
        for (const e of stack.splice(at)) if (HIDDEN.has(e.tag)) hidden--;
      }
      continue;
    }
    const attrs = attributesOf(rawAttrs ?? "");
    if (hidden === 0 && attrs.hidden === undefined) {
      for (const name of SEEN_ATTRIBUTES)
        if (attrs[name]?.trim())
          out.push({
            text: attrs[name].trim(),
            path: [...stack, { tag, attrs }],
            from: `@${name}`,
          });
      if (
        tag === "input" &&
        ["submit", "button", "reset"].includes(attrs.type ?? "") &&
        attrs.value?.trim()
      )
        out.push({
          text: attrs.value.trim(),
          path: [...stack, { tag, attrs }],
          from: "@value",
        });
    }
    if (VOID.has(tag) || selfClosing) continue;
    const element = { tag, attrs };
    stack.push(element);
    if (HIDDEN.has(tag)) hidden++;
  }
  return out;
}

/** Chinese characters (the Han script) and the CJK punctuation that only Chinese text uses. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;

/** An element in words for a message: `td[data-col=name]`, `h2`, `span.badge`. */
export function describeElement(e: OpenElement): string {
  const cls = e.attrs.class
    ? `.${e.attrs.class.trim().split(/\s+/).join(".")}`
    : "";
  const keys = ["data-col", "data-testid", "lang", "id"]
    .filter((k) => e.attrs[k] !== undefined)
    .map((k) => `[${k}=${e.attrs[k]}]`);
  return `${e.tag}${cls}${keys.join("")}`;
}
