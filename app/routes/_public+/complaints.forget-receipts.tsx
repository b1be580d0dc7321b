import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { clearReceiptKeys } from "~/web/complaint-receipts.server";
import { readForm } from "~/web/form.server";

/** POST only: a parent on someone else's phone takes their receipts off it (GET must never change state). */
export async function action({ request }: ActionFunctionArgs) {
  // Read like any form, so a post of the wrong type or size is refused as it is everywhere.
  await readForm(request);
  return redirect("/complaints/new", { headers: { "Set-Cookie": await clearReceiptKeys() } });
}

export function loader() {
  return redirect("/complaints/new");
}
