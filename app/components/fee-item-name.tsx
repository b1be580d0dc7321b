/**
 * A fee item's name with its category beside it (保育费（托班） 保育费 would say it twice): the category is shown
 * only where the name does not already say it.
 */
import { useT } from "~/utils/i18n";

export function namesItsCategory(name: string, categoryLabel: string): boolean {
  return name.includes(categoryLabel);
}

export function FeeItemName({ name, category }: { name: string; category: string }) {
  const t = useT();
  const label = t(`category.${category}`);
  if (namesItsCategory(name, label)) return <>{name}</>;
  return (
    <>
      {name} <span className="muted">{label}</span>
    </>
  );
}
