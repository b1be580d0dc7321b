/**
 * A button whose step cannot be undone asks first (confirmFirst, app/components/forms.tsx). `declineThenConfirm`
 * presses it twice: declined, the page posts nothing; accepted, it posts and the browser reaches `after`. Between the
 * two the caller's `whileDeclined` checks that nothing changed.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** Answers the page's next confirm() with `accept`, and keeps its question. */
export function answerConfirm(page: Page, accept: boolean, asked: string[]): void {
  page.removeAllListeners("dialog");
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void (accept ? dialog.accept() : dialog.dismiss());
  });
}

/** The questions asked, the declined one first. */
export async function declineThenConfirm(page: Page, button: Locator, opts: { after: RegExp; whileDeclined: () => Promise<void> }): Promise<string[]> {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  const asked: string[] = [];
  answerConfirm(page, false, asked);
  await button.click();
  expect(asked).toHaveLength(1);
  expect(posts).toEqual([]);
  await opts.whileDeclined();
  answerConfirm(page, true, asked);
  await Promise.all([page.waitForURL(opts.after), button.click()]);
  expect(asked).toHaveLength(2);
  return asked;
}
