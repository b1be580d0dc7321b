/**
 * A fee item's name with its category beside it (保育费（托班） 保育费 would say it twice): the category is shown
 * only where the name does not already say it. The filed name is the catalogue's Chinese one; an English reader
 * is given the catalogue's English name of the same code instead.
 */
import type { Lang } from "~/i18n";
import { useLang, useT } from "~/utils/i18n";

export function namesItsCategory(name: string, categoryLabel: string): boolean {
  // "Nursery care fee (under 3)" names its category "Nursery fee": English labels are compared without fee or charge.
  return name.toLowerCase().includes(categoryLabel.toLowerCase().replace(/\s+(fee|charge)s?$/, ""));
}

/** The item's name in the reader's language. */
export function feeItemName(item: { name: string; name_en: string }, lang: Lang): string {
  return lang === "en" ? item.name_en : item.name;
}

export function FeeItemName({ item }: { item: { name: string; name_en: string; category: string } }) {
  const t = useT();
  const name = feeItemName(item, useLang());
  const label = t(`category.${item.category}`);
  if (namesItsCategory(name, label)) return <>{name}</>;
  return (
    <>
      {name} <span className="muted">{label}</span>
    </>
  );
}
