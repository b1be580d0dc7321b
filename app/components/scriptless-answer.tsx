/**
 * A page answered to a browser without JavaScript, sent without the app's scripts. A document POST comes only from
 * a browser whose scripts are not running (with them, a `<Form>` posts by fetch and the page renders its answer
 * itself), and such a page is never hydrated: Remix's copy of the action's data for the client would be bytes for
 * nothing. It is more than that on an import's preview, whose answer holds the uploaded file's text for the
 * confirmation's hidden field: the page sent it twice, in the field and in that copy (up to 8 MB for a 4 MB file).
 *
 * A route opts in with its handle (`postAnswerWithoutScripts: true`); app/entry.server.tsx then renders a document
 * answering its action without the data's stream (Remix's StreamTransfer) and tells the root, by this context, to
 * leave out `<Scripts />`. Every form on such a page posts as a plain HTML form, as without JavaScript.
 */
import { createContext } from "react";

export interface PostAnswerWithoutScripts {
  postAnswerWithoutScripts: true;
}

/** True while the server renders a page that must carry no scripts. */
export const ScriptlessAnswer = createContext(false);

/** Whether a route's handle asks for its action's document answers to carry no scripts. */
export function answersPostWithoutScripts(handle: unknown): boolean {
  return (handle as Partial<PostAnswerWithoutScripts> | undefined)?.postAnswerWithoutScripts === true;
}
