/**
 * The personal-data gate for published case narratives (rule R20).
 *
 * Every free-text part of an anonymised violation case (an officer's narrative, a complaint excerpt) is
 * scanned before it can be approved and again at publication. A published case must be anonymised, not
 * merely pseudonymised (个人信息保护法 PIPL Art. 73): no natural person may be identifiable from it. Financial
 * accounts and everything about children under 14 are sensitive personal information (PIPL Art. 28, 31),
 * and a reporter's identity is confidential. So the gate denies by default: anything that looks like a
 * personal identifier is a hit, and a hit blocks approval until the officer redacts it.
 *
 * What must survive is what the public is entitled to read: the kindergarten (a legal entity) and its
 * unified social credit code, fee items, amounts, districts and cities, legal citations, decision dates,
 * terms and case numbers. The matchers below are written so that none of these are hit.
 *
 * Pure and client-safe (no Node-only imports): the officer's page highlights hits in the browser.
 *
 * How matching works: a copy of the text is NFKC-normalised character by character (full-width digits
 * and letters become ASCII, the ideographic space a space, 陳 becomes 陈) with invisible characters dropped, and every
 * normalised code unit remembers which original characters it came from. The matchers run on the copy;
 * hits are reported in the ORIGINAL string's UTF-16 offsets, non-overlapping and sorted.
 *
 * Every pattern has bounded quantifiers and no nested repetition, so a scan is linear in the input.
 *
 * Decisions, deny by default:
 * - a mistyped ID (right shape and a real birth date, or an X at the end, but a wrong check character) is
 *   still a hit, `id_number_like`; any other unclassified run of 12–30 digits is a `bank_account`;
 * - a name is recognised by its context and a surname list; the same name is then a hit everywhere in
 *   the text, and so are names listed with it (王某、李某和张某);
 * - what is already masked (张某某, 王某, 138****5678) is not a hit, so redaction converges; a surname
 *   alone (王老师, 李女士) is not a hit either, as it identifies no more than the mask keeps; a name masked
 *   in part (王*华, 李某华) still is.
 * - traditional characters are read as their simplified forms (家長陳美玲 as 家长陈美玲), one for one, so a
 *   narrative copied from a Hong Kong or Taiwan source is scanned as any other.
 * Known limits: a given name without a surname from the list is found only as a child's pet name (乐乐,
 * 小宝), after a kin or naming word (女儿欣怡, 妻子翠浓, 名字叫思琪), before a parent's title at the start of a chat
 * line (梓涵妈妈：…), in a table's column of names, or once it, or the full name it ends, has been found elsewhere in the
 * text.
 */
import { validateUscc } from "~/domain/kindergartens/uscc";

/**
 * What a hit is. Each kind has its own mask (see `maskHit`).
 * - `id_number`: a resident ID number (居民身份证号码, GB 11643-1999): 18 characters whose check
 *   character is right, or an old 15-digit number whose birth date is a real date; also its last four to
 *   six characters after 身份证后四位/尾号.
 * - `id_number_like`: 18 characters shaped like an ID (17 digits + digit or X) whose check character is
 *   wrong but whose birth-date part is a real date, or that end in X: a mistyped ID still identifies a
 *   person, so deny by default; and an ID masked only in part (330204********3620).
 * - `mobile`: 1[3-9] + 9 digits, with optional +86 / 0086 and separators. No carrier prefix lists:
 *   new ranges keep opening. Also a phone abroad after another country's code (+82-10-2345-6789).
 * - `landline`: 0 + area code + local number; a bare 7–8 digit local number when 电话/座机/… precedes it.
 * - `bank_account`: 12–30 digits (bank cards, and corporate or personal accounts, which have no public
 *   check digit, so no Luhn requirement), possibly grouped by spaces or hyphens; not next to a currency
 *   sign or unit, not with a decimal point, not after 案号/文号.
 * - `email`: an e-mail address.
 * - `wechat`: the id after 微信/微信号/wx/vx/….
 * - `app_account`: the account after 支付宝/alipay/zfb, 抖音号, 快手号, 微博, 小红书号, 钉钉号 (a mobile number or an
 *   e-mail there is found as such; this is the account name a person chose).
 * - `qq`: the 5–11 digits after QQ/扣扣/企鹅号.
 * - `document_number`: letters and digits (five digits at least) after the word of another identity
 *   document: 护照号, 港澳通行证, 台胞证, 居住证, 驾驶证, 社保卡, 学籍号 …, an officer's 执法证/工作证, a lawyer's 执业证;
 *   and a Hong Kong identity card's number, A123456(7), by its shape.
 * - `licence_plate`: a Chinese plate, province character + letter + 5 (fuel) or 6 (new energy) characters.
 * - `address`: the house number and building/unit/room of an exact address (…路123号5幢2单元301室), or a
 *   building + unit/room pair on its own; in English, the room and house number before the road (Room 1203, No. 588).
 *   A road, district or city alone is not personal data.
 * - `person_name`: a personal name in the contexts where Chinese narratives use one: after a role (家长,
 *   孩子, 园长, 投诉人 …), before a title (老师, 妈妈, 女士 …), after 姓名/名叫, as the subject of 反映/称/承认/系,
 *   before its phone or ID, starting a line of a refund list, in a table's column of names, as the object of a
 *   verb of reaching someone (找到了王丽), in brackets after an account (…@qq.com（黄晓燕）); a name masked
 *   only in part (王*华, 李某华) too; pinyin initials after a staff role (园长LXY); names transliterated from
 *   Uyghur or Tibetan (阿依古丽, 买买提·艾力, 扎西顿珠); a list of full names after a colon (：刘一鸣、陈可欣、赵子涵);
 *   the names of a list after a person noun and 包括/包含/有/为/是/名单/如下, joined by 、，和及与 (受影响的幼儿有孙悦、王浩,
 *   幼儿包括：孙悦; not 收费项目包括保教费 nor 幼儿有3名);
 *   in an English narrative, two or three capitalised words after a title or a role (Ms. Wang Li, parent Zhang Wei).
 * - `class_and_name`: a class (中二班, 大(3)班, 向日葵班) joined with a child's name: with the name it
 *   picks out one child, so both parts are masked.
 * - `birth_date`: a date (or year and month, or day and month) of birth after 出生/生于/生日/DOB, or before 出生.
 */
export type PersonalDataKind =
  | "id_number"
  | "id_number_like"
  | "mobile"
  | "landline"
  | "bank_account"
  | "email"
  | "wechat"
  | "app_account"
  | "qq"
  | "document_number"
  | "licence_plate"
  | "address"
  | "person_name"
  | "class_and_name"
  | "birth_date";

/** A hit: `start` and `end` are UTF-16 offsets into the scanned text (end exclusive), `text` is that slice. */
export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

/** A hit on the normalised copy, before its offsets are mapped back. */
interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** A matcher reads the normalised copy and returns spans on it. */
type Matcher = (s: string) => Span[];

// ───────────────────────────── normalisation with an offset map ─────────────────────────────

const isHan = (ch: string | undefined): boolean => ch !== undefined && ch >= "\u4e00" && ch <= "\u9fff";

/**
 * Zero-width and soft-hyphen characters: invisible, so they could split a number without being seen; and the marks
 * that make a digit an emoji (1️⃣: the digit, a variation selector, the keycap), read as the digit.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\uFE0F\u20E3]/;

interface Normalised {
  text: string;
  /** For each code unit of `text`: the start and end offsets of the original character it came from. */
  from: number[];
  to: number[];
  /** The offsets in `text` of the characters a dropped space stood before (王 小 明, 刘芳 开户行). */
  gaps: Set<number>;
}

/**
 * Spaces mean nothing between Chinese characters ("投 诉 人：王 小 明" reads as 投诉人：王小明), so the copy
 * drops them there; between digits they are kept, as they separate groups of a number.
 */
function isSpaceBetweenHan(original: string, i: number, parts: readonly string[]): boolean {
  if (!/\s/.test(original[i])) return false;
  // Past the spaces already dropped (a receipt's 周  敏 has two; a few at most, so the scan stays linear).
  let p = parts.length - 1;
  while (p >= 0 && p > parts.length - 8 && parts[p] === "") p--;
  const previous = parts[p] ?? "";
  if (!isHan(previous[previous.length - 1])) return false;
  let j = i + 1;
  while (j < original.length && /\s/.test(original[j])) j++;
  return isHan(original[j]);
}

/** Marks people put between a name's characters (王_小_明, 李.春.梅, 林·晓·雯, 吕-思-涵). */
const SPELLING_MARKS = "_.·•・-";

/**
 * A mark between single Chinese characters, each one on its own (王_小_明), is dropped from the copy as a space is:
 * a name spelled out. Not a dot between a transliterated name's parts (艾力·吐尔逊), whose parts are longer.
 */
function isSpellingMark(original: string, i: number): boolean {
  const mark = original[i];
  if (!SPELLING_MARKS.includes(mark) || !isHan(original[i - 1]) || !isHan(original[i + 1])) return false;
  return original[i + 2] === mark || original[i - 2] === mark;
}

/**
 * Traditional characters and their simplified forms, in pairs (陳陈: 陳 is read as 陈): every character of
 * OpenCC's table (opencc-js, traditional → simplified, as written in Taiwan and Hong Kong too) whose
 * simplified form occurs in this module, its words and surnames. Written out rather than loaded from
 * opencc-js, whose tables would weigh on the officer's page; the gate's test recomputes the list.
 */
// prettier-ignore
// With 审 since the judgments of the sixth blind round (审判长), and 响 since the twenty-eighth round (受影响的幼儿有…).
const TRADITIONAL_PAIRS = "並并亞亚佈布佔占併并來来侷局係系俬私個个們们倖幸倫伦偉伟側侧傑杰備备傢家傳传傷伤僅仅價价儁俊億亿優优儲储兒儿內内兩两冊册凱凯別别則则剋克剛刚創创劃划劉刘務务勝胜勵励匯汇區区協协卻却卽即厙厍厤历厲厉參参叄叁叢丛吳吴呂吕員员問问喫吃喬乔單单嗎吗噹当嚮向嚴严囌苏國国圍围園园圖图團团埰采執执堅坚報报場场塊块塗涂墊垫壯壮夢梦夥伙奧奥婁娄婦妇媽妈嬰婴孫孙學学宮宫寀采實实寧宁審审寫写寶宝將将對对屆届層层屬属岡冈峯峰島岛崗岗嵐岚嵗岁嶽岳巖岩帥帅師师帳帐帶带幣币幷并幾几庫库廈厦廚厨廣广廳厅張张強强彆别彔录彙汇彥彦後后從从復复恆恒悅悦愛爱慄栗慣惯慶庆慼戚憑凭應应懞蒙戲戏戶户捨舍掛挂採采換换撥拨擔担據据擬拟敎教數数於于時时晉晋暫暂曆历曉晓曏向書书會会朮术東东枱台査查條条棟栋楊杨業业榮荣構构樂乐樑梁樓楼樣样樸朴橋桥機机檢检檯台權权欒栾欽钦歐欧歲岁歷历殻壳殼壳決决沒没沖冲況况淩凌減减湯汤溫温溼湿滙汇滬沪滿满漢汉漸渐潔洁澤泽濃浓濕湿濛蒙濤涛濱滨瀋沈灣湾為为烏乌無无煉炼熱热燁烨營营爲为爺爷爾尔獨独現现瑤瑶瑩莹瑪玛璿璇瓊琼產产産产畢毕畫画畵画當当發发監监盧卢眞真眾众矇蒙硃朱確确碼码祕秘祿禄種种稱称穀谷穎颖竇窦筆笔箇个範范簡简簽签籤签粵粤糰团紀纪約约紅红納纳紙纸級级紛纷紮扎細细紹绍組组絕绝給给統统絶绝經经綫线維维網网綵彩綽绰線线編编緱缑練练縣县總总績绩繆缪繫系繳缴繼继續续纔才罰罚羅罗羣群義义習习翫玩聞闻聯联聲声聶聂職职聽听肅肃脩修膠胶臘腊臺台與与興兴舉举舘馆艷艳荊荆莊庄華华萊莱萬万葉叶著着蒼苍蓮莲蔔卜蔘参蔣蒋蕓芸蕭萧薑姜薩萨藍蓝藝艺藺蔺蘆芦蘇苏蘭兰處处號号衆众術术衕同衚胡衛卫衝冲衞卫衹只裏里裡里製制複复覈核見见規规親亲觀观訂订計计訊讯託托記记訪访設设許许訴诉註注証证詠咏詢询詩诗話话該该詳详誌志認认誕诞語语誠诚說说説说課课調调談谈請请諶谌諸诸諾诺講讲謝谢證证譚谭議议護护讀读讓让豐丰豔艳豬猪貝贝負负財财貢贡貨货責责貳贰貴贵買买費费貼贴賀贺資资賈贾賬账賴赖購购賽赛贛赣趙赵車车軍军軒轩載载輔辅輕轻輛辆輝辉轅辕轉转辦办辯辩農农迴回這这連连週周進进遊游過过達达遙遥遜逊遠远適适遲迟遼辽還还邊边郟郏郵邮鄉乡鄒邹鄔邬鄧邓鄭郑鄰邻鄺邝酈郦醫医釋释釘钉釦扣鈕钮鈡钟鈴铃鈺钰銀银銘铭錄录錢钱錦锦録录錶表鍊炼鍵键鍾钟鎭镇鎮镇鐘钟鐵铁長长門门閆闫閉闭開开間间閔闵閤合閨闺閩闽閻阎闆板闕阙關关闞阚陝陕陰阴陳陈陸陆陽阳隊队際际隨随隻只雜杂離离雲云電电靈灵靜静鞏巩鞦秋韆千韋韦韓韩響响頂顶項项頓顿領领頭头額额顏颜顔颜類类顧顾顯显颱台飛飞餘余館馆餵喂饒饶馬马馮冯馳驰駕驾駛驶駱骆駿骏體体髮发鬆松鬍胡鬧闹鬱郁魚鱼魯鲁鮑鲍鳳凤鳴鸣鵝鹅鵬鹏鶴鹤麗丽麥麦麪面麫面麯曲麴曲麵面麼么黃黄點点黨党鼕冬齊齐齋斋齡龄齣出龍龙龐庞龔龚";
const SIMPLIFIED_OF = new Map(Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, k) => [TRADITIONAL_PAIRS[2 * k], TRADITIONAL_PAIRS[2 * k + 1]]));

/** ASCII but the space is NFKC-stable: no need to normalise it. */
const isAsciiStable = (code: number): boolean => code < 0x80 && code !== 0x20;
/** The CJK unified ideographs are NFKC-stable too; a traditional one is read as its simplified form. */
const isHanCode = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * The copy of the character at i: itself when stable (a Chinese character in its simplified form), nothing
 * when invisible, a space between Chinese characters or a mark spelling a name out, else its NFKC form.
 */
/**
 * O and l scanned or typed for 0 and 1 inside a number (5001O3198410029914, l5959203817, 139 l926 8053): read as those
 * digits when no other letter touches them and the digits around, spaces allowed, number seven at least.
 */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { O: "0", o: "0", l: "1", I: "1" };

function isDigitLookalike(original: string, i: number): boolean {
  const before = /[\dOolI ]*$/.exec(original.slice(Math.max(0, i - 24), i))?.[0] ?? "";
  const after = /^[\dOolI ]*/.exec(original.slice(i + 1, i + 25))?.[0] ?? "";
  // A letter touching the run makes it a word or an id (ABO123); one a space away (…5512 QQ45) is the next word.
  const runStart = i - before.replace(/^ +/, "").length;
  const runEnd = i + 1 + after.replace(/ +$/, "").length;
  if (/[A-Za-z]/.test(original[runStart - 1] ?? "") || /[A-Za-z]/.test(original[runEnd] ?? "")) return false;
  const digits = (before + after).replace(/[^\d]/g, "").length;
  return digits >= 7 && (/[\dOolI]$/.test(before) || /^[\dOolI]/.test(after));
}

function copyOf(original: string, i: number, code: number, parts: readonly string[]): string {
  const ch = String.fromCodePoint(code);
  if (ch in DIGIT_LOOKALIKES && isDigitLookalike(original, i)) return DIGIT_LOOKALIKES[ch];
  if (isSpellingMark(original, i)) return "";
  if (isAsciiStable(code)) return ch;
  // Dashes NFKC leaves alone (0574—87654321): read as the hyphen they stand for.
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return "-";
  if (isHanCode(code)) return SIMPLIFIED_OF.get(ch) ?? ch;
  if (INVISIBLE.test(ch) || isSpaceBetweenHan(original, i, parts)) return "";
  return code === 0x20 ? ch : ch.normalize("NFKC");
}

/** NFKC one character at a time, so each normalised unit maps back to exactly one original character. */
function normalise(original: string): Normalised {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const gaps = new Set<number>();
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const n = copyOf(original, i, code, parts);
    if (n === "" && !INVISIBLE.test(original[i])) gaps.add(from.length);
    for (let k = 0; k < n.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    parts.push(n);
    i += width;
  }
  return { text: parts.join(""), from, to, gaps };
}

// ───────────────────────────── check algorithms ─────────────────────────────

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = "10X98765432";

/** GB 11643-1999: the check character of an 18-character resident ID number (upper-case X). */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11] === id[17].toUpperCase();
}

