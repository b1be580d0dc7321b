/** The messages of every CSV import: the upload (app/web/csv-upload.server.ts) and the file (app/utils/csv-table.server.ts). */
import { defineMessages } from "~/i18n/define";

export const csvMessages = defineMessages(
  {
    "csv.upload.noFile": "请选择要上传的 CSV 文件",
    "csv.upload.badType": "只接受 CSV 文件（.csv，文本格式）",
    "csv.upload.tooLarge": "文件过大，不能超过 {maxKb} KB",
    "csv.notUtf8": "文件不是 UTF-8 编码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新上传",
    "csv.notText": "文件不是文本格式的 CSV",
    "csv.empty": "文件是空的",
    "csv.noRows": "文件只有表头，没有数据行",
    "csv.tooManyRows": "数据行过多，一个文件最多 {max,number} 行",
    "csv.quotes": "CSV 格式错误：第 {lines} 行的引号不成对",
    "csv.malformed": "CSV 格式错误：{detail}",
    "csv.header.missing": "表头缺少列：{columns}",
    "csv.header.unknown": "表头有无法识别的列：{columns}",
    "csv.header.repeated": "表头有重复的列：{columns}",
    "csv.header.expected": "表头应为：{columns}",
    "csv.fieldCount": "字段数与表头不符（应为 {expected} 个，实为 {actual} 个）",
  },
  {
    "csv.upload.noFile": "Choose a CSV file to upload",
    "csv.upload.badType": "Only CSV files (.csv, plain text) are accepted",
    "csv.upload.tooLarge": "The file is too large: at most {maxKb} KB",
    "csv.notUtf8": "The file is not UTF-8. In Excel, save it as “CSV UTF-8 (comma delimited)” and upload it again",
    "csv.notText": "The file is not a plain-text CSV",
    "csv.empty": "The file is empty",
    "csv.noRows": "The file has a header but no data rows",
    "csv.tooManyRows": "Too many rows: at most {max,number} per file",
    "csv.quotes": "Malformed CSV: unbalanced quotes on line {lines}",
    "csv.malformed": "Malformed CSV: {detail}",
    "csv.header.missing": "The header lacks columns: {columns}",
    "csv.header.unknown": "The header has unknown columns: {columns}",
    "csv.header.repeated": "The header repeats columns: {columns}",
    "csv.header.expected": "The header should be: {columns}",
    "csv.fieldCount": "Wrong number of fields (expected {expected}, found {actual})",
  },
);
