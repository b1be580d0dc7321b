/**
 * Text made safe inside markup written as a string (the Atom feed, the
 * body-too-large page): the five characters that end text or an attribute
 * value, as numeric references, which XML and HTML both read.
 */
export const escapeMarkup = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
