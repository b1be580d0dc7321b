/** What a kindergarten has to do on a case, and by when: its list of cases and its fees page say it in these words. */
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";

export function CaseTodo({ todo, answerDueOn, followUpDueOn }: { todo: "answer" | "proof"; answerDueOn: string | null; followUpDueOn: string | null }) {
  const date = todo === "answer" ? answerDueOn : followUpDueOn;
  // The day kept whole on a phone's line, as the case's own page keeps it.
  return <Interpolate id={`caseAnswer.todo.${todo}`} vars={{ date: date ? <CivilDate value={date} /> : "" }} />;
}
