/**
 * The fields a kindergarten's answer has whatever it answers: an inspection notice (kindergarten+/cases.$caseId.tsx)
 * or a complaint in mediation (kindergarten+/complaints.$complaintId.tsx), drawn by app/components/answer-fields.tsx.
 * One wording for one field: the two forms once said 凭证（可选） and 凭证（选填）, 已退费总额 and 已退费金额. Once answered,
 * both forms are headed 补充说明 (`answer.more`), each page saying beside it where its answer went, and the button says
 * 提交补充说明 (`answer.submitMore`), not 提交答复.
 */
import { defineMessages } from "~/i18n/define";

export const answerForm = defineMessages(
  {
    "answer.explanation": "情况说明",
    "answer.explanation.tooLong": "情况说明不能超过 2000 字",
    "answer.refundTotal": "已退费总额（元，选填）",
    "answer.evidence": "凭证（选填）",
    "answer.evidenceHint": "退费凭证、更正后的收费公示等：最多 {max} 个 JPG、PNG 或 PDF 文件，每个不超过 {mb} MB",
    "answer.submit": "提交答复",
    "answer.more": "补充说明",
    "answer.submitMore": "提交补充说明",
  },
  {
    "answer.explanation": "Explanation",
    "answer.explanation.tooLong": "At most 2000 characters",
    "answer.refundTotal": "Refunded in total (yuan, optional)",
    "answer.evidence": "Proof (optional)",
    "answer.evidenceHint": "Refund receipts, the corrected fee notice…: at most {max} JPG, PNG or PDF files of {mb} MB each",
    "answer.submit": "Send answer",
    "answer.more": "Add to the answer",
    "answer.submitMore": "Send the addition",
  },
);
