/** Loading the division table (`npm run regions:load`): app/domain/regions/region-directory-load.server.ts. */
import { defineMessages } from "~/i18n/define";

export const regionMessages = defineMessages(
  {
    "regions.load.province": "省份须为 2 位省级代码（如 33）或 6 位（如 330000）",
    "regions.load.noRows": "没有可载入的行政区划",
    "regions.load.noRowsInProvince": "文件中没有代码以 {province} 开头的行政区划",
    "regions.load.code": "行政区划代码须为 6 位数字（GB/T 2260：省 xx0000，地级 xxxx00，县级其余）",
    "regions.load.name": "名称不能为空，最多 {max} 个字",
    "regions.load.duplicate": "代码 {code} 与第 {line} 行重复",
    "regions.load.parentMissing": "上级区划 {parent} 既不在文件中，也不在数据库中：请一并载入上级区划",
  },
  {
    "regions.load.province": "The province must be a 2-digit province code (33) or its 6 digits (330000)",
    "regions.load.noRows": "There are no divisions to load",
    "regions.load.noRowsInProvince": "The file has no division whose code begins with {province}",
    "regions.load.code": "A division code is 6 digits (GB/T 2260: a province xx0000, a prefecture xxxx00, a county anything else)",
    "regions.load.name": "The name must not be empty and has at most {max} characters",
    "regions.load.duplicate": "Code {code} repeats line {line}",
    "regions.load.parentMissing": "The division above, {parent}, is neither in the file nor in the database: load it too",
  },
);
