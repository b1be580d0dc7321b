/**
 * Every rule parameter's name in words (the thresholds, lists and settings a rule file declares under `params`, which
 * a region or the administrator may set): one name per parameter, wherever it is shown — a flag's explanation and a
 * rule's conditions ("黄色预警阈值 10%"), the rule's page, the regional settings' form and list, the audit log.
 * The rule files give each parameter a description, not a name; the name is the words the latest rule versions use
 * where they name the parameter (R04 v5's 黄色预警阈值, R15 v2's 参数“结余上限”…). This is the only catalogue that
 * names parameters, and it names every parameter of every rule file (tests/i18n/rule-param-names.test.ts).
 */
import { defineMessages } from "~/i18n/define";

/** A parameter's name is the message `param.<identifier>`. */
export const PARAM_NAME_PREFIX = "param.";

export const ruleParams = defineMessages(
  {
    "param.allowedMonths": "允许上调生效的月份",
    "param.amberBp": "黄色预警阈值",
    "param.amberMismatches": "黄色预警的核验不符次数",
    "param.complaintYears": "投诉时限（年）",
    "param.dayRateDaysPerMonthHundredths": "按日收费折算每月天数",
    "param.dueDayOfNextMonth": "次月公布日",
    "param.expectedPrefixes": "统一社会信用代码预期前缀",
    "param.fromDate": "开始要求减免的日期",
    "param.keywords": "禁止收费的关键词",
    "param.maxIncreasesPer12Months": "12 个月内允许的上调次数",
    "param.maxSurplusBp": "结余上限",
    "param.minComplaints": "开立检查任务的投诉举报件数",
    "param.minLeadDays": "至少提前公示天数",
    "param.minLeadMonths": "至少提前公示自然月数",
    "param.monthsPerSemesterTenths": "按学期收费折算每学期月数",
    "param.natures": "适用的办园性质",
    "param.newEntrantsOnly": "新标准只适用于新入园幼儿",
    "param.notVoluntarySeverity": "非自愿收费的预警级别",
    "param.penaltyYears": "处罚时效（年）",
    "param.prohibitedUnits": "不得采用的计费单位",
    "param.redBp": "红色预警阈值",
    "param.redMismatches": "红色预警的核验不符次数",
    "param.refundTable": "本地退费规定",
    "param.surplusWindowMonths": "结余核算月数",
    "param.toleranceFen": "容差",
    "param.windowDays": "统计窗口（天）",
  },
  {
    "param.allowedMonths": "Months in which increases may take effect",
    "param.amberBp": "Amber threshold",
    "param.amberMismatches": "Mismatches for an amber flag",
    "param.complaintYears": "Complaint limit (years)",
    "param.dayRateDaysPerMonthHundredths": "Days per month for day rates",
    "param.dueDayOfNextMonth": "Due day of the next month",
    "param.expectedPrefixes": "Expected USCC prefixes",
    "param.fromDate": "Waiver required from",
    "param.keywords": "Prohibited keywords",
    "param.maxIncreasesPer12Months": "Increases allowed in 12 months",
    "param.maxSurplusBp": "Surplus limit",
    "param.minComplaints": "Complaints and reports that open a case",
    "param.minLeadDays": "Minimum days of notice",
    "param.minLeadMonths": "Minimum calendar months of notice",
    "param.monthsPerSemesterTenths": "Months per semester",
    "param.natures": "Kindergarten natures covered",
    "param.newEntrantsOnly": "New fees for new entrants only",
    "param.notVoluntarySeverity": "Severity for charges not left to parents",
    "param.penaltyYears": "Penalty limit (years)",
    "param.prohibitedUnits": "Billing units not allowed",
    "param.redBp": "Red threshold",
    "param.redMismatches": "Mismatches for a red flag",
    "param.refundTable": "Local refund rules",
    "param.surplusWindowMonths": "Surplus window (months)",
    "param.toleranceFen": "Tolerance",
    "param.windowDays": "Counting window (days)",
  },
);
