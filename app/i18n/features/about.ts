/** The public page about fee disclosure and checking an account before paying (/about). */
import { defineMessages } from "~/i18n/define";

export const about = defineMessages(
  {
    "nav.about": "关于公示与核验",
    "about.title": "关于公示与核验",
    "about.intro": "本页向家长说明：幼儿园收费公示的是什么，为什么缴费前要先核验收款账户，以及发现违规收费时可以怎么办。",

    "about.disclosure.title": "收费公示是什么",
    "about.disclosure.body":
      "民办幼儿园每学期收费前，要把收费项目、收费标准、计费方式、退费办法和投诉渠道向主管部门备案，并向社会公示。本平台公示的就是幼儿园已备案的内容。",
    "about.disclosure.items": "一项收费如果不在公示之列，或金额高于公示标准，幼儿园都不应收取。",
    "about.disclosure.rules":
      "平台按收费规则自动检查每份备案，例如普惠性民办园的保教费是否超过政府指导价、是否以“兴趣班”“赞助”等名义另行收费；发现问题由监管部门跟进处理。",

    "about.check.title": "先核验，再缴费",
    "about.check.law":
      "依据《中华人民共和国民办教育促进法实施条例》第四十四条，民办幼儿园收取的各项费用，应当缴入其向教育行政部门备案的账户。",
    "about.check.how": "缴费前，请在该幼儿园的公示页面输入对方提供的收款账号（可同时填写账户名称），核验它是否就是备案账户。",
    "about.check.match": "核验一致：可以按公示的项目和标准缴费，并保留缴费凭证。",
    "about.check.mismatch":
      "核验不一致：请先不要缴费。向幼儿园问清原因；如对方要求转入个人账户或其他未备案的账户，请向当地教育部门反映。",
    "about.check.noLogin": "核验无需登录，也无需填写您的姓名或联系方式。",
    "about.check.search": "查找幼儿园的公示页面",

    "about.report.title": "发现违规收费怎么办",
    "about.report.examples": "例如：收取未公示的费用，超出公示标准收费，以赞助费、择园费、兴趣班等名义另行收费，或要求把费用转入非备案账户。",
    "about.report.online": "可以在本平台直接向幼儿园所在地的市场监管部门投诉举报：无需登录，用手机几分钟即可提交，可附照片；提交后凭受理编号和查询码查询办理进度。",
    "about.report.where":
      "也可以向幼儿园所在地的教育行政部门或市场监督管理部门反映，或拨打 12315（市场监管投诉举报热线）或 12345（政务服务便民热线）。",
    "about.report.keep": "反映时请说明幼儿园名称、收费项目、金额和时间，并尽量附上收费通知、缴费凭证等材料。",
  },
  {
    "nav.about": "About fee disclosure",
    "about.title": "About fee disclosure and account checks",
    "about.intro":
      "For parents: what a kindergarten's published fees are, why you should check the receiving account before you pay, and what to do about irregular charges.",

    "about.disclosure.title": "What the fee disclosure is",
    "about.disclosure.body":
      "Before charging for a term, a private kindergarten files its fee items, amounts, charging units, refund rules and complaint channel with the authorities and publishes them. This portal shows what each kindergarten has filed.",
    "about.disclosure.items": "A charge that is not in the published list, or above the published amount, should not be collected.",
    "about.disclosure.rules":
      "The portal checks every filing against the fee rules, for example whether an inclusive private kindergarten's care and education fee exceeds the government guidance price, or whether extra charges are made as \"interest classes\" or \"sponsorship\"; officers follow up what it finds.",

    "about.check.title": "Check first, then pay",
    "about.check.law":
      "Under Article 44 of the Regulations for the Implementation of the Law on the Promotion of Privately-run Schools, all fees of a private kindergarten must be paid into the account it has filed with the education department.",
    "about.check.how":
      "Before you pay, enter the account number you were given (and the account name, if you like) on the kindergarten's public page, to check that it is the filed account.",
    "about.check.match": "If it matches: pay the published items and amounts, and keep the receipt.",
    "about.check.mismatch":
      "If it does not match: do not pay yet. Ask the kindergarten why; if you are asked to pay into a personal or any other unfiled account, tell the local education department.",
    "about.check.noLogin": "Checking needs no sign-in, and no name or contact details.",
    "about.check.search": "Find a kindergarten's public page",

    "about.report.title": "Reporting irregular charges",
    "about.report.examples":
      "For example: fees that were not published, amounts above the published ones, extra charges called sponsorship, admission or interest-class fees, or being asked to pay into an account that was not filed.",
    "about.report.online":
      "You can complain or report here, to the market regulation authority where the kindergarten is: no sign-in, a few minutes on a phone, photos welcome; with the tracking number and access code you get, follow it afterwards.",
    "about.report.where":
      "You can also tell the education department or the market regulation authority where the kindergarten is, or call 12315 (market regulation complaints hotline) or 12345 (government service hotline).",
    "about.report.keep": "Say which kindergarten, which item, how much and when, and keep the fee notice and receipts if you can.",
  },
);
