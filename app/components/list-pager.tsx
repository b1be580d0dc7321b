/**
 * The pager under a keyset-paged list (the case queue, the complaint queue): where the page is in the view ("第 21–40
 * 条，共 N 条" when its rows' places are known, else the total alone), 第一页 and 上一页 when the page is not the first,
 * 下一页 when there is more. The links are the caller's (each list writes its own URL); the words of the place are the
 * caller's too (a list names what it counts).
 */
import { Link } from "@remix-run/react";
import { formatNumber } from "~/i18n";
import { useLang, useT } from "~/utils/i18n";

export function ListPager(props: {
  /** The prefix of the pager's test ids (`<testId>-position`, `-first`, `-prev`, `-next`). */
  testId: string;
  rows: number;
  total: number;
  position: { from: number; to: number } | null;
  /** The keys of the place's words: with `from`, `to` and `total`, and with `total` alone. */
  words: { position: string; total: string };
  /** The first page's link: null on the first page. */
  first: string | null;
  prev: string | null;
  next: string | null;
}) {
  const { testId, position, words } = props;
  const t = useT();
  const lang = useLang();
  const total = formatNumber(props.total, lang);
  return (
    <div className="pager">
      {props.rows > 0 ? (
        <span className="muted" data-testid={`${testId}-position`}>
          {position
            ? t(words.position, {
                from: formatNumber(position.from, lang),
                to: formatNumber(position.to, lang),
                total,
              })
            : t(words.total, { total })}
        </span>
      ) : null}
      {props.first === null ? null : (
        <Link to={props.first} data-testid={`${testId}-first`}>
          {t("queue.first")}
        </Link>
      )}
      {props.prev ? (
        <Link to={props.prev} data-testid={`${testId}-prev`}>
          ← {t("queue.prev")}
        </Link>
      ) : null}
      {props.next ? (
        <Link to={props.next} data-testid={`${testId}-next`}>
          {t("queue.next")} →
        </Link>
      ) : null}
    </div>
  );
}
