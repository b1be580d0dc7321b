/** Safe change: previewing a draft change against the active filings, and the re-evaluation runs after activation. */
import { defineMessages } from "../define";

export const changes = defineMessages(
  {
    "nav.changes": "重新评估",

    "changes.title": "重新评估",
    "changes.intro":
      "启用新的指导价、规则参数或规则新版本后，系统按现行规则对所有在办幼儿园的最新收费备案重新评估，分批进行；中断后从断点继续，不会重复计数。",
    "changes.none": "还没有重新评估记录。",
    "changes.open": "查看进度",
    "changes.back": "返回重新评估列表",

    "changes.col.createdAt": "启动时间",
    "changes.col.reason": "原因",
    "changes.col.status": "状态",
    "changes.col.progress": "进度",
    "changes.col.newlyFlagged": "新增预警",
    "changes.col.cleared": "解除预警",
    "changes.col.by": "启动人",
    "changes.col.kindergarten": "幼儿园",
    "changes.col.region": "地区",
    "changes.col.before": "现行规则下",
    "changes.col.after": "变更后",

    "changes.reason.guidance_prices": "指导价调整",
    "changes.reason.rule_parameters": "规则参数调整",
    "changes.reason.rule_version": "规则新版本",
    "changes.reason.manual": "手动重新评估",

    "changes.status.pending": "排队中",
    "changes.status.running": "进行中",
    "changes.status.done": "已完成",
    "changes.status.failed": "失败",

    "changes.run.title": "重新评估进度",
    "changes.run.progressLabel": "重新评估进度",
    "changes.run.progressText": "已评估 {processed} / {total} 份备案（{percent}%）",
    "changes.run.newlyFlagged": "新增预警的幼儿园",
    "changes.run.cleared": "解除预警的幼儿园",
    "changes.run.subject": "变更",
    "changes.run.subjectBatch": "指导价调整批次",
    "changes.run.startedBy": "启动人",
    "changes.run.createdAt": "启动时间",
    "changes.run.startedAt": "开始处理",
    "changes.run.finishedAt": "完成时间",
    "changes.run.polling": "页面会自动刷新进度。",
    "changes.run.finished": "重新评估已完成，新增的预警已进入检查任务。",
    "changes.run.error": "最近一批处理出错，系统会自动重试：{error}",

    "changes.guidance.title": "指导价调整预览",
    "changes.guidance.intro":
      "按本草稿批次的指导价，对{region}所有在办幼儿园的最新收费备案试算预警，与现行指导价下的结果比较。试算不保存任何结果。",
    "changes.guidance.batch": "批次：{source}（{rows} 行）",
    "changes.guidance.backToBatch": "返回批次详情",
    "changes.guidance.notDraft": "该批次当前状态为“{status}”，不是草稿，没有可预览的变更。",
    "changes.guidance.activate": "启用",
    "changes.guidance.activateHint":
      "启用后，本批次价格立即生效并替代同一组合的现行价格，随后系统对所有在用备案重新评估，可在进度页查看。",
    "changes.guidance.runs": "本批次启动的重新评估",

    "changes.preview.total": "试算备案",
    "changes.preview.newlyFlagged": "将新增预警",
    "changes.preview.cleared": "将解除预警",
    "changes.preview.changed": "预警内容变化",
    "changes.preview.empty": "无。",
    "changes.preview.more": "另有 {count} 所未列出。",
    "changes.preview.noFlags": "无预警",
  },
  {
    "nav.changes": "Re-evaluations",

    "changes.title": "Re-evaluations",
    "changes.intro":
      "After new guidance prices, rule parameters or a new rule version are activated, every active kindergarten's latest fee filing is evaluated again under the rules in force, in batches; an interrupted run resumes where it stopped, without counting anything twice.",
    "changes.none": "No re-evaluations yet.",
    "changes.open": "Progress",
    "changes.back": "Back to re-evaluations",

    "changes.col.createdAt": "Started",
    "changes.col.reason": "Reason",
    "changes.col.status": "Status",
    "changes.col.progress": "Progress",
    "changes.col.newlyFlagged": "Newly flagged",
    "changes.col.cleared": "Cleared",
    "changes.col.by": "Started by",
    "changes.col.kindergarten": "Kindergarten",
    "changes.col.region": "Region",
    "changes.col.before": "Under the rules in force",
    "changes.col.after": "With the change",

    "changes.reason.guidance_prices": "Guidance-price change",
    "changes.reason.rule_parameters": "Rule parameter change",
    "changes.reason.rule_version": "New rule version",
    "changes.reason.manual": "Manual re-evaluation",

    "changes.status.pending": "Queued",
    "changes.status.running": "Running",
    "changes.status.done": "Done",
    "changes.status.failed": "Failed",

    "changes.run.title": "Re-evaluation progress",
    "changes.run.progressLabel": "Re-evaluation progress",
    "changes.run.progressText": "{processed} of {total} filings evaluated ({percent}%)",
    "changes.run.newlyFlagged": "Kindergartens newly flagged",
    "changes.run.cleared": "Kindergartens cleared",
    "changes.run.subject": "Change",
    "changes.run.subjectBatch": "Guidance-price batch",
    "changes.run.startedBy": "Started by",
    "changes.run.createdAt": "Started",
    "changes.run.startedAt": "Processing began",
    "changes.run.finishedAt": "Finished",
    "changes.run.polling": "This page refreshes the progress by itself.",
    "changes.run.finished": "The re-evaluation is complete; new flags are in the inspection queue.",
    "changes.run.error": "The last batch failed and will be retried automatically: {error}",

    "changes.guidance.title": "Guidance-price change preview",
    "changes.guidance.intro":
      "The flags of every active kindergarten's latest fee filing in {region}, computed with this draft batch's prices and compared with the prices in force. Nothing is saved.",
    "changes.guidance.batch": "Batch: {source} ({rows} rows)",
    "changes.guidance.backToBatch": "Back to the batch",
    "changes.guidance.notDraft": "This batch is “{status}”, not a draft: there is no change to preview.",
    "changes.guidance.activate": "Activate",
    "changes.guidance.activateHint":
      "Activating puts this batch's prices in force at once, replacing the active prices with the same key, and then re-evaluates every active filing; follow it on the progress page.",
    "changes.guidance.runs": "Re-evaluations started by this batch",

    "changes.preview.total": "Filings compared",
    "changes.preview.newlyFlagged": "Would be newly flagged",
    "changes.preview.cleared": "Would be cleared",
    "changes.preview.changed": "Flags would change",
    "changes.preview.empty": "None.",
    "changes.preview.more": "{count} more not listed.",
    "changes.preview.noFlags": "No flags",
  },
);
