/**
 * Which header section a page belongs to, for the header's `aria-current`: the section whose address the page's
 * path is, or lies under, with the change-preview pages (under /officer/changes) placed where the change is made. A
 * guidance batch's preview belongs to 指导价, a parameter set's to the rules (where its sets are listed), a rule
 * version's to the administrator's rule management; only a re-evaluation run's progress, and the list of runs, are
 * 重新评估's.
 */
const CHANGE_SECTIONS: ReadonlyArray<[prefix: string, section: string]> = [
  ["/officer/changes/guidance", "/officer/guidance-prices"],
  ["/officer/changes/parameters", "/officer/rules"],
  ["/officer/changes/rule-versions", "/admin/rules"],
];

const within = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export function isInSection(pathname: string, section: string): boolean {
  const moved = CHANGE_SECTIONS.find(([prefix]) => within(pathname, prefix));
  return moved ? moved[1] === section : within(pathname, section);
}