/** Whether YYYYMMDD is a real calendar date between 1900 and 2099. */
function isRealDate(yyyymmdd: string): boolean {
  if (!/^(19|20)\d{6}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// ───────────────────────────── numbers: IDs, phones, accounts ─────────────────────────────

/**
 * A run of digit groups joined by one space (two or a tab part a table's cells: 1,500.00  15824563017), a hyphen, a dot or
 * a middle dot (so "138 1234 5678", "0574-8765 4321", a
 * card in groups of four, 6217·8570·…), or by what people type to dodge a filter (_, |, /, an emoji: 138🌸2291🌸0573),
 * optionally ending in the X of an ID; _, | and / alone between groups of two digits or more, not a table's " | "
 * between two cells nor a list (第1/2/3月). Separators are non-digits, so there is no ambiguity to backtrack over.
 */
const DIGIT_RUN = /\d+(?:(?: ?[\u2010\u2011\u2013\u2212-]{1,2} ?| |\.|[·・]|[\uD800-\uDBFF][\uDC00-\uDFFF])\d+|(?<=\d\d)[_|/]\d{2,})*(?:[ -]?[Xx])?/g;
const DIGIT_GROUP = /\d+|[Xx]/g;
const HONG_KONG_MOBILE_BEFORE = /(?:手提|香港|whatsapp)[^\d]{0,8}$/i;
const PHONE_CONTEXT = /(?:电话|座机|固话|手机|联系方式|号码|热线|传真|tel|phone)[^\d]{0,6}$/i;
const USCC_CONTEXT = /(?:信用代码|社会信用|统一代码|USCC)[^\d]{0,6}$/i;
/** Case, document and ticket numbers are the authority's own references, which a published case keeps. */
// A payment's serial (交易流水号2026…, 凭证号) is the transaction's, as an order number (订单号) is.
const CASE_NUMBER_CONTEXT = /(?:案号|编号|文号|单号|流水号|交易号|凭证号|回单号)[^\d]{0,4}$/;
/**
 * An organisation's or a bill's own number, whatever its shape: a licence's (营业执照注册号 330212000123456 has an old
 * ID's shape and a real date, 办学许可证号为教民1330…), a fiscal bill's (票据号码), a fine's payment code (缴款码, 18
 * digits whose check may pass by chance). No person's: the run is not read at all.
 */
const ENTITY_NUMBER_CONTEXT = /(?:注册号|许可证号?|执照号|票据号码?|发票号码?|票号|缴款码)[^\d]{0,4}$/;
// On one line: a number ending a line is no amount of the next line's first word (…6229…⏎万思琪).
const AMOUNT_AROUND = { before: /[¥￥$][ \t]*$|RMB[ \t]*$/i, after: /^[ \t]*(?:元|块|角|万|亿|%|‰|人民币)/ };

interface Group {
  start: number;
  end: number;
  text: string;
}

/** A mobile number with an optional 86 or 0086 country code (the plus sign is outside the run). */
const MOBILE = /^(?:00)?(?:86)?1[3-9]\d{9}$/;

/**
 * Kinds certain enough to be cut out of a longer run of groups: an 11-digit mobile, an ID whose check
 * character is right. (Luhn is not used: accounts need not pass it, and a card's first 16 digits
 * passing it by chance would cut the card in two.)
 */
function certainNumberKind(d: string): PersonalDataKind | null {
  if (d.length === 18) return isValidResidentId(d) ? "id_number" : null;
  return MOBILE.test(d) ? "mobile" : null;
}

/** Kinds recognised only when they are a whole stretch of groups (a landline inside a card is not one). */
function wholeNumberKind(d: string): PersonalDataKind | null {
  // An Alipay user id (2088 and twelve digits, what a transfer's details show as 账号 or UID): no bank card starts so.
  if (/^2088\d{12}$/.test(d)) return "app_account";
  if (/^\d{17}[\dX]$/i.test(d) && (isRealDate(d.slice(6, 14)) || /X$/i.test(d))) return "id_number_like";
  if (/^\d{15}$/.test(d) && isRealDate(`19${d.slice(6, 12)}`)) return "id_number";
  if (/^0[1-9]\d{8,10}$/.test(d)) return "landline";
  return null;
}

/** Deny by default: an unclassified long digit string is treated as an account number. */
function weakNumberKind(d: string): PersonalDataKind | null {
  return /^\d{12,30}$/.test(d) ? "bank_account" : null;
}

/**
 * The code the run sits in: letters, digits and hyphens around it (ZJ-2026-0001234567, a USCC). A run glued
 * to letters is part of a code.
 */
function tokenAround(s: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a > 0 && /[0-9A-Za-z-]/.test(s[a - 1])) a--;
  while (b < s.length && /[0-9A-Za-z-]/.test(s[b])) b++;
  return { start: a, end: b };
}

const hasLetters = (s: string, from: number, to: number): boolean => /[A-Za-z]/.test(s.slice(from, to));

/** The words before a resident ID's number. */
const ID_CONTEXT = /(?:身份证|身份号码|证件号|公民身份|(?<![A-Za-z])ID(?:\s?(?:[Nn]o\.?|[Cc]ard|[Nn]umber))?)[^\d]{0,6}$/;

/**
 * A legal entity's credit code identifies no person: skip it unless it is also a valid ID number, or an ID's word
 * comes before it (身份证号340104199006112627: a mistyped ID that passes the credit code's check by chance).
 */
function isEntityCode(s: string, token: { start: number; end: number }): boolean {
  const code = s.slice(token.start, token.end).replace(/-/g, "").toUpperCase();
  if (code.length !== 18 || !validateUscc(code).ok) return false;
  const before = s.slice(Math.max(0, token.start - 16), token.start);
  if (ID_CONTEXT.test(before)) return false;
  return !isValidResidentId(code) || USCC_CONTEXT.test(before);
}

const CERTAIN_LENGTHS = new Set([11, 13, 15, 18]);

/**
 * Splits a run into identifiers. First, from each group, the longest window of a certain kind (so
 * "13812345678 6000" yields the mobile and leaves the amount); then each leftover stretch, whole: a
 * near-ID, an old ID or a landline, a local number after a phone word, else a long account number.
 * A run glued to letters is part of some code: only the certain kinds count there.
 */
function classifyRun(s: string, groups: Group[], glued: boolean, hasDot: boolean): Span[] {
  const spans: Span[] = [];
  const taken = new Array<boolean>(groups.length).fill(false);
  const all = groups.map((g) => g.text).join("");
  const offsets = [0];
  for (const g of groups) offsets.push(offsets[offsets.length - 1] + g.text.length);
  // An ID typed a digit or two at a time (1 2 0 1 0 1 1 9 9 4 …) is one ID, or near-ID, not a mobile cut from its middle.
  const idShaped = all.length === 18 && groups.every((g) => g.text.length <= 2);
  // A card in groups of four (6217-0067-1795-7957-613) is one account, not a mobile cut from its end; an ID may be grouped
  // so too (3302 0520 1907 2104 96), and is read as one below.
  const cardShaped = !glued && groups.length >= 4 && all.length >= 16 && all.length <= 19 && groups.slice(0, -1).every((g) => g.text.length === 4);
  if (cardShaped && all.length !== 18) return [{ kind: "bank_account", start: groups[0].start, end: groups[groups.length - 1].end }];
  const idKind = idShaped ? (isValidResidentId(all) ? "id_number" : wholeNumberKind(all)) : null;
  if (!glued && (idKind === "id_number" || idKind === "id_number_like")) return [{ kind: idKind, start: groups[0].start, end: groups[groups.length - 1].end }];
  for (let i = 0; i < groups.length; ) {
    let best = -1;
    let bestKind: PersonalDataKind | null = null;
    // Every certain kind has 11, 13, 15 (a mobile with 86 or 0086) or 18 characters: only those windows are tested.
    for (let j = i; j < groups.length && offsets[j + 1] - offsets[i] <= 18; j++) {
      const length = offsets[j + 1] - offsets[i];
      const kind = CERTAIN_LENGTHS.has(length) ? certainNumberKind(all.slice(offsets[i], offsets[j + 1])) : null;
      if (kind) {
        best = j;
        bestKind = kind;
      }
    }
    // Not from a decimal's fraction on (1,500.00 138…: no 0013…).
    if (bestKind === null || s[groups[i].start - 1] === ".") {
      i++;
      continue;
    }
    spans.push({ kind: bestKind, start: groups[i].start, end: groups[best].end });
    for (let k = i; k <= best; k++) taken[k] = true;
    i = best + 1;
  }
  if (glued) return spans;
  for (let i = 0; i < groups.length; ) {
    if (taken[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < groups.length && !taken[j + 1]) j++;
    const span = leftoverSpan(s, groups.slice(i, j + 1), hasDot);
    if (span) spans.push(span);
    i = j + 1;
  }
  return spans;
}

function leftoverSpan(s: string, groups: Group[], hasDot: boolean): Span | null {
  const start = groups[0].start;
  const end = groups[groups.length - 1].end;
  // A table's row typed with spaces (0371-63918277 410元): the last group, before its unit, is the next cell's amount.
  if (groups.length > 1 && /\s/.test(s[groups[groups.length - 1].start - 1]) && AMOUNT_AROUND.after.test(s.slice(end, end + 4))) {
    return leftoverSpan(s, groups.slice(0, -1), hasDot);
  }
  const digits = groups.map((g) => g.text).join("");
  // 0574-88123456-803, 0571-8619 3377-205: a landline whose extension follows a last hyphen, not one long account number.
  const texts = groups.map((g) => g.text);
  const last = texts.length - 1;
  if (
    (last === 2 || last === 3) &&
    /^0\d{2,3}$/.test(texts[0]) &&
    /^[2-9]\d{6,7}$/.test(texts.slice(1, last).join("")) &&
    /^\d{1,5}$/.test(texts[last]) &&
    s[groups[last].start - 1] === "-"
  ) {
    return { kind: "landline", start, end };
  }
  const before = s.slice(Math.max(0, start - 12), start);
  // Taiwan's mobiles (0912-345-678: ten digits from 09; a mainland 09xx area code has eleven or twelve) and Hong Kong's
  // (eight digits from 4-9 after 手提, 香港 or WhatsApp, or with (香港) after them).
  if (/^09\d{8}$/.test(digits) || (/^[4-9]\d{7}$/.test(digits) && (HONG_KONG_MOBILE_BEFORE.test(before) || /^\s?\(香港/.test(s.slice(end, end + 4))))) {
    return { kind: "mobile", start, end };
  }
  const whole = wholeNumberKind(digits);
  if (whole) return { kind: whole, start, end };
  if (/^[2-9]\d{6,7}$/.test(digits) && PHONE_CONTEXT.test(before)) return { kind: "landline", start, end };
  // Decimal points and currency mean amounts, never accounts.
  if (hasDot || AMOUNT_AROUND.before.test(before) || AMOUNT_AROUND.after.test(s.slice(end, end + 4))) return null;
  if (CASE_NUMBER_CONTEXT.test(before)) return null;
  const kind = weakNumberKind(digits);
  return kind ? { kind, start, end } : null;
}

/**
 * A resident ID masked only in part (330204********3620, 3302**********20): the first six digits give the
 * place of registration and the last four the sex, so it is still a hit (an ID's own mask keeps nothing).
 * Eighteen characters of digits and asterisks, digits at both ends: a mobile's mask (138****5678) is shorter.
 */
const PARTLY_MASKED_ID = /(?<![\d*])(?=[\d*]{17}[\dXx](?![\d*Xx]))\d{1,8}\*{4,16}\d{0,6}[\dXx]/g;

const findPartlyMaskedIds: Matcher = (s) =>
  [...s.matchAll(PARTLY_MASKED_ID)]
    .filter((m) => m[0].length === 18)
    .map((m) => ({ kind: "id_number_like", start: m.index, end: m.index + m[0].length }));

/**
 * A mobile typed in pieces with words or commas between them, as a parent writes it in a complaint form
 * (138后面是12345678, 159，0123，4567): the 3-4-4 shape with a mobile's prefix. Amounts group by threes, so four
 * digits after a comma are no thousands.
 */
const SPLIT_MOBILE = /(?<!\d|\d[,.])1[3-9]\d\s?(?:[,、/]|(?:后面|后边|后头|然后|接着|再)(?:是|为|接)?)\s?\d{4}\s?[,、/\s-]?\s?\d{4}(?!\d|[,.]\d|\s?[元块万])/g;

/**
 * A mobile given in pieces with words between them (前三位186，中间2297，后四位4410; 手机前七位1381057，尾号3302): each
 * piece is a hit when together they make eleven digits; an ID's likewise (ID_PIECES).
 */
const MOBILE_PIECES =
  /(?:前三位|前3位|前七位|前7位|开头)(?:是|为)?\s?(1[3-9]\d(?:\d{4})?)(?!\d)[^\d\n]{1,12}?(?:中间(?:四位|4位)?(?:是|为)?\s?(\d{4})(?!\d)[^\d\n]{1,12}?)?(?:后四位|后4位|尾号|最后四位|末四位)(?:是|为)?\s?(\d{4})(?!\d)/g;

/** The same of an ID: 开头是350203，中间出生年月日19830707，最后四位9443. */
const ID_PIECES =
  /(?:开头|前六位|前6位)(?:是|为)?\s?(\d{6})(?!\d)[^\d\n]{1,14}?(?:中间|出生)[^\d\n]{0,6}?(\d{8})(?!\d)[^\d\n]{1,12}?(?:后四位|后4位|尾号|最后四位|末四位)(?:是|为)?\s?(\d{3}[\dXx])(?![\dXx])/g;

/** Each piece of a number given piece by piece, as `kind`, when the pieces together are `length` characters long. */
function piecesOf(s: string, m: RegExpMatchArray, kind: PersonalDataKind, length: number): Span[] {
  const pieces = m.slice(1).filter((piece): piece is string => piece !== undefined);
  if (pieces.join("").length !== length) return [];
  let from = m.index as number;
  return pieces.map((piece) => {
    const start = s.indexOf(piece, from);
    from = start + piece.length;
    return { kind, start, end: from };
  });
}

const findNumberPieces: Matcher = (s) => [
  ...[...s.matchAll(MOBILE_PIECES)].flatMap((m) => piecesOf(s, m, "mobile", 11)),
  ...[...s.matchAll(ID_PIECES)].flatMap((m) => piecesOf(s, m, "id_number", 18)),
];

/** A resident ID that a scan's or a form's line break cut in two (公民身份号码 3702021987⏎09302414): its check character decides. */
const ID_ACROSS_LINES = /(?<![\dXx])(\d{4,17})[ \t]*\n[ \t]*(\d{1,14}[\dXx]?)(?![\dXx])/g;
const findIdsAcrossLines: Matcher = (s) =>
  [...s.matchAll(ID_ACROSS_LINES)]
    .filter((m) => m[1].length + m[2].length === 18 && isValidResidentId((m[1] + m[2]).toUpperCase()))
    .map((m) => ({ kind: "id_number", start: m.index, end: m.index + m[0].length }));

const findSplitMobiles: Matcher = (s) => [...s.matchAll(SPLIT_MOBILE)].map((m) => ({ kind: "mobile", start: m.index, end: m.index + m[0].length }));

const LANDLINE_EXTENSION = /^\s?(?:转|分机)\s?\d{1,5}(?!\d|[.,]\d|\s?[元块万])/;

const CARD_DOTS = /^\d{4}(?:\.\d{4}){2,3}(?:\.\d{1,4})?$/;

const findNumbers: Matcher = (s) => {
  const spans: Span[] = [];
  for (const run of s.matchAll(DIGIT_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    const token = tokenAround(s, start, end);
    if (isEntityCode(s, token) || ENTITY_NUMBER_CONTEXT.test(s.slice(Math.max(0, token.start - 10), token.start))) continue;
    const groups: Group[] = [];
    for (const g of run[0].matchAll(DIGIT_GROUP)) {
      groups.push({ start: start + g.index, end: start + g.index + g[0].length, text: g[0] });
    }
    const glued = hasLetters(s, token.start, start) || hasLetters(s, end, token.end);
    // +82-10-2345-6789: after a country code other than China's, a phone abroad (a foreign teacher's), whatever
    // its grouping; not a signed amount (+2,400.00 has its comma or point).
    const digits = groups.map((g) => g.text).join("");
    if (s[start - 1] === "+" && !/^(?:00)?86/.test(digits) && /^\d{10,15}$/.test(digits) && !/^[.,]\d/.test(s.slice(end, end + 2)) && !run[0].includes(".")) {
      spans.push({ kind: "mobile", start: start - 1, end });
      continue;
    }
    // +86 731 8888 1234, +86-10-6552-1234: China's code then an area code without its 0, as an English release writes
    // a landline (it was an account before, without its plus sign).
    if (s[start - 1] === "+" && /^86(?:10|2\d|[3-9]\d{2})\d{7,8}$/.test(digits) && !/^[.,]\d/.test(s.slice(end, end + 2)) && !run[0].includes(".")) {
      spans.push({ kind: "landline", start: start - 1, end });
      continue;
    }
    // A dot may be a decimal point or a date's (2025.09.01); between groups of four (6216.6107.0427.9770) dots join a
    // card's groups, as spaces do.
    const dotted = run[0].includes(".") && !CARD_DOTS.test(run[0]);
    for (const span of classifyRun(s, groups, glued, dotted)) {
      // "+86 138…": the plus sign belongs to the number.
      if (span.kind === "mobile" && s[span.start - 1] === "+") span.start--;
      // 0755-2688 1234转802: the extension belongs to the landline (转2000元 would be a transfer).
      const extension = span.kind === "landline" ? LANDLINE_EXTENSION.exec(s.slice(span.end, span.end + 10)) : null;
      if (extension) span.end += extension[0].length;
      spans.push(span);
    }
  }
  return spans;
};

/**
 * Digits written as Chinese numerals, one character each (幺三八一二三四五六七八, as a number is read out), in
 * their everyday or financial forms (壹叁捌…, as on a receipt).
 */
const CHINESE_DIGIT_VALUES: Readonly<Record<string, string>> = {
  〇: "0", "○": "0", 零: "0", 幺: "1", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
  壹: "1", 贰: "2", 叁: "3", 肆: "4", 伍: "5", 陆: "6", 柒: "7", 捌: "8", 玖: "9",
};
const CHINESE_DIGIT = "[〇○零幺一二三四五六七八九壹贰叁肆伍陆柒捌玖]";
/** Seven or more of them, maybe with a pause between (一三九点二六八四点七七零一, 一三五、二零六八), an ID's X last. */
const CHINESE_DIGIT_RUN = new RegExp(`${CHINESE_DIGIT}(?:[\\s点、,-]?${CHINESE_DIGIT}){6,29}(?:\\s?[Xx])?`, "g");
/**
 * Both kinds of digits in one run (230103一九八七0506三七四三): read as one number when its Chinese digits come three or
 * more together at its ends, not a surname or a word that is also one (陆 139 1706 4388).
 */
const MIXED_DIGIT_RUN = new RegExp(`(?:${CHINESE_DIGIT}|[0-9])(?:\\s?(?:${CHINESE_DIGIT}|[0-9])){10,29}(?:\\s?[Xx])?`, "g");
const chineseToAscii = (text: string): string => text.replace(/[〇○零幺一二三四五六七八九壹贰叁肆伍陆柒捌玖]/g, (ch) => CHINESE_DIGIT_VALUES[ch]);

const MIXED_ENDS = new RegExp(`^(?:\\d|${CHINESE_DIGIT}{3})[\\s\\S]*(?:\\d|${CHINESE_DIGIT}{3}|[Xx])$`);
const MIXED_HAS_CHINESE = new RegExp(CHINESE_DIGIT);

const findChineseDigits: Matcher = (s) =>
  [
    ...s.matchAll(CHINESE_DIGIT_RUN),
    ...[...s.matchAll(MIXED_DIGIT_RUN)].filter((m) => /\d/.test(m[0]) && MIXED_HAS_CHINESE.test(m[0]) && MIXED_ENDS.test(m[0].replace(/\s/g, ""))),
  ].flatMap((m) => {
    const groups = [{ start: m.index, end: m.index + m[0].length, text: chineseToAscii(m[0]).replace(/[^\dXx]/g, "") }];
    return classifyRun(s, groups, false, false);
  });

/**
 * A Hong Kong identity card number: one or two letters, six digits and the check digit in brackets (A123456(7)),
 * and Macau's: 1, 5 or 7 and six digits, its check digit in brackets (5218736(3)): shapes nothing else in these
 * narratives takes.
 */
const HONG_KONG_ID = /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{6}\s?\(\s?[\dA]\s?\)|[157]\d{6}\s?\(\s?\d\s?\))/g;

const findHongKongIds: Matcher = (s) =>
  [...s.matchAll(HONG_KONG_ID)].map((m) => ({ kind: "document_number", start: m.index, end: m.index + m[0].length }));

/** A landline written with its area code in brackets: (0574)87654321, （010）1234-5678, (027)87659123转3306. */
const BRACKETED_LANDLINE = /\(0\d{1,3}\)\s?\d{3,4}[\s-]?\d{4}(?!\d)(?:\s?(?:转|分机)\s?\d{1,5}(?!\d|[.,]\d|\s?[元块万])|-\d{1,5}(?![\d.,]))?/g;
/** A mobile written with its first three digits bracketed as an area code is, (138)1234 5678, or its country code: (+86)186…. */
const BRACKETED_MOBILE = /\(1[3-9]\d\)\s?\d{4}[\s-]?\d{4}(?!\d)|\(\+?86\)\s?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;

const findBracketedPhones: Matcher = (s) => [
  ...[...s.matchAll(BRACKETED_LANDLINE)].map((m) => ({ kind: "landline" as const, start: m.index, end: m.index + m[0].length })),
  ...[...s.matchAll(BRACKETED_MOBILE)].map((m) => ({ kind: "mobile" as const, start: m.index, end: m.index + m[0].length })),
];

// ───────────────────────────── e-mail, WeChat, QQ, plates ─────────────────────────────

// The ideographic full stop may stand for the dot (wangfang@163。com), as a Chinese keyboard types it.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}[.。]){1,8}[A-Za-z]{2,24}/g;
/**
 * An address spelled out so that no @ shows (zhang at 163 dot com, zhang#163.com, zhang艾特163点com):
 * written so to pass a filter, it is meant to be read as an address all the same. Read case-blind (AT, DOT).
 */
const SPELLED_AT = "(?:\\s?[(\\[<]at[)\\]>]\\s?|\\sat\\s|\\s?(?:#|艾特|圈a)\\s?)";
const SPELLED_DOT = "(?:\\s?[(\\[]dot[)\\]]\\s?|\\sdot\\s|\\s?[.点。]\\s?)";
/** Where an address's local part ends, however the @ is written. */
const AT_SIGN = new RegExp(`@|${SPELLED_AT}`, "i");
const SPELLED_EMAIL = new RegExp(`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}${SPELLED_AT}(?:[A-Za-z0-9-]{1,63}${SPELLED_DOT}){1,8}(?:com|cn|net|org|edu|gov|info|io|me|top|xyz|hk|tw)(?![A-Za-z])`, "gi");

/** After the word for it, an address whose local part is typed in spaced pieces (邮箱2 0 1 8 5 5 6 6 1@qq.com, jmy 2018 @ sina.com). */
const SPACED_EMAIL = /(?<=(?:邮箱|邮件|e-?mail|mail)(?:地址)?(?:是|为)?[:：]?\s?)[A-Za-z0-9._-]{1,20}(?: [A-Za-z0-9._-]{1,20}){1,20}\s?@\s?(?:[A-Za-z0-9-]{1,63}[.。]){1,8}[A-Za-z]{2,24}/gi;

const findEmails: Matcher = (s) =>
  [EMAIL, SPELLED_EMAIL, SPACED_EMAIL].flatMap((re) => [...s.matchAll(re)].map((m) => ({ kind: "email" as const, start: m.index, end: m.index + m[0].length })));

/** The span of capture group 1 of a match whose group 1 ends the match. */
function tailGroup(m: RegExpMatchArray, kind: PersonalDataKind): Span {
  const end = (m.index as number) + m[0].length;
  return { kind, start: end - m[1].length, end };
}

/**
 * WeChat ids: a letter then 5–19 letters, digits, _ or -; people also use their mobile number or any digits.
 * A V or 微 alone stands for WeChat only when a colon follows it (加我V：…, 加微：…), as chats write it.
 */
const WECHAT = /(?<![A-Za-z])(?:微信号?|微信id|喂信号?|weixin|wechat|wx|vx|v信|威信|薇信|加微|加v|加我(?=[A-Za-z])(?!qq)|加(?:一下|个)?(?=\s?[A-Za-z][A-Za-z0-9]*[_\d])|(?:v|微)(?=\s?[:：]))(?:号码|号|id|账号|帐号)?\s{0,2}(?:\(\s?(?:id\s?)?)?(?:(?:都|也)?[:：是为]\s{0,2})?[“"「『]?([A-Za-z][-_A-Za-z0-9]{5,19}|\d{5,20})(?![-_A-Za-z0-9])/gi;
/** The next id of a list after one WeChat word (微信号：jxl666888、bxf_2020): one starting with a letter. */
const NEXT_WECHAT = /^[”"」』]?\s?[、,，和及与/]\s?[“"「『]?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/;
/**
 * Alipay, Douyin and other apps' accounts: 4–30 letters, digits, _, - or . (mobiles and e-mails are found as such), also as
 * a user id (支付宝（用户ID 2088…）, 微博（用户ID 7732918465）), an app's 账号 (App账号hzp19951012), and letters after 账号 (a
 * bank's account has digits only: 账号YD20231145 is a login).
 */
const APP_ACCOUNT = /(?<![A-Za-z])(?:支付宝|alipay|zfb|抖音|douyin|快手|微博|小红书|钉钉|xiaohongshu|kakaotalk|kakao|whatsapp|telegram|tiktok|weibo|line(?=\s?(?:id|[:：]|账号))|app(?=\s?(?:账号|帐号|id))|账号(?=[:：是为\s]{0,3}[A-Za-z]))\s?\(?\s?(?:账号|账户|帐号|帐户|用户号|号|用户\s?u?id|用户名|uid|id)?\s{0,2}(?:[:：是为]\s{0,2})?[“"「『]?([A-Za-z][-_.A-Za-z0-9]{3,29}|\d{5,20}(?![A-Za-z])|\d[-_.A-Za-z0-9]{4,29})(?![-_.A-Za-z0-9])/gi;
/**
 * A QQ number, in digits or read out in Chinese numerals (扣扣：二五八三六九一四七; too short for findChineseDigits); Q我 as a
 * forum writes it; offered as another way (QQ也行：…).
 */
const QQ =
  /(?<![A-Za-z])(?:qq群|群号|qq|扣扣|企鹅号?|q(?=我))(?:号码?|号|我)?\s{0,2}(?:也行|也可以?|都行)?(?:[:：是为(]\s{0,2})?([1-9]\d{4,10}(?!\d)|[幺一二三四五六七八九壹贰叁肆伍陆柒捌玖][〇○零幺一二三四五六七八九壹贰叁肆伍陆柒捌玖]{4,10}(?![〇○零幺一二三四五六七八九壹贰叁肆伍陆柒捌玖]))/gi;

/**
 * Other identity documents by the word before their number: 护照号 E12345678, 港澳通行证 C12345678,
 * 学籍号 G3302…, 社保卡号 …, 居住证（编号…）: letters and digits, at least five digits among them, maybe in groups
 * (教师资格证号2019 4403 1420 0381 2).
 */
const DOCUMENT =
  /(?:执法证件|执法证|执业证|工作证|检查证|教师资格证|资格证书?|护照|学号|学生证|港澳通行证|往来港澳通行证|台湾通行证|通行证|来往内地通行证|来往大陆通行证|台胞证|回乡证|居留证|居留身份证|居住证|军官证|驾驶证|驾照|社保卡|社会保障卡|医保卡|学籍|出生医学证明|出生证)\(?(?:号码?|编号|卡号|号)?\s{0,2}(?:分别)?(?:[:：是为】]\s{0,2})?((?=(?:[A-Za-z ]*\d){5}|(?=[A-Za-z0-9]{8})(?:[A-Za-z]*\d){3})(?:[A-Za-z0-9]{6,20}|[A-Za-z0-9]{1,8}(?: (?=[A-Za-z]*\d)[A-Za-z0-9]{1,8}){1,6}))(?![A-Za-z0-9])/g;

/**
 * The last characters of a resident ID (身份证后四位4813, 身份证尾号563X): an ID's mask keeps nothing of it, as
 * its last four tell the sex and, with a name or a birth date, pick one person out, so neither may the text.
 */
const ID_TAIL = /(?:身份证|身份号码|证件)(?:号码?|号)?的?(?:最后|末尾|后|尾号|末)(?:[四五六4-6]位)?(?:数字|号码?)?(?:是|为)?[:：]?\s?(\d{3,5}[\dXx])(?![\dXx])/g;

const findIdTails: Matcher = (s) => [...s.matchAll(ID_TAIL)].map((m) => tailGroup(m, "id_number"));

/**
 * A phone's last seven or eight digits, as a draft that meant to shorten it writes them (手机后八位86130942, 联系电话后8位
 * 92048816): with the operator's prefix, one of a few hundred, they still reach the person.
 */
const PHONE_TAIL = /(?:手机|电话|联系电话|手机号码?|电话号码|号码)(?:的)?(?:最后|末尾|后|尾号|末)(?:[七八78]位)?(?:数字|号码?)?(?:是|为)?[:：]?\s?(\d{7,8})(?!\d)/g;
const findPhoneTails: Matcher = (s) => [...s.matchAll(PHONE_TAIL)].map((m) => tailGroup(m, "mobile"));
const findWechat: Matcher = (s) => [...s.matchAll(WECHAT)].flatMap((m) => withListed(s, tailGroup(m, "wechat"), NEXT_WECHAT, 28));
/** Right after an app's name with nothing between, a plain word is the sentence going on (Xiaohongshu post), no account. */
const findAppAccounts: Matcher = (s) =>
  [...s.matchAll(APP_ACCOUNT)]
    .filter((m) => !/^[A-Za-z]+$/.test(m[1]) || /[:：是为“"「『(]|id|号|账|帐/i.test(m[0].slice(0, m[0].length - m[1].length).replace(/^[A-Za-z]+/, "")))
    .map((m) => tailGroup(m, "app_account"));
/** The next number of a list after one document word (执法证号44030012345、44030012346). */
const NEXT_DOCUMENT = /^\s?[、,，和及与]\s?((?=(?:[A-Za-z]*\d){5})[A-Za-z0-9]{6,20})(?![A-Za-z0-9])/;

/** The same in an English narrative: passport 533218764, (passport 19FV82731), Passport No.: EJ4827163. */
const ENGLISH_DOCUMENT =
  /(?<![A-Za-z])(?:[Pp]assport|PASSPORT|HKID|[Ii]dentity [Cc]ard|[Pp]ermit)(?:\s?(?:[Nn]o\.?|[Nn]umber|#))?\s?[:：]?\s?((?=(?:[A-Za-z]*\d){5})[A-Za-z0-9]{6,20})(?![A-Za-z0-9])/g;

/**
 * A pass's number after the general word 证件号 or 证号 (谢梓睿的证件号为C23145678: a resident ID's digits there are an ID,
 * found as such; 证号 alone or after 的, not a licence's 许可证号 or a voucher's 凭证号), Taiwan's 身分證字號 (A123456789), and a birth certificate's letter and nine digits a few words after its name (出生医学证明编号，我填的N140211357).
 */
const LETTERED_DOCUMENT = /(?:证件号码?|证件编号|(?<=^|[^\u4e00-\u9fff]|的)证号|身分证(?:字号|号码?)|统一证号)(?:为|是)?[:：]?\s?([A-Za-z]{1,2}\d{7,10})(?![A-Za-z\d])|出生(?:医学)?证明?(?:编号|号码?)?[^A-Za-z\d\n。]{0,8}?([A-Z]\d{9})(?!\d)/g;

const findDocuments: Matcher = (s) => [
  ...[...s.matchAll(LETTERED_DOCUMENT)].map((m) => {
    const number = m[1] ?? m[2];
    const end = m.index + m[0].length;
    return { kind: "document_number" as const, start: end - number.length, end };
  }),
  ...[...s.matchAll(DOCUMENT)].flatMap((m) => withListed(s, tailGroup(m, "document_number"), NEXT_DOCUMENT, 24)),
  ...[...s.matchAll(ENGLISH_DOCUMENT)].map((m) => tailGroup(m, "document_number")),
];

/**
 * An account or a document's number typed with spaces after its word, to dodge a filter or as read out (微信号li chun
 * mei_1988, vx：w x 1 2 3 4 5 6, 企鹅7 7 5 3 1 8 8 2, 抖音号dy 520 1314 wdd, 护照号E 6 8 2 3 1 4 5 7): three or more pieces,
 * short after the first (not the next account: 微信sun_tt0915 qq2093874516), a digit among them, the word deciding the kind.
 */
const SPACED_ACCOUNT =
  /(?<![A-Za-z])(微信号?|vx|wx|qq|扣扣|企鹅号?|抖音号?|快手号?|小红书号?|护照号?|港澳通行证|社保卡号?)(?:号码?|号|id|账号)?\s{0,2}(?:也行|也可以?|都行)?(?:[:：是为]\s{0,2})?[“"]?((?=[A-Za-z0-9_ ]{0,40}\d)[A-Za-z0-9_]{1,12}(?:[ _]{1,2}[A-Za-z0-9_]{1,6}){2,15})(?![A-Za-z0-9_])/gi;
const SPACED_ACCOUNT_KINDS: ReadonlyArray<[RegExp, PersonalDataKind]> = [
  [/^(?:微信|vx|wx)/i, "wechat"],
  [/^(?:qq|扣扣|企鹅)/i, "qq"],
  [/^(?:抖音|快手|小红书)/, "app_account"],
  [/^(?:护照|港澳通行证|社保卡)/, "document_number"],
];

const findSpacedAccounts: Matcher = (s) =>
  [...s.matchAll(SPACED_ACCOUNT)]
    .filter((m) => /\s/.test(m[2]))
    .map((m) => {
      const kind = (SPACED_ACCOUNT_KINDS.find(([word]) => word.test(m[1])) as [RegExp, PersonalDataKind])[1];
      const end = m.index + m[0].length;
      return { kind, start: end - m[2].length, end };
    });

/**
 * A number found after its word, then the numbers a list goes on with (、 和 …): `next` reads one at the start
 * of the `window` characters after the last, its group 1 the number.
 */
function withListed(s: string, first: Span, next: RegExp, window: number): Span[] {
  const spans = [first];
  for (let m = next.exec(s.slice(first.end, first.end + window)); m; m = next.exec(s.slice(spans[spans.length - 1].end, spans[spans.length - 1].end + window))) {
    const end = spans[spans.length - 1].end + m[0].length;
    spans.push({ kind: first.kind, start: end - m[1].length, end });
  }
  return spans;
}
const findQq: Matcher = (s) => [...s.matchAll(QQ)].map((m) => tailGroup(m, "qq"));

/**
 * Plates (GA 36-2018): province abbreviation, the issuing authority's letter, then 5 characters (6 for
 * new-energy vehicles), letters other than I and O, with at least one digit; 学/警/挂/领 plates end in that
 * character. A separator dot or space may follow the letter, and a space each character (粤B 7 2 6 K 9).
 */
const PLATE =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]\s?[A-HJ-NP-Za-hj-np-z][\s·•・.-]?(?=(?:[A-HJ-NP-Za-hj-np-z] ?){0,5}\d)[A-HJ-NP-Za-hj-np-z0-9](?: ?[A-HJ-NP-Za-hj-np-z0-9]){3,5}[学警挂领港澳]?(?![A-Za-z0-9])/g;

const findPlates: Matcher = (s) =>
  [...s.matchAll(PLATE)]
    .filter((m) => m[0].replace(/[\s·•・.-]/g, "").length >= 7)
    .map((m) => ({ kind: "licence_plate", start: m.index, end: m.index + m[0].length }));

// ───────────────────────────── addresses ─────────────────────────────

// In Chinese numerals a house number takes up to five characters (一百二十三号).
const NUM = "(?:\\d{1,5}|[一二三四五六七八九十百零〇]{1,5})";
/**
 * The parts of a building after the house number: 5幢, 2单元, 301室, 3号楼, 12层, Beijing's 2门 and a courtyard's 2排, a
 * flat's 东户, Taiwan's 8樓之3; a lettered block too (A座, B栋).
 */
const BUILDING_PART = `(?:${NUM}(?:-${NUM})?\\s?(?:号楼|号院|栋|幢|座|单元|层|楼|室|户|号|#|门|排|房)(?:[东西]户|之\\d{1,2})?|(?<![A-Za-z])[A-Za-z]\\s?(?:号楼|栋|幢|座|区|室))`;
/**
 * A room number written bare after the building parts (3单元501, 二单元三零一, Chongqing's floor and flat 3栋8-2, a
 * floor and a flat letter 3栋18A): not an
 * amount, a percentage or a year, nor a longer number or a count in Chinese numerals.
 */
const BARE_ROOM = "(?:\\s?-?(?:\\d{1,2}[A-H](?![A-Za-z\\d])|\\d{3,4}(?![\\d元%万年]|\\.\\d|,\\d{3}(?!\\d))|\\d{1,2}-\\d{1,3}(?![\\d元%万年-])|[零〇一二三四五六七八九]{3,4}(?![零〇一二三四五六七八九十百千万元年个人名位次岁])))?";
/** Building, unit and flat written as 5-2-301. */
const FLAT_SHORTHAND = "\\d{1,3}-\\d{1,2}-\\d{2,4}(?!\\d)";
/** Right after a house number the shorthand's room may be one digit too (南京北街206号3-2-1). */
const FLAT_AFTER_HOUSE = "\\d{1,3}-\\d{1,2}-\\d{1,4}(?!\\d)";
/**
 * A road, lane or village name's last character, then a house number: 中山西路123号, 文教路88弄3号, 黄泥村3组15号,
 * with its building parts (5幢2单元301室) or their shorthand (布政巷16号1-2-301), or an annex's number (长吉路12号附3号).
 */
const ROAD_NUMBER = new RegExp(
  `(?<=[路街巷弄道村里屯]|[路道街][东南西北中]|[路道街][东南西北中]段)(?:${NUM}\\s?(?:支弄|弄|巷|组|社|队)\\s?)?${NUM}(?:-${NUM})?\\s?号(?![楼院])(?:附${NUM}号)?(?:\\s?${BUILDING_PART}){0,4}(?:\\s?${FLAT_AFTER_HOUSE})?${BARE_ROOM}`,
  "g",
);
/** A road, then a building with its room: 渡口路1号楼301. */
const ROAD_BUILDING = new RegExp(`(?<=[路街巷弄道])${NUM}\\s?(?:号楼|号院|栋|幢|座)(?:\\s?${BUILDING_PART}){0,3}${BARE_ROOM}`, "g");
/** A Shanghai-style lane, then the building with no 号 (泰安中路271弄5幢302室). */
const ROAD_LANE = new RegExp(`(?<=[路街])${NUM}\\s?弄(?:\\s?${BUILDING_PART}){1,4}${BARE_ROOM}`, "g");
/** Two or more building parts on their own (…小区5幢2单元301室). */
// Not after 第 (第2排3座 is a seat).
const BUILDING_ONLY = new RegExp(`(?<!第)(?:${BUILDING_PART}\\s?){2,5}${BARE_ROOM}`, "g");
const ESTATE = "(?:小区|花园|公寓|新村|家园|苑|府|城|庭|大厦|广场|邸|湾|郡|社区|家属院|宿舍|山庄|公馆|村)";
/** After an estate's name (and its phase: 天合家园二期), one building part is enough (阳光小区12幢), and so is the shorthand 5-2-301. */
const ESTATE_BUILDING = new RegExp(`(?<=${ESTATE}(?:\\s?[一二三四五六七八九十\\d]{1,2}期)?\\s?)(?:${FLAT_SHORTHAND}|(?:${BUILDING_PART}\\s?){1,5}${BARE_ROOM})`, "g");

/**
 * After a word that introduces an address (住址, 家住, 户籍地址 …), the clause's first house number or flat,
 * whatever name comes before it (邵家渡188号, 湖滨名邸12-1-602): villages and estates have names no list of
 * suffixes covers. Only a number in digits written right after a Chinese character (an estate called 学府一号 is
 * no house number), and not a day (8月8号) or 第3号.
 */
const ADDRESS_WORD = "(?:住址|住所地?|家住|住在|住于|居住在?|现住|暂住|租住|户籍地址?|户籍所在地|家庭地址|通讯地址|送达地址|联系地址)";
const HOUSE = `(?:\\d{1,5}(?:-\\d{1,5})?\\s?号(?![楼院])(?:\\s?${BUILDING_PART}){0,4}(?:\\s?${FLAT_SHORTHAND})?${BARE_ROOM}|${FLAT_SHORTHAND}|(?:${BUILDING_PART}\\s?){2,5}${BARE_ROOM})`;
const AFTER_ADDRESS_WORD = new RegExp(`${ADDRESS_WORD}[：:为是]?[^，。；;,!！?？\\n]{0,30}?(?<=[\\u4e00-\\u9fff])(?<![月第])(${HOUSE})`, "g");

/**
 * What may stand between a house number and the flat in one address: the estate's or the building's name, maybe its
 * area (文三路477号华星科技大厦1208室, 经十路17703号鲁能领秀城12区6号楼…), not a clause's break or an organisation.
 */
const ESTATE_BETWEEN = /^[\u4e00-\u9fffA-Za-z\d]{1,12}$/;
const NOT_ESTATE = /幼儿园|学校|公司|医院|银行|机构|局|的/;

/** The parts of one address found apart (the house number, then the flat) become one hit with the estate between. */
function joinAddressParts(s: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    const between = last ? s.slice(last.end, span.start) : "";
    if (last && /[号弄]$/.test(s.slice(last.start, last.end)) && ESTATE_BETWEEN.test(between) && !NOT_ESTATE.test(between)) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

/**
 * A house or lane number, the estate's name, then one building part: 民族大道131号航洋国际3栋2208, 金桥路1399弄碧云东方公寓12号1201室
 * (two parts are found apart, then joined).
 */
const ROAD_ESTATE_FLAT = new RegExp(
  `(?<=[路街巷弄道]|[路道街][东南西北中])(${NUM}\\s?[号弄])([\\u4e00-\\u9fffA-Za-z]{2,12}?)(?:${BUILDING_PART}\\s?){1,5}${BARE_ROOM}`,
  "g",
);

const findAddresses: Matcher = (s) =>
  joinAddressParts(s, [
    ...[...s.matchAll(ROAD_ESTATE_FLAT)]
      .filter((m) => !NOT_ESTATE.test(m[2]))
      .map((m) => ({ kind: "address" as const, start: m.index, end: m.index + m[0].trimEnd().length })),
    ...[ROAD_NUMBER, ROAD_BUILDING, ROAD_LANE, BUILDING_ONLY, ESTATE_BUILDING].flatMap((re) =>
      [...s.matchAll(re)].map((m) => ({ kind: "address" as const, start: m.index, end: m.index + m[0].trimEnd().length })),
    ),
    ...[...s.matchAll(AFTER_ADDRESS_WORD)].map((m) => {
      const span = tailGroup(m, "address");
      return { ...span, end: span.start + m[1].trimEnd().length };
    }),
  ]);

// ───────────────────────────── dates of birth ─────────────────────────────

const CN_DIGIT = "[〇零○一二三四五六七八九十]";
/** A year: four digits, or two as people write them (21年5月出生; not the end of a longer number), or Taiwan's 民國109年. */
const YEAR = `(?:民国\\s?\\d{2,3}|\\d{4}|(?<!\\d)\\d{2}|${CN_DIGIT}{4})\\s?年`;
const MONTH = `(?:\\d{1,2}|${CN_DIGIT}{1,3})\\s?月`;
const DAY = `(?:\\d{1,2}|${CN_DIGIT}{1,3})\\s?[日号]`;
const MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/**
 * A full or partial date: 2019年5月12日, 2019年5月, 2019年, 5月12日, 2019-05-12, 2019/5/12, 2019.05.12, 20190512; with
 * the year last (05/03/2019, 5.3.2019), and in English (March 5, 2019; 5 March 2019).
 */
const DATE = `(?:${YEAR}(?:\\s?${MONTH}(?:\\s?${DAY})?)?|${MONTH}\\s?${DAY}|\\d{4}\\s?[-/.]\\s?\\d{1,2}(?:\\s?[-/.]\\s?\\d{1,2})?(?!\\d)|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}(?!\\d)|\\d{8}(?!\\d)|${MONTH_NAME}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}(?!\\d)|\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH_NAME}\\s\\d{4}(?!\\d))`;
/** After 生日 a day and month may be written as 5.12 or 05-12. */
const BIRTH_BEFORE = new RegExp(
  `(?:出生(?:日期|年月日?|时间|于|在)?|出世(?:纸写|纸|日期)?|生于|生日|诞生于|DOB|dob|[Bb]orn(?: on| in)?|[Dd]ate of birth|[Bb]irth ?date|[Bb]irthday)\\s?(?:[：:为是]{1,2}|是在|[？?]\\s?答[：:])?\\s?(${DATE}|\\d{1,2}[-/.]\\d{1,2}(?![\\d.]))`,
  "g",
);
/**
 * A date of the Chinese calendar, as rural families give a child's birthday: 2021年腊月初八, 农历2020年十月廿三,
 * 2022年农历三月十五 (the word 农历 is kept out of the date).
 */
const LUNAR_DATE = `(?:${YEAR}\\s?(?:农历)?)?(?:正|冬|腊|${CN_DIGIT}{1,2})月\\s?(?:初[一二三四五六七八九十]|[十廿][一二三四五六七八九]?|二十|三十)`;
/**
 * A date right before 出生 (or 生 that is not 生效/生产/生活 …), before where it happened (2021年7月19日在新加坡出生), or before
 * the age the child turns then (3月15号满4岁).
 */
const BIRTH_AFTER = new RegExp(`(?:${DATE}|${LUNAR_DATE})(?=\\s?(?:(?:在|于)[\\u4e00-\\u9fff]{1,12}?)?(?:出生|出世|生(?![效产活成病意])|满\\s?[\\d一二三四五六七]\\s?周?岁))`, "g");

const findBirthDates: Matcher = (s) => [
  ...[...s.matchAll(BIRTH_BEFORE)].map((m) => tailGroup(m, "birth_date")),
  ...[...s.matchAll(BIRTH_AFTER)].map((m) => ({ kind: "birth_date" as const, start: m.index, end: m.index + m[0].length })),
];

// ───────────────────────────── personal names ─────────────────────────────

/** Compound surnames (复姓). 长孙 and 第五 are left out: 家长孙… and 第五条 are far more common. */
const COMPOUND_SURNAMES = new Set(
  // 长孙 is also the eldest grandson: ambiguous (AMBIGUOUS_SURNAMES).
  ("长孙 欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 宇文 司徒 夏侯 轩辕 令狐 独孤 南宫 西门 端木 百里 呼延 钟离 宗政 澹台 公冶 太史 申屠 闻人 赫连 万俟 濮阳 淳于 单于 拓跋 左丘 东郭 司空 仲孙 羊舌 微生 梁丘 乐正 即墨 " +
    // Japanese surnames of two characters, as foreign teachers' names are written (佐藤美咲, 田中优子); not those
    // that are words or places here (中村, 小林, 山口, 前田).
    "佐藤 铃木 高桥 田中 渡边 伊藤 山本 加藤 吉田 山田 松本 井上 木村 清水 山崎 池田 桥本 石川 中岛 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 藤井 冈本 藤原 松田 竹内 宫崎 宫本 野口 武田").split(" "),
);

/**
 * Single surnames: the ~300 most common (the great majority of China's population), and a few common in
 * Zhejiang (贝 翁 励 柏 应 章 诸 宣), Korean 朴 and 玄, and 计 (经办人：计红梅; ambiguous, as 应), and 巴 (家长巴金平), and 沙
 * (家长沙溢; ambiguous, for 沙画, 沙发) with a few rare ones that are no words (禹 嵇 昝 亓 辜 檀), and 粘 (Taiwanese and
 * Fujianese; 粘贴 is in NOT_NAMES), the rare 雒 仉 亢 佴 甯 缑 郏 笪 眭 芶 冶 (冶金 and 冶炼 are in NOT_NAMES) and the ambiguous 续 and 乌
 * (继续, 续费, 乌鲁木齐), 尚 (园长尚德明; 尚未 is in NOT_NAMES), the Hui and Dongxiang surnames 纳 虎 撒, 况 of
 * Chongqing and 吉 (ambiguous: 缴纳, 老虎, 情况, 吉林), Shandong's and the North-east's 綦 栾 隋 鞠 逄 and 修 初 宫 郎 富 那,
 * and 竺 粟 母 权 惠 阳 党 水 (the ambiguous ones: 修改, 初步, 富有, 那个, 母亲, 权利, 普惠, 阳光, 党员, 水费). Characters that are much more often a word than a surname in these narratives
 * (会 代 表 路 班 都 经 其 …) are left out (路 区 代 种 南 are read after a role only: ROLE_ONLY_SURNAMES); 应, 成, 诸
 * and 宣 are in, as ambiguous surnames (below).
 */
const SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柴牛庞樊殷聂葛温兰蓝伍安俞倪祝包季鲁麦詹欧单齐尤柯项纪裴邢童梅盛凌翟宁游靳岳甘左申卓焦屈鲍祁阮谷符丛仇卜芦管关佟霍穆车滕华耿解舒蒙邬苗饶连涂明占景房冉桂宫储时颜姬全米查柳窦毕郎喻刁商晏杭荣农冷佘阙宗司习简和巫闵卞戚骆雍湛栾花娄伏隋苟寇鞠漆缪揭晋练厉虞原井幸曲师桑栗边奚封强楚廉岑敖狄凤苑蔺荆褚臧甄鄢晁邝隆艾池茅谈古巩牟芮戈匡庄瞿蒲邰鄂屠阴郁胥苍闻党贡逄扶堵宰郦濮扈燕冀浦茹宦容慎庾暨衡弘禄殳沃蔚夔厍勾訾阚毋乜丰巢蒯竺逯桓裘楼钮忻麻仲戎冼粟谌荀邸伊帅植宓郜郗隗仝靖乐贝翁励柏应成章诸宣朴计巴沙禹嵇昝亓辜檀粘玄尚纳虎撒况吉綦栾隋鞠逄竺粟修初宫郎富那母权惠阳党水雒仉亢佴甯缑郏笪眭芶冶续乌",
);

/**
 * Surnames that are also everyday words (向园方反映, 于是, 和孩子, 时常, 缴纳, 情况): after one of them a name is
 * only accepted when a boundary or a typical next word follows it.
 */
const AMBIGUOUS_SURNAMES = new Set([..."向于和将时全同高方安常成明文原平单商华关管都应诸宣计沙纳虎撒况吉修初宫郎富那母权惠阳党水续乌", "长孙"]);
/** What may follow a name whose surname is ambiguous. */
const AFTER_NAME = /^(?:$|[\s，。、；：！？,.;:!?（()）”"’'」』】_/]|的|反映|称|说|表示|向|在|于|已|曾|也|都|因|等|和|与|及|老师|妈妈|爸爸|家长|同学|小朋友|园长|校长|女士|先生|会计|出纳|阿姨|本人|个人|起草|负责|担任|签字|签名|承认|提供|出具|经手|确认|证实|代收|代交|代缴|代为|代付|代领|收|领|去|办理|告知|另|签收|[两二三四五几]位|[你您]好|[你您]家|垫|兄弟|姐妹|兄妹|姐弟|之[女子妻夫母父兄弟姐妹]|通过|丈夫|妻子|给[^予]|指示|夫妇|夫妻)/;

/**
 * Characters that do not occur in given names but start the words that follow a name or a role: particles,
 * verbs of reporting, places, money and titles (王老师 is a surname only, 家长们 no name at all).
 */
const NOT_GIVEN =
  "的了在是和与及等们说称也都已曾因对向于被把给从将就还又很不没这那其此该某每各个些么呢吗吧啊呀哦你我他她它您园班费年日号区市省县镇乡村路街巷校所局委厅站院反表投举要告提询问拨打联缴交付退收支到去来带送接找让请多未通拒答发转指负并且而或以跟体课级名位讲老师妈爸朋孩女姨阿先同主任总经会计出纳医叔伯舅姑嫂哥姐弟兄系科处股职员工面后前上下内外里间时候次回共额价钱款项目期叫担兼" +
  // 主任由家长…, 说明由副园长…, 现任执行园长: words after 任 or 明 read as a surname, rare in given names.
  "由副执" +
  // Cantonese 话 (says): 麦太话….
  "话" +
  // 家长白宇住南开区: 住 starts where one lives; 收款方为园长…: 为 is the verb; 蔡明哲两兄弟: 两 counts them; 韩国籍,
  // 俄罗斯籍: a nationality.
  "住为两籍";
const NOT_GIVEN_SET = new Set(NOT_GIVEN);
/**
 * Words (or places) of these narratives, not names, as a whole candidate or as its given part (和儿子);
 * doubled kin words are not pet names.
 */
const NOT_NAMES = new Set(
  // 新生 (2025年秋季新生, 向新生收取) and 进入 (…项进入) are words after a surname-like character, not given names; 阿拉 is
  // Shanghainese for "we" (阿拉囡囡), no 阿 and a given name.
  ("阿拉 新生 进入 英文 中文 安心 平安 开心 毕业 毕业照 毕业班 毕业季 毕业生 阳光 初步 初次 初期 初中 初始 初心 那个 那些 那天 那里 那时 母亲 母婴 权利 权益 权力 党员 党建 党组 修改 修订 修正 富有 " +
    "尚未 尚且 尚可 尚需 尚有 尚在 尚无 尚不 尚存 尚属 儿子 女儿 孩子 孙子 孙女 幼儿 儿童 学生 学员 小孩 家长 教师 一直 一起 一般 一定 一些 一共 一次 明天 明白 武术 陶艺 花艺 单亲 楼下 楼上 楼层 楼道 楼梯 仲裁 乐意 乐园 乐器 乐高 乐观 时常 时间 同时 全体 全部 全额 高于 高额 方式 方便 方法 方案 安全 安排 安置 原因 原价 常规 常见 成本 成为 明确 明细 明显 明年 文件 文明 文字 于是 金额 黄金 余额 余款 余下 关于 关系 关键 管理 平时 平均 单独 单价 单方 商量 商议 商品 任意 任何 任课 许多 周末 周一 周二 周三 周四 周五 周六 周日 周期 何时 何况 马上 罗列 高中 郑重 董事 杜绝 程序 范围 陆续 钟点 付费 付出 白天 万一 钱财 钱数 严格 严重 莫名 易于 施工 温馨 包括 包含 季度 齐全 尤其 项目 纪律 童年 凌晨 宁可 游戏 游泳 左右 申请 申报 符合 车辆 车费 车牌 车位 车上 车内 车里 解决 解释 舒适 连续 连忙 涂改 景区 房租 房屋 时段 时长 颜色 全年 全园 全面 查询 查看 查实 查明 毕业 农村 宗旨 司法 习惯 简单 简称 和解 花费 师资 封闭 强制 强行 谈话 谈判 夏天 夏季 石头 苏州 温州 兰州 沈阳 武汉 甘肃 韩国 江南 蒙古 天天 常常 刚刚 渐渐 慢慢 每每 往往 仅仅 偏偏 明明 同学 同事 同志 同样 同意 同期 奶奶 爷爷 姥姥 姥爷 哥哥 姐姐 弟弟 妹妹 叔叔 婆婆 公公 舅舅 姑姑 伯伯 宝宝 好好 多多 万万 小学 小时 小组 小区 小额 小型 小于 小部 纷纷 人人 家家 个个 " +
    // Words that start with the ambiguous surnames 应, 成 and 宣 (应由家长, 成立的公司, 宣传) or the new ones (励志, 柏油).
    "应由 应当 应该 应予 应按 应为 应先 应如 应一 应减 应指 应通 应进 应公 应执 应载 应商 应急 应用 应聘 应届 应邀 应诉 应有 " +
    "成立 成功 成绩 成长 成果 成熟 成年 成交 成品 成套 成员 成人 成效 成都 成型 励志 柏油 贝壳 翁婿 宣传 宣布 宣读 宣告 宣判 宣讲 诸如 诸多 " +
    "计划 计算 计入 计费 计时 计收 计量 计价 计息 计提 朴素 朴实 马拉松 尤克里 " +
    // Words before 妈妈/爸爸 that name no child (新手妈妈, 二胎妈妈).
    "新手 二胎 三胎 二宝 大宝 全职 职场 单身 年轻 董事长 小子 " +
    // A bank's short name in brackets after an account (（农行）), 毕竟 before 是, and what one is told to be
    // (叫他小心) after 叫她/叫他.
    "农行 农商 毕竟 小心 小声 小点 钱包 同龄 " +
    // What a parent does after 家长 (家长陈述：…, 家长申诉).
    "陈述 申诉 " +
    // 仅向部分家长 (向 read as a surname before the title 家长), 投诉人原话：.
    "部分 原话 多数 少数 个别 " +
    // 师傅说… (师 and 傅 read as a surname and a given name), 农户 1200元.
    "师傅 农户 " +
    // 责任人为园长 (任 read as a surname before the title 园长), 责任人员.
    "人为 人员 " +
    // Cities of three characters that start with a surname, named without 市 (连云港于2025年…).
    "张家港 张家口 张家界 石家庄 连云港 马鞍山 秦皇岛 石嘴山 平顶山 武夷山 井冈山 " +
    "粘贴 粘土 粘合 粘胶 乌鲁 乌镇 续签 续约 续租 续办 续保 续报 续读 续缴 续住 冶金 冶炼 " +
    // Words that end as pet names do (nicknameAt: 涵宝, 浩仔).
    "淘宝 元宝 珠宝 国宝 法宝 财宝 牛仔 猪崽").split(" "),
);
/** After a name candidate, a place or institution suffix means it was a place name (宁波市, 江北区). */
const PLACE_SUFFIX = /^(?:[市区县省镇乡村街路道巷园校所局委厅站院幼]|新区|新城)/;
/** …unless the suffix's character starts a title or a word that follows a person (园长, 所在, 委托). */
const NOT_PLACE_AFTER_NAME = /^(?:园长|校长|院长|所长|局长|站长|村长|所在|所说|所述|所称|所有|所附|所交|所提|所缴|委托)/;

/**
 * An organisation's name goes on (户名：金色童年幼儿园, 举办者是宁波蓝精灵教育科技有限公司): the "name" was the start of the
 * organisation's.
 * A particle or verb in between (王某在星星幼儿园, 王某反映…幼儿园, 金涛系宁波港集团职工) means a person and a
 * place after all.
 */
/** The banks people name before an account: 工商银行, 中国农业银行. */
const BANK_NAMES = "中国|工商|建设|农业|中国农业|中国工商|中国建设|交通|招商|邮政储蓄|邮储|浦发|民生|兴业|光大|中信|华夏|平安|广发";
const ENTITY_AHEAD =
  /^(?:(?![的在就于到向与和及等对把被给是为系去来从反称说表投举要均]|通过|经过|使用|利用)[\u4e00-\u9fff]){0,6}?(?:幼儿园|公司|学校|中心|机构|集团|协会|银行|支行|分行|医院|委员会|事务所)|^(?:(?![的在就于到向与和及等对把被给是为系去来从反称说表投举要均])[\u4e00-\u9fff]){0,10}?有限(?:责任)?公司/;
/**
 * …unless the name holds the account at that bank (退入家长陈志强名下工商银行卡, 陈志强建设银行卡, 梁志坚个人银行账户): whose
 * account, or a bank that no one's name begins.
 */
const HOLDER_AHEAD = new RegExp(`^(?:以|用|通过)?(?:的|个人|名下|名义)*(?:(?:${BANK_NAMES})银行|银行(?:卡|账户|账号|帐户))`);
const isGivenChar = (ch: string | undefined): boolean => isHan(ch) && !NOT_GIVEN_SET.has(ch as string);

/** What ends in 长 before a name: 家长, 园长, 校长, 班长, 组长, 所长 …. */
const LEADER_WORD_START = new Set("家园校班组队部市县镇村院所局科处站社事学兄师首区乡");
/** The length of the surname at i (2 for a compound surname), or 0. */
function surnameAt(s: string, i: number): number {
  // 家长孙浩, 园长孙丽: the 长 of a role, then the surname 孙.
  if (COMPOUND_SURNAMES.has(s.slice(i, i + 2)) && !(s[i] === "长" && i > 0 && LEADER_WORD_START.has(s[i - 1]))) return 2;
  return SURNAMES.has(s[i]) ? 1 : 0;
}

/**
 * Where the scan in progress dropped a space between Chinese characters (see `Normalised.gaps`). Set by
 * `scanPersonalData` for the length of one synchronous scan, so the matchers keep their one-argument shape.
 */
const NO_GAPS: ReadonlySet<number> = new Set();
let spaceGaps = NO_GAPS;

/**
 * Whether a space stood before the name's last character while not between all of them: in a form or a chat
 * typed without punctuation a space ends a name (收款人：刘芳 开户行, 户名 周敏 备注, 叫柳琴 管钱的), while a name
 * spaced out character by character (王 小 明) is one name.
 */
function spaceBeforeLast(start: number, end: number): boolean {
  if (!spaceGaps.has(end - 1)) return false;
  for (let k = start + 1; k < end - 1; k++) if (!spaceGaps.has(k)) return true;
  return false;
}

/**
 * Words that start on a name's last character when the name has one given character only: the listed names'
 * 均 (赵磊均证实 is 赵磊 and 均证实), the officer's verbs (张静制作, 证实), a form's 开户/备注, the contact that
 * follows it (教务杨春微信Yangch, 杨春电话…).
 */
const WORDS_AFTER_NAME = new Set(
  (
    "均为 均系 均称 均表 均证 均已 均未 均在 均向 均是 均于 均曾 均有 均不 均要 均反 均承 均确 均认 均同 证实 证明 开户 备注 " +
    "制作 签字 签名 签收 承认 承担 承诺 承办 承包 承租 承接 确认 陈述 介绍 担任 持有 到场 核实 参与 陪同 书写 认可 认为 供述 辩称 出具 代收 代交 代缴 微信 电话 手机 邮箱"
  ).split(" "),
);

/**
 * Given names that are also doubled everyday words (多多, 天天, 明明: NOT_NAMES has them, as 家长天天催 is no
 * name), or doubled characters no given name uses alone (园园 of 陈园园老师): after a surname and before a break or a name's next word they are a name (财务人员钱多多, 赵某某和钱多多).
 */
const DOUBLED_GIVEN_NAMES = new Set(["多多", "天天", "明明", "园园", "一一"]);
/** A fee named after whose it is, as a transfer's note writes it (潘多多学费): a name's next word too. */
const FEE_AFTER_NAME = /^的?(?:学费|保教费|保育费|托费|园费|餐费|伙食费|杂费|住宿费|兴趣班费|费用)/;

/** Whether s[start, end) is acceptable as surname + given name, judged also by what follows. */
function acceptName(s: string, start: number, surname: number, end: number): boolean {
  const given = end - start - surname;
  if (given < 1 || given > 2) return false;
  if (spaceBeforeLast(start, end)) return false;
  const doubled =
    DOUBLED_GIVEN_NAMES.has(s.slice(start + surname, end)) &&
    (AFTER_NAME.test(s.slice(end, end + 3)) || AFTER_GIVEN_NAME.test(s.slice(end, end + 2)) || FEE_AFTER_NAME.test(s.slice(end, end + 6)) || spaceGaps.has(end));
  if (!doubled) for (let k = start + surname; k < end; k++) if (!isGivenChar(s[k])) return false;
  if (NOT_NAMES.has(s.slice(start, end)) || (!doubled && NOT_NAMES.has(s.slice(start + surname, end)))) return false;
  // 母亲孙丽: a role (母亲, 党员) then the name, not a name starting with the role's surname-like character; nor a role
  // alone (司机 before a driver's ID in a staff list: 司 is a surname).
  if ((end - start > 2 && ROLE_WORDS.has(s.slice(start, start + 2))) || ROLE_WORDS.has(s.slice(start, end))) return false;
  // 家长包括何先生: 包括 and 包含 introduce a list and start no name (包 is a surname).
  if (/^包[括含]/.test(s.slice(start, start + 2))) return false;
  // 当事人石家庄市…: not 石家, the start of a city of three.
  if (end - start === 2 && NOT_NAMES.has(s.slice(start, start + 3))) return false;
  if (given === 2 && WORDS_AFTER_NAME.has(s.slice(end - 1, end + 1))) return false;
  // 宁波市 is a place; 施建飞园长, 冯立国所长, 夏明辉所在单位, 童丽娜委托 are a name and the next word.
  if (PLACE_SUFFIX.test(s.slice(end, end + 2)) && !NOT_PLACE_AFTER_NAME.test(s.slice(end, end + 2))) return false;
  if (ENTITY_AHEAD.test(s.slice(end, end + 18)) && !HOLDER_AHEAD.test(s.slice(end, end + 18))) return false;
  // 张家长, 王家长们: the surname, then the title 家长; 张青夫妇: the name, then the title 夫妇.
  if (s.slice(start + surname, end + 1).includes("家长")) return false;
  if (given === 2 && titleStartsAt(s, end - 1)) return false;
  // 家长王小姐, 家長陳太 (Hong Kong's Mrs): a surname and a polite title, not a name of one given character.
  if (given === 1 && (titleStartsAt(s, end - 1) || (s[end - 1] === "太" && !isGivenChar(s[end])))) return false;
  // A space typed after the name is a boundary too (经办人：计红梅 身份证…), though the copy drops it.
  // A doubled given name is no function word's sequel (副园长方丽丽起草).
  const doubledGiven = given === 2 && s[end - 1] === s[end - 2];
  // 安 晓 露: a name spaced out character by character is meant as one, whatever its surname and what follows.
  const spacedOut = [...Array(end - start - 1).keys()].every((k) => spaceGaps.has(start + 1 + k));
  if (AMBIGUOUS_SURNAMES.has(s.slice(start, start + surname))) return AFTER_NAME.test(s.slice(end, end + 3)) || spaceGaps.has(end) || doubledGiven || spacedOut;
  return true;
}

/** A name starting at i (surname + one or two given characters, the longer when acceptable): its end, or -1. */
function nameAt(s: string, i: number): number {
  const surname = surnameAt(s, i);
  if (surname === 0) return -1;
  for (const given of [2, 1]) {
    const end = i + surname + given;
    if (end <= s.length && acceptName(s, i, surname, end)) return end;
  }
  return -1;
}

/**
 * After a child's or a kin word, a name whose given name starts with 以 (何以琛, 李以沫, 陈以诺: common for children born
 * since 2015), which nameAt refuses as the function word it mostly is: its end, or -1. Only before a break or a
 * name's next word.
 */
function childNameWithYiAt(s: string, i: number): number {
  const surname = surnameAt(s, i);
  if (surname === 0 || s[i + surname] !== "以" || !isGivenChar(s[i + surname + 1])) return -1;
  const end = i + surname + 2;
  return AFTER_NAME.test(s.slice(end, end + 3)) ? end : -1;
}

/** A name ending at end (before a title such as 老师): its start, or -1. Longest plausible first. */
function nameEndingAt(s: string, end: number): number {
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    const surname = surnameAt(s, start);
    if (surname === 0 || length - surname < 1) continue;
    // 和张明老师: a function-word surname followed by a surname is the word, then the name.
    if (length === 3 && surname === 1 && AMBIGUOUS_SURNAMES.has(s[start]) && surnameAt(s, start + 1) > 0) continue;
    // 班主任徐老师, 保安李老师: a role whose last character is a surname, then a surname and the title.
    if (length === 2 && surname === 1 && surnameAt(s, start + 1) > 0 && roleEndsAt(s, start + 1)) continue;
    if (acceptName(s, start, surname, end)) return start;
  }
  return -1;
}

/** A surname and one or two given characters ending at end, whatever follows (see NUMBER_AFTER_NAME): its start, or -1. */
function bareNameEndingAt(s: string, end: number): number {
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || surnameAt(s, start) !== 1 || AMBIGUOUS_SURNAMES.has(s[start]) || NOT_NAMES.has(s.slice(start, end))) continue;
    if ([...s.slice(start + 1, end)].every((ch) => isGivenChar(ch))) return start;
  }
  return -1;
}

/**
 * Surnames left out of SURNAMES as they are mostly words here (路 of every address, 区, 代, 种, 南, 普 of 普惠), read as one right
 * after a role or in a list of names only (其妻路晓燕, 财务区志强, 出纳代红梅, 家长路遥、种立新, 家长玄英男、南明哲), and not
 * before the words they start (家长路过门口, 家长代理人, 园长区分, 各种类, 家长南京).
 */
const ROLE_ONLY_SURNAMES: Readonly<Record<string, string>> = {
  路: "过上边口费线程途段面由",
  区: "域分别间内外级委政县镇长划属",
  代: "表收缴交付为理办购管替价课码扣领签垫写",
  种: "类植子田草地",
  南: "京方部面北宁昌通阳宫山海湖充岸边侧门站区",
  普: "惠通及查遍法照洱",
};

function roleOnlySurnameNameAt(s: string, i: number): number {
  if (!(s[i] in ROLE_ONLY_SURNAMES) || ROLE_ONLY_SURNAMES[s[i]].includes(s[i + 1])) return -1;
  for (const given of [2, 1]) if (acceptName(s, i, 1, i + 1 + given)) return i + 1 + given;
  return -1;
}

/** Whether one of the roles (班主任, 主管, 厨师) ends at end. */
function roleEndsAt(s: string, end: number): boolean {
  for (let length = 2; length <= 5 && length <= end; length++) if (ROLE_WORDS.has(s.slice(end - length, end))) return true;
  return false;
}

/** The endings of a pet name after a given character: 涵宝, 浩仔, 乐崽 (not 淘宝 or 牛仔: NOT_NAMES). */
const PET_NAME_ENDINGS = new Set("宝仔崽");

/** Children's pet names: 乐乐 (a doubled character), 小宝, 阿明, 涵宝, and with the diminutive 儿 (小鱼儿, 豆豆儿). */
function nicknameAt(s: string, i: number): number {
  const a = s[i];
  const b = s[i + 1];
  if (!isHan(a) || !isGivenChar(b)) return -1;
  const doubled = a === b && !NOT_GIVEN_SET.has(a);
  const ending = PET_NAME_ENDINGS.has(b) && isGivenChar(a);
  // 小红书 and 小程序 are an app and a mini program, no 小红.
  if (!(doubled || ending || a === "小" || a === "阿") || NOT_NAMES.has(a + b) || /^(?:书|程序)/.test(s.slice(i + 2, i + 4))) return -1;
  if (s[i + 2] === "儿") return i + 3;
  return PLACE_SUFFIX.test(s.slice(i + 2, i + 4)) || s[i + 2] === "班" ? -1 : i + 2;
}

/**
 * Characters that start what is said of a child (孩子入学, 女儿哭闹, 孩子家长, 孩子自己, 幼儿人数), not a given
 * name written alone.
 */
const NOT_GIVEN_NAME_START = new Set(
  "吃喝哭笑睡玩入上放生病发回走跑学读写看听闹受伤感咳拉摔午洗换穿家自人保现目今昨已经总从都还身情成表数费教老本父爸其同年名姓性户托报班座有没最更再又基正当中衣书辅早晚",
);
/** What follows a given name written alone: a break, or the next word of the sentence (妻子翠浓一次性缴纳). */
const AFTER_GIVEN_NAME = /^(?:$|[\s，。、；：！？,.;:!?（()）]|在|的|今年|回|大名|小名|全名|学名|于|是|和|与|也|被|已|刚|曾|就|都|还|又|一次|缴|交|付|支付|转|把|向|给|去|到|带|来|说|称|反映|表示|从|要|让|跟|对|将|拿|收|签|填|办|所述|所说)/;

/** A given name written without the surname after a kin or naming word (女儿欣怡在中二班): two name characters and a break. */
function givenNameAt(s: string, i: number): number {
  const name = s.slice(i, i + 2);
  if (!isGivenChar(name[0]) || !isGivenChar(name[1]) || NOT_GIVEN_NAME_START.has(name[0]) || NOT_NAMES.has(name)) return -1;
  return AFTER_GIVEN_NAME.test(s.slice(i + 2, i + 4)) ? i + 2 : -1;
}

const nicknameEndingAt = (s: string, end: number): number =>
  end >= 2 && nicknameAt(s, end - 2) === end ? end - 2 : end >= 3 && nicknameAt(s, end - 3) === end ? end - 3 : -1;

const alternation = (words: string): string => words.split(" ").sort((a, b) => b.length - a.length).join("|");
/**
 * Verbs of reaching a person (找到了王丽, 约谈了赵国强, 询问王芳, 找蒋丽 或者…): the name must end at a break (a typed space
 * too) or a name's next word (找到了证据 has none), as the object may be anything.
 */
const CONTACT_VERBS = "找到了 找到 找了 找 联系了 联系上 联系 约谈了 约谈 询问了 询问 通知了 告知了 举报了 投诉了 见到了";
const CONTACT_VERB_SET = new Set(CONTACT_VERBS.split(" "));
/** Roles after which a pet name (阿芳, 小雨) may stand for a grown-up too: what people call someone. */
const CALLED_ROLES = new Set(["叫她", "叫他"]);
/** Words for one's own child or spouse (女儿, 妻子): a given name alone after them is a name. */
const KIN_WORDS = "儿子 女儿 闺女 孙子 孙女 外孙 外孙女 宝宝 妻子 丈夫 爱人 老公 老婆 其妻 其夫 配偶 其子 其女 小女 犬子 爱女 爱子";
/** Words that introduce a name (姓名, 名叫, 我叫): whatever name follows, a given name alone or one in Latin letters. */
const NAMING_WORDS = "姓名 名字 真名 本名 原名 名叫 名为 叫做 叫作 名字叫 名字是 化名 我叫 他叫 她叫 大名 学名 全名 叫什么 实名 中文名 英文名";
/** Roles after which Chinese narratives write a person's name: 家长王某, 投诉人张某, 园长李某. */
const ROLES = alternation(
  "家长 代表 我是 助理 人员 工作人员 园医 保洁员 门卫 来电人 来访人 信访人 反映人 自称 本人 证人 受害人 孩子 其子 其女 之子 之女 子女 其父 其母 之父 之母 幼儿 学生 学员 小孩 宝贝 同学 小朋友 患儿 老师 教师 班主任 园长 副园长 执行园长 校长 保育员 保健医 厨师 保安 司机 阿姨 举报人 投诉人 申请人 当事人 被投诉人 监护人 联系人 代理人 委托人 法定代表人 法人代表 法人 负责人 举办者 举办人 实际控制人 控制人 投资人 合伙人 股东 秘书 主管 经理 老板 出纳 会计 财务 经办人 经手人 律师 收款人 付款人 缴费人 交款人 汇款人 转账人 户名 开户人 持卡人 职工 员工 教职工 父亲 母亲 爸爸 妈妈 奶奶 爷爷 外婆 外公 姥姥 姥爷 前妻 前夫 女婿 儿媳 媳妇 岳父 岳母 公公 婆婆 舅舅 姑姑 叔叔 伯伯 哥哥 姐姐 弟弟 妹妹 表哥 表姐 表弟 表妹 堂哥 堂姐 侄子 侄女 外甥 外甥女 亲戚 朋友 同事 邻居 自然人 他爸 她爸 他妈 她妈 你家 我家 他家 她家 签名 署名 落款 签字人 " +
    // The formal record's parties (被询问人, 陈述人), a receipt's or a register's holders (缴款人, 户名称, 车主,
    // 业主), staff named by their job (外教, 医生), a child by its age (4岁的朵朵).
    "被询问人 被调查人 被检查人 陈述人 见证人 报案人 缴款人 接送人 户名称 车主 业主 户主 持有人 外教 医生 保健医生 岁的 " +
    // A hearing's and a record's officers (听证主持人：钱卫东, 记录员, 询问人：虞明、窦晨), a transfer's payer (付款方),
    // a physician (保健医师柯慧玲: 医师, not 保健医 and a 师 read as a surname), a refund's recipient (退给（郭子墨）).
    "主持人 记录员 记录人 询问人 检查人 调查人 付款方 医师 保健医师 退给 退还给 退款给 " +
    // An organisation's officers (理事长, 董事长, 出资人), more staff, a child's parent as chats name them (孩子爸,
    // 宝妈, 我先生), whom the money was handed to (转给, 交给了).
    "理事长 理事 董事长 执行董事 监事 出资人 发起人 创办人 办学者 经营者 收费员 收银员 驾驶员 跟车员 幼师 教练 组长 " +
    "儿童 男孩 女孩 男童 女童 孩子爸 孩子妈 孩爸 孩妈 娃爸 娃妈 宝爸 宝妈 我先生 她先生 其先生 " +
    "转给 交给 付给 打给 汇给 转账给 支付给 转交给 转给了 交给了 付给了 转账给了 支付给了 打给了 汇给了 被处罚人 受托人 收款方 " +
    // Whom a payment or a complaint is about (付款对象：黎明, 投诉对象：温碧霞).
    "付款对象 收款对象 投诉对象 举报对象 " +
    // A forum's or a message board's writer (——楼主冼慧敏, 留言人任思琪：), whom a party sent (其委托的吕子健), a chat's
    // staff by their office (园务-曾丽：).
    "楼主 层主 发帖人 留言人 来信人 委托的 园务 教务 招生办 后勤 助教 他爹 他老汉 " +
    // Who a record says someone is (村民王铁柱, 澳门居民梁咏诗, 台胞黄志明, a 12345 work order's 诉求人), whom a payment
    // went to (付款给 白志刚), and aunts (小姨钱晓雯).
    "村民 居民 台胞 诉求人 付款给 小姨 大姨 姨妈 姑妈 舅妈 " +
    // Who called a hotline (市民司马悦然来电, 群众, 网友, 12315's 消费者), and the officer a reply names (请联系承办人吕强).
    "市民 群众 网友 消费者 承办人 办案人员 执法人员 受理人 " +
    // A hearing's and an investigation's people (听证员：沈玉洁, 调查人员：富春华), a register's checkers (制表：, 核对人：, 审核：,
    // 经手：, 监督：), a parents' committee's members (家委会的高雪).
    "听证员 调查人员 检查人员 制表 核对人 审核 经手 监督 家委会的 " +
    // A news item's byline (记者 韩立冬, 通讯员 单磊).
    "记者 通讯员 实习生 " +
    // A message's own signature after 联系我 (联系我：吴晓东，+86 …).
    "联系我 " +
    // Whom a message sends along (明天你和许家豪去…).
    "你和 我和 他和 她和 " +
    // Cantonese (我系 for 我是, 阿妈, my son 个仔 and daughter 个女), what a parent says on the phone (我就是熊倩), a
    // parents' committee (家委会Vicky Song), staff by their office (人事聂思远).
    "我系 阿妈 阿爸 个仔 个女 我就是 家委会 人事 " +
    // A transfer's note, which names whose fee it pays (备注写的是“潘多多学费”), and a form's signatures (经办：武松  复核：林冲).
    "备注 附言 经办 复核 复核人 审核人 制表人 填表人 开票人 领款人 签收人 " +
    "娃 俺家 咱家 大宝 二宝 三宝 小子 岁半的 " +
    // Who a parcel or a refund went to (收件人：许晴), a spouse (园长夫人柳琴), what people call someone (都叫她阿芳).
    "收件人 寄件人 收货人 夫人 太太 叫她 叫他 我们家 咱们家 俺们家 " +
    // A relative or a committee's member (举办者亲属贺建平, 家委会成员（范丽、…）), a sibling or spouse after 之/其
    // (园长郭丽萍之妹郭丽娜).
    "亲属 家属 成员 委员 之妹 之姐 之兄 之弟 之妻 之夫 其妹 其姐 其兄 其弟 " +
    // Staff by a job title of their own (出纳员刘婷婷, 采购员钟伟, 司机师傅秦大勇, 家委会主任何平), a chat group's
    // owner (群主是 赵红英).
    "出纳员 会计员 采购员 保管员 接待员 文员 师傅 司机师傅 厨师长 主任 群主 管理员 " +
    // A judgment's parties and bench (原告杨丽娟，女, 返还原告孙明亮, 审判长：林志明, 书记员：陈美玲), and whoever an
    // inspection's 通报 makes answer for the rectification (整改责任人：蒋文斌（举办者）, 直接责任人).
    "原告 被告 上诉人 被上诉人 第三人 审判长 审判员 陪审员 人民陪审员 书记员 法官助理 执行员 责任人 " +
    KIN_WORDS + " " + NAMING_WORDS + " " + CONTACT_VERBS,
);
const ROLE_WORDS = new Set(ROLES.split("|"));
/** The roles after which a given name alone is a name (女儿欣怡, 妻子翠浓, 名字叫思琪). */
const GIVEN_NAME_ROLES = new Set(`${KIN_WORDS} ${NAMING_WORDS}`.split(" "));
/** Roles whose name may be a child's pet name. */
const CHILD_ROLES = new Set("其子 其女 个仔 个女 我们家 咱们家 俺们家 孩子 幼儿 学生 学员 小孩 宝宝 宝贝 儿子 女儿 孙子 孙女 外孙 外孙女 同学 小朋友 患儿 你家 我家 他家 她家 岁的 儿童 男孩 女孩 男童 女童 闺女 娃 俺家 咱家 大宝 二宝 三宝 小子 岁半的".split(" "));
/**
 * Where a role starts (a lookahead, so overlapping roles are all seen: 其女儿 is 其女 and 女儿), and the
 * separator that may follow it.
 */
const ROLE_START = new RegExp(`(?=(${ROLES}))`, "g");
/**
 * A role's separator: a bracketed aside, 之一 (股东之一蒋文斌), a colon, quotes, a hyphen (园长-苏晓梅, as a payment
 * code shows it), a form's label bracket (【投诉人】李秀兰), speech's 那个 (我是那个秦美玲), a signature's 签字为 (收款人签字为戴建平),
 * an office before the name (联系人：办公室喻芳).
 */
const ROLE_SEPARATOR = /^(?:\s?[(（][^()（）]{1,6}[)）])?(?:之一)?(?:[:：]?(?:办公室|财务室|园办|后勤|财务处))?(?:显示的?(?:为|是)|写的?(?:是|为|着)|签(?:字|名)(?=为|是))?[\s：:“"「『(（\-】]{0,3}(?:_{1,8}\s?)?(?:分别为|分别是|为|是|叫|名叫|叫做|那个)?/;
/**
 * Words by which a person noun introduces a list of names (受影响的幼儿有孙悦、王浩, 幼儿包括：孙悦, 涉及家长名单如下：…,
 * 多收费用的幼儿为孙悦，王浩), maybe with a colon or a space. 有 alone (group 1) is weak, as 孩子有张照片 has it too.
 */
const LIST_INTRO = /^(?:的?名单(?:如下|为|是)?|(?:分别|主要|还|共|另)?(?:包括|包含|为|是)|(?:主要|还|共|另)?(有)|如下)\s?[:：]?\s{0,2}/;
/** Roles that are no person noun before such a list: verbs, a household, a word naming oneself or what one signs. */
const NOT_LIST_ROLES = new Set([
  ...CONTACT_VERBS.split(" "),
  ...NAMING_WORDS.split(" "),
  ..."叫她 叫他 我是 自称 本人 我就是 我系 你家 我家 他家 她家 俺家 咱家 我们家 咱们家 俺们家 岁的 岁半的 你和 我和 他和 她和 联系我 签名 署名 落款 备注 附言 委托的 家委会的".split(" "),
  ..."退给 退还给 退款给 转给 交给 付给 打给 汇给 转账给 支付给 转交给 转给了 交给了 付给了 转账给了 支付给了 打给了 汇给了 付款给".split(" "),
]);
/** The person nouns (幼儿, 孩子, 学生, 家长, 老师, 园长, 保育员 …) after which LIST_INTRO starts a list of names. */
const LIST_ROLES: ReadonlySet<string> = new Set([...ROLE_WORDS].filter((role) => !NOT_LIST_ROLES.has(role)));
/**
 * Whose the money or the account is: 转到蒋美琳个人账户, 以毛建新名义开立. Only after a word of paying or of whose
 * (向, 转入, 以 …), as a verb may stand there too (曾使用个人支付宝).
 */
const ACCOUNT_TITLES = "个人银行账户 个人账号 银行账户 个人账户 个人名下 名下 名义 个人银行卡 银行卡 个人微信 个人支付宝 卡上 卡里 账上 账户";
const ACCOUNT_TITLE = new RegExp(`^的?(?:${alternation(ACCOUNT_TITLES)})$`);
const BEFORE_ACCOUNT_HOLDER = /^[向到入至给以用]$/;
const TITLE_WORDS =
  "老师 教师 妈妈 爸爸 阿妈 阿爸 同学 小朋友 家长 园长 校长 阿姨 奶奶 爷爷 外婆 外公 姥姥 姥爷 女士 先生 同志 夫妇 夫妻 等人 两人 二人 三人 两位 二位 三位 几位 主任 会计 出纳 宝宝 母亲 父亲 保育员 老板 兄弟 姐妹 兄妹 姐弟 妈 爸 律师 " +
  "小姐 太太 所长 局长 科长 队长 站长 院长 书记 董事长 理事长 总经理 经理 医生 护士 教练 两名 三名 四名 几名 多名 数名 " +
  // Whose child or spouse: 贾玉兰的女儿, 王丽丈夫.
  "女儿 儿子 丈夫 妻子 老公 老婆 爱人 " +
  ACCOUNT_TITLES;
/** Whose child, phone or account, with 的 (刘洋的孩子, 陈丽的微信): a name before it. */
const POSSESSIVE = "的(?:孩子|微信|手机号?|电话|银行卡|银行账户|账户|账号|支付宝|收款码)";
/** Titles after a name: 王小明妈妈, 李华老师, 欧阳娜娜女士, 王小明的妈妈, 许凤英等3名家长. */
const TITLE = new RegExp(`[的嘅]?(?:${alternation(TITLE_WORDS)}|等(?:\\d{1,3}|[一二三四五六七八九十两几数]{1,3})[名位个户人])|${POSSESSIVE}`, "g");
const TITLE_WORD_LIST = TITLE_WORDS.split(" ");
/** A title's first character is not a name's last: 张青夫妇 is 张青 and 夫妇. */
const titleStartsAt = (s: string, i: number): boolean => TITLE_WORD_LIST.some((word) => s.startsWith(word, i));
const CHILD_TITLES = /^[的嘅]?(?:妈妈|爸爸|妈|爸|同学|小朋友|宝宝|奶奶|爷爷|外婆|外公|家长)$/;
/**
 * Parents in a chat are named by their child's given name: "梓涵妈妈：…", "我是一诺爸爸". A given name alone is
 * read there only at the start of a clause, a chat line (】, @) or after 是, as 新手妈妈 or 全职妈妈 are no names.
 */
const PARENT_TITLES = /^嘅?(?:妈妈|爸爸|妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿妈|阿爸)$/;
const BEFORE_PARENT_NAME = /^(?:|[\s，。；：！？,.;:!?（(“"「『【】@\uDC00-\uDFFF]|是|系)$/;

/** A given name of two characters ending at end, in a place where it names a parent's child (see PARENT_TITLES). */
function parentsChildEndingAt(s: string, end: number): number {
  const start = end - 2;
  if (start < 0 || !BEFORE_PARENT_NAME.test(s.slice(Math.max(0, start - 1), start))) return -1;
  const name = s.slice(start, end);
  if (!isGivenChar(name[0]) || !isGivenChar(name[1]) || NOT_GIVEN_NAME_START.has(name[0]) || NOT_NAMES.has(name)) return -1;
  return start;
}
/**
 * A name as the subject of a report, an admission or a statement of who someone is: "。张伟反映", "，王芳称",
 * "庄国梁承认", "李思思系园长外甥女", "…和王武均为该园教职工"; or of what an officer's record says a person did
 * (孙建国擅自…, 张学友拒不配合, 冯晓红交费2000元, 王丽娟担任出纳). The name must start a clause (or a list that does).
 */
const SPEECH =
  /(?:反映|称|表示|介绍|证实|陈述|投诉|举报|来电|来访|签字|确认|说|承认|辩称|供述|坦言|交代|均为|均系|系|提供|否认|告知|转账|签收|负责|经手|出具|同意|认可|坦承|辩解|拒不|擅自|私自|私收|交费|缴费|交纳|缴纳|未经|担任|曾任|亲自|当场|主办|协办|承办)/g;
/**
 * A clause-initial subject before a time (王丽娟于2025年3月起…, 孙建国多次…): places start clauses so too (余姚于2025年…),
 * so only a full name of three characters is read there, and not the cities of three that start with a surname
 * (NOT_NAMES: 张家港, 连云港 …).
 */
const AT_A_TIME = /(?:于(?=\d|[一二三四五六七八九十〇零]|当|同|次|本|上|前|近|今|去|该)|多次|曾经|先后)/g;
/**
 * A name as the subject of 是 when what follows says who the person is to the case (罗晓梅是该园的实际控制人,
 * 王丽是我老婆): 是 alone follows too many words (宁波是, 毕竟是) to be read as 系 is.
 */
const IS_WHO = /是(?=该|本园|涉事|这家|那家|其|园长|园方|实际|负责|财务|会计|出纳|老师|教师|举办|投资|法定|法人|股东|班主任|保育|收款|经办|我|他|她)/g;
/** A person described by sex or age right after the name: "陈建华，男，1975年生", "王小明（女，4岁）", "王小明（4岁）". */
const SEX_AFTER_NAME = /[，,(（]\s?(?:[男女]|\d{1,2}\s?周?岁)\s?[，,、)）]/g;
/**
 * An amount right after a Chinese character: in a list of refunds or payments a clause may start with a name
 * and go on with the amount (退费清单：柳思雨1,200元；柳思琪1,200元).
 */
// Or an amount after the currency sign alone (2.郑佳怡 ￥860；).
const AMOUNT_AFTER_NAME = /(?<=[\u4e00-\u9fff])[:：]?\s?(?:[¥￥]?\d[\d,]*(?:\.\d{1,2})?\s?(?:元|块)|[¥￥]\s?\d)/g;
/**
 * A bracket after a name that holds its phone number or ID: 杨志刚（13957420613）, 王丽（身份证号…）. A whole mobile
 * or landline only, as a bracket after a place may hold a count (余姚（135名幼儿）).
 */
const CONTACT_IN_BRACKET =
  /\(\s?(?:电话|手机|联系|身份证|公民身份|微信|支付宝|邮箱|QQ|卡号|银行卡|tel|(?:\+?86\s?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)|0\d{2,3}[-\s)]?\d{7,8}(?!\d)|\d{17}[\dXx](?![\dXx]))/gi;
/** A name right before its ID number's word and the number (、冯丽君身份证130102…). */
const ID_AFTER_NAME = /(?<=[\u4e00-\u9fff])(?=的?(?:身份证|公民身份号码)(?:号码?)?[:：]?\s?\d{6}\s?\d{8}\s?\d{3}[\dXx])/g;
/**
 * A name's ID number or mobile right after it and a comma: （王建军，330203198001011234）; or its card, as a bank
 * statement's row gives the other party (转账 冯雪梅 6230 5210 0000 8877 665), maybe with its bank first (魏建华 建设银行 6217…).
 */
const BANK_BEFORE_NUMBER = `(?:${BANK_NAMES})银行`;
const NUMBER_AFTER_NAME = new RegExp(
  `(?:[，,\\s]\\s?(?:[\\u4e00-\\u9fff]{2,8}银行\\s?)?|(?<=[\\u4e00-\\u9fff])${BANK_BEFORE_NUMBER}\\s?)` +
  String.raw`(?=\d{17}[\dXx](?![\dXx])|\d{6}\s\d{8}\s\d{3}[\dXx]|(?:\+?86)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)|\d{4}[\s-]?\d{4}[\s-]?\d{4}[\s-]?\d{4}(?:[\s-]?\d{1,3})?(?![\d.,]))`, "g");
/** A bracket after a name that holds the person's role alone: 梁朝伟（园长）, 陈红（出纳）. */
const ROLE_IN_BRACKET = new RegExp(`[(（]\\s?(?:${ROLES})\\s?[)）]`, "g");
/** What may come right before a name that starts a clause; 据, 里, 中 and 因 too (据屠晓燕反映, 群里方海燕说, 其中王丽称, 因张学友拒不配合). */
const CLAUSE_START = /^(?:|[\s，。、；：！？,.;:!?（(“"「『【据里中因])$/;
/** The words that join a list of names, as the character before a name. */
const LIST_JOINER = /^[、和与及]$/;

/** Whether the name at start begins a clause, or a list of names that does (张立三、李思思和王武均为…). */
function startsClause(s: string, start: number): boolean {
  for (let at = start, names = 0; names < 8; names++) {
    const before = s.slice(Math.max(0, at - 1), at);
    // A space the copy dropped is a break too: a statement's columns (转账 冯雪梅 6230 …).
    if (CLAUSE_START.test(before) || spaceGaps.has(at)) return true;
    const previous = LIST_JOINER.test(before) ? nameEndingAt(s, at - 1) : -1;
    if (previous < 0) return false;
    at = previous;
  }
  return false;
}
/** What may join a list of names: 家长王某、李某和张某. */
const NAME_JOINER = /^(?:以及|、|和|与|及|\/|[”"」』][、，,和]?[“"「『])/;

/**
 * A writer naming themself in brackets (我（张建国）代表家长委员会), a chat mentioning someone (@周慧敏 明天…), a clause
 * naming someone (…4岁，叫陈一鸣, 一个叫包贝尔的人; also right after the age, 4岁叫陈乐乐, 三岁半 叫可乐, after Cantonese's
 * 个女/个仔, 我個女叫陳詩琪, or a role in pinyin shorthand, lsh叫孙婷婷),
 * or a surname said familiarly or politely with the full name in brackets (小李（李静）, 老王（王建国）,
 * 张女士（张晓燕）, 刘园长（刘翠萍）): what comes next is read as a name. A bracketed name elsewhere is not, or every （江北）
 * would be one.
 */
const NAME_NEXT = /我们?\s?[（(]\s?|@\s?|(?<=[，,。；;：:\s岁半女子仔崽娃宝个位A-Za-z])叫\s?|(?<=[\u4e00-\u9fff][”"」』]?\s?)[（(]\s?/g;

/** Polite forms of address after a surname: 张女士, 李先生, 刘园长, 林总, 陈太 (Hong Kong's Mrs). */
// Also 姐 and 哥 as staff are called (保育员“赵姐”（赵春燕）), a parent's 老湿 for 老师 (蒋老湿（蒋婷婷）).
// And 氏, as a record names a woman by her surname (家长阮氏（阮梅）).
const POLITE_TITLES = "女士 先生 小姐 老师 老湿 阿姨 同志 师傅 园长 校长 主任 经理 会计 出纳 老板 总 太太 太 姐 哥 氏".split(" ");

/**
 * Whether a surname said familiarly (小李, 老王, 阿陈, 小欧阳) or politely (张女士, 欧阳先生) ends at `end`
 * (a space may follow it, or a closing quote: “小周”（周敏）), or a household named by it (张家（张子墨）,
 * 徐女士家（徐梦琪）).
 */
function surnameFormBefore(s: string, end: number): boolean {
  let last = s[end - 1] === " " ? end - 1 : end;
  if (/[”"」』]/.test(s[last - 1] ?? "")) last--;
  if (s[last - 1] === "家" && last >= 2) {
    if (surnameAt(s, last - 2) === 1 || (last >= 3 && surnameAt(s, last - 3) === 2)) return true;
    last--;
  }
  const familiar = (length: number) => last - length >= 1 && "小老阿".includes(s[last - length - 1]) && surnameAt(s, last - length) === length;
  const polite = (length: number) =>
    POLITE_TITLES.some((title) => s.startsWith(title, last - title.length) && last - title.length - length >= 0 && surnameAt(s, last - title.length - length) === length);
  // Or masked already (园长丁某（丁慧芳）): the bracket gives the name the mask hid.
  const masked = (length: number) => {
    const mask = s[last - 2] === "某" && s[last - 1] === "某" ? 2 : s[last - 1] === "某" ? 1 : 0;
    return mask > 0 && last - mask - length >= 0 && surnameAt(s, last - mask - length) === length;
  };
  return [1, 2].some((length) => familiar(length) || polite(length) || masked(length));
}

/**
 * Characters of names transliterated from Uyghur, Kazakh, Tibetan, Mongolian or Yi (阿依古丽, 买买提·艾力, 扎西顿珠, 次仁卓玛,
 * 其其格, 阿西木呷): such a
 * name has no surname from the list, so after a role or a kin word it is read as a run of three to twelve of these
 * characters (its parts maybe joined by a middle dot) that ends where a name does (four or more end it themselves:
 * 次仁卓玛共同签署); and anywhere when a middle dot
 * joins two runs of them (阿卜杜拉·买买提反映), a shape Chinese words do not take. Characters that start words after a
 * role (多次, 上, 不) are not in the list; 山 东 南 云 火 are, for the Uyghur, Tibetan, Mongolian and Yi names they end or
 * start (努尔古丽·艾山, 才让东珠, 索南拉姆, 乌云其木格, 俄木日火).
 */
const TRANSLITERATION_CHARS =
  "阿艾爱奥巴拜贝比别伯布卜达旦德迪丁顿多尔法菲甫尕嘎格古哈海罕汗合赫胡吉加贾江杰喀卡凯坎克肯库拉莱兰朗勒雷力丽莉里琳鲁伦罗洛玛马买麦曼米姆木穆纳娜乃尼妮努诺帕排佩普齐恰钦琼曲热日茹萨塞赛桑森沙莎舍斯苏索塔泰坦提图吐托瓦娃旺维乌吾西希夏逊杜亚雅央伊依尤玉扎则泽珍增孜宗祖卓措次仁珠索朗德金姆白其呷俄底果才让藏草毛山东南云火";
const TRANSLITERATION = new Set(TRANSLITERATION_CHARS);
/** Loanwords made of those characters, the activities and fee items of a kindergarten (尤克里里课, 马拉松). */
const LOANWORDS = /^(?:尤克里里|马拉松|阿卡贝拉|巴拉巴拉|卡拉|拉丁|萨克斯|比萨|可可|巧克力|布丁|芭比|迪士尼|乐高)/;
const NAME_DOT = /[·•・]/;

/** A transliterated name starting at i (see TRANSLITERATION_CHARS): its end, or -1. */
function transliteratedNameAt(s: string, i: number): number {
  if (LOANWORDS.test(s.slice(i, i + 4))) return -1;
  let end = i;
  let letters = 0;
  while (end < s.length && letters < 16) {
    if (TRANSLITERATION.has(s[end])) letters++;
    else if (!(NAME_DOT.test(s[end]) && letters >= 2 && TRANSLITERATION.has(s[end + 1]))) break;
    end++;
  }
  if (letters < 3 || letters > 12) return -1;
  // Four such characters in a row are no Chinese word: the name ends where they do (次仁卓玛共同签署).
  if (letters >= 4) return end;
  return AFTER_NAME.test(s.slice(end, end + 3)) || AFTER_GIVEN_NAME.test(s.slice(end, end + 2)) ? end : -1;
}

/**
 * With the dot, the characters left out above for starting words are read too (阿不都热依木·吐尔洪: Abdurehim Turhun,
 * 热孜万古丽·阿不都, 阿依达娜·叶尔兰, and Russian names: 叶卡捷琳娜·伊万诺娃).
 */
const DOTTED_NAME_CHARS = `${TRANSLITERATION_CHARS}不都洪孜万叶捷伊娃诺`;
const DOTTED_NAME = new RegExp(`[${DOTTED_NAME_CHARS}]{2,8}(?:[·•・][${DOTTED_NAME_CHARS}]{2,8}){1,2}`, "g");

const findTransliteratedNames: Matcher = (s) =>
  [...s.matchAll(DOTTED_NAME)].map((m) => ({ kind: "person_name", start: m.index, end: m.index + m[0].length }));

/**
 * A list of three or more full names after a colon and nothing else (以下幼儿尚未缴纳：刘一鸣、陈可欣、赵子涵。): every
 * item must read as surname and given name, and one at least have a given name of two characters.
 */
const NAME_LIST = /(?<=[：:]\s?)(?:[\u4e00-\u9fff]{2,4}、){2,30}[\u4e00-\u9fff]{2,4}(?=[。；;，,\n]|$)/g;

const findNameLists: Matcher = (s) =>
  [...s.matchAll(NAME_LIST)].flatMap((m) => {
    const items: Span[] = [];
    let at = m.index;
    for (const item of m[0].split("、")) {
      if (nameAt(s, at) !== at + item.length) return [];
      items.push({ kind: "person_name", start: at, end: at + item.length });
      at += item.length + 1;
    }
    return items.some((x) => x.end - x.start - surnameAt(s, x.start) === 2) ? items : [];
  });

/** Names after a role: 家长王某, 投诉人：张某, 家长（父亲）吴刚, 孩子乐乐, 女儿欣怡; and 我（张某）, 小李（李静）, 张女士（张晓燕）. */
/** Words by which someone gives a name: what follows them up to the break is the name, whatever its characters. */
const SELF_INTRODUCTIONS = new Set("我叫 他叫 她叫 名叫 名字叫 名字是 叫做".split(" "));
const NOT_GIVEN_OUT = /保密|不详|未知|匿名|不便|不方便|不清楚|忘了|某/;

/** Where a run of Chinese characters from `at` ends: at a space the copy dropped, or after five (longer is no name). */
function hanRunEnd(s: string, at: number): number {
  let end = at;
  while (end < s.length && isHan(s[end]) && end - at < 5 && (end === at || !spaceGaps.has(end))) end++;
  return end;
}

/** 我叫那日苏，…: two to four Chinese characters before a break (a Mongolian or a Tibetan name has no surname to read). */
function nameUpToBreak(s: string, at: number): number {
  const end = hanRunEnd(s, at);
  const value = s.slice(at, end);
  const breaks = end === s.length || spaceGaps.has(end) || /[\s，。、；！？,.;!?）)]/.test(s[end]);
  // 我叫做韩梅梅: the 做 goes on the introduction (叫做 finds the name).
  return value.length >= 2 && value.length <= 4 && breaks && !/^[做作是为不没也都]/.test(value) && !NOT_GIVEN_OUT.test(value) && !NOT_NAMES.has(value) ? end : -1;
}

/** A name that may stand in a list of names at i (王某、李某和张某, 阿依古丽、普文杰, 壮壮和妞妞): its end, or -1. */
function listedNameAt(s: string, i: number): number {
  const doubledPetName = s[i] === s[i + 1] ? nicknameAt(s, i) : -1;
  return Math.max(nameAt(s, i), transliteratedNameAt(s, i), roleOnlySurnameNameAt(s, i), doubledPetName);
}

/** What joins the names of a list after LIST_INTRO: 、 和 及 与 以及 /, and a comma. */
const LIST_ITEM_JOINER = /^\s?(?:以及|[、和及与\/,，])\s?/;
/** What may follow a name of such a list: a joiner, a break, 等 or 在内 (孙悦、王浩等12名幼儿). */
const LIST_ITEM_END = /^(?:$|[\s、和及与\/,，。.;；:：!！?？()（）]|以及|等|在内)/;

/**
 * The names of a list after a person noun and LIST_INTRO, from `at`: each joined to the one before by LIST_ITEM_JOINER, a
 * bracketed aside after a name skipped. A name after a comma must end where a list's name does (幼儿为孙悦，周一退费 goes
 * no further than 孙悦), and so must the first after the weak 有, which alone must look like a child's full name (孩子有张照片
 * is no name; 幼儿有孙悦 is).
 */
function nameListAt(s: string, at: number, weak: boolean): Span[] {
  const items: Span[] = [];
  let guarded = weak;
  for (let n = 0; n < 30; n++) {
    const end = listedNameAt(s, at);
    // A word that starts with a surname (幼儿包括符合减免条件的: 符合) is a name only where a list's name ends.
    if (end < 0 || ((guarded || NOT_NAMES.has(s.slice(at, at + 2))) && !LIST_ITEM_END.test(s.slice(end, end + 2)))) break;
    items.push({ kind: "person_name", start: at, end });
    const aside = ASIDE.exec(s.slice(end, end + 32))?.[0].length ?? 0;
    const joiner = LIST_ITEM_JOINER.exec(s.slice(end + aside, end + aside + 4));
    if (!joiner) break;
    guarded = /[,，]/.test(joiner[0]);
    at = end + aside + joiner[0].length;
  }
  if (weak && items.length === 1) {
    const { start, end } = items[0];
    const given = s.slice(start + surnameAt(s, start), end);
    if (surnameAt(s, start) === 0 || ![...given].every((ch) => TYPICAL_GIVEN.has(ch))) return [];
  }
  return items;
}

const findNamesAfterRoles: Matcher = (s) => {
  const spans: Span[] = [];
  for (const m of s.matchAll(NAME_NEXT)) {
    const at = m.index + m[0].length;
    // After 小李, 老王, 张女士: only where 李, 王, 张 is a surname (not 小区（…）, 老家（…）, 各位女士（…）).
    const bracketed = m[0][0] === "(" || m[0][0] === "（";
    // 我家豆豆（李沐阳）: a pet name (a doubled character) with the full name in brackets, the bracket holding it alone.
    const afterPetName = bracketed && nicknameEndingAt(s, m.index) >= 0 && s[m.index - 1] === s[m.index - 2];
    if (bracketed && !surnameFormBefore(s, m.index) && !afterPetName) continue;
    let end = nameAt(s, at);
    if (end > 0 && afterPetName && !surnameFormBefore(s, m.index) && !/^\s?[)）]/.test(s.slice(end, end + 2))) continue;
    // After a mask (丁某（丁慧芳）) the bracket must hold the name alone: 滕某某（宁波大学教师） is who she is.
    if (end > 0 && s[m.index - 1] === "某" && !/^\s?[)）]/.test(s.slice(end, end + 2))) continue;
    // …，叫佳佳: after 叫, a pet name or a given name alone is a name too.
    if (end < 0 && m[0].startsWith("叫")) end = Math.max(nicknameAt(s, at), givenNameAt(s, at));
    if (end > 0) spans.push({ kind: "person_name", start: at, end });
  }
  for (const m of s.matchAll(ROLE_START)) {
    const roleEnd = m.index + m[1].length;
    // 联系方式为…, 联系电话: the noun, no verb of reaching someone.
    if (m[1] === "联系" && /^(?:方式|电话|地址|号码)/.test(s.slice(roleEnd, roleEnd + 2))) continue;
    // 孩子为何哭闹, 家长是否同意: a question's words, no name after them.
    if (/^(?:为何|为什么|是否)/.test(s.slice(roleEnd, roleEnd + 3))) continue;
    // 受影响的幼儿有孙悦、王浩, 幼儿包括：孙悦, 幼儿为孙悦，王浩: a person noun introducing a list of names.
    const intro = LIST_ROLES.has(m[1]) ? LIST_INTRO.exec(s.slice(roleEnd, roleEnd + 10)) : null;
    if (intro) {
      const list = nameListAt(s, roleEnd + intro[0].length, intro[1] !== undefined && !/[:：]/.test(intro[0]));
      spans.push(...list);
      // The words only a list reads (包括, 有, 名单, 如下) start no name (幼儿包括孙悦 is no 包括孙); after 为 or 是 with no list
      // the role's own reading goes on (孩子是乐乐, 女儿为欣怡).
      if (list.length > 0 || !/^(?:为|是|分别[为是])/.test(intro[0])) continue;
    }
    const separator = (ROLE_SEPARATOR.exec(s.slice(roleEnd, roleEnd + 14)) as RegExpExecArray)[0];
    // 姥姥（王桂兰）, 他爸（陈建国）: the bracket after a role may hold the name itself.
    const bracket = /^\s?[(（]/.exec(separator);
    const inBracket = bracket ? nameAt(s, roleEnd + bracket[0].length) : -1;
    if (inBracket > 0) spans.push({ kind: "person_name", start: roleEnd + (bracket as RegExpExecArray)[0].length, end: inBracket });
    const at = roleEnd + separator.length;
    let end = nameAt(s, at);
    if (end < 0 && CHILD_ROLES.has(m[1])) end = nicknameAt(s, at);
    // A grown-up's pet name in quotes after the role (老师“小雪”回复): the quotes hold it alone; not a surname said
    // familiarly (工作人员“小周”), no more than a mask keeps.
    if (end < 0 && /[“"「『]$/.test(separator) && surnameAt(s, at + 1) === 0) {
      const nickname = nicknameAt(s, at);
      if (nickname > 0 && /^[”"」』]/.test(s.slice(nickname, nickname + 1))) end = nickname;
    }
    if (end < 0 && GIVEN_NAME_ROLES.has(m[1])) end = givenNameAt(s, at);
    if (end < 0 && SELF_INTRODUCTIONS.has(m[1])) end = nameUpToBreak(s, at);
    // 附言：退许小雅兴趣班费: a transfer's note, a verb of paying or refunding, then whose fee it is.
    if (end < 0 && (m[1] === "附言" || m[1] === "备注") && /^[退交缴付还]/.test(s[at])) {
      const named = nameAt(s, at + 1);
      if (named > 0 && FEE_AFTER_NAME.test(s.slice(named, named + 6))) spans.push({ kind: "person_name", start: at + 1, end: named });
    }
    // 我家子墨2023年…: after a word for the child, two characters typical of given names are one, whatever follows.
    if (end < 0 && CHILD_ROLES.has(m[1]) && TYPICAL_GIVEN.has(s[at]) && TYPICAL_GIVEN.has(s[at + 1]) && !NOT_NAMES.has(s.slice(at, at + 2))) end = at + 2;
    if (end < 0 && (CHILD_ROLES.has(m[1]) || GIVEN_NAME_ROLES.has(m[1]))) end = childNameWithYiAt(s, at);
    // 叫她阿芳, not 叫他小王 (a surname said familiarly, no more than a mask keeps).
    if (end < 0 && CALLED_ROLES.has(m[1]) && surnameAt(s, at + 1) === 0) end = nicknameAt(s, at);
    // 保育员阿芳: 阿 and a given character after any role is what people call a grown-up too (not 阿陈, a surname).
    if (end < 0 && s[at] === "阿" && surnameAt(s, at + 1) === 0 && !CONTACT_VERB_SET.has(m[1])) end = nicknameAt(s, at);
    if (end < 0) end = maskedSurnameNameAt(s, at);
    if (end < 0) end = roleOnlySurnameNameAt(s, at);
    // A transliterated name, also where its first characters read as a Chinese name (古丽娜尔: 古 is a surname).
    if (!CONTACT_VERB_SET.has(m[1])) end = Math.max(end, transliteratedNameAt(s, at));
    // 询问了解情况: the 了 of 了解, not a name after 询问了.
    if (end > 0 && CONTACT_VERB_SET.has(m[1]) && ((!AFTER_NAME.test(s.slice(end, end + 3)) && !spaceGaps.has(end)) || s.startsWith("了解", roleEnd - 1))) end = -1;
    if (end > 0) spans.push({ kind: "person_name", start: at, end });
  }
  return spans;
};

/** Capitalised words that follow a role or come before a title in these narratives and name no one: 家长App, 财务Excel, English老师. */
const NOT_LATIN_NAMES = "App Excel Word Office Windows Android Email Logo Online Wifi English Math Music Art Hi Hello Dear Thanks Chinese Sorry";

/**
 * A name in Latin letters after a word that introduces a name or a role: 姓名：Li Ming, 英文名 Lucy, 我叫 Tom Lee,
 * 家长Amy王, 经办人John Smith. Capitalised words only (家长APP, 老师QQ are not names), and not the few words above.
 */
const LATIN_NAME = new RegExp(
  `(?:${ROLES}|英文名)[\\s：:是为]{0,3}(?!(?:${alternation(NOT_LATIN_NAMES)})(?![A-Za-z]))([A-Z][a-zß-öø-ÿ]{1,15}(?:[ .-][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,15}){0,2})(?![A-Za-zÀ-ÖØ-öø-ÿ])`,
  "g",
);

/**
 * An English name before a parent's or a teacher's title, as chats and bilingual kindergartens name people:
 * "Lucas妈妈：…", "Cindy的爸爸", "Tony老师".
 */
const LATIN_NAME_BEFORE_PARENT = new RegExp(
  `(?<![A-Za-z])(?!(?:${alternation(NOT_LATIN_NAMES)})(?![A-Za-z]))[A-Z][a-z]{1,15}(?=\\s?的?(?:妈妈|爸爸|妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老师|园长|校长|女士|先生|小姐))`,
  "g",
);

/** A child named in English after an English word for one's child: "my son Jason", "our daughter is Emma". */
const LATIN_NAME_AFTER_KIN = /(?<![A-Za-z])(?:(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\s(?:son|daughter|kid|child|boy|girl|baby|husband|wife)|(?:[Mm]other|[Ff]ather|[Pp]arent|[Gg]uardian) of),?\s?(?:is\s|named\s|called\s)?([A-Z][a-z]{1,15}(?:\s[A-Z][a-z]{1,15})?)(?![A-Za-z])/g;

/**
 * Pinyin initials after a person's role, as parents write to name without naming (园长LXY, 会计ZXM): two or three
 * capitals, not a word in capitals (家长APP, 老师QQ群, 园长VIP).
 */
const INITIALS = /(?:家长|园长|校长|老师|教师|班主任|会计|出纳|财务|举办者|负责人|老板|经理|主任|收款人|经办人|法人)\s?([A-Z]{2,3})(?![A-Za-z0-9])/g;
const NOT_INITIALS = new Set("TEL FAX MOB NO WX VX APP QQ ID AI VIP PPT PDF CEO CFO COO MBA ABC DIY KTV TV PC IT OK GPS ATM POS PK QR IC WPS EMS SOS HR PR UI VR AR BB".split(" "));

/** A name in pinyin capitals after a role, as a form or a passport writes it (家长ZHANG WEI): two or three words. */
const CAPITALS_NAME = new RegExp(`(?:${ROLES})[\\s：:是为]{0,3}([A-Z]{2,12}(?: [A-Z]{2,12}){1,2})(?![A-Za-z])`, "g");

/** Words that start a line before a colon and name no one: a chat's or a letter's headings. */
const LATIN_HEADINGS =
  "From To Cc Re Subject Date Time Note Notes Update Reply Answer Question Complaint Summary Decision Facts Result Background Officer Parent Teacher Principal Kindergarten Class Name Tel Phone Email Fax Address Amount Total Fee Fees Item Items Receipt Payment Remark Remarks Attachment Source Location Case Details Request Response Status Outcome Basis Penalty Finding Findings Evidence Translation Original Excerpt " +
  "Contact Complainant Complainants Informant Respondent Party Applicant Director Accountant Guardian Mother Father Child Student Signature Signed Sender Recipient Payee Payer Account Bank Card Plate Vehicle Passport Mobile Telephone WeChat Alipay Company Office Department Bureau Hotline Article Law Regulation";
const LATIN_WORDS = "[A-Z][a-z]{1,15}(?:\\s[A-Z][a-z]{1,15}){0,2}";
const NOT_A_LATIN_NAME = `(?!(?:${alternation(NOT_LATIN_NAMES)})(?![A-Za-z]))`;
/**
 * Names in a bilingual parent's own English: who writes (I'm Jennifer Liu), whose parent (Ethan's mom), an e-mail's
 * sender (From: Kevin Zhao <…>), a signature before a mobile (Kevin Zhao / 185…), an English name before its class
 * and Chinese name in brackets (Lucas（大三班赵子睿）) or its contact (Jennifer Liu（微信…）).
 */
const LATIN_NAME_IN_CONTEXT = new RegExp(
  [
    `(?<![A-Za-z])(?:I'm|I am|[Mm]y name is)\\s${NOT_A_LATIN_NAME}(${LATIN_WORDS})(?![A-Za-z])`,
    `(?<![A-Za-z])${NOT_A_LATIN_NAME}([A-Z][a-z]{1,15})(?='s\\s(?:mom|mum|mother|dad|father|parents?|grandma|grandpa|grandmother|grandfather|teacher)\\b)`,
    `(?<![A-Za-z])(?:From|To|Cc|发件人|收件人)[:：]\\s?(${LATIN_WORDS})(?=\\s?<)`,
    `(?<![A-Za-z])([A-Z][a-z]{1,15}\\s[A-Z][a-z]{1,15})(?=\\s?[/,|]\\s?(?:\\+?86\\s?)?1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?!\\d))`,
    `(?<![A-Za-z])${NOT_A_LATIN_NAME}([A-Z][a-z]{1,15})(?=\\s?\\([^()]{0,10}班)`,
    `(?<![A-Za-z])([A-Z][a-z]{1,15}\\s[A-Z][a-z]{1,15})(?=\\s?\\((?:微信|手机|电话|邮箱|WeChat|tel|phone|email))`,
    // A chat line's sender (Lucy：…, Coco (K2 mom): …, "Grace (K1 mum): …), not a heading (Note:, Subject:).
    `(?<=(?:^|\\n)\\s?|["“])${NOT_A_LATIN_NAME}(?!(?:${alternation(LATIN_HEADINGS)})(?![A-Za-z]))([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)(?=\\s?(?:\\([^()\\n]{1,20}\\))?\\s?[:：])`,
    // A signature after a dash at a line's end (… - Tom Harris), whom a payment went to (转到Stella Ma的Alipay), who a
    // teacher is (teacher is Vivian).
    `(?<=\\s[-–—]\\s?)([A-Z][a-z]{1,15} [A-Z][a-z]{1,15})(?=\\s*(?:$|\\n))`,
    `(?<![A-Za-z])([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)(?=\\s?的?(?:Alipay|支付宝|微信|WeChat|账户|银行卡))`,
    `(?<![A-Za-z])(?:[Tt]eacher|[Pp]rincipal|[Nn]anny|[Dd]river)(?:'s name)? is ([A-Z][a-z]{1,15})(?![A-Za-z])`,
    // What someone is called (班主任叫Zhang Yuting).
    `(?<=叫\\s?)${NOT_A_LATIN_NAME}([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)(?![A-Za-z])`,
  ].join("|"),
  "g",
);

const findLatinNames: Matcher = (s) => [
  ...[...s.matchAll(LATIN_NAME_IN_CONTEXT)].flatMap((m) => {
    const name = m.slice(1).find((group) => group !== undefined) as string;
    const start = m.index + m[0].length - name.length;
    return NOT_ENGLISH_NAME.test(name) ? [] : [{ kind: "person_name" as const, start, end: start + name.length }];
  }),
  ...[...s.matchAll(LATIN_NAME)].map((m) => tailGroup(m, "person_name")),
  ...[...s.matchAll(CAPITALS_NAME)].filter((m) => !m[1].split(" ").some((word) => NOT_INITIALS.has(word))).map((m) => tailGroup(m, "person_name")),
  ...[...s.matchAll(LATIN_NAME_AFTER_KIN)].map((m) => tailGroup(m, "person_name")),
  ...[...s.matchAll(INITIALS)].filter((m) => !NOT_INITIALS.has(m[1])).map((m) => tailGroup(m, "person_name")),
  ...[...s.matchAll(LATIN_NAME_BEFORE_PARENT)].map((m) => ({ kind: "person_name" as const, start: m.index, end: m.index + m[0].length })),
];

/**
 * A child's pet name after the word for it: 小名叫小燕子, 乳名：乐乐的…, 外号"胖胖". A pet name is any word, so
 * it is read up to the end of its phrase (at most four characters), not by the shape of a name.
 */
const PET_NAME = /(?:小名|乳名|昵称|绰号|外号)(?:叫做|叫|是|为)?[\s：:“"「『]{0,2}([\u4e00-\u9fff]{1,4}?)(?=[的在是也和与被今，,。；;、：:！!？?\s”"」』）)]|$)/g;

/**
 * A WeChat display name after 微信名/微信昵称 and a colon (微信名：快乐的小鱼): any words a person chose, longer than a
 * pet name, read to the end of its phrase (at most sixteen characters); a name, as 微信名叫“柯柯” is.
 */
const DISPLAY_NAME = /(?:微信名字?|微信昵称)\s?(?:[:：]|是|为)\s?[“"「『]?([^\s，,。；;！!？?“”"「」『』()*]{1,16})/g;

/**
 * A display name in quotes after 昵称/群名片 that adds the parent's full name to the child's (昵称为“晨晨妈 邱玉洁”):
 * the name after the parent's word, as the quote's last words.
 */
const QUOTED_DISPLAY_NAME = /(?:昵称|群昵称|群名片|微信名字?|备注名)(?:为|是|叫)?[:：]?\s?[“"「『][^”"」』\n]{1,8}?(?:妈妈|爸爸|妈|爸|奶奶|爷爷|外婆|外公)\s?(?=[\u4e00-\u9fff]{2,4}[”"」』])/g;

/**
 * A doubled pet name as the object of what is done with a child (保育员把乐乐带离教室, 让豆豆回家): before what a given
 * name written alone is followed by (AFTER_GIVEN_NAME).
 */
const OBJECT_BEFORE_PET_NAME = /(?<=[把让给带跟陪接送])(?=([\u4e00-\u9fff])\1)/g;

/** Those, but not a mask (小名叫某某, as redaction leaves it). */
const findPetNames: Matcher = (s) =>
  [
    ...[...s.matchAll(OBJECT_BEFORE_PET_NAME)].flatMap((m) => {
      const end = nicknameAt(s, m.index);
      return end === m.index + 2 && AFTER_GIVEN_NAME.test(s.slice(end, end + 2)) ? [{ kind: "person_name" as const, start: m.index, end }] : [];
    }),
    ...[...s.matchAll(QUOTED_DISPLAY_NAME)].flatMap((m) => {
      const at = m.index + m[0].length;
      const end = nameAt(s, at);
      return end > 0 && /^[”"」』]/.test(s.slice(end, end + 1)) ? [{ kind: "person_name" as const, start: at, end }] : [];
    }),
    // Not a name the mask already left as a surname (阳某某) or nothing (某某).
    ...[...s.matchAll(PET_NAME), ...s.matchAll(DISPLAY_NAME)].filter((m) => !/^[\u4e00-\u9fff]{0,2}某+$/.test(m[1])).map((m) => tailGroup(m, "person_name")),
  ];

/**
 * A name masked only in part, as payment apps show it (王*华, 欧阳*娜), or as people type it (刘○芳, 王×华, 张x明): the
 * surname and a given character are left, which with the rest of a narrative may be enough. 王** and 王某某 keep only
 * the surname: no hit.
 */
const PARTLY_MASKED_NAME = /(?:\*{1,2}|[○×]|(?<=[\u4e00-\u9fff])[xX])(?=[\u4e00-\u9fff])/g;

/** A payee's name as a payment app masks it, in brackets after the name or alone: 周敏(**敏), 白志刚（*志刚）. */
const MASKED_IN_BRACKET = /(?<=\(\s?)\*{1,2}[\u4e00-\u9fff]{1,2}(?=\s?\))/g;

const findPartlyMaskedNames: Matcher = (s) => [
  ...[...s.matchAll(MASKED_IN_BRACKET)].map((m) => ({ kind: "person_name" as const, start: m.index, end: m.index + m[0].length })),
  ...[...s.matchAll(PARTLY_MASKED_NAME)].flatMap((m) => {
    const surname = [2, 1].find((length) => m.index - length >= 0 && surnameAt(s, m.index - length) === length);
    const end = m.index + m[0].length;
    if (!surname || !isGivenChar(s[end])) return [];
    return [{ kind: "person_name" as const, start: m.index - surname, end: end + 1 }];
  }),
];

/**
 * A name masked in its middle only, as officers shorten names in a record (何某峰, 李某华, 卢某军): the surname and
 * the last given character are left. Read only before a break or a name's next word (何某峰的询问笔录, 联系了李某华，),
 * not with a surname that is also a function word, and not where the character after 某 is the record's own
 * (王某甲/王某乙 tell two masked people apart, 王某均表示, 王某家住, 王某妻子).
 */
const MID_MASK = /某(?=[\u4e00-\u9fff])/g;
const NOT_AFTER_MID_MASK = new Set("某家夫妻父母子甲乙丙丁戊己庚辛壬癸月案诉均亦遂即仍另则却乃便随才再只先");

const findMidMaskedNames: Matcher = (s) =>
  [...s.matchAll(MID_MASK)].flatMap((m) => {
    const surname = [2, 1].find((length) => m.index - length >= 0 && surnameAt(s, m.index - length) === length);
    const start = m.index - (surname ?? 0);
    const last = s[m.index + 1];
    if (!surname || AMBIGUOUS_SURNAMES.has(s.slice(start, start + surname)) || s[start - 1] === "某") return [];
    // Or before the 均 of names listed together (与李某华均于…).
    const after = s.slice(m.index + 2, m.index + 5);
    if (!isGivenChar(last) || NOT_AFTER_MID_MASK.has(last) || !(AFTER_NAME.test(after) || after.startsWith("均"))) return [];
    return [{ kind: "person_name" as const, start, end: m.index + 2 }];
  });

/** After a role, a name whose surname is masked but whose given name is not (收款人：*丽华). */
function maskedSurnameNameAt(s: string, i: number): number {
  const stars = /^\*{1,2}/.exec(s.slice(i, i + 2))?.[0].length ?? 0;
  return stars > 0 && isGivenChar(s[i + stars]) && isGivenChar(s[i + stars + 1]) ? i + stars + 2 : -1;
}

/** The same before a title (*小红老师): its start, or -1. */
function maskedSurnameNameEndingAt(s: string, end: number): number {
  if (end < 3 || !isGivenChar(s[end - 1]) || !isGivenChar(s[end - 2]) || s[end - 3] !== "*") return -1;
  return s[end - 4] === "*" ? end - 4 : end - 3;
}

/** A name given as its surname and given name: 姓燕名青. */
const SURNAME_THEN_GIVEN = /姓([\u4e00-\u9fff]{1,2})[，,]?(名(?!字)|名字(?:是|叫)|名叫)([\u4e00-\u9fff]{1,2})/g;

/** 姓燕名青 as one name; after 名字是 or 名叫 the given name alone (姓黄，名字是小明: the surname alone is no more than a mask keeps). */
const findSurnameThenGiven: Matcher = (s) =>
  [...s.matchAll(SURNAME_THEN_GIVEN)]
    .filter((m) => surnameAt(m[1], 0) === m[1].length && isGivenChar(m[3][0]))
    .map((m) => ({ kind: "person_name", start: m[2] === "名" ? m.index + 1 : m.index + m[0].length - m[3].length, end: m.index + m[0].length }));

/** Names before a title (李华老师, 乐乐妈妈) or before a verb of reporting at the start of a clause. */
const findNamesBeforeWords: Matcher = (s) => {
  const spans: Span[] = [];
  for (const m of s.matchAll(TITLE)) {
    const end = m.index;
    let start = nameEndingAt(s, end);
    if (start >= 0 && ACCOUNT_TITLE.test(m[0]) && !BEFORE_ACCOUNT_HOLDER.test(s.slice(start - 1, start)) && !startsClause(s, start)) start = -1;
    if (start < 0 && CHILD_TITLES.test(m[0])) start = nicknameEndingAt(s, end);
    // 阿晴老师: 阿 and a given character is what people call a grown-up too (not 阿陈, a surname).
    if (start < 0 && s[end - 2] === "阿" && surnameAt(s, end - 1) === 0 && nicknameAt(s, end - 2) === end) start = end - 2;
    if (start < 0 && PARENT_TITLES.test(m[0])) start = parentsChildEndingAt(s, end);
    if (start < 0) start = maskedSurnameNameEndingAt(s, end);
    if (start >= 0) spans.push({ kind: "person_name", start, end });
  }
  for (const m of s.matchAll(SEX_AFTER_NAME)) {
    const start = nameEndingAt(s, m.index);
    // In brackets (即冯德胜（男，1972年生…）) the name need not start its clause.
    if (start >= 0 && (m[0][0] === "(" || CLAUSE_START.test(s.slice(Math.max(0, start - 1), start)))) spans.push({ kind: "person_name", start, end: m.index });
  }
  for (const m of [...s.matchAll(CONTACT_IN_BRACKET), ...s.matchAll(ROLE_IN_BRACKET), ...s.matchAll(ID_AFTER_NAME)]) {
    const start = nameEndingAt(s, m.index);
    if (start >= 0) spans.push({ kind: "person_name", start, end: m.index });
  }
  for (const m of s.matchAll(NUMBER_AFTER_NAME)) {
    let start = nameEndingAt(s, m.index);
    // 魏建华 建设银行 6217…: the bank's name reads as the name's organisation (ENTITY_AHEAD), but a space typed
    // between them and the card after it say a holder and the bank.
    if (start < 0 && spaceGaps.has(m.index) && m[0].includes("银行")) start = bareNameEndingAt(s, m.index);
    if (start >= 0 && startsClause(s, start)) spans.push({ kind: "person_name", start, end: m.index });
  }
  for (const m of s.matchAll(AMOUNT_AFTER_NAME)) {
    let start = nameEndingAt(s, m.index);
    let end = m.index;
    // A household in a refund list (刘宏伟户 960元, 张子墨家 800元): the name before 户 or 家.
    if (start < 0 && /[户家]/.test(s[m.index - 1])) start = nameEndingAt(s, --end);
    if (start >= 0 && startsClause(s, start)) spans.push({ kind: "person_name", start, end });
  }
  // Before a time, a full name of three at least (AT_A_TIME).
  const subjects = [...s.matchAll(SPEECH), ...s.matchAll(IS_WHO)].map((m) => ({ at: m.index, shortest: 2 }));
  for (const m of s.matchAll(AT_A_TIME)) subjects.push({ at: m.index, shortest: 3 });
  for (const { at, shortest } of subjects) {
    const start = nameEndingAt(s, at);
    if (start >= 0 && at - start >= shortest && startsClause(s, start)) spans.push({ kind: "person_name", start, end: at });
  }
  return spans;
};

/**
 * A name in quotes before what only a person has or does ("谢美华"个人私章, "王丽"本人签字), before the word 名字
 * (加的是“李红霞”这个名字), or before 是 and a person's job (“舒淇”是园里的会计): the quotes hold the name alone. Quoted
 * words elsewhere are fee items and kindergartens' names ("金太阳"), so the next word decides.
 */
const QUOTED_NAME =
  /[“"「『]([\u4e00-\u9fff]{2,4})[”"」』](?=个人|本人|私章|名下|签字|签名|的个人|的私章|的账户|的银行卡|的微信|这个名字|的名字|这个人|是(?:园里|园方|该园|幼儿园|我们|我们园)?的?(?:会计|出纳|老师|教师|园长|副园长|保育员|负责人|举办者|股东|财务|老板))/g;
/** Whom a receipt says the money came from: 今收到尹晓峰交来…. */
const RECEIVED_FROM = /(?<=收到)([\u4e00-\u9fff]{2,4}?)(?=交来|缴来|交付|缴付|送来)/g;
/**
 * Who did the paying or the collecting, in an officer's prose: 由李芳负责收取, 由王丽本人收取, 向张伟转账, 向韩冬梅退还; or who
 * handled the case (由陈立新主办, 由韩冰、程子豪完成: the second name is found as listed with the first). Only before such a
 * verb: 由 and 向 precede too many words.
 */
const BY_WHOM =
  /(?<=[由向])([\u4e00-\u9fff]{2,4}?)(?=(?:[、和][\u4e00-\u9fff]{2,4}?)?(?:负责|收取|代收|经手|统一收|保管|办理|转账|汇款|缴纳|交纳|支付|付款|交款|退还|退回|退款|退费|返还|主办|协办|承办|完成))/g;

/** A numbered line of a roll call or a refund list, as a parents' group writes it (接龙): 3. 王 甜, 1、何思远 12天. */
const ROLL_CALL_ENTRY = /(?<=(?:^|\n)\s?\d{1,3}\s?[.、)]\s?)(?=[\u4e00-\u9fff])/g;

/**
 * Where a message names its addressee or its writer: a greeting (【市场监管】葛晓燕您好, 宋晓光，你好：, 方婷你家交了没), a chat
 * line's speaker at the start of a line (孔德明：我上学期…), a signature after a dash (——尉迟敏) or alone at the end of the
 * text after a comma (…，苏晴), an e-mail's signature: a line of its own after a blank line or a dash, before the writer's
 * office (⏎⏎高翔⏎北京市朝阳区市场监督管理局, ——⏎张嘉欣 一级科员), a ledger's keeper (（谭雅琪记）) and its lines
 * (周一一 未交).
 * Each holds the name alone, which nameAt must read whole.
 */
const ADDRESSED = /(?<=^|[\s】」』”"，,。；;：:！!？?])([\u4e00-\u9fff]{2,4}?)(?=[，,]?\s?(?:[您你]好|你家|您家|你们家))/g;
const SPEAKER = /(?<=^|\n)([\u4e00-\u9fff]{2,4}?)(?=\s?[:：])/g;
/** A chat transcript's speaker in its brackets, alone or after the group's or the kindergarten's name (〔程晓〕, 〔乐乐幼儿园-靳红梅〕). */
const BRACKETED_SPEAKER = /(?<=[〔［\[](?:[^〔〕［］\[\]\n]{1,20}[-－—·])?)([\u4e00-\u9fff]{2,4})(?=[〕］\]])/g;
const SIGNATURE = /(?<=(?:——|—|--|－－)\s?)([\u4e00-\u9fff]{2,4})(?=\s*(?:$|\n))|(?<=[，,]\s?)([\u4e00-\u9fff]{2,4})(?=\s*$)|(?<=\n[ \t]*\n|(?:——|—|--)[ \t]*\n)([\u4e00-\u9fff]{2,4})(?=[ \t]*\n[^\n]{0,20}(?:局|所|科|处|园|公司|中心|委员会|律师事务所))|(?<=[(（])([\u4e00-\u9fff]{2,4})(?=记[)）])/g;

/**
 * Characters typical of given names and seldom words of these narratives together (子墨, 一诺, 语桐, 浩然, 嘉禾, 晓雯, 建平):
 * a surname and two of them make a name even where no role or title says so (多收了周子墨两个月的伙食费, 给李一诺退了,
 * 彭语桐和彭语萱同在中一班), when a name's next word or a break follows (BARE_NAME_NEXT).
 */
const TYPICAL_GIVEN = new Set(
  "德子梓涵轩萱浩宇辰宸沐诺依桐欣怡琪琦睿皓俊博泽铭瑞馨悦奕雅婷诗彤妍瑶璇嘉佳芷若晨晗煜昊熙锦钰霖淼烨珂玥琳菲蕾薇莹颖娜娟丽燕霞艳芳敏静秀兰梅玲红英伟强军磊涛鹏杰斌勇峰刚辉建国明平志文思语雨可晓然远禾哲墨伊航豪逸骏驰恒毅凯旭阳晴蓉倩洁慧惠婉清璐露茜蓓彬彦楠柏松岩峻岚霏雯雪冰凝蕊萌芸翠珍玉莲菊桂凤鹤麟亮耀荣昌盛隆福庆一乐心安宁宏洪海波涵诚",
);
const BARE_NAME_NEXT = /^(?:[\s，。、；：！？,.;:!?（()）]|的|和|与|及|同|两|兄|姐|之|退|交|缴|在|于|已|也|都|是|等|家|今|从|被|曾|因|称|说|开|留|回|没|不|才|就|表示|反映)/;
const findBareFullNames: Matcher = (s) => {
  const spans: Span[] = [];
  for (let i = 0; i < s.length; i++) {
    const surname = surnameAt(s, i);
    if (surname === 0) continue;
    const end = i + surname + 2;
    if (!TYPICAL_GIVEN.has(s[end - 2]) || !TYPICAL_GIVEN.has(s[end - 1]) || !BARE_NAME_NEXT.test(s.slice(end, end + 2))) continue;
    // Not the 任 of 班主任 nor the 孙 of 欧阳孙…: a role or a compound surname that the surname ends.
    if (surnameAt(s, i - 1) === 2 || roleEndsAt(s, i + 1) || !acceptName(s, i, surname, end)) continue;
    spans.push({ kind: "person_name", start: i, end });
  }
  return spans;
};

/** Where a signature's line starts with the name and the writer's title (——⏎张嘉欣 一级科员), and a ledger's line with who paid (周一一 未交). */
const SIGNATURE_WITH_TITLE = /(?<=(?:——|—|--)[ \t]*\n|\n[ \t]*\n)(?=[\u4e00-\u9fff]{2,4})/g;
const TITLE_AFTER_SIGNATURE = /^[ \t]*[\u4e00-\u9fff]{0,4}?(?:科员|主任|科长|局长|所长|经理|律师|老师|园长)/;
const LEDGER_LINE = /(?<=^|\n)(?=[\u4e00-\u9fff]{2,4}?\s?(?:未交|已交|已付|未付|已退|未退|没交|交了))/g;

/**
 * Names typed one after the other without a separator, counted after them (刘洋张伟两位老师, 秦朗郝雨晴卢梓睿三家): the run
 * before the count splits into exactly that many acceptable names, from the end.
 */
const NAMES_COUNTED = /(?<=[\u4e00-\u9fff])([两二三四五])(?=[位个家名户])/g;
const COUNTS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

function namesEndingAt(s: string, end: number, count: number): Span[] | null {
  if (count === 0) return [];
  for (const length of [3, 2, 4]) {
    const start = end - length;
    const surname = start >= 0 ? surnameAt(s, start) : 0;
    if (surname === 0 || length - surname < 1 || !acceptName(s, start, surname, end)) continue;
    // 李华和王刚两位: a joining word (和, 与) is no surname here; such lists are found as lists.
    if (start > 0 && /[和与及同跟]/.test(s[start]) && isHan(s[start - 1])) continue;
    const before = namesEndingAt(s, start, count - 1);
    if (before) return [...before, { kind: "person_name", start, end }];
  }
  return null;
}

const findNamesCounted: Matcher = (s) => [...s.matchAll(NAMES_COUNTED)].flatMap((m) => namesEndingAt(s, m.index, COUNTS[m[1]]) ?? []);

/** A child's pet name opening a clause, before what is said of the child (果果今年5岁, 朵朵回家说, “乐乐的钱没交齐). */
const PET_NAME_OPENING = /(?<=^|[\s，,。；;！!？?“"「『】])(?=([\u4e00-\u9fff])\1(?:今年|就|也|都|还|又|已经|每天|回家|被|的钱|大名|小名))/g;

const findNamesInProse: Matcher = (s) => [
  ...findNamesCounted(s),
  ...[...s.matchAll(PET_NAME_OPENING)].flatMap((m) => (nicknameAt(s, m.index) === m.index + 2 ? [{ kind: "person_name" as const, start: m.index, end: m.index + 2 }] : [])),
  ...[...s.matchAll(SIGNATURE_WITH_TITLE)].flatMap((m) => {
    const end = nameAt(s, m.index);
    return end > 0 && TITLE_AFTER_SIGNATURE.test(s.slice(end, end + 10)) ? [{ kind: "person_name" as const, start: m.index, end }] : [];
  }),
  ...[...s.matchAll(LEDGER_LINE)].flatMap((m) => {
    const end = nameAt(s, m.index);
    return end > 0 && /^\s?(?:未交|已交|已付|未付|已退|未退|没交|交了)/.test(s.slice(end, end + 4)) ? [{ kind: "person_name" as const, start: m.index, end }] : [];
  }),
  ...[...s.matchAll(ADDRESSED), ...s.matchAll(SPEAKER), ...s.matchAll(SIGNATURE), ...s.matchAll(BRACKETED_SPEAKER)].flatMap((m) => {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    // 陈述人：, 家长： open a line too, and are no names.
    return nameAt(s, m.index) === m.index + name.length && !ROLE_WORDS.has(name) ? [{ kind: "person_name" as const, start: m.index, end: m.index + name.length }] : [];
  }),
  ...[...s.matchAll(ROLL_CALL_ENTRY)].flatMap((m) => {
    const end = nameAt(s, m.index);
    return end > 0 && /^(?:$|[\s，,；;。])/.test(s.slice(end, end + 1)) ? [{ kind: "person_name" as const, start: m.index, end }] : [];
  }),
  ...[...s.matchAll(QUOTED_NAME)].flatMap((m) => {
    const at = m.index + 1;
    return nameAt(s, at) === at + m[1].length ? [{ kind: "person_name" as const, start: at, end: at + m[1].length }] : [];
  }),
  ...[...s.matchAll(BY_WHOM), ...s.matchAll(RECEIVED_FROM)].flatMap((m) => {
    const end = nameAt(s, m.index);
    return end === m.index + m[1].length ? [{ kind: "person_name" as const, start: m.index, end }] : [];
  }),
];

/**
 * English narratives (a case translated for publication): a name in capitalised words after a title or a role, Ms.
 * Wang Li, parent Zhang Wei, the accountant, Zhou Wanqing, her son, Li Haoran; two or three words (Ms. Wang alone is
 * a surname, no more than a mask keeps), and not an organisation's or a place's name (Sunshine Kindergarten).
 */
const ENGLISH_ROLES =
  "[Cc]omplaint from|[Rr]eport from|[Ll]etter from|[Mm]essage from|[Cc]omplainants|(?:[Mm]other|[Ff]ather|[Pp]arents?|[Gg]uardian) of|[Mm]om|[Mm]um|[Dd]ad|Ms|Mr|Mrs|Miss|Madam|Dr|[Pp]arents?|[Tt]eachers?|[Pp]rincipal|[Hh]eadteacher|[Aa]ccountant|[Cc]ashier|[Ss]ponsor|[Ff]ounder|[Oo]wner|[Ll]egal representative|[Rr]epresentative|[Cc]omplainant|[Ii]nformant|[Dd]irector|[Dd]river|[Nn]anny|[Cc]aregiver|[Gg]uardian|[Ii]nvestor|[Pp]ayee|[Aa]ccount holder|[Ss]on|[Dd]aughter|[Cc]hild|[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Gg]randmother|[Gg]randfather|[Ww]itness|[Ee]mployee|[Ss]taff member|[Cc]lerk|[Nn]urse|[Dd]octor";
const ENGLISH_NAME = "(?:[A-Z][a-z]{1,15}|[A-Z]{2,12}(?= [A-Z][a-z]))(?:[ -][A-Z][a-z]{1,15}){1,2}";
const ENGLISH_ROLE_NAME = new RegExp(`(?<![A-Za-z])(?:${ENGLISH_ROLES})\\.?[,:]?\\s(?:(?:named|called)\\s)?(${ENGLISH_NAME})(?![A-Za-z])`, "g");
/** The next name of an English list: …Han Meimei and Deng Li, …, Deng Li. */
const ENGLISH_NEXT_NAME = new RegExp(`^(?:,\\s(?:and\\s)?|\\sand\\s)(${ENGLISH_NAME})(?![A-Za-z])`);
const NOT_ENGLISH_NAME = /\b(?:Kindergarten|District|County|City|Province|Road|Street|Lane|Bureau|Administration|Market|Regulation|Education|Centre|Center|School|Company|Bank|Group|Committee|Association|Council|Union|Foundation|Institute|University|College|Hospital|Training|Court|Office|Department|Hotline|Article|Measures|Law|The|This|That|Class|Fee|Fees|Public|Notice|Announcement|Report|Statement|Reply|Update)\b/;

const findEnglishNames: Matcher = (s) =>
  [...s.matchAll(ENGLISH_ROLE_NAME)].flatMap((m) => {
    const spans: Span[] = [];
    let end = m.index + m[0].length;
    let name = m[1];
    for (;;) {
      if (NOT_ENGLISH_NAME.test(name)) break;
      spans.push({ kind: "person_name", start: end - name.length, end });
      const next = ENGLISH_NEXT_NAME.exec(s.slice(end, end + 40));
      if (!next) break;
      end += next[0].length;
      name = next[1];
    }
    return spans;
  });

/**
 * An English address's room and house number (Room 1203, No. 588 Tiantong South Road): from the room on, up to the
 * road's name, as the Chinese one is masked from the house number on.
 */
const ENGLISH_ADDRESS =
  /(?<![A-Za-z])(?:(?:Room|Rm\.?|Flat|Apt\.?|Apartment|Unit)\s?\d{1,5}[A-Z]?,?\s?)?(?:(?:Building|Bldg\.?|Block)\s?\d{1,4}[A-Z]?,?\s?)?No\.\s?\d{1,5}(?:-\d{1,5})?(?=,?\s(?:[A-Z][a-z]{1,15}\s){1,4}(?:Road|Street|Lane|Avenue|Alley|Rd|St)\b)|(?<![A-Za-z])(?:Room|Rm\.?|Flat|Apt\.?|Unit)\s?\d{1,5}[A-Z]?,\s?(?:Building|Bldg\.?|Block|Unit)\s?\d{1,4}[A-Z]?(?![A-Za-z0-9])/g;

const findEnglishAddresses: Matcher = (s) => [...s.matchAll(ENGLISH_ADDRESS)].map((m) => ({ kind: "address", start: m.index, end: m.index + m[0].length }));

/** A table's header cell over a column of names: 姓名, 幼儿姓名, 家长, 联系人, and in English (Child, Parent, Guardian) …. */
const NAME_HEADER = /^(?:(?:幼儿|学生|家长|孩子|缴费人|收款人|投诉人)?姓名|名字|家长|幼儿|联系人|收款人|缴费人|交款人|付款人|签收人|监护人|(?:对方|收款方?|付款方?|收款人|付款人)?户名|交易对象|(?:child|student|parent|guardian|payer)(?:'s)?(?: name)?|name)$/i;
/** …and over a column of dates of birth, each cell a date. */
const BIRTH_HEADER = /^(?:(?:幼儿|学生|孩子)?出生(?:日期|年月日?)|生日|dob|date of birth|birth ?date|birthday)$/i;
const BIRTH_CELL = /^(?:\d{4}\s?[-/.年]\s?\d{1,2}(?:\s?[-/.月]\s?\d{1,2}日?)?|\d{8})$/;
/**
 * Columns of ids under their header (微信 / WeChat, 用户名 / App ID, 学籍号, 社保卡号, Birth Cert No.): each cell one id of
 * that kind when it has the id's shape, so a table's WeChat column is masked whatever its ids look like.
 */
const ID_COLUMNS: ReadonlyArray<{ header: RegExp; kind: PersonalDataKind; cell: RegExp }> = [
  { header: /^(?:微信号?|微信id|wechat(?: id)?)$/i, kind: "wechat", cell: /^[A-Za-z][-_A-Za-z0-9]{5,29}$/ },
  { header: /^(?:用户名|账号|帐号|登录名|app ?id|user ?name|uid)$/i, kind: "app_account", cell: /^(?=[A-Za-z0-9_.-]*[A-Za-z_])[A-Za-z0-9][-_.A-Za-z0-9]{3,29}$|^\d{5,20}$/ },
  {
    header: /^(?:(?:全国)?学籍号|社保卡号|社会保障卡号|医保卡号|出生(?:医学)?证明?编号|证件号码?|护照号码?|birth cert(?:ificate)? no\.?|passport(?: no\.?)?|student id)$/i,
    kind: "document_number",
    cell: /^(?=[A-Za-z]*\d)[A-Za-z0-9]{6,20}$/,
  },
];
const CELL_SEPARATOR = /[|｜\t]/;
/** A row exported as CSV (姓名,性别,岗位,身份证号): three ASCII commas or more, no sentence's stop or full-width comma. */
const isCsvLine = (line: string): boolean => (line.match(/,/g)?.length ?? 0) >= 3 && !/[。；，]/.test(line);

/**
 * A line's cells and where each starts (`lineStart`: the line's offset in the copy): split by | or tabs, or, in a table
 * typed with spaces instead (姓名　　出生日期, as a document's table is copied), by spaces, those the copy dropped
 * between Chinese characters included.
 */
function cellsOf(line: string, lineStart: number): Array<{ text: string; start: number }> {
  const separator = CELL_SEPARATOR.test(line) ? CELL_SEPARATOR : isCsvLine(line) ? "," : null;
  if (separator) {
    let at = 0;
    return line.split(separator).map((text) => {
      const cell = { text, start: at };
      at += text.length + 1;
      return cell;
    });
  }
  const cells: Array<{ text: string; start: number }> = [];
  let start = -1;
  for (let k = 0; k <= line.length; k++) {
    const boundary = k === line.length || /\s/.test(line[k]) || spaceGaps.has(lineStart + k);
    if (boundary && start >= 0) {
      cells.push({ text: line.slice(start, k), start });
      start = -1;
    }
    if (k < line.length && !/\s/.test(line[k]) && start < 0) start = k;
  }
  return cells;
}

interface TableColumn {
  column: number;
  kind: PersonalDataKind;
  /** What a cell of the column must look like to be taken (names: isNameCell). */
  cell: RegExp | null;
}

/**
 * A table pasted into a narrative (序号 | 姓名 | 金额, one row a line): the cells under a header of names are names,
 * whatever their shape (a given name alone, a pet name), those under a header of dates of birth are dates of birth,
 * and those under an id's header (ID_COLUMNS) are ids. Read row by row: linear.
 */
const findTableColumns: Matcher = (s) => {
  const spans: Span[] = [];
  // Every column under such a header (幼儿姓名 … 家长姓名), read from a table's first row only: a cell that says who
  // someone is further down (| 阿依古丽 | 家长 |) is no new header; a row of another width starts a new table.
  let columns: TableColumn[] = [];
  let width = 0;
  let at = 0;
  for (const line of s.split("\n")) {
    const cells = cellsOf(line, at);
    if (cells.length !== width || cells.length < 2) columns = [];
    width = cells.length;
    // A record's line (收款人  卜凡, 交易日期 2025-09-01 对方户名 金某某, | 姓名 | 刘某某 |): its labels' values are on it (a
    // name, a figure, a mask), so it heads no column of the lines below.
    const record = cells.some((cell) => /\d|某|\*/.test(cell.text) || (!NAME_HEADER.test(cell.text.trim()) && holdsName(s, at, cell)));
    if (cells.length >= 2 && columns.length === 0 && !record) {
      columns = cells.flatMap((cell, column): TableColumn[] => {
        const header = cell.text.trim();
        if (NAME_HEADER.test(header)) return [{ column, kind: "person_name", cell: null }];
        if (BIRTH_HEADER.test(header)) return [{ column, kind: "birth_date", cell: BIRTH_CELL }];
        const id = ID_COLUMNS.find((c) => c.header.test(header));
        return id ? [{ column, kind: id.kind, cell: id.cell }] : [];
      });
    } else {
      for (const { column, kind, cell: shape } of columns) {
        const cell = cells[column];
        const value = cell.text.trim();
        const start = at + cell.start + cell.text.indexOf(value);
        if (shape ? shape.test(value) : isNameCell(value)) spans.push({ kind, start, end: start + value.length });
      }
    }
    at += line.length + 1;
  }
  return spans;
};

/**
 * A table pasted without its header (胡一鸣⇥中一班⇥1,100.00⇥6229…, 竺一鸣  大一班  …  竺丽): in a row of three cells or more one
 * of which is a class, every cell that is a full name alone is one.
 */
const findHeaderlessRows: Matcher = (s) => {
  const spans: Span[] = [];
  let at = 0;
  for (const line of s.split("\n")) {
    const cells = cellsOf(line, at);
    if (cells.length >= 3 && cells.some((cell) => WHOLE_CLASS.test(cell.text.trim()))) {
      for (const cell of cells) {
        const value = cell.text.trim();
        const start = at + cell.start + cell.text.indexOf(value);
        const end = start + value.length;
        if (value.length >= 2 && (nameAt(s, start) === end || roleOnlySurnameNameAt(s, start) === end)) spans.push({ kind: "person_name", start, end });
      }
    }
    at += line.length + 1;
  }
  return spans;
};

/** Whether a cell of the line starting at lineStart holds a full name alone (a surname read as one). */
function holdsName(s: string, lineStart: number, cell: { text: string; start: number }): boolean {
  const value = cell.text.trim();
  const start = lineStart + cell.start + cell.text.indexOf(value);
  return isNameCell(value) && nameAt(s, start) === start + value.length;
}

/**
 * A name in a column of names: not a mask (王某某), nor an organisation in a column of account holders (童心园), nor a
 * surname and a title (金先生, as the mask keeps as much); a transliterated name may have its parts joined by a middle
 * dot (买买提·艾力).
 */
const isNameCell = (value: string): boolean =>
  /^(?:[\u4e00-\u9fff*]{2,4}|[\u4e00-\u9fff]{2,8}[·•・][\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z .-]{1,30})$/.test(value) &&
  !/某|(?:园|校|公司|中心|银行|局)$/.test(value) &&
  !(surnameAt(value, 0) > 0 && POLITE_TITLES.includes(value.slice(surnameAt(value, 0))));

// ───────────────────────────── the debris of other systems ─────────────────────────────

/**
 * The labels of a form, a mail header, a transfer record or a written record whose value is a person (发件人：司马婧 <…>,
 * 拟稿人：冉晓莉  拟稿部门, 被询问人签名：芶秀芝（手印）, 交易对象：许振宇, 收款方户名：乌兰).
 */
const FIELD_LABELS =
  "发件人 收件人 抄送 寄件者 收件者 寄件人 拟稿人 核稿人 签发人 被询问人 询问人 交易对象 对方户名 对方账户 收款方户名 付款方户名 收款人 付款人 交款人 缴款人 领款人 签收人 持卡人 开户人";
const FIELD_LABEL = new RegExp(`(?:${alternation(FIELD_LABELS)})(?:签字|签名)?\\s?[:：]\\s{0,4}`, "g");
/** A field's value that is no person: an organisation, a platform, a wallet, the writer's 本人. */
const NOT_A_PERSON = /园|校|公司|中心|银行|局|支付|财付|微信|余额|零钱|商户|集团|协会|委员会|部门|本人|无|略|同上|见下|见上|某/;

/**
 * The value of such a field on its own (ending the line, before a space, a bracket, an address in angle brackets, a
 * cell's end): two to four Chinese characters are the name, whatever its surname (a rare one, a Mongolian name).
 */
const findLabelledNames: Matcher = (s) => {
  const spans: Span[] = [];
  for (const m of s.matchAll(FIELD_LABEL)) {
    // A label inside a longer word is one still (本次付款人：…): the colon makes it a field.
    const at = m.index + m[0].length;
    const end = hanRunEnd(s, at);
    const value = s.slice(at, end);
    const ends = end === s.length || spaceGaps.has(end) || /[\s<(|,;]/.test(s[end]);
    if (value.length >= 2 && value.length <= 4 && ends && !NOT_A_PERSON.test(value) && !NOT_NAMES.has(value)) spans.push({ kind: "person_name", start: at, end });
  }
  return spans;
};

/** A name before its address in angle brackets, as mail headers and quoted replies write it (曲晓东 <quxiaodong@…>). */
const NAME_BEFORE_MAILBOX = /(?<=^|[\s,;:"“”])([\u4e00-\u9fff]{2,4})(?=\s?<[A-Za-z0-9._%+-]{1,64}@)/g;

/**
 * A chat export's speaker with their account in brackets (2025-05-20 21:16:42 龙秀英(905513624), 系统消息: 杨再林(1547782093)
 * 加入本群): the number is a QQ (a phone is found as one already), the name a name where a surname starts it.
 */
const SPEAKER_WITH_ACCOUNT = /(?<=(\d{1,2}:\d{2}(?::\d{2})?|[:：])\s?)([\u4e00-\u9fff]{2,4})\((\d{5,11})\)/g;

/** A link's parameters that carry a person (signup?kid=郝嘉怡&parent=郝斌). */
const NAME_PARAMETER = /(?<=[?&](?:kid|child|name|parent|student|stu|xm|xingming|realname|truename|username|user|contact|姓名|家长|幼儿)=)([\u4e00-\u9fff]{2,4})(?=[&#\s]|$)/gi;

/**
 * A signature in a mail's HTML (--<br>房志远<br>历下区…), or on one line with its office (续文杰  榆次区教育局, the name's
 * surname read as one, the office ending the line).
 */
const HTML_SIGNATURE = /(?<=(?:--|——)\s?(?:<br\s?\/?>|<\/?p>)\s?)([\u4e00-\u9fff]{2,4})(?=\s?<(?:br|\/p))/g;
const LINE_START = /(?<=^|\n)(?=[\u4e00-\u9fff])/g;
const OFFICE_ENDING_LINE = /^[\u4e00-\u9fff]{2,16}(?:局|所|科|处|中心|委员会)[ \t]*(?:$|\n)/;

const findDebrisNames: Matcher = (s) => [
  ...[...s.matchAll(NAME_BEFORE_MAILBOX)].filter((m) => !NOT_A_PERSON.test(m[1])).map((m) => tailGroup(m, "person_name")),
  ...[...s.matchAll(SPEAKER_WITH_ACCOUNT)].flatMap((m): Span[] => {
    const nameEnd = m.index + m[2].length;
    const qq: Span = { kind: "qq", start: nameEnd + 1, end: nameEnd + 1 + m[3].length };
    if (nameAt(s, m.index) === nameEnd) return [{ kind: "person_name", start: m.index, end: nameEnd }, qq];
    // After a chat line's time any speaker's number is their account (小米妈妈(905513624)); after a colon only a person's is (广州市(440100) is a region's code).
    return m[1].includes(":") && /\d/.test(m[1]) ? [qq] : [];
  }),
  ...[...s.matchAll(NAME_PARAMETER)].filter((m) => nameAt(s, m.index) === m.index + m[1].length).map((m) => ({ kind: "person_name" as const, start: m.index, end: m.index + m[1].length })),
  ...[...s.matchAll(HTML_SIGNATURE)].filter((m) => !NOT_A_PERSON.test(m[1])).map((m) => ({ kind: "person_name" as const, start: m.index, end: m.index + m[1].length })),
  // The office follows a space the copy dropped: the name ends there.
  ...[...s.matchAll(LINE_START)].flatMap((m): Span[] => {
    const end = nameAt(s, m.index);
    return end > 0 && spaceGaps.has(end) && OFFICE_ENDING_LINE.test(s.slice(end)) ? [{ kind: "person_name", start: m.index, end }] : [];
  }),
];

// ───────────────────────────── a class joined with a name ─────────────────────────────

const CLASS_NO = "(?:\\d{1,2}|[一二三四五六七八九十]{1,2})";
/** 中二班, 大(3)班, 大一(3)班, 小班2班, 托一班, K2班, named classes (苗苗班, 彩虹班), and a grade alone before a
 * name (小班的崔多恩, 大班李沐阳; 中班幼儿王… keeps its grade, as a year's hundred children tell no one apart). */
const CLASS_SOURCE =
  `(?:(?<![A-Za-z])[Kk][1-4][A-Za-z甲乙丙丁]?班|(?:[大中小托]|学前)[(（]?${CLASS_NO}[)）]?班|[大中小托]${CLASS_NO}[(（]${CLASS_NO}[)）]班|[大中小托]班[(（]?${CLASS_NO}[)）]?班?|${CLASS_NO}班|(?:(?![的在是和与及了大中小托])[\\u4e00-\\u9fff]){2}班|[大中小托]班(?![(（\\d一二三四五六七八九十]|幼儿|孩子|学生|小朋友|宝宝|同学|学员))`;
const CLASS = new RegExp(CLASS_SOURCE, "g");
/** A table's cell that is a class and nothing more (see findHeaderlessRows). */
const WHOLE_CLASS = new RegExp(`^${CLASS_SOURCE}$`);
/** Between a class and a child's name: 的, a word for the child, a separator (a group nickname's 大二班-豆豆 too). */
const CLASS_JOINER = /^(?:的|之)?(?:幼儿|孩子|学生|小朋友|宝宝|同学|学员)?[\s：:，,\-_·]?/;

/** A class followed by a child's name (中二班的王小明), or a name followed by its class (王小明（中二班）). */
/** A child's English name right after the class (K2班Tommy Zhang, K1B班Ryan Li): capitalised words, not a few common ones. */
const CHILD_LATIN_NAME = new RegExp(`^${NOT_A_LATIN_NAME}[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?(?![A-Za-z])`);

const findClassAndName: Matcher = (s) => {
  const spans: Span[] = [];
  for (const m of s.matchAll(CLASS)) {
    const classEnd = m.index + m[0].length;
    const joiner = CLASS_JOINER.exec(s.slice(classEnd, classEnd + 8)) as RegExpExecArray;
    const at = classEnd + joiner[0].length;
    const latin = CHILD_LATIN_NAME.exec(s.slice(at, at + 34));
    const end = Math.max(nameAt(s, at), nicknameAt(s, at), transliteratedNameAt(s, at), latin ? at + latin[0].length : -1);
    if (end > 0) spans.push({ kind: "class_and_name", start: m.index, end });
    const open = s[m.index - 1] === "(" ? 1 : 0;
    const comma = s[m.index - 1] === "," ? 1 : 0;
    // A table's row: the name, a tab or spaces, the class (胡一鸣⇥中一班).
    const cell = open || comma ? 0 : (/[\t ]{1,4}$/.exec(s.slice(Math.max(0, m.index - 4), m.index))?.[0].length ?? 0);
    let start = nameEndingAt(s, m.index - open - comma - cell);
    // Without its bracket the name must start its clause (内容为中三班… is no 容为 before a class); before a comma, it
    // may follow who the child is (我女儿王梓萱，托二班, 孩子叫刘思彤，中三班).
    if (start >= 0 && !open && !startsClause(s, start) && !(comma && (roleEndsAt(s, start) || s[start - 1] === "叫"))) start = -1;
    if (start >= 0) spans.push({ kind: "class_and_name", start, end: classEnd + (open && s[classEnd] === ")" ? 1 : 0) });
    // 王小虎在中三班, 王小虎就读于中三班: a name before a verb of place and the class (the name is enough to mask).
    const verb = /(?:在|就读于|读)$/.exec(s.slice(Math.max(0, m.index - 3), m.index));
    const nameEnd = verb ? m.index - verb[0].length : -1;
    const named = nameEnd > 0 ? nameEndingAt(s, nameEnd) : -1;
    if (named >= 0) spans.push({ kind: "person_name", start: named, end: nameEnd });
  }
  return spans;
};

// ───────────────────────────── the table ─────────────────────────────

/**
 * Every matcher of the gate. A new kind of personal data is a new entry here (with its kind in
 * `PersonalDataKind`, a mask in `maskHit`, and cases in the corpus beside the test).
 */
const MATCHERS: readonly Matcher[] = [
  // First: where its words say the digits are a phone's last ones, that names them over the shape findNumbers reads.
  findPhoneTails, // mobile (its last seven or eight digits)
  findNumbers, // id_number, id_number_like, mobile, landline, bank_account
  findPartlyMaskedIds, // id_number_like
  findBracketedPhones, // landline, mobile
  findHongKongIds, // document_number
  findChineseDigits, // the kinds of findNumbers, written in Chinese numerals
  findSplitMobiles, // mobile, with words or commas between its groups
  findNumberPieces, // mobile, id_number: given piece by piece
  findIdsAcrossLines, // id_number: cut by a line break
  findEmails, // email
  findWechat, // wechat
  findAppAccounts, // app_account
  findQq, // qq
  findDocuments, // document_number
  findSpacedAccounts, // wechat, qq, app_account, document_number: typed with spaces
  findIdTails, // id_number (its last characters)
  findPlates, // licence_plate
  findAddresses, // address
  findBirthDates, // birth_date
  findNamesAfterRoles, // person_name
  findNamesBeforeWords, // person_name
  findNamesInProse, // person_name
  findBareFullNames, // person_name
  findEnglishNames, // person_name
  findEnglishAddresses, // address
  findLatinNames, // person_name
  findPetNames, // person_name
  findSurnameThenGiven, // person_name
  findTransliteratedNames, // person_name
  findNameLists, // person_name
  findPartlyMaskedNames, // person_name
  findMidMaskedNames, // person_name
  findTableColumns, // person_name
  findHeaderlessRows, // person_name
  findLabelledNames, // person_name
  findDebrisNames, // person_name, qq
  findClassAndName, // class_and_name
];

/** Overlapping spans become one; the longer span's kind names the union (deny by default: nothing is dropped). */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (!last || span.start >= last.end) {
      merged.push({ ...span });
      continue;
    }
    // The same digits after a document's or an app's word (律师执业证号1330…, 支付宝账号2088…): what the word says they are.
    if (span.start === last.start && span.end === last.end && (span.kind === "document_number" || span.kind === "app_account") && last.kind === "bank_account") last.kind = span.kind;
    if (span.end > last.end) {
      if (span.end - span.start > last.end - last.start) last.kind = span.kind;
      last.end = span.end;
    }
  }
  return merged;
}

/** A bracketed aside right after a name (its phone number), skipped when looking for the next name. */
const ASIDE = /^\([^()]{0,30}\)/;

/** Names listed with a found one: 家长王某（…）、李某和张某 after it, 郭某、黄某夫妇 before it. */
function listedNames(s: string, spans: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const span of spans) {
    if (span.kind !== "person_name" && span.kind !== "class_and_name" && span.kind !== "wechat") continue;
    let at = span.end;
    for (;;) {
      const aside = ASIDE.exec(s.slice(at, at + 32));
      at += aside?.[0].length ?? 0;
      // After an aside a comma joins too (吴国栋、卢婉清（区教育局），杨帆（区市场监管局）).
      const joiner = NAME_JOINER.exec(s.slice(at, at + 3)) ?? (aside ? /^[,;]/.exec(s.slice(at, at + 1)) : null);
      const next = at + (joiner?.[0].length ?? 0);
      const end = joiner ? listedNameAt(s, next) : -1;
      if (!joiner || end < 0) break;
      found.push({ kind: "person_name", start: at + joiner[0].length, end });
      at = end;
    }
    // 武丽君和举办者罗志明: a name joined to a role and its name.
    let roleStart = -1;
    for (let length = 5; length >= 2 && roleStart < 0; length--) if (ROLE_WORDS.has(s.slice(span.start - length, span.start))) roleStart = span.start - length;
    if (roleStart > 0 && /[和与及、]/.test(s[roleStart - 1])) {
      const start = nameEndingAt(s, roleStart - 1);
      // Not a role's last character read as a surname (配班老师小周和保育员阿芳: 师小周 is no name).
      if (start >= 0 && !roleEndsAt(s, start + 1)) found.push({ kind: "person_name", start, end: roleStart - 1 });
    }
    for (let before = span.start; ; ) {
      const joiner = /(?:、|和|与|及)$/.exec(s.slice(Math.max(0, before - 1), before));
      const start = joiner ? nameEndingAt(s, before - 1) : -1;
      if (start < 0) break;
      found.push({ kind: "person_name", start, end: before - 1 });
      before = start;
    }
  }
  return found;
}

/**
 * Every other occurrence of a name found in context: a narrative names its people once with a role
 * and then bare (王梓涵的出生日期), or by the given name alone (我女儿周小米… 让小米带200元). Not where a place or an
 * organisation's name goes on (李宁体育幼儿园).
 */
function repeatedNames(s: string, spans: readonly Span[]): Span[] {
  const names = new Set(spans.filter((x) => x.kind === "person_name").map((x) => s.slice(x.start, x.end)));
  for (const name of [...names]) {
    const given = name.slice(surnameAt(name, 0));
    if (given.length === 2 && name.length - given.length > 0 && isGivenChar(given[0]) && isGivenChar(given[1]) && !NOT_NAMES.has(given)) names.add(given);
  }
  const found: Span[] = [];
  if (names.size === 0) return found;
  // One pass with set lookups (names have 2–4 characters), not a search per name: linear in the text.
  for (let at = 0; at < s.length; at++) {
    const name = [4, 3, 2].map((length) => s.slice(at, at + length)).find((candidate) => names.has(candidate));
    if (name === undefined) continue;
    const after = at + name.length;
    if (PLACE_SUFFIX.test(s.slice(after, after + 2)) || ENTITY_AHEAD.test(s.slice(after, after + 18))) continue;
    // A pet name found alone (乐乐奶奶, 小宝妈妈) is also the end of the full name (包乐乐).
    // Not a name in Latin letters: 老师Amy is no 师Amy.
    const petName = isHan(name[0]) && (surnameAt(name, 0) === 0 || (name.length === 2 && name[0] === name[1]));
    // …but not after a function word that is also a surname (壮壮和妞妞).
    const surname = petName && at > 0 && SURNAMES.has(s[at - 1]) && !AMBIGUOUS_SURNAMES.has(s[at - 1]) ? 1 : 0;
    found.push({ kind: "person_name", start: at - surname, end: at + name.length });
  }
  return found;
}

/** The kinds after which a bracket may hold their holder's name; after a name in Latin letters, its Chinese form (家长ZHANG WEI（张伟）). */
const CONTACT_KINDS: ReadonlySet<PersonalDataKind> = new Set(["mobile", "landline", "bank_account", "email", "wechat", "app_account", "qq", "person_name"]);

/**
 * A name in brackets right after an account or a phone number, its holder: 支付宝账户 hxy_0808@qq.com（黄晓燕）,
 * 卡号6217…（张丽华）. The bracket must hold the name alone.
 */
function namesAfterContacts(s: string, spans: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const span of spans) {
    if (!CONTACT_KINDS.has(span.kind)) continue;
    // After a name only when that name is in Latin letters: 王芳（宁波） gives where she is from.
    if (span.kind === "person_name" && isHan(s[span.start])) continue;
    const open = /^\s?\(\s?/.exec(s.slice(span.end, span.end + 3));
    if (!open) continue;
    const at = span.end + open[0].length;
    const end = nameAt(s, at);
    if (end > 0 && /^\s?\)/.test(s.slice(end, end + 2))) found.push({ kind: "person_name", start: at, end });
  }
  return found;
}

/** A name already masked (龚某, 张某某, 欧阳某): not a hit, but the names listed with it are (龚某和谭玲玲). */
const MASK = /某{1,2}/g;

function maskedNames(s: string): Span[] {
  const spans: Span[] = [];
  for (const m of s.matchAll(MASK)) {
    const surname = [2, 1].find((length) => m.index - length >= 0 && surnameAt(s, m.index - length) === length);
    if (surname) spans.push({ kind: "person_name", start: m.index - surname, end: m.index + m[0].length });
  }
  return spans;
}

/** Every personal-data hit in the text: sorted, non-overlapping, in the text's own UTF-16 offsets. */
export function scanPersonalData(text: string): PersonalDataHit[] {
  if (text.length === 0) return [];
  const norm = normalise(text);
  spaceGaps = norm.gaps;
  try {
    const found = MATCHERS.flatMap((match) => match(norm.text));
    const direct = [...found, ...namesAfterContacts(norm.text, found)];
    const named = [...direct, ...listedNames(norm.text, [...direct, ...maskedNames(norm.text)])];
    return mergeSpans([...named, ...repeatedNames(norm.text, named)]).map((span) => {
      const start = norm.from[span.start];
      let end = norm.to[span.end - 1];
      // With the invisible marks after its last character (a keycap's: 7️⃣).
      while (end < text.length && INVISIBLE.test(text[end])) end++;
      return { kind: span.kind, start, end, text: text.slice(start, end) };
    });
  } finally {
    spaceGaps = NO_GAPS;
  }
}

// ───────────────────────────── masks ─────────────────────────────

const nfkc = (text: string): string => text.normalize("NFKC");
const digitsOf = (text: string): string => chineseToAscii(nfkc(text)).replace(/[^\dXx]/g, "");

/**
 * Surname + 某某, the compound surname kept whole (欧阳某某); a pet name becomes 某某, a doubled one too even
 * when its character is also a surname (乐乐 is no 乐某某).
 */
function maskName(name: string): string {
  const surname = surnameAt(name, 0);
  const doubled = name.length === 2 && name[0] === name[1];
  return surname === 0 || doubled ? "某某" : `${name.slice(0, surname)}某某`;
}

/**
 * The class becomes 某班 and the name beside it is masked as a name: 中二班的王小明 → 某班的王某某. Read as the scan read
 * it (中 二 班 尹 若 曦 from a scanned receipt, 託一班 in traditional script), or the class would not be found again.
 */
function maskClassAndName(text: string): string {
  const s = normalise(text).text;
  const cls = new RegExp(CLASS.source).exec(s) as RegExpExecArray;
  const before = s.slice(0, cls.index);
  const bracket = before.endsWith("(") ? "(" : "";
  const head = before === "" ? "" : `${maskName(before.slice(0, before.length - bracket.length))}${bracket}`;
  const after = s.slice(cls.index + cls[0].length);
  const joiner = (CLASS_JOINER.exec(after) as RegExpExecArray)[0];
  const rest = after.slice(joiner.length);
  // The name after the class, also where one stands before it too (a table's row: 李沐宸 中一班 李强); a closing bracket is kept.
  const tail = /\p{L}/u.test(rest) ? `${joiner}${maskName(rest)}` : after;
  return `${head}某班${tail}`;
}

/**
 * The one-click mask of a hit. Each mask keeps enough to read the sentence and nothing that a scan
 * would find again (redaction converges):
 * - ID numbers (and near-IDs) become all asterisks: the first six digits give the place of registration,
 *   the last four the sex, and a child's ID is a minor's sensitive data, so nothing of it is kept;
 * - a mobile keeps its first three and last four digits (138****5678), a landline its area code and
 *   last four, an account its last four (****1234);
 * - an e-mail keeps its first character and domain (a***@example.com);
 * - WeChat, QQ and other apps' ids become ***; a plate keeps its province and authority letter (浙B·*****);
 * - an address keeps the road and becomes ***号 from the house number on;
 * - a name keeps its surname (张某某, 欧阳某某); a date of birth becomes 某年某月某日.
 */
export function maskHit(hit: Pick<PersonalDataHit, "kind" | "text">): string {
  const text = hit.text;
  switch (hit.kind) {
    case "id_number":
    case "id_number_like":
      // A partly masked ID keeps its length: its asterisks count too.
      return "*".repeat(digitsOf(text).length + (nfkc(text).match(/\*/g)?.length ?? 0));
    case "mobile": {
      const d = digitsOf(text).slice(-11);
      // A piece of a number given piece by piece (前三位186，中间2297…): the standard mask would keep all of it.
      if (d.length < 11) return "*".repeat(d.length);
      const prefix = /^\+?\s?(?:00)?86/.exec(nfkc(text))?.[0] ?? "";
      return `${prefix.trim()}${prefix ? " " : ""}${d.slice(0, 3)}****${d.slice(-4)}`;
    }
    case "landline": {
      // The extension goes with the number (0755-****1234, not the extension's digits last).
      const d = digitsOf(nfkc(text).replace(/(?:转|分机).*$/, ""));
      const area = /^0(?:10|2\d|[3-9]\d{2})/.exec(d)?.[0] ?? "";
      return `${area}${area ? "-" : ""}****${d.slice(-4)}`;
    }
    case "bank_account":
      return `****${digitsOf(text).slice(-4)}`;
    case "email": {
      const address = nfkc(text);
      const at = AT_SIGN.exec(address) as RegExpExecArray;
      return `${address.slice(0, 1)}***@${address.slice(at.index + at[0].length)}`;
    }
    case "wechat":
    case "app_account":
    case "qq":
    case "document_number":
      return "***";
    case "licence_plate": {
      const plate = nfkc(text);
      return `${plate.slice(0, 2).toUpperCase()}·*****`;
    }
    case "address":
      return /号/.test(text) ? "***号" : "***";
    case "person_name":
      return maskName(nfkc(text));
    case "class_and_name":
      return maskClassAndName(text);
    case "birth_date":
      return "某年某月某日";
  }
}

/** The text with every hit replaced by its mask (the hits of a fresh scan unless given). */
export function redact(text: string, hits: readonly PersonalDataHit[] = scanPersonalData(text)): string {
  let out = "";
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, hit.start) + maskHit(hit);
    at = hit.end;
  }
  return out + text.slice(at);
}
