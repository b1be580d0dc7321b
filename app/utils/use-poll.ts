import { useRevalidator } from "@remix-run/react";
import { useEffect } from "react";

/**
 * Reloads the route's data every `ms` while `active`: for work that runs in
 * the background (a filing's evaluation, a re-evaluation run, a preview), so
 * the page shows the outcome without the user reloading.
 */
export function usePoll(active: boolean, ms = 1500): void {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), ms);
    return () => clearInterval(timer);
  }, [active, ms, revalidator]);
}
