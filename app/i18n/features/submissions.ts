/** The one-time submission key of create forms (app/domain/submissions). */
import { defineMessages } from "~/i18n/define";

export const submissions = defineMessages(
  {
    "submission.key.invalid": "表单缺少有效的提交编号，未作任何更改。请刷新页面后重新提交。",
    "submission.key.reused": "此表单的提交编号已用于另一次内容不同的提交，未作任何更改。请刷新页面后重新填写。",
  },
  {
    "submission.key.invalid": "The form has no valid submission key; nothing was changed. Reload the page and submit again.",
    "submission.key.reused":
      "This form's submission key was already used for a submission with other content; nothing was changed. Reload the page and fill it in again.",
  },
);
