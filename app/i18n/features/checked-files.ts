/**
 * The words beside a submit held back by its form's file check (app/components/checked-files.tsx): one set for the
 * parents' complaint form, the kindergarten's answer forms and the fee account's certificate, so no form's own field
 * name is in them; the link goes to the form's file field.
 */
import { defineMessages } from "~/i18n/define";

export const checkedFiles = defineMessages(
  {
    "checkedFiles.held": "有文件不能上传：请先在上方换掉或去掉{files}，再提交。",
    "checkedFiles.held.link": "标出的文件",
  },
  {
    "checkedFiles.held": "A file chosen cannot be uploaded: replace or remove {files} above, then submit.",
    "checkedFiles.held.link": "the file marked",
  },
);
