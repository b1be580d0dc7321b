/**
 * The local refund rules known to this repository, as R11 `refundTable`
 * overlays (rule_parameter_sets rows) over the national default in
 * rules/filing/R11.v*.json. Overlays are installation data (an officer
 * activates them through the safe-change path); this table is what the demo
 * seeds and what the tests use, so the numbers and their sources are read in
 * one place. Each source is a rules/legal-texts file with its regions and an
 * honest note: all three were read in secondary copies only.
 *
 * A table replaces the whole param, so each lists every fee and case (the
 * fees the local text does not address keep the national default).
 */
import type { ParamOverlay } from "./overlays";

const NATIONAL_REST = {
  "boarding.absence": ["per_30_days"],
  "boarding.withdrawal": ["per_30_days"],
  "nursery.absence": ["per_30_days"],
  "nursery.withdrawal": ["per_30_days"],
};

export interface RefundOverlay extends ParamOverlay {
  /** The rules/legal-texts document the table comes from. */
  source: string;
}

export const REFUND_TABLE_OVERLAYS: readonly RefundOverlay[] = [
  {
    // Guangzhou-area monthly scheme: ≤4 days attended 80 %, ≤ half the month's legal working days 50 %, more nothing.
    regionCode: "440100",
    ruleId: "R11",
    source: "广州地区幼儿园保教费按月退费办法（按当月出勤天数与法定工作日计退）",
    params: {
      refundTable: {
        "care_education.absence": ["attended<=4:80", "attended<=50%:50"],
        "care_education.withdrawal": ["attended<=4:80", "attended<=50%:50"],
        ...NATIONAL_REST,
        "meals.absence": ["per_day"],
        "meals.withdrawal": ["per_day"],
      },
    },
  },
  {
    // Hefei 2016: each full 30 days of absence or after leaving refunds a month of 保教费 and 住宿费.
    regionCode: "340100",
    ruleId: "R11",
    source: "合肥市幼儿园收费退费规定（2016年）",
    params: {
      refundTable: {
        "care_education.absence": ["per_30_days"],
        "care_education.withdrawal": ["per_30_days"],
        ...NATIONAL_REST,
        "meals.absence": ["per_day"],
        "meals.withdrawal": ["per_day"],
      },
    },
  },
  {
    // Tai'an, private kindergartens: absent the whole month 30 %, attended ≤ half the working days 15 %; meals per day.
    regionCode: "370900",
    ruleId: "R11",
    source: "泰安市民办幼儿园保教费退费办法",
    params: {
      refundTable: {
        "care_education.absence": ["absent>=100%:30", "attended<=50%:15"],
        "care_education.withdrawal": ["absent>=100%:30", "attended<=50%:15"],
        ...NATIONAL_REST,
        "meals.absence": ["per_day"],
        "meals.withdrawal": ["per_day"],
      },
    },
  },
];
