import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { langOfDocument, RequestLang } from "./utils/request-lang";

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      {/* The language the server wrote the page in, for a page without the root's data: hydration matches it. */}
      <RequestLang.Provider value={langOfDocument(document)}>
        <RemixBrowser />
      </RequestLang.Provider>
    </StrictMode>,
  );
});
