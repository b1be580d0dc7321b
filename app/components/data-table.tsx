/**
 * The app's tables. Columns are declared once (header, cell, alignment, key
 * flag); the component renders a <table> that reads as a table on a wide
 * screen and as a stack of cards on a phone, one card per row with each value
 * under its column's label and the key columns first, in bold. The phone
 * layout is CSS alone (styles.css, `table.data-table`), so the server's HTML
 * does not depend on the screen and hydration cannot differ.
 */
import { createElement, type ReactNode } from "react";

export interface Column<Row> {
  /** Stable within the table: the cells' React key and their data-col. */
  id: string;
  /**
   * The header; on a phone also each value's label. Never "": a screen reader names every cell by its column's
   * header, and an empty one leaves a row's links (操作) unnamed.
   */
  header: string;
  cell: (row: Row, index: number) => ReactNode | SpanRest;
  /** Amounts and counts: right-aligned, figures of one width. */
  numeric?: boolean;
  /** A key column (the row's name, or a figure the reader came for): on a phone it leads the card, in bold. */
  key?: boolean;
  /** Sentences (a description): on a phone the value goes under its label, read from the left, not beside it. */
  prose?: boolean;
  /** Text shown on hovering the cell, e.g. a param's description. */
  title?: (row: Row) => string | undefined;
}

const SPAN_REST = Symbol("spanRest");

export interface SpanRest {
  [SPAN_REST]: ReactNode;
}

/** A cell that fills this column and all after it, e.g. "not in force" where a row has no values. */
export function spanRest(content: ReactNode): SpanRest {
  return { [SPAN_REST]: content };
}

function isSpanRest(value: unknown): value is SpanRest {
  return typeof value === "object" && value !== null && SPAN_REST in value;
}

export function DataTable<Row>(props: {
  /** false/null entries are left out, so a column can be shown conditionally in place. */
  columns: ReadonlyArray<Column<Row> | false | null | undefined>;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Attributes of a row's <tr>, e.g. data-rule, for styling and tests. */
  rowProps?: (row: Row) => Record<`data-${string}`, string | undefined>;
  /** A title for the table where the page has no heading for it. */
  caption?: string;
  testId?: string;
}) {
  const columns = props.columns.filter((c): c is Column<Row> => Boolean(c));
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={props.testId}>
        {props.caption ? <caption>{props.caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* createElement copies the row's attributes into a props object of its own: React's server renderer
              walks one made by a JSX spread (`{...rowProps, children}`) ~3× slower, ~4 µs a row of a queue page. */}
          {props.rows.map((row, index) => createElement("tr", { key: props.rowKey(row, index), ...props.rowProps?.(row) }, cells(columns, row, index)))}
        </tbody>
      </table>
    </div>
  );
}

const isEmptyCell = (content: ReactNode): boolean =>
  content === null || content === undefined || content === false || content === "" || (Array.isArray(content) && content.every(isEmptyCell));

function cells<Row>(columns: Column<Row>[], row: Row, index: number): ReactNode[] {
  const out: ReactNode[] = [];
  for (const [i, c] of columns.entries()) {
    const content = c.cell(row, index);
    if (isSpanRest(content)) {
      // No label: the text speaks for the remaining columns, not for this one.
      out.push(
        <td key={c.id} data-col={c.id} colSpan={columns.length - i} className="muted">
          {content[SPAN_REST]}
        </td>,
      );
      break;
    }
    const className = [c.numeric ? "num" : "", c.key ? "key" : "", c.prose ? "prose" : ""].filter(Boolean).join(" ");
    // The value gets one wrapper, so on a phone it sits beside its label as a single piece; an empty cell stays
    // empty, and the card leaves it out (td:empty). A cell mapping a list (flags, say) gives [] when it has none:
    // wrapped, the card showed its label beside nothing.
    out.push(
      <td key={c.id} data-col={c.id} data-label={c.header} className={className || undefined} title={c.title?.(row)}>
        {isEmptyCell(content) ? null : <div className="cell">{content}</div>}
      </td>,
    );
  }
  return out;
}
