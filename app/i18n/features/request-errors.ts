/** Refused requests (bad input, too large, wrong type, throttled) and the request id on error pages. */
import { defineMessages } from "~/i18n/define";

export const requestErrors = defineMessages(
  {
    "error.badRequest": "请求的内容无效，未作任何更改。请检查链接中的查询条件，或返回上一页重新填写。",
    "error.tooLarge": "提交的内容过大，未作任何更改。请减少内容后重试。",
    "error.unsupportedType": "不支持此提交方式，未作任何更改。请通过页面上的表单提交。",
    "error.methodNotAllowed": "此页面不接受提交，未作任何更改。请打开页面查看，或通过页面上的表单提交。",
    "error.tooManyRequests": "请求过于频繁，请稍后再试。",
    "error.requestId": "如需联系管理员，请提供请求编号：{id}",
  },
  {
    "error.badRequest": "The request is not valid; nothing was changed. Check the conditions in the link, or go back and fill in the form again.",
    "error.tooLarge": "What was sent is too large; nothing was changed. Send less and try again.",
    "error.unsupportedType": "This kind of submission is not supported; nothing was changed. Use the form on the page.",
    "error.methodNotAllowed": "This page takes no submissions; nothing was changed. Open the page to read it, or use a form on it.",
    "error.tooManyRequests": "Too many requests. Please try again later.",
    "error.requestId": "If you contact the administrator, quote request id {id}",
  },
);
