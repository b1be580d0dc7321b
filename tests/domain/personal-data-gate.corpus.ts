/**
 * The personal-data gate's corpus: realistic complaint excerpts and case narratives about kindergarten
 * fees, with planted identifiers and the facts a published case must keep.
 *
 * Markup, so that a case is easy to add:
 *   {{kind:text}}  a planted identifier of that kind (a `PersonalDataKind`); `text` is exactly what the
 *                  gate must cover;
 *   {{?kind:text}} personal data the gate is known to miss (KNOWN_GAPS only): the test checks it is still
 *                  missed, so that a fix is noticed and the mark turned into a planted identifier;
 *   [[text]]       a fact that must survive: a kindergarten's name, a fee item, an amount, a district or
 *                  city, a legal citation, a decision date or term, a case number, an entity's credit code.
 * The markers are removed by `expandNarrative`, which reports each span's offsets in the plain text.
 * All names, numbers and addresses are invented.
 */
import type { PersonalDataKind } from "~/domain/personal-data/personal-data-gate";

export interface PlantedIdentifier {
  kind: PersonalDataKind;
  text: string;
  start: number;
  end: number;
}

export interface KeptFact {
  text: string;
  start: number;
  end: number;
}

export interface CorpusNarrative {
  text: string;
  identifiers: PlantedIdentifier[];
  /** Personal data the gate is known to miss (`{{?kind:text}}`). */
  knownMisses: PlantedIdentifier[];
  kept: KeptFact[];
}

const MARKER = /\{\{(\??)([a-z_]+):([^}]+)\}\}|\[\[([^\]]+)\]\]/g;

/** The plain text of a marked-up narrative, with the offsets of its identifiers and kept facts. */
export function expandNarrative(marked: string): CorpusNarrative {
  let text = "";
  let at = 0;
  const identifiers: PlantedIdentifier[] = [];
  const knownMisses: PlantedIdentifier[] = [];
  const kept: KeptFact[] = [];
  for (const m of marked.matchAll(MARKER)) {
    text += marked.slice(at, m.index);
    at = m.index + m[0].length;
    const start = text.length;
    if (m[2] !== undefined) {
      text += m[3];
      (m[1] === "?" ? knownMisses : identifiers).push({ kind: m[2] as PersonalDataKind, text: m[3], start, end: text.length });
    } else {
      text += m[4];
      kept.push({ text: m[4], start, end: text.length });
    }
  }
  return { text: text + marked.slice(at), identifiers, knownMisses, kept };
}

export const NARRATIVES: readonly string[] = [
  // 1 overcharged 保教费
  "投诉人{{person_name:王建华}}（手机{{mobile:13805741234}}）反映，[[宁波市海曙区星星草幼儿园]]在[[2026年秋季学期]]按每月[[3200元]]收取[[保教费]]，高于备案的[[2,980.00 元]]。其子{{person_name:王梓涵}}在{{class_and_name:中二班的王梓涵}}就读，{{person_name:王梓涵}}的出生日期为{{birth_date:2021年3月14日}}，身份证号{{id_number:330205201907210496}}。家长们在家长会上也提出过异议。",
  // 2 fee account not the filed account
  "经查，[[爱弥儿国际幼儿园有限公司]]（统一社会信用代码[[91330203MA2R3WYY3X]]）要求家长将[[伙食费]]转入出纳{{person_name:陈丽娟}}的个人账户{{bank_account:6212768426846563215}}，该账户不是备案的收费账户，违反[[民办教育促进法实施条例第四十四条]]。家长{{person_name:李明}}提供了转账截图，联系电话{{mobile:139 0574 5566}}。",
  // 3 cross-term prepayment
  "举报人{{person_name:欧阳娜娜}}称，[[鄞州区]][[小太阳幼儿园]]园长{{person_name:周国平}}要求家长一次性预交[[2027年春季学期]]的[[保教费]]共计[[15,600元]]，属于跨学期预收，违反[[《幼儿园收费管理暂行办法》]]。举报人微信号：{{wechat:nana_oy2020}}，邮箱{{email:ouyang.nana@163.com}}。",
  // 4 uniforms
  "[[江北区]][[金色童年幼儿园]]强制购买园服，每套[[480元]]。{{person_name:张思远}}妈妈表示，班主任{{person_name:刘芳}}在家长群里说不买园服不能参加活动。{{person_name:张思远}}家住[[江北区]]慈城镇解放路{{address:10号3幢1单元502室}}，投诉人电话{{mobile:１５８６７８９０１２３}}。",
  // 5 interest classes
  "家长{{person_name:赵雪梅}}反映，孩子{{person_name:赵一鸣}}（{{birth_date:2020-09-02}}出生）所在的{{class_and_name:大(3)班赵一鸣}}被要求报名[[兴趣班]]，每学期[[1,200元]]，[[兴趣班费]]未经备案。赵女士的身份证号码为{{id_number:3301 0620 2109 1479 50}}，QQ：{{qq:287654321}}。",
  // 6 refund refused
  "[[奉化区]][[蓝天幼儿园]]拒绝为中途退园的幼儿退还[[住宿费]][[2,400元]]。监护人{{person_name:诸葛明亮}}多次拨打园方电话未果，其本人手机为{{mobile:+86 137 5748 9021}}，住址为奉化区南山路{{address:168号2幢301室}}。诸葛先生提供的退费申请载明孩子生于{{birth_date:2020年11月5日}}。",
  // 7 bank transfer to principal
  "经核实，园长{{person_name:上官婉清}}以个人名义收取[[代收费]]共[[36,750.00元]]，收款账户为{{bank_account:6228 9078 6666 1760 313}}，开户人{{person_name:上官婉清}}。该园为[[海曙区]][[彩虹桥幼儿园]]，依据[[《价格法》第十三条]]予以处理。",
  // 8 landline and complaint office
  "投诉人{{person_name:孙丽华}}留下座机{{landline:0574-87651234}}和手机{{mobile:186-5743-2109}}，反映[[慈溪市]][[童心幼儿园]]在[[保育费]]之外另收[[空调费]][[300元]]。孙女士的女儿{{person_name:孙可欣}}在{{class_and_name:小一班孙可欣}}，出生于{{birth_date:2022.04.18}}。",
  // 9 licence plate, school bus
  "家长{{person_name:黄志强}}反映，[[北仑区]][[海星幼儿园]]校车（车牌{{licence_plate:浙B·3K721}}）每月收取[[接送费]][[260元]]未公示。黄先生的车牌为{{licence_plate:浙BD12345}}，电话{{mobile:13957481234}}，微信{{wechat:hzq_nb1986}}。",
  // 10 officer narrative with decision date
  "[[2026年11月20日]]，[[海曙区教育局]]对[[星星草幼儿园]]作出处理决定，案号[[甬海教罚〔2026〕12号]]。调查中，家长{{person_name:林晓燕}}、{{person_name:郑海波}}和{{person_name:何静}}提供了缴费凭证，{{person_name:林晓燕}}的联系电话为{{mobile:135 8600 1122}}，{{person_name:郑海波}}的银行卡号为{{bank_account:6233 0792 4402 6855}}。",
  // 11 wechat transfer
  "投诉人称园方通过微信收取[[伙食费]]，收款人微信号为{{wechat:wxid_lxy8899}}，昵称“{{person_name:罗小燕}}老师”。投诉人{{person_name:马文博}}，身份证{{id_number:44030519830212596 5}}，联系方式{{mobile:13600000001}}。涉事幼儿园：[[镇海区]][[启明星幼儿园]]。",
  // 12 QQ group
  "[[余姚市]][[阳光宝贝幼儿园]]在QQ群内通知家长缴纳[[教材费]][[350元]]，群主QQ号{{qq:1234567890}}。家长{{person_name:钱佳慧}}称，其孩子{{person_name:钱乐乐}}在{{class_and_name:中班2班的钱乐乐}}，生日是{{birth_date:2021年7月}}。钱女士邮箱{{email:qdd_1990@qq.com}}。",
  // 13 full-width ID and phone
  "举报人：{{person_name:司马云飞}}，身份证号：{{id_number:３１０１０４２０２００２０８０９２１}}，手机：{{mobile:１３９ ５７４８ ６６２０}}。举报[[象山县]][[丹城幼儿园]]以“[[赞助费]]”名义收取[[5,000元]]，违反[[教基〔2023〕4号]]。",
  // 14 address with road
  "经调查，[[宁海县]][[跃龙幼儿园]]举办者{{person_name:叶建军}}居住于跃龙街道兴宁北路{{address:88号6幢2单元1202室}}，该园[[保教费]]实际收取[[2,650元/月]]，超出备案标准[[12.5%]]。{{person_name:叶建军}}的手机{{mobile:13777778888}}。",
  // 15 old 15-digit ID and landline
  "投诉人{{person_name:吴桂英}}（身份证{{id_number:110105491231002}}）反映，孩子的外婆每天接送，园方另收[[延时服务费]][[20元/天]]。联系电话{{landline:(0574) 8765 4321}}，手机{{mobile:15057412345}}。涉事园为[[鄞州区]][[新芽幼儿园]]。",
  // 16 teacher names
  "[[海曙区]][[小蜜蜂幼儿园]]的{{person_name:金晓红}}老师和{{person_name:谢婷}}老师要求家长购买指定绘本，每套[[268元]]。{{person_name:谢婷}}老师的手机是{{mobile:188 5748 1234}}，{{person_name:金晓红}}的微信是{{wechat:jxh_teacher01}}。",
  // 17 dates of birth, several formats
  "家长{{person_name:徐志刚}}称，其双胞胎子女{{person_name:徐安然}}和{{person_name:徐安宁}}均于{{birth_date:二〇二〇年八月十六日}}出生，[[慈溪市]][[贝贝幼儿园]]对第二个孩子未按规定减免[[保教费]]，多收[[1,490元]]。徐先生的身份证号码{{id_number:330211198311215969}}，电话{{mobile:13505748899}}。",
  // 18 compound surname parent and class
  "投诉材料显示，{{class_and_name:托班1班的慕容小雨}}于{{birth_date:2023年2月6日}}出生，其母亲{{person_name:慕容雪}}反映[[奉化区]][[晨曦幼儿园]]收取[[托育费]][[4,200元/月]]，超过[[奉化区]]公布的指导价。慕容女士电话{{mobile:139-5748-2210}}，住址萧王庙街道{{address:12号2单元401室}}。",
  // 19 email and bank account with hyphens
  "[[2026年秋季学期]]，[[北仑区]][[蓓蕾幼儿园]]要求家长向{{bank_account:3301-0400-0000-1234-5678}}账户缴纳[[住宿费]]，户名为{{person_name:蒋丽}}。投诉人{{person_name:彭晓东}}的邮箱{{email:pengxd@example.com.cn}}，手机{{mobile:18857481122}}。",
  // 20 near-ID (check digit wrong)
  "当事人{{person_name:冯建国}}提交的身份证复印件号码为{{id_number:330203199009281362}}（核对发现末位有误），其经营的[[江北区]][[七色花幼儿园]]在[[2026年春季学期]]多收[[保教费]]共计[[48,600元]]。{{person_name:冯建国}}电话{{mobile:13305741234}}。",
  // 21 grandmother complains
  "{{person_name:曹秀英}}奶奶反映，孙女{{person_name:曹语嫣}}在[[镇海区]][[快乐岛幼儿园]]就读，园方收取[[床上用品费]][[380元]]却未发放物品。曹奶奶家住骆驼街道民和路{{address:56号}}，电话{{landline:0574-86541230}}。",
  // 22 WeChat with vx and a mobile used as id
  "园方负责人让家长加vx：{{wechat:13812340000}}缴费，共收取[[餐点费]][[12元/天]]。举报人{{person_name:邓丽君}}的QQ为{{qq:55667788}}，身份证号{{id_number:510107197810130504}}。涉事园：[[海曙区]][[雏鹰幼儿园]]，违反[[发改价格〔2025〕1644号]]。",
  // 23 plate and address shorthand
  "经查，园长{{person_name:唐国强}}驾驶{{licence_plate:浙B 8M9Q2}}号车辆到家长家中催缴[[保教费]]，地点为阳光花园{{address:5-2-301}}。涉事幼儿园[[鄞州区]][[太阳花幼儿园]]于[[2026年10月]]被约谈。{{person_name:唐国强}}手机{{mobile:13605749999}}。",
  // 24 many roles
  "保育员{{person_name:袁媛}}、厨师{{person_name:蔡大勇}}和财务{{person_name:潘玉兰}}均证实，[[象山县]][[石浦幼儿园]]的[[伙食费]]结余[[21,300元]]未退还家长。财务{{person_name:潘玉兰}}的个人账户{{bank_account:6274121547280385286}}曾收取部分[[伙食费]]。",
  // 25 full-width email and plate
  "投诉人{{person_name:杜子腾}}的邮箱为{{email:ｄｕｚｉｔｅｎｇ＠１２６．ｃｏｍ}}，车牌{{licence_plate:沪Ａ·Ｄ６６８８}}，反映[[宁海县]][[梅林幼儿园]]收取[[校车费]][[3,000元/年]]。杜先生的手机为{{mobile:1 3 9 0 5 7 4 1 1 1 1}}。",
  // 26 birth date without year
  "{{person_name:许诺}}小朋友生日为{{birth_date:9月18日}}，[[海曙区]][[星辰幼儿园]]在其生日当天收取[[生日会费]][[150元]]。{{person_name:许诺}}的爸爸{{person_name:许文强}}电话{{mobile:13958741230}}，身份证{{id_number:330212198610196549}}。",
  // 27 narrative with several names and roles
  "[[2026年9月1日]]，家长代表{{person_name:韩梅梅}}与{{person_name:李雷}}到[[鄞州区教育局]]反映[[鄞州区]][[启航幼儿园]]多收[[保教费]]。园长{{person_name:韦小宝}}表示将退还[[每生800元]]。{{person_name:韩梅梅}}电话{{mobile:13857440011}}，{{person_name:李雷}}电话{{mobile:13857440022}}。",
  // 28 parent named before 爸爸, teacher after role
  "{{person_name:陶子轩}}爸爸称，班主任{{person_name:贺晓琳}}要求每位家长交[[班费]][[200元]]，钱款打到{{person_name:贺晓琳}}的银行卡{{bank_account:6211 6372 6516 7612 222}}。涉事园为[[江北区]][[智慧树幼儿园]]，依据[[《价格法》第十三条]]立案。",
  // 29 12-digit account
  "经查，[[慈溪市]][[小天使幼儿园]]将[[保教费]]存入以法定代表人{{person_name:毛建新}}名义开立的账户{{bank_account:810204512233}}。{{person_name:毛建新}}，男，{{birth_date:1975年6月23日}}生，身份证号{{id_number:110105197506233587}}，户籍地址城关镇解放路{{address:32号}}。",
  // 30 class with Chinese numeral and name after role
  "家长反映{{class_and_name:大三班幼儿郝佳怡}}的[[保育费]]被重复收取。{{person_name:郝佳怡}}妈妈{{person_name:顾敏}}的电话是{{mobile:15968741234}}，微信号{{wechat:gumin_0826}}。涉事园为[[余姚市]][[童乐幼儿园]]，重复收取[[1,350元]]。",
  // 31 spaces everywhere
  "投 诉 人：{{person_name:龚振华}}；身份证：{{id_number:330203 19831223 3173}}；手机：{{mobile:135 7412 3698}}；反映[[北仑区]][[小海豚幼儿园]]收取[[择园费]][[8,000元]]，违反[[《幼儿园收费管理暂行办法》第十二条]]。",
  // 32 landline without area code in context
  "[[镇海区]][[小树苗幼儿园]]的收费公示电话{{landline:86221234}}长期无人接听。家长{{person_name:邵明辉}}只得联系园长{{person_name:武丽萍}}（电话：{{mobile:13566778899}}）。园方多收[[保教费]][[600元/月]]。",
  // 33 officer notes with 姓名
  "姓名：{{person_name:段晓峰}}，联系电话：{{mobile:17757412345}}，身份证号：{{id_number:330106197802255710}}，地址：宁波市江北区人民路{{address:132号4幢1单元601室}}。诉求：[[江北区]][[童话幼儿园]]退还[[住宿费]][[1,800元]]。",
  // 34 nicknames
  "孩子{{person_name:豆豆}}在[[海曙区]][[萌芽幼儿园]]{{class_and_name:小二班的豆豆}}就读。{{person_name:豆豆}}妈妈反映园方收取[[兴趣班费]][[960元]]，联系手机{{mobile:13867891234}}，QQ邮箱{{email:775544331@qq.com}}。",
  // 35 family members
  "举报人为幼儿{{person_name:严梓萱}}的外公{{person_name:严国华}}，其称[[奉化区]][[春晖幼儿园]]在[[2027年春季学期]]开学前要求预交[[一学年保教费]][[28,800元]]。{{person_name:严国华}}手机{{mobile:13003456789}}，外孙女出生日期{{birth_date:20210614}}。",
  // 36 teacher via 老师 role
  "老师{{person_name:尹红梅}}在微信群中要求家长扫码缴纳[[活动费]]，收款码对应的银行卡为{{bank_account:6284 1485 2538 8853 7}}。家长{{person_name:雷雨}}、{{person_name:白雪}}向[[海曙区]]教育部门举报了[[海曙区]][[百花幼儿园]]。",
  // 37 hyphenated mobile and +86 without space
  "投诉人手机{{mobile:+8613912345678}}，备用电话{{mobile:139-1234-0000}}。投诉人{{person_name:姚瑶}}反映[[鄞州区]][[新城幼儿园]]收取[[学具费]][[420元]]未开具票据，园长{{person_name:樊振东}}拒绝退款。",
  // 38 class written with brackets and name before class
  "{{class_and_name:卢思彤（中一班）}}的家长反映，[[北仑区]][[博雅幼儿园]]向中一班每位幼儿收取[[拓展课程费]][[1,600元]]。{{person_name:卢思彤}}的父亲{{person_name:卢伟}}，电话{{mobile:18958746321}}，车牌{{licence_plate:浙B5F88A}}。",
  // 39 formal case narrative with citations
  "[[宁波市]][[鄞州区]]教育局查明：[[鄞州区]][[东钱湖幼儿园]]于[[2026年3月]]起按[[3,600元/月]]收取[[保教费]]，超过核定标准[[3,200元/月]]。当事人法定代表人{{person_name:钟伟强}}，身份证号码{{id_number:320106197510264672}}，对上述事实无异议。依据[[《价格法》第三十九条]]作出处理。",
  // 40 complaint with several numbers on one line
  "卡号{{bank_account:6227 0033 1234 5678 901}}，金额[[6,000元]]，日期[[2026-09-05]]，收款人{{person_name:柴晓梅}}，手机{{mobile:13712345678}}。家长要求[[慈溪市]][[彩虹幼儿园]]退还多收的[[保教费]]。",
  // 41 WeChat, several forms
  "园方财务{{person_name:施慧}}的微信：{{wechat:shihui-1988}}，另一位老师的微信号是{{wechat:WX_teacher_lily}}，家长被要求转账[[代办费]][[260元]]。涉事园：[[象山县]][[爵溪幼儿园]]。投诉人{{person_name:洪涛}}，电话{{mobile:15888886666}}。",
  // 42 birth dates in ID narrative
  "经核对学籍信息，幼儿{{person_name:牛一诺}}，{{birth_date:2021年12月3日}}出生，身份证号{{id_number:110105202112152948}}；幼儿{{person_name:庞子墨}}，出生日期：{{birth_date:2020/06/01}}，身份证号{{id_number:330106202006019630}}。二人均在[[宁海县]][[桃源幼儿园]]缴纳了未备案的[[保险费]][[180元]]。",
  // 43 narrative with 司徒 and 皇甫
  "投诉人{{person_name:司徒静}}与被投诉人{{person_name:皇甫俊}}就[[江北区]][[甬江幼儿园]]收取[[校服费]]发生纠纷，司徒女士电话{{mobile:13656781234}}，{{person_name:皇甫俊}}为该园举办者，住址育才路{{address:9号1幢}}。",
  // 44 excerpt with 家长们 and 家长会 traps
  "家长们在家长会上提出，[[海曙区]][[春芽幼儿园]][[2026年秋季学期]][[保教费]]上涨[[15%]]未经备案。家长会由园长{{person_name:聂小倩}}主持，家长代表{{person_name:殷素素}}（{{mobile:13805749876}}）记录了全过程。全体家长要求退还差价。",
  // 45 landline with extension-like format and QQ with 扣扣
  "[[北仑区]]教育局收到举报，[[北仑区]][[大碶幼儿园]]要求家长缴纳[[赞助费]][[2,000元]]。举报人{{person_name:甘露}}留下办公电话{{landline:0574 8689 1234}}，扣扣{{qq:98765432}}，邮箱{{email:ganlu@nbedu.gov.cn}}。",
  // 46 a near-ID with X and wrong check
  "投诉人{{person_name:柯南}}提供的身份证号为{{id_number:33022519750927697X}}，反映[[镇海区]][[庄市幼儿园]]的[[伙食费]]标准[[18元/天]]与公示不符。柯先生的孩子{{person_name:柯小北}}在{{class_and_name:大班2班柯小北}}。",
  // 47 plates of various provinces
  "调查中发现，园长{{person_name:霍建华}}使用{{licence_plate:粤B·D12345}}及{{licence_plate:苏A·5M2K8}}两辆车接送幼儿并收取[[接送费]][[300元/月]]。涉事园：[[奉化区]][[岳林幼儿园]]。{{person_name:霍建华}}电话{{mobile:18658741234}}。",
  // 48 card without grouping, landline with 010
  "{{person_name:鲁智深}}的父亲{{person_name:鲁达}}在北京工作，留下电话{{landline:010-62751234}}和银行卡{{bank_account:6228480402564890018}}，要求[[宁海县]][[西店幼儿园]]退还[[保教费]][[4,500元]]。",
  // 49 text with decision number and USCC only: all must survive, plus two identifiers
  "[[2026年11月20日]]，[[慈溪市教育局]]对[[慈溪市]][[明月幼儿园]]（统一社会信用代码[[52330282MJ8912345F]]）作出[[慈教处〔2026〕8号]]处理决定，责令退还多收的[[保教费]][[32,400元]]。投诉人{{person_name:彭丽媛}}，手机{{mobile:13957412399}}，邮箱{{email:peng_ly@outlook.com}}。",
  // 50 multiple children in a list
  "{{class_and_name:小三班的程子涵}}、{{person_name:程子轩}}兄妹二人均被收取[[床品费]][[560元]]。其母亲{{person_name:程雪}}的QQ号码：{{qq:3344556677}}，微信号：{{wechat:chengxue_mm}}，身份证{{id_number:330212197502174284}}。涉事园：[[余姚市]][[阳明幼儿园]]。",
  // 51 full-width card and spaces with ideographic space
  "家长{{person_name:宋佳}}通过卡号{{bank_account:６２１３　９６２４　５９５７　１１７７　２}}向[[海曙区]][[小脚丫幼儿园]]缴纳[[保教费]][[2,980.00元]]，该账户并非备案账户。宋女士电话{{mobile:１８０ ５７４１ ２３４５}}。",
  // 52 teacher name + 同学
  "{{person_name:苏小妹}}同学的家长{{person_name:苏轼}}反映，{{person_name:秦观}}老师在课后托管中每月收取[[托管费]][[500元]]。{{person_name:苏轼}}电话{{mobile:13105741234}}，家住鼓楼街道公园路{{address:18号3单元602室}}。涉事园：[[海曙区]][[月湖幼儿园]]。",
  // 53 date of birth before 生 and plate
  "幼儿{{person_name:谷雨桐}}（{{birth_date:2022年1月9日}}生）的外婆反映，[[镇海区]][[蛟川幼儿园]]以“[[特色课程费]]”名义收取[[800元]]。外婆{{person_name:方桂芝}}的电话{{mobile:13806741234}}，其女婿车牌{{licence_plate:浙BF88123}}。",
  // 54 account with CNAPS-like context and landline in brackets
  "经办人{{person_name:夏雨荷}}将[[代收费]]存入{{bank_account:1202 0261 0900 0123 456}}，联系电话{{landline:（0574）87123456}}。该行为违反[[民办教育促进法实施条例第四十四条]]。涉事园：[[江北区]][[荪湖幼儿园]]。",
  // 55 phone transcript
  "来电记录：来电人自称{{person_name:范冰冰}}，是{{class_and_name:中3班范小满}}的妈妈，来电号码{{mobile:13819876543}}。反映[[鄞州区]][[钟公庙幼儿园]]在[[2026年秋季学期]]收取[[空调使用费]][[200元]]。孩子{{person_name:范小满}}的出生日期{{birth_date:2021年10月30日}}，家住钟公庙街道天童南路{{address:588号9幢1单元1703室}}，身份证号{{id_number:330212198305167135}}。",
  // 56 case file summary with several parties
  "案件当事人：[[宁波市北仑区红黄蓝幼儿园]]，法定代表人{{person_name:邱少云}}（身份证号{{id_number:330203198312233173}}，手机{{mobile:13586612345}}）。投诉人{{person_name:侯佩岑}}、{{person_name:江一燕}}分别于[[2026年9月]]缴纳[[保教费]][[3,980元]]。{{person_name:侯佩岑}}的邮箱{{email:houpc2021@126.com}}，{{person_name:江一燕}}的QQ为{{qq:402218876}}。",
  // 57 letters and visits
  "信访人{{person_name:梁静茹}}（电话{{mobile:177 5741 0909}}，座机{{landline:0574-88229876}}）来信称，[[宁海县]][[桥头胡幼儿园]]收取[[被褥费]][[450元]]后未提供被褥。孩子{{person_name:梁小琪}}在{{class_and_name:小班1班的梁小琪}}，{{birth_date:2022年6月}}出生。",
  // 58 reporter is a teacher
  "举报人系该园教师{{person_name:薛佳凝}}，微信号{{wechat:xuejianing_01}}，她反映园长{{person_name:程建军}}指示将[[伙食费]]结余[[42,000元]]转入{{bank_account:6217 0012 3456 7890 12}}。涉事园：[[象山县]][[丹西幼儿园]]，违反[[《幼儿园收费管理暂行办法》第十一条]]。",
  // 59 refund negotiation with several phone formats
  "退费协商记录：家长{{person_name:田甜}}（{{mobile:138 0574 2323}}）、{{person_name:尤浩然}}（{{mobile:13905740101}}）与园方代表{{person_name:左丽华}}就[[住宿费]]退费达成一致，[[慈溪市]][[观海卫幼儿园]]同意每人退还[[1,200元]]。{{person_name:田甜}}的车牌{{licence_plate:浙B·7H2N5}}。",
  // 60 online complaint form
  "网上投诉表 — 姓名：{{person_name:詹天佑}}；手机号码：{{mobile:１５２ ５７４１ ８８９９}}；电子邮箱：{{email:zhanty@qq.com}}；身份证号码：{{id_number:110105198603164311}}；被投诉单位：[[镇海区]][[骆驼幼儿园]]；诉求：退还多收的[[保育费]][[720元]]。",
  // 61 grandparents and nicknames
  "爷爷{{person_name:包国强}}每天接{{person_name:包乐乐}}放学。{{person_name:乐乐}}奶奶反映[[江北区]][[洪塘幼儿园]]要求缴纳[[接送卡费]][[50元]]。{{person_name:包国强}}的手机{{mobile:13306741111}}，QQ号{{qq:10086123}}，家住洪塘街道洪都路{{address:77号5幢302室}}。",
  // 62 several accounts
  "经查，园方曾使用三个账户收取[[保教费]]：备案账户以外的{{bank_account:3901 1234 5678 9012 345}}、{{bank_account:6230 5200 1234 5678 9}}以及会计{{person_name:季红}}个人账户{{bank_account:6216 6000 0000 1234 567}}。涉事园为[[余姚市]][[凤山幼儿园]]，依据[[民办教育促进法实施条例第四十四条]]处理。",
  // 63 plate with 学 and address via 弄
  "该园校车{{licence_plate:浙B·A1234学}}由司机{{person_name:崔永元}}驾驶，{{person_name:崔永元}}家住南塘老街和义弄{{address:16号}}，手机{{mobile:13967890000}}。[[海曙区]][[南塘幼儿园]]每月收取[[校车费]][[350元]]未备案。",
  // 64 parent statement with 我叫
  "我叫{{person_name:柳如烟}}，是{{class_and_name:大一班柳依依}}的家长，身份证{{id_number:420102198604134003}}，电话{{mobile:18606741234}}。[[北仑区]][[霞浦幼儿园]]在[[2026年春季学期]]提前收取下学期[[保教费]][[9,600元]]。",
  // 65 investor and shareholders
  "[[奉化区]][[锦屏幼儿园]]举办者为{{person_name:聂卫平}}，股东{{person_name:常昊}}、{{person_name:古力}}。{{person_name:聂卫平}}的身份证号{{id_number:110105197506233587}}，住址锦屏街道中山路{{address:256号2幢}}，邮箱{{email:nie.wp@sina.com}}。该园收取[[赞助费]]共[[120,000元]]。",
  // 66 complaint with wx and birth date
  "{{person_name:郭靖}}、{{person_name:黄蓉}}夫妇反映孩子{{person_name:郭襄}}（生于{{birth_date:2021.08.15}}）在[[镇海区]][[招宝山幼儿园]]被收取[[入园考察费]][[500元]]。联系人{{person_name:黄蓉}}，wx：{{wechat:huangrong_taohua}}，手机{{mobile:13777001122}}。",
  // 67 a mother writes in the first person
  "我是{{person_name:蒋欣然}}的妈妈{{person_name:周婷}}，孩子在[[宁波市江北区]][[育才幼儿园]]中(2)班。园方这学期收了[[保教费]][[3,100元]]，比公示的多了[[300元]]。我的电话{{mobile:１３９５７４１０２３８}}，身份证{{id_number:330205 19830212 5965}}。",
  // 68 a statement of facts
  "情况说明：{{birth_date:2019年12月}}出生的幼儿{{person_name:徐子墨}}，其父{{person_name:徐海涛}}于[[2026年9月3日]]向园长{{person_name:朱丽叶}}缴纳[[伙食费]][[1,600元]]，收款二维码对应账户为{{bank_account:6222 0239 0100 8876 543}}。",
  // 69 an online complaint with a header
  "【投诉】[[鄞州区]][[明珠幼儿园]]老师{{person_name:梁朝伟}}私自收取[[兴趣班费]]。联系人：{{person_name:张曼玉}}，手机：{{mobile:+86 186 0574 3321}}，微信：{{wechat:zmy-1964}}，住址：鄞州区四明中路{{address:999号11幢2单元1501室}}。",
  // 70 an anonymous report
  "举报信：[[海曙区]][[鼓楼幼儿园]]园长{{person_name:刘德华}}的妻子{{person_name:朱丽倩}}担任出纳，开车（{{licence_plate:浙B·9X8Y7}}）到家长家收钱。举报人不愿透露姓名，邮箱{{email:jubao2026@163.com}}，QQ{{qq:7788990011}}。",
  // 71 the person controlling the kindergarten
  "经查，{{person_name:慕容复}}（男，{{birth_date:1978年4月5日}}生）系该园实际控制人，身份证号码{{id_number:11010519780405123X}}。该园[[2026年秋季学期]]收取[[保教费]]标准为[[4,800元/月]]，违反[[教基〔2023〕4号]]。",
  // 72 pet names in a parents' group
  "家长群截图显示，{{person_name:小雨}}妈妈、{{person_name:果果}}爸爸等二十余名家长被要求缴纳[[校服费]][[560元]]。{{person_name:果果}}爸爸{{person_name:邓超}}的电话为{{mobile:158 6789 0123}}。",
  // 73 a child's record
  "孩子{{person_name:林子涵}}，大二班，出生日期{{birth_date:2020.3.8}}。家长{{person_name:林峰}}反映园方扣留押金[[2,000元]]。{{person_name:林峰}}座机{{landline:0574-8712 3456}}。",
  // 74 a grandparent complains to the market regulator
  "[[2026年10月12日]]，[[宁波市市场监督管理局]]接到投诉，投诉人称其孙子{{person_name:鲍文轩}}就读的[[宁波市鄞州区贝蕾幼儿园]]收取[[空调费]]。投诉人{{person_name:鲍立新}}，男，联系电话：{{mobile:139　5741　2266}}。",
  // 75 an accountant's Alipay account is her mobile number
  "园方会计{{person_name:邬佳琪}}承认曾使用个人支付宝账户{{mobile:13600001111}}收取[[伙食费]]，涉及托班（1）班全体幼儿，合计[[8,640元]]。",
  // 76 an application with an estate address
  "申请人：{{person_name:裘国华}}，住宁波市海曙区西门街道青林湾小区{{address:12幢603室}}，电话：{{mobile:18957412345}}。被申请人：[[宁波市海曙区小橄榄幼儿园]]。",
  // 77 a grandmother, a pet name, a local landline
  "投诉内容：我家宝宝{{person_name:糖糖}}（{{birth_date:2022年8月}}生）在[[象山县]][[爵溪幼儿园]]小三班，园方要求缴纳[[一年保教费]][[36,000元]]。我是宝宝外婆，电话{{landline:65781234}}。",
  // 78 payments to a relative's account
  "另查明，该园负责人{{person_name:傅红雪}}曾要求家长{{person_name:叶开}}、{{person_name:丁灵琳}}将[[托管费]]转至其妻子名下账户{{bank_account:6230 9012 3456 7890}}。",
  // 79 a call log with 0086
  "通话记录：{{mobile:0086 138 5741 0099}}（家长{{person_name:萧峰}}），通话时间[[2026年9月5日]]。萧先生称孩子{{person_name:萧远山}}被多收[[课程费]][[1,280元]]。",
  // 80 a lane address and a new-energy plate
  "{{person_name:阿朱}}妈妈反映，[[江北区]][[甬江幼儿园]]在[[2026年秋季学期]]收取了[[园服费]][[620元]]。车辆{{licence_plate:浙BF12345}}停在园门口收费。家住江北区文教路{{address:88弄3号}}。",
  // 81 a writer naming themself in brackets, a lettered block and a plaza's office room
  "我（{{person_name:钟建国}}）代表[[小太阳幼儿园]]大班家长反映，园方收取[[赞助费]][[2,000元]]。我家住华府小区{{address:B栋1502室}}，单位在鄞州区天童南路{{address:588号}}宁波文化广场{{address:A座1203}}。",
  // 82 identity documents other than the resident ID, beside fees named after them
  "外籍幼儿家长{{person_name:金敏浩}}（护照号{{document_number:M12345678}}）反映，园方另收[[护照办理费]][[200元]]；另一名幼儿学籍号{{document_number:G330203202001010028}}，被收取[[学籍管理费]][[300元]]。",
  // 83 a child's age in brackets, a name after "叫", a rural address by village group
  "{{person_name:童佳怡}}（4岁）在[[奉化区]][[溪口幼儿园]]中班。我儿子今年5岁，叫{{person_name:童佳乐}}，同样被收取[[兴趣班费]][[1,200元]]。家住溪口镇黄泥村{{address:3组15号}}。",
  // 84 a payer on a receipt, a pet name after 宝贝
  "缴费凭证显示付款人{{person_name:刘洋}}于[[2026年9月1日]]向[[海曙区]][[春芽幼儿园]]支付[[保教费]][[2,380元]]。我家宝贝叫{{person_name:朵朵}}，在小二班。",
  // 85 a role with a bracketed aside before the name, a familiar surname with the name in brackets, e-mails spelled out
  "家长（父亲）{{person_name:吴刚}}反映，[[北仑区]][[新碶幼儿园]]于[[2026年10月]]收取[[赞助费]][[3,000元]]，经办的小李（{{person_name:李静}}）让家长把凭证发到{{email:wugang at 163 dot com}}或{{email:lijing#qq.com}}。",
  // 86 traditional characters, as a narrative copied from a Hong Kong or Taiwan source is written
  "家長{{person_name:陳美玲}}反映：[[鄞州區]][[藍天幼兒園]]收取了[[贊助費]][[5,000元]]，聯繫電話{{mobile:139 1234 5678}}，住址中山西路{{address:58號3單元501室}}。",
  // 87 a spouse named by the given name alone, a polite form of a surname with the full name in brackets
  "投诉人张女士（{{person_name:张晓燕}}）称，[[镇海区]][[招宝幼儿园]]要求其丈夫{{person_name:建军}}一次性缴纳[[两个学期保教费]][[12,800元]]，违反[[《幼儿园收费管理办法》第十四条]]。",
  // 88 an Alipay account, a child named by the given name after 名字叫
  "缴费时[[慈溪市]][[白沙路幼儿园]]财务人员让家长把[[伙食费]][[1,450元]]转到支付宝账号 {{app_account:zfb_lin_88}}，户名{{person_name:林小燕}}。孩子现在小班，名字叫{{person_name:思琪}}。",
  // 89 relatives by marriage, a name after 名为
  "经查，[[宁海县]][[跃龙幼儿园]]举办者{{person_name:钟汉良}}之配偶{{person_name:谢娜}}负责收取[[兴趣班费]][[960元]]；投诉人的婆婆{{person_name:冯秀英}}代为缴费，其孙子名为{{person_name:黎子豪}}。",
  // 90 an em dash in a landline, a flat in shorthand after the house number, a student number, a Douyin account
  "[[海曙区]][[布政幼儿园]]家长反映，园方以[[校车费]]名义收取[[1,800元]]。家长电话{{landline:0574—87651234}}，家住布政巷{{address:16号1-2-301}}；孩子学号{{document_number:2023010203}}，园长在抖音号{{app_account:dy_buzheng2026}}上也发了收费通知。",
  // 91 a title with the full name in brackets, a name listed with one already masked, a name in Latin letters
  "经查，[[江北区]][[彩虹幼儿园]]由刘园长（{{person_name:刘翠萍}}）亲自收取[[赞助费]][[6,000元]]，涉事教师为龚某（女，32岁）和{{person_name:谭玲玲}}。外籍家长姓名：{{person_name:Li Ming}}，联系方式：{{email:lm2020@outlook.com}}。",
  // 92 a decision's wording: names after 真名/名字, a name before 系, 姓…名…, brothers listed
  "经查，[[奉化区]][[岳林幼儿园]]实际控制人{{person_name:李逵}}系该园举办者，其秘书（真名{{person_name:赵薇}}）向幼儿家长收取[[建园费]]每生[[2,000元]]。家长代表{{person_name:孔明}}、{{person_name:孔亮}}兄弟反映，小孩名字：{{person_name:蔡徐坤}}；另一位家长自称姓{{person_name:燕名青}}。",
  // 93 a parents' group chat: a pet name with 妈, a child named after 叫, a lawyer, the one who took the money
  "群聊记录显示，[[北仑区]][[童乐幼儿园]]老师要求每位家长交[[350元]]“[[活动费]]”。【{{person_name:朵朵}}妈】：收到。另一位家长称孩子是去年生的，叫{{person_name:佳佳}}。当事人的委托代理人为律师{{person_name:殷素素}}，经手人：{{person_name:俞美丽}}。",
  // 94 a name in brackets after a kin word, a pet name after 你家, a shareholder who is a natural person
  "[[江东区]][[向阳幼儿园]]的股东之一为自然人{{person_name:蒋干}}（持股30%）。家长反映，孩子的姥姥（{{person_name:王桂兰}}）每天接送，老师却说你家{{person_name:乐乐}}不交[[兴趣班费]][[1,600元]]就别来了；她和孩子他爸（{{person_name:陈建国}}）商量后决定投诉。",
  // 95 an estate's phase before the flat, a road's building with its room, DOB, a name before 在 + class
  "[[北仑区]][[红联幼儿园]]多收[[保育费]][[900元]]。家长一家住天合家园二期{{address:15-2-1203}}，另一家住渡口路{{address:1号楼301}}；孩子DOB：{{birth_date:2020/10/10}}。据了解{{person_name:王小虎}}在中三班，也被收取了这笔费用。",
  // ───────── Held-out style (96–): styles and phrasings the narratives above do not use: officers' formal 文书
  // (当事人, 经查, 被询问人, 委托代理人, 收款人, 开户名), parents' chat-style complaints, traditional characters, odd
  // separators, names in lists and before titles, children by class and pet name, partial IDs, employers. ─────────
  // 96 a penalty decision's header: 法定代表人, 公民身份号码, 委托代理人 with a firm after the name
  "[[甬鄞市监处罚〔2026〕37号]]\n当事人：[[宁波市鄞州区小橙子幼儿园]]，统一社会信用代码：[[52330212MJ88765431]]。\n法定代表人：{{person_name:贝晓东}}，公民身份号码：{{id_number:330204198603153620}}。\n委托代理人：{{person_name:翁丽君}}，[[浙江甬信律师事务所]]律师，联系电话：{{mobile:138-5742-6610}}。\n经查，当事人于[[2026年9月1日]]起向大班幼儿家长收取“[[特色课程费]]”每生[[1,200元]]，共计[[86,400元]]，未按规定备案。",
  // 97 the last four digits of a reporter's ID, an amount after the 12315 line
  "经查，举报人{{person_name:应美华}}（身份证号后四位{{id_number:4813}}）于[[2026年10月8日]]通过[[12315]]平台举报[[宁波市海曙区七彩虹幼儿园]]超标准收取[[保教费]]。经调取该园收费台账，当事人[[2026年秋季学期]]按每生每月[[3,450元]]收取，高于备案标准[[3,150元]]。",
  // 98 a parents' chat: a child by class and pet name, the principal's wife, a card number, "V"
  "姐妹们，{{class_and_name:中二班的果果}}妈妈在这里😤 [[阳光海湾幼儿园]]这学期又收了[[500块]]的[[教材费]]，说是园长老婆{{person_name:俞晓红}}让收的，转账到她卡上 {{bank_account:6217 8570 0001 2345 678}}，谁有截图私我，我V：{{wechat:guoguo_mama77}}",
  // 99 traditional characters, a Hong Kong style complaint: 小姐, 電郵, 座
  "家長{{person_name:黃嘉欣}}投訴：[[寧波市江北區]][[童夢幼兒園]]於[[2026年9月]]向每位幼兒收取「[[開學禮包費]]」[[380元]]。黃小姐聯絡電話：{{mobile:139 5748 2671}}，電郵：{{email:kayan.wong@gmail.com}}，住址：江北區洪塘路{{address:66號2座1502室}}。",
  // 100 names listed after a role, a name before 会计, surnames 励 and 柏
  "经询问，家长{{person_name:潘立群}}、{{person_name:励志勇}}和{{person_name:柏雪}}均证实[[北仑区]][[小港幼儿园]]以“[[开园赞助费]]”名义每户收取[[3,000元]]，款项由{{person_name:沈玉芬}}会计经手后存入园长{{person_name:孔祥东}}个人账户{{bank_account:6228 4803 9876 5432 109}}。",
  // 101 names before 女士, 老师 and 园长, after 据
  "据{{person_name:杜春燕}}女士反映，[[奉化区]][[锦溪幼儿园]]的{{person_name:葛玲}}老师和{{person_name:施建飞}}园长在[[2026年9月]]开学时向家长推销绘本，每套[[398元]]。杜女士的手机{{mobile:13858260431}}，微信同号。",
  // 102 two children by class and pet name, "娃他爸"
  "我家两个娃都在[[慈溪市]][[坎墩幼儿园]]，{{class_and_name:大一班的乐乐}}和{{class_and_name:小二班的安安}}，这学期[[伙食费]]每人涨到[[16元/天]]，都没有公示。娃他爸{{person_name:戚国栋}}去问，园长说爱交不交。我电话{{mobile:15267431290}}",
  // 103 an interview record: 被询问人, sex and birth month, a card in the answer
  "询问笔录摘录：被询问人{{person_name:鲍静怡}}，女，{{birth_date:1991年4月}}出生，系[[宁波市镇海区骆驼街道贝贝幼儿园]]出纳。问：“[[伙食费]]收在哪个账户？”答：“收在我个人的农行卡上，卡号{{bank_account:6228 4803 1122 3344 556}}，开户名是我本人。”",
  // 104 transfer records: 收款人, 户名, a bank branch that must survive
  "转账凭证显示：收款人{{person_name:胡海英}}，收款账号{{bank_account:6230 5822 0011 4578 963}}，开户行[[中国农业银行宁波江北支行]]，金额[[￥2,680.00]]，附言“[[保教费]]”。另一笔转账户名：{{person_name:谢方圆}}，账号{{bank_account:6214 8357 6621 0098}}。",
  // 105 a complaint form in the formal style: 女，汉族, an estate with 栋/单元/室
  "投诉人：{{person_name:俞佳琪}}，女，汉族，{{birth_date:1990年7月28日}}出生，住宁波市海曙区望春街道清风小区{{address:7栋2单元1102室}}，联系电话{{mobile:186 5748 3327}}。被投诉人：[[宁波市海曙区望春幼儿园]]。投诉事项：被投诉人在[[2026年春季学期]]收取[[延时托管费]][[600元]]，未按[[《浙江省学前教育条例》第三十八条]]公示。",
  // 106 numbers with dots as separators
  "家长{{person_name:鄢文斌}}留的信息：手机{{mobile:138.0574.9921}}，身份证{{id_number:330212.19900728.4813}}，QQ号码{{qq:2876543210}}，邮箱{{email:yanwb1990@126.com}}。他反映[[鄞州区]][[姜山幼儿园]]的[[校车接送费]]从[[260元]]涨到[[380元]]。",
  // 107 a group-chat post: 薇信, a pet name with 妈 in brackets
  "@所有人 有没有[[江东区]][[快乐星球幼儿园]]的家长？？[[空调费]]一学期[[300块]]我觉得离谱！！联系我 薇信：{{wechat:xiaoyu_0912}} 或者打 {{mobile:159 8833 0571}}（{{person_name:小雨}}妈）",
  // 108 a village address, a wife after 其妻
  "当事人{{person_name:毛建伟}}，男，住[[宁海县]]桥头胡街道汶溪周村{{address:188号}}；其妻{{person_name:邬丽萍}}系该园保育员。经查，[[宁海县]][[汶溪幼儿园]]于[[2026年9月]]收取[[床铺费]][[450元]]。",
  // 109 a foreign teacher by Latin name, a tower block with a lettered wing
  "举报人{{person_name:翁佳怡}}称，[[江北区]][[外滩幼儿园]]的[[外教课程费]][[2,400元]]是打到外教{{person_name:Jessica Brown}}个人账户的。翁女士住江北区人民路{{address:128号}}和义大厦{{address:B座1708室}}，手机{{mobile:13906620781}}。",
  // 110 a household-register address with no road word before the number, a child's ID
  "经查明，幼儿{{person_name:邵梓轩}}（身份证号{{id_number:330206202009161531}}）的户籍地址为江北区庄桥街道邵家渡{{address:188号}}，其母{{person_name:林慧}}在[[江北区]][[庄桥幼儿园]]缴纳了[[借读费]][[2,000元]]。",
  // 111 a caller before 先生, a grandson, a landline and a mobile with times
  "来电人{{person_name:钱国栋}}先生反映其外孙{{person_name:周子豪}}在[[余姚市]][[凤山幼儿园]]就读，园方收取[[午托费]][[15元/天]]。回访电话：{{landline:0574-62881357}}（工作日），{{mobile:13805749032}}（晚上）。",
  // 112 据…反映, a daughter by given name, a class teacher's WeChat
  "据{{person_name:屠晓燕}}反映，她女儿{{person_name:欣悦}}今年4岁，在[[北仑区]][[新碶幼儿园]]中(3)班，班主任{{person_name:史佳丽}}要求每人交[[资料费]][[120元]]，并让家长加她个人微信{{wechat:shijiali_t}}。",
  // 113 named classes, a child by class and full name, a teacher with a doubled given name
  "[[镇海区]][[蛟川幼儿园]]向日葵班、苹果班家长反映，园方以“[[研学活动费]]”名义收取[[680元]]。{{class_and_name:苹果班王一诺}}的爸爸{{person_name:王斌}}说，老师{{person_name:竺丹丹}}让大家把钱转到{{bank_account:6212 2639 0100 5566 778}}。",
  // 114 a child's birth date, ID in groups of four, a birth certificate number
  "幼儿{{person_name:贺思远}}，{{birth_date:2021.3.4}}出生，身份证：{{id_number:3302 0520 2103 0400 27}}；出生医学证明编号{{document_number:R330123456}}。其父{{person_name:贺军}}于[[2026年8月28日]]向[[奉化区]][[岳林幼儿园]]缴纳[[入园押金]][[1,000元]]。",
  // 115 plates with a hyphen and a space, the car's registered owner
  "园长{{person_name:包丽娜}}用私家车（{{licence_plate:浙B-7Q6M9}}）接送幼儿并收取[[接送费]][[280元/月]]，车主登记为其丈夫{{person_name:许伟}}，另一辆车牌{{licence_plate:浙B D66Q88}}也用于接送。",
  // 116 a confidential reporter: 身份证尾号 with X, 工作单位
  "（举报人信息保密）举报人：{{person_name:符晓明}}，身份证尾号{{id_number:563X}}，工作单位[[宁波市第二医院]]，手机{{mobile:17858743306}}。举报[[海曙区]][[白云幼儿园]]以“[[资料费]]”名义收取[[260元]]，违反[[发改价格〔2025〕1644号]]。",
  // 117 witnesses listed, a lawyer before 律师
  "证人{{person_name:邓秋萍}}、{{person_name:卓一凡}}证实，[[象山县]][[丹城幼儿园]]在[[2026年秋季学期]]每生加收[[空调费]][[200元]]。当事人委托{{person_name:雷振宇}}律师提交了书面陈述，联系邮箱{{email:leizy@zjlawyer.cn}}。",
  // 118 names listed before 三位家长
  "{{person_name:王丽}}、{{person_name:陈芳}}、{{person_name:赵敏}}三位家长于[[2026年10月15日]]到[[海曙区市场监督管理局]]投诉，称[[海曙区]][[月湖幼儿园]]收取[[择校费]][[5,000元]]。{{person_name:赵敏}}的电话{{mobile:135 6742 0918}}。",
  // 119 names listed before 均为, a name before 系
  "经查，{{person_name:张立三}}、{{person_name:李思思}}和{{person_name:王武}}均为该园教职工，受园长指派收取[[伙食费]]。{{person_name:李思思}}系园长外甥女，其微信号码：{{wechat:lisisi-0815}}。涉事园：[[鄞州区]][[钟公庙幼儿园]]。",
  // 120 parents named by their child's given name: 梓涵妈妈, 我是一诺爸爸
  "【家长群】{{person_name:梓涵}}妈妈：园里又让交[[兴趣班费]][[1,800元]]了？\n我是{{person_name:一诺}}爸爸，我们也收到了，转给{{person_name:钟婷婷}}老师的。\n{{person_name:梓涵}}妈妈：[[奉化区]][[阳光幼儿园]]去年就被查过。",
  // 121 an English name before 妈妈, an English name after 孩子
  "我是{{person_name:Cindy}}妈妈，孩子{{person_name:Kevin}}在[[鄞州区]][[爱立方双语幼儿园]]读大班，园方这学期收了[[外教费]][[6,800元]]，家长{{person_name:Linda}}和我都没拿到收据。我的手机{{mobile:186-0574-1188}}。",
  // 122 a child's age before the pet name, a pet name with its age in brackets
  "年仅4岁的{{person_name:朵朵}}被园方以未交[[校服费]]为由不让参加演出。{{person_name:朵朵}}（4岁）的外婆{{person_name:乐秀芳}}说，[[江北区]][[慈城幼儿园]]要求补交[[560元]]。",
  // 123 a parent's employer after 系, a father after 孩子父亲
  "孩子父亲{{person_name:金涛}}系宁波舟山港集团职工，孩子母亲{{person_name:蒋雯}}在宁波银行工作。二人反映[[北仑区]][[明港幼儿园]]收取[[择园费]][[10,000元]]，{{person_name:金涛}}手机{{mobile:13777450219}}。",
  // 124 a company as the organiser, its legal representative and his mother
  "[[宁波市星光教育咨询有限公司]]系[[镇海区]][[星光幼儿园]]举办者，法定代表人{{person_name:蔡明亮}}，实际控制人为其母亲{{person_name:严淑芬}}。该园于[[2026年9月]]收取[[赞助费]][[8,000元]]，违反[[《民办教育促进法》第三十八条]]。",
  // 125 numbers read out in Chinese numerals with spaces between the groups
  "电话记录：来电人自称{{person_name:项美玲}}，手机{{mobile:幺三八 零五七四 九九二一}}，身份证号{{id_number:三三零二零四一九八六零三一五三六二零}}，反映[[宁海县]][[梅林幼儿园]]多收[[保育费]][[900元]]。",
  // 126 a grandmother before 阿姨 and 外婆, 出生年月 with a dot
  "食堂的{{person_name:葛素芬}}阿姨说，{{person_name:虞欣怡}}外婆{{person_name:张桂花}}每天来接孩子。{{person_name:虞欣怡}}，出生年月：{{birth_date:2021.06}}，在[[慈溪市]][[浒山幼儿园]]被收取[[特色课程费]][[1,500元]]。",
  // 127 an estate called 名邸, a flat in shorthand after 住在
  "投诉人{{person_name:胡嘉敏}}住在印象城旁边的湖滨名邸{{address:12-1-602}}，她说[[鄞州区]][[湖滨幼儿园]]的[[午餐费]]一天[[22元]]，比公示的[[18元/天]]多。胡女士电话{{mobile:13586630275}}。",
  // 128 admission: 承认, 辩称
  "[[2026年11月3日]]，执法人员对[[奉化区]][[尚田幼儿园]]进行检查。{{person_name:庄国梁}}承认园方向幼儿家长收取了[[床上用品费]][[380元]]。其妻{{person_name:谈晓芸}}辩称该费用系代收。",
  // 129 WeChat id with 微信号码, QQ after Q号 is left alone, an e-mail with capitals
  "[[江北区]][[甬江幼儿园]]老师{{person_name:邱雨晴}}的微信号码是{{wechat:qiuyuqing_1992}}，家长都是转给她的。她邮箱{{email:QiuYQ@Foxmail.com}}。每人[[活动材料费]][[240元]]。",
  // 130 a birth date with a two-digit year, a name given as 姓名
  "幼儿姓名：{{person_name:邹雨萱}}；出生：{{birth_date:21年5月}}；家长：{{person_name:邹海涛}}（父）；联系电话：{{mobile:15888643027}}。[[余姚市]][[梨洲幼儿园]]收取[[入园考察费]][[300元]]。",
  // 131 an officer's summary with 法定代表人 and its number in brackets, a plate of another province
  "经查，当事人[[宁波市北仑区彩虹幼儿园]]法定代表人{{person_name:乔振东}}（手机{{mobile:13957408876}}）驾驶{{licence_plate:皖A·8K3L2}}车辆在园门口收取[[校车费]]。以上事实有现场检查笔录、询问笔录等为证，[[2026年11月20日]]作出[[仑市监处罚〔2026〕21号]]决定。",
  // 132 a kindergarten teacher's bank account and a card holder, 持卡人
  "银行流水显示，[[鄞州区]][[东湖幼儿园]]的[[保教费]]有[[46笔]]转入持卡人{{person_name:邢晓丽}}的账户{{bank_account:6222 0811 0200 3388 665}}。{{person_name:邢晓丽}}系该园园长之妹。",
  // 133 a mixed list: children before 兄妹, a parent's QQ
  "{{person_name:梁子轩}}、{{person_name:梁子涵}}兄妹都在[[慈溪市]][[白沙幼儿园]]，园方收了两份[[建园费]]共[[4,000元]]。妈妈{{person_name:汤丽娟}}的QQ：{{qq:569087421}}，手机{{mobile:13306748812}}。",
  // 134 a parent's employer in brackets, a doctor before the name
  "投诉人{{person_name:滕文静}}（宁波大学教师）反映，[[江北区]][[庄桥幼儿园]]保健医生{{person_name:成丽华}}向家长推销[[体检套餐]]，每人[[360元]]。滕女士手机{{mobile:18867421035}}。",
  // 135 a Hong Kong style name with 陳 and 區 in a reply, a flat's 室 after an estate
  "陳太（{{person_name:陳美儀}}）回覆稱，其子{{person_name:何浩然}}在[[鄞州區]][[陽光幼兒園]]就讀，園方收取[[冷氣費]][[300元]]。住址：世紀花園{{address:3座12樓B室}}。",
  // 136 a group nickname: class, hyphen and pet name
  "群昵称“{{class_and_name:大二班-豆豆}}妈”的家长截图显示，[[海曙区]][[育英幼儿园]]要求[[2026年12月31日]]前交清[[下学期保教费]][[9,800元]]。",
  // 137 a birthday as month and day, a full date after 出生日期是
  "孩子生日是{{birth_date:5月20号}}，{{person_name:晨晨}}奶奶说那天园里收了[[生日会费]][[100元]]。另一名幼儿出生日期是：{{birth_date:2021年11月2日}}。[[北仑区]][[霞浦幼儿园]]。",
  // 138 other documents: 港澳通行证, 居住证
  "外地家长{{person_name:梅志刚}}持居住证（编号{{document_number:330206202600123}}）为孩子申请入园，[[江北区]][[洪塘幼儿园]]另收[[借读费]][[3,000元]]；其妻{{person_name:孔燕}}港澳通行证号码{{document_number:C12345678}}。",
  // 139 a refund list in the formal style, names with amounts. Known gap, left unplanted: 应浩宇, whose surname is
  // also a word (应退, 应缴), is not read as a name before an amount.
  "退费清单：{{person_name:柳思雨}}[[1,200元]]；{{person_name:柳思琪}}[[1,200元]]；应浩宇[[800元]]。以上款项由[[宁海县]][[西店幼儿园]]于[[2027年1月10日]]前退还，依据[[《价格法》第四十一条]]。",
  // 140 a partly masked text with one name missed, an ID with a lower-case x
  "当事人王某某（园长）要求家长向{{person_name:蒋美琳}}个人账户转账。{{person_name:蒋美琳}}身份证号{{id_number:11010519491231002x}}。[[鄞州区]][[首南幼儿园]]多收[[保教费]][[2,400元]]。",
  // 141 an address with 号楼 and a unit after an estate, 业主
  "业主{{person_name:石磊}}将住房出租给[[北仑区]][[星辰幼儿园]]作分园，地址为新碶街道银杏家园{{address:8号楼1单元}}，该园在此收取[[住宿费]][[1,600元/月]]。",
  // 142 a receipt: 交款人, 经办人, 收款单位
  "收据第[[0012345]]号：交款人{{person_name:吕佳音}}，项目[[兴趣班费]]，金额[[人民币壹仟贰佰元整]]，收款单位[[宁波市海曙区小太阳幼儿园]]，经办人{{person_name:何小敏}}。",
  // 143 a mother's complaint: 孩他爸, 我老公
  "我老公{{person_name:卢建锋}}在[[奉化区]][[萧王庙幼儿园]]门口被要求交[[停车费]][[20元]]，我们孩子才上托班。孩他爸手机{{mobile:133 0674 5521}}，车牌{{licence_plate:浙B·K5G77}}。",
  // 144 a partly masked ID (the first six and last four kept), a grandfather whose given name ends in 生
  "经核对，投诉人{{person_name:严建生}}提供的身份证复印件号码为{{id_number:330204********3620}}，其孙女在[[鄞州区]][[姜山幼儿园]]就读，园方收取[[校服费]][[450元]]未开票。",
  // 145 a name before 所在单位 and before 委托, a chat line inside a group
  "家长{{person_name:夏明辉}}所在单位出具的收入证明显示，[[海曙区]][[白云幼儿园]]按收入档次收取[[赞助费]][[3,000元]]。投诉人{{person_name:童丽娜}}委托其丈夫代为投诉。家长群里{{person_name:方海燕}}说老师让把[[活动费]]转到个人微信。",
  // 146 names listed before 等3名家长, a phone in brackets after a name
  "[[2026年11月2日]]，{{person_name:许凤英}}、{{person_name:杨志刚}}等3名家长向[[江北区教育局]]反映[[江北区]][[孔浦幼儿园]]收取[[午睡被褥费]][[320元]]。{{person_name:杨志刚}}（{{mobile:13957420613}}）提供了收据。",
  // 147 an English name before 妈妈 in a chat line, a Miss
  "{{person_name:Lucas}}妈妈：[[外教费]]一学期[[4,800元]]，[[鄞州区]][[橡树湾双语幼儿园]]说不交就换班。\n{{person_name:黄诗琪}}小姐：我们也交了，收款人是园长助理{{person_name:祝文杰}}。",
  // 148 an organisation's officers: 理事长, 董事长, 出资人
  "经查，[[宁波市鄞州区金苹果幼儿园]]系民办非企业单位，理事长{{person_name:卓秀珍}}、出资人{{person_name:傅建新}}，其董事长{{person_name:程伟民}}另设[[宁波金苹果教育科技有限公司]]收取[[课程开发费]]，每生[[1,600元]]。",
  // 149 staff roles: 收费员, 驾驶员, a child's father as 孩子爸
  "园方收费员{{person_name:龙晓梅}}承认，校车驾驶员{{person_name:汤建华}}每月向家长收取[[油费]][[150元]]。孩子爸{{person_name:余志明}}说这笔钱没有收据，[[北仑区]][[大榭幼儿园]]。",
  // 150 money handed to a person, a name before 的女儿
  "家长说[[伙食费]]都是转给{{person_name:贾玉兰}}的，{{person_name:贾玉兰}}的女儿{{person_name:华佳}}也在[[象山县]][[石浦幼儿园]]当老师。多收[[伙食费]]合计[[12,600元]]。",
  // 151 a formal record with 我先生, a flat in shorthand after a district's estate
  "陈述人：我先生{{person_name:殷志强}}于[[2026年9月1日]]在[[镇海区]][[庄市幼儿园]]缴纳[[保教费]][[3,980元]]，园方称[[保教费]]已上调。我们家住庄市街道万科城东区{{address:3-1-1201}}。",
  // 152 a child by 儿童 and 男孩, an ID number in a complaint with dots and a space
  "涉事儿童{{person_name:邱子墨}}，男孩，{{birth_date:2021年2月14日}}出生。[[慈溪市]][[古塘幼儿园]]以其未缴纳[[建园费]][[5,000元]]为由拒绝其入园。监护人身份证号：{{id_number:330282 1984.0423.1090}}。",
  // 153 an interview answer that names the people who collected the money
  "问：钱交给谁了？答：交给了{{person_name:柯美娟}}，她是园长的表妹，她说[[保教费]]每月[[3,600元]]是[[宁海县]][[桃源幼儿园]]定的。问：有没有收据？答：没有，只有她的微信转账记录，她微信名叫“{{person_name:柯柯}}”。",
  // 154 a parents' petition with a list of signatures
  "联名信：我们是[[奉化区]][[西坞幼儿园]]中班家长，反对收取[[空调费]]每学期[[400元]]。签名：{{person_name:陆文华}}、{{person_name:俞小红}}、{{person_name:章立平}}、{{person_name:邹明}}。",
  // 155 a name before 所长 that is not a place, an address by 号院
  "[[宁波市镇海区]]市场监管所{{person_name:冯立国}}所长带队检查了[[镇海区]][[骆驼幼儿园]]，该园园长{{person_name:阮雪芬}}住骆驼街道骆兴路{{address:8号院3栋201}}，[[2026年秋季学期]]多收[[保育费]][[21,000元]]。",
  // 156 a payment app's partly masked names, a card with middle dots
  "微信转账记录显示收款人为“{{person_name:邵*芳}}”，另一笔支付宝转账的收款方：{{person_name:*丽华}}，银行卡号{{bank_account:6217·8570·0001·2345·678}}。[[鄞州区]][[石碶幼儿园]]承认以上账户均用于收取[[兴趣班费]]。",
  // 157 a name before a bracket with its phone, 受托人, 被处罚人
  "被处罚人：[[宁波市江北区洪塘幼儿园]]；受托人{{person_name:宓建华}}（{{mobile:13456780912}}）到场接受询问。园方出纳{{person_name:俞丽}}（身份证号{{id_number:330225199301058683}}）负责收取[[伙食费]]。",
  // 158 a mother's chat message: 闺女, 娃, 3岁半的, 加微, 企鹅
  "俺家闺女{{person_name:妞妞}}3岁半，园里非让交[[床品费]][[380]]，3岁半的{{person_name:豆豆}}也一样！有同样情况的加微：{{wechat:niuniu_mama2023}}，或者企鹅：{{qq:308877665}}，一起去[[宁海县]]教育局反映。",
  // 159 teachers named in English, the last four of an ID
  "[[鄞州区]][[东方双语幼儿园]]的{{person_name:Tony}}老师和{{person_name:Grace}}老师在班级群收取[[外教活动费]]每人[[480元]]。投诉人身份证最后四位{{id_number:4014}}，电话{{mobile:13805749911}}。",
  // 160 a two-digit year of birth, 大宝 and 二宝, 我家小子
  "我家大宝{{person_name:浩浩}}（{{birth_date:20年6月}}出生）和二宝{{person_name:然然}}都在[[北仑区]][[柴桥幼儿园]]，两人的[[保育费]]都按[[1,100元/月]]收，没有二孩减免。我家小子{{person_name:阳阳}}去年也交过。",
  // 161 a partly masked ID after 身份证号, a flat after 家住 with no estate suffix
  "投诉人身份证号{{id_number:3302**********4014}}，家住鄞州区首南街道天童花城东区{{address:3-1-1201}}，反映[[鄞州区]][[首南幼儿园]]在[[2026年秋季学期]]收取[[早教课程费]][[2,600元]]。",
  // 162 the grandparents' generation: given names ending in 生, 根
  "外公{{person_name:史根生}}、外婆{{person_name:周月娥}}每天接送孩子，{{person_name:史根生}}反映[[象山县]][[西周幼儿园]]收取[[接送卡费]][[80元]]，手机{{mobile:150 5748 3326}}。",
  // 163 a name followed by an employer with 系
  "经查，孩子母亲{{person_name:乔雅琴}}系宁波市第一医院护士，孩子父亲{{person_name:宁海波}}系个体工商户，二人于[[2026年9月]]向[[海曙区]][[西成幼儿园]]缴纳[[赞助费]][[6,000元]]。",
  // 164 a refund table pasted into the narrative: names under 幼儿姓名, a given name alone among them
  "经核算，[[宁波市海曙区小星星幼儿园]]应退还多收的[[保教费]]如下：\n序号 | 幼儿姓名 | 班级 | 应退金额\n1 | {{person_name:王梓涵}} | 中二班 | [[1,200元]]\n2 | {{person_name:陈子墨}} | 中二班 | [[1,200元]]\n3 | {{person_name:诗涵}} | 大一班 | [[800元]]\n合计：[[3,200元]]。",
  // 165 a list of attachments: a name and its ID in brackets, a mask left alone
  "附件：1.投诉人身份证复印件（{{person_name:王建军}}，{{id_number:330106198806234014}}）；2.缴费收据3张；3.微信聊天记录截图（与园长张某某）。涉事园：[[鄞州区]][[潘火幼儿园]]，[[兴趣班费]][[1,800元]]。",
  // 166 a payment code that shows the payee after a hyphen, a class teacher called by surname then by name, a
  // teacher whose surname a screenshot masked
  "群聊“中一班家长群”中发布的收款二维码显示“园长-{{person_name:苏晓梅}}”。班主任徐老师（{{person_name:徐晓雯}}）说[[餐点费]]每天[[8元]]是园长定的，配班的{{person_name:*小红}}老师也在群里催缴，[[江北区]][[湾头幼儿园]]。",  // ───────── Blind block (167–241): written before the gate's code or the narratives above were read, as different
  // writers would put it (decisions and investigation reports, a bureau's circulars, 12345 tickets transcribed by
  // operators, parents' phone messages, kindergartens' replies, typical-case write-ups), and set in Shenzhen, unlike
  // the Ningbo narratives above. The gate as it was then caught 93 of the 117 identifiers first planted (79.5 %) and
  // touched none of the 131 facts; the contexts it lacked came with the block. Addresses are planted from the house
  // number on, as the gate masks them (the road and the estate stay). Left unplanted: a parent's employer after
  // 工作单位 (narratives 203, 232), as an officer's record gives the kindergarten itself as a staff member's
  // 工作单位, a fact to keep; Ms. Chen (narrative 222), a surname and a title like 陈女士. ─────────
  // 167 a decision's party block: 法定代表人 and an ID, the entity's credit code kept
  "当事人：[[深圳市南山区小太阳幼儿园]]，统一社会信用代码[[52440305MJL123456X]]，法定代表人：{{person_name:陈晓燕}}，身份证号码：{{id_number:440306198503122716}}，住所：深圳市南山区桃源街道龙珠四路18号。",
  // 168 witnesses listed with 、, one masked in the middle (何某峰)
  "经查，[[2023年9月至2024年1月]]，当事人在收取保育教育费（每生每月[[2680元]]）之外，另以“[[兴趣班费]]”名义向幼儿家长收取费用共计人民币[[86400元]]，违反了[[《价格法》第十三条第一款]]和《明码标价和禁止价格欺诈规定》第五条的规定。上述事实有家长{{person_name:刘建军}}、{{person_name:张雯雯}}、{{person_name:何某峰}}的询问笔录及银行转账记录为证。",
  // 169 officers named with their enforcement credential numbers, a list of two
  "[[2024年3月12日]]，[[我局执法人员]]{{person_name:黄志明}}、{{person_name:吴婷}}（执法证号{{document_number:44030012345}}、{{document_number:44030012346}}）到该园现场检查，园长{{person_name:林秀英}}在场配合。",
  // 170 an agent's landline with its extension (转802)
  "当事人委托代理人{{person_name:苏海燕}}（园区财务），联系电话{{landline:0755-2688 1234转802}}，于[[2024年4月2日]]到我局接受询问。",
  // 171 a bureau's circular: the organiser named after 举办者
  "[[区教育局督查组]]于[[5月15日]]对辖区内[[32所]]民办幼儿园开展收费专项督查，发现[[龙岗区童梦幼儿园]]存在擅自提高收费标准问题，该园举办者{{person_name:赵国强}}已被约谈。",
  // 172 a circular's responsible persons, one with a doubled given name that is also a word (钱多多)
  "通报如下：一、[[福田区贝贝乐幼儿园]]未按规定公示收费项目，责令整改，责任人：园长{{person_name:周丽萍}}、财务人员{{person_name:钱多多}}。二、[[罗湖区启蒙幼儿园]]违规收取[[赞助费]][[3000元/人]]。",
  // 173 a 12345 ticket: the caller's number, the ticket number kept
  "工单编号：[[SZ20240612003581]] 来电人：杨女士 来电号码：{{mobile:13912345678}} 诉求内容：来电人反映其孩子在[[宝安区西乡街道星星幼儿园]]就读，该园要求家长一次性缴纳一学期保教费[[14400元]]，并额外收取[[被褥费380元]]，来电人认为不合理，要求相关部门核查处理。",
  // 174 a ticket: a spaced mobile, the child before 在…幼儿园
  "市民王先生（电话：{{mobile:138 0013 8000}}）来电称，其女儿{{person_name:王可欣}}在[[光明区小橘子幼儿园]]中一班就读，园方以“[[开学准备费]]”名义收取[[800元]]且不开收据。",
  // 175 a ticket: the number read out in Chinese numerals
  "来电人称联系电话为{{mobile:一三八二六五四三二一零}}，姓名不愿透露，反映[[坪山区阳光宝贝幼儿园]]退费难问题，已缴纳的6个月[[伙食费]]共计[[3600元]]园方拒绝退还。",
  // 176 a parent's phone message without punctuation, spaces as breaks
  "我家孩子在[[小天鹅幼儿园]]大二班 老师叫{{person_name:张敏}} 每个月收什么[[特色课费600]] 还不给发票 我老公打电话问园长 园长说不交就退园 气死了😡 我电话{{mobile:15820001234}}",
  // 177 a parent names the head by pinyin initials (园长LXY), a WeChat id
  "园长{{person_name:LXY}}天天在群里催交费 说什么[[activity fee]] [[每人500]] 我问凭啥 她直接把我踢出群了 我微信号 {{wechat:wxid_abc123456}} 有截图 可以找我",
  // 178 a class and the child's name, 的妈妈
  "我是大一班{{person_name:刘子涵}}的妈妈，幼儿园收了我们[[2000块]]的“[[建园费]]”，说是自愿其实是强制的，老师还说不交的话孩子没法参加[[六一活动]]，求曝光！！",
  // 179 宝宝叫 + a pet name
  "宝宝叫{{person_name:朵朵}} 在中三班 今天老师说要交什么[[绘本费一百二]] 上次的还没退 园长电话打不通 老公说算了 我不甘心",
  // 180 小名 and 大名, a birth date before 出生
  "孩子小名叫{{person_name:豆豆}}，大名{{person_name:李思远}}，{{birth_date:2019年8月15日}}出生，在[[金色童年幼儿园]]上小班，这学期被多收了[[保育费]]。",
  // 181 the kindergarten's reply: a pupil and parent, the finance office's landline
  "关于家长反映的问题，我园回复如下：一、所收取的[[兴趣课费用]]系家长自愿报名，报名表均有家长签字（如{{person_name:陈家豪}}同学家长{{person_name:陈伟}}已签字确认）；二、如家长要求退费，请联系[[财务室]]李老师，电话{{landline:0755-86123456}}。",
  // 182 a reply: a student number after 学号 that looks like a date
  "经核实，投诉人反映的张某某幼儿（学号{{document_number:20230115}}）于[[2023年9月]]入园，已按规定缴纳[[保教费]]。",
  // 183 a typical-case write-up with nothing personal in it
  "【典型案例三】某民办幼儿园违规收取[[择校费]]案。2023年，[[某区市场监管局]]接到群众举报，反映某民办幼儿园在招生时向家长收取“[[择校费]]”[[5000元至20000元]]不等。经查，该园共向[[47名]]幼儿家长收取[[择校费]]共计[[41.5万元]]。市场监管部门依据[[《价格违法行为行政处罚规定》第九条]]，对该园作出没收违法所得并处罚款的行政处罚。",
  // 184 an account holder after 户名为, the card number
  "经办人张某（该园出纳）通过个人微信收取家长费用，收款账户户名为{{person_name:张丽华}}，卡号{{bank_account:6217001234567890122}}（[[中国建设银行]]）。",
  // 185 转账给 a spouse, the Alipay account as an e-mail
  "家长反映其于[[2024年2月26日]]通过支付宝转账给园长爱人{{person_name:王建平}}（支付宝账号：{{email:wjp1976@163.com}}）[[2500元]]作为“[[预留学位费]]”。",
  // 186 a receipt's fields separated by spaces (收款人：刘芳 开户行)
  "收款人：{{person_name:刘芳}} 开户行：[[中国农业银行深圳布吉支行]] 账号：{{bank_account:6222024003012345674}}",
  // 187 three parents listed with 、 and 和, then 均
  "[[询问笔录]]显示，家长{{person_name:李明}}、{{person_name:王芳}}和{{person_name:赵磊}}均证实曾被要求缴纳“[[课外活动费]]”。",
  // 188 staff listed with 与 and 及, one already masked
  "[[现场检查]]时，园长{{person_name:胡美玲}}与副园长{{person_name:邓小军}}及会计罗某在场。",
  // 189 a name as the object of 找到了
  "[[执法人员]]随后找到了{{person_name:王丽}}，她承认由其负责收取上述费用。",
  // 190 a name masked in the middle after 联系了
  "我局于当日联系了{{person_name:李某华}}，其表示对[[检查结果]]无异议。",
  // 191 full names before 科长/队长
  "感谢[[区教育局]]的{{person_name:钱海涛}}科长和[[市场监管所]]的{{person_name:欧阳明}}队长及时处理，退回了我们多交的[[1200元]]。",
  // 192 a class and a child, a dashed mobile
  "尊敬的吴园长您好，我是中二班{{person_name:周一诺}}的家长周先生，手机号码是{{mobile:186-2233-4455}}。",
  // 193 a child before 小朋友
  "大班的{{person_name:马浩然}}小朋友因未交[[兴趣班费]]被安排在走廊等候，家长马先生十分不满。",
  // 194 a pupil before 同学, a 学籍号 in brackets
  "学生{{person_name:黄梓萱}}同学（学籍号{{document_number:G510107201703040086}}）的家长反映，该园以“[[学籍注册费]]”名义收取[[300元]]。",
  // 195 a son named with his age in brackets
  "投诉人之子{{person_name:刘一鸣}}（5岁）在该园就读期间，园方共收取各类杂费[[1960元]]。",
  // 196 a name right after the age (4岁叫陈乐乐), a named class kept
  "孩子今年4岁叫{{person_name:陈乐乐}} 男孩 在[[向日葵班]] 每个月交的钱越来越多",
  // 197 a postal address and its recipient (收件人)
  "请把退费发票寄到：广东省深圳市龙华区民治街道梅龙路{{address:88号}}锦绣家园{{address:3栋2单元1502室}} 收件人：{{person_name:许晴}} 电话：{{mobile:17620001111}}",
  // 198 a village lane address after 住在
  "我住在龙岗区布吉街道大芬村{{address:12巷3号}} 离幼儿园很近 每天都看到园长收现金",
  // 199 a plate with a middle dot
  "园长每天开{{licence_plate:粤B·8K2M6}}的白色宝马上下班 收这么多钱",
  // 200 a new-energy plate, the bus fee kept
  "接送车辆车牌号{{licence_plate:粤BD12345}}（新能源），[[校车费]]每学期另收[[1800元]]。",
  // 201 a pupil's form: name, ISO birth date, ID, guardian
  "幼儿信息：姓名：{{person_name:邓子轩}}，性别：男，出生日期：{{birth_date:2018-12-15}}，身份证号：{{id_number:440106201812152023}}，监护人：{{person_name:邓伟明}}",
  // 202 a birth month in Chinese numerals
  "我儿子是{{birth_date:二〇一九年三月}}出生的 今年刚上小班 就被收了两千的[[赞助费]]",
  // 203 a spouse after 叫 in a chat message (employer left unplanted: see the block note)
  "我老婆在深圳市第二人民医院儿科当护士，叫{{person_name:何静}}，园长知道了还说要找她们院长",
  // 204 QQ in digits
  "有问题加我QQ {{qq:1234567890}} 或者进家长维权群",
  // 205 QQ read out in Chinese numerals
  "家长留的联系方式 扣扣：{{qq:二五八三六九一四七}}",
  // 206 a head's WeChat id after 微信
  "园长微信 {{wechat:lily_zhang88}} 让我们转账到她个人微信 不走学校[[对公账户]]",
  // 207 v：id in a parents' post
  "有同样遭遇的家长加我v：{{wechat:mama_2019sz}} 一起维权",
  // 208 an Alipay e-mail account with its holder in brackets
  "学费让付款到支付宝账户 {{email:hxy_0808@qq.com}}（{{person_name:黄晓燕}}），说是园长亲戚的账户",
  // 209 an ID grouped by spaces
  "举办者身份证 {{id_number:1101 0819 8811 2246 13}}，登记住址北京市海淀区",
  // 210 an ID with a lower-case x
  "举办者身份证：{{id_number:42010619920228333x}}（小写），已被列入[[失信名单]]。",
  // 211 a refund table laid out with spaces: name then class
  "序号 姓名 班级 [[退费金额]]\n1 {{person_name:林梓涵}} 小一班 1500\n2 {{person_name:郑雨桐}} 小二班 1500\n3 {{person_name:谢俊杰}} 中一班 [[2200]]",
  // 212 a ticket: 自述姓名叫做, 孩子叫
  "来电人自述姓名叫做{{person_name:韩梅梅}}，孩子叫{{person_name:韩小宝}}，在[[盐田区海鹰幼儿园]]，反映该园食堂[[伙食费]]每天收[[25元]]但饭菜质量差。",
  // 213 a decision's header: the decision number kept, the person in charge and a spaced landline
  "行政处罚决定书 [[深市监南处罚〔2024〕128号]] 当事人：[[深圳市南山区快乐星幼儿园]] 负责人：{{person_name:曾庆华}} 联系电话：{{landline:0755 2655 3311}}",
  // 214 a decision's operative part with nothing personal in it
  "依据《中华人民共和国价格法》[[第四十二条]]、《价格违法行为行政处罚规定》[[第十三条第一项]]，决定如下：1.责令改正；2.处罚款人民币[[5万元]]。本局于[[2024年6月18日]]作出本决定。",
  // 215 rare and compound surnames (端木, 佘, 覃, 邝)
  "举报人：{{person_name:端木蓉}}，联系方式同上。园方负责人{{person_name:佘春燕}}称该费用由教师{{person_name:覃丽}}经手，家长{{person_name:邝志强}}对此不予认可。",
  // 216 a name starting the sentence before 是该园的实际控制人
  "{{person_name:罗晓梅}}是该园的[[实际控制人]]，自[[2021年]]起负责园内财务。",
  // 217 surnames that are words (高峰) and a name after 家长
  "王园长说[[高峰时段]]接送要另收[[管理费]]，家长{{person_name:白雪}}说这不合理。",
  // 218 places that start with surnames (黄贝岭, 石岩, 沙井)
  "本次督查覆盖罗湖区[[黄贝岭]]、宝安区[[石岩街道]]和[[沙井街道]]共[[15所]]幼儿园，其中4所存在问题。",
  // 219 周一至周五 and 明码标价 are no names
  "幼儿园收费公示牌未标明[[周一至周五]][[延时服务费]]收费标准，违反[[明码标价]]规定。",
  // 220 refund voucher numbers and a large amount kept
  "截至[[2024年7月]]，该园已向家长退还费用共计人民币[[1,386,400.00元]]，退费凭证编号[[TF2024070001]]至[[TF2024070213]]。",
  // 221 a pet name after 女儿叫, a mobile read out with 幺 and spaces
  "求助🙏女儿叫{{person_name:小雨}} 在[[宝安区蓝天幼儿园]] 收了[[三千八]]的[[学位费]] 园长姓钱 电话是{{mobile:幺三九 八八六六 七七五五}}",
  // 222 an English child's name after 'my son' (Ms. Chen left unplanted: a surname and a title, like 陈女士)
  "my son {{person_name:Jason}} 在 [[Happy Kids 双语幼儿园]] (福田) 读 K2, tuition 每月 [[6800]], 还要交 material fee [[1500]], 园长 Ms. Chen 说 non-refundable",
  // 223 a bracketed area code
  "园办公室电话：({{landline:0755)8765-4321}}，家长可于[[工作日]]拨打咨询退费事宜。",
  // 224 an officer after 执法人员, the unit kept
  "承办机构：[[深圳市市场监督管理局南山监管局]] 执法人员：{{person_name:林志强}} 审核人：",
  // 225 a parents' forum post with a ticket number kept
  "有没有龙华的宝妈 孩子在[[博文幼儿园]] 今年学费涨到[[3200]]了 没公示 我打了[[12345]] 工单号是[[LH2024051700234]]",
  // 226 a guardian's form with a +86 mobile
  "监护人姓名：{{person_name:孟繁星}} 与幼儿关系：父亲 联系电话：+86 {{mobile:135 1234 5678}}",
  // 227 a teacher after 老师, a parent as the subject of 说
  "据家长反映，老师{{person_name:宋佳怡}}曾在家长群中发布[[收费通知]]。{{person_name:张晓峰}}说他已经缴纳了两次。",
  // 228 a spouse masked in the middle before 的个人账户
  "以上费用均转入园长丈夫{{person_name:卢某军}}的个人账户（尾号8890），[[未开具任何票据]]。",
  // 229 Cantonese in traditional characters: 我個女叫陳詩琪
  "我個女叫{{person_name:陳詩琪}}，喺幼稚園收咗我哋[[5000蚊]]嘅[[留位費]]，仲話唔退",
  // 230 a party masked, her birth date and flat
  "李某某（女，{{birth_date:1985年3月12日}}生，汉族，住深圳市南山区桃源街道龙珠花园{{address:B栋702}}）[[系该园举办者]]。",
  // 231 a card grouped by spaces, the holder after 户名 before 备注
  "转账卡号 {{bank_account:6230 5800 0012 3456 787}} 户名 {{person_name:周敏}} 备注写的是“[[资料费]]”",
  // 232 a parent's form: name after 姓名 (the employer after 工作单位 left unplanted: see the block note)
  "家长信息登记：父亲 姓名 {{person_name:钟伟}} 工作单位 深圳市公安局福田分局 电话 {{mobile:13600001111}}",
  // 233 a payee after 收款人为园长之女
  "该笔费用的收款人为园长之女{{person_name:黎思琪}}。",
  // 234 a pupil with a birth month after 男，
  "幼儿{{person_name:郭子墨}}，男，{{birth_date:2019年11月}}生，现就读于该园大一班。",
  // 235 kindergartens whose names start with surnames (常青藤, 方圆, 向阳花)
  "市民陈先生（联系方式：{{mobile:150 1234 0000}}）反映：[[常青藤幼儿园]]、[[方圆幼儿园]]与[[向阳花幼儿园]]均未在收费公示栏中列明[[代收费项目]]。",
  // 236 an adult's pet name after 叫她
  "大家都叫她{{person_name:阿芳}} 就是那个收钱的 每次都让我们现金给她",
  // 237 转给了 a full name after a correction
  "上周转账给了肖老师 不对 是转给了{{person_name:肖红梅}} [[2000]] 说是下学期的[[餐费]]",
  // 238 任何, 由于, 于 are no names
  "[[任何单位]]不得以[[任何名义]]收取与入园挂钩的费用，[[由于该园]][[于2023年]]多次违规，决定[[从重处罚]]。",
  // 239 tel with dashes, a spouse after 夫人叫 before a space
  "老师tel {{mobile:139-0000-1234}} 加微信同号 园长夫人叫{{person_name:柳琴}} 管钱的",
  // 240 a call-back note: the mobile in brackets
  "回访情况：已联系诉求人黄先生（{{mobile:13798765432}}），其对处理结果表示满意。涉事园所：[[光明区凤凰幼儿园]]。",
  // 241 a witness and a parents' representative before 证实
  "经询问，证人{{person_name:付晓东}}、家长代表{{person_name:江涛}}证实：园方于开学前通过家长群通知每名幼儿须缴纳“[[园服费]]”[[450元]]。",
  // ───────── Second round (242–272): written after the blind block's contexts were added and before the gate was run
  // on them, by the same hand, so less blind: the gate caught 38 of their 44 identifiers (86.4 %) and touched none of
  // their 23 facts; the misses (股东之一, 三岁半 叫可乐, 微信账号为, 微信名：…, 我们家乐乐, 老师叫什么婷婷) came with it. ─────────
  // 242 an assistant head after 助理, an account in brackets
  "经调查，该园园长助理{{person_name:崔晓红}}负责收取费用，所收款项存入其本人名下[[中国工商银行]]账户（账号{{bank_account:6212261001012345678}}）。",
  // 243 a grandchild after 外孙女 with her age
  "12345热线转办单：市民刘女士反映其外孙女{{person_name:孙悦悦}}（3岁）在[[福田区沙头幼儿园]]就读，该园收取[[空调费]]每月[[50元]]。",
  // 244 an English name before 老师, a WeChat display name after 微信名
  "家长群截图显示，班主任{{person_name:Amy}}老师要求每位家长转账[[300元]]到其个人微信（微信名：{{person_name:快乐的小鱼}}）。",
  // 245 a masked party's birth month and ID
  "被询问人：黄某某，女，{{birth_date:1990年6月}}出生，身份证号码：{{id_number:370203197910095033}}，系该园保育员。",
  // 246 a grandmother's message: a mobile read out in groups, 孩子叫
  "我是孩子外婆 姓林 电话{{mobile:一五九 一二三四 五六七八}} 孩子叫{{person_name:林可可}} 中班",
  // 247 parents listed before 等12人
  "园方已于[[6月30日]]前将多收的费用退还给家长{{person_name:周杰}}、{{person_name:吴倩}}等[[12人]]。",
  // 248 a shareholder after 股东之一
  "该园股东之一{{person_name:蒋文斌}}（持股[[30%]]）亦参与了收费决策。",
  // 249 a brother after 弟弟
  "调查发现，园长的弟弟{{person_name:孔令辉}}以“[[课程顾问]]”身份向家长推销收费课程。",
  // 250 a child after 小朋友 before 的家长
  "小朋友{{person_name:王小米}}的家长于[[2024年9月1日]]向园方缴纳了全年[[伙食费]]。",
  // 251 inspectors listed after 检查人员 before 制作
  "[[现场检查笔录]]由检查人员{{person_name:王磊}}、{{person_name:张静}}制作，当事人代表签字确认。",
  // 252 a refund list: names before amounts, separated by spaces
  "退费名单：{{person_name:李佳怡}} 1800元；{{person_name:王梓豪}} 1800元；{{person_name:陈思琪}} [[900元]]",
  // 253 a ticket's reply with everything already masked
  "工单回复：经与举报人刘某（电话[[186****2233]]）核实，该园已退还费用。",
  // 254 a pet name after 三岁半 and a space
  "宝宝今年三岁半 叫{{person_name:可乐}} 在[[彩虹班]] 每天交20块[[点心费]]",
  // 255 a complainant's address, from the house number on
  "投诉人住址：深圳市宝安区新安街道45区翻身路{{address:118号}}海滨花园{{address:6栋803}}",
  // 256 a cashier's WeChat after 微信账号为
  "执法人员依法调取了园方出纳{{person_name:谢丽娟}}的微信收款记录，其微信账号为{{wechat:xielj1988}}。",
  // 257 a parent with an aside in brackets, then the mobile
  "家长（孩子爸爸）{{person_name:张建}} {{mobile:13823456789}}",
  // 258 a parent naming himself (我叫) and his child by class
  "家长陈述：我叫{{person_name:何晓东}}，是大（2）班{{person_name:何子轩}}的爸爸。",
  // 259 a handler in Latin letters after 经手人是
  "收款记录显示经手人是{{person_name:Linda Zhou}}，款项共计[[4200元]]。",
  // 260 a familiar surname with the full name in brackets (小吴（吴佳琪）)
  "园长秘书小吴（{{person_name:吴佳琪}}）负责登记缴费情况。",
  // 261 a husband after 丈夫
  "家长莫女士的丈夫{{person_name:莫志华}}多次到园交涉。",
  // 262 plates with a dot and with a space
  "园长的车是{{licence_plate:粤B·D12345}}，另一辆车牌{{licence_plate:粤S 8K2M9}}。",
  // 263 an accountant and an organiser in a flow of funds
  "涉案资金经由会计{{person_name:温晓敏}}之手流入举办者{{person_name:杨国栋}}控制的教育咨询公司。",
  // 264 a passport number
  "投诉人为外籍人士，护照号码{{document_number:E12345678}}，其子在[[南山区蛇口国际幼儿园]]就读。",
  // 265 a mobile read out in Chinese numerals after 手机是
  "张老师的手机是{{mobile:一三九零零零零一一一一}} 你们自己打",
  // 266 a child after 我们家, a teacher's pet name after 叫什么
  "我们家{{person_name:乐乐}}在园里被老师骂哭了，老师叫什么{{person_name:婷婷}}的",
  // 267 a birth month written 2019.03
  "幼儿登记表 出生年月：{{birth_date:2019.03}} 血型：A",
  // 268 a contact's landline (罗生, Cantonese for Mr Luo, is hit though not planted: deny by default)
  "联系人：罗生 电话：{{landline:0755-8888 6666}}",
  // 269 a daughter after 的女儿
  "园长郑某某的女儿{{person_name:郑雅文}}在园内担任出纳。",
  // 270 a student card number
  "学生证号：{{document_number:20190312045}}，就读于该园大班。",
  // 271 an investigation's figures with nothing personal in them
  "经查，[[2024年春季学期]]该园向在园幼儿[[126人]]收取“[[教材费]]”每人[[380元]]，合计[[47880元]]，未在收费公示中列明。",
  // 272 the head after 园长, two staff by surname only
  "家长反映，孩子的班主任方老师和保育员甘阿姨都说费用是园长{{person_name:邹海燕}}定的。",  // ───────── Third blind round (273–360): 88 short texts in genres the rounds before did not use, written before the
  // gate's code or the narratives above were read: a penalty notice, a hearing and an interview record in 问/答 form, an
  // on-site inspection record, an order to correct, refund lists pasted with tabs or as a markdown table, parents'
  // chats with timestamps, OCR'd receipts, a transfer screenshot and a bank statement, letters and signatures, a civil
  // judgment, a 12345 ticket; Uyghur, Tibetan, compound, Japanese, Korean and pinyin names; foreign phones, IDs grouped
  // or read out, Shanghai lanes and villages. The gate as it was caught 178 of the 220 identifiers first planted in
  // them (80.9 %) and touched 5 of their facts (a fiscal bill's, a business licence's, a school permit's and a fine's
  // payment numbers, 保健医师); the contexts they showed missing came with the block. Classes written next to a
  // child's name are not planted as facts (the class is masked with the name, by design); pet names in the chat, a
  // partly masked payee and an anonymised party's birth year were hit and are planted (deny by default). ─────────
  // 273 a penalty notice: the legal representative's ID in groups of 6-8-4, a landline with its area code in brackets
  "行政处罚告知书\n[[甬鄞市监罚告〔2026〕15号]]\n[[宁波市鄞州区贝乐思幼儿园]]：\n经查，你园于2025年9月起向幼儿家长收取“[[入园赞助费]]”每生[[5000元]]，共计人民币[[35万元]]，违反[[《价格法》第十四条第（四）项]]。本局拟作出罚款人民币[[8万元]]的行政处罚。你园法定代表人{{person_name:俞海波}}（身份证号：{{id_number:330204 19820715 2319}}）如有异议，可在收到本告知书之日起五个工作日内提出陈述申辩。联系人：{{person_name:翁丽君}}，电话：{{landline:(0574)87316520}}。",
  // 274 a hearing record: 听证主持人, 记录员, a lawyer's 执业证 number, a party speaking by name
  "听证笔录\n案由：违规收费案\n听证时间：[[2026年3月18日]]上午9时30分\n听证地点：[[海曙区市场监管局]]三楼听证室\n听证主持人：{{person_name:钱卫东}}  记录员：{{person_name:孙雅琪}}\n当事人：[[宁波市海曙区小橡树幼儿园]]  委托代理人：[[浙江甬诚律师事务所]]律师{{person_name:卢振华}}（执业证号{{document_number:13302201610234567}}）\n案件调查人员：{{person_name:胡斌}}、{{person_name:邵佳怡}}\n主持人：请当事人陈述。\n{{person_name:卢振华}}：我方认为“[[伙食费结余]]”未退部分仅为[[1.2万元]]，不应认定为违法所得。",
  // 275 an interview record's header: birth month, a Shanghai-style lane address (318弄21号502室), a spaced mobile, a WeChat id
  "询问笔录\n被询问人：{{person_name:葛秀兰}}  性别：女  出生年月：{{birth_date:1979年4月}}\n身份证件号码：{{id_number:330227197904123564}}\n工作单位：[[慈溪市蓝天幼儿园]]  职务：[[出纳]]\n住址：慈溪市浒山街道新城大道北路{{address:318弄21号502室}}\n联系电话：{{mobile:139 5748 2210}}\n问：你园2025学年秋季学期向每名幼儿收取多少保教费？\n答：小班每月[[1980元]]，中大班每月[[1880元]]。\n问：收取的“[[校服费]]”是否开具票据？\n答：没有开，由园长助理{{person_name:沈梦洁}}用她个人微信收的，微信号是{{wechat:smj_0812}}。",
  // 276 an interview in 问/答 form: a child's student number after 学号, an Alipay account that is an e-mail
  "问：你的孩子叫什么名字，在哪个班？\n答：孩子叫{{person_name:潘子墨}}，在[[大二班]]，学号{{document_number:20230417}}。\n问：你支付的“[[特色课程费]]”是通过什么方式？\n答：通过支付宝转给了班主任，她的支付宝账号是 {{email:yuqing.teacher@163.com}}，转了[[3600元]]。\n问：班主任叫什么？\n答：叫{{person_name:蒋雨晴}}。",
  // 277 an on-site inspection record: a compound surname after 负责人, officers' 执法证 numbers, names in a register's quotes
  "现场检查笔录\n检查时间：[[2026年4月2日]]14时10分至15时40分\n被检查人：[[余姚市小天鹅幼儿园]]  负责人：{{person_name:诸葛文娟}}  联系电话：{{landline:0574-62718855}}\n检查人员：{{person_name:项国强}}（执法证号{{document_number:33061088201}}）、{{person_name:詹露}}（执法证号{{document_number:33061088215}}）\n现场情况：该园收费公示栏未公示“[[延时服务费]]”收费标准，财务室抽屉内发现手写收款登记本一本，记载有“{{person_name:宋思远}}家长 [[2400元]]”、“{{person_name:方一诺}} [[1800元]]（奶奶代交）”等字样。",
  // 278 an order to correct: compound surnames 申屠 and 闻人, a landline grouped 4-4
  "责令改正通知书\n[[拱市监责改〔2026〕7号]]\n致：[[杭州市拱墅区星河湾幼儿园]]（负责人：{{person_name:申屠建平}}）\n经查，你园存在未按规定退还幼儿离园后预收的[[保育教育费]]的行为，涉及家长{{person_name:郦春燕}}、{{person_name:闻人可欣}}等6户，应退金额合计[[11460元]]。责令你园于[[2026年5月10日]]前改正，并将改正情况书面报送我局。\n联系人：{{person_name:祁晓峰}} {{landline:0571-8523 6071}}",
  // 279 a tab-separated refund list: two columns of names (幼儿姓名, 家长姓名), Uyghur names with a middle dot
  "退费清单（[[2025年秋季学期]]）\n序号\t幼儿姓名\t班级\t家长姓名\t联系电话\t退费金额\n1\t{{person_name:黄梓涵}}\t小一班\t{{person_name:黄建国}}\t{{mobile:13858012345}}\t[[1260.00]]\n2\t{{person_name:欧阳娜娜}}\t中二班\t{{person_name:欧阳志强}}\t{{mobile:15067781234}}\t[[980.00]]\n3\t{{person_name:买买提·艾力}}\t大一班\t{{person_name:艾力·托合提}}\t{{mobile:18997765432}}\t[[1560.00]]\n合计\t\t\t\t\t[[3800.00]]",
  // 280 a markdown table of accounts: a Uyghur given name, a Korean (朴) and a Japanese (田中) teacher; 家长 as a cell is no header
  "| 姓名 | 身份 | 收款账户 | 金额 |\n|---|---|---|---|\n| {{person_name:阿依古丽}} | 家长 | {{bank_account:6222 0212 0800 1234 567}} | [[2,880元]] |\n| {{person_name:朴敏浩}} | 外教 | {{bank_account:6217 8562 0001 2345 678}} | [[15,000元]] |\n| {{person_name:田中优子}} | 外教 | {{bank_account:6228 4809 1234 5678 91}} | [[15,000元]] |",
  // 281 a parents' chat with timestamps: pet names before 妈/爸爸, a father's name in brackets
  "[2026-03-02 20:15] {{person_name:睿睿}}妈：园里又让交“[[游学费]]”480，谁交了？\n[2026-03-02 20:16] {{person_name:朵朵}}爸爸（{{person_name:陈光耀}}）：我交了，转给了刘老师微信 {{wechat:liu_laoshi88}}\n[2026-03-02 20:18] {{person_name:睿睿}}妈：我家{{person_name:睿睿}}在[[小三班]]，老师叫{{person_name:刘慧敏}}吧？\n[2026-03-02 20:20] {{person_name:张睿睿}}奶奶：我电话{{mobile:13736250981}}，有事直接打",
  // 282 a chat with a class teacher's name after a hyphen, a landline whose extension follows a second hyphen
  "[[2026/3/5 07:42]] {{person_name:王梓萱}}妈妈：请问老师，昨天缴的[[1200元]][[兴趣班费]]能退吗？\n2026/3/5 07:45 [[小二班]]班主任-{{person_name:吴静}}：家长您好，请联系财务{{person_name:许丹丹}}，电话{{landline:0574-88123456-803}}\n2026/3/5 07:50 {{person_name:王梓萱}}妈妈：好的，我的支付宝是{{mobile:18857431209}}，请退到这里",
  // 283 an OCR'd receipt: names spaced out (李 建 伟, 周  敏 with two spaces); its receipt number kept
  "收 据  No. [[0012876]]\n交款人：{{person_name:李 建 伟}}\n交款事由：2025年秋季保教费\n金额（大写）：[[壹万贰仟元整]]  ¥[[12000.00]]\n收款单位：[[宁波市江北区童之梦幼儿园]]（财务专用章）\n经手人：{{person_name:周  敏}}   日期：[[2025年8月28日]]",
  // 284 an OCR'd scan: a mobile grouped 4-4-3, an ID in groups of four
  "扫描件识别内容：家长 {{person_name:何志远}} 联系电话 {{mobile:1381 2345 678}} 身份证 {{id_number:3302 0319 8806 1500 28}}（复印件）缴费项目：[[伙食费]] 每月 [[450 元]]",
  // 285 a transfer screenshot: 付款方, a partly masked payee (*晓红)
  "转账记录截图（家长提供）：\n付款方：{{person_name:郑海燕}}\n付款账户：[[招商银行]](尾号6612)\n收款方：{{person_name:*晓红}}（个人）\n收款账户：{{bank_account:6214 8301 2345 6789}}\n金额：¥[[3,600.00]]\n备注：[[大班暑托费]]",
  // 286 a bank statement: the other party's name before its card number, columns split by spaces
  "交易明细\n交易日期 摘要 对方户名 对方账号 金额\n[[2025-09-01]] 转账 {{person_name:冯雪梅}} {{bank_account:6230 5210 0000 8877 665}} +[[2,400.00]]\n2025-09-02 转账 {{person_name:韩东升}} {{bank_account:6217 0012 3400 5566 778}} +[[2,400.00]]\n2025-09-03 代发 [[宁波市北仑区七彩幼儿园]] -[[45,000.00]]",
  // 287 a letter to the head: a child with its class (class and name masked together), a signature after 家长：
  "尊敬的园长：\n您好！我是中一班{{person_name:季安然}}的妈妈，想反映一下园里收取“[[空调费]]”的问题，每月[[80元]]，全年收了12个月。\n此致\n敬礼\n家长：{{person_name:柏雪}}  [[2026年3月1日]]",
  // 288 a letter 致 a reporter: the name after 致 and before 先生
  "致 {{person_name:王文斌}} 先生：\n您举报的[[宁波市镇海区向日葵幼儿园]]违规收取“[[建园费]]”一事，经核查属实，我局已立案调查（案号：[[镇市监立〔2026〕33号]]）。特此告知。\n[[宁波市镇海区市场监督管理局]]\n[[2026年4月8日]]",
  // 289 a record's signatures: 签名：___单晓峰___ (单 an ambiguous surname), 询问人 and 记录人
  "以上笔录我已看过，与我所说一致。\n被询问人签名：___{{person_name:单晓峰}}___\n询问人：{{person_name:虞明}}、{{person_name:窦晨}}\n记录人：{{person_name:尤诗涵}}\n[[2026年3月20日]]",
  // 290 a grandmother, a child and a nursery nurse (保育阿姨)
  "该园大班幼儿{{person_name:顾一鸣}}的外婆{{person_name:戚美凤}}反映，[[2025年12月]]她用现金向园方缴纳了“[[年终联欢会费]]”[[300元]]，收款人是保育阿姨{{person_name:阮桂芳}}，未出具任何收据。",
  // 291 a bus driver, a new-energy plate with a middle dot, a mobile
  "接送车司机{{person_name:栾国庆}}（车牌{{licence_plate:浙B·D12345}}，手机{{mobile:17757421234}}）每月向每名乘车幼儿收取“[[校车费]]”[[260元]]，园方称该车辆系司机个人挂靠。",
  // 292 a plate without separator, the founder's son
  "经调取监控，[[2026年1月9日]]上午8时，车牌号为{{licence_plate:浙B12345}}的白色轿车停靠园门口，车主系该园举办者之子{{person_name:卞志强}}。",
  // 293 a child's given name alone after 女儿, with an age in years and months
  "投诉人称，其3周岁5个月的女儿{{person_name:小满}}于[[2025年9月]]入读该园小班，入园时被收取“[[床上用品费]]”[[680元]]。",
  // 294 a child's form: 2021.3.5生, a parent's name and mobile
  "幼儿信息：姓名 {{person_name:严若溪}}，女，{{birth_date:2021.3.5}}生，入园日期[[2024.9.1]]，家长 {{person_name:严俊}} {{mobile:13968012233}}。",
  // 295 a birth year written 03年生, a name after 姓名
  "举报人系该园前任保育员，{{birth_date:03年}}生，姓名{{person_name:骆佳琪}}，在职期间负责登记收取“[[资料费]]”每生每学期[[150元]]。",
  // 296 an ID read out in Chinese numerals
  "被询问人自述身份证号为{{id_number:三三零二零五一九九零零三一二四五二八}}，系该园原[[保健医生]]。",
  // 297 e-mails spelled (at) and #
  "家长如对退费金额有异议，可发送邮件至园长个人邮箱 {{email:jiangwei1985(at)126.com}} 或 {{email:jiang.wei#qq.com}}（请将#换成@），园方承诺在[[7个工作日]]内答复。",
  // 298 a Korean teacher: passport number, a Korean mobile with +82, a Chinese mobile with +86 and hyphens
  "外籍教师{{person_name:金敏智}}（[[韩国籍]]，护照号{{document_number:M12345678}}）联系电话{{mobile:+82-10-2345-6789}}，国内手机{{mobile:+86-138-5742-1166}}，每月[[课时费]]由家长分摊。",
  // 299 a Japanese teacher (佐藤美咲) after 外教 and again alone
  "园方聘请的日语外教{{person_name:佐藤美咲}}每周授课两次，“[[日语启蒙课]]”每学期收费[[1800元]]，由家长直接转账至{{person_name:佐藤美咲}}个人账户。",
  // 300 a Shanghai address (1555弄12号1203室) and a Shanghai landline
  "家长住址：上海市[[闵行区七宝镇]]漕宝路{{address:1555弄12号1203室}}，联系电话{{landline:021-64781234}}，孩子在[[上海市闵行区小蜜蜂幼儿园]]就读。",
  // 301 a village address (鸣雁村3组45号), a grandfather and a grandson with an ambiguous surname (应)
  "投诉人住[[奉化区尚田街道]]鸣雁村3组{{address:45号}}，系该园[[中班]]幼儿{{person_name:应子轩}}的爷爷{{person_name:应德富}}，代为缴纳了“[[兴趣班费]]”[[1500元]]。",
  // 302 an estate's flat written 7-2-1101
  "经核实，投诉人住址为[[北仑区新碶街道]]明州花园{{address:7-2-1101}}，与其提供的[[缴费凭证]]一致。",
  // 303 an estate's 号楼-单元-室, a household head
  "收款人住：[[江北区洪塘街道]]怡江花园{{address:18号楼3单元602室}}，户主{{person_name:邬海涛}}，系该园[[出资人]]之一。",
  // 304 a wxid_ WeChat id, a real name after 实名为
  "家长反映老师让大家加微信{{wechat:wxid_k8n2p5q7z9}}后再转账，对方昵称“[[小鱼儿老师]]”，实名为{{person_name:滕佳慧}}。",
  // 305 a WeChat id with its holder in brackets
  "通知：请添加财务老师微信：{{wechat:Yangfan_2019}}（{{person_name:杨帆}}），备注孩子姓名+班级，缴纳“[[春游费]]”每人[[120元]]。",
  // 306 a masked phone (not a hit), an Alipay e-mail, a name after 实名：
  "退费已通过支付宝退回，收款账户：138****5521（戴*）。另一笔退至支付宝 {{email:lingling_mama@qq.com}}（实名：{{person_name:符玲玲}}），金额[[860元]]。",
  // 307 a penalty decision's header: only the legal representative is personal
  "宁波市市场监督管理局行政处罚决定书 [[甬市监罚〔2026〕12号]]\n当事人：[[宁波市鄞州区金色摇篮幼儿园]]\n统一社会信用代码：[[52330212MJ9876543Y]]\n法定代表人：{{person_name:缪海燕}}\n经查，当事人在2025年春季学期以“[[课后托管费]]”名义每生每月收取[[500元]]，共收取[[85000元]]，违反了[[《中华人民共和国价格法》第十二条]]。决定：一、没收违法所得[[85000元]]；二、罚款人民币[[4.25万元]]。",
  // 308 a co-teacher, a life teacher and a nursery nurse (配班老师, 生活老师, 保育阿姨)
  "[[中二班]]配班老师{{person_name:岑丽娜}}、生活老师{{person_name:蔡小燕}}、保育阿姨{{person_name:覃桂兰}}分别在家长群中发布过收取“[[手工材料费]]”的通知，每人收取[[50元]]。",
  // 309 a child with class and a lettered student number in brackets
  "我家孩子{{person_name:毛梓轩}}（大三班，学号{{document_number:DS2021035}}）上学期被多收了伙食费[[560元]]，至今未退。",
  // 310 an American teacher's passport, a Hong Kong ID card number A123456(7)
  "外教{{person_name:Emily Johnson}}（[[美国籍]]，护照号码：{{document_number:568123497}}）和港籍教师{{person_name:陈嘉欣}}（香港身份证号：{{document_number:A123456(7)}}）均未签订劳动合同，其[[课时费]]由家长另行承担。",
  // 311 English names of a parent and a child after 投诉人 and 其子
  "投诉人{{person_name:David Lee}}称，其子{{person_name:Lucas Lee}}在该园[[国际班]]就读，每学期被收取“[[双语课程费]]”[[9800元]]。",
  // 312 a QQ number, a name after 姓名
  "家委会成员在QQ群中收集费用，负责人QQ号{{qq:2876543210}}，姓名{{person_name:房雨桐}}，共收取“[[毕业典礼费]]”[[6400元]]。",
  // 313 a hearing exchange: a speaker's name as the line's label, a mobile after 手机号是
  "申请人：我叫{{person_name:甘露}}，是园里的前会计。\n主持人：请说明[[2025年10月]]的[[收费台账]]由谁保管？\n{{person_name:甘露}}：由园长助理{{person_name:卓文杰}}保管，他手机号是{{mobile:15888742310}}。",
  // 314 a 12315 complaint: a child's name after 叫
  "诉求人：靳女士 手机：{{mobile:18768123450}}\n诉求内容：孩子在[[宁波市海曙区阳光宝贝幼儿园]][[中一班]]，叫{{person_name:靳语桐}}，园方在[[2026年2月]]开学时强制收取“[[开学礼包费]]”[[198元]]。",
  // 315 a 12345 ticket: its ticket number kept, a caller's name in brackets, two phones
  "工单编号：[[20260312000123]]\n来电人：祝先生（{{person_name:祝海明}}），来电号码：{{landline:0574-27889900}}，回访号码：{{mobile:13615745566}}\n反映内容：该园要求家长购买指定品牌园服，每套[[420元]]。",
  // 316 a fiscal bill's number kept (票据号码), a child and its father
  "园方开具的[[浙江省非税收入统一票据]]（票据号码：[[3301260012345678]]）显示，缴款人为{{person_name:邓佳怡}}的家长{{person_name:邓海}}，金额[[4800元]]。",
  // 317 a refund account after 户名 and 卡号
  "退款账户：户名 {{person_name:覃晓梅}}，开户行 [[中国农业银行宁波江东支行]]，卡号 {{bank_account:6228480329123456789}}。",
  // 318 计 as a surname (经办人：计红梅), an ID grouped 6-6-6
  "经办人：{{person_name:计红梅}} 身份证 {{id_number:330203 198507 12062X}} 经办日期：[[2026年1月15日]]",
  // 319 Uyghur names: dotted (阿卜杜拉·买买提, 热依汗古丽•吐尔逊) and a four-character given name after 女儿
  "[[维吾尔族]]家长{{person_name:阿卜杜拉·买买提}}反映其女儿{{person_name:古丽娜尔}}在园就餐，园方按每天[[18元]]收取[[伙食费]]，但实际提供的餐食标准明显偏低。另一名家长{{person_name:热依汗古丽•吐尔逊}}也有同样反映。",
  // 320 Tibetan names after 家长 and 妻子 (扎西顿珠, 次仁卓玛)
  "大班幼儿家长{{person_name:扎西顿珠}}与其妻子{{person_name:次仁卓玛}}共同签署了[[退费确认书]]，确认退回“[[教材费]]”[[320元]]。",
  // 321 compound surnames 上官 and 司马
  "园长助理{{person_name:上官婉清}}负责收取“[[兴趣班费]]”，幼儿{{person_name:司马浩然}}的家长{{person_name:司马峰}}向其转账[[2000元]]。",
  // 322 an e-mail header's sender address
  "发件人：{{email:chenjing_nb@163.com}}\n主题：举报[[宁波市鄞州区彩虹桥幼儿园]]乱收费\n正文：我孩子在该园读小班，本学期被收取“[[电脑课费]]”[[600元]]……",
  // 323 a kindergarten's SMS to a parent: names after 家长 and 孩子
  "[[【宁波市鄞州区彩虹桥幼儿园】]]尊敬的家长{{person_name:杨晓东}}您好，您孩子{{person_name:杨一诺}}本学期应缴保教费[[6840元]]，请于[[9月5日]]前缴至园方账户。退订回T",
  // 324 a list of children's full names after a colon, with no role
  "以下幼儿尚未缴纳“[[校服费]]”：{{person_name:刘一鸣}}、{{person_name:陈可欣}}、{{person_name:赵子涵}}、{{person_name:孙浩宇}}、{{person_name:周诗雨}}。请家长于本周五前缴清，每套[[260元]]。",
  // 325 a civil judgment's party block: birth date, address, ID
  "原告：{{person_name:曹丽华}}，女，{{birth_date:1988年5月12日}}出生，汉族，住宁波市江北区文教街道大闸路{{address:19弄3号401室}}，公民身份号码{{id_number:330205198805120348}}。\n被告：[[宁波市江北区小星星幼儿园]]。\n法定代表人：{{person_name:曹建新}}，该园园长。",
  // 326 a lawyer after 委托诉讼代理人
  "委托诉讼代理人：{{person_name:应佳}}，[[浙江和义律师事务所]]律师。本院于[[2026年2月10日]]立案后，依法适用简易程序，判决被告退还原告“[[赞助费]]”[[20000元]]。",
  // 327 a handwritten receipt: a child between spaces, the collector's name
  "今收到 中二班 {{person_name:吕思彤}} 家长 交来 兴趣班费 [[伍佰元整]]（¥500） 收款人：{{person_name:殷丽}} [[2025.9.3]]",
  // 328 a full-width mobile, a name after 家长姓名
  "联系电话：{{mobile:１３９５７４１２３４５}}，家长姓名：{{person_name:洪志刚}}，孩子就读于[[宁波市江北区童之梦幼儿园]]中班。",
  // 329 a parent's name in pinyin capitals and in brackets its Chinese form
  "家长{{person_name:ZHANG WEI}}（{{person_name:张伟}}）提供的缴费记录显示，其于[[2025年9月2日]]缴纳“[[入园押金]]”[[3000元]]，离园后园方以各种理由拒不退还。",
  // 330 names before 称/表示, a head after 园长
  "家长{{person_name:闫丽君}}称，园方要求每名幼儿购买“[[成长档案册]]”，每本[[168元]]；家长{{person_name:钟志勇}}表示，他曾多次向园长{{person_name:邢晓燕}}提出异议。",
  // 331 a father after 的父亲, a child after 二宝
  "据{{person_name:沈浩宇}}的父亲{{person_name:沈立军}}陈述，二宝{{person_name:谢乐乐}}的奶奶也曾被要求补缴“[[午睡费]]”[[200元]]。",
  // 332 a transfer slip: 付款人账号, 付款人户名
  "付款人账号：{{bank_account:6217 0000 1234 5678 901}} 付款人户名：{{person_name:严冬梅}} 收款人户名：[[宁波市鄞州区金色摇篮幼儿园]] 用途：学费 金额：[[9,600.00]]",
  // 333 an ID grouped with hyphens 6-8-4
  "该园举办者{{person_name:解东明}}的身份证号码为{{id_number:330206-19851203-1524}}，其名下另有一家[[托育机构]]。",
  // 334 a 学籍号 starting with G and an ID, a guardian and mobile
  "幼儿学籍信息：[[全国学籍号]]{{document_number:G330212202103050026}}，姓名：{{person_name:伍小贝}}，监护人：{{person_name:伍建华}}（手机{{mobile:19957412345}}）。",
  // 335 officers with 同志, a head's name in brackets after 园长
  "[[市场监管局]]执法人员{{person_name:邢志刚}}同志、{{person_name:包文静}}同志于当日下午对该园进行了回访，园长（{{person_name:伍丽萍}}）表示已全部退还。",
  // 336 names listed after 经询问家长 (蓝天宇: 蓝天 is also a word)
  "经询问家长{{person_name:左丽}}、{{person_name:蓝天宇}}等人，确认该园在[[2025年11月]]向家长收取了“[[冬令营费]]”每人[[880元]]。",
  // 337 a payer whose name is a place (钟山), a gatekeeper
  "缴费人姓名：{{person_name:钟山}}，缴费项目：[[保教费]]，缴费金额：[[5,400元]]，收费员：门卫{{person_name:卜建军}}代收。",
  // 338 a mobile grouped by dots, an e-mail with capitals and a hyphen
  "家长另提供了备用联系方式：{{mobile:138.5742.1166}}，以及邮箱{{email:Zhang.Lili-1990@Outlook.com}}。",
  // 339 a landline with an em dash and 转, a mobile in Chinese numerals
  "财务电话：{{landline:0574—87654321转8012}}；园长手机：{{mobile:一三八五七四二一一六六}}。",
  // 340 a lane address with no 号 (271弄5幢302室), the head after 园长
  "家长居住地址：[[鄞州区钟公庙街道]]泰安中路{{address:271弄5幢302室}}，与园长{{person_name:黎晓萍}}系邻居关系。",
  // 341 a cook's address in a village road
  "收款人{{person_name:林国栋}}，住[[海曙区古林镇]]蜃蛟村新村路{{address:12号}}，系该园[[厨师]]。",
  // 342 a new-energy plate, a plate with a space, owners after 车主分别为
  "监控显示，一辆车牌为{{licence_plate:浙BD12345}}的[[新能源车]]和一辆{{licence_plate:浙B 3K7P9}}的面包车每日负责接送幼儿，车主分别为{{person_name:瞿志军}}和{{person_name:甄美玲}}。",
  // 343 a child and parent joined by a slash
  "幼儿/家长：{{person_name:胡一帆}}/{{person_name:胡涛}}；缴费日期：[[2025-09-01]]；金额：[[3,280元]]。",
  // 344 a child's name in brackets after 退给
  "退款说明：“退给（{{person_name:郭子墨}}）家长[[1,350元]]，已于[[3月8日]]通过微信原路退回。”",
  // 345 a physician after 保健医师 (not 师 as a surname), an ID ending in lower-case x, a 166 mobile
  "该园[[保健医师]]{{person_name:柯慧玲}}的身份证号：{{id_number:33020619851203152x}}，手机：{{mobile:166 0574 1234}}。",
  // 346 a child before 小朋友
  "{{person_name:张梓萌}}小朋友的家长反映，园方以“[[营养加餐费]]”名义每月多收[[100元]]。",
  // 347 a mask followed by the name in brackets (丁某（丁慧芳）)
  "园长丁某（{{person_name:丁慧芳}}）承认，2025年度共向[[148名]]幼儿收取“[[建档费]]”每人[[200元]]。",
  // 348 a signature line 签名：___李红___ and an already masked 王某某
  "签名：___{{person_name:李红}}___    日期：[[2026年3月1日]]\n家长：王某某  [[2026年3月1日]]",
  // 349 a letter to a child's parent (亲爱的…家长)
  "亲爱的{{person_name:舒可馨}}家长：\n您好！根据区教育局通知，本园自[[2026年春季学期]]起取消“[[兴趣班费]]”，已收取的[[760元]]将于3月底前退还。",
  // 350 a police-style report: an address with an anonymised estate (588号某小区9幢1单元1902室)
  "报案人：{{person_name:滕建平}}，男，48岁，住宁波市[[鄞州区首南街道]]天童南路{{address:588号}}某小区{{address:9幢1单元1902室}}，身份证号码{{id_number:330204197603152213}}（系本人口述）。",
  // 351 an investigation's figures and a filing number
  "该园2025年秋季学期共有在园幼儿[[312名]]，分为12个班，保教费标准为每生每月[[2280元]]（备案文号：[[甬教备〔2025〕88号]]），实际收取[[2580元]]，超标准收取300元/月，涉及金额共计[[561600元]]。",
  // 352 legal citations and a national document number
  "根据[[《浙江省学前教育条例》第三十一条]]和《幼儿园收费管理暂行办法》（[[发改价格〔2011〕3207号]]）[[第十一条]]，幼儿园不得以任何名义向入园幼儿家长收取与入园挂钩的[[赞助费]]。",
  // 353 a 12315 ticket number, a business licence's registration number shaped like an old ID, a school permit's number
  "案件来源：[[12315]]平台转办（工单号：[[Z2026031800456]]）。经查，该园营业执照注册号为[[330212000123456]]，办学许可证号为[[教民133021270000123号]]。",
  // 354 dates, times and amounts of a cash-flow audit
  "[[2026年3月15日18时20分]]，执法人员调取了该园[[2025年9月1日至2026年1月20日]]期间的收费流水共计[[1,236笔]]，金额合计人民币[[3,456,789.00元]]。",
  // 355 place and company names with surname-like characters
  "该园位于[[江北区庄桥街道]]，毗邻[[李家村社区服务中心]]，由[[宁波市王氏教育咨询有限公司]]举办，园舍建筑面积[[2860平方米]]。",
  // 356 class names and course names made of words
  "园长办公会纪要显示，[[白天班]]与[[晚托班]]分开收费，高峰时段每小时收费[[40元]]；“[[文明礼仪课程费]]”与“[[常青藤英语课]]”均属于超范围收费项目，合计金额为[[7200元]]。",
  // 357 dates written with dots (not births), a fine's payment code whose ID check passes by chance
  "该园于[[2021.3.5]]取得办学许可，[[2024.9.1]]起执行新收费标准，罚没款缴款码：[[330200260000123456]]。",
  // 358 an anonymised party's birth year (a hit, deny by default), masked names
  "当事人[[蒋某某]]（男，{{birth_date:1975年}}生，身份证号略）系该园举办者，对违法事实供认不讳。家长[[王某]]、[[李某某]]的陈述与此一致。",
  // 359 a penalty's legal basis and multiple
  "本案适用[[《价格违法行为行政处罚规定》第十六条]]，因当事人主动退还家长多收费用计人民币[[126,400元]]，依法从轻处罚，罚款金额为违法所得的[[0.5倍]]。",
  // 360 a list of exhibits with counts and a date range
  "附件：1.询问笔录（共[[6页]]）；2.收费凭证复印件（共[[38张]]）；3.银行流水（[[2025.09.01—2026.01.31]]）；4.现场照片[[12张]]。",
  // ── The fourth blind round (narratives 361–438): texts written before the gate or the corpus were read, as an officer
  // summarises a case for a typical-case write-up (典型案例) in running prose: names mid-sentence without a role right
  // before them (…之外的李某芳本人收取, 由…负责), before verbs (提供, 起草), possessives (刘洋的孩子), quoted names, relatives
  // (亲属, 之妹), a committee's members in brackets, English translations (Ms. Wang Li, parent Zhang Wei, Room 1203, No. 588),
  // full-width forms. A surname with a title (陈老师, “小杨老师”, 小周) is no hit: it identifies no more than a mask keeps.
  // 361 (b4-01)
  "经查，该园自[[2025年9月]]起向幼儿家长（如{{person_name:王小明}}家长{{person_name:王建国}}）收取“[[课后延时服务费]]”每月[[480元]]，未纳入收费公示范围，累计收取人民币[[9.6万元]]。",
  // 362 (b4-02)
  "调查发现，园方在收取[[保教费]]时要求家长将款项转至由财务人员之外的{{person_name:李某芳}}本人收取，相关款项未进入园方[[对公账户]]。",
  // 363 (b4-03)
  "据园方会计陈述，[[2025年春季学期]]的[[伙食费结余]]共计[[2.3万元]]，已按园长意见转作“[[活动经费]]”使用，陈述人{{person_name:周婉清}}对此签字确认。",
  // 364 (b4-04)
  "{{person_name:张三丰}}、{{person_name:李四海}}两位家长于[[2025年10月]]向[[区教育局]]反映，该园以“[[特色课程]]”名义每学期额外收取[[1800元]]。",
  // 365 (b4-05)
  "家长代表{{person_name:王丽华}}称，园方在开学前一周才通知涨价，大部分家长没有时间选择其他幼儿园。{{person_name:王丽华}}表示愿意配合调查，并提供了缴费收据[[12张]]。",
  // 366 (b4-06)
  "园长助理{{person_name:郑晓红}}承认，[[2025年11月]]以来“[[兴趣班费]]”均由其个人收取后再交给举办者，共转账[[17笔]]。",
  // 367 (b4-07)
  "执法人员调取了{{person_name:刘洋}}的孩子在园期间的缴费记录，发现同一月份被重复收取[[保育费]]两次，每次[[1650元]]。",
  // 368 (b4-08)
  "多名家长反映，陈老师的微信收款码被张贴在班级门口，家长需扫码缴纳“[[材料费]]”每人[[260元]]。",
  // 369 (b4-09)
  "家长群中，“小杨老师”多次发布通知要求家长在当日18时前缴纳“[[毕业照费用]]”[[350元]]，逾期不交的幼儿不能参加毕业典礼。",
  // 370 (b4-10)
  "大班幼儿{{person_name:赵子涵}}（5岁）的母亲反映，孩子因病请假[[22天]]，园方仍全额收取当月保教费[[2380元]]，拒绝按规定退费。",
  // 371 (b4-11)
  "如对本案处理结果有疑问，可拨打家长李先生电话{{mobile:13812345678}}核实，或向[[鄞州区市场监管局]]咨询。",
  // 372 (b4-12)
  "经核查银行流水，该园将收取的[[1.8万元]]“[[床上用品费]]”转入园长个人账户{{bank_account:6222 0212 3456 7890 123}}，未入园方账册。",
  // 373 (b4-13)
  "该园举办者{{person_name:孙国庆}}（身份证号码{{id_number_like:330203197806150017}}）在接受询问时承认未经[[备案]]擅自提高收费标准。",
  // 374 (b4-14)
  "举报人马女士家住[[鄞州区钟公庙街道]]天童南路{{address:588号7幢1203室}}，其孩子于[[2025年9月]]入读该园小班。",
  // 375 (b4-15)
  "涉事幼儿{{person_name:林可馨}}，{{birth_date:2020年3月18日}}出生，系该园[[中二班]]学生，其家长提供了园方出具的手写收据。",
  // 376 (b4-16)
  "园方财务人员使用个人微信号“{{wechat:xiaomei_1988}}”收取家长缴纳的[[校车费]]，每月每人[[300元]]，合计收取[[4.5万元]]。",
  // 377 (b4-17)
  "校车驾驶员{{person_name:钱国平}}驾驶的{{licence_plate:浙B·7K235}}号面包车核载[[7人]]，检查时实际载有幼儿[[14名]]，该园另按每人每月[[280元]]收取[[接送费]]。",
  // 378 (b4-18)
  "[[宁波市海曙区彩虹幼儿园]]违反[[《幼儿园收费管理办法》第十二条]]规定，在保教费之外另行收取“[[教材费]]”。[[海曙区市场监管局]]于[[2026年1月8日]]依法作出行政处罚决定（[[甬海市监处罚〔2026〕3号]]），没收违法所得[[5.2万元]]，并处罚款[[2万元]]。",
  // 379 (b4-19)
  "在执法人员询问时，该园法定代表人{{person_name:吴志刚}}辩称“收费标准是去年就定好的”，但未能提供[[物价部门]]的备案文件，后经{{person_name:吴志刚}}本人签字确认询问笔录。",
  // 380 (b4-20)
  "本案中，幼儿家长黄女士（化名）反映的问题经查属实，另一名家长{{person_name:徐建军}}也提供了微信转账截图，显示其向园长{{person_name:何美玲}}转账[[3600元]]。",
  // 381 (b4-21)
  "该园出纳{{person_name:蒋丽娟}}于[[2025年12月3日]]将当月收取的[[保教费]]现金存入其丈夫{{person_name:冯志强}}名下的银行卡（卡号{{bank_account:6217 8562 0000 4512 876}}）。",
  // 382 (b4-22)
  "根据家长提供的聊天记录，班主任{{person_name:许静怡}}在群内称：“不交[[兴趣班费]]的小朋友下午只能待在教室里。”这一做法变相强制家长缴费。",
  // 383 (b4-23)
  "中班幼儿家长{{person_name:韩梅梅}}与园长发生争执后，于[[2025年11月20日]]拨打[[12345]]热线投诉，来电号码为{{mobile:15967891234}}。",
  // 384 (b4-24)
  "经查明，[[2025学年秋季学期]]该园实际在园幼儿[[186人]]，按每人每月[[2200元]]收取保育教育费，超出备案标准每人每月[[300元]]，多收金额合计[[27.9万元]]。",
  // 385 (b4-25)
  "举办者{{person_name:沈宏伟}}与其妻子{{person_name:杨晓燕}}共同管理该园，{{person_name:杨晓燕}}负责收费，{{person_name:沈宏伟}}负责日常运营，二人均对违规收费行为知情。",
  // 386 (b4-26)
  "经比对，家长{{person_name:曹雪芹}}、{{person_name:鲁迅飞}}、{{person_name:巴金平}}三人的缴费凭证金额均为[[4800元]]，与园方账面记载的[[4200元]]不一致。",
  // 387 (b4-27)
  "执法人员随后约谈了该园实际控制人{{person_name:邱建华}}，{{person_name:邱建华}}当场表示将在[[十日内]]退还多收费用。",
  // 388 (b4-28)
  "据教师{{person_name:潘晓雯}}反映，园方要求每名教师每学期至少动员[[五名]]家长报名收费兴趣班，完成情况与绩效挂钩。",
  // 389 (b4-29)
  "收款收据上加盖的并非园方财务专用章，而是“{{person_name:谢美华}}”个人私章，收据编号[[0012345至0012398]]。",
  // 390 (b4-30)
  "家长反映的退费问题涉及幼儿{{person_name:唐一诺}}、{{person_name:唐一鸣}}兄妹二人，其父亲{{person_name:唐建国}}于[[2025年8月]]一次性缴纳全年保教费共计[[5.28万元]]。",
  // 391 (b4-31)
  "举报材料中附有该园财务人员的联系方式（手机：{{mobile:186-5743-2198}}），执法人员据此联系核实。",
  // 392 (b4-32)
  "经调查，园长{{person_name:卢小燕}}本人持有的尾号8876的农业银行账户在[[2025年9月至12月]]间共收到家长转账[[412笔]]。",
  // 393 (b4-33)
  "该园法定代表人、举办者为同一人，即{{person_name:冯德胜}}（男，{{birth_date:1972年}}生，住[[奉化区岳林街道]]中山路{{address:128号}}）。",
  // 394 (b4-34)
  "在此后的复查中，执法人员发现园方仍通过“[[家委会]]”代收费用，[[家委会]]主任由家长{{person_name:董佳佳}}担任，其个人支付宝账号为{{email:dongjj2019@163.com}}。",
  // 395 (b4-35)
  "园方提交的情况说明由副园长{{person_name:方丽丽}}起草，说明中称相关费用系家长“[[自愿捐赠]]”，但家长{{person_name:袁志军}}、{{person_name:孔令辉}}均否认自愿。",
  // 396 (b4-36)
  "小班幼儿{{person_name:朱可欣}}、{{person_name:朱可乐}}的外婆向执法人员出示了园方开具的收据，收据经手人签名为“{{person_name:钟秀}}”。",
  // 397 (b4-37)
  "该园保育员{{person_name:胡小红}}证实，园方自[[2025年3月]]起向每名幼儿按月加收“[[午点费]]”[[60元]]，该费用此前已包含在[[伙食费]]中。",
  // 398 (b4-38)
  "[[江北区教育局]]工作人员在走访中了解到，家长邓女士（联系电话{{landline:0574-87654321}}）曾多次向园方索要收费明细未果。",
  // 399 (b4-39)
  "经查，该园在[[收费公示栏]]中公布的联系人为“[[园务办]] 李老师 {{mobile:139 6789 0123}}”，实际接听人为举办者亲属{{person_name:贺建平}}。",
  // 400 (b4-40)
  "执法人员现场提取了园长办公室电脑中的收费台账，台账显示幼儿“{{person_name:崔梓萱}}”“{{person_name:崔梓涵}}”“{{person_name:程浩然}}”等[[12人]]的[[延时服务费]]未开具发票。",
  // 401 (b4-41)
  "该案由[[北仑区市场监管局]]立案调查，案件承办人向园方送达了[[《责令改正通知书》]]（[[北市监责改〔2025〕41号]]），园方于[[2025年12月15日]]前完成退费。",
  // 402 (b4-42)
  "在园方提交的退费名单中，家长{{person_name:范文斌}}（身份证后四位{{id_number:0315}}）确认已收到退款[[1200元]]。",
  // 403 (b4-43)
  "据了解，负责收取兴趣班费用的外聘舞蹈老师{{person_name:田甜甜}}并非园方在编教职工，其收取的费用由本人支配。",
  // 404 (b4-44)
  "投诉人黎先生称其女儿{{person_name:黎语桐}}在该园就读期间，园方以“[[营养加餐]]”为由每月多收[[150元]]。",
  // 405 (b4-45)
  "经查，当事人于2025年秋季开学时向新入园幼儿收取“[[建园费]]”每人[[3000元]]，共计收取新生[[58人]]，违法所得[[17.4万元]]，依据[[《价格法》第四十一条]]之规定应予退还。",
  // 406 (b4-46)
  "园方财务负责人为举办者之女，名叫{{person_name:俞佳敏}}，平时通过其本人手机号码{{mobile:13705741234}}与家长联系缴费事宜。",
  // 407 (b4-47)
  "据家长提供的转账记录，收款人为“*晓芬”，经核实为该园保健医生{{person_name:严晓芬}}。",
  // 408 (b4-48)
  "该园原园长、现任执行园长的{{person_name:武丽君}}和举办者{{person_name:罗志明}}对收费问题负有直接责任，[[区教育局]]已对二人进行诫勉谈话。",
  // 409 (b4-49)
  "家长{{person_name:毛建英}}与丈夫{{person_name:石磊}}均在外地工作，孩子由祖父母接送，二人通过银行转账方式向园方缴纳费用。",
  // 410 (b4-50)
  "经执法人员调查，园方将家长缴纳的“[[代办费]]”结余款[[4.7万元]]存放于会计{{person_name:姜红梅}}个人名下的定期存单中。",
  // 411 (b4-51)
  "本案当事人为[[慈溪市阳光宝贝幼儿园]]（民办），统一社会信用代码[[52330282MJ9A12345B]]，举办者{{person_name:应国华}}，住所地[[慈溪市白沙路街道]]。",
  // 412 (b4-52)
  "该园会计{{person_name:何秀芝}}出生于{{birth_date:1968年11月2日}}，[[2025年7月]]已退休，但仍由园方返聘负责收费工作。",
  // 413 (b4-53)
  "园长{{person_name:雷丹丹}}的个人银行账户（[[中国建设银行]]，账号{{bank_account:6227001234567890123}}）与园方[[对公账户]]存在频繁资金往来。",
  // 414 (b4-54)
  "家长反映，孩子班上的配班老师小周和保育员{{person_name:阿芳}}经常在放学时向家长推销收费课程。",
  // 415 (b4-55)
  "经核对园方提供的花名册，幼儿{{person_name:欧阳子轩}}、{{person_name:司马嘉怡}}、{{person_name:上官文博}}均属应享受[[保教费减免]]的家庭经济困难幼儿，但园方未予减免。",
  // 416 (b4-56)
  "经查询，该园校车车牌号为{{licence_plate:浙BD12345}}，由园方聘用的驾驶员{{person_name:施建明}}驾驶，驾驶证号码{{id_number_like:330205197503214519}}。",
  // 417 (b4-57)
  "投诉人称，她于[[2025年9月1日]]向园长的妹妹（名叫{{person_name:柴小燕}}）微信转账了[[6800元]]，对方至今未出具收据。",
  // 418 (b4-58)
  "The investigation found that the kindergarten's principal, Ms. {{person_name:Wang Li}}, collected an additional \"interest class fee\" of [[RMB 1,800]] per semester from parents, including parent {{person_name:Zhang Wei}} (tel. {{mobile:138 1234 5678}}).",
  // 419 (b4-59)
  "According to the statement of Mr. {{person_name:Chen Jianguo}}, the sponsor of [[Sunshine Kindergarten]], the fees were transferred to his personal account {{bank_account:6222 0212 3456 7890 555}} at [[ICBC]].",
  // 420 (b4-60)
  "Parent {{person_name:Liu Yang}} reported that her son, {{person_name:Li Haoran}} (aged 4, middle class), was charged [[RMB 2,380]] for a month in which he attended only three days.",
  // 421 (b4-61)
  "On [[12 January 2026]] the [[Haishu District Administration for Market Regulation]] imposed a fine of [[RMB 20,000]] on [[Little Oak Kindergarten]] under [[Article 12]] of the Measures for the Administration of Kindergarten Fees.",
  // 422 (b4-62)
  "The accountant, {{person_name:Zhou Wanqing}}, admitted that she received the payments via her personal WeChat (ID: {{wechat:zwq_1990}}) and that the legal representative {{person_name:Sun Guoqing}} (ID card no. {{id_number_like:330203197806150017}}) knew about it.",
  // 423 (b4-63)
  "The complainant, who lives at {{address:Room 1203, No. 588}} Tiantong South Road, [[Yinzhou District]], can be reached on {{mobile:+86 159 6789 1234}}.",
  // 424 (b4-64)
  "Teacher {{person_name:Xu Jingyi}} wrote in the parents' group: \"Children whose parents have not paid will stay in the classroom.\" Parents {{person_name:Han Meimei}} and {{person_name:Deng Li}} complained to the [[12345]] hotline.",
  // 425 (b4-65)
  "家长ＴＥＬ：{{mobile:１３９５７４８２２１０}}，家长姓名：{{person_name:孙　丽}}，幼儿姓名：{{person_name:孙　浩宇}}（４岁），该幼儿于[[２０２５年９月]]入园。",
  // 426 (b4-66)
  "经查，园长{{person_name:Ｗａｎｇ　Ｌｉ}}（{{person_name:王莉}}）以个人名义收取费用，收款账号：{{bank_account:６２２２０２１２３４５６７８９０１２３}}。",
  // 427 (b4-67)
  "家长陈某（电话：{{mobile:138－0574－6677}}）称，幼儿{{person_name:陈小宝}}于[[2025年10月]]被园方以欠费为由拒绝入园三天。",
  // 428 (b4-68)
  "举办者身份证号为 {{id_number_like:33020319780615001X}} ，其配偶身份证号为 {{id_number_like:330203198001234526}}。",
  // 429 (b4-69)
  "另查明，该园财务人员{{person_name:金晓丽}}、出纳{{person_name:包雪芬}}二人分别使用个人微信（微信号：{{wechat:jxl666888}}、{{wechat:bxf_2020}}）收取家长费用共计[[11.6万元]]。",
  // 430 (b4-70)
  "对于上述违规收费行为，当事人负责人{{person_name:章立新}}在听取陈述申辩意见时未提出异议，并表示将于[[2026年2月底]]前全部退还。",
  // 431 (b4-71)
  "在办理本案过程中，[[镇海区市场监管局]]执法人员还发现，园方聘请的保安{{person_name:祁大勇}}兼任收费员，并通过本人手机（{{mobile:15057418888}}）收取现金及转账。",
  // 432 (b4-72)
  "该园[[家长委员会]]成员（{{person_name:范丽}}、{{person_name:汪洁}}、{{person_name:龚海峰}}）联名向教育部门反映问题，要求园方公开[[伙食费]]收支明细。",
  // 433 (b4-73)
  "经查，园方收取的“[[教玩具费]]”实际由举办者的哥哥、某文具店经营者{{person_name:戴建军}}统一采购，差价部分由{{person_name:戴建军}}与园方分成。",
  // 434 (b4-74)
  "幼儿家长刘女士向记者表示，她的儿子（{{person_name:吴宇轩}}，4岁）所在的[[中一班]]共有[[32名]]幼儿，每人都被收取了“[[外教课费]]”[[980元]]。",
  // 435 (b4-75)
  "该园原法定代表人于[[2024年]]变更为{{person_name:聂红梅}}，变更前的法定代表人为{{person_name:聂红梅}}的丈夫{{person_name:史国良}}，二人现居住于[[宁波市江北区洪塘街道裘市村]]{{address:45号}}。",
  // 436 (b4-76)
  "执法人员对该园2025年全年的收费票据进行了核查，共涉及发票[[386张]]，票面金额合计人民币[[213.5万元]]，其中“保教费”[[178.2万元]]、“伙食费”[[35.3万元]]。",
  // 437 (b4-77)
  "[[宁波市江北区小天使幼儿园]]、[[余姚市梨洲街道童心幼儿园]]等[[3所]]民办幼儿园因违规收取[[赞助费]]被依法查处，相关园长已被约谈。",
  // 438 (b4-78)
  "经查，幼儿{{person_name:郭子墨}}的家长于[[2025年9月10日]]通过支付宝向账号{{email:guozm_mom@qq.com}}的用户转账，该账户实为园长{{person_name:郭丽萍}}之妹{{person_name:郭丽娜}}所有。",
  // ───── fifth blind round (narratives 439–518): written before the gate was read — parents' complaint-form text
  // quoted verbatim (typos, homophones such as 王老湿 and 李园张, emoji, half-width punctuation, spaced names and
  // numbers), officers' public summaries with the parent's details left in, refund lists of households (张家,
  // 刘宏伟户, 宝妈, 爷爷/奶奶 + name, partly masked names among unmasked ones), staff by job title and name, and
  // numbers in every spelling (138后面是…, 159，0123，4567, bank before the card, serials that stay).
  // 439 (b5-01)
  "投诉内容：“我是{{class_and_name:大二班王梓萱}}的妈妈，我叫{{person_name:刘慧敏}}，电话{{mobile:13912345678}}，园里这学期突然多收了[[800块]]的‘[[研学费]]’，班主任{{person_name:孙丽丽}}老师说不交就不让孩子去，太过分了！！”",
  // 440 (b5-02)
  "投诉人原话：“王老湿天天在群里催交钱，我家豆豆（{{person_name:李沐阳}}）才上小班，一个月就收了[[伙食费650]]，还说要再交[[300的被褥费]]😡 我微信 {{wechat:lmy_mama2019}} 有截图”",
  // 441 (b5-03)
  "投诉内容：李园张说退费要走流程，我都等了两个月了，我是{{class_and_name:中一班陈子轩}}家长 {{person_name:陈 强}} ，手机 {{mobile:186 0755 2233}} ，麻烦尽快处理",
  // 442 (b5-04)
  "家长留言：幼儿园财务小王（{{person_name:王晓静}}）让我把钱转到她个人支付宝 {{email:wxj0815@163.com}} ，说这样快，结果一直没给[[收据]]。",
  // 443 (b5-05)
  "投诉内容:我女儿{{person_name:张可馨}}在[[阳光宝贝幼儿园]]上学,[[2025.9.1]]交了[[保教费4,200元]],园长{{person_name:周建华}}说是新标准,但是物价局公示的是[[3800元]],请你们查一下!!我电话:{{mobile:135-1234-8765}}",
  // 444 (b5-06)
  "投诉人留言：“电话{{mobile:138后面是12345678}}，打不通就加微信同号，我是{{class_and_name:小一班黄一诺}}的奶奶{{person_name:黄桂英}}”",
  // 445 (b5-07)
  "投诉内容：老师收钱不开票!!!!我家孩子叫{{person_name:马天佑}} ，老师叫 {{person_name:何 艳}} ，收了 [[￥1500]] 的“[[英语班]]”费用 ，我是马爸爸 {{person_name:马俊}} {{mobile:13711112222}}",
  // 446 (b5-08)
  "投诉人自述：本人{{person_name:赵雪梅}}（身份证{{id_number:410102198807153325}}），孩子{{person_name:赵一鸣}}在中二班，[[2025年11月3日]]缴纳[[托管费2200元]]，园方以“名额紧张”为由拒不退还。",
  // 447 (b5-09)
  "投诉内容：我给园长老婆转了[[3000]]，她叫{{person_name:郭美玲}}，转账截图我发在附件了，她的卡号是 [[工商银行]] {{bank_account:6222 0212 3456 7890 128}}",
  // 448 (b5-10)
  "🙏🙏求求你们管管吧 俺家宝宝{{person_name:刘欣怡}} 3岁半 被要求交“[[入园押金]]”[[5000]] ，说毕业才退，找了园长秘书{{person_name:韩冰}}也没用 ，联系我：{{mobile:一三八零零一三八零零零}} （刘先生）",
  // 449 (b5-11)
  "投诉对象:[[育才幼儿园]],班主任:{{person_name:吴倩}},保育员:钱阿姨({{person_name:钱秀英}}),收取'[[午托费]]'每月[[350元]],未公示.",
  // 450 (b5-12)
  "投诉内容：上周五接孩子的时候张老师跟我说下学期要涨到每月[[2980]]了我问为什么她说是园长定的我又去找园长{{person_name:李国栋}}他说不愿意可以转学我孩子{{person_name:李想想}}在这读了两年了凭什么",
  // 451 (b5-13)
  "投诉人称：园长微信号是 {{wechat:zhy_kids888}} ，她在朋友圈发的[[收费通知]]我截图了，家长群群主是 {{person_name:赵红英}} ，可以作证。",
  // 452 (b5-14)
  "投诉内容：打园里电话{{landline:（0755）2658 4321}}没人接，又打了园长手机也不接，这是什么态度？",
  // 453 (b5-15)
  "投诉人信息：孩子爸爸叫 {{person_name:孙 浩然}} ，我是孩子妈 {{person_name:林芳}} ，孩子 {{person_name:孙小雨}} ，我们[[2024年9月]]入园，共交了：保育费 [[1,200.00元]]×10个月",
  // 454 (b5-16)
  "投诉人反映，[[收费通知]]是通过QQ发的，发件人QQ号 {{qq:2876543190}} ，昵称“甜甜老师”。",
  // 455 (b5-17)
  "投诉内容：我家崽崽叫{{person_name:周梓豪}}，班里的蒋老湿（{{person_name:蒋婷婷}}）每次都私下收钱，收了不给票😤😤",
  // 456 (b5-18)
  "收费单据显示：经办人：园长助理{{person_name:孙某婷}}，收款人：出纳员{{person_name:刘婷婷}}，复核：会计 {{person_name:吴建平}}。",
  // 457 (b5-19)
  "经核查，投诉人（幼儿{{person_name:王梓萱}}的母亲）反映的“[[研学费]]”问题属实，该园于[[2025年10月]]向[[大二班]]幼儿家长每人收取[[800元]]，由班主任{{person_name:孙丽丽}}代收。",
  // 458 (b5-20)
  "投诉人刘女士（联系电话{{mobile:13952785678}}）反映，其孩子所在的[[朝阳幼儿园]]在学期中途调整[[伙食费]]标准。",
  // 459 (b5-21)
  "投诉人陈先生称其子{{person_name:陈浩宇}}在该园就读期间，园方共计收取“[[特色课程费]]”[[4次]]，合计[[2600元]]。",
  // 460 (b5-22)
  "根据投诉人提供的微信聊天记录截图，园方工作人员“小周”（{{person_name:周敏}}）于[[2025年12月5日]]要求家长转账至个人微信（微信号：{{wechat:zm19920306}}）。",
  // 461 (b5-23)
  "投诉人家住[[朝阳区望京街道]]花家地北里{{address:7号楼3单元502室}}，其孙女在该园小班就读。",
  // 462 (b5-24)
  "本局于[[2026年1月8日]]作出[[沪浦市监处〔2026〕第031号]]行政处罚决定，投诉人黄某某（电话{{landline:021-58881234}}）对处理结果表示满意。",
  // 463 (b5-25)
  "投诉人系幼儿{{person_name:许诺}}的外婆，姓名{{person_name:何秀兰}}，年逾七旬，多次到园交涉未果。",
  // 464 (b5-26)
  "经查，投诉人所述该园保育员“赵姐”（{{person_name:赵春燕}}）收取的“[[床位费]]”每学期[[400元]]属实。",
  // 465 (b5-27)
  "该园举办者为自然人{{person_name:周某强}}（身份证号{{id_number:32010219750611051x}}），实际控制园所财务。",
  // 466 (b5-28)
  "经调查，投诉人张先生（{{person_name:张立伟}}）反映的问题部分属实，该园已于[[2026年2月10日]]前完成整改。",
  // 467 (b5-29)
  "整改期间，该园已退还王某某家长[[1200元]]、李XX家长[[800元]]、{{person_name:陈晓燕}}家长[[600元]]、赵**家长[[450元]]。",
  // 468 (b5-30)
  "退费明细：张家（{{person_name:张子墨}}）[[2400元]]；李女士家 [[1800元]]；{{person_name:刘宏伟}}户 [[960元]]；黄家宝妈{{person_name:黄丽}} [[1200元]]。",
  // 469 (b5-31)
  "已退费家庭：宝爸{{person_name:王建军}} [[3000元]]，宝妈{{person_name:杨柳}} [[2500元]]，朵朵爷爷{{person_name:朱德贵}} [[1500元]]，乐乐奶奶{{person_name:邓桂芝}} [[1500元]]。",
  // 470 (b5-32)
  "退款名单（节选）：1.{{person_name:吴某涵}} [[￥860]]；2.{{person_name:郑佳怡}} [[￥860]]；3.冯* [[￥430]]；4.{{person_name:蔡明轩}} [[￥860]]",
  // 471 (b5-33)
  "该园于[[2026年2月14日]]通过银行转账方式向[[31户]]家长退还多收费用合计[[人民币叁万贰仟伍佰元整]]，其中向{{person_name:韩冬梅}}退还[[2100元]]（交易流水号[[2026021415320098765]]）。",
  // 472 (b5-34)
  "退还对象包括：{{class_and_name:中一班曹雨桐}}、{{class_and_name:中一班曹雨晨}}（双胞胎）、{{class_and_name:大一班彭博}}，均已签字确认。",
  // 473 (b5-35)
  "退款已原路返回至家长银行卡，如：{{person_name:魏建华}} [[建设银行]] {{bank_account:6217 0000 1234 5678 907}}。",
  // 474 (b5-36)
  "经核对，应退金额中，邹家两个孩子（{{person_name:邹一凡}}、{{person_name:邹一然}}）合计[[3200元]]，已于[[3月1日]]退付。",
  // 475 (b5-37)
  "退费时由家长签字确认，签字人有：{{person_name:范丽娟}}、{{person_name:田野}}、{{person_name:石磊}}、{{person_name:江涛}}等[[22人]]。",
  // 476 (b5-38)
  "园方仅向部分家长退费：徐女士家（{{person_name:徐梦琪}}）退了[[500元]]，而潘先生家孩子{{person_name:潘子睿}}至今未退。",
  // 477 (b5-39)
  "支付宝转账退还：{{person_name:吕晓燕}}（支付宝账号 {{email:lxy_1988@126.com}}）[[1300元]]；{{person_name:金雨欣}}（支付宝 {{mobile:15867891234}}）[[1300元]]。",
  // 478 (b5-40)
  "退费凭证号：[[TF20260301-0012]]，收款人：{{person_name:杜娟娟}}，金额：[[￥3,800.00]]。",
  // 479 (b5-41)
  "经查，财务小王 {{person_name:王晓静}} 负责收费，出纳员{{person_name:刘婷婷}}负责开具收据，二人均称系按园长安排。",
  // 480 (b5-42)
  "多名家长反映，保育员阿姨赵姐（{{person_name:赵桂兰}}）每天中午另收“[[午睡看护费]]”[[5元]]。",
  // 481 (b5-43)
  "厨师长老胡（{{person_name:胡德明}}）承认，[[伙食费]]中有部分用于教职工餐，金额约[[1.2万元]]。",
  // 482 (b5-44)
  "该园后勤主任兼采购员{{person_name:钟伟}}，以及其妻子即园长{{person_name:罗晓琴}}，共同决定了上述收费项目。",
  // 483 (b5-45)
  "据查，司机师傅{{person_name:秦大勇}}负责[[校车费]]收取，每月[[260元]]，现金收取后未入账。",
  // 484 (b5-46)
  "副园长（分管财务）{{person_name:贺兰芳}}在询问笔录中称，收费标准系举办者口头决定。",
  // 485 (b5-47)
  "园长王某（全名{{person_name:王淑珍}}）未能提供收费项目的备案材料。",
  // 486 (b5-48)
  "美术老师Amy（{{person_name:汤雅雯}}）私下组织家长缴纳“[[画材费]]”每人[[180元]]。",
  // 487 (b5-49)
  "该园外聘舞蹈教练{{person_name:刘一凡}}、外教{{person_name:John Smith}}的[[课时费]]均转嫁给家长承担。",
  // 488 (b5-50)
  "该园实际举办者为自然人{{person_name:严国富}}，持股[[100%]]，现住址：[[杭州市西湖区]]文三路{{address:168号2幢1101室}}。",
  // 489 (b5-51)
  "法定代表人兼园长：{{person_name:欧阳婉清}}，任职时间[[2019年]]至今。",
  // 490 (b5-52)
  "前台接待员小梅（全名{{person_name:上官梅}}）负责登记家长缴费信息。",
  // 491 (b5-53)
  "园方公示的咨询电话为{{landline:0571-8765 4321}}转8008，园长个人手机未予公开。",
  // 492 (b5-54)
  "投诉人留下的联系方式为：{{mobile:+86 139 1234 5678}}（海外号码暂不可用）。",
  // 493 (b5-55)
  "收款人信息：姓名{{person_name:郑小琳}}，身份证{{id_number:33010619790405002x}}，开户行[[招商银行]]。",
  // 494 (b5-56)
  "经核对，订单号[[E20251203158829301]]、交易流水号[[4200002345202512031234567890]]对应的款项即为“[[兴趣班费]]”。",
  // 495 (b5-57)
  "园长要求家长将款项转入其个人在[[中国农业银行]]的账户，卡号{{bank_account:6228 4800 1234 5678 911}}。",
  // 496 (b5-58)
  "投诉内容：我是家长{{person_name:李建国}}，我手机是{{mobile:一三九 八八七六 五五四四}}，白天都在",
  // 497 (b5-59)
  "投诉内容：电话 {{mobile:1 3 9 - 0 0 1 1 - 2 2 3 3}} ，我姓高，孩子{{person_name:高梓涵}}",
  // 498 (b5-60)
  "该园对外联系电话{{landline:(020)8888-6666}}，联系人为行政人员{{person_name:龚丽}}。",
  // 499 (b5-61)
  "收据载明金额[[人民币叁仟元整]]（[[￥3000.00]]），收据编号[[NO.0012345]]，收费项目为“[[校服费]]”。",
  // 500 (b5-62)
  "转账记录显示收款方微信号为{{wechat:wxid_ab12cd34ef}}，备注“[[大一班活动费]]”。",
  // 501 (b5-63)
  "投诉人另通过邮箱 {{email:zhangsan_1985@qq.com}} 补充提交了[[缴费凭证]]。",
  // 502 (b5-64)
  "投诉人为外籍家长，护照号{{document_number:E12345678}}，其子在[[国际班]]就读，每学期缴费[[4.5万元]]。",
  // 503 (b5-65)
  "园方提供的学籍信息显示，幼儿{{person_name:姚思远}}学籍号{{document_number:G110105201901011234}}，入园时间[[2022年9月]]。",
  // 504 (b5-66)
  "投诉内容：电话是{{mobile:159，0123，4567}}，晚上打，我叫{{person_name:江雨萌}}",
  // 505 (b5-67)
  "投诉内容：{{mobile:13812345678}}（微信同号）有事随时联系，孩子叫小宝大名{{person_name:梁嘉豪}}",
  // 506 (b5-68)
  "[[区市场监管局]]于[[2026年3月20日]]对该园作出罚款[[人民币5万元]]的决定（[[京朝市监罚字〔2026〕88号]]），投诉人{{person_name:孟繁星}}已收到告知。",
  // 507 (b5-69)
  "投诉内容：“我老公叫 {{person_name:宋 杰}} ，他打了[[12345热线]]好几次都说转给你们了”",
  // 508 (b5-70)
  "家长反映：“侯老师（{{person_name:侯静}}）说交了钱才能进[[实验班]]，不交就只能在普通班”",
  // 509 (b5-71)
  "家长群截图显示，昵称为“晨晨妈 {{person_name:邱玉洁}}”的家长在群内询问收费依据，被群主移出群聊。",
  // 510 (b5-72)
  "投诉内容：孩子英文名Lucy，中文名{{person_name:戴诗涵}}，在[[金色摇篮幼儿园]]K2班。",
  // 511 (b5-73)
  "投诉人系该园原教师，姓名：{{person_name:毛晓光}}，离职后反映园方存在[[两套收费账本]]。",
  // 512 (b5-74)
  "投诉内容：我的名字是{{person_name:覃海燕}}，{{mobile:13507711234}}，[[南宁市青秀区]]，孩子在那读中班",
  // 513 (b5-75)
  "投诉人：  {{person_name:龙 雪}}  （家长）\n投诉对象：[[星光幼儿园]]\n诉求：退还多收的[[保育费1600元]]",
  // 514 (b5-76)
  "经查，该园由[[陶行知教育集团]]托管，依据[[《幼儿园收费管理暂行办法》第十条]]，[[张江镇中心幼儿园]]收费标准经[[区发展改革委]]核定为每月[[1500元]]。",
  // 515 (b5-77)
  "王老师已于[[2025年底]]离职，李园长表示对收费问题负主要责任，[[红黄蓝幼儿园石家庄分园]]已整改。",
  // 516 (b5-78)
  "投诉人小名叫“朵朵”的女儿在园期间被收取“[[营养加餐费]]”，园方称系[[家委会主任]]{{person_name:何平}}提议。",
  // 517 (b5-79)
  "退费名单：\n王某 [[500元]]\n{{person_name:李梓涵}} [[500元]]\n张** [[500元]]\n{{person_name:欧阳一诺}} [[500元]]\n合计[[2000元]]",
  // 518 (b5-80)
  "投诉内容：我们是单亲家庭，我是孩子舅舅{{person_name:雷振宇}}，孩子叫{{person_name:雷小米}}，收了[[1888]]的“[[亲子活动费]]”又不办活动",
  // Sixth blind round (see SIXTH_ROUND_FROM): news reports and press releases, 通报, 信访 replies, judgments, Taiwan and
  // Hong Kong reports, English releases, SMS notices, lists of 整改责任人, OCR'd receipts. An institution's own phone, e-mail,
  // address and an officer's 执法证 number are hit by design (deny by default), so they are left unmarked there.
  // 519 (b6-01)
  "记者从市教育局获悉，阳光幼儿园违规收取“[[兴趣班费]]”一案已查实。家长张女士（化名{{person_name:张丽}}）告诉记者，她每学期被多收了[[1200元]]。",
  // 520 (b6-02)
  "据园长{{person_name:刘建华}}介绍，该园已于[[3月15日]]前将违规收取的费用共计[[4.6万元]]全部退还给家长。",
  // 521 (b6-03)
  "家长李女士（化名{{person_name:李芳芳}}）告诉记者：“老师说不交钱孩子就不能参加毕业典礼。”{{person_name:李芳芳}}的联系电话为{{mobile:13807311234}}。",
  // 522 (b6-04)
  "关于对金苗幼儿园违规收费问题的通报：经查，该园园长{{person_name:周秀英}}、财务人员{{person_name:吴海燕}}擅自提高[[保育费]]标准，每生每月多收[[280元]]。现对{{person_name:周秀英}}、{{person_name:吴海燕}}予以通报批评。",
  // 523 (b6-05)
  "区教育局决定对负有直接责任的副园长{{person_name:郑晓梅}}同志[[通报批评]]，并责令其作出书面检查。",
  // 524 (b6-06)
  "信访事项答复意见书\n您好，王某某同志：您反映的童心幼儿园多收餐费一事，经调查，情况属实，该园已退还每名幼儿[[餐费360元]]。",
  // 525 (b6-07)
  "信访答复意见书\n{{person_name:黄志强}}同志：\n您于[[2024年5月8日]]通过网上信访反映的问题收悉。经核查，您的孩子{{person_name:黄梓涵}}在该园就读期间被收取的“赞助费”[[2000元]]已全额退还。",
  // 526 (b6-08)
  "尊敬的{{person_name:陈建国}}先生：您好！您反映的问题我局高度重视，现答复如下：该园收取的[[被褥费]]不属于违规收费。如有异议，可拨打0731-88665544咨询。",
  // 527 (b6-09)
  "原告{{person_name:杨丽娟}}，女，{{birth_date:1985年3月12日}}出生，汉族，住长沙市岳麓区麓山南路{{address:88号3栋502室}}，公民身份号码{{id_number_like:430104198503121528}}。",
  // 528 (b6-10)
  "被告长沙市小太阳幼儿园，住所地长沙市天心区[[书院路]]100号。法定代表人{{person_name:赵卫东}}，该园园长。",
  // 529 (b6-11)
  "本院认为，被告收取的“[[择园费]]”[[5000元]]缺乏依据，应予返还。判决如下：被告于本判决生效之日起十日内返还原告{{person_name:孙明亮}}[[5000元]]。",
  // 530 (b6-12)
  "審判長：{{person_name:林志明}}。書記員：{{person_name:陳美玲}}。本判決書於[[2024年6月3日]]送達。",
  // 531 (b6-13)
  "【本報訊】台北市某私立幼兒園被指超收費用，家長王小姐（化名{{person_name:王怡君}}）向本報投訴，表示每月被多收[[新台幣3000元]]。園長{{person_name:黃俊傑}}回應稱會退款。",
  // 532 (b6-14)
  "香港某幼稚園家長陳太向記者表示，校長{{person_name:李嘉欣}}曾要求家長以現金繳付「活動費」[[港幣1500元]]，聯絡電話 {{landline:9123 4567}}。",
  // 533 (b6-15)
  "Press release: The Education Bureau found that Sunshine Kindergarten overcharged parents by [[RMB 800]] per term. Principal {{person_name:Zhang Wei}} has been ordered to refund all fees. Parent {{person_name:Liu Fang}}, reached at {{mobile:139-1234-5678}}, said she welcomed the decision.",
  // 534 (b6-16)
  "Contact: Ms. {{person_name:Wang Xiaohong}}, email {{email:wangxh@edu-cs.gov.cn}}, tel. {{landline:+86 731 8888 1234}}.",
  // 535 (b6-17)
  "【小天鹅幼儿园】尊敬的{{person_name:李梓萱}}家长：您好，本学期退费金额为人民币[[650元]]，将于7个工作日内退回原支付账户。如有疑问请联系刘老师{{mobile:15874123698}}。",
  // 536 (b6-18)
  "【童乐幼儿园】{{person_name:王浩然}}妈妈您好，您孩子6月伙食费余额[[123.5元]]已退还，请查收。退订回T",
  // 537 (b6-19)
  "【区教育局】{{person_name:张一鸣}}爸爸：您反映的收费问题已转办，办件编号[[XF20240612008]]，请留意后续回复。",
  // 538 (b6-20)
  "一所民办幼儿园，一年多收了十几万“兴趣费”｜家长们终于等来了说法\n小编在后台收到了家长{{person_name:何静怡}}的留言：“孩子在园两年，交了不下[[8000元]]兴趣班费。”",
  // 539 (b6-21)
  "文｜记者 罗晓峰  编辑｜唐诗雨\n昨天，涉事幼儿园园长{{person_name:邓丽君}}终于出面回应。",
  // 540 (b6-22)
  "整改责任人名单：\n1. 园长 {{person_name:许国庆}} {{mobile:13973112345}}\n2. 财务 {{person_name:钱丽萍}} {{mobile:18684712356}}\n3. 保教主任 {{person_name:冯雪梅}} {{mobile:13548796321}}",
  // 541 (b6-23)
  "整改责任人：{{person_name:蒋文斌}}（举办者），联系电话：{{landline:0731—85123456}}；整改时限：[[2024年9月30日]]前。",
  // 542 (b6-24)
  "收 据\n[[No. 0012345]]\n今 收 到 幼 儿 姓 名 ： {{person_name:胡 子 墨}}\n交 来 ： 保 育 费 人 民 币 叁 仟 元 整 ¥ [[3000.00]]\n收 款 人 ： {{person_name:沈 红}}",
  // 543 (b6-25)
  "收据 交款人:{{person_name:韩雨桐}}家长 金额:[[1800元]] 事由:春季学期[[膳食费]] 经手人:{{person_name:曹丽}}",
  // 544 (b6-26)
  "举办者{{person_name:谢志刚}}（身份证号{{id_number_like:430103197802154513}}）于[[2019年]]出资设立该园，注册资本[[50万元]]。",
  // 545 (b6-27)
  "该园举办者为自然人{{person_name:彭建军}}，身份证号码：{{id_number:43010219750618301X}}，实际控制人为其妻子{{person_name:萧玉兰}}。",
  // 546 (b6-28)
  "举办者：{{person_name:潘红梅}}  证件号码：{{id_number_like:430111 19820909 2827}}  住址：长沙市雨花区韶山中路{{address:456号7栋1单元301}}",
  // 547 (b6-29)
  "投诉人{{person_name:戴婷婷}}称，她于[[4月2日]]向该园缴纳学费[[6800元]]。",
  // 548 (b6-30)
  "举报人{{person_name:夏雨辰}}反映，幼儿园要求家长必须购买价值[[498元]]的园服。",
  // 549 (b6-31)
  "当事人{{person_name:钟丽华}}系该园出纳，负责收取费用。",
  // 550 (b6-32)
  "幼儿{{person_name:汪梓琪}}、学生{{person_name:孔令辉}}均被要求补交费用。",
  // 551 (b6-33)
  "教师{{person_name:严慧敏}}在班级群发布了收费通知，园长{{person_name:田振华}}签字确认。",
  // 552 (b6-34)
  "家长{{person_name:任晓东}}与园方多次沟通未果，遂向[[12345]]热线投诉。",
  // 553 (b6-35)
  "据了解，{{person_name:卢思远}}妈妈在[[4月份]]就曾向园方提出退费申请，但被{{person_name:姜丽}}老师以“已过退费期”为由拒绝。",
  // 554 (b6-36)
  "{{person_name:石嘉怡}}爸爸说，园长{{person_name:崔永红}}当时承诺[[一周内]]退款。",
  // 555 (b6-37)
  "中班学生家长{{person_name:廖文杰}}的手机号码是{{mobile:15111223344}}，他说园方一直没有回复。",
  // 556 (b6-38)
  "如需了解详情可致电{{mobile:13687319988}}联系园方。",
  // 557 (b6-39)
  "[[市场监管局]]执法人员{{person_name:谭振宇}}、{{person_name:邹晓燕}}（执法证号43010012345、43010012346）对该园进行了现场检查。",
  // 558 (b6-40)
  "经查，该园2023年秋季学期共向[[312名]]幼儿收取“[[特色课程费]]”，合计人民币[[28.08万元]]。",
  // 559 (b6-41)
  "涉事老师{{person_name:余佳佳}}已被[[停职]]，家长可通过电话0731-84567890或邮箱 jubao@cseb.gov.cn 继续反映。",
  // 560 (b6-42)
  "家长{{person_name:苏晴}}（化名）表示，孩子{{person_name:叶子涵}}在园期间多次被要求购买绘本。",
  // 561 (b6-43)
  "“我们不是不愿意交，是要交得明明白白。”一位姓袁的家长说。另一位家长{{person_name:魏丽娜}}则拿出了收费单据。",
  // 562 (b6-44)
  "通报称，雏鹰幼儿园原园长{{person_name:范冬梅}}对违规收费负主要领导责任，给予[[警告处分]]；保健医生{{person_name:方琳琳}}负有次要责任。",
  // 563 (b6-45)
  "附件：[[退费明细]]\n序号 幼儿姓名 班级 退费金额\n1 {{class_and_name:梁梓轩}} 大一班 [[450]]\n2 {{class_and_name:宋依依}} 大一班 [[450]]\n3 {{class_and_name:唐子豪}} 中二班 [[380]]",
  // 564 (b6-46)
  "微信公众号“长沙家长圈”发文称，园长{{person_name:熊丽}}（微信号：{{wechat:xiongli_1980}}）在家长群中发布收费二维码。",
  // 565 (b6-47)
  "據家長陳先生（化名{{person_name:陳志偉}}）稱，園方以「冷氣費」名義每月收取[[港幣200元]]，聯絡電話：{{landline:6234 5678}}。",
  // 566 (b6-48)
  "Parent {{person_name:Chen Xiaoli}} (a pseudonym) told reporters the kindergarten demanded [[RMB 2,000]] as a \"sponsorship fee\". Teacher {{person_name:Li Na}} declined to comment.",
  // 567 (b6-49)
  "现将有关情况答复如下：一、您反映的孩子{{person_name:刘思彤}}被退园问题，经查该园系因欠费[[3个月]]。",
  // 568 (b6-50)
  "被申请人（信访人）：{{person_name:贺德明}}，男，住湘潭市岳塘区建设北路{{address:12号2单元601室}}，电话：{{landline:0731-58231234}}。",
  // 569 (b6-51)
  "联系人：陆老师  电话：{{mobile:17752361489}}（微信同号）",
  // 570 (b6-52)
  "据园方财务负责人{{person_name:龚雪}}介绍，收费标准系举办者{{person_name:段鸿飞}}决定。",
  // 571 (b6-53)
  "家长万女士向记者出示了转账记录：收款账户户名“{{person_name:黎晓燕}}”，卡号{{bank_account:6222 0219 0300 1234 567}}。",
  // 572 (b6-54)
  "经查，该园园长{{person_name:乔美华}}的丈夫{{person_name:常建新}}在该园担任后勤主管，违规经营校车，每生每月收取车费[[350元]]。",
  // 573 (b6-55)
  "同学们好，我是大三班{{class_and_name:何沐晨}}的班主任{{person_name:覃雅琴}}，家长有事请打我电话 {{mobile:158 7412 3690}}。",
  // 574 (b6-56)
  "孩子家长{{person_name:白雪松}}（微信名：阳光总在风雨后）在朋友圈发文称被多收费用。",
  // The seventh blind round (SEVENTH_ROUND_FROM, below).
  // 575 (b7-1)
  "家长反映，孩子外婆{{person_name:周桂芬}}每月代为缴纳[[保教费]][[1800元]]。",
  // 576 (b7-2)
  "班主任{{person_name:钱晓东}}在家长群通知预收下学期[[伙食费]]，[[违反不得跨学期预收的规定]]。",
  // 577 (b7-3)
  "保育员{{person_name:孙丽娟}}收取了现金[[600元]]，未开具收据。",
  // 578 (b7-4)
  "收款人：{{person_name:吴建国}}，账号{{bank_account:6222020200112233445}}，与[[该园备案账户]]不符。",
  // 579 (b7-5)
  "付款人为{{person_name:林志强}}，转账至园长个人账户，金额[[4500元]]。",
  // 580 (b7-6)
  "投诉人电话{{mobile:一三八一二三四五六七八}}，要求退还[[兴趣班费]]。",
  // 581 (b7-7)
  "联系电话：{{mobile:幺三八 幺二三四 五六七八}}（家长口述，工作人员记录）。",
  // 582 (b7-8)
  "身份证号码为 {{id_number:110105 19491231 002X}} 的家长要求退费。",
  // 583 (b7-9)
  "家长手机(+86){{mobile:138-1234-5678}}，来电时间为[[2026年9月3日]]。",
  // 584 (b7-10)
  "家长称已将收据扫描件发至邮箱 {{email:zhang.wei(at)163.com}}。",
  // 585 (b7-11)
  "该家长家住朝阳区望京西园三区{{address:312号楼2单元1103}}，孩子就读于[[朝阳区]][[小树苗幼儿园]]。",
  // 586 (b7-12)
  "家长住在幸福小区{{address:5栋1单元502}}，反映园方收取[[择园费]][[20000元]]。",
  // 587 (b7-13)
  "车牌{{licence_plate:京A·12345}}的车辆每天接送幼儿，园方按月收取[[校车费]]。",
  // 588 (b7-14)
  "园长自驾车辆车牌号{{licence_plate:粤B D12345}}，用于接送，另收[[车费300元]]。",
  // 589 (b7-15)
  "孩子{{birth_date:2020.05.12}}出生，[[2023年秋季学期]]入园。",
  // 590 (b7-16)
  "小一班的{{class_and_name:王子轩}}被要求缴纳[[兴趣班费用]]。",
  // 591 (b7-17)
  "家长称企鹅 {{qq:123456789}} 是园方财务的联系方式。",
  // 592 (b7-18)
  "{{person_name:李明}}同学的家长向我们反映，园方收取了[[教材费]]。",
  // 593 (b7-19)
  "Mr. {{person_name:Chen Jianguo}}, the principal, collected the [[RMB 3,000]] fee in cash.",
  // 594 (b7-20)
  "园长助理{{person_name:黄志明}}说这是惯例，[[各园都收]]。",
  // 595 (b7-21)
  "财务人员{{person_name:何秀英}}出具了收据，金额[[2400元]]。",
  // 596 (b7-22)
  "孩子的爷爷{{person_name:罗德胜}}去园里交的钱，共计[[5600元]]。",
  // 597 (b7-23)
  "我是{{person_name:欧阳娜娜}}的妈妈，孩子在大二班，园里要求预交[[一年保教费]]。",
  // 598 (b7-24)
  "举报人{{person_name:司马光明}}（电话{{mobile:13900001111}}）反映[[阳光幼儿园]]乱收费。",
  // 599 (b7-25)
  "老师让家长把钱转到{{person_name:谢婷婷}}的支付宝，而非[[备案账户]]。",
  // 600 (b7-26)
  "请转账至 {{bank_account:6217 0000 1234 5678 901}}（户名：{{person_name:张小凤}}）。",
  // 601 (b7-27)
  "幼儿姓名：{{person_name:刘思彤}}，性别：女，出生日期：{{birth_date:2021-02-03}}。",
  // 602 (b7-28)
  "家长微信：{{wechat:wxid_abc123xyz}}，投诉[[代收费]]未退。",
  // 603 (b7-29)
  "V信 {{wechat:happy_mom88}} 加我，我把收款截图发给你。",
  // 604 (b7-30)
  "园方电话：{{landline:0755-8888 6666}} 转 802，[[深圳市南山区]]。",
  // 605 (b7-31)
  "学生证号{{document_number:20210315001}}，家长要求核实[[退费金额]]。",
  // 606 (b7-32)
  "他的身份证后六位是{{id_number:23001X}}，与收据上的不一致。",
  // 607 (b7-33)
  "家长{{person_name:陈 美 玲}}称园方多收了[[伙食费]]。",
  // 608 (b7-34)
  "班级群里，{{person_name:涵涵}}妈妈说已经交了[[3000元]]。",
  // 609 (b7-35)
  "王女士（手机号码：{{mobile:159 8765 4321}}）反映[[住宿费]]上涨。",
  // 610 (b7-36)
  "由{{person_name:邱文杰}}老师统一收取[[园服费]]。",
  // 611 (b7-37)
  "经查，该园会计{{person_name:宋佳怡}}将费用存入本人账户，涉及金额[[12万元]]。",
  // 612 (b7-38)
  "家长代表{{person_name:马国强}}、{{person_name:唐玉兰}}、{{person_name:冯建华}}联名投诉[[金太阳幼儿园]]。",
  // 613 (b7-39)
  "家长们说，收钱的是园里的小杨老师，全名{{person_name:杨雪}}。",
  // 614 (b7-40)
  "缴费二维码的收款方显示为“{{person_name:*春花}}（个人）”，并非[[幼儿园对公账户]]。",
  // 615 (b7-41)
  "转账备注写的是“{{person_name:潘多多}}学费”，金额[[2980元]]。",
  // 616 (b7-42)
  "截图显示收款人姓名为“{{person_name:韦小宝}}”。",
  // 617 (b7-43)
  "孩子叫{{person_name:甘甜}}，今年四岁，在[[中班]]。",
  // 618 (b7-44)
  "我家孩子全名是{{person_name:诸葛亮亮}}，园方多收[[保育费]]。",
  // 619 (b7-45)
  "孩子的小名叫{{person_name:豆豆}}，大名{{person_name:吴一凡}}。",
  // 620 (b7-46)
  "手机号码138****1234和{{mobile:139 1234 5678}}都打不通。",
  // 621 (b7-47)
  "电话：{{mobile:1 3 8 1 2 3 4 5 6 7 8}}",
  // 622 (b7-48)
  "手机：{{mobile:壹叁捌壹贰叁肆伍陆柒捌}}",
  // 623 (b7-49)
  "身份证：{{id_number_like:三三零二零四一九八五零三一二三六二零}}",
  // 624 (b7-50)
  "身份证 {{id_number_like:330204-1985-0312-3620}}，复印件已提交。",
  // 625 (b7-51)
  "卡号是{{bank_account:6222－0202－0011－2233－445}}，户主非[[园方法人]]。",
  // 626 (b7-52)
  "邮箱：{{email:lihua # qq.com}}",
  // 627 (b7-53)
  "邮件发到 {{email:wangfang@163。com}}，园方未回复。",
  // 628 (b7-54)
  "家住解放南路{{address:一百二十三号五栋二单元三零一}}。",
  // 629 (b7-55)
  "地址：长江路{{address:88弄6号1202室}}。",
  // 630 (b7-56)
  "住在花园小区{{address:B座1806}}，距[[东方幼儿园]]步行十分钟。",
  // 631 (b7-57)
  "孩子生日是{{birth_date:二〇二〇年三月五日}}。",
  // 632 (b7-58)
  "孩子是{{birth_date:2019年12月}}出生的，按规定应入[[小班]]。",
  // 633 (b7-59)
  "中一班{{class_and_name:张浩然}}、{{person_name:李若曦}}两名幼儿被收取[[材料费]]。",
  // 634 (b7-60)
  "The parent, {{person_name:Li Xiaohong}} (phone {{mobile:13611112222}}), complained about the [[RMB 500]] fee.",
  // 635 (b7-61)
  "園長{{person_name:黃志強}}收取了現金[[8000元]]。",
  // 636 (b7-62)
  "老師{{person_name:蔡依林}}在群組裡發了收款碼。",
  // 637 (b7-63)
  "家长姓氏为慕容，名字是{{person_name:慕容雪}}。",
  // 638 (b7-64)
  "投诉人系某某公司员工{{person_name:申屠振华}}。",
  // 639 (b7-65)
  "园方称款项已退还给家长阮氏（{{person_name:阮梅}}）。",
  // 640 (b7-66)
  "关联人员：{{person_name:覃海燕}}，职务：出纳。",
  // 641 (b7-67)
  "出纳：{{person_name:覃海燕}}；会计：{{person_name:蒙丽萍}}。",
  // 642 (b7-68)
  "收费人员名单：{{person_name:卢强}} {{mobile:15800001111}}；{{person_name:龙梅}} {{mobile:15800002222}}",
  // 643 (b7-69)
  "他的抖音号是 {{app_account:dy_88888}}，常在直播里说收费的事。",
  // 644 (b7-70)
  "QQ号：{{qq:一二三四五六七八九}}",
  // 645 (b7-71)
  "家长护照号{{document_number:E12345678}}，系外籍人员子女。",
  // 646 (b7-72)
  "孩子的学籍号{{document_number:G110105201903150012}}。",
  // 647 (b7-73)
  "社会保障号码{{id_number_like:110105194912310021}}。",
  // 648 (b7-74)
  "退款打到了尾号为8866、户名为{{person_name:邓丽君}}的账户，退款[[1500元]]。",
  // 649 (b7-75)
  "我叫{{person_name:付晓明}}，是大班幼儿的父亲，投诉[[住宿费]]。",
  // 650 (b7-76)
  "本人{{person_name:伍佳琪}}，现就[[违规收费]]投诉如下。",
  // The eighth round (EIGHTH_ROUND_FROM, below).
  // 651 (b8-1)
  "致{{person_name:刘建军}}家长：您反映的[[伙食费]]问题已查实。",
  // 652 (b8-2)
  "尊敬的{{person_name:张伟}}先生，您好。",
  // 653 (b8-3)
  "孩子家长赵先生（{{person_name:赵伟}}）要求退还[[1200元]]。",
  // 654 (b8-4)
  "{{person_name:张三丰}}反映，园方收取[[赞助费]]。",
  // 655 (b8-5)
  "据悉，{{person_name:王建华}}系该园实际举办者。",
  // 656 (b8-6)
  "当事人{{person_name:陈丽萍}}，身份证号{{id_number:11010519491231002X}}。",
  // 657 (b8-7)
  "{{person_name:邓超}}、{{person_name:孙俪}}夫妇投诉[[择校费]]。",
  // 658 (b8-8)
  "园长姓刘，叫{{person_name:刘洋}}，电话{{mobile:13512345678}}。",
  // 659 (b8-9)
  "负责人是{{person_name:赵敏}}，未能提供[[收费公示]]。",
  // 660 (b8-10)
  "问：你叫什么名字？答：我叫{{person_name:周杰}}。",
  // 661 (b8-11)
  "加V：{{wechat:zhangsan88}}，私聊缴费。",
  // 662 (b8-12)
  "加微 {{wechat:lucky_mama2020}} 可以优惠。",
  // 663 (b8-13)
  "家长手机{{mobile:138.1234.5678}}无法接通。",
  // 664 (b8-14)
  "电话：{{landline:010 1234 5678}}",
  // 665 (b8-15)
  "幸福社区{{address:12栋}}的家长反映[[收费过高]]。",
  // 666 (b8-16)
  "家住红星村{{address:3组15号}}，孩子在[[红星幼儿园]]。",
  // 667 (b8-17)
  "大班（2）班的{{class_and_name:刘洋洋}}被收取[[午托费]]。",
  // 668 (b8-18)
  "孩子{{birth_date:19年3月}}出生，今年上[[中班]]。",
  // 669 (b8-19)
  "今年4岁，生日{{birth_date:3月5日}}。",
  // 670 (b8-20)
  "车牌号{{licence_plate:浙B·D12345}}，登记在园长名下。",
  // 671 (b8-21)
  "卡号：{{bank_account:六二二二零二零二零零一一二二三三四四五}}",
  // 672 (b8-22)
  "工作人员{{person_name:孟凡}}（保育员）收取了[[被褥费]]。",
  // 673 (b8-23)
  "园方出纳{{person_name:晏紫}}称钱已上交。",
  // 674 (b8-24)
  "{{person_name:钟汉良}}老师在家长会上要求缴纳[[资料费]]。",
  // 675 (b8-25)
  "孩子{{person_name:何以琛}}在[[向日葵班]]。",
  // 676 (b8-26)
  "据家长{{person_name:全智贤}}反映，园方在[[开学前]]收取了下学期费用。",
  // 677 (b8-27)
  "举办人{{person_name:东方明珠}}于[[2024年]]开办该园。",
  // 678 (b8-28)
  "法定代表人：{{person_name:上官婉儿}}",
  // 679 (b8-29)
  "由家长{{person_name:单雯}}代收，再转给园长。",
  // 680 (b8-30)
  "经办：{{person_name:武松}}  复核：{{person_name:林冲}}",
  // 681 (b8-31)
  "报名表上填的联系人是{{person_name:柴进}}，手机{{mobile:18612345678}}。",
  // 682 (b8-32)
  "{{person_name:宋江}}、{{person_name:吴用}}两位家长到园协商退费。",
  // 683 (b8-33)
  "家长群主{{person_name:花荣}}发布了缴费通知，要求缴纳[[2800元]]。",
  // 684 (b8-34)
  "财务室电话：{{landline:(020)87654321}}",
  // 685 (b8-35)
  "投诉人：{{person_name:李 逵}}，男，{{birth_date:1985年6月}}生。",
  // 686 (b8-36)
  "请于[[9月10日]]前转至 {{bank_account:6228 4800 1234 5678 912}}，户名{{person_name:鲁智深}}。",
  // 687 (b8-37)
  "家长{{person_name:Zhang Wei}}在英文邮件中称被收取[[RMB 1,500]]。",
  // 688 (b8-38)
  "Complainant: {{person_name:Liu Yang}}, mobile {{mobile:+86 139 8888 7777}}.",
  // 689 (b8-39)
  "园长{{person_name:欧阳锋}}在家长群中说[[不交不能入园]]。",
  // 690 (b8-40)
  "老師{{person_name:陳慧琳}}的電話是{{mobile:0912-345-678}}。",
  // The ninth round (NINTH_ROUND_FROM, below).
  // 691 (b9-1)
  "今天接孩子时，{{person_name:李桂兰}}阿姨说下月要涨[[保教费]]。",
  // 692 (b9-2)
  "我跟园长沟通过，她叫{{person_name:周晓梅}}。",
  // 693 (b9-3)
  "园长（{{person_name:胡海燕}}）说不交就退园。",
  // 694 (b9-4)
  "向园长{{person_name:付秀梅}}反映后无果。",
  // 695 (b9-5)
  "带班老师是{{person_name:贾玲}}和{{person_name:沈腾}}。",
  // 696 (b9-6)
  "收款的是一个叫{{person_name:包贝尔}}的人。",
  // 697 (b9-7)
  "听说是园长的亲戚{{person_name:卜小云}}在管账。",
  // 698 (b9-8)
  "这个钱是交给{{person_name:杜海涛}}的。",
  // 699 (b9-9)
  "微信转账给了{{person_name:范冰冰}}，共[[3600元]]。",
  // 700 (b9-10)
  "被告知找财务{{person_name:聂小倩}}办理退费。",
  // 701 (b9-11)
  "他们让我们把钱打到{{person_name:蔡徐坤}}卡上。",
  // 702 (b9-12)
  "付款对象：{{person_name:黎明}}",
  // 703 (b9-13)
  "经手老师：{{person_name:郝蕾}}",
  // 704 (b9-14)
  "家长（姓名：{{person_name:解晓东}}）要求退还[[兴趣班费]]。",
  // 705 (b9-15)
  "幼儿：{{person_name:鲍蕾}}（4岁）",
  // 706 (b9-16)
  "宝宝名字：{{person_name:糖糖}}",
  // 707 (b9-17)
  "家长电话 {{mobile:139-0000-1111}}",
  // 708 (b9-18)
  "身份证号：{{id_number:１１０１０５１９４９１２３１００２Ｘ}}",
  // 709 (b9-19)
  "他的手机是{{mobile:一五九八七六五四三二一}}。",
  // 710 (b9-20)
  "QQ邮箱 {{email:12345678@qq.com}}",
  // 711 (b9-21)
  "住址：滨江区江南大道{{address:1200号}}",
  // 712 (b9-22)
  "车号{{licence_plate:苏E-12345}}",
  // 713 (b9-23)
  "出生于{{birth_date:2020年2月29日}}",
  // 714 (b9-24)
  "孩子生日：{{birth_date:2020/8/8}}",
  // 715 (b9-25)
  "小二班 {{class_and_name:王梓涵}}",
  // 716 (b9-26)
  "就读于苗苗班的{{class_and_name:赵一诺}}被要求交[[床品费]]。",
  // 717 (b9-27)
  "家长{{person_name:陈思诚}}称园方收取[[赞助费]]。",
  // 718 (b9-28)
  "收钱的阿姨姓龚，全名{{person_name:龚琳娜}}。",
  // 719 (b9-29)
  "孩子的班主任{{person_name:柯蓝}}老师让交[[资料费]]。",
  // 720 (b9-30)
  "园长的老婆{{person_name:甘薇}}负责收费。",
  // 721 (b9-31)
  "投诉对象：{{person_name:温碧霞}}（园长）",
  // 722 (b9-32)
  "家长 {{person_name:沙溢}} {{mobile:13512340000}}",
  // 723 (b9-33)
  "家长群昵称“{{person_name:朵朵妈}}”的家长说已交费。",
  // 724 (b9-34)
  "家长{{person_name:邬君梅}}、{{person_name:奚美娟}}等5人投诉。",
  // 725 (b9-35)
  "退费名单：1.{{person_name:毕福剑}} [[800元]] 2.{{person_name:倪萍}} [[800元]]",
  // 726 (b9-36)
  "园方账户户名为“{{person_name:殷桃}}”，非[[单位账户]]。",
  // 727 (b9-37)
  "教师{{person_name:佘诗曼}}承认收取了[[红包]]。",
  // 728 (b9-38)
  "家长{{person_name:车晓}}于[[10月8日]]缴费。",
  // The tenth round (TENTH_ROUND_FROM, below).
  // 729 (b10-1)
  "家长手机{{mobile:(138)12345678}}，要求退还[[预收的保教费]]。",
  // 730 (b10-2)
  "家长住在朝阳区幸福路{{address:12号院3号楼2门301}}，孩子在[[朝阳区]]上园。",
  // 731 (b10-3)
  "住址：宣武区椿树胡同{{address:8号院2排3号}}。",
  // 732 (b10-4)
  "The child was born on {{birth_date:March 5, 2020}} and enrolled in [[September 2023]].",
  // 733 (b10-5)
  "DOB: {{birth_date:05/03/2020}}; fee charged: [[RMB 2,400]].",
  // 734 (b10-6)
  "Date of birth: {{birth_date:5 March 2020}}.",
  // 735 (b10-7)
  "身份证号{{id_number:110105.19491231.002X}}，系该园举办者。",
  // 736 (b10-8)
  "车牌{{licence_plate:京 A 12345}}的车辆停在园门口收费。",
  // 737 (b10-9)
  "家住杏花村{{address:五组18号}}，反映[[杏花幼儿园]]收取[[赞助费]]。",
  // 738 (b10-10)
  "孩子家住幸福里小区{{address:7-3-402}}室。",
  // 739 (b10-11)
  "孩子出生日期{{birth_date:20200305}}，[[2023年9月]]入园。",
  // 740 (b10-12)
  "家长电话：{{mobile:+８６ １３８ １２３４ ５６７８}}",
  // The eleventh round (ELEVENTH_ROUND_FROM, below).
  // 741 (b11-1)
  "其中，{{person_name:冯晓红}}交费[[2000元]]，{{person_name:钟伟}}交费[[1800元]]。",
  // 742 (b11-2)
  "现查明：{{person_name:梁朝伟}}（园长）未经备案收取[[兴趣班费]]。",
  // 743 (b11-3)
  "因{{person_name:张学友}}拒不配合调查，本局依法作出[[行政处罚决定]]。",
  // 744 (b11-4)
  "{{person_name:王丽娟}}担任该园出纳期间，将[[伙食费结余]]转入个人账户。",
  // 745 (b11-5)
  "经核实，{{person_name:陈奕迅}}擅自提高[[保教费]]标准。",
  // 746 (b11-6)
  "{{person_name:容祖儿}}私自向家长收取[[资料费]]，共计[[6400元]]。",
  // 747 (b11-7)
  "当事人{{person_name:杨千嬅}}（会计）对上述事实无异议。",
  // 748 (b11-8)
  "{{person_name:古巨基}}曾任该园举办者，[[2024年]]转让。",
  // 749 (b11-9)
  "经查，{{person_name:王丽娟}}于[[2025年3月]]起担任该园出纳，[[余姚]]于同年出台收费办法。",
  // 750 (b11-10)
  "调查发现，{{person_name:孙建国}}多次向家长收取[[现金]]，[[连云港]]于[[2025年9月]]开展专项检查。",  // The twelfth blind round (TWELFTH_ROUND_FROM, below).
  // 751 (b12-1) complaint hotline excerpt, spaced mobile, name opening the sentence
  "{{person_name:陈思远}}于[[2026年3月2日]]来电反映，[[杭州市西湖区小太阳幼儿园]]在[[2026年春季学期]]另收“[[兴趣班费]]”[[1,800元]]，未在公示栏列明。其女儿{{class_and_name:大一班陈语桐}}已缴清。来电号码{{mobile:138 0571 2345}}，邮箱{{email:chensy_1986@163.com}}，要求书面答复。",
  // 752 (b12-2) officer interrogation record (Q&A), ID and spaced personal card
  "询问笔录　问：你的姓名、身份证号码？答：{{person_name:赵丽娟}}，{{id_number:330106198803155265}}，系[[杭州市西湖区蓝天幼儿园]]出纳，住文一西路{{address:522号}}西溪花园{{address:7幢3单元601室}}。问：[[伙食费]]收到哪里？答：园长{{person_name:孙国栋}}让收进他个人卡{{bank_account:6222 0212 0300 1234 565}}，每月约[[4.6万元]]。",
  // 753 (b12-3) WeChat parents' group transcript with pet names
  "【微信群“中三班家长群”截图】\n{{person_name:豆豆}}妈妈：这学期[[保教费]]怎么涨到[[2,680元]]了？我vx {{wechat:doudou_mom_hz}}，大家拉个小群\n朱老师：园里统一调整的，有疑问加园长微信{{wechat:hzsun_yz1975}}。\n{{person_name:萌萌}}爸爸：去年才[[2,280元]]，[[《价格法》第十三条]]要求明码标价吧？有事打我{{mobile:13588021734}}",
  // 754 (b12-4) bank transfer screenshot transcribed, two cards, class+name in memo
  "转账凭证（家长提供截图转录）：付款人 {{person_name:刘海燕}}　付款卡号 {{bank_account:6228 4800 1234 5678 911}}　收款人 {{person_name:孙国栋}}　收款卡号 {{bank_account:6217000001234567891}}　金额 [[¥3,950.00]]　附言：[[2025年秋季]]{{class_and_name:小二班刘一诺}}[[保教费]]　交易时间 [[2025-08-28 10:14:32]]",
  // 755 (b12-5) phone-call note, +86 dashed mobile, compound surname
  "电话记录：[[2026年4月8日]]上午，家长{{person_name:欧阳娜娜}}（{{mobile:+86 139-5712-3456}}）来电，称[[杭州市上城区彩虹桥幼儿园]]要求新生一次性预交一学年[[伙食费]][[7,200元]]，不交不给学位。已告知其可将书面材料发送至本局信箱，其本人邮箱为{{email:nana.oy@163.com}}，QQ号{{qq:405177263}}。",
  // 756 (b12-6) formal 信访 reply addressed to a compound-surname petitioner
  "{{person_name:司马一鸣}}同志：您[[2026年2月14日]]反映的[[宁波市鄞州区金苹果幼儿园]]超标准收取[[保育教育费]]一事，经核查，该园[[2026年春季学期]]收费标准为每月[[2,950元]]，与备案一致。如有异议，可在收到本意见之日起[[30日]]内向[[宁波市鄞州区人民政府]]申请复查。\n（寄送地址：天童南路{{address:588号}}东方湾邸{{address:6幢1802室}}，联系电话{{mobile:13857496620}}）\n[[宁波市鄞州区教育局]]",
  // 757 (b12-7) parents' forum post, informal, home landline and QQ
  "求助！！娃在[[深圳市南山区]]一家民办园，叫[[南山区童心幼儿园]]，今天老师在群里说要交[[校服费]][[480元]]、[[被褥费]][[360元]]，我家{{person_name:糖糖}}去年的都还能穿。有没有家长一起去反映？我家座机{{landline:0755-2681 2345}}，微信{{wechat:tangtang_mama88}}，或者Q我{{qq:571238846}}。——楼主{{person_name:冼慧敏}}",
  // 758 (b12-8) news-style summary with credit code and case number
  "本报讯　近日，[[成都市武侯区]]市场监管局公布一起民办幼儿园价格违法案件。[[成都市武侯区启航幼儿园]]（统一社会信用代码[[52510107MJ0K3P8Q23]]）在[[2025年秋季学期]]以“[[餐点费]]”名义重复收费[[12.6万元]]，被处以警告及罚款[[5万元]]（[[武市监罚〔2026〕37号]]）。园长{{person_name:冯晓东}}表示已全部退还。",
  // 759 (b12-9) complaint registration form with labelled fields
  "投诉登记表\n姓名：{{person_name:上官婉清}}　性别：女\n身份证号：{{id_number:440305199107220566}}\n联系电话：{{mobile:186-5712-3456}}\n住址：深圳市南山区桃园路{{address:18号}}田厦翡翠明珠花园{{address:5栋2单元1803室}}\n被投诉单位：[[深圳市南山区小海豚幼儿园]]\n投诉事项：[[2026年春季学期]][[保教费]]上调至[[4,300元]]未公示",
  // 760 (b12-10) expat parent's mixed English/Chinese email
  "家长邮件（原文中英混杂）：Hi 园长，I'm {{person_name:Jennifer Liu}}, {{person_name:Ethan}}'s mom. [[上海市浦东新区艾瑞幼儿园]]这学期 [[meal fee]] 从 [[650元]] 涨到 [[880元]]/月 without any notice，请退还差额。My email: {{email:jennifer.liu2019@outlook.com}}, WeChat: {{wechat:JenLiu_SH}}. Tel {{mobile:+86-136-2181-5507}}. Thanks!",
  // 761 (b12-11) Hong Kong parent, traditional characters
  "本人{{person_name:陳嘉欣}}，香港居民，現居[[深圳市福田區]]。女兒{{person_name:黃芷晴}}（{{birth_date:2021年6月3日}}出生）就讀[[深圳市福田區童話森林幼兒園]]，園方於[[2026年1月]]要求繳交「[[開學雜費]]」[[港幣2,000元]]，未見任何收費公示。聯絡電話：{{mobile:135 1234 8765}}，電郵 {{email:kayan.chan@yahoo.com.hk}}。",
  // 762 (b12-12) Taiwanese parent, traditional characters, 小+given name, rare surname
  "我是台商家長{{person_name:林郁婷}}，孩子{{person_name:小安}}在[[廈門市思明區]]的[[思明區向日葵雙語幼兒園]]，園長{{person_name:粘志強}}說「[[才藝費]]」每學期[[6,800元]]是自願，但不繳就不能上課。我LINE和微信都是{{wechat:yuting0522}}，手機{{mobile:(+86)18650231478}}，或email {{email:yuting.lin@hotmail.com}}。",
  // 763 (b12-13) OCR'd report letter with spaced name and full-width digits
  "举 报 信\n举报人：{{person_name:周 建 军}}\n身份证：{{id_number:１１０１０５１９８７０５０９４７９９}}\n电话：{{mobile:１５９ ８８６２ ４４１０}}\n住址：朝阳区安立路{{address:６０号}}润枫水尚{{address:１２号楼３单元９０２}}\n[[北京市朝阳区金宝贝艺术幼儿园]][[2025年秋季学期]]收取[[赞助费]][[２０，０００元]]，违反[[《幼儿园收费管理暂行办法》第十二条]]。",
  // 764 (b12-14) kindergarten's written reply with signature block
  "关于家长反映收费问题的情况说明\n我园[[2026年春季学期]][[保教费]]为每月[[3,600元]]，已于[[2025年12月10日]]报[[南京市鼓楼区教育局]]备案。家长{{person_name:仝晓雯}}所述“[[空调费]]”系误解，该费用已包含在[[保教费]]内。\n[[南京市鼓楼区小橡树幼儿园]]（盖章）\n园长：{{person_name:蒯红梅}}\n联系人：{{person_name:宋佳}}　{{mobile:177 1234 5566}}　{{email:songjia_gl@163.com}}",
  // 765 (b12-15) refund table with pipes, rare surnames, parents' phones in column
  "[[广州市天河区小博士幼儿园]]退费明细（节选）\n序号｜幼儿姓名｜班级｜家长电话｜退费金额\n1｜{{person_name:何沐阳}}｜中一班｜{{mobile:13902215566}}｜[[420元]]\n2｜{{person_name:邓可馨}}｜中一班｜{{mobile:139-2233-0187}}｜[[420元]]\n3｜{{person_name:訾子墨}}｜中二班｜{{mobile:136 6012 4478}}｜[[380元]]\n4｜{{person_name:禤嘉怡}}｜大一班｜{{mobile:18826017733}}｜[[380元]]\n经办：{{person_name:梁文静}}",
  // 766 (b12-16) on-site inspection record, officers by surname+title, principal's car plate
  "现场检查记录：[[2026年3月15日]]9时，执法人员王科长、李某到达[[佛山市禅城区七彩光幼儿园]]。据保安反映，园长{{person_name:麦志成}}（{{mobile:13709221458}}）每周五驾驶车牌号{{licence_plate:粤E·7Q9L2}}的白色轿车将现金收费取走。现场查见[[2026年春季学期]]收费收据32张，金额合计[[9.84万元]]。",
  // 767 (b12-17) QQ chat transcript, child's nickname inside 妈妈
  "家长QQ聊天记录（截图转录）\n{{person_name:韩雪}}（QQ：{{qq:284756193}}）：园里说[[延时服务费]]每月[[300元]]，不交就四点接走\n{{person_name:小鱼儿}}妈妈（QQ：{{qq:1034567892}}）：我家{{person_name:小鱼儿}}在中二班，也被要求交了\n{{person_name:韩雪}}：明天一起去[[苏州市姑苏区]]教育局问问，加我微信{{wechat:hanxue_sz_2020}}拉群",
  // 768 (b12-18) administrative penalty decision header, natural-person legal representative
  "[[苏州市市场监督管理局]]行政处罚决定书 [[苏市监罚〔2026〕0112号]]\n当事人：[[苏州市姑苏区爱弥儿幼儿园]]\n统一社会信用代码：[[52320508MJ5678901N]]\n法定代表人：{{person_name:诸葛明辉}}（身份证号{{id_number:320508197604053811}}）\n经查，当事人于[[2025年9月]]至[[2026年1月]]向幼儿家长收取[[教材费]]共计[[86,400元]]，未按[[《明码标价和禁止价格欺诈规定》第五条]]公示。决定罚款[[2万元]]。",
  // 769 (b12-19) supplementary materials, dotted birth date, campus-style address
  "补充材料：幼儿{{person_name:贺子轩}}，男，出生日期{{birth_date:2020.11.03}}，[[2024年9月]]入读[[长沙市岳麓区阳光宝贝幼儿园]]。其父{{person_name:贺军}}，身份证{{id_number:430104198912039272}}，住麓山南路{{address:232号}}湖南大学南院{{address:11栋3门402}}。园方每年收取“[[建园费]]”[[5,000元]]。",
  // 770 (b12-20) call log, landline with extension, mobile dictated in Chinese numerals
  "来电登记：[[2026年5月6日]]14:20，来电人自称{{person_name:程立新}}，在[[武汉市武昌区]]某单位上班，家住中北路{{address:86号}}汉街公馆{{address:3栋2单元1701}}，办公电话{{landline:027-8765 4321转8021}}，手机口述为“{{mobile:一三九七一二零八八六五}}”。反映[[武汉市武昌区东湖之星幼儿园]]将[[住宿费]]由[[1,200元]]提至[[1,650元]]。",
  // 771 (b12-21) partially masked names (王*华, 李某华, 刘○芳) alongside a fully masked one
  "经初步核实，家长{{person_name:王*华}}（{{mobile:138 6881 2093}}）与{{person_name:李某华}}均于[[2025年8月]]向园方缴纳[[预留学位费]]各[[2,000元]]，园方出具的收据经手人为“{{person_name:刘○芳}}”。另有家长张某某称未收到收据。[[济南市历下区金色童年幼儿园]]已承诺退还。",
  // 772 (b12-22) WeChat group: parking fee dispute, plate and staff wx id
  "【“阳光宝贝大三班”群】\n{{person_name:果果}}爸：园门口停车也要收[[停车管理费]]？我车{{licence_plate:湘A·3X7K9}}被贴条了\n园务-{{person_name:曾丽}}：这是物业收的，跟园里没关系\n{{person_name:果果}}爸：那为什么收款码是你个人的？你vx {{wechat:zengli_0731}}，打你{{mobile:173 0731 6628}}也不接",
  // 773 (b12-23) education bureau bulletin, sponsor with compound surname
  "据[[青岛市市南区]]教育和体育局通报，[[青岛市市南区海贝儿幼儿园]]在[[2025—2026学年]]未经备案自行设立“[[国学课程费]]”，每生每学期[[1,580元]]。举办者{{person_name:东方晓}}（微信号：{{wechat:dfx_qd1979}}）已被约谈，责令于[[2026年6月30日]]前完成清退。",
  // 774 (b12-24) bank statement lines, names that are ordinary words (金鑫, 向阳)
  "银行流水（摘录）\n交易日期 [[2025-09-01]] 对方户名 {{person_name:金鑫}} 对方账号 {{bank_account:6214 8305 7124 3566}} 摘要 [[学费]] 金额 [[+8,600.00]]\n交易日期 [[2025-09-02]] 对方户名 {{person_name:向阳}} 对方账号 {{bank_account:6225880123456783}} 摘要 [[伙食费]] 金额 [[+1,950.00]]\n账户持有人：{{person_name:韦春梅}}（[[南宁市青秀区童趣幼儿园]]园长）",
  // 775 (b12-25) bureau verification opinion, community + building + room address
  "[[南京市秦淮区]]教育局核查意见：家长{{person_name:庞文博}}（身份证号{{id_number:320104199001285252}}）之子{{person_name:庞乐乐}}于[[2025年秋季学期]]在[[南京市秦淮区小星星幼儿园]]就读，家庭住址瑞金新村{{address:12幢305室}}，电话{{mobile:15189607742}}。园方多收[[伙食费]]共[[1,140元]]，已责令退还。",
  // 776 (b12-26) joint parents' letter with list of signatures
  "联名信（节选）：我们是[[厦门市湖里区小精灵幼儿园]]的家长，对园方[[2026年春季学期]]将[[保教费]]从[[2,800元]]上调到[[3,500元]]一事强烈不满。\n签名：{{person_name:郑雅琴}}、{{person_name:吴志鹏}}、{{person_name:佘美玲}}、{{person_name:卢俊}}\n联系电话：{{mobile:159 5920 3318}}　群主vx：{{wechat:xmhl_parents}}",
  // 777 (b12-27) child's 小名 that is an ordinary word (天天), birth date equal to a kept date
  "据家长反映，孩子小名叫“{{person_name:天天}}”，大名{{person_name:许天佑}}，{{birth_date:2021年9月1日}}出生，[[2025年9月1日]]起在[[合肥市蜀山区橄榄树幼儿园]]入托。{{person_name:天天}}每天只在园半天，但园方仍按全日制收取[[保教费]]每月[[2,400元]]。家长手机{{mobile:18756093321}}。",
  // 778 (b12-28) second interrogation record, em-dash mobile, wxid, bad-checksum ID
  "调查询问记录（第二次）\n被询问人：{{person_name:皇甫雯}}，[[杭州市滨江区贝乐堡幼儿园]]财务负责人，身份证号{{id_number_like:330108197909033083}}（与系统不符），联系方式：{{mobile:139—5718—6620}}（微信同号）\n问：[[兴趣班费]]为何通过个人微信{{wechat:wxid_k8m2p9q1z3}}收取？\n答：是举办者{{person_name:黄建新}}安排的。",
  // 779 (b12-29) SMS fee notice pasted, principal's personal card, example class+name
  "【园所通知】各位家长好：[[2026年春季学期]][[保教费]][[3,280元]]、[[伙食费]][[690元]]请于[[2月20日]]前转至园长{{person_name:柯丽萍}}个人账户{{bank_account:6212 2616 0201 2345 676}}（工商银行），转账备注“班级+幼儿姓名”，如“{{class_and_name:中一班林小满}}”。——[[泉州市丰泽区启蒙幼儿园]]",
  // 780 (b12-30) online sentiment report, Douyin account
  "网络舆情摘报：[[2026年4月]]，抖音号{{app_account:dy_xiaomeng2020}}发布视频，称[[郑州市金水区小红帽幼儿园]]强制收取“[[开学礼包费]]”[[598元]]。经联系，发布者为家长{{person_name:孟晓}}，手机{{mobile:15637128890}}，微信{{wechat:mengxiao_zz}}。",
  // 781 (b12-31) Xiaohongshu post summary, class+name with 的
  "家长{{person_name:阎东升}}在小红书（小红书号：{{app_account:95837261}}）发帖称，[[西安市雁塔区启明星幼儿园]]要求每名幼儿交[[体检费]][[260元]]，而实际体检由社区免费提供。其妻{{person_name:路晓燕}}补充，{{class_and_name:小三班的阎若溪}}至今未拿到体检报告。联系邮箱{{email:yandongsheng@126.com}}。",
  // 782 (b12-32) 信访 acceptance notice, labelled fields, name that is an ordinary word
  "信访事项受理告知书\n信访人：{{person_name:叶青}}\n通讯地址：温州市鹿城区锦绣路{{address:1066号}}锦绣花园{{address:8幢1单元602室}}\n固定电话：{{landline:0577-88231456}}\n电子邮箱：{{email:yeqing_wz@126.com}}\n事项：反映[[温州市鹿城区七色花幼儿园]][[2025年秋季学期]]收取[[床位费]][[900元]]",
  // 783 (b12-33) Taiwan-style traditional forum post with Gmail
  "【求助】我們家{{person_name:朵朵}}在[[上海市閔行區小蘋果幼兒園]]讀中班，園所突然說要多收「[[英語外教費]]」每月[[1,200元]]。有家長說園長{{person_name:魏淑芬}}的手機是{{mobile:+86 180-1678-2345}}，打過去都是秘書接。我的Email：{{email:duoduo.mama@gmail.com}}，歡迎私訊。",
  // 784 (b12-34) CCTV review note, names after prepositions 把/给/向
  "经调取监控，[[2026年3月12日]]下午，保育员把{{person_name:乐乐}}带离教室，给{{person_name:郝美琪}}（{{mobile:13512267790}}）打电话催缴[[延时托管费]]。{{person_name:郝美琪}}随后向{{person_name:谭露}}转账[[450元]]。[[天津市河西区七彩虹幼儿园]]称其系临时代收人员，但其常驾车{{licence_plate:津C·95K31}}到园收款。",
  // 785 (b12-35) parent statement, child's name that is a brand word (小米), rare surname 单
  "家长陈述：我女儿{{person_name:周小米}}（{{birth_date:2020年5月20日}}出生）在[[大连市中山区博雅幼儿园]]上大班，园里每个月让{{person_name:小米}}带[[200元]]现金交“[[活动材料费]]”，交给生活老师{{person_name:单丽}}（{{mobile:138 4111 7026}}，微信{{wechat:shanli_dl}}）。单老师说是园长定的。",
  // 786 (b12-36) field visit note, new-energy plate with space
  "走访记录：[[2026年4月2日]]，在[[广州市番禺区星辰幼儿园]]门口，家长{{person_name:冯嘉豪}}（{{mobile:137 2849 0615}}）称每天接送需缴[[校车费]]每月[[680元]]，校车为车牌{{licence_plate:粤A D12345}}的新能源中巴，车主为园长之子{{person_name:黎启航}}。",
  // 787 (b12-37) complaint with mistyped ID (bad check digit)
  "投诉人提供的身份证号为{{id_number_like:330106198504211857}}（经核对校验位有误，疑为笔误），姓名{{person_name:潘志远}}，联系电话{{mobile:13967102845}}，住古墩路{{address:701号}}紫金庭园{{address:12幢2单元903室}}。其反映[[杭州市西湖区春芽幼儿园]]在[[2026年春季学期]]重复收取[[餐费]][[1,320元]]。",
  // 788 (b12-38) enrolment form copy, 8-digit birth date
  "幼儿入园登记表（复印件转录）\n幼儿姓名：{{person_name:亓梓萱}}　出生日期：{{birth_date:20210508}}\n监护人：{{person_name:亓海涛}}　身份证：{{id_number:370102198802121014}}\n联系电话：{{mobile:150 6412 3398}}\n[[济南市历城区蒲公英幼儿园]]　缴费：[[保教费]][[2,650元]]/月",
  // 789 (b12-39) foreign parent complaint, English given names only
  "外籍家长投诉：老师{{person_name:Amy}}在班群里说 [[material fee]] 要交 [[¥1,500]]，我问为什么，园长 {{person_name:Grace Huang}} 说这是 policy。My daughter {{person_name:Chloe}} is only in 小班！[[上海市长宁区国际双语幼儿园]] 必须解释。联系我：{{mobile:+86 13817652290}} / {{email:m.dubois@free.fr}}",
  // 790 (b12-40) negative-heavy record: officers by title, 张某某, masked mobile, 李女士
  "调查小组（组长王科长，成员刘科员）于[[2026年5月]]两次约谈[[珠海市香洲区海之星幼儿园]]。投诉人张某某（电话138****5678）未到场，其委托的{{person_name:吕子健}}提交了[[《价格法》第十四条]]相关证据。园方代表李女士表示将于[[2026年6月15日]]前退还[[保育费]]差额[[660元]]。",
  // 791 (b12-41) OCR'd receipt with spaces between every character
  "收 据\n今 收 到 {{person_name:尹 晓 峰}} 交 来 {{class_and_name:中 二 班 尹 若 曦}} [[2025 年 秋 季]] [[伙 食 费]] 人 民 币 [[壹 仟 贰 佰 元 整]]\n电 话 {{mobile:1 3 6 0 3 5 1 7 7 2 4}}\n收 款 人：{{person_name:苗 凤 英}}\n[[太 原 市 小 店 区 红 缨 幼 儿 园]]（财务专用章）",
  // 792 (b12-42) ID with lowercase x check digit, fee paid to principal's wife
  "经比对，举报人{{person_name:鲁宏伟}}身份证号{{id_number:61011319870117831x}}，手机{{mobile:189-9173-0452}}。其举报[[西安市雁塔区小天鹅幼儿园]]收取“[[择园费]]”[[8,000元]]，收款人为园长妻子{{person_name:蒲玉兰}}，收款账户{{bank_account:6236681234567890129}}（建设银行）。",
  // 793 (b12-43) group-chat payment roll call with class+name variants
  "家长群接龙：\n1. {{class_and_name:大一班-林子墨}} 已交[[研学费]][[380元]]\n2. {{class_and_name:大一班 苏沐晴}} 已交\n3. {{class_and_name:大一(3)班江浩宇}}妈妈 已交\n4. {{person_name:桐桐}}妈妈 还没交，想问下这个费用[[成都市锦江区]]教育局批准过吗？加我wx：{{wechat:tongtong_0607}}",
  // 794 (b12-44) penalty summary with credit code and sponsor/deputy names
  "[[杭州市拱墅区]]市场监督管理局对[[杭州市拱墅区运河童年幼儿园]]（统一社会信用代码[[52330105MJ9A8K3L7A]]）作出[[杭拱市监罚〔2026〕23号]]行政处罚，认定其[[2025年秋季学期]]超出备案标准收取[[保教费]]，违反[[《价格法》第十二条]]，没收违法所得[[63,840元]]。该园举办者{{person_name:章立群}}、副园长{{person_name:俞佳}}已签收。",
  // 795 (b12-45) follow-up call log, parenthesised area code, rare compound surname 令狐
  "回访记录：已致电家长{{person_name:令狐佳怡}}（{{landline:(023)6886 1234}}，手机{{mobile:152-2345-6677}}，QQ {{qq:75836104}}），告知[[重庆市渝中区七彩梦幼儿园]]已退还[[伙食费]][[540元]]。家长表示其子{{person_name:令狐晨}}（{{birth_date:2020年12月5日}}生）的[[被褥费]]尚未退还。",
  // 796 (b12-46) online banking receipt, dashed card number, amount in capital numerals
  "网银回单：付款户名 {{person_name:冉冬梅}}；付款账号 {{bank_account:6227-0037-8912-3456-780}}；收款户名 {{person_name:包文斌}}；收款账号 {{bank_account:6216 6100 0012 3458}}；金额（大写）[[人民币贰仟捌佰元整]]；用途：[[2026春保育费]]（[[贵阳市云岩区爱心树幼儿园]]）",
  // 797 (b12-47) name as sentence subject before verb, dashed plate, home landline
  "{{person_name:骆永胜}}称，[[2026年3月]]起[[宁波市江北区阳光谷幼儿园]]对家长临时停车收取[[接送车辆管理费]]每月[[150元]]，其车{{licence_plate:浙B-5F326}}被保安拦下。{{person_name:骆永胜}}拒交后，其子{{person_name:骆一鸣}}被安排在走廊午睡。家中电话{{landline:0574-8765 0912}}。",
  // 798 (b12-48) HK parent in traditional characters, QQ, landline, address
  "投訴人{{person_name:譚詠詩}}（香港永久居民）稱，其子{{person_name:梁浩賢}}於[[2025年9月]]入讀[[深圳市羅湖區東門小天使幼兒園]]，園方以「[[跨境接送服務費]]」名義每學期收取[[人民幣4,800元]]。聯絡方法：QQ {{qq:2396817745}}，住宅電話{{landline:0755-8223 6610}}，住址羅湖區翠竹路{{address:2088號}}翠竹苑{{address:C座1502室}}。",
  // 799 (b12-49) Kuaishou video report, quoted confrontation
  "[[2026年5月]]，快手账号“{{app_account:kuaishou_8827361}}”发布视频，内容为{{class_and_name:中一班杜若汐}}的家长{{person_name:杜宏}}（{{mobile:133-1311-8902}}）在[[石家庄市长安区晨曦幼儿园]]门口质问园长{{person_name:荆美华}}“[[空调费]]凭什么每月收[[120元]]”。",
  // 800 (b12-50) identity verification record, bad-checksum ID, names that are ordinary words
  "身份核验记录：当事人{{person_name:訾国庆}}自报身份证号{{id_number_like:130102198206156716}}，系统核验不通过；其手机号{{mobile:18931150027}}实名登记人为其妻{{person_name:田秀兰}}。二人为[[保定市竞秀区小金星幼儿园]]实际举办者，[[2025年秋季学期]]共收取[[预交费]][[21.5万元]]。",
  // 801 (b12-51) forum message with QQ and a QQ-number email
  "留言人{{person_name:任思琪}}：[[昆明市五华区春城小树苗幼儿园]]每月另收[[午点费]][[260元]]，谁家孩子也被收了？扣扣{{qq:3847561920}}，或邮箱{{email:3847561920@qq.com}}，vx：{{wechat:siqi_km0871}}。",
  // 802 (b12-52) school-record extract, birth date in Chinese numerals, siblings
  "经调取学籍信息：幼儿{{person_name:万思彤}}，{{birth_date:二〇二〇年十月八日}}生；幼儿{{person_name:万思远}}，{{birth_date:2022年1月17日}}生，系姐弟，家住东湖区八一大道{{address:357号}}财富广场{{address:B座1106室}}。二人均在[[南昌市东湖区小白鸽幼儿园]]就读，园方未按[[《江西省幼儿园收费管理办法》第十五条]]减免[[保育教育费]]。",
  // 803 (b12-53) chat where principal's name appears inside quotes
  "{{person_name:凯凯}}妈：园长说加她vx：{{wechat:li_yz_2018}}交[[舞蹈班费]]\n{{person_name:安安}}爸：我加的是“{{person_name:李红霞}}”这个名字，手机{{mobile:1861-0042-553}}，是不是同一个？\n{{person_name:凯凯}}妈：对，就是[[北京市海淀区金太阳幼儿园]]的园长，每学期[[1,600元]]",
  // 804 (b12-54) enforcement visit to sponsor's home, community-style address, ordinary-word name 高峰
  "[[2026年4月]]，执法人员前往望京花家地西里{{address:3号楼2门1101}}，该处为[[北京市朝阳区小橙子幼儿园]]举办者{{person_name:高峰}}的住所，楼下停有其名下车辆{{licence_plate:京Q·7M2K8}}。{{person_name:高峰}}承认，[[2025年秋季学期]]收取的[[特色课程费]]共[[32.4万元]]存入其妻{{person_name:司徒敏}}的个人账户。",
  // 805 (b12-55) phone verification, mobile digits separated by spaces, 张x明 partial mask
  "电话核实：拨打投诉人预留号码{{mobile:1 3 5 8 8 2 6 7 4 1 0}}，接听人称系{{person_name:张x明}}的爱人{{person_name:路佳}}，确认[[2025年12月]]向[[杭州市临平区乐贝幼儿园]]缴纳[[寒假托管费]][[1,980元]]，另提供单位座机{{landline:0571-8619 3377-205}}。",
  // 806 (b12-56) email header with English names and child's class+name
  "From: {{person_name:Kevin Zhao}} <{{email:kevin.zhao@sina.com}}>\nTo: [[深圳市宝安区蓝湾幼儿园]]园务办公室\nSubject: 关于[[2026年春季学期]][[校车费]]\n园长您好，{{person_name:Lucas}}（{{class_and_name:大三班赵子睿}}）本学期没坐校车，却被扣了[[1,350元]]。请核实。\n{{person_name:Kevin Zhao}} / {{mobile:185 1020 3344}}",
  // 807 (b12-57) refund reply signed by principal, slash birth date, compound surname 慕容
  "关于{{person_name:慕容雪}}家长退费申请的答复\n经园务会研究，同意退还其女{{person_name:慕容小溪}}（{{birth_date:2021/3/14}}出生）[[2026年3月]]至[[2026年6月]]的[[伙食费]]共[[2,480元]]，款项转入申请人银行卡{{bank_account:6229 0812 3456 7890 120}}。\n[[无锡市梁溪区小荷花幼儿园]]\n园长 {{person_name:缪秋华}}\n[[2026年3月20日]]",
  // 808 (b12-58) real-name report, ID in 6-8-4 spaced groups, full address
  "实名举报：本人{{person_name:覃海燕}}，身份证号码{{id_number:450103 19880612 2846}}，家住南宁市青秀区民族大道{{address:136号}}东方明珠花园{{address:2栋1单元1202号}}，手机{{mobile:177-7713-2046}}。举报[[南宁市青秀区小鹿斑比幼儿园]]向每名新生收取[[赞助费]][[1万元]]，违反[[《民办教育促进法实施条例》第四十六条]]。",
  // 809 (b12-59) table of children with ISO birth dates and IDs
  "涉案幼儿名单（节选）\n姓名　　出生日期　　　身份证号\n{{person_name:符子豪}}　{{birth_date:2020-07-19}}　{{id_number:460105202007199832}}\n{{person_name:邢雨桐}}　{{birth_date:2021-02-03}}　{{id_number:460106202102030820}}\n以上幼儿均被[[海口市秀英区椰林湾幼儿园]]收取[[午睡费]]每月[[80元]]。",
  // 810 (b12-60) bureau bulletin, principal's WeChat id and dotted plate
  "[[2026年6月]]，[[南京市江宁区]]教育局通报：[[南京市江宁区未来星幼儿园]]园长{{person_name:上官瑞}}通过其微信号{{wechat:sgr-jn2020}}及邮箱{{email:sgr_jn@qq.com}}向家长收取“[[夏令营费]]”[[2,200元]]/人，并使用私家车{{licence_plate:苏A·N2B35}}接送幼儿外出。该园[[2025年]]曾因同类问题被[[宁江教罚〔2025〕9号]]处理。",
  // The thirteenth blind round (THIRTEENTH_ROUND_FROM, below); b13-N is the writer's number.
  // 811 (b13-1) officer draft of a typical case, parent ID grouped, cashier's personal card
  "【基本案情】[[2026年3月]]，[[杭州市西湖区市场监督管理局]]接到家长{{person_name:沈佳怡}}（身份证号{{id_number:330106 19900517 0828}}，手机{{mobile:15967120384}}）投诉，反映[[西湖区小橙子幼儿园]]在[[保教费]]之外另收[[校服费]][[680元]]。经查，该园出纳{{person_name:俞晓东}}通过个人银行卡{{bank_account:6222 0212 0211 3456 785}}代收上述费用。【处理结果】依据[[《中华人民共和国价格法》第四十二条]]，对该园处以[[罚款5000元]]。",
  // 812 (b13-2) complaint quoted with consent, Uyghur family, estate address
  "以下内容经投诉人同意引用：“我是{{person_name:阿依古丽·买买提}}（身份证{{id_number:650102199103081625}}），儿子{{class_and_name:中一班努尔艾力·艾合买提}}在[[天山区红石榴幼儿园]]上学，园里每学期收[[伙食费]][[2100元]]，可孩子天天说没吃早饭。我找过{{person_name:艾力·吐尔逊}}副园长，他让我找财务。”投诉人电话{{mobile:13909912745}}，住址[[乌鲁木齐市]]友好北路{{address:126号}}丝路花苑{{address:3栋1单元602室}}。",
  // 813 (b13-3) rural village complaint, nickname, lunar birthday, zodiac and nominal age
  "[[河南省周口市郸城县]][[汲冢镇]]王楼村村民{{person_name:王铁柱}}反映，村里的[[小太阳幼儿园]]（民办）向其孙子{{person_name:狗蛋}}（大名{{person_name:王浩然}}，农历{{birth_date:二〇二一年腊月初八}}生，属牛，虚岁六岁）收取[[取暖费]][[300元]]，未公示。王某家住王楼村{{address:三组27号}}，联系电话{{mobile:15893745610}}，快手号{{app_account:wtz_nongjia}}。",
  // 814 (b13-5) findings section, Mongolian names, school bus driver and plate
  "【查处情况】经查，[[呼和浩特市赛罕区]][[蓝天白云双语幼儿园]]校车司机{{person_name:巴特尔}}驾驶{{licence_plate:蒙A·K7356}}接送幼儿，该园按[[每学期1800元]]收取[[校车费]]，但未办理收费备案。家长{{person_name:其其格}}（{{mobile:15124718630}}）等三人联名投诉。依据[[《内蒙古自治区民办幼儿园收费管理办法》第十二条]]，责令该园[[退还多收费用]]。",
  // 815 (b13-6) Yi family in Liangshan, WeChat ID, child's birth date
  "投诉人{{person_name:吉克阿依}}（彝族）反映，[[凉山州昭觉县]][[索玛花幼儿园]]要求家长一次性缴纳[[全年保教费]][[6000元]]，其丈夫{{person_name:阿西木呷}}已通过微信转账支付。其微信号{{wechat:jikeayi_1992}}，身份证号{{id_number:513431199202142622}}。孩子{{person_name:阿西拉则}}出生于{{birth_date:2021年11月3日}}。",
  // 816 (b13-7) voice-to-text transcript, no punctuation, homophones, spoken digits
  "语音转写：喂你好我是那个{{person_name:秦美玲}}我孩子在[[青秀区]]那个[[金色童年幼儿园]]读小班他们开学收了那个什么[[床上用品费]][[四百八]]可是被子根本是旧的我家住明秀东路{{address:98号5栋302}}我老公{{person_name:韦志刚}}去问他们院长说不退你们记一下我电话{{mobile:幺三八七七一二四五六零}}",
  // 817 (b13-8) Excel refund list pasted with tabs, Korean-Chinese families in Yanji
  "以下为[[延吉市]][[阳光韩语幼儿园]]退费名单（从表格复制）：\n序号\t幼儿姓名\t出生日期\t家长\t联系电话\t应退金额\n1\t{{person_name:金智恩}}\t{{birth_date:2021-09-02}}\t金先生\t{{mobile:13843378215}}\t[[1200元]]\n2\t{{person_name:朴敏浩}}\t{{birth_date:2022-01-15}}\t朴女士\t{{mobile:18743321907}}\t[[950元]]\n3\t{{person_name:崔允熙}}\t{{birth_date:2021-12-28}}\t李女士\t{{landline:0433-2517764}}\t[[1200元]]",
  // 818 (b13-9) kindergarten's own reply letter signed by staff, Hui family, credit code
  "关于家长{{person_name:马玉兰}}投诉的情况说明：我园（[[兴庆区月牙湖幼儿园]]，统一社会信用代码[[52640104MJ1234567X]]）收取的[[清真伙食费]][[每日18元]]已报[[兴庆区教育局]]备案。该家长（{{id_number:640104198509172021}}）之子{{person_name:马子豪}}于[[2026年2月]]退园，我园已退还[[余款860元]]。\n园长：{{person_name:马学东}}\n财务：{{person_name:杨秀琴}}\n联系电话：{{landline:0951-6027315}}",
  // 819 (b13-11) Hong Kong family: home-return permit, HK identity card, HK mobile
  "投诉人{{person_name:陈嘉欣}}系香港居民，港澳居民来往内地通行证号码{{document_number:H60382714}}，香港身份证{{document_number:Y384625(1)}}。其女{{person_name:陈乐瑶}}（{{birth_date:2022年6月30日}}出生）就读于[[深圳市福田区]][[星河湾幼儿园]]，该园对港籍幼儿加收[[境外生管理费]][[每学期2000元]]。联系方式：{{mobile:+852 9123 4567}}；邮箱{{email:kayan.chan@netvigator.com}}。",
  // 820 (b13-12) Taiwan compatriot family, Taiwan permit number, mainland address
  "台胞{{person_name:黄志明}}（台湾居民来往大陆通行证号码{{document_number:01283746}}）反映，[[厦门市思明区]][[鹭岛之星幼儿园]]要求其子{{person_name:黄品睿}}另缴[[入园赞助费]][[20000元]]方可入学。黄先生手机{{mobile:18965013472}}，大陆住址：莲前西路{{address:599号}}瑞景新村{{address:12幢703室}}。",
  // 821 (b13-13) WeChat transfer and red-packet record with masked payee
  "家长{{person_name:何丽萍}}（微信号{{wechat:hlp_820915}}）提供的微信记录：\n转账给 {{person_name:周敏}}\n¥[[1,500.00]]\n收款方：{{person_name:周敏}}({{person_name:**敏}})\n备注：[[舞蹈兴趣班费]]\n另有[[200元]]红包三个，均由周老师领取。经核实，周老师系[[长沙市岳麓区]][[七彩虹幼儿园]]教师，该园未将[[舞蹈兴趣班费]]纳入公示。",
  // 822 (b13-14) phone log with dictated number in groups, grandmother and uncle
  "电话记录：来电人{{person_name:罗春燕}}口述回拨号码“{{mobile:一八九 七三一二 五六零八}}”，称其外孙{{person_name:彭宇轩}}在[[长沙市岳麓区]][[小星星艺术幼儿园]]就读，该园收取[[午托费]][[每月400元]]，未开具收据。外婆罗女士称孩子舅舅{{person_name:罗建平}}曾开着{{licence_plate:湘A·9H327}}去园里理论，被园长{{person_name:段丽娟}}推出门外。",
  // 823 (b13-15) complaint form with 【】 labels, estate block address
  "【投诉人】{{person_name:李秀兰}}【性别】女【证件号码】{{id_number:520102198507234129}}【联系电话】{{mobile:13985124376}}【住址】[[贵阳市南明区]]花果园{{address:B区3栋2单元1806号}}【被投诉单位】[[南明区童趣幼儿园]]【投诉内容】该园收取[[特色课程费]][[每月600元]]但一直未开课，要求退费。【幼儿学籍号】{{document_number:G520102202111050031}}",
  // 824 (b13-16) officer draft naming the cook and school bus driver (driving licence = ID)
  "【基本案情】[[昆明市官渡区]][[春城小树苗幼儿园]]在[[2025年秋季学期]]向幼儿家长收取[[伙食费]][[每月520元]]，但实际伙食支出仅占[[43%]]。该园厨师{{person_name:田桂芝}}证实，采购由园长丈夫负责；校车司机{{person_name:吴大勇}}（驾驶证号{{id_number:530111197804123015}}，手机{{mobile:13987162540}}，车牌{{licence_plate:云A·E6632}}）称其工资亦从伙食费中列支。",
  // 825 (b13-18) surnames that are ordinary words (区, 代, 路, 种), QQ and email
  "[[广州市越秀区]][[小海豚幼儿园]]财务{{person_name:区志强}}与出纳{{person_name:代红梅}}经手收取[[兴趣班费]]共计[[48600元]]，未入园账。家长{{person_name:路遥}}、{{person_name:种立新}}提供了收据复印件。区某QQ号{{qq:275318964}}，代某邮箱{{email:daihm1988@qq.com}}。",
  // 826 (b13-19) partially masked names next to fully masked ones, Alipay account
  "【查处情况】投诉材料中家长{{person_name:王*华}}、{{person_name:李某华}}及张某某均反映[[天津市南开区]][[七色光幼儿园]]收取[[开学杂费]][[350元]]。经查，收款人为该园行政人员{{person_name:赵丽娜}}（{{mobile:18622075319}}），收款支付宝账号{{app_account:zhaolina0721}}，款项未进入该园对公账户。",
  // 827 (b13-20) private cars used as school bus, two plates incl. new-energy plate
  "家长{{person_name:孙浩}}（身份证{{id_number:510107198703042837}}）反映，[[成都市武侯区]][[小蜜蜂幼儿园]]收取[[校车接送费]][[每月350元]]，但接送车辆{{licence_plate:川A·7K3L9}}并非备案校车，而是园长{{person_name:蒋丽}}丈夫的私家车。另一辆车{{licence_plate:川AD52817}}登记在教师{{person_name:邓佳佳}}名下。",
  // 828 (b13-21) Excel payment sheet with IDs, one failing the check digit
  "[[武汉市武昌区]][[小天鹅幼儿园]]缴费附表（自Excel复制）\n姓名\t身份证号\t缴费金额\t方式\n{{person_name:刘洋}}\t{{id_number:420106198803151231}}\t[[3000元]]\t微信\n{{person_name:张婷婷}}\t{{id_number:420106199108024526}}\t[[3000元]]\t支付宝\n{{person_name:胡斌}}\t{{id_number_like:420106198712091233}}\t[[2800元]]\t现金",
  // 829 (b13-22) internal circulation opinion naming case handlers, case number and credit code
  "内部流转意见：本案（[[济南历下市监罚〔2026〕87号]]）由{{person_name:陈立新}}主办、{{person_name:黄晓燕}}协办。当事人[[济南市历下区]][[泉城明珠幼儿园]]（统一社会信用代码[[52370102MJD812345L]]）超标准收取[[保育教育费]]，拟罚款[[20000元]]。请刘科长签批。",
  // 830 (b13-23) Guangxi village (屯) address, Zhuang surname 农, nickname 二丫
  "[[百色市田阳区]][[百育镇]]四那村那赖屯{{address:12号}}村民{{person_name:黄秀珍}}反映，镇上的[[百育镇爱心幼儿园]]向其女儿{{person_name:二丫}}（大名{{person_name:黄雨桐}}，{{birth_date:2022年农历三月十五}}生）收取[[建园费]][[500元]]。其丈夫{{person_name:农永福}}在广东打工，电话{{mobile:13597046812}}。",
  // 831 (b13-25) complaint message with WeChat IDs and QQ
  "投诉人{{person_name:张雪}}留言：[[郑州市金水区]][[东方红幼儿园]]让家长在群里交[[资料费]][[280元]]，群主是老师{{person_name:郭婷}}，微信号{{wechat:guoting_kids}}。有问题可加我微信{{wechat:zx13623716}}或QQ{{qq:849201735}}联系，邮箱{{email:zhangxue_zz@foxmail.com}}，白天上班不方便接电话。",
  // 832 (b13-26) Russian foreign teacher's passport, parent's car plate
  "[[哈尔滨市南岗区]][[小白桦幼儿园]]外教{{person_name:Olga Petrova}}（护照号{{document_number:754128936}}）证实，园方以其名义收取[[俄语特色课费]][[每学期2400元]]，但她每周仅授课两节。家长代表{{person_name:于洪涛}}、{{person_name:曲丽丽}}（{{mobile:13796625148}}）要求退费，于先生的车{{licence_plate:黑A·5F283}}曾被园方拦在门外。",
  // 833 (b13-27) voice transcript, homophones (反应, 他妈妈), spoken mobile
  "我想反应一下就是那个[[海淀区]]的[[小哈佛幼儿园]]我家孩子叫{{person_name:张一鸣}}在大二班他们收了那个[[早教费]][[一千二]]还说不交就不让上那个老师姓李我是他妈妈{{person_name:王静}}电话{{mobile:一三九一零二八四七五六}}你们帮忙查一下谢谢",
  // 834 (b13-28) verification note listing class+name triples
  "经核实，[[青岛市市南区]][[海贝贝幼儿园]]向{{class_and_name:大一班李想}}、{{class_and_name:大一班王梓萱}}、{{class_and_name:中二班刘小雨}}三名幼儿家长收取[[场地使用费]]各[[800元]]。其中{{person_name:李想}}的母亲孙女士已申请退费，园方称需园长审批。",
  // 835 (b13-29) Tibetan kindergarten reply letter in Gannan, signatures
  "[[甘南州合作市]][[雪域雏鹰幼儿园]]回复函：家长{{person_name:拉毛草}}所述[[藏文教材费]][[150元]]系代收代支，已按[[《甘肃省幼儿园收费管理实施细则》]]公示。该家长之女{{person_name:才让卓玛}}已于[[2026年3月]]转园。\n经办人：{{person_name:尕藏才旦}}\n园长：{{person_name:李玉梅}}（签字）\n联系电话：{{landline:0941-8213546}}",
  // 836 (b13-31) student record with dotted birth date and national student number
  "幼儿{{class_and_name:中三班刘思彤}}，出生日期{{birth_date:2021.08.17}}，全国学籍号{{document_number:G110105202108170027}}，在[[北京市朝阳区]][[向日葵幼儿园]]就读期间被收取[[课后托管费]][[每月900元]]。其父{{person_name:刘凯}}手机{{mobile:13601137254}}，身份证{{id_number:110105198806214016}}。",
  // 837 (b13-32) Macau resident, home-return permit, cross-border plate
  "澳门居民{{person_name:梁咏诗}}（回乡证号{{document_number:M21847563}}）反映，[[珠海市香洲区]][[横琴湾幼儿园]]对其子{{person_name:梁浩然}}加收[[每学期3500元]]的[[港澳台幼儿管理费]]。梁女士（澳门手机{{mobile:+853 6612 3478}}）的粤澳两地车牌{{licence_plate:粤Z·B723澳}}亦被登记在园方通讯录中。",
  // 838 (b13-33) decision section with case number and refund recipients, ordinary-word names
  "【处理结果】[[2026年4月15日]]，[[西安市雁塔区市场监督管理局]]作出行政处罚决定（[[雁市监罚字〔2026〕第0213号]]），责令[[雁塔区七彩童年幼儿园]][[于15日内]]退还[[多收保教费共计128400元]]，并处罚款[[30000元]]。家长{{person_name:任雪梅}}（卡号{{bank_account:6217 8502 0001 2345 675}}）、{{person_name:党建华}}（卡号{{bank_account:6228 4812 3456 7890 011}}）的退款已于次日到账。",
  // 839 (b13-34) relatives paying (外婆, 舅舅, 小姨), Alipay, old-town address
  "孩子平时由外婆{{person_name:钱淑芬}}接送，舅舅{{person_name:钱卫东}}和小姨{{person_name:钱晓雯}}也交过钱。[[苏州市姑苏区]][[小苏州幼儿园]]先后向三人收取[[特长班费]]共[[4500元]]，其中小姨通过支付宝（账号{{app_account:qxw_sz0412}}）支付[[1500元]]。外婆家住平江路{{address:218号2幢301室}}，电话{{landline:0512-65237719}}。",
  // 840 (b13-35) Douyin and Kuaishou accounts in a social-media dispute
  "家长{{person_name:唐敏}}在抖音（抖音号{{app_account:tangmin_mama88}}）发布视频称，[[重庆市渝北区]][[爱弥儿幼儿园]]收取[[毕业照费]][[380元]]却未交付照片。园方教师{{person_name:冉冬梅}}随后在快手{{app_account:ks_randongmei}}回应，唐女士又通过微信{{wechat:tm_cq_1990}}向我局提交了截图。",
  // 841 (b13-36) 12345 hotline work order, ID failing validation, bracketed landline
  "12345工单：诉求人{{person_name:邹建明}}，来电号码{{mobile:18607714326}}，座机{{landline:(0771)5326418}}，QQ{{qq:1527304896}}。反映[[南宁市西乡塘区]][[小龙人幼儿园]]收取[[空调费]][[每学期200元]]。诉求人身份证{{id_number_like:450107198405263317}}（系统校验未通过，请核实）。",
  // 842 (b13-37) mobiles with hyphens and spaces in parentheses after names
  "[[合肥市蜀山区]][[稻香村幼儿园]]收取[[报名费]][[每人200元]]，经办教师{{person_name:汪琳}}（{{mobile:139-5513-8027}}）、{{person_name:储国庆}}（{{mobile:158 5600 2193}}）。家长{{person_name:葛晶晶}}（身份证号{{id_number_like:340104199006112627}}，邮箱{{email:gjj0611@163.com}}）称收据由汪老师手写，加盖园章。",
  // 843 (b13-38) Uyghur child and father in Kashgar, long dotted names
  "[[喀什市]][[阳光花朵幼儿园]]向维吾尔族幼儿{{person_name:迪丽努尔·阿不都热依木}}（{{birth_date:2021年5月9日}}出生）家长收取[[双语教材费]][[320元]]。其父{{person_name:阿不都热依木·吐尔洪}}身份证号{{id_number:653101198604131530}}，电话{{mobile:15299830721}}，住解放北路{{address:52号院3栋2单元401室}}。",
  // 844 (b13-39) Korean-Chinese principal collecting via personal WeChat, car plate
  "[[延边州珲春市]][[新星幼儿园]]园长{{person_name:申顺姬}}要求家长通过其个人微信{{wechat:shensunji_hc}}缴纳[[朝鲜语课程费]][[每月300元]]，其车辆{{licence_plate:吉H·28K61}}还贴着招生广告。家长{{person_name:玄英男}}、{{person_name:南明哲}}反映收费未公示。玄先生电话{{mobile:13630451287}}，园长办公室电话{{landline:0433-7512683}}。",
  // 845 (b13-40) Hui kindergarten in Linxia, cook and accountant, lunar birth date
  "[[临夏市]][[花儿幼儿园]]收取[[伙食费]]时，厨师{{person_name:马尕西木}}与会计韩某共同记账。家长{{person_name:马海燕}}（{{mobile:18993017264}}）反映，其女{{person_name:马热娜}}（农历{{birth_date:2020年十月廿三}}出生）在园仅就餐两个月，园方拒退[[剩余伙食费1400元]]。",
  // 846 (b13-42) officer draft citing ID copies kept in the case file
  "【基本案情】当事人[[石家庄市长安区]][[小雨点幼儿园]]在收取[[保教费]]时，要求家长提供身份证复印件并代办[[保险费]][[每人120元]]。案卷中留存有家长{{person_name:田晓光}}身份证{{id_number:130102198909250313}}及手机号{{mobile:13931158027}}、{{person_name:冯丽君}}身份证{{id_number:130102199203171220}}的复印件，需在公开前删除。",
  // 847 (b13-43) supplementary note: QQ screenshot, teacher and two officers named
  "补充材料说明：投诉人通过QQ（{{qq:1038476215}}）发送了收费截图，系[[太原市小店区]][[金果果幼儿园]]班主任{{person_name:孔令华}}在家长QQ群发布的[[园服费]][[460元]]通知，通知末尾留有其手机{{mobile:15835126904}}。调查由{{person_name:韩冰}}、{{person_name:程子豪}}完成，[[4月9日]]已移交法制科。",
  // 848 (b13-45) bank statement excerpt: payer card and payee
  "银行流水摘录：[[2026-02-28]] 付款人{{person_name:许文博}} 付款账号{{bank_account:6217 0012 3400 5678 121}} 收款人{{person_name:陆美华}} 收款账号{{bank_account:6228 4806 0123 4567 83}} 金额[[4,200.00]] 附言“[[兴趣班学费]]”。陆某系[[无锡市梁溪区]][[小精灵幼儿园]]法定代表人之妻，该笔款项未入园账。",
  // 849 (b13-46) Yi families in Xichang, class+name with 的
  "[[凉山州西昌市]][[邛海之畔幼儿园]]彝族家长{{person_name:沙马拉哈}}、{{person_name:俄底阿果}}反映，该园收取[[火把节活动费]][[每人100元]]。前者（{{mobile:18281563097}}）之子{{class_and_name:小一班的沙马木呷}}出生于{{birth_date:2022年1月26日}}，入园不足一月即被要求缴费。",
  // 850 (b13-47) Zhuang village 屯 address, landline, husband's card
  "家长{{person_name:韦金凤}}（{{id_number:451228199004022323}}）住[[地苏镇]]拉烈村弄亮屯{{address:8号}}，电话{{landline:0778-5212367}}。她反映[[都安县]][[地苏镇贝贝幼儿园]]园长{{person_name:蓝桂兰}}对插班幼儿按[[全学期]]收取[[保教费]][[2400元]]，并让家长转入其丈夫卡号{{bank_account:6230 5200 1234 5678 93}}。",
  // 851 (b13-48) mainland passport demanded for withdrawal, contract clause
  "家长{{person_name:范思哲}}（{{mobile:13586620473}}）因出国务工申请退园，园方要求出示护照（{{document_number:EA3847261}}）后方可办理，并扣除[[违约金]][[1000元]]。[[宁波市鄞州区]][[小海星幼儿园]]财务{{person_name:邵静}}称这是[[《入园协议》第八条]]的约定。",
  // 852 (b13-49) parent with WeChat, email, apartment address in tower
  "家长{{person_name:苏雅婷}}（微信{{wechat:sytt_0318}}，邮箱{{email:suyating@126.com}}）住[[湖里区]]江头北路{{address:168号}}万达公寓{{address:B座2207室}}，她反映[[厦门市湖里区]][[蓝精灵幼儿园]]收取[[钢琴课费]][[每节180元]]，教师许老师上课时常缺席。",
  // 853 (b13-52) complaint e-mail pasted with headers, compound surname, numeric app account
  "发件人：{{email:lihongmei_79@sina.com}}\n主题：举报[[东莞市南城街道]][[金色阳光幼儿园]]乱收费\n正文：我是{{person_name:李红梅}}（{{id_number:441900197905123026}}），孩子{{person_name:欧阳子轩}}（{{birth_date:2022年3月7日}}生，属虎）。园里收[[安全管理费]][[每年600元]]，出纳莫某说不交就退学。我在小红书（{{app_account:5839201746}}）发过帖，QQ{{qq:602817394}}。",
  // 854 (b13-53) inquiry record form with 【】 labels, estate between number and building
  "【被调查人】{{person_name:汤建国}}【单位】[[鼓楼区小天使幼儿园]]【身份证号】{{id_number:320106197008083016}}【住址】中山北路{{address:88号}}颐和花园{{address:6幢1202室}}【联系方式】{{mobile:13851607743}}【笔录要点】承认[[2025年9月]]起收取[[赞助费]][[每生5000元]]，存入其个人账户{{bank_account:6225881234567898}}。",
  // 855 (b13-54) parent group chat: child's name inside a handle, teacher nickname
  "【基本案情】[[长春市朝阳区]][[小博士幼儿园]]教师在家长群要求交[[电子书包费]][[每人480元]]。群聊记录中，家长“{{person_name:佳琪}}妈妈”提出质疑，老师“{{person_name:小雪}}”回复：“不交的下学期就别来了。”经查，{{person_name:小雪}}即该园教师{{person_name:孟雪}}，微信号{{wechat:mengxue_0612}}。",
  // 856 (b13-55) Alipay bill with masked payee, Hui parent
  "支付宝账单：付款给 {{person_name:白志刚}}（{{person_name:*志刚}}） [[3,600.00]] 备注：[[春季学期保教费]]。付款人{{person_name:马晓燕}}（{{id_number:64010619880126302X}}，{{mobile:13709517382}}）称，白某系[[银川市金凤区]][[七色花幼儿园]]举办者的弟弟，而该园备案的收费账户为对公账户。",
  // 857 (b13-56) interview record Q&A with QQ, mobile, birth date, ID failing check
  "笔录摘录：问：你的联系方式？答：QQ{{qq:395812047}}，手机{{mobile:13770958264}}。问：出生日期？答：{{birth_date:1993年2月16日}}，身份证{{id_number_like:320411199302164427}}。问：你在[[常州市新北区]][[龙城宝贝幼儿园]]担任何职？答：我叫{{person_name:戴玉洁}}，是会计，[[床位费]][[每学期300元]]是园长让收的。",
  // 858 (b13-57) German foreign teacher, private WeChat tutoring, English and Chinese names
  "[[苏州工业园区]][[新加坡国际幼儿园]]外教{{person_name:Daniel Müller}}（德国籍，护照号{{document_number:C4J7R2K91}}，邮箱{{email:d.mueller@web.de}}）通过微信{{wechat:danielmuller_sz}}向家长{{person_name:Grace Lin}}（{{person_name:林雅琪}}）收取[[一对一英语辅导费]][[每节300元]]，该项目未在园收费公示栏列出。",
  // 859 (b13-58) kindergarten reply with teacher contact, QQ-number email, ordinary-word name 杜鹃
  "[[绵阳市涪城区]][[小红帽幼儿园]]关于[[保育费]]调整的回复：经核查，家长{{person_name:杜鹃}}反映的问题属实，其子（生日：{{birth_date:2021/10/24}}）多缴的[[620元]]将于下周退还。如有疑问请联系{{person_name:王丹丹}}老师（QQ：{{qq:2586419037}}，邮箱{{email:2586419037@qq.com}}）。",
  // 860 (b13-59) findings: founder's birth date, doctor, wife's ICBC card, plate
  "【查处情况】[[温州市鹿城区]][[小金鱼幼儿园]]举办者{{person_name:叶成林}}（{{birth_date:1979年11月2日}}生，身份证{{id_number:330302197911025813}}）指使保健医生{{person_name:潘秀珠}}以[[体检费]]名义每生收取[[150元]]，款项存入其妻{{person_name:林素芳}}的工商银行卡{{bank_account:6222 0812 0300 4172 652}}；其名下车辆{{licence_plate:浙C·8M629}}被用于接送幼儿。",
  // 861 (b13-60) hotline transcript, name spelled out, spoken landline, class+name
  "通话转写：你好我是{{person_name:邱丽萍}}邱是山丘的丘加个耳朵旁我女儿{{class_and_name:大一班的邱雨涵}}在[[宝安区]]那个[[小牛津幼儿园]]收了那个什么[[外教费]][[一个月五百]]我家住固戍二路{{address:36号}}翠岸花园{{address:7栋1503}}我电话是{{landline:零七五五二七八一三六四九}}",
  // 862 (b13-30) kindergarten explanation to the regulator with parent signature list, staff contacts (out of KNOWN_GAPS: its last known miss is caught)
  "[[武汉市洪山区]][[东湖之星幼儿园]]致[[洪山区市场监督管理局]]的说明：我园[[延时服务费]]按[[每小时15元]]收取，系家长自愿。附家长签字名单（程某、熊某等12人）。联系人：办公室{{person_name:喻芳}}，电话{{landline:027-87215436}}，邮箱{{email:yufang_dhzx@163.com}}。",
  // 863 (b13-41) bilingual complaint letter, English names, class+English name (out of KNOWN_GAPS: its last known miss is caught)
  "投诉信（节选，已获本人同意）：我们是{{class_and_name:K2班Tommy Zhang}}的家长{{person_name:张伟}}和{{person_name:Jennifer Liu}}（微信{{wechat:JenLiu_SH}}）。[[上海市浦东新区]][[小橡树双语幼儿园]]以[[游学费]]名义收取[[12800元]]，活动却被取消且不退款。联系邮箱{{email:zhangwei.sh@outlook.com}}，家庭电话{{landline:021-58327619}}。",
  // 864 (b13-50) work-group chat transcript naming colleagues, parent car plate (out of KNOWN_GAPS: its last known miss is caught)
  "工作群消息（截图转文字）：@{{person_name:周慧敏}} 明天你和{{person_name:许家豪}}去[[吴江区]][[鲈乡幼儿园]]现场检查，重点核对[[校服费]]和[[保险费]]。家长{{person_name:沈一帆}}手机{{mobile:18913276054}}，她的车{{licence_plate:苏E·3G728}}会停在园门口，到了先联系她。",
  // The fourteenth blind round (FOURTEENTH_ROUND_FROM, below); b14-N is the writer's number.
  // 865 (b14-1) phone-typed rant, no punctuation, yz abbreviation, private card
  "yz说不交[[建园费]]就不给报名 凭啥啊[[8000]]块 还让转她私人卡{{bank_account:6222 0239 1234 5678 901}} 收款人{{person_name:刘美玲}} 就是yz本人 还登记了我身份证{{id_number_like:330212199105063025}} 我家{{person_name:朵朵}}才3岁 [[鄞州区小蜜蜂幼儿园]] 有事打我{{mobile:139 5742 8816}} 或者座机{{landline:0574-88213056}}",
  // 866 (b14-2) Cantonese parent from Guangzhou, 佢/嘅/咗, estate address and car plate
  "我系{{person_name:浩仔}}阿妈{{person_name:黎嘉欣}}，[[广州市天河区童趣乐幼儿园]]话每个月要收[[兴趣班费]][[680蚊]]，唔交就唔俾佢返园。园长麦太话系上面规定嘅，我问咗[[天河区教育局]]根本冇呢个规定😤 我住喺龙口西路{{address:112号}}骏景花园{{address:3座1806}}，电话{{mobile:135-6021-7788}}，架车{{licence_plate:粤A·3F7L2}}",
  // 867 (b14-4) copied chat bubbles with emoji display names, teacher by surname only
  "[聊天记录]\n🌸{{person_name:梓涵}}妈妈-{{person_name:陈静}}：[[伙食费]]又涨了？上个月才[[420]]\n园务许老师：园里统一调整的 每月[[560元]]哦亲\n{{person_name:Lucy}}：有物价备案吗 发出来看看\n园务许老师：有疑问私聊园长 vx {{wechat:xjyz_2019}}\n——[[厦门市思明区贝乐幼儿园]]家长群",
  // 868 (b14-5) forwarded bank-transfer screenshot OCR with masked payee name
  "[[星河湾幼儿园]]让我们把[[保教费]]转给园长老公个人卡 截图在这\n转账成功\n¥[[3,600.00]]\n收款方 {{person_name:黄*辉}}\n收款卡号 {{bank_account:6214 8357 1234 5675}}\n付款方 {{person_name:吴晓}}\n附言 {{class_and_name:中一班吴悠悠}}3月\n交易时间 2026-03-02 09:14:33",
  // 869 (b14-6) angry emoji rant with lsh abbreviation for teacher
  "lsh天天在群里催交[[床品费]][[350]] 说不交孩子就睡地垫😡😡 我家娃在{{class_and_name:小二班刘果果}} 才3岁 那个lsh叫{{person_name:孙婷婷}} 微信{{wechat:sun_tt0915}} qq{{qq:2093874516}} 大家可以问她 [[深圳市南山区小橄榄幼儿园]]",
  // 870 (b14-7) semi-formal intake record, compound surname, credit code
  "投诉人{{person_name:欧阳晓峰}}（身份证号{{id_number:440305198706234519}}）称，[[深圳市南山区海湾幼儿园]]（统一社会信用代码[[52440305MJL0123452]]）于[[2026年2月]]以“优先入园”名义收取[[赞助费]][[20000元]]。其女{{person_name:欧阳可可}}（{{birth_date:2021年8月3日}}出生）现就读{{class_and_name:中三班欧阳可可}}。",
  // 871 (b14-8) English translation of a penalty case for publication
  "Case [[Haishu MSA Penalty (2026) No. 57]]: [[Ningbo Haishu Little Star Kindergarten]] charged a [[childcare fee]] of [[RMB 3,200]]/month. Ms. {{person_name:Wang Lihua}} ({{mobile:138 0574 1234}}), of {{address:Room 1203, No. 588}} Tiantong South Road, said her son {{person_name:Chen Haoran}}, born {{birth_date:14 March 2021}}, was refused a place. Ms. Wang declined to comment.",
  // 872 (b14-9) Taiwanese parent in Kunshan, traditional characters, 台胞證 number
  "我們是台商家庭 孩子讀[[昆山市花橋鎮小天使幼兒園]] 園方突然要收[[空調費]]每學期[[1200元]] 完全沒有公告😓 我是{{person_name:芊芊}}的媽媽{{person_name:林怡君}} 台胞證號碼{{document_number:08123456}} 手機{{mobile:186 1234 0927}} LINE不通請打電話 園長簡先生說不交就退園",
  // 873 (b14-10) mixed English/Chinese expat-style parent, English names of Chinese people
  "Hi 我是K2的mom {{person_name:Jessica Zhou}}，[[上海浦东新区阳光宝贝幼儿园]] charged us [[¥1,500]] for [[校服费]] 但是 only 2 T-shirts 😂 teacher说找财务 {{person_name:Kevin Xu}}, his wechat {{wechat:kevinxu_sh}}. 我的email {{email:jessica.zhou88@163.com}}",
  // 874 (b14-12) English complaint by a foreign parent with passport number
  "[[Harmony Bilingual Kindergarten]] in [[Jing'an District]] kept our [[registration fee]] of [[RMB 5,000]]. My daughter {{person_name:Olivia Bennett}} was born on {{birth_date:2 June 2021}}. I'm {{person_name:Mark Bennett}}, passport {{document_number:533218764}}, reachable at {{email:mark.bennett@outlook.com}} or {{mobile:+86 135 0198 2277}}. Ms. Li agreed the fee was unfair.",
  // 875 (b14-14) Cantonese in traditional characters, HK mobile, new-energy plate
  "喂 我想投訴[[深圳市福田區彩虹橋幼兒園]]，佢哋收咗我[[校車費]][[2400]]但係校車成個月都冇嚟過😡 我個女{{person_name:詩詩}} {{class_and_name:K2班黃詩詩}}，{{birth_date:2021年5月20日}}出世，我叫{{person_name:黃志明}}，QQ {{qq:287451936}}，手機{{mobile:+852 9136 2245}}，車牌{{licence_plate:粵B·D12345}}",
  // 876 (b14-17) mixed English/Chinese, foreign teacher and English names
  "我们家{{person_name:Ethan}}在[[杭州市西湖区蓝天幼儿园]]读K1，今天收到通知 extra [[英语外教费]] [[2800/学期]]，but 外教 {{person_name:Mike}} only comes once a week lol。班主任 Miss Lin said it's optional 但不交就skip class. 我老公{{person_name:Tony Wang}} 已经email园长 {{email:yz_lantian@qq.com}}",
  // 877 (b14-18) full-width digits phone, name typed with spaces between characters
  "投诉[[无锡市梁溪区小星星幼儿园]] 乱收[[园服费]][[580元]] 质量很差一洗就掉色 本人{{person_name:钱 佳 怡}} 手机{{mobile:１５９５２７８３４１０}} 孩子{{class_and_name:小一班钱多多}} 出生{{birth_date:2022.4.17}} 老师还说嫌贵可以不穿 我车{{licence_plate:苏B·6Q9D3}}天天送 校车费也白交",
  // 878 (b14-19) phone written in Chinese numerals to dodge group rules
  "[[温州市鹿城区阳光宝宝幼儿园]]收[[取暖费]][[600元]]？温州哪有暖气啊 家长群不让发号码 我写汉字 {{mobile:一三八零五七四九九二一}} 找{{person_name:蒋丽}} 或者加扣扣{{qq:1587392046}} {{person_name:豆豆}}奶奶也被收了 大家一起去问",
  // 879 (b14-20) English translation of a decision, principal's personal card, credit code
  "[[Decision Wuhou MSA (2026) 211]] of [[20 May 2026]]: [[Chengdu Wuhou Rainbow Kindergarten]] (credit code [[52510107MJP2345678]]) had parents pay a [[nap supervision fee]] of [[RMB 300]] into card {{bank_account:6217001234567890122}} held by its principal {{person_name:Yang Xuemei}}; ordered to [[refund within 15 working days]], fined [[RMB 20,000]].",
  // 880 (b14-21) refund 接龙 list with 小X given name and card numbers
  "退费接龙 [[上海市金山区朵拉幼儿园]][[停课伙食费]]按[[15元/天]]退\n1、{{person_name:何思远}} 12天\n2、{{person_name:小雨}}妈 8天\n3、{{class_and_name:中二班贝贝}} 10天 卡号{{bank_account:6228 4804 0256 7891 211}}\n4、{{person_name:周小凡}}爸爸\n5、周女士 {{bank_account:6225880135792464}}\n结果一分没退",
  // 881 (b14-22) Hong Kong parent, traditional characters, 回鄉證 number, estate address
  "本人{{person_name:陳家豪}}，香港居民，回鄉證號碼{{document_number:H60123456}}，女兒{{person_name:陳樂兒}}就讀[[東莞市南城區星悅幼兒園]]，該園以[[特色課程費]]名義每月加收[[1200元]]。電郵{{email:kh.chan@netvigator.com}}，住址：鴻福路{{address:88號}}星河傳奇{{address:5棟2302室}}",
  // 882 (b14-23) no-punctuation rant with director's plate, parent's address
  "yz开着{{licence_plate:苏E 8B7Q2}}的宝马 跟我们说园里亏损要收[[管理费]][[1500]] 不交就劝退 我家{{person_name:涵宝}}哭了一晚上 [[苏州市姑苏区苗苗幼儿园]] yz叫{{person_name:顾芸}} 大家别被骗 我住干将西路{{address:1208号9幢301}} 电话{{mobile:13812763345}}",
  // 883 (b14-24) English forwarded group chat quoted by an expat parent
  "From the class group: \"{{person_name:Grace}} (K1 mum): anyone else charged the [[RMB 880]] [[activity fee]]?\" \"{{person_name:Daniel Park}}: yes, paid to Ms. Sun, WeChat {{wechat:sunli_teacher66}}.\" Daniel's passport {{document_number:M47281936}} was copied too. We're at [[Sunshine Montessori Kindergarten]], [[Chaoyang District]]. Call me: {{mobile:+86 186 0011 7342}}.",
  // 884 (b14-25) Cantonese from Foshan, 阿X teacher name, QQ, home phone, birthday
  "[[佛山市顺德区蒲公英幼儿园]]收咗我哋[[空调费]][[400蚊]]一个学期，但系课室冇空调㗎！{{person_name:阿晴}}老师都承认咗。我系{{person_name:子轩}}嘅爸爸{{person_name:冯伟文}}，个仔{{birth_date:2021年7月12日}}出世，扣扣{{qq:1034278856}}，屋企电话{{landline:0757-22345678}}",
  // 885 (b14-26) formal penalty narrative before anonymization, whistle-blower address
  "[[2026年5月12日]]，[[南京市鼓楼区市场监督管理局]]作出[[宁鼓市监处罚〔2026〕88号]]决定。经查，[[南京市鼓楼区启明星幼儿园]]向{{person_name:周明轩}}等[[46名]]幼儿家长收取[[兴趣班费]]合计[[73,600元]]，举报人{{person_name:许静怡}}（住凤凰西街{{address:216号}}凤凰花园城{{address:7幢1单元602室}}）提供了收款记录。",
  // 886 (b14-27) English complaint by a French expat, flat/building and street number
  "Complaint from {{person_name:Sophie Laurent}} (passport {{document_number:19FV82731}}), {{address:Flat 2302, Building 5}}, Vanke Golden Mile, {{address:No. 168}} Xinhua Road. [[Little Oak International Kindergarten]] charged a [[maintenance fee]] of [[RMB 6,000]]/year. Home phone {{landline:021-6253 8814}}. My husband {{person_name:Pierre}} was refused a receipt.",
  // 887 (b14-28) Alipay transfer screenshot with masked phone left visible
  "支付宝转账截图🧾\n转账给 {{person_name:李*芬}}\n对方账户 188****3321\n金额 [[2,280.00]]\n备注 中二班[[秋季伙食费]]\n付款人 {{person_name:蔡文博}}\n这是[[长沙市岳麓区童心幼儿园]]让交给副园长的 不是公账 我QQ{{qq:75634218}} 邮箱{{email:caiwb1988@yeah.net}}",
  // 888 (b14-29) typo-laden refund complaint with bb, birthday written 号
  "我家bb在[[西安市雁塔区启航幼儿园]]读小班 交了一年[[保教费]][[24000]] 读了两个月因为搬家退园 yz只退[[3000]] 说合同写的 要看合同她不给 yz手机{{mobile:134 8921 0076}} 名字{{person_name:白秀娟}} 开{{licence_plate:陕A·U2K71}} bb叫{{person_name:安安}} {{class_and_name:小(3)班王安安}} 生日{{birth_date:2022年1月9号}}",
  // 889 (b14-30) parent pastes her own and husband's ID numbers, one mistyped, home address
  "园里说交[[押金]][[2000]]要登记身份证 我就是{{person_name:熊倩}} {{id_number_like:420106199003124519}} 老公{{person_name:彭亮}}的也登记了{{id_number:420102198807256334}} 连住址中北路{{address:66号2栋1单元1704}}都写上 登记表就贴在[[武汉市武昌区果果幼儿园]]门口 谁都能看",
  // 890 (b14-31) English case summary from an education bureau, several parents
  "[[Jianghan District Education Bureau]] [[Ref. JH-EDU-2026-044]]: [[Wuhan Jianghan Dandelion Kindergarten]] charged a [[uniform fee]] of [[RMB 780]]. Complainants: {{person_name:Zhang Yuting}}, mother of {{person_name:Zhang Xinyi}} (DOB {{birth_date:2021-11-05}}), and Mr. Li ({{mobile:150 7123 4489}}), another father. Email: {{email:zyt_whmom@126.com}}.",
  // 891 (b14-34) rare-character names, same child named twice
  "[[贵阳市观山湖区小鹿幼儿园]]要求每人交[[500元]][[平板费]] 我家{{person_name:郑燚}}{{birth_date:2021.12.08}}出生 才4岁要什么平板 龚老师说是园长{{person_name:罗垚}}定的 我是{{person_name:郑燚}}爸爸{{person_name:郑翀}} 微信{{wechat:zc_gy2020}} 家里座机{{landline:0851-84123456}}",
  // 892 (b14-36) collective-action contact list, surname-only 老陆 left unmarked
  "被[[上海市嘉定区小树苗幼儿园]]收了[[择园费]]每人[[1万]]的 联系我们统一维权：{{person_name:沈佳}} {{mobile:136-1189-4420}} {{email:shenjia_jd@163.com}}、老陆 {{mobile:139 1706 4388}}、{{person_name:小飞}}爸 {{mobile:+8613917765502}} 微信{{wechat:xiaofei_baba}}、{{person_name:蒋欣然}} 座机{{landline:021 5953 2871}}",
  // 893 (b14-37) English translation, surname in capitals, passport and van plate
  "Translated complaint: parent {{person_name:ZHENG Wenjie}} (passport {{document_number:EJ4827163}}) says [[Xiamen Siming Starfish Kindergarten]] charged a [[school bus fee]] of [[RMB 2,400]] per term though the route ended in [[March 2026]]. The driver, {{person_name:Lin Dahai}}, used a private van, plate {{licence_plate:闽D·A8K27}}.",
  // 894 (b14-39) casual lowercase English from an expat dad
  "hey so [[Blue Sky Kids]] in [[Pudong]] just told us to pay [[RMB 2,000]] for an \"[[ipad fee]]\"??? teacher is {{person_name:Vivian}}, her wechat {{wechat:vivian_bluesky}}. my kid {{person_name:Max}} is 4 (born {{birth_date:Jan 9 2022}}). pls contact me {{email:tom.h@gmail.com}} - {{person_name:Tom Harris}}",
  // 895 (b14-41) English inspection-record excerpt with a mistyped ID and cashier's card
  "From the [[Yuelu District Market Supervision Administration]] record: cashier {{person_name:Tan Xiaoli}} (ID {{id_number_like:430104199208143026}}, as written) received [[RMB 186,000]] in [[sponsorship fees]] on card {{bank_account:6217 9962 0011 2345 679}}. [[Changsha Yuelu Tongxin Kindergarten]] was fined [[RMB 50,000]] on [[3 June 2026]].",
  // 896 (b14-42) mixed Cantonese/English from a HK parent in Zhuhai, WhatsApp number
  "我哋個仔{{person_name:Jayden}}喺[[珠海市香洲区海豚湾幼儿园]]读K2，school charge咗[[兴趣班费]][[3,500]] per term，但係activity根本冇開。Teacher {{person_name:Chan Wing Yan}}話問principal Mr Wong。我email {{email:jayden.mum@yahoo.com.hk}}，WhatsApp {{mobile:+852 6123 8890}}",
  // 897 (b14-43) parents' plates posted in group by director, no punctuation
  "[[校车费]]不退那我们自己接送 园长说门口不让停 停了就拍照发群里 昨天发了{{licence_plate:浙A88K61}} {{licence_plate:浙A·D56231}}两个车牌 还点名{{person_name:方晨}}爸爸{{person_name:方建国}} 这不是侵犯隐私吗 [[杭州市拱墅区小橘子幼儿园]] 我vx{{wechat:fangjg_hz}}",
  // 898 (b14-44) English translation with WeChat, QQ, a mistyped ID and a legal citation
  "Parent {{person_name:Zhou Xiaowen}} (WeChat {{wechat:zxw_yinzhou}}, QQ {{qq:609381275}}, ID {{id_number_like:330212199301274022}}) paid [[RMB 8,000]] as a [[construction fee]] to [[Ningbo Yinzhou Little Bee Kindergarten]]. Under [[Article 11 of the Measures for the Administration of Kindergarten Fees]], such fees are banned; refund within [[30 days]].",
  // 899 (b14-45) Taiwanese parent in Xiamen, traditional characters, landline and address
  "小孩在[[廈門市湖里區晨光幼兒園]]念中班，學校說要繳[[冷氣費]]每月[[200元]]，老師{{person_name:蔡佩珊}}很兇說不繳就不能吹冷氣😢 我是{{person_name:吳宗翰}}，女兒{{birth_date:2021年9月30日}}生，家裡電話{{landline:0592-5723186}}，住仙岳路{{address:1688號}}湖景花園{{address:12棟903}}",
  // 900 (b14-46) insurance 接龙 publicly listing children's ID numbers
  "园里让交[[意外险]][[100元]] 接龙还要填身份证号 群里全公开了\n1 {{person_name:刘子涵}} {{id_number:370202202103056123}}\n2 {{person_name:孙一凡}} {{id_number:370212202009180040}}\n3 {{person_name:高雨桐}} {{id_number_like:370203202101113529}}\n[[青岛市市南区海贝幼儿园]]",
  // 901 (b14-49) English letter from a Russian parent, deputy director's card
  "My name is {{person_name:Aleksandr Petrov}}. [[Harbin Nangang Snow Baby Kindergarten]] asked me to wire a [[foreign student surcharge]] of [[RMB 10,000]] to the card {{bank_account:6230 5212 3400 5670}} of deputy director {{person_name:Yu Hongbo}}. No invoice. Phone {{landline:0451-8636 2190}}, email {{email:a.petrov@mail.ru}}.",
  // 902 (b14-51) DingTalk fee collection, DingTalk ID and foxmail
  "[[杭州市余杭区未来星幼儿园]]用钉钉收[[餐点费]]每月[[720]] 比备案多[[120]] 问了好几次没人理 我钉钉号{{app_account:dd_lxy2020}} 名字{{person_name:吕欣怡}} 邮箱{{email:lvxinyi_hz@foxmail.com}} 班主任{{person_name:俞佳琪}}说她也没办法",
  // 903 (b14-52) English translation of chat bubbles, repeated display name
  "Translated screenshot ([[Chongqing Yuzhong Happy Tree Kindergarten]]):\n{{person_name:Coco}} (K2 mom): pay the [[RMB 1,200]] [[summer camp fee]] by Friday.\n{{person_name:Zhao Lei}}: I paid QQ {{qq:2847613950}}, is it official?\n{{person_name:Coco}}: ask Ms. He in the office, or WeChat {{wechat:heting_cq88}}.",
  // 904 (b14-53) overseas parent with compound surnames 司马/上官, passport and ID
  "本人{{person_name:司马青云}}，现居新加坡，护照号{{document_number:EK3920581}}，身份证{{id_number:500103198609142535}}。孩子由外婆{{person_name:上官秀兰}}接送，在[[重庆市渝中区开心树幼儿园]]被收[[代管费]]每月[[800元]]，外婆座机{{landline:023-63851274}}，园里从不开票。",
  // 905 (b14-55) formal bureau decision naming director and an affected child
  "[[天津市和平区教育局]][[2026年5月8日]]作出[[津和教罚〔2026〕19号]]决定：[[天津市和平区小天鹅幼儿园]]通过园长{{person_name:刘晓红}}（身份证号{{id_number:120101197506230825}}）个人微信收取[[保教费]]每月[[1860元]]，涉及幼儿{{person_name:高天天}}等[[31名]]，责令[[15日内退还]]。",
  // 906 (b14-56) Northeastern dialect, pet names 壮壮/妞妞, masked teacher name, address
  "咋整啊 [[沈阳市和平区彩虹幼儿园]]收[[亲子活动费]]一次[[150]] 俺家{{person_name:壮壮}}和{{person_name:妞妞}}都在这 一个月光这就[[600]] 老师{{person_name:王*丽}}说自愿 不交就不让参加 俺电话{{mobile:13998762214}} 车是{{licence_plate:辽A·3M8K6}} 家住南京北街{{address:206号3-2-1}}",
  // 907 (b14-58) mixed English/Chinese fee-list post by a parent committee member
  "OMG [[南京市建邺区小海星幼儿园]]的fee list出来了 [[伙食费]][[¥650]] [[保教费]][[¥2,300]] 比last term涨好多💢 家委会{{person_name:Vicky Song}}说will talk to园长{{person_name:蒋国华}} 有问题DM me, wechat {{wechat:vickysong_nj}} 或call {{mobile:138-1588-6203}}🙏",
  // 908 (b14-60) graduating child's parent, two fee items, deputy director's QQ and card
  "我是{{class_and_name:大三班许诺}}的家长{{person_name:许文涛}}，孩子{{birth_date:2020年10月2日}}生。[[福州市鼓楼区阳光宝贝幼儿园]]毕业前要求交[[毕业典礼费]][[380元]]和[[纪念册费]][[220元]]，收款人是副园长{{person_name:郑美华}}，QQ{{qq:493827106}}，卡号{{bank_account:6222 6001 2345 6788}}。",
  // 909 (b14-50) Cantonese mother, birth certificate date, ID and estate address (out of KNOWN_GAPS: its last known miss is caught)
  "[[广州市海珠区小海螺幼儿园]]收咗[[留位费]][[5000蚊]]，话唔读都唔退。我个女{{person_name:阿欣}}仲未够3岁，出世纸写{{birth_date:2023年6月18日}}。我系{{person_name:梁嘉怡}}，身份证{{id_number:44010519910226362X}}，住江南大道中{{address:233号}}富力金禧{{address:4栋1102}}",
  // 910 (b14-32) Hunan dialect 咯, 崽 nickname, plate and QQ (out of KNOWN_GAPS: its last known miss is caught)
  "搞么子咯 [[长沙市开福区小海豚幼儿园]]又要交[[被褥费]][[260]] 去年交过了咯 老师{{person_name:刘芳芳}}说被子旧了要换 屋里{{person_name:乐崽}}才读中班 他爸爸{{person_name:谭志勇}}的车{{licence_plate:湘A 5T6X8}}停门口还被园长骂 我QQ{{qq:3314528907}}",
  // The fifteenth round, adversarial (FIFTEENTH_ROUND_FROM, below); b15-N is the writer's number.
  // 911 (b15-1) underscore-split principal name, per-digit spaced mobile, grouped bank card, spaced WeChat, estate building address
  "我女儿在[[金色童年幼儿园]]读中一班，园长{{person_name:王_小_明}}开学时要求每人另交[[特色课程费]][[2 800元]]，不交就不让参加六一演出。钱不走园里账户，让转到他个人卡{{bank_account:6222 0245 3355 3486 396}}。我打他手机{{mobile:1 3 8 0 5 7 4 1 2 3 4}}要收据，他说自愿的不开票，微信{{wechat:wang_x_m 1 9 8 5}}也把我删了。他家就在园旁边翠湖花园{{address:3号楼2单元501}}。",
  // 912 (b15-2) dot-split name with 老师, Chinese-digit mobile with 点, WeChat with spaces, ID in three groups, spaced spouse name
  "投诉[[鼓楼区]][[小蜜蜂幼儿园]]财务{{person_name:李.春.梅}}老师。她收了我们[[伙食费]][[1 650元]]却说没收到，让我加她微信再转一次，微信号{{wechat:li chun mei_1988}}，电话{{mobile:一三九点二六八四点七七零一}}。她当时拿身份证给我看说不会赖账，我拍了：{{id_number:320583 19880202 3562}}。她爱人{{person_name:许 文 涛}}在园里当保安，也帮着收钱。",
  // 913 (b15-5) formal-capital-digit mobile, Chinese-digit landline with dash, Alipay account, child class+name
  "[[七彩虹幼儿园]]出纳{{person_name:赵雅琴}}每月让家长扫她个人收款码交[[保育费]][[2 380元]]，园里账上查不到。她手机{{mobile:壹叁伍 柒柒捌贰 零玖肆陆}}经常关机，家里座机{{landline:零七五五—二六五八三三二一}}，支付宝账号{{app_account:zhao_yaqin88}}。她女儿{{class_and_name:中二班赵一诺}}学费全免，我们六个家长都有转账记录。",
  // 914 (b15-7) pinyin teacher name with surname hint, (at)/[dot] email, class+child name, spaced mobile, estate building address
  "[[育才幼儿园]]的班主任叫{{person_name:Zhang Yuting}}，就是那个张老师。她让家长把[[资料费]][[480元]]的转账截图发到她邮箱{{email:zhangyt2016(at)qq[dot]com}}，说园长不知道这笔钱。我孩子是{{class_and_name:小二班黄子涵}}，班上都交了。她电话{{mobile:159 0088 3172}}，住学校后面桂花苑{{address:12幢1单元602}}。",
  // 915 (b15-8) van plate with a space per character, vx with spaced letters, space-split name, full-width mobile with ideographic spaces
  "[[贝乐思幼儿园]]收[[校车费]]每月[[680元]]，但校车根本没备案。司机{{person_name:马国庆}}开的面包车挂的牌是{{licence_plate:川A D 7 5 1 9 2}}，经常超载，马师傅电话{{mobile:１８９　８０２８　３３１６}}，身份证{{id_number:51 01 07 19 93 06 04 76 39}}。想退费要加收费员的微信，vx：{{wechat:w x 1 2 3 4 5 6}}，备注孩子名字。收费员叫{{person_name:何 丽 娟}}，说退费要扣[[30%]]手续费。",
  // 916 (b15-10) child name then class, lunar birth date with zodiac, teacher and principal names, landline with parenthesised area code
  "我家孩子叫{{class_and_name:刘思彤，中三班}}，{{birth_date:2020年农历八月十六}}生的，属鼠。[[彩虹桥幼儿园]]说下学期起[[保教费]]从每月[[1 980元]]涨到[[2 600元]]，没有公示。我找班主任{{person_name:邓婉清}}，她让我找园长{{person_name:罗志刚}}，园长给的私人座机是{{landline:(028)85567721}}，他身份证{{id_number:４２０１０６ 1987 ０９１８ 0474}}。",
  // 917 (b15-12) child class+name, birthday as 满4岁 month-day, spaced bank card, hyphen-per-digit mobile
  "我儿子{{class_and_name:中一班朱浩然}}，今年{{birth_date:3月15号}}满4岁。[[爱弥儿幼儿园]]在孩子生日当天以[[生日会费]]名义收了[[200元]]，别的孩子也一样。保育员{{person_name:冯秀英}}让转到她儿子的卡{{bank_account:6228 4803 2829 0487 219}}，不开收据，她手机{{mobile:1-3-5-6-2-2-8-0-4-1-7}}。",
  // 918 (b15-13) Douyin account with spaces, full-width QQ, [at] email, 幺-for-one Chinese mobile
  "[[快乐小天使幼儿园]]老师{{person_name:韦丹丹}}在抖音直播孩子午睡，还向家长收[[直播观看费]]每月[[99元]]。她抖音号{{app_account:dy 520 1314 wdd}}，扣扣{{qq:３８２９１０４７６}}，邮箱{{email:weidandan[at]126.com}}，手机{{mobile:幺八八 二零一九 六六七七}}，身份证{{id_number:一一零一零五 1985 0312 九九八一}}。",
  // 919 (b15-14) name with 同志, spaced plate, ID in groups of four, spaced wife name and mobile
  "[[江北区]][[新起点幼儿园]]违规收[[择园费]]，经办人是退休的{{person_name:郑国栋}}同志。他开黑色轿车，车牌{{licence_plate:渝A 395K7}}，每次在车里收现金，一次[[10 000元]]。合同上他的身份证号：{{id_number:5301 0219 8406 2925 59}}。他老婆{{person_name:沈 玉 芬}}负责记账，手机{{mobile:139 8301 2274}}。",
  // 920 (b15-15) initials with surname hint plus wordplay given name, WeChat same as phone, 艾特/点 email, estate building
  "举报[[天天向上幼儿园]]财务负责人{{person_name:HSY}}，姓黄，名字是{{person_name:思雨}}。她把[[延时服务费]]每月[[300元]]收进个人账户，共收了[[43户]]。微信同手机号{{mobile:13905748812}}，邮箱{{email:huangsiyu艾特163点com}}，身份证{{id_number_like:1101-0519-8503-1299-80}}。她住东山街道金王府小区{{address:8栋1单元1203}}。",
  // 921 (b15-16) ID split across a sentence into region, birth and tail groups, underscored bank card
  "[[思明区]][[阳光雨露幼儿园]]园长{{person_name:吴海燕}}以[[教材费]]名义每人多收[[650元]]。她在退费承诺书上写了身份证，我记得开头是{{id_number:350203}}，中间出生年月日{{id_number:19830707}}，最后四位{{id_number:9443}}。钱转进的是她的卡{{bank_account:6212_2660_1784_6831}}，至今没退。",
  // 922 (b15-17) child name with class in brackets, WeChat with spaces in quotes, per-digit spaced landline, dotted mobile
  "我女儿{{class_and_name:李沐阳（大二班）}}在[[金太阳幼儿园]]，园里收[[空调费]]每学期[[300元]]，夏天却不开空调。我问保健医{{person_name:潘玉兰}}，她让我加微信细说，微信号是“{{wechat:pan yu lan 0815}}”。她家电话{{landline:0 2 5 - 8 4 6 7 2 2 1 8}}，手机{{mobile:152·0517·6689}}。",
  // 923 (b15-18) per-letter spaced passport and HK pass numbers, per-digit spaced ID-like, plate with middle dot
  "[[蓝天国际幼儿园]]投资人{{person_name:高振宇}}收了[[国际部学位费]][[38 000元]]后出境，家长找不到人。他留给我们的护照号{{document_number:E 6 8 2 3 1 4 5 7}}，港澳通行证{{document_number:C 1 0 9 8 7 6 5 4}}，身份证号{{id_number_like:1 2 0 1 0 1 1 9 9 4 0 1 1 7 7 0 7 3}}。他的车{{licence_plate:京N·5F8 21}}还在园里停着。",
  // 924 (b15-19) middle-dot split name with 老师, flower-emoji separated mobile, spaced husband name, 18-digit spaced bank card
  "[[萌宝幼儿园]]的{{person_name:林·晓·雯}}老师在家长群发通知，让每人交[[毕业照费]][[360元]]，转她个人卡{{bank_account:6259 6541 9005 6650 95}}。她手机{{mobile:138🌸2291🌸0573}}，微信{{wechat:lxw_0573}}，身份证{{id_number:500103/1991/03/09/9108}}。照相馆是她老公{{person_name:曹 磊}}开的。",
  // 925 (b15-20) keycap-emoji mobile, road address with 院/栋, formal-capital QQ, plate with spaces
  "[[红星幼儿园]]附近有人冒用园名收[[预报名费]][[500元]]。收钱的女人自称{{person_name:谢 玉 洁}}，身份证{{id_number_like:五零零一零三一九九一零三零九九一零一}}，电话{{mobile:1️⃣5️⃣2️⃣6️⃣8️⃣4️⃣0️⃣3️⃣9️⃣1️⃣7️⃣}}，QQ号{{qq:壹零伍叁贰柒柒陆捌}}，住和平路{{address:77号院3栋402}}。她丈夫{{person_name:袁 斌}}开车接她，车牌{{licence_plate:沪A 6 1 8 2 M}}。",
  // 926 (b15-21) child name then class, zodiac plus lunar birth date in Chinese numerals, principal mobile, WeChat
  "我女儿{{class_and_name:王梓萱，托二班}}，属虎，{{birth_date:二〇二二年腊月初八}}生。[[育英幼儿园]]托班[[保育费]]标准是每月[[2 200元]]，园方却按[[3 100元]]收，说托班不归[[教育局]]管。园长{{person_name:屈文斌}}电话{{mobile:186 0102 7735}}，微信{{wechat:qwb_yuying}}。",
  // 927 (b15-22) ID in lowercase Chinese numerals, slash-grouped bank card, +86 mobile, spaced names
  "[[蜀山区]][[欣欣幼儿园]]园长{{person_name:季 红}}夫妇承包了园里食堂，[[伙食费]]每天[[18元]]但孩子吃不饱。食堂登记的负责人是她丈夫{{person_name:田宏伟}}，身份证{{id_number:三四零一零四一九九六一零二八八八七四}}，收款卡{{bank_account:6225/8888/5134/4256/755}}，手机{{mobile:+86 139 5510 2468}}。",
  // 928 (b15-25) WeChat with spaced capitals, Chinese-digit mobile, road address, ID-like ending in X
  "[[岳麓区]][[金色摇篮幼儿园]]换门禁接送卡，每张收[[工本费]][[150元]]，收据盖的是私章。管这事的是后勤主任{{person_name:彭大勇}}，微信号{{wechat:P D Y 1 9 7 9 _ c s}}，手机{{mobile:一八九 零七三一 二二五八}}，家在麓山南路{{address:932号6栋2门301}}。他给家长看的身份证号{{id_number_like:43010419891212027X}}对不上。",
  // 929 (b15-26) teacher dotted birth date, ID-like, mixed full/half-width mobile, estate building address
  "[[乐贝尔幼儿园]]招了个没证的老师{{person_name:孔令瑜}}（出生{{birth_date:1999.03.21}}），家长一查她给的身份证{{id_number_like:370202199903211725}}是错的。她还私收[[辅导费]]每月[[600元]]，手机{{mobile:1５8 ３３6２ ０９1４}}，住星光小区{{address:9号楼3单元201}}。",
  // 930 (b15-27) surname by character-splitting wordplay with given name, bank card in Chinese digits, plate, child class+name
  "[[智慧树幼儿园]]会计姓吴，口天吴，名叫{{person_name:佩琳}}。她让家长把[[代收保险费]]每人[[120元]]转到{{bank_account:六二二二 六二八零 七一九七 三九七五}}，是她私人的卡。她女儿{{class_and_name:小一班吴可欣}}也在园里。她电话{{mobile:137 8721 0065}}，丈夫的车{{licence_plate:湘A·7Q5X2}}。",
  // 931 (b15-28) driving licence equal to ID in groups, DingTalk account, full-width ＠ and ．email, plate with dot then spaces
  "[[启蒙幼儿园]]校车司机{{person_name:傅 志 明}}的驾驶证号就是身份证号{{id_number:130102 1993 1103 1292}}，准驾车型C1，根本不能开校车，园方却收[[校车费]]每学期[[1 800元]]。司机钉钉号{{app_account:fuzhiming_sjz}}，邮箱{{email:fzm1993＠126．com}}，车牌{{licence_plate:冀A·B 3 3 7 9}}。",
  // 932 (b15-29) village-group house number, WeChat same as per-digit spaced mobile, ID mixing Chinese and Arabic digits
  "[[柳河镇]][[幸福苗苗幼儿园]]是无证园，收[[保教费]]每月[[1 100元]]。举办人{{person_name:黄秀兰}}家在柳河村{{address:七组28号}}，园就办在她家院子里，她身份证号{{id_number:230103一九八七0506三七四三}}。她儿媳妇{{person_name:秦 露}}负责收钱，微信号跟手机一样{{mobile:1 5 9 7 3 3 1 0 2 8 6}}。",
  // 933 (b15-30) Kuaishou account, class+child name in a quoted caption, full birth date, hyphen-per-group spaced mobile
  "[[乖乖幼儿园]]班主任{{person_name:孟佳琪}}在快手号{{app_account:ks 3388 6521}}上发我家孩子的照片，配文写着“{{class_and_name:中二班 欧阳子墨}}，{{birth_date:2021年5月3日}}生日快乐”，还以[[拍摄费]]向每家收[[80元]]。孟老师手机{{mobile:1 8 8 - 5 5 6 7 - 3 1 2 0}}，身份证{{id_number:210102·19800514·8340}}。",
  // 934 (b15-31) social-security card number spaced, Chinese-digit landline, <at> email, WeChat-equals-phone with 、 separators
  "[[金童幼儿园]]人事{{person_name:聂思远}}说园里给老师交了社保，向家长收[[教师福利费]]每人[[200元]]。结果老师社保卡号{{document_number:D 3 1 2 0 5 8 8 7 4}}根本没缴费记录。聂的座机{{landline:零二七 八七六五 四三二一}}，邮箱{{email:nie.siyuan<at>qq.com}}，微信就是手机号{{mobile:一三五、二零六八、七七四一}}。",
  // 935 (b15-32) parenthesised-prefix mobile, spaced 19-digit bank card, name split by space then unsplit, class+child name
  "[[星河湾幼儿园]]以[[资助金]]名义让家长捐款，每户[[3 000元]]起。园长{{person_name:杨 帆}}让我们转到{{bank_account:6230 5814 7217 6604 143}}，户名{{person_name:杨帆}}。我孩子是{{class_and_name:小三班邱梓轩}}，交了才分到好老师。园长手机{{mobile:(139)2715-8846}}。",
  // 936 (b15-34) ID in formal-capital digits, road address with landmark, hyphenated mobile, spaced wife name
  "[[东湖区]][[小天鹅幼儿园]]园长{{person_name:米家乐}}收了我们[[入园押金]][[5 000元]]不退。他在收据上签名并写了身份证号：{{id_number:叁陆零壹零贰壹玖柒捌零肆零壹柒贰壹肆}}，住八一大道{{address:288号1栋902}}，就是银行对面那栋。他妻子{{person_name:柳 青}}手机{{mobile:136-0791-5532}}。",
  // 937 (b15-35) dot- and hyphen-split teacher names, class+child name with 的, numeric birth date, Chinese-digit mobile
  "[[欢乐谷幼儿园]]老师{{person_name:伍.佳.欣}}和{{person_name:吕-思-涵}}合伙办[[周末兴趣班]]，每期收[[2 400元]]。我孩子{{class_and_name:中四班的钟一鸣}}，{{birth_date:2020年11月9日}}出生，还不到报名年龄也被要求交钱。伍老师电话{{mobile:一五零 二七六六 三一零八}}。",
  // 938 (b15-36) receipt payee name spaced, dotted bank card, ID in groups of four, per-digit spaced Chinese mobile, mixed-width mobile
  "[[青秀区]][[童乐汇幼儿园]]开的[[保教费]]收据上，收款人是{{person_name:宋 雨 桐}}个人，收款账号{{bank_account:6216.6107.0427.9770}}，身份证{{id_number:4501 0319 9708 1538 62}}，手机{{mobile:一 八 五 七 七 一 零 二 二 三 九}}。园方说她是会计，可会计{{person_name:莫 小 兰}}说从没见过这笔钱，她电话{{mobile:1７7 ７１０2 ３３4５}}。",
  // 939 (b15-38) 艾特/点 email with spaces, spaced new-energy plate, teacher certificate number in groups, WeChat
  "[[乐童幼儿园]]外聘舞蹈老师{{person_name:胡 可 欣}}收[[舞蹈考级费]][[880元]]，让把转账凭证发她邮箱{{email:hukexin 艾特 foxmail 点 com}}，微信{{wechat:hu_kexin_dance}}。她给的教师资格证号{{document_number:2019 4403 1420 0381 2}}查不到。她开的车{{licence_plate:粤B D F 6 6 8 8}}。",
  // 940 (b15-39) careless table paste with | separators: name, pipe-split mobile and ID, road address, amount
  "[[宝安区]]家长联名投诉表 | 被投诉人：{{person_name:吕志勇}} | 职务：[[华庭幼儿园]]园长 | 电话：{{mobile:137|2258|9021}} | 身份证：{{id_number:441900|19810811|4877}} | 住址：宝城翻身路{{address:36号5栋601}} | 事由：收取[[赞助费]][[20 000元]]，转入其妻{{person_name:龚 慧}}账户{{bank_account:6217 0050 9535 0281 969}}",
  // 941 (b15-41) no PII: kindergarten named after a village with a surname, fee items that look like names, credit code, statistic 138, decision date
  "经查，[[李家桥幼儿园]]（统一社会信用代码[[52320106MJ5812345Y]]）在[[2023年秋季学期]]以[[王牌课]]、[[金宝贝早教费]]名义向家长收费，涉及幼儿[[共计138户]]，金额[[41 400元]]。[[南京市鼓楼区市场监督管理局]]于[[2024年3月15日]]作出行政处罚决定，责令全额退还。",
  // 942 (b15-42) no PII: 16-digit case number that is not Luhn-valid, surname-named kindergarten, legal citations, spaced amount
  "案件编号[[3201062024000123]]。[[张家湾幼儿园]]将[[高思维课程费]]每学期[[3 200元]]计入[[保教费]]以外另行收取，违反了[[《价格法》第十三条]]和[[《明码标价和禁止价格欺诈规定》第二十一条]]。当事人已于[[2024年6月3日]]退还全部款项，王老师、李女士等家长确认收到。",
  // 943 (b15-43) no PII: amounts with spaces resembling phone prefixes, hotlines, already-masked phone and surname-only forms
  "[[朝阳区]][[王府花园幼儿园]]在[[2022年至2023年]]多收[[伙食费]]共计[[1 380 574元]]，涉及[[1 286名]]幼儿。家长张某某通过[[12345]]和[[12315]]热线反映，留的电话是138****5678。经核实，刘园长对事实无异议，[[朝阳区教育委员会]]已约谈举办者。",
  // 944 (b15-44) no PII: decision date that looks like a birth date, regulation citation, district, term
  "[[2020年8月16日]]，[[江汉区教育局]]印发收费通知，规定[[保教费]]按学期收取。[[育英幼儿园]]仍按[[每年24 600元]]一次性收取，违反[[《民办教育促进法实施条例》第四十九条]]。[[江汉区市场监督管理局]]于[[2024年11月9日]]作出处罚，罚款[[50 000元]]。",
  // 945 (b15-45) no PII: statistics and percentages, kindergarten names with given-name-like characters
  "全市[[1 286所]]民办园中，有[[138所]]存在收费问题，占[[10.7%]]。其中[[雅琴艺术幼儿园]]、[[志强双语幼儿园]]两家以[[小明星表演班]]、[[孔子国学堂]]等名义收费[[每期1 580元]]，已由[[市发展改革委]]责令整改，整改期限[[30日]]。",
  // 946 (b15-46) no PII: administrative decision number with brackets, credit code, dates, amounts with thin spacing
  "[[京朝市监罚〔2024〕1386号]]：当事人[[刘家村幼儿园]]，统一社会信用代码[[52110105MJ0123456N]]。该园在[[2023年9月1日]]至[[2024年1月15日]]期间收取[[建园费]][[6 800元]]/人，违法所得[[136 000元]]。依据[[《价格法》第四十一条]]，责令退还。",
  // 947 (b15-47) no PII: table-style paste of cases with | separators, case numbers and credit codes only
  "序号 | 幼儿园 | 违规项目 | 金额 | 文书号\n1 | [[周家庄幼儿园]] | [[赵氏书法课]] | [[3 200元]] | [[深南市监罚〔2024〕0458号]]\n2 | [[星光幼儿园]] | [[金牌托管费]] | [[1 800元]] | [[深南市监罚〔2024〕0459号]]\n统一社会信用代码：[[52440305MJ4L7T281G]]",
  // 948 (b15-48) no PII: apartment-like numbers that are fee standards and room counts, not addresses
  "[[西湖区]][[桂花园幼儿园]]共有[[12个班]]、[[3幢]]教学楼，[[2单元]]为食堂。园方将[[501室]]改为收费的[[午休房]]，每月收[[床位费]][[260元]]，未经[[西湖区教育局]]备案。统一社会信用代码[[52330106MJ8C2Q6017]]，处理日期[[2024年4月2日]]。",
  // 949 (b15-49) no PII: court case number, judgement date, refund total, kindergarten with surname and person-like fee name
  "[[（2024）川0107行初138号]]行政判决认定，[[何家湾幼儿园]]以[[陈老师精品课]]名义收取的[[每学期2 980元]]属于变相收费。[[武侯区市场监督管理局]]作出的处罚决定合法，判决日期[[2024年12月20日]]，园方退还[[共计416 500元]]。",
  // 950 (b15-50) no PII: meeting summary with percentages, QQ-like head counts and 11-digit-looking amount total
  "[[2024年第三季度]]全区民办园收费检查通报：检查[[86所]]，发现问题[[19所]]，退还金额合计[[13 805 742元]]（含[[伙食费]]结余[[2 310 000元]]）。[[龙华区教育局]]将于[[2025年1月]]复查，[[阳光宝贝幼儿园]]、[[孙家桥幼儿园]]列为重点。",
  // Fifteenth-round narratives whose known gaps were fixed in later sessions, out of KNOWN_GAPS.
  // 951 (b15-3) mobile split across a sentence into three groups, hyphenated bank card, spouse name
  "[[童趣乐园幼儿园]]招生老师{{person_name:刘芳菲}}让我们交[[赞助费]][[5 000元]]才给学位。她留的号码我记在本子上：前三位{{mobile:186}}，中间{{mobile:2297}}，后四位{{mobile:4410}}。钱要打到她老公{{person_name:陈建国}}的卡上，卡号{{bank_account:6217-0067-1795-7957-613}}。我向[[区市场监管局]]反映过，一直没人回。",
  // 952 (b15-4) full-width ID ending in Ｘ, circled-digit mobile, space-split names, plate with spaces
  "我是[[南山区]][[博雅幼儿园]]家长。副园长{{person_name:周 志 强}}强收[[兴趣班费]]，每学期[[1 200元]]，让家长把钱交到他妻子{{person_name:方 静 怡}}开的培训机构。我手上有他入职登记的身份证复印件，号码是{{id_number:４４０３０５１９８８１１０５０２１Ｘ}}，手机{{mobile:①③⑦②⑤⑧⑧⑥⑥①⑨}}，开的车是{{licence_plate:粤B 7 2 6 K 9}}。请[[南山区教育局]]查处。",
  // 953 (b15-23) Xiaohongshu account with spaces, QQ called 企鹅, email with spaces, plate with spaces
  "[[小精灵幼儿园]]老师{{person_name:蒋梦瑶}}在小红书卖园内指定绘本，每套[[268元]]，不买孩子就没有书读。她小红书号{{app_account:1 0 2 4 8 8 6 7 3 1}}，企鹅{{qq:7 7 5 3 1 8 8 2}}，邮箱{{email:jmy 2018 @ sina.com}}。她老公的车{{licence_plate:晋A 5 5 8 Q 1}}天天来园里拉书。",
  // 954 (b15-33) pinyin name with homophone doubt, plate with space, plain mobile, spaced-digit QQ email, 前七位/尾号 mobile
  "[[金果果幼儿园]]收费员叫{{person_name:Xu Jing}}（许静还是徐静我不确定），开白色SUV，车牌{{licence_plate:鄂A 62Y88}}，每天下午在园门口收现金[[延时费]]每天[[20元]]。手机{{mobile:18672310045}}，QQ邮箱{{email:2 0 1 8 5 5 6 6 1@qq.com}}。副园长{{person_name:符国华}}也收，手机前七位{{mobile:1381057}}，尾号{{mobile:3302}}。",
  // 955 (b15-37) hyphen-per-char WeChat, QQ with spaces, ID-like grouped, slash bank card, spaced mobile
  "[[铁西区]][[小橘灯幼儿园]]后勤主任{{person_name:谭晓辉}}让家长交[[取暖费]]每人[[350元]]，园里根本没通暖气。要加他微信{{wechat:w-x-h-1-9-9-0}}才能交，QQ也行：{{qq:5 6 7 8 9 0 1 2 3}}，转账卡{{bank_account:6222/0280/2437/8553/954}}。他手机{{mobile:138 4025 6631}}，身份证{{id_number_like:2101 0219 8005 1483 43}}。",
  // 956 (b15-40) birth date in Chinese words, ID in Chinese numerals with X, plate spaced per char, spaced landline and Chinese-numeral QQ
  "[[城关区]][[童梦幼儿园]]园长{{person_name:白 浩 然}}（{{birth_date:一九九二年九月三十日}}生）以[[开园庆典费]]名义每户收[[260元]]。他身份证{{id_number:六二零一零二一九九二零九三零二九七X}}，车牌{{licence_plate:甘A 8 2 J 6 7}}。老师{{person_name:安 晓 露}}家座机{{landline:0 5 3 1 - 8 8 7 7 6 6 5 5}}，QQ{{qq:八六七五三零九二一}}。",
  // 957 (b15-11) road house number with floor, plate without the dot, hyphenated mobile, full-width at-sign email (out of KNOWN_GAPS: its last known miss is caught)
  "[[希望之星幼儿园]]未经审批在[[高新区]]开分园，收[[建园费]]每生[[8 000元]]。分园其实就是园长{{person_name:钱美玲}}（身份证{{id_number:410105🔸19860825🔸0666}}）自己家，长江路{{address:236号2楼东户}}，超市楼上。她丈夫的车{{licence_plate:苏A8K327}}天天停门口。她手机{{mobile:138-1234-0098}}，邮箱{{email:qianml＠163.com}}。",
  // The sixteenth blind round (SIXTEENTH_ROUND_FROM, below); b16-N is the writer's number.
  // 958 (b16-1) 案情简介：超备案标准收取保教费，投诉人身份证号带空格
  "[[2026年3月12日]]，我局接到{{person_name:沈丽娟}}（身份证号{{id_number:330203 19880312 5863}}，联系电话{{mobile:13857462901}}）投诉，称[[宁波市海曙区小橡树幼儿园]]（统一社会信用代码[[52330203MJ8A2761XQ]]）在2026年春季学期按每月[[4,680元]]收取[[保教费]]，高于备案标准3,900元。经查，该园{{class_and_name:中一班陈可欣}}等27名幼儿均按此标准缴费，{{person_name:陈可欣}}出生于{{birth_date:2021年11月26日}}，系投诉人之女。投诉人住望春路{{address:156弄9号502室}}。",
  // 959 (b16-2) 处理结果：罚款并退款至家长银行卡（分组卡号）
  "处理结果：[[宁波市海曙区市场监督管理局]]依据[[《价格违法行为行政处罚规定》第七条]]，责令[[宁波市海曙区小橡树幼儿园]]退还多收价款，并处罚款[[20,000元]]（[[甬海市监处罚〔2026〕31号]]）。园长{{person_name:林美华}}已签收决定书。多收的保教费已于5月8日退入家长{{person_name:陈志强}}名下工商银行卡{{bank_account:6222 0287 3191 1312 504}}，退款经办人{{person_name:林美华}}，联系电话{{landline:0574-87261135转602}}，邮箱{{email:linmeihua.nb@163.com}}。",
  // 960 (b16-3) 一句话投诉：伙食费不退，全角手机号
  "[[金色摇篮幼儿园]]多收了{{person_name:周子墨}}两个月的[[伙食费]]共[[860元]]，到现在都不退，我电话{{mobile:１３９５８０２６６１７}}，微信{{wechat:zzm_mama0609}}。",
  // 961 (b16-4) 12315工单：兴趣班费，+86手机号
  "12315工单 [[2026-04-07]] 09:42\n来电人：{{person_name:欧阳婧}}\n来电号码：{{mobile:+86 186 5742 3390}}\n诉求：其子在[[杭州市西湖区蓝天幼儿园]]就读（{{class_and_name:大二班 欧阳一鸣}}，{{birth_date:2020-08-17}}出生），园方[[2026年春季学期]]开学时另收[[兴趣班费]][[1,200元]]，未经家长同意，要求退费。\n回访地址：文三路{{address:477号华星科技大厦1208室}}\n备注：来电人QQ {{qq:920374615}}",
  // 962 (b16-5) 幼儿园情况说明：住宿费重复扣费
  "情况说明\n我园（[[深圳市南山区小太阳幼儿园]]，统一社会信用代码[[52440305MJL03948X8]]）[[2026年3月]]收取的[[住宿费]]系按园务会决议执行。家长{{person_name:黄佳怡}}反映的重复扣费问题，经核查系{{person_name:钟晓燕}}会计录入失误，已于4月2日原路退回[[1,500元]]至{{person_name:黄佳怡}}的招商银行卡{{bank_account:6225 8880 5983 9385}}。\n联系人：{{person_name:邓立群}}园长，电话{{landline:0755-26651879}}，QQ：{{qq:1583920476}}",
  // 963 (b16-6) 现场检查笔录：未公示伙食费，法定代表人复姓，身份证号带短横线
  "现场检查笔录\n检查时间：[[2026年4月15日]]10时至11时30分\n检查地点：[[苏州市吴中区彩虹桥幼儿园]]财务室\n当事人法定代表人：{{person_name:诸葛明远}}，身份证号码：{{id_number:320102-19860105-1495}}，联系方式：{{mobile:0086 13862157704}}\n检查情况：公示栏未公示[[伙食费]]标准；收费台账显示[[2026年3月]]向{{class_and_name:小一班 吴欣然}}等41名幼儿每人收取伙食费[[650元]]。家长{{person_name:顾海燕}}在场，其车辆{{licence_plate:苏EF52871}}停于园门口。\n以上笔录经当事人核对无误。",
  // 964 (b16-7) 退费清单：保教费，班级+姓名，银行卡
  "退费清单（[[瑞安市童心幼儿园]]，[[2026年秋季学期]]多收[[保教费]]）\n1. {{class_and_name:大一班 章若曦}}，退款[[600元]]，收款账户{{bank_account:6228 4861 4705 1932 427}}\n2. {{class_and_name:大一班 潘宇航}}，退款600元，收款账户{{bank_account:6217005457785395881}}\n3. {{class_and_name:中三班 上官雨桐}}，退款450元，收款人{{person_name:上官磊}}，手机{{mobile:15067718342}}\n合计[[1,650元]]\n制表：{{person_name:潘丽君}}（会计）",
  // 965 (b16-8) 家长长投诉：兴趣班费变相强制
  "我是{{class_and_name:小二班杨梓萱}}的妈妈{{person_name:何静}}，孩子在[[成都市武侯区]][[彩虹树幼儿园]]。今年3月园里通知每个孩子要交[[兴趣班费]]每学期[[1,800元]]，说是自愿，但不交的孩子就被安排在走廊等。{{person_name:杨梓萱}}回家哭了好几次。我找过{{person_name:罗晓梅}}老师，她说是园长定的。我家住武侯大道双楠段{{address:188号6栋2单元1703}}，身份证{{id_number:510107199211303126}}，电话{{mobile:18980654217}}，希望尽快处理。",
  // 966 (b16-9) 12345热线记录：一次性预交一学年费用，复姓家长与幼儿
  "12345热线记录\n受理时间：[[2026年5月6日]]\n市民{{person_name:司马悦然}}来电（{{landline:027-82716634}}），反映[[武汉市江岸区]][[金太阳双语幼儿园]]要求家长一次性预交一学年[[伙食费]]和[[保教费]]共[[16,800元]]，不预交则不保留学位。孩子{{person_name:司马浩宇}}，{{birth_date:2021.3.4}}出生。市民要求回电，备用手机{{mobile:135 2714 0968}}，邮箱{{email:simayueran@163.com}}，QQ {{qq:3046718259}}。",
  // 967 (b16-10) 一句话：给孩子退了多少，姓名作宾语
  "园方称已给{{person_name:李一诺}}退了[[800元]][[伙食费]]，家长{{person_name:李建军}}（VX：{{wechat:lijianjun_1985}}）说只收到500元。",
  // 968 (b16-11) 案情简介：未明码标价，出纳个人微信和银行账户收费
  "经查，[[青岛市市南区]][[海之星幼儿园]]未在收费场所公示[[住宿费]]、[[兴趣班费]]等收费项目及标准，违反了[[《中华人民共和国价格法》第十三条第一款]]的规定。该园出纳{{person_name:宋晓丽}}（身份证号{{id_number:370202199002095401}}）使用个人微信{{wechat:sxl19900209}}及个人银行账户{{bank_account:6216 6162 0084 6182 028}}收取部分费用，{{person_name:宋晓丽}}对此供认不讳。",
  // 969 (b16-12) 家长投诉：病假伙食费不退，QQ与QQ邮箱
  "投诉内容：我儿子是[[厦门市思明区贝贝乐幼儿园]]{{class_and_name:中二班的郑浩然}}，[[2026年4月]]因病请假18天，园里说[[伙食费]]不退。按规定请假超过一定天数应退还伙食费。{{person_name:郑浩然}}的出生日期{{birth_date:2021年3月4日}}，身份证{{id_number:35020320210304511X}}。我QQ是{{qq:384726915}}，邮箱{{email:384726915@qq.com}}，电话{{mobile:13395920478}}。",
  // 970 (b16-13) 处理结果：调解退费给两兄弟
  "处理结果：经调解，[[瑞安市安阳街道小红帽幼儿园]]同意退还{{person_name:蔡明轩}}、{{person_name:蔡明哲}}两兄弟[[2026年秋季学期]]多收的[[保教费]]各[[1,120元]]，款项转入其父{{person_name:蔡国栋}}（身份证号{{id_number:330203198803124916}}，住万松东路{{address:68号2幢1单元301室}}）的农业银行账户{{bank_account:6228 2196 4218 3572 228}}。{{person_name:蔡国栋}}已删除其在抖音（抖音号{{app_account:caiguodong1984}}）发布的投诉视频。本案不予立案。",
  // 971 (b16-14) 家长投诉：园长个人支付宝、钉钉收费，新能源车牌
  "园长{{person_name:慕容晓}}让家长把[[保教费]]转到她个人支付宝，账号就是她手机号{{mobile:17758231946}}，还让我们加她的钉钉（钉钉号{{app_account:mrx_yz2019}}）交报名费[[500元]]。我家孩子{{person_name:许诺}}今年9月入园，{{birth_date:22年1月}}生。幼儿园是[[长沙市芙蓉区阳光宝贝幼儿园]]。她开的车是{{licence_plate:湘A·F82619}}，天天停在园门口。",
  // 972 (b16-15) 一句话：姓名作主语，奶奶称谓
  "{{person_name:王梓涵}}上周没去，[[伙食费]]照扣[[150元]]，{{person_name:王梓涵}}奶奶打{{mobile:13605748812}}问，没人接。加了老师微信{{wechat:wzh_nainai}}也不回。",
  // 973 (b16-16) 12315通话记录：保教费上涨未公示，上海弄号地址
  "【通话记录】\n话务员：您好，12315，请讲。\n来电人：我要投诉[[上海市浦东新区]]的[[启明星幼儿园]]，一学期[[保教费]]原来[[9,800元]]，今年突然涨到[[12,600元]]，也没有提前公示。\n话务员：请问您怎么称呼？\n来电人：{{person_name:夏侯宇}}。\n话务员：孩子的姓名和班级？\n来电人：{{class_and_name:大三班，夏侯锦程}}。\n话务员：联系电话？\n来电人：{{mobile:139 1672 5583}}，或者打我单位{{landline:021-58821630转8817}}。\n话务员：地址？\n来电人：张杨路{{address:1588弄12号801室}}。",
  // 974 (b16-17) 案情简介：巧立名目收取园服费、礼包费
  "[[2026年5月20日]]，执法人员对[[郑州市管城回族区]][[小天使艺术幼儿园]]进行检查，发现该园以“园服费”“开学礼包费”名义向新入园幼儿收取费用。检查时家长{{person_name:皇甫佳琪}}（{{id_number:410105198812259609}}）驾车（{{licence_plate:豫A·7N2P8}}）赶到现场，其提供的收据显示，其女{{person_name:皇甫若溪}}缴纳上述费用[[1,380元]]，收款人签名为{{person_name:赵秀芝}}。{{person_name:赵秀芝}}系该园会计，手机{{mobile:15837164025}}，座机{{landline:0371-66285103}}。",
  // 975 (b16-18) 家长群通知截图：要求转账至老师个人账户
  "家长群通知截图（2026年2月26日）：各位家长好，本学期[[保教费]][[3,600元]]、[[伙食费]][[1,050元]]请于3月1日前转账至{{person_name:高玉兰}}账户{{bank_account:6217 9993 0109 7766 322}}（建设银行），转账后截图发给{{person_name:高玉兰}}老师微信{{wechat:gyl-teacher}}。——[[合肥市瑶海区七彩虹幼儿园]]",
  // 976 (b16-19) 处罚决定书摘录：特色课程费，复姓法定代表人
  "当事人：[[南昌市东湖区蓓蕾幼儿园]]\n统一社会信用代码：[[52360102MJ4H22914A]]\n法定代表人：{{person_name:令狐思源}}，身份证号：{{id_number:360102199103017755}}，联系电话：{{landline:0791-86735218}}，电子邮箱：{{email:linghu.siyuan@qq.com}}\n经查，当事人于[[2025年9月]]至2026年1月期间，向{{class_and_name:大二班 熊子轩}}等68名幼儿收取“特色课程费”。上述事实有家长{{person_name:熊伟}}的陈述笔录、{{person_name:令狐思源}}的询问笔录等证据证明。依据[[《价格违法行为行政处罚规定》第九条]]，决定罚款[[50,000元]]。",
  // 977 (b16-20) 退费申请表：出生医学证明编号、斜杠日期
  "退费申请\n幼儿姓名：{{person_name:刘思彤}}\n出生日期：{{birth_date:2022/01/15}}\n出生医学证明编号：{{document_number:P440981726}}\n所在班级：小一班\n申请原因：全家搬迁至外地，[[2026年3月10日]]起不再入园。\n申请退还：[[保教费]]余额[[2,340元]]、[[伙食费]]余额[[420元]]\n监护人：{{person_name:刘宏伟}}  电话：{{mobile:186-2047-9935}}\n收款银行卡：{{bank_account:6214 8311 5075 2977}}\n幼儿园：[[广州市越秀区晨曦幼儿园]]",
  // 978 (b16-21) 现场检查：校车费，家长车牌、园长复姓
  "[[2026年6月3日]]下午，执法人员在[[绍兴市越城区]][[小蜻蜓幼儿园]]检查时，家长{{person_name:俞佳}}、{{person_name:钱文博}}驾车到园（车牌分别为{{licence_plate:浙DF36218}}、{{licence_plate:浙D8Q2M5}}），当场反映园方向每名幼儿收取“校车费”每月[[380元]]且未按规定报备。{{person_name:俞佳}}提供了微信支付记录，收款方为园长{{person_name:东方睿}}的个人微信{{wechat:dongfangrui66}}。{{person_name:东方睿}}，身份证号{{id_number:330602198701016223}}。",
  // 979 (b16-22) 一句话：住宿费涨价，QQ邮箱与抖音
  "请帮忙查一下[[西安市长安区]][[博雅幼儿园]]的[[住宿费]]为什么比去年涨了[[40%]]，回复发我邮箱{{email:2837461950@qq.com}}，或者QQ {{qq:2837461950}}，抖音{{app_account:weichi_min0915}}也行。——{{person_name:尉迟敏}}",
  // 980 (b16-23) 处理结果：清退兴趣班费，双胞胎
  "处理结果：当事人[[大连市中山区]][[海韵幼儿园]]已按要求清退多收的[[兴趣班费]]共计[[23,400元]]，其中：{{class_and_name:大一班孙嘉怡}}退1,200元、{{class_and_name:大一班 孙嘉豪}}退1,200元（两人为双胞胎，款项合并退至母亲{{person_name:刘艳}}的交通银行卡{{bank_account:6222 6260 8469 4071 517}}，{{person_name:刘艳}}已通过QQ{{qq:612947380}}确认收款），{{class_and_name:中二班 宇文博}}退800元。其余幼儿名单见附件。",
  // 981 (b16-24) 投诉登记：伙食费标准上调未听取意见，全角座机
  "投诉人{{person_name:施雯}}，联系电话{{landline:０５７１－８６９２３１４５}}，微信{{wechat:shiwen_hz}}，反映[[杭州市拱墅区]][[米乐幼儿园]]将[[伙食费]]标准从每天[[18元]]提高到每天[[25元]]，未召开家长委员会听取意见，另对其车辆{{licence_plate:浙AD61298}}收取停车费。其子为该园{{class_and_name:小二班的施一帆}}，生日{{birth_date:2022年3月22日}}。投诉人住大关路{{address:105号大关苑东三苑8幢3单元402室}}。",
  // 982 (b16-25) 12345工单：暑期托管费，0086手机号，带加号邮箱，小写x
  "【12345工单】\n诉求人：{{person_name:长孙婉清}}\n联系方式：{{mobile:0086-138-5713-2468}}；{{email:wanqing.zhangsun+kindergarten@gmail.com}}\n证件：护照{{document_number:EB2736491}}\n诉求内容：[[宁波市北仑区蒲公英幼儿园]]在[[2026年5月]]要求家长缴纳暑期[[托管费]][[2,200元]]，未说明收费依据。诉求人孩子{{person_name:长孙乐乐}}，{{birth_date:2021-07-07}}生，身份证号{{id_number:33021220210707114x}}。",
  // 983 (b16-26) 案情简介：学位预留金转入园长丈夫账户
  "[[重庆市江北区]][[小脚丫幼儿园]]在新生报名时向每名幼儿收取“学位预留金”[[3,000元]]，并承诺入园后抵扣[[保教费]]。家长{{person_name:谭雪梅}}的孩子{{person_name:谭子睿}}因未入园要求退还，园方拒绝。{{person_name:谭雪梅}}提供的转账凭证显示，款项转入园长丈夫{{person_name:冉启明}}的账户{{bank_account:6227 0057 9533 6911 626}}。经查，上述行为违反[[《幼儿园收费管理暂行办法》第十一条]]。{{person_name:冉启明}}，身份证号{{id_number:500107198508209572}}，座机{{landline:023-67852241}}。",
  // 984 (b16-27) 家长来信：空调费被褥费记作住宿费，小区楼号地址，身份证小写x
  "各位领导好，我是{{person_name:康建国}}，身份证{{id_number:21020219860105563x}}。我孩子{{person_name:康乐}}在[[石家庄市长安区]][[育英双语幼儿园]]上中班。今年开学园里收了一笔“空调费”[[200元]]和“被褥费”[[350元]]，发票上写的是[[住宿费]]。我们孩子根本不住宿！我住在怡然城小区{{address:5号楼2单元601}}，晚上都在家，可以上门核实。VX：{{wechat:kjg_1986}}",
  // 985 (b16-28) 案情简介：双胞胎未减免保教费，带分机座机，出生证编号
  "经查，[[2026年秋季学期]]，[[长沙市岳麓区]][[星辰幼儿园]]对双胞胎幼儿未按规定减免第二名幼儿[[保教费]]的20%。{{person_name:彭语桐}}和{{person_name:彭语萱}}同在中一班就读，两人每月均缴纳[[2,600元]]。家长{{person_name:彭涛}}（电话{{landline:0731-88653217-8012}}，邮箱{{email:pengtao@yeah.net}}）多次与园方沟通未果。两名幼儿出生医学证明编号分别为{{document_number:Q430218764}}、{{document_number:Q430218765}}。",
  // 986 (b16-29) 一句话：爸爸催退保教费
  "请尽快给{{person_name:赵一诺}}退还[[保教费]][[2,860元]]，孩子{{birth_date:21年3月}}生的，才上小班，已经拖了三个月了。—— {{person_name:赵一诺}}爸爸 {{mobile:15958273306}}，QQ{{qq:51873024}}",
  // 987 (b16-30) 幼儿园书面说明：第三方代收英语课程费
  "关于家长投诉的书面说明\n[[南宁市兴宁区]][[金摇篮幼儿园]]：\n[[2026年4月]]，我园代收的“英语课程费”系第三方培训机构收取，由其负责人{{person_name:呼延浩}}（手机{{mobile:19977152683}}，钉钉号{{app_account:huyanhao_edu}}）直接与家长结算，我园未从中获利。家长{{person_name:覃美玲}}提出的退款[[960元]]诉求，我园已协调该机构于5月10日前退还至其指定账户{{bank_account:6230 5912 4925 9882 491}}。\n经办人：{{person_name:黄丽萍}}，QQ：{{qq:2209837164}}\n[[2026年5月6日]]",
  // 988 (b16-31) 处罚决定书：保教费上调未备案
  "[[杭西市监罚字〔2026〕47号]]\n当事人：[[杭州市西湖区乐乐幼儿园]]，统一社会信用代码：[[52330106MJ1B480215]]\n经查，当事人自[[2025年9月1日]]起将[[保教费]]由每月2,800元上调至3,300元，未按规定备案。投诉人{{person_name:方晓雯}}之女{{person_name:方芷若}}（{{birth_date:2021年6月11日}}生，出生医学证明编号{{document_number:P330194612}}）就读于该园，投诉人联系电话{{mobile:13757189024}}，QQ {{qq:1739028465}}，住址古墩路{{address:701号紫金庭园3幢1单元1102室}}。本局于[[2026年3月20日]]作出本决定。",
  // 989 (b16-32) 家长投诉：抖音曝光伙食费，全角手机号
  "我已经在抖音发了视频（抖音号{{app_account:dyhe_mama0817}}），[[北京市朝阳区]][[小树苗国际幼儿园]]每学期收[[伙食费]][[4,500元]]，孩子却经常吃不饱。我女儿{{person_name:何语嫣}}，{{birth_date:2020年8月17日}}出生，身份证号{{id_number:110105 20200817 1567}}。联系电话：{{mobile:１５８１０２７３６４９}}",
  // 990 (b16-33) 12315短信回复：转办告知
  "【市场监管】{{person_name:葛晓燕}}您好，您[[2026年4月2日]]反映的[[苏州市相城区]][[阳光城幼儿园]]收取[[兴趣班费]]问题已转[[相城区市场监督管理局]]处理，办理结果将通过{{mobile:13962508871}}短信告知。如有疑问请联系承办人{{person_name:吕强}}，电话{{landline:0512-65387120}}。",
  // 991 (b16-34) 询问笔录节选：插班费，园长身份证小写x
  "询问笔录（节选）\n问：你园[[保教费]]标准是多少？\n答：小班每月[[2,980元]]，中大班每月[[2,780元]]。\n问：为何向{{class_and_name:小一班的马俊杰}}收取3,280元？\n答：他是[[2026年3月]]插班进来的，{{person_name:马俊杰}}家长同意多交300元的插班费。\n问：有无书面协议？\n答：没有，是{{person_name:马俊杰}}妈妈{{person_name:杜晓琳}}口头同意的，她的电话是{{mobile:18656017432}}。\n被询问人：{{person_name:汪志刚}}（[[合肥市蜀山区小白鸽幼儿园]]园长）  身份证号：{{id_number:34010419870614765x}}",
  // 992 (b16-35) 投诉登记：退园后拒退预交保教费
  "投诉人：{{person_name:蒋欣怡}}\n邮箱：{{email:jiang.xinyi.1991@126.com}}\n地址：[[上海市闵行区]]七莘路{{address:3388弄15号1102室}}\n电话：{{landline:021-64128837}}  QQ：{{qq:20583914}}\n内容：[[闵行区小金星幼儿园]]在孩子退园后拒绝退还已预交的下学期[[保教费]][[8,400元]]，理由是“合同约定概不退还”。孩子{{person_name:蒋沐阳}}已于4月转到别的幼儿园。",
  // 993 (b16-36) 处理结果：主动退还伙食费从轻处罚
  "处理结果：鉴于[[成都市锦江区]][[小蜜蜂幼儿园]]主动退还了向{{person_name:冯子豪}}、{{person_name:冯子琪}}等12名幼儿多收的[[伙食费]]，依据[[《中华人民共和国行政处罚法》第三十二条]]，对其从轻处罚，罚款[[5,000元]]。投诉人{{person_name:冯刚}}（{{email:fenggang_cd@aliyun.com}}，微信{{wechat:fg_chengdu}}）对处理结果表示满意，多收款项已退至其卡号{{bank_account:6225 8048 4544 1253}}。",
  // 994 (b16-37) 退费登记表：表格形式，幼儿与家长姓名
  "[[2026年春季学期]][[伙食费]]退费登记表（[[郑州市金水区小橙子幼儿园]]）\n序号 幼儿姓名 班级 家长 联系电话 退费金额\n1 {{person_name:李沐宸}} 中一班 {{person_name:李强}} {{mobile:13503712846}} 325元\n2 {{person_name:张可馨}} 中一班 {{person_name:王芳}} {{mobile:+8615136920375}} 280元\n3 {{person_name:司马子健}} 中二班 {{person_name:司马丽}} {{landline:0371-63918277}} 410元\n合计：[[1,015元]]",
  // 995 (b16-38) 一句话：v信与小红书
  "我是{{class_and_name:大一班田小雨}}的妈妈，[[红苹果幼儿园]]的[[保教费]]收据我都留着，加我v信{{wechat:wxid_7h2kq9m3ab}}细说，或者打{{mobile:133 0571 6628}}，小红书号{{app_account:tianxiaoyu_mama}}。",
  // 996 (b16-39) 案情简介：境外家庭加收保教费，护照与港澳通行证
  "投诉人{{person_name:邱慧}}系[[厦门市湖里区]][[海星国际幼儿园]]幼儿家长，因常年在境外工作，以护照（号码{{document_number:EA4829163}}）登记身份信息。其子{{person_name:邱子航}}，{{birth_date:2020年5月2日}}生，持往来港澳通行证（{{document_number:CB3917264}}）。园方以“境外家庭管理费”为名将其[[保教费]]上浮30%，每学期多收[[5,250元]]。投诉人在厦门的住址为湖里大道{{address:32号海天苑4号楼1803室}}。",
  // 997 (b16-40) 家长群聊天记录节选：兴趣班费
  "【家长群聊天记录节选】\n{{person_name:上官子墨}}妈妈：今天又通知交[[兴趣班费]]了？\n{{person_name:诸葛思琪}}爸爸：一学期[[1,680元]]，不交就不让上课。\n{{person_name:任静}}老师：各位家长，兴趣班是自愿参加的，有疑问可以私聊我，QQ{{qq:1047286653}}。\n{{person_name:孔德明}}：我上学期交的还没上完就换老师了，我已经在小红书发帖了，小红书号{{app_account:93827164501}}。\n（群名：[[贵阳市观山湖区]][[小精灵幼儿园]]中二班家长群）",
  // 998 (b16-41) 12315来电记录：毕业典礼费，全角身份证号
  "【12315来电记录 [[2026-06-11]] 14:20】\n来电人自称{{person_name:梁晓彤}}，身份证号{{id_number:４４０１０６１９９００９１９４０６４}}，来电号码{{mobile:13728465019}}，另提供往来港澳通行证{{document_number:C61827453}}用于核实。\n反映：[[广州市天河区]][[启航幼儿园]]在[[2026年6月]]毕业前要求大班幼儿缴纳“毕业典礼费”[[480元]]，{{person_name:梁晓彤}}已缴纳，要求退还。其女为{{class_and_name:大三班的陈梓晴}}，出生于{{birth_date:2020.5.19}}。",
  // 999 (b16-42) 处理结果：责令限期公示收费标准
  "处理结果：[[青岛市崂山区市场监督管理局]]依据[[《明码标价和禁止价格欺诈规定》第二十条]]，责令[[崂山区金色童年幼儿园]]限期改正，并于[[2026年7月1日]]前在园内显著位置公示[[保教费]]、[[伙食费]]标准。投诉人{{person_name:于海洋}}（{{mobile:15966838201}}）、{{person_name:于淼}}（{{mobile:17806235514}}）已收到处理结果告知书，{{person_name:于淼}}另称其护照{{document_number:E83926157}}复印件被园方留存，要求返还。",
  // 1000 (b16-44) 案情简介：未满三周岁加收托育费
  "经查，[[西安市雁塔区]][[小海豚幼儿园]]在新生入园登记时要求家长提供出生医学证明，并按出生日期加收费用。{{person_name:贺思远}}（出生医学证明编号{{document_number:R610428153}}，{{birth_date:2022年9月1日}}出生）因未满三周岁，被加收[[托育费]]每月[[800元]]。其父{{person_name:贺军}}（身份证号{{id_number:610113199008221070}}，邮箱{{email:hejun_xa@sohu.com}}，微信{{wechat:hejun_0822}}）于[[2026年3月5日]]投诉。",
  // 1001 (b16-45) 一句话：退园只退一半
  "{{person_name:林一一}}退园了，[[保教费]]只退了一半，共[[1,450元]]，我天天开车（{{licence_plate:闽DF30512}}）去找园长都没用。（{{person_name:林一一}}爸爸{{person_name:林海}}，电话{{mobile:18059217360}}，wx：{{wechat:linhai_xm}}，抖音号{{app_account:linhai0592}}）",
  // 1002 (b16-46) 幼儿园回复：按出勤结算伙食费，老师私收生日会费
  "情况说明\n[[温州市鹿城区贝乐幼儿园]]关于{{class_and_name:中三班 池诗涵}}家长投诉的回复：\n1. [[伙食费]]按每天[[16元]]、按实际出勤天数结算，{{person_name:池诗涵}}[[2026年4月]]出勤11天，应收176元，已收352元，多收部分已由{{person_name:叶晓敏}}老师现金退还给{{person_name:池诗涵}}奶奶{{person_name:金秀英}}。\n2. 家长反映{{person_name:叶晓敏}}老师私收“生日会费”的问题，经查属实，已全额退还并对{{person_name:叶晓敏}}作出处分。\n联系电话：{{landline:0577-88217306}}",
  // 1003 (b16-47) 案情简介：保教费汇入园长个人账户与支付宝
  "2026年4月，我局接到举报，[[南京市鼓楼区]][[小鸭子幼儿园]]要求家长将[[保教费]]汇入园长{{person_name:端木子涵}}个人账户（中国银行{{bank_account:6214 6740 7306 6005 433}}）或其支付宝（用户ID {{app_account:2088402713569184}}）。经核实，[[2025年9月]]至[[2026年1月]]共收取[[126,000元]]未入园方对公账户。举报人{{person_name:孟凡}}（{{email:mengfan_nj@sina.com}}）要求对举报内容保密。",
  // 1004 (b16-48) 12345热线：伙食费并入保教费不出明细
  "【12345热线】\n来电时间：[[2026年3月18日]] 16:05\n来电人：{{person_name:车丽}}\n号码：{{mobile:+86-150-8826-4417}}\n地址：[[宁波市鄞州区]]钱湖北路{{address:288弄42号}}\n诉求：孩子{{person_name:车昊天}}在[[鄞州区星光幼儿园]]读书，园方[[2026年春季学期]]将[[伙食费]]并入[[保教费]]一起收，不出具明细。{{person_name:车昊天}}生日是{{birth_date:2021/11/26}}，身份证号{{id_number:330382202111263456}}，出生医学证明编号{{document_number:P330927481}}。",
  // 1005 (b16-49) 处理结果：调解退差价，已打码姓名与真实姓名混合
  "处理结果：经[[上海市嘉定区市场监督管理局]]调解，[[嘉定区小天鹅幼儿园]]同意向张某、{{person_name:陆佳琪}}、王某某三名幼儿家长退还[[保教费]]差价共计[[3,150元]]。{{person_name:陆佳琪}}家长{{person_name:陆建峰}}另要求赔偿，告知其可通过民事途径解决。{{person_name:陆建峰}}联系方式：{{mobile:13916257048}}，{{email:lu.jianfeng@outlook.com}}；其称已在微博（用户ID {{app_account:7732918465}}）发布相关内容。",
  // 1006 (b16-50) 退款明细：住宿费，身份证四位分组
  "[[2026年秋季学期]][[住宿费]]退款明细（[[昆明市五华区春城幼儿园]]）\n1. 幼儿{{person_name:杨思雨}}，家长{{person_name:杨帆}}，身份证{{id_number:530102 1988 0716 2536}}，卡号{{bank_account:6236 6878 5638 1970 036}}，退款[[1,200元]]\n2. 幼儿{{person_name:李若溪}}，家长{{person_name:段玉梅}}，身份证{{id_number:500107198508207163}}，卡号{{bank_account:6229 0841 5832 9504}}，退款1,200元\n经办：{{person_name:普兰芳}}",
  // 1007 (b16-51) 一句话：兴趣班费能否退
  "[[七彩虹幼儿园]]的[[兴趣班费]]能退吗？孩子是{{class_and_name:小三班苏小米}}。qq{{qq:75031846}}，抖音{{app_account:suqing.mom}}，{{person_name:苏晴}}",
  // 1008 (b16-52) 案情简介：拖欠退费，身份证号带短横线分段
  "2026年5月，[[天津市南开区]][[快乐城堡幼儿园]]因拖欠退费被多名家长投诉。其中{{person_name:韩露}}（身份证号{{id_number:120104-1993-0325-2846}}）反映其于[[2025年12月]]办理退园，园方承诺30日内退还[[保教费]]余额[[4,320元]]，至今未退。园长{{person_name:公孙丽}}称资金紧张。另一家长{{person_name:白宇}}住南开区鞍山西道{{address:301号天大北五村11-3-502}}，曾驾车（{{licence_plate:津A·F2963}}）堵在园门口讨要退费，其子{{person_name:白一鸣}}（{{birth_date:2021年9月9日}}出生）退园后[[伙食费]]也未结算。",
  // 1009 (b16-53) 家长投诉：教材费，国内邮箱服务商
  "您好，我是[[济南市历下区]][[泉城幼儿园]]小一班幼儿家长{{person_name:孔繁星}}，邮箱{{email:kongfanxing@139.com}}，备用邮箱{{email:k.fx_2019@foxmail.com}}，微信{{wechat:kfx-1990}}。园方自[[2026年9月]]起每月加收“教材费”[[120元]]，且不提供收据。我孩子{{person_name:孔令晨}}（{{birth_date:2022年1月15日}}出生，身份证{{id_number:370102202201154215}}，出生证编号{{document_number:N370628591}}）才入园两周。我家在经十路{{address:17703号鲁能领秀城12区6号楼1单元301}}。",
  // 1010 (b16-54) 案情简介：出纳个人账户收伙食费，信用代码形似身份证
  "经查，[[南京市玄武区]][[梧桐树幼儿园]]（统一社会信用代码[[52320102509127362M]]）备案的收费账户为对公账户，但[[2026年3月]]至[[2026年6月]]期间，该园通过出纳{{person_name:倪红}}的个人账户{{bank_account:6221 5578 7345 5082}}、个人微信（{{wechat:nihong0716}}）及支付宝（账号{{app_account:2088612047395281}}）收取[[伙食费]]。{{person_name:倪红}}称系园长授意，其手机{{mobile:151 5188 2906}}中保存有相关聊天记录。",
  // 1011 (b16-55) 现场检查：家长接送登记表，多种车牌写法
  "现场检查时调取了[[成都市青羊区]][[童话森林幼儿园]]家长接送登记表，部分内容如下：\n{{class_and_name:大一班 郭子涵}}  接送人：{{person_name:郭建}}  车牌：{{licence_plate:川A·8B6C2}}\n{{class_and_name:大一班 曾一凡}}  接送人：{{person_name:曾红霞}}  车牌：{{licence_plate:川AD79215}}\n{{class_and_name:大二班 宋明远}}  接送人：{{person_name:宋德福}}（爷爷）  车牌：{{licence_plate:川A 3K9M7}}\n登记表显示该园对上述车辆收取“停车费”每学期[[300元]]，已于[[2026年6月]]全部清退。",
  // 1012 (b16-56) 一句话：住宿费不退，全角手机号
  "{{person_name:徐丽华}}园长说[[住宿费]]不能退，可是孩子{{person_name:邵子恒}}一天都没住过！交了[[2,400元]]啊！我开车去园里找了三次（{{licence_plate:浙A·5G7H2}}），门卫都不让进。{{mobile:１３５８８４０６１２７}}",
  // 1013 (b16-57) 处罚决定书摘录：赞助费
  "[[甬鄞市监处罚〔2026〕58号]]\n当事人[[宁波市鄞州区小星星艺术幼儿园]]于[[2026年2月]]向新入园幼儿每人收取“赞助费”[[5,000元]]，共9名，包括{{person_name:应嘉禾}}（{{birth_date:2022-09-18}}出生，出生医学证明编号{{document_number:S330928415}}）等。证据包括家长{{person_name:应涛}}提供的收据、园长{{person_name:包雅琴}}于[[2026年4月9日]]的询问笔录，经{{person_name:应涛}}同意，收据复印件存档。上述行为违反了[[《中华人民共和国价格法》第十四条]]的规定。",
  // 1014 (b16-58) 家长咨询：非本地户籍加收保教费，回乡证号
  "本人{{person_name:冼嘉欣}}，港澳居民来往内地通行证号码{{document_number:H60328174}}，女儿{{person_name:冼若晴}}在[[深圳市福田区]][[睿思幼儿园]]就读，出生证编号{{document_number:Q440893127}}。园方称非深圳户籍要额外缴纳[[保教费]]每月[[1,000元]]，请问是否合规？联系微信号：{{wechat:XJX_hk1988}}，内地手机{{mobile:+86 139 2874 6650}}。",
  // 1015 (b16-59) 投诉登记：园方在直播评论区公开家长信息
  "【投诉登记】\n投诉人：{{person_name:莫晓琪}}  身份证号：{{id_number:450305199211053026}}  快手号：{{app_account:ks_moxiaoqi88}}\n被投诉人：[[桂林市七星区]][[阳光宝宝幼儿园]]\n事由：投诉人在快手直播中曝光该园收取[[伙食费]]后餐食质量差，园方老师{{person_name:韦兰}}在评论区留言称“{{person_name:莫晓琪}}家孩子欠费”，并公开了投诉人手机号{{mobile:15277368014}}、车牌{{licence_plate:桂C·K6129}}和住址七星路{{address:60号2栋3单元501}}。投诉人要求园方退还[[2026年5月]]伙食费[[520元]]并道歉。",
  // 1016 (b16-60) 案情简介：暑期托管费，座机带分机，QQ邮箱
  "[[2026年6月20日]]，[[杭州市余杭区市场监督管理局]]接举报称，[[余杭区良渚街道小橄榄幼儿园]]在暑期以“托管班”名义收取[[托管费]]每人[[3,600元]]。举报人{{person_name:毛晓雯}}（电话{{landline:0571-88736502-215}}，QQ {{qq:547812093}}，QQ邮箱{{email:547812093@qq.com}}）提供了缴费凭证，其中包括{{class_and_name:中一班的毛一诺}}和{{class_and_name:中二班的邵佳音}}两名幼儿的收据，收款人签字为{{person_name:戴建平}}。",
  // The seventeenth blind round (SEVENTEENTH_ROUND_FROM, below); b17-N is the writer's number.
  // 1017 (b17-1) Harbin 12345 ticket, fee paid to accountant's personal card
  "【12345热线工单】来电人{{person_name:赵春梅}}，联系电话{{mobile:139 4511 2786}}。\n来电内容：俺家孩子{{class_and_name:中一班于浩然}}在[[哈尔滨市道里区金苹果幼儿园]]上学，开学一次性收了[[半年保教费]]加[[兴趣班费]]共[[9600元]]，说不交就没学位，这咋整？孩子他爸{{person_name:于海涛}}去问，园长说钱是转到会计个人卡{{bank_account:6228 4803 9812 3456 715}}上的。来电人家住道里区经纬街{{address:86号2单元1501室}}，要求退还多收部分。\n处理意见：转[[道里区市场监督管理局]]核处。",
  // 1018 (b17-2) Daqing case summary, WeChat transfer to the head
  "案情简介：[[2026年3月]]，当事人[[大庆市让胡路区贝贝佳幼儿园]]以“[[双语特色课]]”名义向在园幼儿家长每人加收[[1 800元]]。举报人{{person_name:孙立国}}（身份证号{{id_number:230602198504092717}}，手机{{mobile:15604596321}}）提供了其向园长{{person_name:曲晓丽}}微信（{{wechat:qxl_beibei88}}）转账的截图。当事人法定代表人{{person_name:曲晓丽}}对上述事实无异议。\n处理结果：责令当事人退还多收费用，并处罚款[[5000元]]。",
  // 1019 (b17-3) Harbin parents' group, QQ and QQ mail, plate
  "【小一班家长群截图】\n{{person_name:邢雅琪}}妈妈：这学期咋又收[[床品费]][[380元]]呢，去年买的还崭新的，嘎哈呀？\n{{person_name:宫子墨}}爸爸：@{{person_name:付丽娟}}老师 不交咋整，孩子还能正常上学不？\n{{person_name:付丽娟}}：各位家长，费用是园里统一定的，有疑问私聊我QQ {{qq:1846203957}}，或者发邮件到{{email:1846203957@qq.com}}。\n{{person_name:邢雅琪}}妈妈：行，明早我开车过去，车牌{{licence_plate:黑A·8K3M2}}，跟门卫说一声别拦。",
  // 1020 (b17-4) Changchun kindergarten's written reply, Korean-Chinese names
  "[[长春市朝阳区春苗幼儿园]]关于家长投诉的书面答复\n{{person_name:金美善}}女士：\n您反映的{{class_and_name:大二班崔俊熙}}退费问题，经园务会研究，答复如下：{{person_name:崔俊熙}}小朋友于[[2026年4月10日]]办理退园，剩余[[保教费]][[2,450元]]将于十个工作日内退至您提供的银行卡{{bank_account:6217 0028 6002 3451 239}}（户名{{person_name:金美善}}）。您登记的身份证号{{id_number:220104 19880923 1427}}已核对无误。如仍有异议，可拨打[[12345]]反映。\n经办人：会计{{person_name:朴成浩}}，手机{{mobile:18643125507}}",
  // 1021 (b17-6) Jilin city refund register, +86 mobile, slash DOB
  "[[吉林市船营区蓝天幼儿园]]退费登记表（[[2026年春季学期]]）\n1. {{class_and_name:中三班 吕梓轩}}，身份证{{id_number:220102202103184610}}，退[[保教费]][[1 560元]]，收款卡号{{bank_account:6222 0214 0503 6781 235}}\n2. 幼儿{{person_name:关雨桐}}，生日{{birth_date:2021/06/30}}，退[[伙食费]][[420元]]，家长{{person_name:关振宇}}领取，电话{{mobile:+86 131 5432 0987}}\n经办人：会计  审核：园长",
  // 1022 (b17-7) Shenyang 12315 record, compound surname, new-energy plate
  "12315投诉记录\n消费者：{{person_name:欧阳振东}}，手机{{mobile:15840236671}}，身份证{{id_number:210102199001272832}}\n投诉内容：[[沈阳市和平区彩虹桥幼儿园]]强制购买[[园服]]两套共[[680元]]，孩子{{person_name:欧阳乐乐}}[[2026年3月]]转园后园方不予退还。消费者还称园门口保安记下其车牌{{licence_plate:辽AD52318}}，说再去闹就不让进门。消费者住和平区南京南街{{address:258号恒大名都5号楼2单元1203}}。",
  // 1023 (b17-8) Dalian handling result, ID split 6-4-4-4, compound surname child
  "处理结果：[[大连市沙河口区海之韵幼儿园]]向幼儿{{person_name:司马天佑}}（{{birth_date:2020年9月9日}}出生，身份证号{{id_number:210203 2020 0909 1573}}）的家长收取[[择园费]][[20000元]]，违反[[《幼儿园收费管理办法》]]关于不得收取与入园挂钩费用的规定。[[沙河口区市场监督管理局]]责令当事人退还，款项已于[[2026年5月20日]]退至其母{{person_name:隋晓燕}}名下卡号{{bank_account:6230 5911 0101 2345 672}}，退款通知同时发送至{{email:suixy1990@163.com}}。",
  // 1024 (b17-9) Jinzhou complaint letter, VX, home landline, name that is also a word
  "投诉信\n我叫{{person_name:佟丽娜}}，孩子是{{class_and_name:大一班的佟一诺}}。[[锦州市古塔区启航幼儿园]]每月除了[[保育教育费]][[1350元]]还要交[[午托费]][[200元]]，钱都让转给{{person_name:白雪}}老师个人，VX：{{wechat:baixue_0416}}。我问她嘎哈不开票，她说是园长{{person_name:尚德明}}定的。有事打我家电话{{landline:0416-2873516}}，或者手机{{mobile:186 4165 9032}}。",
  // 1025 (b17-10) Lanzhou case summary, Hui family
  "案情简介：[[兰州市城关区雪莲幼儿园]]（统一社会信用代码[[52620102MJ7654321F]]）在[[2025年秋季学期]]向家长收取[[空调费]]每生[[300元]]，该项目未经备案。投诉人{{person_name:马海军}}（身份证{{id_number:620102198706053914}}，住城关区张掖路{{address:116号2号楼3单元501}}，电话{{mobile:18809316254}}）称，其女{{person_name:马依娜}}（{{birth_date:2021年2月11日}}出生）入园时被告知“空调费不交就坐不上有空调的班”。",
  // 1026 (b17-11) Linxia 12345 call, school bus plate
  "【12345来电记录】来电人{{person_name:马永福}}，身份证号{{id_number:62292319900603241X}}，电话{{mobile:17793016628}}。\n来电人说：娃娃在[[临夏县红园幼儿园]]上学，开学交了[[校车费]]每月[[260元]]，结果校车停了两个月，一直没给退，问了几次都说等一等。开车的{{person_name:何文斌}}说车{{licence_plate:甘N·5K972}}年检没过，这事咋弄嘛。\n诉求：退还两个月[[校车费]][[520元]]。",
  // 1027 (b17-12) Yinchuan parents' group, estate between house number and flat
  "【家长群】\n{{person_name:纳雪梅}}：各位，[[银川市兴庆区金凤凰幼儿园]]这个月[[伙食费]]涨到[[每天18元]]了，谁晓得咋回事？\n{{person_name:丁梓萱}}妈妈：我问过{{person_name:杨淑芬}}园长，说是菜价涨了\n{{person_name:纳雪梅}}：我打了[[12345]]，留的是我电话{{mobile:13995118427}}，愿意一起反映的加我微信{{wechat:na_xuemei1991}}\n{{person_name:虎永刚}}：我家住丽景街{{address:388号阅海湾小区11号楼2单元602}}，离园近，周末来我家商量",
  // 1028 (b17-13) Yinchuan handling result, full-width ID digits
  "处理结果：经查，[[银川市兴庆区育才幼儿园]]于[[2025年9月1日]]向幼儿{{person_name:撒文博}}（身份证号{{id_number:640104202004301771}}）的家长{{person_name:撒丽娟}}（身份证号{{id_number:６４０１０４１９９１０８１４２５２０}}）收取[[建园费]][[5000元]]，违反[[《价格法》第十三条]]。当事人已将款项退还{{person_name:撒丽娟}}，转入账户{{bank_account:6214835912345673}}。",
  // 1029 (b17-14) Xining inspection record, Tibetan names, class + name
  "现场检查笔录\n当事人：[[西宁市城东区格桑花幼儿园]]\n现场负责人：{{person_name:扎西卓玛}}（园长），联系电话{{mobile:13897245108}}\n检查情况：查见[[2026年春季学期]]收费台账，其中{{class_and_name:中二班才让东珠}}缴纳[[保教费]][[4,200元]]、[[特色课费]][[900元]]；{{class_and_name:小一班 索南拉姆}}缴纳[[保教费]][[4,200元]]。台账夹有家长身份证复印件一份，号码为{{id_number:630102198902174483}}。\n被检查人签名：{{person_name:扎西卓玛}}",
  // 1030 (b17-15) Haidong 12315 ticket, 0086 prefix mobile
  "12315工单\n投诉人：{{person_name:李永梅}}，身份证号{{id_number:632123 1990 0912 0827}}，现住海东市乐都区古城大街{{address:45号碾伯花园6号楼1单元301室}}。\n投诉内容：其子{{person_name:祁浩宇}}于[[2025年9月]]入读[[海东市乐都区七彩虹幼儿园]]，园方收取[[被褥费]][[460元]]后至今未发放被褥。投诉人多次联系园方{{person_name:鲁晓东}}主任（{{mobile:0086 135 0972 3314}}）未果。",
  // 1031 (b17-16) Urumqi case summary, Uyghur names with middle dot
  "案情简介：[[乌鲁木齐市天山区天山雪莲幼儿园]]在[[2026年春季学期]]开学时以“[[双语提升课]]”名义向家长收取[[每学期1500元]]。投诉人{{person_name:阿依古丽·买买提}}（身份证号{{id_number:650102199203060223}}，手机{{mobile:13579826043}}）称，其子{{person_name:艾力·艾合买提}}（{{birth_date:2021-05-25}}出生）所在班级并未开设该课程。经查，费用由园方会计{{person_name:古丽娜尔·吐尔逊}}个人账户收取，账号{{bank_account:6216 6133 0800 1234 568}}。",
  // 1032 (b17-17) Changji written reply, class + minority name, email
  "[[昌吉市阳光宝贝幼儿园]]书面答复\n{{person_name:努尔古丽·艾山}}女士：\n您好！关于{{class_and_name:大二班热依拉·阿不都}}的[[校车费]]问题，经核实，{{person_name:热依拉·阿不都}}本学期实际乘车[[42天]]，应退[[校车费]][[680元]]。您退费申请表上填写的身份证号{{id_number:652301198802100620}}与银行预留信息一致，款项将于[[2026年6月3日]]前退回。如有疑问请联系{{person_name:张红霞}}老师，电话{{mobile:15909948273}}，邮箱{{email:zhanghongxia_cj@126.com}}。",
  // 1033 (b17-18) Urumqi 12345 ticket, birth certificate number, Kuaishou account
  "【12345工单】来电人：{{person_name:吐尔洪·阿不力米提}}，来电号码{{landline:0991-4867325}}\n来电内容：孩子在[[乌鲁木齐市沙依巴克区小百灵幼儿园]]报名，园方收了孩子的出生医学证明（编号{{document_number:P650312789}}）复印件，又让交[[赞助费]][[3000元]]。园长{{person_name:周建新}}在快手上（快手号{{app_account:zjx19780808}}）发视频说本园不收任何赞助费。来电人要求查处并退款。",
  // 1034 (b17-19) Chengdu parents' group, 啥子 莫得, ID with one space
  "【家长群消息】\n{{person_name:罗雨萱}}妈妈：[[成都市锦江区小天鹅幼儿园]]又喊交[[研学费]][[680元]]，啥子研学哦，就是去公园耍一天\n{{person_name:蒲建军}}：莫得发票的嘛？我去问了{{person_name:何晓丹}}老师，她说钱转她微信就对了，微信号{{wechat:hxd_xiaotiane}}\n{{person_name:罗雨萱}}妈妈：我已经打了[[12315]]，工作人员喊我留了身份证号{{id_number:510104 198807193868}}和电话{{mobile:13880426719}}",
  // 1035 (b17-20) Yuexi refund register, Yi names, year-month DOB
  "[[越西县彩虹幼儿园]]退费登记（[[2025年秋季学期]]）\n1. {{class_and_name:小二班吉克阿依}}，家长{{person_name:沙马拉古}}（身份证{{id_number:513434199205141827}}），退[[伙食费]][[315元]]，领款人签字：{{person_name:沙马拉古}}\n2. 幼儿{{person_name:俄木日火}}，出生年月{{birth_date:2021年10月}}，家长电话{{mobile:182 8451 6037}}，退[[保教费]][[900元]]，转入{{bank_account:6217995200012345671}}",
  // 1036 (b17-21) Chengdu handling result, HK-Macau pass number
  "处理结果：经查，[[成都市武侯区启明星幼儿园]]于[[2025年11月]]以“[[港澳研学营]]”名义向{{class_and_name:大一班的谢梓睿}}等12名幼儿家长每人收取[[12,800元]]，并扣留幼儿往来港澳通行证，其中{{person_name:谢梓睿}}的证件号为{{document_number:C23145678}}，身份证号{{id_number:510107202006130419}}。家长{{person_name:谢国强}}通过邮箱{{email:xieguoqiang@foxmail.com}}提交了转账凭证。[[武侯区市场监督管理局]]责令当事人退还全部款项并返还证件。",
  // 1037 (b17-22) Chongqing 12345 call, dialect, Chongqing-style flat number, Xiaohongshu number
  "【12345热线】来电人{{person_name:冉小红}}：我娃儿{{person_name:冉子轩}}在[[重庆市渝中区山城娃娃幼儿园]]读中班，开学交了[[保教费]][[3 900元]]，园长{{person_name:谭德兵}}又喊交[[兴趣班费]][[1200元]]，说不交就莫得位置。哪个晓得这个钱合不合规嘛？我身份证{{id_number:500103199011284322}}，电话{{mobile:15823076154}}，住民族路{{address:166号4-12-3}}。我在小红书（小红书号{{app_account:4718293056}}）也发了帖子。",
  // 1038 (b17-23) Chongqing kindergarten's explanation, new-energy plate
  "[[重庆市江北区蒲公英幼儿园]]关于{{person_name:况晓琳}}家长投诉的情况说明\n一、{{class_and_name:小三班况梓萌}}（身份证{{id_number:500105202101222587}}）于[[2026年3月2日]]入园，我园按[[每月1680元]]收取[[保教费]]，与备案标准一致。\n二、家长反映的[[停车费]]系小区物业收取，与本园无关；其车辆{{licence_plate:渝AD73519}}被物业登记一事，本园已协调处理。\n联系人：园长{{person_name:龚静}}，{{mobile:13618356420}}",
  // 1039 (b17-24) Kunming case summary, name that reads like a word, Douyin account
  "案情简介：[[2026年4月]]，[[昆明市官渡区春城花语幼儿园]]向家长收取[[床上用品费]][[560元]]。投诉人{{person_name:段丽萍}}（白族，身份证号{{id_number:530102198709301643}}）称，其子{{person_name:杨树林}}（{{birth_date:2020年8月5日}}生）入园一个月床品仍未发放。投诉人联系电话{{mobile:13708712265}}，并在抖音（抖音号{{app_account:duanlp0930}}）发布了相关视频。",
  // 1040 (b17-25) Dali parents' WeChat group, wx, estate address
  "【家长微信群】\n{{person_name:李秀芝}}：[[大理市下关镇苍洱幼儿园]]喊交[[服装费]][[420元]]，有哪个晓得能不能不交？\n{{person_name:赵金花}}：我问了{{person_name:尹红梅}}园长，说是自愿的\n{{person_name:李秀芝}}：自愿个啥子，不交就不让穿园服参加六一\n{{person_name:赵金花}}：要去教育局反映的加我wx：{{wechat:zjh_dali2020}}，周六在我家碰头，下关镇人民南路{{address:28号苍山公寓2幢401}}",
  // 1041 (b17-26) Guiyang 12315 registration, dashed mobile, two IDs
  "12315投诉登记\n投诉人{{person_name:龙宏伟}}，电话{{mobile:139-8502-6741}}，身份证{{id_number:520102199302112755}}。其女{{person_name:龙语嫣}}（身份证{{id_number:520103202109141280}}）就读于[[贵阳市云岩区贵山幼儿园]]。园方收取[[教材费]][[350元]]，发的却是往届旧书。投诉人要求将费用退至{{bank_account:6236 6817 0003 4567 896}}。",
  // 1042 (b17-27) Sansui inspection record, Miao names, county landline
  "现场检查笔录\n检查地点：[[三穗县苗乡幼儿园]]\n在场人员：园长{{person_name:吴秀英}}；举办者{{person_name:杨秀银}}，身份证号{{id_number:522624198706113028}}，住三穗县八弓镇长吉路{{address:12号附3号}}，联系电话{{landline:0855-4521836}}\n检查发现：园方向幼儿{{person_name:龙金花}}、{{person_name:潘小宝}}等家长收取[[取暖费]]每生[[150元]]，未列入收费公示。",
  // 1043 (b17-28) Nanning case summary, Zhuang family
  "案情简介：投诉人{{person_name:韦秀英}}（壮族，身份证号{{id_number:450103198905063423}}）反映，[[南宁市青秀区绿城幼儿园]]在其女{{person_name:覃嘉怡}}（{{birth_date:2020年12月17日}}出生）退园后，拒不退还已预交的[[一学期保教费]][[7,800元]]。投诉人住青秀区民族大道{{address:131号航洋国际3栋2208}}，手机{{mobile:13878125630}}。经查，情况属实。",
  // 1044 (b17-29) Baise 12345 call, dashed +86 mobile, private car plate
  "【12345】来电人{{person_name:农志刚}}，身份证{{id_number:452623199103182219}}，联系电话{{mobile:+86-177-7620-3158}}。\n反映：孩子是[[百色市右江区向阳花幼儿园]]{{class_and_name:中班的农雅婷}}，园方收了[[校车费]][[每月300元]]，但实际一直是{{person_name:黄德明}}开私家车{{licence_plate:桂L·6B375}}接送，车上挤了九个娃，要求查处。",
  // 1045 (b17-30) Liuzhou refund ledger, compact DOB, QQ
  "[[柳州市城中区小蜜蜂幼儿园]]退费台账（[[2026年春季学期]]）\n1 幼儿{{person_name:陆子涵}}，出生{{birth_date:20200617}}，退[[保教费]][[2 100元]]，家长QQ{{qq:306518742}}\n2 幼儿{{person_name:梁思琪}}，出生{{birth_date:2021年1月3日}}，退[[伙食费]][[380元]]，家长{{person_name:梁伟}}，{{mobile:15977204836}}\n制表：会计{{person_name:蒙丽华}}",
  // 1046 (b17-31) Haikou 12345 call, ID split 6-6-6
  "【12345热线】来电人{{person_name:符海军}}（{{mobile:13518026743}}，身份证号{{id_number:460105 199208 182012}}）反映：孩子{{person_name:符家乐}}（身份证号{{id_number:460106202104023173}}）在[[海口市龙华区椰林幼儿园]]就读，园方以“[[空调电费]]”名义每月加收[[120元]]。来电人住美兰区海府路{{address:69号椰风花园B栋1503房}}。诉求：退还[[2026年1-5月]]的该项费用。",
  // 1047 (b17-32) Sanya reply, passport number
  "[[三亚市吉阳区小海豚幼儿园]]关于{{person_name:王启明}}先生投诉的回复\n{{person_name:王启明}}先生：\n您反映本园收取[[外教课费]][[每月800元]]一事，经核查，{{class_and_name:中一班王一诺}}自[[2026年3月]]起未再参加外教课，应退[[1600元]]。您退费申请所附护照复印件（护照号码{{document_number:EJ2938475}}）已收悉。请到园办找会计{{person_name:吉春燕}}办理，或加她微信{{wechat:jcy_sanya666}}。",
  // 1048 (b17-33) Taiyuan case summary, full-width mobile, cashier's card
  "案情简介：[[太原市小店区晋阳童星幼儿园]]于[[2025年9月]]向新入园幼儿家长收取[[赞助费]][[6000元]]。举报人{{person_name:郝建军}}（身份证号{{id_number:140105198602214191}}，电话{{mobile:１３８０３４１７６５２}}）提供了转账记录：款项转入园方出纳{{person_name:闫晓霞}}个人账户{{bank_account:6229 0833 1223 4567 897}}。举报人之女{{person_name:郝欣怡}}，身份证号{{id_number:140106202001161421}}，已于[[2026年2月]]转园。",
  // 1049 (b17-34) Datong parents' group, compound surnames, birth certificate number
  "【家长群】\n{{person_name:乔丽芳}}：[[大同市平城区小博士幼儿园]]这学期[[美术课]]又涨到[[每期980元]]了，咋回事嘞？\n{{person_name:上官文静}}：我在[[12345]]上反映过了，人家让填孩子出生医学证明编号，我填的{{document_number:N140211357}}\n{{person_name:皇甫志强}}：还有[[停车管理费]]，我车{{licence_plate:晋B·7Q2K9}}停园门口照样被贴条，园长{{person_name:张瑞芳}}说不管这个",
  // 1050 (b17-35) Hohhot handling result, Mongolian names
  "处理结果：[[呼和浩特市新城区草原明珠幼儿园]]向{{class_and_name:小一班的其其格}}等幼儿家长收取[[马术体验课]]费[[每次200元]]，未经备案。投诉人{{person_name:巴特尔}}（身份证号{{id_number:150102199107232613}}）之女{{person_name:其其格}}（身份证号{{id_number:150103202108273346}}）共被收取[[1,600元]]。款项已退回投诉人妻子{{person_name:乌云其木格}}名下卡号{{bank_account:6227 0001 2345 6789 018}}，联系电话{{mobile:15048136627}}。",
  // 1051 (b17-36) precision: 李子园幼儿园, titles, citation, hotline; no identifier
  "[[金华市婺城区李子园幼儿园]]在[[2026年春季学期]]向在园幼儿收取[[乐高课]]费用[[每学期1 200元]]，未在收费公示栏公示。[[执法人员]]于[[2026年3月18日]]进行现场检查，[[园长]]在场并签字确认。[[金华市市场监督管理局]]依据[[《价格法》第十三条]]责令改正，家长如有疑问可拨打[[12315]]。",
  // 1052 (b17-37) precision: 明远幼儿园 at 建国路/和平街, masked 张某, one mobile
  "投诉摘要：[[常州市武进区明远幼儿园]]位于[[建国路]]与[[和平街]]交叉口。家长[[张某]]反映，该园自[[2025-09-01起]]将[[校车费]]由[[每月260元]]调至[[每月320元]]，未重新备案。经核实，[[张某]]所述属实，其本人联系电话{{mobile:13961254870}}仅供回访使用。",
  // 1053 (b17-38) precision: 嘉禾幼儿园 and 宋庆龄幼儿园 in 安宁市, 王某某, weekdays
  "[[安宁市]]教育局通报：[[安宁市嘉禾幼儿园]]被家长投诉收取[[床品费]][[每人580元]]。投诉人[[王某某]]称，同在[[连然街道]]的[[宋庆龄幼儿园]]并未单独收取此项费用。经调查，[[嘉禾幼儿园]]已于[[2026年4月2日]]全额退还。该园收费公示栏仅在[[周一至周五]]开放时段可见，已责令改为长期公示。",
  // 1054 (b17-39) precision: penalty decision for 陈家桥镇中心幼儿园, credit code, legal representative
  "[[重庆市沙坪坝区市场监督管理局]]行政处罚决定书\n文号：[[沙市监处罚〔2026〕15号]]\n当事人：[[陈家桥镇中心幼儿园]]\n统一社会信用代码：[[52500106MJ6677889L]]\n法定代表人：{{person_name:陈国华}}\n违法事实：当事人在[[2025年秋季学期]]向幼儿家长收取[[园服费]]、[[床品费]]合计[[人民币贰仟元整]]，违反[[《价格法》第十三条]]。\n处罚：罚款[[¥5,000]]。",
  // 1055 (b17-40) precision: 12345 ticket number, 周浦幼儿园, 杨浦区, 李某华, 每周三
  "12345工单号：[[20260315001234]]\n来电人：李某华\n来电内容：孩子原在[[周浦幼儿园]]就读，[[2026年春季学期]]转入[[杨浦区]][[明日之星幼儿园]]后，被要求另交[[英语启蒙课]]费[[3 600元]]，[[每周三]]下午上课。来电人询问该项收费是否备案。\n回访电话：{{mobile:18917362045}}",
  // 1056 (b17-41) precision: 王家湾分园 filed public account vs a teacher's personal card
  "[[黄石市下陆区]][[阳光幼儿园王家湾分园]]收费公示：[[保教费]][[每月1,680元]]，[[伙食费]][[每天15元]]；缴费账户为该园备案的对公账户，开户行[[中国农业银行黄石下陆支行]]，账号17180101040012345。\n家长反映：[[2026年3月]]起[[思维课]]费用被要求转入一名教师的个人银行卡{{bank_account:6217 0012 3456 7890 122}}，与公示账户不符。",
  // 1057 (b17-42) precision: 向阳街道 sweep along 文明路, estate without number; no identifier
  "[[向阳街道]]联合[[高新区]]市场监管分局对[[文明路]]沿线民办园开展收费检查。检查发现，[[小画家幼儿园]]以“[[午休管理费]]”名义收取[[每月150元]]；[[雅居乐花园]]内的[[启蒙幼儿园]]收取[[校车费]]未公示。[[执法人员]]当场下达责令改正通知书。",
  // 1058 (b17-43) precision: 嘉禾苑 kept, then 嘉禾苑 flat as address
  "情况说明：[[嘉禾苑]]小区门口的[[嘉禾幼儿园]]于[[2026年2月]]向[[中二班]]家长收取[[寒假托管费]][[每人1 500元]]。业主[[王某]]称托管实际只开了[[10天]]。经核实，投诉人系嘉禾苑{{address:7栋1单元502室}}住户，园方已同意按天退还。",
  // 1059 (b17-44) precision: 江宁区 penalty, credit code, two citations; no identifier
  "[[南京市江宁区]]市场监督管理局对[[南京市江宁区童趣幼儿园]]（统一社会信用代码[[52320115MJ4455667D]]）作出行政处罚。经查，该园在[[2025年秋季学期]]收取[[感统训练费]][[每学期2,400元]]，违反[[教基〔2023〕4号]]关于不得举办兴趣班向家长收费的要求及[[《价格法》第十三条]]，处罚款[[8000元]]。",
  // 1060 (b17-45) precision: service lines 12345 / 0574-12345 / 12315 vs a home landline
  "回访记录：投诉人反映的[[宁波市镇海区]][[贝乐幼儿园]]收取[[园服费]][[380元]]问题已转[[镇海区市场监督管理局]]办理。投诉人留下的家庭电话{{landline:0574-87326915}}无人接听，已改用短信告知。市民可通过[[12345]]、[[0574-12345]]或[[12315]]反映幼儿园收费问题。",
  // 1061 (b17-46) precision: amounts in many formats; no identifier
  "[[宁海县]][[小树苗幼儿园]][[2026年春季学期]]收费情况：[[保教费]]公示为[[1 200元/月]]，实际收取[[¥1,350]]；[[床品费]]收据金额为[[人民币贰仟元整]]；另收[[教辅材料费]][[¥3,600]]。",
  // 1062 (b17-47) precision: enrolment cut-off date kept vs a child's birth date
  "[[常州市天宁区]][[新星幼儿园]][[2026年秋季学期]]招生简章载明：招收[[2022年8月31日]]前出生的适龄幼儿，[[2026-09-01起]]执行新的[[保教费]]标准[[每月2,100元]]。家长[[刘某]]反映，其孩子{{birth_date:2022年3月6日}}出生，报名时园方要求另交[[报名费]][[500元]]。",
  // 1063 (b17-48) precision: case numbers and a 12345 ticket number; no identifier
  "处罚信息公示：[[宁市监处罚〔2026〕15号]]，当事人[[宁德市蕉城区小太阳幼儿园]]，违法行为：超标准收取[[保教费]]；[[宁市监处罚〔2026〕16号]]，当事人[[宁德市蕉城区爱贝幼儿园]]，违法行为：收取[[赞助费]]。两案均源自[[12345工单号20260315001234]]等群众投诉，处罚决定于[[2026年4月15日]]作出。",
  // 1064 (b17-49) precision: bank branch on a road, filed public account kept, teacher's WeChat
  "[[南宁市]]市场监管局提示：[[南宁市青秀区]][[七色花幼儿园]]备案的收费账户为该园对公账户（开户行[[中国建设银行南宁民族大道支行]]，账号45050160013800001234），家长应通过该账户缴纳[[保教费]]。近期有家长反映该园老师要求将[[舞蹈课]]费用[[每期900元]]转至个人微信{{wechat:qisehua_teacher88}}，请家长注意留存凭证。",
  // 1065 (b17-50) precision: all-digit 18-character credit code; no identifier
  "[[金华市]]市场监督管理局公布：[[义乌市小橡树幼儿园]]（统一社会信用代码[[523307821234567863]]）在[[2025年秋季学期]]收取[[乐高课]]费用[[每学期2 800元]]，未履行明码标价义务，依据[[《价格法》第四十二条]]处罚款[[3000元]]。",
  // 1066 (b17-51) precision: legal citations, 会计 without a name; no identifier
  "处理依据：[[《中华人民共和国价格法》第十三条]]、[[《明码标价和禁止价格欺诈规定》第五条]]、[[《幼儿园收费管理办法》第十一条]]及[[教基〔2023〕4号]]。当事人[[海口市琼山区小椰子幼儿园]]在[[2026年春季学期]]收取[[英语启蒙课]]费用[[每月450元]]，[[会计]]承认未开具票据。",
  // 1067 (b17-52) precision: weekdays and periods, one teacher's name
  "[[江宁区]][[东山街道]][[蒲公英幼儿园]]的[[延时服务]]安排为[[周一至周五]]17:00至18:30，[[每周三]]另开[[乐高课]]，收费[[每月300元]]。家长反映[[寒暑假]]期间延时服务暂停但照常收费，负责收费的是{{person_name:刘晓燕}}老师。",
  // 1068 (b17-53) precision: course and fee item names, one parent's name
  "[[杭州市拱墅区]][[小火车幼儿园]]公示的[[2026年秋季学期]]自愿选择项目包括[[思维课]]、[[乐高课]]、[[英语启蒙课]]，代收费项目为[[校车费]]、[[床品费]]、[[园服费]]。家长{{person_name:钱思远}}反映实际按“全选”默认收取。",
  // 1069 (b17-54) precision: officials' titles without names; no identifier
  "现场检查情况：[[执法人员]]两名出示证件后进入[[高新区]][[晨曦幼儿园]]。[[园长]]因外出未在场，由[[会计]]和[[出纳]]配合检查。查见[[举办者]]签批的收费通知，载明[[2026年春季学期]]收取[[研学费]][[每人680元]]。",
  // 1070 (b17-55) precision: place names with surname-like characters; no identifier
  "[[2026年第一季度]]幼儿园收费典型案例通报：[[金华市]][[婺城区]]一民办园超标准收费；[[常州市]][[钟楼区]]一民办园收取[[赞助费]]；[[黄石市]]一民办园强制收取[[园服费]]；[[上海市杨浦区]]一民办园未公示[[校车费]]。",
  // 1071 (b17-56) precision: masked names kept, one unmasked class + name slipped through
  "退费公示（已脱敏）：[[张某]]退[[保教费]][[1 200元]]；[[王某某]]退[[伙食费]][[360元]]；李某华退[[园服费]][[280元]]；{{class_and_name:中三班赵子轩}}（原表未脱敏）退床品费150元。",
  // 1072 (b17-57) precision: masked phone and ID kept, one real backup mobile
  "回访记录：投诉人[[周某]]（手机号[[138****5678]]，身份证号3302**********1234）反映[[宁波市江北区]][[小白鲸幼儿园]]收取[[空调费]][[每学期400元]]，已于[[2026年5月8日]]电话回访，投诉人另留备用号码{{mobile:13705748261}}。",
  // 1073 (b17-58) precision: roads and estate kept without numbers, one full address
  "[[振华路]]与[[建国路]]路口的[[阳光雨露幼儿园]]被举报在[[雅居乐花园]]、[[和平街]]一带发放传单，承诺“免[[园服费]]”但入园后仍收取[[每套240元]]。举报人住振华路{{address:77号雅居乐花园5幢1单元1102室}}。",
  // 1074 (b17-59) precision: 明远幼儿园's filed public account, parent and teacher names
  "[[宁波市江北区]][[明远幼儿园]]致家长的说明：本园[[2026年春季学期]][[保教费]]为[[每月2,680元]]，唯一收费账户为经备案的对公账户（[[中国农业银行宁波江北支行]]，账号39105001040012345）。{{person_name:孙晓梅}}家长所述向{{person_name:陈园园}}老师个人转账[[1 000元]]一事，本园已退还。",
  // 1075 (b17-60) precision: Guilin bulletin, case number, hotline; no identifier
  "[[桂林市七星区]]市场监督管理局通报：[[七星区]][[漓江幼儿园]]以“[[特色课程]]”名义收取[[每月380元]]，自[[2026-03-01起]]暂停收取。处罚文书[[桂七市监处罚〔2026〕9号]]已公示，群众可拨打[[12315]]监督。",
  // The eighteenth blind round (EIGHTEENTH_ROUND_FROM, below); b18-N is the writer's number.
  // 1076 (b18-1) 询问笔录：家长向财务个人卡缴费（宁波海曙）
  "询问笔录\n时间：[[2026年3月12日]]9时30分至10时45分\n地点：[[宁波市海曙区市场监督管理局]]三楼询问室\n询问人：{{person_name:陈立新}}、{{person_name:邵佳怡}}  记录人：{{person_name:邵佳怡}}\n被询问人：{{person_name:周晓梅}}  性别：女\n身份证号码：{{id_number:330203198403148660}}\n联系电话：{{mobile:13968271405}}\n住址：宁波市海曙区柳汀街{{address:225号天一家园3幢2单元1102室}}\n问：我们是[[宁波市海曙区市场监督管理局]]的执法人员，这是我们的执法证件，你看清楚了吗？\n答：看清楚了。\n问：你叫什么名字？与[[宁波市海曙区小橡树幼儿园]]是什么关系？\n答：我叫{{person_name:周晓梅}}，我是{{class_and_name:中一班林语桐}}的妈妈。\n问：[[2026年春季学期]]你交了哪些费用？\n答：交了[[保教费]][[4,800元]]和[[伙食费]][[1,260元]]，还有一笔[[特色课程费]][[1,500元]]。\n问：钱交给了谁？怎么交的？\n答：是园长{{person_name:何秀芬}}让我转到财务{{person_name:潘玲}}的个人卡上，卡号{{bank_account:6228481984780350652}}，没有开收据。\n问：[[特色课程费]]是否自愿？\n答：不是，{{person_name:何秀芬}}在家长群里说不交就不能参加期末汇报演出。\n问：以上所说是否属实？\n答：属实。\n被询问人签名：{{person_name:周晓梅}}",
  // 1077 (b18-2) 询问笔录：园长承认多收、会计收款（宁波鄞州）
  "询问笔录（第2次）\n时间：[[2026年4月8日]]14时05分至15时20分\n地点：[[宁波市鄞州区市场监督管理局]]首南所\n询问人：{{person_name:胡建军}}、{{person_name:吴晓丹}}\n记录人：{{person_name:吴晓丹}}\n被询问人：{{person_name:孙美琴}}，身份证号{{id_number:330212198511027045}}，手机{{mobile:15867423091}}，住鄞州区天童南路{{address:588号东方丽都6幢1单元1803室}}\n问：请介绍一下你的身份。\n答：我是[[宁波市鄞州区蓝精灵双语幼儿园]]园长，幼儿园的举办者是[[宁波蓝精灵教育科技有限公司]]（统一社会信用代码[[91330212R8AR87L77L]]），法定代表人是我丈夫{{person_name:郑国栋}}。\n问：[[2025年秋季学期]]小班保教费收多少？\n答：每月[[3,680元]]，备案是[[3,200元]]。多收的部分是{{person_name:郑国栋}}决定的，名目叫[[双语教学费]]。\n问：家长的钱打到哪里？\n答：一部分打到公司对公账户，一部分转给会计{{person_name:杨慧}}的支付宝，她支付宝绑定的手机是{{mobile:18657410236}}。\n问：多收了多少户？\n答：大概[[126户]]，名单在{{person_name:杨慧}}那里。\n问：你还有什么补充？\n答：没有。我愿意配合退费。\n被询问人签名：{{person_name:孙美琴}}  [[2026年4月8日]]",
  // 1078 (b18-3) 调查笔录：会计讲两本账（杭州西湖）
  "调查笔录\n案由：[[杭州市西湖区青芽幼儿园]]涉嫌超标准收费案\n调查机关：[[杭州市西湖区市场监督管理局]]\n调查时间：[[2026年5月14日]]\n调查地点：该园财务室\n调查人：{{person_name:方志伟}}、{{person_name:俞静}}，记录人：{{person_name:俞静}}\n被调查人：{{person_name:金晓燕}}，女，身份证号码{{id_number:330106198707273747}}，电话{{mobile:13736091842}}，家庭住址杭州市西湖区古墩路{{address:616号同人精华2幢1单元903室}}，系该园会计。\n问：你在幼儿园负责什么工作？\n答：我负责收费和记账，{{person_name:黄志明}}园长让我记两本账。\n问：两本账是什么意思？\n答：一本报给教育局，只记[[保教费]]每月[[2,650元]]；另一本记实际收的，每月[[3,150元]]，多出的[[500元]]写成[[延时服务费]]。\n问：多出来的钱存到哪里？\n答：存在{{person_name:黄志明}}爱人{{person_name:傅丽君}}的建行卡{{bank_account:6217006473875380542}}里。\n问：你手上有没有家长缴费名单？\n答：有，[[2025年9月]]到[[2026年1月]]共[[87名]]幼儿，我已经把表格发到你们邮箱了，我自己的邮箱是{{email:jinxy0727@163.com}}。\n问：还有什么要补充的？\n答：没有了。\n被调查人签字：{{person_name:金晓燕}}",
  // 1079 (b18-4) 听证笔录：床上用品费与园服费（昆山）
  "听证笔录\n案件名称：[[昆山市玉山镇金色童年幼儿园]]未公示收费案\n案号：[[昆市监听〔2026〕7号]]\n听证时间：[[2026年6月3日]]上午9时\n听证地点：[[昆山市市场监督管理局]]第一听证室\n听证主持人：{{person_name:顾振华}}  听证员：{{person_name:沈玉洁}}  记录员：{{person_name:陆晨}}\n案件调查人员：{{person_name:钱伟}}、{{person_name:朱雅琴}}\n当事人：[[昆山市玉山镇金色童年幼儿园]]，统一社会信用代码[[52320583RDUXXBWDRL]]\n法定代表人：{{person_name:蒋文娟}}，身份证号{{id_number:320583197807109424}}\n委托代理人：{{person_name:徐海涛}}，律师，电话{{mobile:18913672054}}\n委托代理人：{{person_name:蒋一帆}}，系法定代表人之子，住昆山市前进中路{{address:219号中茵皇冠国际5幢1702室}}\n证人：{{person_name:曹美玲}}（家长），手机{{mobile:13962638015}}；{{person_name:王磊}}（原保育员），住昆山市玉山镇中华园{{address:12幢302室}}\n主持人{{person_name:顾振华}}：核对当事人及代理人身份，告知听证权利。\n调查人员{{person_name:钱伟}}：当事人自[[2025年9月]]起向[[213名]]幼儿收取[[床上用品费]]每人[[680元]]、[[园服费]]每人[[420元]]，未在收费公示栏公示，违反[[《中华人民共和国价格法》第十三条]]。\n代理人{{person_name:徐海涛}}：床上用品是家长自愿购买的。\n证人{{person_name:曹美玲}}：不是自愿的，老师说不买就不能午睡。\n证人{{person_name:王磊}}：是{{person_name:蒋文娟}}让我们在群里通知的，钱先交给副园长{{person_name:严丽芳}}，再由她转给{{person_name:蒋文娟}}。\n代理人{{person_name:蒋一帆}}：{{person_name:王磊}}已于[[2025年12月]]离职，与我园存在劳动纠纷，其证言不应采信。\n主持人{{person_name:顾振华}}：证人证言是否采信，由本局综合全案证据认定。请当事人作最后陈述。\n代理人{{person_name:徐海涛}}：请求考虑当事人已主动退还[[床上用品费]][[144,840元]]，依据[[《中华人民共和国行政处罚法》第三十二条]]从轻处罚。\n（听证笔录经核对无误，各方签字）",
  // 1080 (b18-5) 行政处罚决定书：国际课程费转入举办者个人账户（深圳南山）
  "[[深圳市南山区市场监督管理局]]\n行政处罚决定书\n[[深市监南罚〔2026〕156号]]\n当事人：[[深圳市南山区海贝儿幼儿园]]\n统一社会信用代码：[[52440305MJ60A86600]]\n住所：[[深圳市南山区]]蛇口街道\n法定代表人：{{person_name:梁婉仪}}，身份证号码：{{id_number:440305198609182083}}，联系电话：{{mobile:13510876239}}\n举办者：{{person_name:梁志坚}}，住深圳市南山区后海大道{{address:2388号海岸城东座花园B栋3203室}}\n经查，当事人于[[2025年9月1日]]至[[2026年1月20日]]期间，在经备案的[[保教费]]每月[[4,200元]]之外，另向全园[[198名]]幼儿收取[[国际课程费]]每月[[900元]]，合计[[891,000元]]，上述费用由家长转入{{person_name:梁志坚}}个人银行账户{{bank_account:6225880051908839157}}。\n以上事实有下列证据证明：\n证据一：家长{{person_name:陈嘉欣}}的证言，证明其于[[2025年9月3日]]向上述账户转账[[5,100元]]；\n证据二：家长{{person_name:黄梓豪}}提供的转账记录及微信聊天记录，聊天对方微信号为{{wechat:liang_wy_1986}}；\n证据三：{{person_name:梁婉仪}}的询问笔录；\n证据四：会计{{person_name:吴嘉敏}}提供的收费台账。\n缴费家长包括{{person_name:陈嘉欣}}、{{person_name:黄梓豪}}、{{person_name:李卓霖}}、{{person_name:欧阳思琪}}等。\n当事人的上述行为违反了[[《中华人民共和国价格法》第十二条]]，依据[[《价格违法行为行政处罚规定》第十一条]]，本局决定：一、责令退还多收价款[[891,000元]]；二、处罚款[[50,000元]]。\n当事人应自收到本决定书之日起[[十五日内]]缴纳罚款。如不服本决定，可在[[六十日内]]申请行政复议，或者在[[六个月内]]依法提起行政诉讼。\n[[2026年3月30日]]",
  // 1081 (b18-6) 整改通知书：开学物品费、个人微信收款（广州天河）
  "[[广州市天河区教育局]]\n责令整改通知书\n[[穗天教整〔2026〕12号]]\n[[广州市天河区小叮当艺术幼儿园]]（统一社会信用代码[[52440106MJ3NU5EB9N]]）：\n经核查，你园存在以下问题：\n一、[[2026年春季学期]]向幼儿家长收取[[开学物品费]]每人[[650元]]，未纳入收费公示；\n二、家长{{person_name:冯淑仪}}（电话{{mobile:13925083617}}）反映，其子{{class_and_name:大二班的冯子健}}因未交[[兴趣班费]]被安排在走廊等候；\n三、园长{{person_name:邝伟明}}要求家长将费用转至其个人微信{{wechat:kwm13826}}，未开具票据。\n请你园于[[2026年4月30日]]前完成整改：立即停止收取上述费用，将已收费用全额退还；对{{person_name:邝伟明}}的行为作出处理，并将整改报告书面报送我局。\n联系人：{{person_name:谭佩珊}}  联系电话：{{landline:020-38821564}}\n[[2026年4月2日]]\n签收人：{{person_name:邝伟明}}  签收日期：[[2026年4月3日]]",
  // 1082 (b18-7) 整改报告：退还衔接课程费，签名多人（厦门湖里）
  "关于收费问题的整改报告\n[[厦门市湖里区教育局]]：\n我园（[[厦门市湖里区星辰幼儿园]]，统一社会信用代码[[52350206MJWBQ4AWTQ]]）收到[[厦湖教整〔2026〕5号]]整改通知书后，立即成立整改小组，组长为园长{{person_name:林雅琴}}，副组长为副园长{{person_name:苏建平}}，组员有会计{{person_name:郑丽华}}、出纳{{person_name:洪小燕}}。现将整改情况报告如下：\n一、已停止收取[[幼小衔接课程费]]，并于[[2026年5月10日]]前向[[146名]]幼儿家长每人退还[[1,800元]]，共计[[262,800元]]。其中家长{{person_name:黄志远}}的银行卡已注销，改退至其配偶{{person_name:陈秀玲}}的账户{{bank_account:6222023884004906263}}；\n二、家长{{person_name:蔡明辉}}（手机{{mobile:15980823416}}）对退费金额有异议，已由{{person_name:苏建平}}当面核对并签字确认；\n三、今后所有收费均通过对公账户收取，不再使用{{person_name:洪小燕}}的个人收款码。\n特此报告。\n园长：{{person_name:林雅琴}}（签字）\n报告人：{{person_name:郑丽华}}  联系电话：{{mobile:13860451276}}\n[[2026年5月12日]]",
  // 1083 (b18-8) 退费明细：制表符分隔，无表头（武汉武昌）
  "[[武汉市武昌区七彩虹幼儿园]]多收[[伙食费]]退费明细（执法人员{{person_name:熊文斌}}据园方表格粘贴，退费标准[[每月220元]]，期间[[2025年9月]]至[[2026年1月]]）\n{{person_name:刘雨萱}}\t小一班\t[[1,100.00]]\t{{bank_account:6217995390417708969}}\n{{person_name:张浩然}}\t小一班\t[[1,100.00]]\t{{bank_account:6229081665680010239}}\n{{person_name:万思琪}}\t小二班\t[[880.00]]\t{{mobile:13871265093}}\n{{person_name:胡一鸣}}\t中一班\t[[1,100.00]]\t{{bank_account:6225883407379313956}}\n{{person_name:彭可馨}}\t中一班\t[[660.00]]\t{{mobile:15972038846}}\n{{person_name:夏侯俊杰}}\t中二班\t[[1,100.00]]\t{{bank_account:6212268372687608815}}\n{{person_name:程诗涵}}\t大一班\t[[1,100.00]]\t{{bank_account:6225886576130177160}}\n{{person_name:余墨}}\t大一班\t[[440.00]]\t{{mobile:18627093351}}\n{{person_name:聂欣怡}}\t大二班\t[[1,100.00]]\t{{bank_account:6236688026678826}}\n以上退款已于[[2026年6月18日]]前全部退还，经办人{{person_name:熊文斌}}，园方会计{{person_name:邓晓玲}}。",
  // 1084 (b18-9) 退费明细：两个以上空格分隔，含代领人（成都武侯）
  "[[成都市武侯区小太阳幼儿园]]退还[[兴趣班费]]明细（续表第2页，依据[[成武市监责改〔2026〕23号]]）\n{{person_name:罗俊熙}}  中三班  [[2,400元]]  {{mobile:13880726145}}  已退（父亲{{person_name:罗建国}}代领）\n{{person_name:杜若溪}}  中三班  [[2,400元]]  {{mobile:18582306617}}  已退\n{{person_name:廖晨阳}}   大一班   [[1,600元]]   {{bank_account:6228488249772456443}}   已退\n{{person_name:王可}}  大一班  [[1,600元]]  {{bank_account:6217003985035880}}  未退，卡号有误\n{{person_name:司马嘉怡}}  大二班  [[800元]]  {{mobile:17708236614}}  已退\n{{person_name:蒲一凡}}  大二班  [[2,400元]]  {{bank_account:6228481921563460670}}  已退\n{{person_name:文思远}}  小一班  [[1,200元]]  {{mobile:15308190452}}  已退（奶奶{{person_name:陈桂芳}}代领）\n本页小计：[[12,400元]]\n制表：{{person_name:谢雨桐}}  审核：{{person_name:唐国强}}  [[2026年5月20日]]\n抄报：[[成都市武侯区市场监督管理局]]",
  // 1085 (b18-10) 家委会会议纪要：涨价、外教课（青岛市南）
  "[[青岛市市南区海之星幼儿园]]第三届家长委员会第二次会议纪要\n时间：[[2026年3月21日]]19:00\n地点：幼儿园多功能厅\n主持人：家委会主任{{person_name:孙丽娜}}\n参会人员：{{person_name:孙丽娜}}、{{person_name:刘振东}}、{{person_name:王倩}}、{{person_name:赵一鸣}}、{{person_name:高雪}}、{{person_name:宋家豪}}；园方列席：园长{{person_name:于海燕}}、会计{{person_name:曲凤英}}\n记录人：{{person_name:王倩}}\n一、{{person_name:刘振东}}提出，[[2026年春季学期]][[保教费]]由每月[[2,880元]]涨到[[3,380元]]，未经成本监审，也未向[[青岛市市南区教育和体育局]]备案，要求园方说明。\n二、{{person_name:于海燕}}解释涨价是因为新增[[外教课]]，{{person_name:曲凤英}}称已有[[172名]]幼儿按新标准缴费。\n三、{{person_name:高雪}}表示其孩子{{class_and_name:小二班高乐乐}}从未上过外教课，要求退还差价；{{person_name:赵一鸣}}建议家长统一向[[12315]]投诉。\n四、会议决定由{{person_name:宋家豪}}（电话{{mobile:13589247160}}，邮箱{{email:songjiahao@qdmail.cn}}）汇总家长意见，{{person_name:孙丽娜}}负责与园方沟通。\n散会时间：20:40",
  // 1086 (b18-12) 繁体：香港家长投诉信（深圳南山）
  "投訴信（家長以繁體撰寫，原文照錄）\n致[[深圳市南山區市場監督管理局]]：\n本人{{person_name:陳家欣}}，香港居民，香港身份證號碼{{document_number:K374042(0)}}，港澳居民來往內地通行證號碼{{document_number:H60381752}}，香港手提電話{{mobile:9123 4587}}，內地手機{{mobile:13823106745}}，住址：香港九龍旺角彌敦道{{address:688號旺角中心一期12樓1203室}}。\n小兒{{person_name:何浩霖}}自[[2025年9月]]起就讀於[[深圳市南山區港灣國際幼兒園]]，為{{class_and_name:K2甲班何浩霖}}。該園在[[保教費]]每月[[5,800元]]以外，另收[[跨境接送費]]每月[[1,200元]]及[[粵語課程費]][[3,000元]]，均要求轉賬至園長{{person_name:梁錦華}}之私人賬戶{{bank_account:6214836808219487557}}，從未開具發票。\n本人丈夫{{person_name:何志強}}（手提電話{{mobile:6187 2046}}）曾向{{person_name:梁錦華}}查詢，對方稱此為「港籍家長統一收費」。懇請貴局依[[《中華人民共和國價格法》]]查處，並責令退還。\n附件：轉賬截圖三張\n{{person_name:陳家欣}}\n[[2026年2月16日]]",
  // 1087 (b18-13) 询问笔录：取暖费、QQ群通知（天津南开）
  "询问笔录\n询问时间：[[2026年2月26日]]\n询问地点：[[天津市南开区市场监督管理局]]\n询问人：{{person_name:任志刚}}、{{person_name:杜雪莲}}；记录人：{{person_name:杜雪莲}}\n被询问人：{{person_name:邢建伟}}，男，身份证号{{id_number:120104199002191373}}，手机{{mobile:13602143358}}，家庭座机{{landline:022-27413396}}，微信号{{wechat:xjw_tj1990}}，住天津市南开区红旗南路{{address:365号凯立天香园7号楼2门501}}\n问：你为什么到我局反映情况？\n答：我女儿{{person_name:邢沐晴}}是{{class_and_name:中二班邢沐晴}}，身份证号{{id_number:120104202003158262}}，在[[天津市南开区金苹果幼儿园]]上学。幼儿园在[[2026年1月]]突然让每个孩子交[[取暖费]][[800元]]。\n问：谁通知你交的？\n答：班主任{{person_name:齐慧}}在班级QQ群里发的通知，群号{{qq:738164529}}，她自己的QQ是{{qq:1928374650}}。\n问：钱交给谁了？\n答：是{{person_name:齐慧}}让我微信转给保健医{{person_name:付晓丽}}的。\n问：还有哪些家长交了？\n答：{{person_name:孙博文}}、{{person_name:田甜}}、{{person_name:岳鹏}}他们都交了，全班[[31个]]孩子应该都交了。\n问：幼儿园的统一社会信用代码你知道吗？\n答：收费公示栏上写的是[[52120104MJQF9R5X4J]]。\n被询问人签字：{{person_name:邢建伟}}",
  // 1088 (b18-14) 行政处罚决定书：校车接送费、车牌登记在个人名下（大连中山）
  "[[大连市中山区市场监督管理局]]\n行政处罚决定书\n[[大中市监处罚〔2026〕31号]]\n当事人：[[大连市中山区蒲公英幼儿园]]\n统一社会信用代码：[[52210202MJ5N6C8M4D]]\n法定代表人（园长）：{{person_name:姜淑华}}\n举办者：{{person_name:于长河}}，身份证号码{{id_number:21020219851228211X}}\n经查明：当事人自[[2025年3月]]起以[[校车接送费]]名义每月向乘车幼儿收取[[450元]]，该车车牌号{{licence_plate:辽B·7K352}}，登记在{{person_name:于长河}}个人名下，未按规定公示收费项目。共向[[64名]]幼儿收取费用合计[[259,200元]]。\n上述事实，有以下证据证实：\n证据一：家长{{person_name:孔令伟}}、{{person_name:包晓蕾}}的证言；\n证据二：{{person_name:包晓蕾}}提供的微信转账记录，收款人为{{person_name:姜淑华}}（微信号{{wechat:jsh_dl_1979}}）；\n证据三：司机{{person_name:曲国庆}}（手机{{mobile:15140863327}}）的询问笔录；\n证据四：{{licence_plate:辽B·7K352}}的机动车登记信息；\n证据五：{{person_name:姜淑华}}、{{person_name:于长河}}的询问笔录。\n本局于[[2026年3月25日]]向当事人送达了[[大中市监罚告〔2026〕22号]]行政处罚告知书。当事人委托{{person_name:于洋}}（手机{{mobile:18640917725}}）提交书面陈述申辩，称该车系{{person_name:于长河}}无偿提供、所收费用仅用于油费，但未能提供相应票据，本局不予采纳。\n本局认为，当事人的行为违反了[[《价格违法行为行政处罚规定》第十三条]]。依据该规定，本局决定：没收违法所得[[259,200元]]，并处罚款[[30,000元]]。\n如不服本决定，可于[[六十日内]]向[[大连市市场监督管理局]]申请行政复议。\n[[2026年4月17日]]",
  // 1089 (b18-15) 听证笔录：点心费、伙食费提价，代理人与证人（长沙岳麓）
  "听证笔录\n案号：[[岳市监听告〔2026〕4号]]\n听证机关：[[长沙市岳麓区市场监督管理局]]\n主持人：{{person_name:彭建军}}；听证员：{{person_name:易芳}}、{{person_name:周一帆}}；书记员：{{person_name:谭静}}\n当事人：[[长沙市岳麓区麓山小树苗幼儿园]]（[[52430104MJQQ4UY6U7]]）\n法定代表人：{{person_name:刘美华}}，未到场\n委托代理人：{{person_name:罗志勇}}，律师；{{person_name:邓建国}}，系{{person_name:刘美华}}的丈夫，身份证号{{id_number:430104198108164259}}，住长沙市岳麓区麓山南路{{address:932号湖南师大二里半宿舍19栋302室}}\n调查人员：{{person_name:贺伟}}、{{person_name:黎明辉}}\n证人：家长{{person_name:曾晓燕}}、{{person_name:上官文静}}\n主持人：请证人说明身份。\n{{person_name:曾晓燕}}：我叫{{person_name:曾晓燕}}，身份证号{{id_number:430104198207088028}}，住麓谷阳光小区{{address:5栋2单元301室}}。\n{{person_name:上官文静}}：我叫{{person_name:上官文静}}，手机{{mobile:15874129036}}，是家委会成员。\n主持人：请调查人员陈述违法事实。\n{{person_name:贺伟}}：当事人在[[2025年秋季学期]]向[[156名]]幼儿收取[[点心费]]每月[[180元]]，又将[[伙食费]]从备案的[[每天18元]]提高到[[每天23元]]，拟处罚款[[20,000元]]。\n{{person_name:罗志勇}}：点心费经家长委员会同意。\n主持人：证人{{person_name:上官文静}}，家委会是否同意过？\n{{person_name:上官文静}}：没有，我是家委会成员，从没开过会。\n{{person_name:曾晓燕}}：我孩子是{{class_and_name:大三班的覃可欣}}，对牛奶过敏，点心从来不吃，也照样收钱。\n主持人：当事人最后陈述。\n{{person_name:邓建国}}：请求从轻处罚。",
  // 1090 (b18-16) 退费明细：含家长姓名、制表符与空格混用（义乌稠城）
  "[[义乌市稠城街道小天鹅幼儿园]]退还[[校服费]]差价明细（园方报送表格第1页，原样粘贴）\n{{person_name:楼一诺}}\t大一班\t{{person_name:楼建平}}\t[[260]]\t{{mobile:13516987325}}\n{{person_name:骆子涵}}\t大一班\t{{person_name:王晓红}}\t[[260]]\t{{bank_account:6217997723586262780}}\n{{person_name:吴俊豪}}  大二班  {{person_name:吴海军}}  [[260]]  {{mobile:15057983162}}\n{{person_name:金可心}}  大二班  {{person_name:陈丽}}  [[180]]  {{bank_account:6217995031152777}}\n{{person_name:傅晨}}\t中一班\t{{person_name:傅国良}}\t[[180]]\t{{mobile:13957948840}}\n{{person_name:龚雨桐}}\t中一班\t{{person_name:许静}}\t[[180]]\t{{bank_account:6222629710960530565}}\n{{person_name:虞乐乐}}  小二班  {{person_name:虞斌}}  [[120]]  {{mobile:18857962073}}\n（以下略）合计[[38户]]，共[[8,360元]]。\n经办：{{person_name:吴丽萍}}  复核：{{person_name:朱建明}}\n报送：[[义乌市教育局]]",
  // 1091 (b18-17) 家委会会议纪要：膳食结余去向（绍兴越城）
  "[[绍兴市越城区鉴湖之星幼儿园]]家长委员会会议记录\n会议时间：[[2026年1月9日]]下午\n参会人员：家委会主任{{person_name:沈冬梅}}，副主任{{person_name:章伟}}，委员{{person_name:俞晓丹}}、{{person_name:钟海波}}、{{person_name:诸葛丽萍}}、{{person_name:陶然}}；园方：园长{{person_name:宋美华}}、后勤主任{{person_name:单志刚}}\n缺席：{{person_name:杭晓雯}}（请假）\n记录：{{person_name:俞晓丹}}\n会议内容：\n1. {{person_name:章伟}}通报，[[2025年秋季学期]][[伙食费]]每生每月收取[[520元]]，按公示的膳食账目实际支出约[[410元]]，结余约[[110元]]/生，超过[[《幼儿园收费管理暂行办法》]]规定的膳食费应专款专用的要求。\n2. {{person_name:单志刚}}称结余已用于购买空调。{{person_name:诸葛丽萍}}当场质疑，空调应由举办者出资。\n3. {{person_name:钟海波}}提出要看银行流水，{{person_name:宋美华}}同意由会计提供。\n4. {{person_name:陶然}}建议将结余退还家长，或向[[绍兴市越城区教育体育局]]反映。\n5. 议定：{{person_name:沈冬梅}}（手机{{mobile:13605751928}}）负责整理材料，下次会议定于[[2026年2月20日]]。",
  // 1092 (b18-19) 繁体：台湾家长投诉台商幼儿园（昆山花桥）
  "陳情書（繁體原文）\n受文者：[[昆山市市場監督管理局]]\n陳情人：{{person_name:林佳蓉}}，臺灣居民，身分證字號{{document_number:A232845509}}，臺灣居民來往大陸通行證號碼{{document_number:05276381}}，手機{{mobile:0928-615-372}}，大陸手機{{mobile:18151276043}}\n臺灣住址：臺北市信義區松仁路{{address:100號8樓之3}}\n大陸住址：昆山市花橋鎮綠地大道{{address:218號蔚藍國際3棟2單元1601室}}\n陳情事項：\n小女{{person_name:張語涵}}（出生日期{{birth_date:民國109年5月7日}}）就讀[[昆山市花橋鎮慧智雙語幼兒園]]中班。該園自[[2025年9月]]起除[[保教費]]每月[[4,600元]]外，另收[[才藝課程費]]每學期[[6,800元]]、[[台灣教材費]][[1,500元]]，須匯入園長{{person_name:黃俊雄}}之配偶{{person_name:吳美玲}}帳戶{{bank_account:6214833240867913978}}。\n家長{{person_name:蔡宗翰}}、{{person_name:王淑芬}}亦有相同遭遇。懇請依法查處。\n陳情人：{{person_name:林佳蓉}}\n[[中華民國115年1月22日]]",
  // 1093 (b18-20) 调查笔录：保育员用个人收款码代收兴趣班费（重庆渝中）
  "调查笔录\n调查机关：[[重庆市渝中区市场监督管理局]]\n被调查单位：[[重庆市渝中区嘉陵小星星幼儿园]]，统一社会信用代码[[52500103NK3YMM32N9]]\n调查时间：[[2026年3月18日]]\n调查人：{{person_name:冉光明}}、{{person_name:向丽}}  记录人：{{person_name:向丽}}\n被调查人：{{person_name:谭小红}}，女，身份证号码{{id_number:50010319940318278X}}，手机{{mobile:17783256104}}，住重庆市渝中区民族路{{address:166号民族小区3栋8-2}}，系该园保育员。\n问：你在园里负责什么？\n答：我在中二班当保育员，也帮班主任{{person_name:母晓燕}}收钱。\n问：收什么钱？\n答：[[美术班]]和[[轮滑班]]的钱，每学期分别是[[1,280元]]和[[1,480元]]。园长{{person_name:冉秋菊}}说这算[[课后延时服务费]]，让家长扫我的微信收款码，我的微信号是{{wechat:tanxh_cq94}}。\n问：收了多少？\n答：中二班[[28个]]孩子，有[[25个]]交了，像{{class_and_name:中二班的蒋一鸣}}和{{person_name:黎欣然}}家都交了两个班的。收完我再转给{{person_name:冉秋菊}}。\n问：有没有记录？\n答：有，我手机里有表格，也发到过{{person_name:母晓燕}}的邮箱{{email:muxiaoyan_cq@qq.com}}。\n被调查人签字：{{person_name:谭小红}}",
  // 1094 (b18-21) 整改通知书：预留学位费、保教费擅自提价（西安雁塔）
  "[[西安市雁塔区教育局]]\n关于责令[[西安市雁塔区曲江春芽幼儿园]]限期整改的通知\n[[雁教发〔2026〕18号]]\n[[西安市雁塔区曲江春芽幼儿园]]（统一社会信用代码[[52610113MJA98CE8WW]]）、法定代表人{{person_name:白玉兰}}：\n根据家长{{person_name:党晓军}}（身份证号{{id_number:610113198509263979}}，手机{{mobile:13891627405}}）、{{person_name:雷娜}}（手机{{mobile:18092371568}}）的投诉，经我局[[2026年3月10日]]现场核查，你园存在以下问题：\n（一）向新入园幼儿收取[[预留学位费]][[5,000元]]，违反[[《幼儿园收费管理暂行办法》第十二条]]；\n（二）将[[保教费]]由备案的每月[[2,300元]]擅自提高至[[2,800元]]；\n（三）上述费用由园长助理{{person_name:薛婷}}通过其个人支付宝收取。\n现责令你园于[[2026年4月15日]]前：1. 全额退还[[预留学位费]]及多收的[[保教费]]；2. 将退费明细报我局；3. 对{{person_name:薛婷}}、{{person_name:白玉兰}}的相关责任作出书面说明。\n逾期不整改的，我局将依法处理。\n经办人：{{person_name:惠建平}}、{{person_name:权晓燕}}\n[[2026年3月12日]]",
  // 1095 (b18-22) 询问笔录：复姓人名密集（上海浦东）
  "询问笔录\n案由：[[上海市浦东新区金桥橡果幼儿园]]涉嫌价格违法案（[[52310115MJC26G14CX]]）\n时间：[[2026年5月6日]]13时30分\n地点：[[上海市浦东新区市场监督管理局]]金桥所\n询问人：{{person_name:司马振宇}}、{{person_name:诸葛慧敏}}\n记录人：{{person_name:诸葛慧敏}}\n被询问人：{{person_name:欧阳丽娟}}，身份证号码{{id_number:310115199006152528}}，手机{{mobile:13916527380}}，固定电话{{landline:021-58832047}}，住上海市浦东新区金桥路{{address:1399弄碧云东方公寓12号1201室}}\n问：你叫什么名字？\n答：我叫{{person_name:欧阳丽娟}}。\n问：你和这家幼儿园是什么关系？\n答：我是家长，孩子是{{class_and_name:大二班的东方一诺}}，随他爸爸{{person_name:东方明}}姓。\n问：园方收取了哪些费用？\n答：除了[[保教费]]每月[[5,200元]]，园长{{person_name:皇甫建新}}还让我们交[[蒙氏教具费]][[2,600元]]和[[毕业典礼费]][[880元]]。\n问：怎么交的？\n答：[[蒙氏教具费]]是转给{{person_name:皇甫建新}}的助理{{person_name:上官婷}}，她的支付宝账号是邮箱{{email:st_shangguan@126.com}}。\n问：园方是否开具发票？\n答：{{person_name:上官婷}}说发票统一由[[上海橡果教育信息咨询有限公司]]开，但一直没开。\n问：能否提供转账记录？\n答：可以，我的微信号是{{wechat:ouyanglj_0615}}，记录都在里面，我爱人{{person_name:东方明}}的手机{{mobile:13818240576}}里也有。\n问：你知道还有谁交了？\n答：{{person_name:慕容晓}}、{{person_name:令狐佳}}、{{person_name:端木子豪}}的妈妈都交了。\n问：以上内容是否属实？\n答：属实。\n被询问人：{{person_name:欧阳丽娟}}  [[2026年5月6日]]",
  // 1096 (b18-23) 行政处罚决定书：床位费经园长个人卡收取（杭州西湖）
  "[[杭州市西湖区市场监督管理局]]\n行政处罚决定书\n[[杭西市监罚处〔2026〕92号]]\n当事人：[[杭州市西湖区紫金港春苗幼儿园]]\n主体类型：民办非企业单位\n统一社会信用代码：[[523301066C4FC6XNRE]]\n法定代表人：{{person_name:俞建国}}\n住所：[[杭州市西湖区]]三墩镇\n[[2026年1月8日]]，本局接到家长{{person_name:施晓霞}}投诉，反映当事人收取[[床位费]]。经立案调查查明：\n当事人在[[2025年秋季学期]]向午睡幼儿收取[[床位费]]每学期[[600元]]，全园[[240名]]幼儿，共计[[144,000元]]，收费通过园长{{person_name:卢丽琴}}（身份证号{{id_number:33010619791101190X}}）的个人银行卡{{bank_account:6229089939019320169}}收取。\n主要证据：\n1. {{person_name:施晓霞}}的投诉材料及证言；\n2. 家长{{person_name:蒋嘉豪}}、{{person_name:戚雨}}提供的缴费截图；\n3. {{person_name:卢丽琴}}、{{person_name:俞建国}}的询问笔录；\n4. 会计{{person_name:沈佳}}提供的收费明细。\n本局认为，当事人在[[保教费]]之外另立收费项目，违反了[[《价格违法行为行政处罚规定》第九条]]。\n本局于[[2026年2月10日]]向当事人送达[[杭西市监罚告〔2026〕61号]]行政处罚告知书，当事人在法定期限内未提出陈述、申辩和听证申请。当事人已于[[2026年2月20日]]前向家长{{person_name:施晓霞}}、{{person_name:蒋嘉豪}}等[[240名]]幼儿家长全额退款，依据[[《中华人民共和国行政处罚法》第三十二条]]，可以从轻处罚。\n本局决定：一、责令退还[[144,000元]]；二、罚款[[10,000元]]。\n罚款请于收到本决定书之日起[[十五日内]]缴纳。如不服本决定，可于[[六十日内]]向[[杭州市西湖区人民政府]]申请行政复议，或于[[六个月内]]向[[杭州市西湖区人民法院]]提起行政诉讼。\n[[2026年2月27日]]",
  // 1097 (b18-24) 退费明细：银行卡号四位分组、家长姓名列（宁波海曙）
  "附件2：[[宁波市海曙区小橡树幼儿园]][[特色课程费]]退费明细（第一批，[[2026年4月20日]]）\n{{person_name:林语桐}}\t中一班\t[[1,500.00]]\t{{bank_account:6236 6875 1099 7015 823}}\t{{person_name:周晓梅}}\n{{person_name:应子睿}}\t中一班\t[[1,500.00]]\t{{bank_account:6214 8314 4229 6874 464}}\t{{person_name:应海波}}\n{{person_name:毛欣妍}}  中二班  [[1,500.00]]  {{mobile:15824563017}}  {{person_name:毛建军}}\n{{person_name:董浩宇}}  中二班  [[750.00]]  {{bank_account:6217 0014 3852 2891 121}}  {{person_name:董海燕}}\n{{person_name:竺一鸣}}\t大一班\t[[1,500.00]]\t{{bank_account:6225 8859 1062 9920 510}}\t{{person_name:竺丽}}\n{{person_name:邬思琪}}  大二班  [[1,500.00]]  {{mobile:13777012846}}  {{person_name:邬斌}}\n本批共[[6名]]，合计[[8,250.00元]]。\n核对人：{{person_name:潘玲}}  审核：{{person_name:何秀芬}}\n监督单位：[[宁波市海曙区市场监督管理局]]",
  // 1098 (b18-25) 听证笔录：择校费，代理人、证人多名（深圳南山）
  "听证笔录（节选）\n听证机关：[[深圳市南山区市场监督管理局]]\n案由：[[深圳市南山区蔚蓝海岸幼儿园]]收取[[择校费]]案\n当事人统一社会信用代码：[[52440305MJXA3M70T0]]\n听证时间：[[2026年5月28日]]14:30\n主持人：{{person_name:钟志明}}  记录员：{{person_name:黎嘉琪}}\n当事人法定代表人：{{person_name:许文辉}}\n委托代理人：{{person_name:郭子健}}，身份证号{{id_number:44030519930914547X}}，手机{{mobile:13760298314}}，系该园行政主任\n委托代理人：{{person_name:林耀华}}，律师\n证人：家长{{person_name:曾志伟}}、{{person_name:罗美娟}}，原财务人员{{person_name:钟晓彤}}\n调查人员{{person_name:李剑锋}}：当事人在[[2025年春季]]招生中向[[37名]]非片区幼儿家长收取[[择校费]]每人[[30,000元]]，共计[[1,110,000元]]。\n代理人{{person_name:林耀华}}：该款项为家长自愿捐赠。\n证人{{person_name:曾志伟}}：招生老师明确说不交三万就没有学位，收据上写的是“捐资助学”。\n证人{{person_name:罗美娟}}：我是转到{{person_name:许文辉}}太太{{person_name:何佩玲}}的招商银行卡{{bank_account:6225884489837370}}的。\n证人{{person_name:钟晓彤}}：这些钱没有进园所账户，是{{person_name:许文辉}}让我单独记账的。\n主持人{{person_name:钟志明}}：当事人对证人证言有无异议？\n{{person_name:郭子健}}：没有补充意见。",
  // 1099 (b18-26) 家委会会议纪要：退费进度、园长抖音招揽托管班（广州天河）
  "[[广州市天河区小叮当艺术幼儿园]]家委会临时会议纪要\n时间：[[2026年4月10日]]20:00（线上会议）\n参会人员：{{person_name:冯淑仪}}、{{person_name:麦志聪}}、{{person_name:区慧敏}}、{{person_name:岑嘉欣}}、{{person_name:黎子豪}}、{{person_name:欧阳晓彤}}\n列席：副园长{{person_name:谭永康}}\n主持：{{person_name:麦志聪}}  记录：{{person_name:区慧敏}}\n议题一：[[开学物品费]]退费进度。{{person_name:谭永康}}通报，园方已按[[穗天教整〔2026〕12号]]通知向[[203名]]幼儿每人退还[[650元]]，尚有[[11名]]家长未提供账户。{{person_name:冯淑仪}}说她家{{person_name:冯子健}}的钱还没到账，她的收款卡是{{bank_account:6214836539912630}}。\n议题二：{{person_name:岑嘉欣}}反映，园长{{person_name:邝伟明}}在抖音（抖音号{{app_account:kuangweiming_yz}}）发视频招揽[[暑期托管班]]，收费[[3,980元]]，要求私信转账。{{person_name:黎子豪}}建议截图留存。\n议题三：{{person_name:欧阳晓彤}}提议大家把证据发到{{person_name:区慧敏}}的邮箱{{email:ouhuimin88@163.com}}，由她统一整理。\n决议：由{{person_name:麦志聪}}（手机{{mobile:13802257461}}）于[[2026年4月15日]]前将材料报送[[广州市天河区教育局]]。",
  // 1100 (b18-28) 繁体：台湾家长陈述书，台胞证、LINE、台中地址（厦门湖里）
  "陳述書\n陳述人：{{person_name:陳怡君}}\n身分證字號：{{document_number:B274691468}}\n台胞證號碼：{{document_number:07815394}}\n手機：{{mobile:0935-268-417}}（臺灣）、{{mobile:15759284306}}（大陸）\nLINE ID：{{app_account:yijun_chen77}}\n臺灣戶籍地址：臺中市西屯區臺灣大道三段{{address:99號12樓之5}}\n廈門住址：廈門市湖里區湖里大道{{address:45號海天花園7棟603室}}\n本人之子{{person_name:李承恩}}（{{birth_date:2021年8月16日}}生）自[[2025年2月]]起就讀[[廈門市湖里區寶島之星幼兒園]]（統一社會信用代碼[[52350206HF7NWCKJDQ]]）。園方董事長{{person_name:郭明德}}、園長{{person_name:郭淑惠}}要求台胞家長每學期另繳[[雙語加強班費]][[8,800元]]及[[年節活動費]][[600元]]，匯入{{person_name:郭淑惠}}在臺灣的郵局帳戶{{bank_account:00012340567891}}，未開具任何票據。\n本人與家長{{person_name:吳建宏}}、{{person_name:張雅筑}}曾於[[2025年12月5日]]向園方要求退費，遭{{person_name:郭明德}}拒絕。以上陳述屬實。\n陳述人簽名：{{person_name:陳怡君}}\n[[2026年1月6日]]\n受理單位：[[廈門市湖里區市場監督管理局]]  受理人：{{person_name:黃志成}}",
  // 1101 (b18-29) 询问笔录：举办者、接送车车牌、校服进价（义乌）
  "询问笔录\n询问时间：[[2026年5月22日]]9时至11时20分\n询问地点：[[义乌市市场监督管理局]]稠城所\n询问人：{{person_name:楼晓峰}}、{{person_name:金雯}}  记录人：{{person_name:金雯}}\n被询问人：{{person_name:吴卫东}}，男，身份证号码{{id_number:33078219890616055X}}，手机{{mobile:13858911427}}，家里电话{{landline:0579-85126637}}，住义乌市稠城街道工人北路{{address:1066号绣湖小区28幢2单元402室}}\n问：你与[[义乌市稠城街道小天鹅幼儿园]]是什么关系？\n答：我是举办者，园长是我姐姐{{person_name:吴丽萍}}。\n问：[[校服费]]每套收多少？\n答：收[[380元]]一套，进价[[120元]]。\n问：园里有几辆接送车？\n答：两辆，{{licence_plate:浙G·5R827}}登记在我名下，{{licence_plate:浙GD38761}}登记在司机{{person_name:陈志强}}名下，每月收[[接送费]][[300元]]。\n问：这些费用有没有公示？\n答：没有，是{{person_name:吴丽萍}}在家长群里通知的。\n问：钱进了哪个账户？\n答：进了我的农行卡{{bank_account:6228488392916364923}}。\n问：车辆登记证书能否提供？\n答：可以，我明天让{{person_name:陈志强}}送来。\n被询问人签名：{{person_name:吴卫东}}",
  // 1102 (b18-30) 整改报告：伙食费结余退还，责任人解聘（武汉武昌）
  "关于[[伙食费]]多收问题的整改报告\n[[武汉市武昌区市场监督管理局]]：\n[[2026年5月8日]]，贵局对我园（[[武汉市武昌区七彩虹幼儿园]]，统一社会信用代码[[52420106MJFJM0MY5T]]）下达了[[武昌市监责改〔2026〕15号]]责令改正通知书。我园高度重视，由法定代表人{{person_name:汤美玲}}牵头，会计{{person_name:邓晓玲}}、厨房负责人{{person_name:汪德胜}}、家委会代表{{person_name:万建华}}共同参与整改。\n一、问题原因：[[2025年秋季学期]][[伙食费]]按[[每月600元]]收取，实际膳食成本约[[380元]]，结余未按规定退还。责任人为原后勤主管{{person_name:柯芳}}（身份证号{{id_number:420106199602097202}}），已于[[2026年5月15日]]解除劳动合同。\n二、退费情况：已向[[215名]]幼儿退还[[每月220元]]，共计[[236,500元]]，明细另附。家长{{person_name:程建华}}（{{mobile:13986172530}}，住东湖港湾{{address:7栋1单元1502室}}）、{{person_name:聂红}}（{{mobile:15926391847}}）因账户问题，改为现金退还，由{{person_name:邓晓玲}}上门送达并签收。\n三、制度建设：伙食费单独建账，每月在园门口公示，由家委会代表{{person_name:万建华}}每月核对。\n法定代表人：{{person_name:汤美玲}}\n联系人：{{person_name:邓晓玲}}，电话{{mobile:18971053628}}，邮箱{{email:dengxl_qch@sina.com}}\n[[2026年6月20日]]",
  // 1103 (b18-31) 行政处罚决定书：兴趣班费，缴费家长列于句中（成都武侯）
  "[[成都市武侯区市场监督管理局]]\n行政处罚决定书\n[[成武市监罚〔2026〕67号]]\n当事人：[[成都市武侯区小太阳幼儿园]]\n统一社会信用代码：[[52510107MJ1G92R916]]\n法定代表人：{{person_name:唐国强}}\n举办者：[[成都小太阳教育咨询有限公司]]（[[91510107BEUN9KCLN9]]）\n委托代理人：{{person_name:苟晓梅}}，身份证号{{id_number:510107199102109201}}，手机{{mobile:13982047516}}\n本局于[[2026年3月2日]]对当事人涉嫌违规收取[[兴趣班费]]立案调查。现查明：[[2025年9月]]至[[2026年1月]]，当事人在办园时间内组织[[舞蹈]]、[[围棋]]、[[英语]]三个兴趣班，向[[118名]]幼儿收取每人[[800元]]至[[2,400元]]不等，合计[[213,600元]]。家长{{person_name:罗建国}}、{{person_name:杜文静}}、{{person_name:廖勇}}、{{person_name:王春燕}}、{{person_name:司马伟}}、{{person_name:蒲红梅}}、{{person_name:文海}}等均证实，班主任告知不报班的孩子只能在教室“自由活动”。\n上述事实有下列证据证明：\n证据一：{{person_name:罗建国}}的证言，证明其子{{class_and_name:中三班罗俊熙}}被要求报班；\n证据二：{{person_name:杜文静}}提供的转账记录，收款账户为教务主任{{person_name:谢雨桐}}的个人卡{{bank_account:6217008589208902419}}；\n证据三：{{person_name:唐国强}}、{{person_name:谢雨桐}}的询问笔录；\n证据四：兴趣班报名表。\n本局认为，当事人违反了[[《幼儿园收费管理暂行办法》第十条]]，依据[[《价格违法行为行政处罚规定》第七条]]，决定：责令退还[[213,600元]]；处罚款[[25,000元]]。\n[[2026年6月8日]]",
  // 1104 (b18-32) 询问笔录：会计个人微信收外教课费、外籍外教姓名（青岛市南）
  "询问笔录\n时间：[[2026年4月2日]]\n地点：[[青岛市市南区市场监督管理局]]\n询问人：{{person_name:隋文涛}}、{{person_name:逄丽丽}}  记录人：{{person_name:逄丽丽}}\n被询问人：{{person_name:曲凤英}}，女，身份证号码{{id_number:370202199001109664}}，手机{{mobile:15063917428}}，微信号{{wechat:qfy_0110}}，住青岛市市南区香港中路{{address:76号颐和国际A座2306室}}\n问：你在[[青岛市市南区海之星幼儿园]]担任什么职务？\n答：会计，兼管收费。\n问：[[外教课]]的费用怎么收的？\n答：园长{{person_name:于海燕}}让我建了一个微信群，家长扫我个人微信的收款码，每人每学期[[3,000元]]。\n问：一共收了多少？\n答：[[172名]]幼儿，共[[516,000元]]。我每周转给{{person_name:于海燕}}的丈夫{{person_name:隋长江}}，他的卡号是{{bank_account:6222628432244490455}}。\n问：外教是谁？\n答：外教叫{{person_name:Daniel Moore}}，每周来两次，工资是{{person_name:于海燕}}直接给的。\n问：家委会的{{person_name:高雪}}说她孩子没上过外教课，你知道吗？\n答：知道，小二班有几个孩子不上，但也按通知交了。\n被询问人签名：{{person_name:曲凤英}}",
  // 1105 (b18-33) 调查笔录：招生主管抖音号、小红书号收预报名费（长沙岳麓）
  "调查笔录\n调查机关：[[长沙市岳麓区市场监督管理局]]\n案由：[[长沙市岳麓区梅溪湖小橙子幼儿园]]（[[52430104L5TCR89B7P]]）通过网络直播收取[[预报名费]]\n时间：[[2026年6月12日]]\n调查人：{{person_name:刘湘平}}、{{person_name:龙婷}}；记录：{{person_name:龙婷}}\n被调查人：{{person_name:伍思敏}}，女，身份证号{{id_number:430104198407186642}}，手机{{mobile:17369125840}}，系该园招生主管\n问：你们在哪些平台招生？\n答：主要是抖音和小红书。我个人的抖音号是{{app_account:wusimin0718}}，小红书号是{{app_account:9527461038}}，园里的账号也由我管。\n问：直播里说的[[预报名费]]是多少？\n答：[[2,000元]]，入园后抵[[保教费]]，不来的不退。这是园长{{person_name:易志华}}定的。\n问：钱交到哪里？\n答：家长加我微信{{wechat:wsm_changsha}}转账，我再转到{{person_name:易志华}}的支付宝。\n问：有多少家长交了？\n答：[[2026年5月]]到现在大概[[63人]]，其中{{person_name:黄丽君}}、{{person_name:邹凯}}两位家长已经要求退钱。\n问：你知道收取预报名费违反[[《幼儿园收费管理暂行办法》第十三条]]吗？\n答：不清楚。\n被调查人签字：{{person_name:伍思敏}}",
  // 1106 (b18-34) 听证笔录：空调费、材料费，代理人为法定代表人之女（青岛市南）
  "听证笔录\n听证机关：[[青岛市市南区市场监督管理局]]\n案号：[[青南市监听〔2026〕9号]]\n当事人：[[青岛市市南区贝贝熊幼儿园]]，统一社会信用代码[[523702024M8P1E3TCG]]\n听证时间：[[2026年7月1日]]9时\n听证主持人：{{person_name:修建国}}  听证员：{{person_name:栾晓燕}}  记录员：{{person_name:臧琳}}\n法定代表人：{{person_name:宫建波}}，身份证号码{{id_number:370202198501199657}}\n委托代理人：{{person_name:綦俊峰}}，律师，电话{{mobile:18661807235}}\n委托代理人：{{person_name:宫晓}}，法定代表人之女，住青岛市市南区东海西路{{address:35号太平洋中心B座1502室}}\n调查人员：{{person_name:隋文涛}}、{{person_name:姜海}}\n证人：{{person_name:鞠红}}（家长）、{{person_name:初一鸣}}（家长）\n{{person_name:隋文涛}}：当事人自[[2025年秋季学期]]起收取[[空调费]]每月[[150元]]、[[材料费]]每学期[[600元]]，均未备案，拟罚款[[18,000元]]。\n{{person_name:綦俊峰}}：空调费系夏季临时收取，已于[[2025年10月]]停止。\n证人{{person_name:鞠红}}：我女儿是{{class_and_name:中一班鞠雨涵}}，空调费一直收到[[2026年1月]]，收据上盖的是{{person_name:宫晓}}的私章。\n证人{{person_name:初一鸣}}：我有{{person_name:宫晓}}用微信{{wechat:gongxiao_qd}}发的催缴信息。\n主持人{{person_name:修建国}}：双方对以上证据有无意见？\n{{person_name:宫建波}}：没有。\n听证结束时间：11时05分。",
  // 1107 (b18-36) 家委会会议纪要：在家长家中开会，赞助费与双语课时费（北京朝阳）
  "[[北京市朝阳区彩虹桥国际幼儿园]]家长委员会会议纪要\n会议时间：[[2026年2月28日]]19:30\n会议地点：{{person_name:李春梅}}家（朝阳区望京西路{{address:48号金隅丽港城213楼1单元602}}）\n参会人员：{{person_name:李春梅}}、{{person_name:张建新}}、{{person_name:赵雅琪}}、{{person_name:钱振宇}}、{{person_name:孟凡}}、{{person_name:闫晓光}}\n记录人：{{person_name:赵雅琪}}\n{{person_name:李春梅}}：我已经把[[入园赞助费]][[20,000元]]的白条交给了[[北京市朝阳区市场监督管理局]]。\n{{person_name:钱振宇}}：我们家也交了[[20,000元]]，转给了{{person_name:韩冬}}，她的微信号是{{wechat:handong_bj82}}。\n{{person_name:孟凡}}：[[保教费]]每月[[6,500元]]是备案价，但{{person_name:韩冬}}另外还收[[双语课时费]]每月[[1,200元]]。\n{{person_name:闫晓光}}：建议大家把转账记录统一发到{{person_name:赵雅琪}}的邮箱{{email:zhaoyaqi_1208@qq.com}}，或者发她QQ{{qq:290617734}}。\n{{person_name:张建新}}：我家座机是{{landline:010-65912843}}，执法人员可以打这个电话找我。\n会议决定：[[2026年3月5日]]前由{{person_name:李春梅}}、{{person_name:钱振宇}}向[[北京市朝阳区教育委员会]]联名反映。",
  // 1108 (b18-39) 行政处罚决定书：非户籍管理费，入园登记表含出生医学证明编号（重庆渝中）
  "[[重庆市渝中区市场监督管理局]]\n行政处罚决定书\n[[渝中市监处字〔2026〕58号]]\n当事人：[[重庆市渝中区山城宝贝幼儿园]]\n统一社会信用代码：[[52500103XKGTG5R1MD]]\n法定代表人：{{person_name:陈光荣}}\n经查：当事人自[[2025年8月]]起对非本区户籍幼儿加收[[非户籍管理费]]每学期[[1,500元]]，共涉及[[41名]]幼儿，金额[[61,500元]]。当事人以核查户籍为由要求家长提交出生医学证明，其入园登记表中登记了幼儿{{person_name:周梓萱}}（出生医学证明编号{{document_number:P500318462}}，出生日期{{birth_date:2021年4月3日}}）、{{person_name:胡锦程}}（出生医学证明编号{{document_number:Q510726193}}）等人的信息。\n证据一：家长{{person_name:周俊}}的证言及缴费收据；\n证据二：家长{{person_name:胡晓燕}}提供的银行转账记录，收款人{{person_name:陈光荣}}，卡号{{bank_account:6229084877906727739}}；\n证据三：入园登记表复印件（含{{person_name:周梓萱}}、{{person_name:胡锦程}}的信息）；\n证据四：园长{{person_name:杨建勇}}（身份证号{{id_number:500103199611150053}}）的询问笔录。\n本局认为，当事人的行为违反了[[《中华人民共和国价格法》第十二条]]，依据[[《价格违法行为行政处罚规定》第九条]]，决定：一、责令退还[[61,500元]]；二、罚款[[12,000元]]。\n如不服本决定，可于[[六十日内]]向[[重庆市渝中区人民政府]]申请行政复议。\n[[2026年4月28日]]",
  // 1109 (b18-40) 询问笔录：护照、往来港澳通行证号码，游学定金（南京鼓楼）
  "询问笔录\n时间：[[2026年3月2日]]\n地点：[[南京市鼓楼区市场监督管理局]]宁海路所\n询问人：{{person_name:吕建华}}、{{person_name:卞晓雯}}  记录人：{{person_name:卞晓雯}}\n被询问人：{{person_name:韦丽娟}}，女，身份证号{{id_number:320106199307260624}}，手机{{mobile:13770582946}}，固定电话{{landline:025-83327165}}，护照号码{{document_number:EJ4827156}}，往来港澳通行证号码{{document_number:CA6284017}}，住南京市鼓楼区宁海路{{address:122号江苏路小区5幢301室}}\n问：你什么时候把孩子送到[[南京市鼓楼区童心园幼儿园]]的？\n答：[[2025年9月]]，孩子叫{{person_name:陶一然}}，是{{class_and_name:小一班陶一然}}，{{birth_date:2022年2月11日}}出生。\n问：园里收了哪些费用？\n答：[[保教费]]每月[[3,400元]]，还有[[特色托管费]][[1,600元]]。另外{{person_name:朱秀兰}}园长说国际班要办出境游学，让我们交孩子的往来港澳通行证复印件，孩子的证号是{{document_number:C18465302}}，又收了[[游学定金]][[3,000元]]。\n问：游学去了吗？\n答：没有，定金也没退。\n问：你交给谁了？\n答：转给会计{{person_name:钱嘉怡}}，她的工行卡{{bank_account:6212267960120828}}。\n问：你丈夫知道这件事吗？\n答：知道，他叫{{person_name:陶志远}}，电话{{mobile:18951736204}}。\n被询问人签名：{{person_name:韦丽娟}}",
  // 1110 (b18-41) 整改通知书及回执：体检费差价、被褥费（南京鼓楼）
  "[[南京市鼓楼区教育局]]\n整改通知书\n[[鼓教督〔2026〕7号]]\n[[南京市鼓楼区清凉山小海豚幼儿园]]：\n你园统一社会信用代码[[5232010651QTJC5BMA]]，法定代表人{{person_name:顾文华}}。经查，你园于[[2026年春季学期]]开学时向幼儿收取[[被褥费]][[480元]]、[[体检费]][[260元]]（实际体检费用[[120元]]），由保健医{{person_name:殷红}}收取现金，未开票据。家长{{person_name:季晓明}}（手机{{mobile:15851826037}}）、{{person_name:濮丽}}（手机{{mobile:13815927046}}）就此向我局投诉。\n请你园：一、于[[2026年3月31日]]前退还[[体检费]]差价每人[[140元]]；二、[[被褥费]]由家长自愿选择，已收取的经家长申请予以退还；三、书面报告整改情况。\n督导员：{{person_name:邵明}}、{{person_name:包雅婷}}\n[[2026年3月16日]]\n-----------------\n回执\n我园已收到[[鼓教督〔2026〕7号]]整改通知书。\n签收人：{{person_name:顾文华}}（法定代表人）\n联系电话：{{mobile:13951628470}}\n家庭住址：南京市鼓楼区虎踞路{{address:185号清凉门大街小区8幢2单元601室}}\n[[2026年3月17日]]",
  // 1111 (b18-43) 家委会会议纪要：QQ群会议，听证后续（长沙岳麓）
  "[[长沙市岳麓区麓山小树苗幼儿园]]家长委员会第四次会议纪要\n时间：[[2026年5月16日]]  地点：QQ群视频会议（群号{{qq:814276305}}）\n参会人员：{{person_name:上官文静}}（主任）、{{person_name:曾晓燕}}、{{person_name:覃海峰}}、{{person_name:尹素芳}}、{{person_name:阳光明}}、{{person_name:粟丽}}\n记录：{{person_name:尹素芳}}\n一、{{person_name:上官文静}}通报听证情况：[[2026年5月12日]]参加了[[长沙市岳麓区市场监督管理局]]组织的听证，园方代理人{{person_name:罗志勇}}称[[点心费]]经家委会同意，已当场否认。\n二、{{person_name:覃海峰}}（QQ{{qq:1073526481}}）表示，其女儿{{person_name:覃可欣}}过敏不吃点心，[[点心费]]每月[[180元]]应全额退还。\n三、{{person_name:阳光明}}提出[[伙食费]][[每天23元]]超过备案的[[每天18元]]，建议统计全园多交金额。{{person_name:粟丽}}自愿用表格统计，请大家把缴费截图发送至她的邮箱{{email:suli_cs@foxmail.com}}。\n四、下一步：由{{person_name:曾晓燕}}（{{mobile:18874036152}}）联系其他家长收集收据，{{person_name:上官文静}}负责与[[长沙市岳麓区教育局]]沟通。",
  // 1112 (b18-44) 询问笔录：家长小红书发帖、园长抖音私信施压（杭州西湖）
  "询问笔录\n时间：[[2026年5月20日]]\n地点：[[杭州市西湖区市场监督管理局]]文新所\n询问人：{{person_name:方志伟}}、{{person_name:俞静}}  记录人：{{person_name:俞静}}\n被询问人：{{person_name:章浩}}，男，身份证号码{{id_number:330106198704157134}}，手机{{mobile:13957126483}}，小红书号{{app_account:4819275536}}，住杭州市西湖区文一西路{{address:522号西溪诚园15幢2单元801室}}\n问：你在小红书上发的“[[杭州市西湖区青芽幼儿园]]乱收费”笔记是你本人写的吗？\n答：是的，我在[[2026年5月10日]]发的。\n问：你反映了什么内容？\n答：孩子{{person_name:章一诺}}在园里读小班，每月[[保教费]][[2,650元]]之外还收[[延时服务费]][[500元]]，根本没有延时服务。\n问：发帖后发生了什么？\n答：园长{{person_name:黄志明}}通过小红书私信和抖音（他的抖音号是{{app_account:huangzm_qingya}}）联系我，让我删帖，还让他爱人{{person_name:傅丽君}}打我电话。\n问：你有证据吗？\n答：有私信截图和通话记录，{{person_name:傅丽君}}用的号码是{{mobile:15988137024}}。\n问：你还知道哪些家长有同样情况？\n答：{{person_name:蔡文博}}、{{person_name:邱敏}}在评论区留言说也交了。\n被询问人签名：{{person_name:章浩}}",
  // 1113 (b18-45) 听证笔录：夏令营费重复收费，园车车牌（大连沙河口）
  "听证笔录\n听证机关：[[大连市沙河口区市场监督管理局]]\n案号：[[大沙市监听〔2026〕3号]]\n时间：[[2026年8月4日]]9:00—11:40\n主持人：{{person_name:佟振国}}  听证员：{{person_name:关丽娜}}  书记员：{{person_name:那晓雪}}\n当事人：[[大连市沙河口区星海湾小海星幼儿园]]，统一社会信用代码[[5221020295MQEY7NKC]]，法定代表人{{person_name:车志远}}\n委托代理人：{{person_name:滕雅丽}}，身份证号{{id_number:210202198810134967}}，手机{{mobile:13904113625}}；{{person_name:车晓宁}}，法定代表人之女\n调查人员：{{person_name:富春华}}、{{person_name:吕强}}\n证人：{{person_name:隋海波}}、{{person_name:郎文静}}\n{{person_name:富春华}}：当事人向[[92名]]幼儿收取[[夏令营费]]每人[[2,980元]]，其中日常保育内容已含在[[保教费]]中，构成重复收费，拟罚款[[40,000元]]。\n{{person_name:滕雅丽}}：夏令营含外出活动，使用园车{{licence_plate:辽B·D53926}}，费用合理。\n证人{{person_name:隋海波}}：我孩子是{{class_and_name:大一班的隋心}}，只外出过一次，其余时间都在园里上课。\n证人{{person_name:郎文静}}：我转账给{{person_name:车晓宁}}的微信{{wechat:chexn_1996}}，金额[[2,980元]]，没有收据。\n主持人{{person_name:佟振国}}：当事人作最后陈述。\n{{person_name:车志远}}：请求考虑经营困难，从轻处理。",
  // 1114 (b18-46) 行政处罚决定书：校服费与接送费，证据目录（义乌）
  "[[义乌市市场监督管理局]]\n行政处罚决定书\n[[义市监处罚〔2026〕203号]]\n当事人：[[义乌市稠城街道小天鹅幼儿园]]\n统一社会信用代码：[[52330782MJU45XQPQR]]\n法定代表人：{{person_name:吴丽萍}}\n举办者：{{person_name:吴卫东}}，身份证号码{{id_number:33078219890616055X}}，住义乌市稠城街道工人北路{{address:1066号绣湖小区28幢2单元402室}}\n经查明：\n一、当事人向[[312名]]幼儿按每套[[380元]]收取[[校服费]]，校服进价[[120元]]，未经家长自愿选择；\n二、当事人使用{{licence_plate:浙G·5R827}}、{{licence_plate:浙GD38761}}两辆车接送幼儿，每月收取[[接送费]][[300元]]，未予公示；\n三、上述款项存入{{person_name:吴卫东}}个人账户{{bank_account:6228488392916364923}}。\n证据目录：\n证据一：{{person_name:楼建平}}的证言；\n证据二：{{person_name:王晓红}}、{{person_name:吴海军}}提供的缴费凭证；\n证据三：{{person_name:吴卫东}}、{{person_name:吴丽萍}}的询问笔录；\n证据四：司机{{person_name:陈志强}}的证言及车辆登记证书。\n[[2026年6月15日]]，本局向当事人送达行政处罚告知书，举办者{{person_name:吴卫东}}委托其妻{{person_name:骆晓敏}}（身份证号{{id_number:330782198105238206}}，手机{{mobile:15925961384}}）申请听证，后于[[2026年6月22日]]书面撤回。\n本局认为，当事人的行为违反了[[《中华人民共和国价格法》第十三条]]，依据[[《价格违法行为行政处罚规定》第七条]]，决定：责令退还多收价款[[81,120元]]，罚款[[20,000元]]。\n[[2026年7月9日]]",
  // 1115 (b18-48) 繁体：台商子弟学校附设幼儿园家长会纪录（东莞）
  "[[東莞台商子弟學校附設幼兒園]]家長會會議紀錄\n日期：[[2026年3月14日]]（星期六）上午10時\n地點：本園視聽教室\n主席：家長會會長{{person_name:李宗翰}}\n出席：{{person_name:李宗翰}}、{{person_name:陳美惠}}、{{person_name:林志豪}}、{{person_name:歐陽怡婷}}、{{person_name:許雅雯}}、{{person_name:謝明哲}}；園方：園長{{person_name:蔡麗娟}}、總務{{person_name:游文彬}}\n紀錄：{{person_name:許雅雯}}\n一、{{person_name:陳美惠}}報告：本學期[[月費]]調高為每月人民幣[[4,200元]]，另收[[冷氣費]][[每月200元]]及[[畢業紀念冊費]][[850元]]，均未經家長會同意。\n二、{{person_name:蔡麗娟}}說明：冷氣費係因電費上漲。{{person_name:林志豪}}質疑[[保教費]]已含水電。\n三、{{person_name:歐陽怡婷}}（手機{{mobile:0912-738-546}}）表示其子{{person_name:王柏睿}}（身分證字號{{document_number:H192021940}}）的畢業紀念冊費已轉入{{person_name:游文彬}}個人帳戶{{bank_account:6217995889111313}}。\n四、決議：由{{person_name:謝明哲}}（手機{{mobile:0958-204-317}}，Email：{{email:mingzhe.hsieh@gmail.com}}）彙整意見，於[[2026年3月31日]]前函送[[東莞市市場監督管理局]]；園方收據請寄至{{person_name:謝明哲}}住所（東莞市長安鎮長青南路{{address:303號萬科城12棟1502室}}）。\n散會：中午12時",
  // 1116 (b18-49) 调查笔录：后勤主任、家中座机、膳食结余买空调（绍兴越城）
  "调查笔录\n调查机关：[[绍兴市越城区市场监督管理局]]\n案由：[[绍兴市越城区鉴湖之星幼儿园]]膳食费结余挪用案\n时间：[[2026年2月10日]]\n调查人：{{person_name:孟建江}}、{{person_name:祝丹}}  记录人：{{person_name:祝丹}}\n被调查人：{{person_name:单志刚}}，男，身份证号码{{id_number:330782199304026171}}，手机{{mobile:13819534072}}，家中电话{{landline:0575-85113902}}，住绍兴市越城区解放北路{{address:398号鉴湖景园9幢1单元502室}}，系该园后勤主任\n问：[[伙食费]]结余多少？\n答：[[2025年秋季学期]]每生每月结余[[110元]]左右，全园[[205名]]幼儿，五个月大约[[112,750元]]。\n问：结余用在哪里？\n答：买了8台空调，花了[[68,000元]]，是园长{{person_name:宋美华}}批的，发票开给举办者{{person_name:宋国平}}的公司[[绍兴鉴湖之星教育管理有限公司]]。\n问：剩下的呢？\n答：剩下的在{{person_name:宋美华}}那里，我不清楚。\n问：家委会的{{person_name:诸葛丽萍}}、{{person_name:钟海波}}质疑时你是怎么说的？\n答：我说是园长定的。\n问：食堂采购谁负责？\n答：采购是我妹妹{{person_name:单丽}}，她的手机是{{mobile:15967538120}}。\n被调查人签字：{{person_name:单志刚}}",
  // 1117 (b18-50) 退费明细：双语教学费，少见单字姓，含备注列（宁波鄞州）
  "[[宁波市鄞州区蓝精灵双语幼儿园]][[双语教学费]]退费（[[每月480元]]×[[5个月]]），小班第1页\n{{person_name:邵一凡}}\t小一班\t[[2,400]]\t{{bank_account:6222029814696046387}}\n{{person_name:史可馨}}\t小一班\t[[2,400]]\t{{mobile:13486620175}}\n{{person_name:贺子轩}}\t小二班\t[[2,400]]\t{{bank_account:6225883700109906960}}\n{{person_name:柴语嫣}}\t小二班\t[[1,920]]\t{{mobile:15906845532}}\t中途入园\n{{person_name:葛浩宇}}\t小三班\t[[2,400]]\t{{bank_account:6236680694624747425}}\n{{person_name:水晓雨}}\t小三班\t[[2,400]]\t{{mobile:18758432091}}\t已退，家长{{person_name:水建明}}签收\n{{person_name:乐一鸣}}\t小三班\t[[480]]\t{{bank_account:6236689445744862052}}\t转园\n{{person_name:俞悦}}\t小四班\t[[2,400]]\t{{mobile:13566308714}}\n制表：{{person_name:杨慧}}  园长：{{person_name:孙美琴}}  [[2026年5月6日]]\n共[[126户]]，本页8户，监督单位[[宁波市鄞州区市场监督管理局]]",
  // The nineteenth blind round (NINETEENTH_ROUND_FROM, below); b19-N is the writer's number.
  // 1118 (b19-1) 南京 12345 parent, teacher named 高山 vs 高山幼儿园
  "您好，我是[[南京市鼓楼区]]的家长{{person_name:周静怡}}，孩子在[[高山幼儿园]]{{class_and_name:中一班刘子墨}}。园里[[2026年春季学期]]把[[保教费]]从每月[[2,680元]]涨到[[3,150元]]，还另收[[被褥费]][[380元]]，没有任何公示。班主任老师叫{{person_name:高山}}，她说是园长{{person_name:孟庆华}}定的。我电话{{mobile:139 5172 8846}}，微信同手机，麻烦尽快回复。",
  // 1119 (b19-2) 合肥 grandmother dictating, classmate named 文静 vs 文静双语幼儿园
  "（外婆口述，外孙女{{person_name:夏雨桐}}帮着打字）我叫{{person_name:钱桂兰}}，外孙{{person_name:程浩然}}在[[合肥市蜀山区]][[文静双语幼儿园]]上大班。上个月老师让交[[伙食费]][[960块]]，我交的现金，没给收据。跟他一个班的小姑娘名叫{{person_name:文静}}，她奶奶也交了，也没收据。我没手机，有事打我女儿电话{{mobile:186 后面 5512 3309}}，或者打家里座机{{landline:0551-6528 7714}}。",
  // 1120 (b19-3) 南昌 teacher's apology in the class group, two names run together
  "【大二班家长群】{{person_name:万晓琳}}：各位家长晚上好，我是万老师。今天下午我误把[[兴趣班费]]收款表截图发到群里，上面有{{person_name:胡一鸣}}{{person_name:邹可欣}}两位小朋友家长的手机号，已经撤回了，非常抱歉！另外{{class_and_name:大二班的彭宇航}}妈妈多转了[[¥1 200]]，明天原路退回。[[南昌市东湖区]][[李想艺术幼儿园]]本学期[[兴趣班费]]按每期[[680元]]收，有疑问私聊我，电话{{mobile:158-0791-3346}}。",
  // 1121 (b19-4) 厦门 principal's notice naming the collector and the bus driver
  "[[厦门市思明区]][[陈家桥幼儿园]]关于缴纳[[2026年春季学期]]费用的通知\n各位家长：本学期[[保教费]]每月[[2,350元]]、[[伙食费]]每天[[18元]]，请于[[2026年2月28日]]前交至财务{{person_name:林素芬}}老师处，不再收个人转账。[[校车费]]请咨询司机{{person_name:黄志坚}}师傅，车牌{{licence_plate:闽D·3K729}}，电话{{mobile:139 0602 5177}}。\n园长：{{person_name:陈美玲}}\n统一社会信用代码：[[91350203MJ313187C3]]",
  // 1122 (b19-5) 武汉 officer's e-mail to a colleague with signature block
  "{{person_name:杜明}}科长：\n[[欧阳湖幼儿园]]超标收费线索已核实，园方在[[2025年秋季学期]]多收[[园服费]]共计[[人民币叁仟元整]]，拟依据[[《价格法》第十三条]]立案，案号[[武昌市监立〔2026〕41号]]。请协调园方退费。\n——\n{{person_name:欧阳慧}}\n[[武汉市武昌区市场监督管理局]] 价格监督检查科 四级主任科员\n电话：{{landline:027-8788 5102转8031}}\n手机：{{mobile:13667128804}}\n邮箱：{{email:ouyanghui_wc@126.com}}",
  // 1123 (b19-6) 长沙 家委会 treasurer's ledger of 园服费
  "[[长沙市岳麓区]][[梅溪湖双语幼儿园]]中三班家委会代收[[园服费]]登记（{{person_name:谭雅琪}}记）\n1. {{person_name:罗嘉懿}}妈妈 微信转 [[320元]] 已付\n2. {{person_name:曾梓轩}}爸爸 支付宝 [[320元]] 已付\n3. {{class_and_name:中三班 刘一诺}} 现金 [[320元]] 未开票\n4. {{person_name:易子涵}}外婆 [[160元]]（还差[[160元]]）\n合计[[1,120元]]，已交园方。有问题加我微信{{wechat:tan_yaqi0812}}",
  // 1124 (b19-7) 郑州 lawyer's letter on behalf of parents
  "律师函\n致：[[郑州市金水区]][[启航之星幼儿园]]\n受{{person_name:马俊峰}}、{{person_name:李晓燕}}等十二位家长委托，就贵园在[[2025年秋季学期]]强制收取[[兴趣班费]]每学期[[1,800元]]一事，依据[[《价格法》第十三条]]及[[《幼儿园收费管理暂行办法》第十条]]，要求贵园于函到七日内退还，并向[[金水区市场监督管理局]]报告。\n律师：{{person_name:孔令辉}}（执业证号{{document_number:14101201710623549}}）\n电话：{{mobile:139-3855-2716}}\n邮箱：{{email:konglinghui@foxmail.com}}",
  // 1125 (b19-8) 苏州 bank refund receipt to a parent
  "中国农业银行 转账回单\n交易日期：[[2026-03-12]]\n付款户名：[[苏州市吴中区启明幼儿园]]\n收款户名：{{person_name:顾晓梅}}\n收款账号：{{bank_account:6228 4826 1886 2679 559}}\n金额：[[¥2,680.00]]\n大写：[[人民币贰仟陆佰捌拾元整]]\n用途：退[[2026年春季学期]][[保教费]]差额（{{class_and_name:小一班顾念}}）\n摘要：依[[吴中区市场监督管理局]]责令退还\n经办人：{{person_name:沈立新}}",
  // 1126 (b19-9) 石家庄 local news item
  "本报讯（记者 {{person_name:韩立冬}}）近日，[[石家庄市长安区]][[小树苗幼儿园]]因违规收取[[被褥费]]、[[园服费]]，被[[长安区市场监督管理局]]罚款[[2万元]]，决定书文号[[石长市监罚〔2026〕17号]]。家长{{person_name:赵文博}}告诉记者，孩子{{person_name:赵一凡}}去年九月入园时被要求一次交[[1,460元]]。园长{{person_name:谷雪}}表示已全部退还，{{person_name:赵文博}}说确实收到了。市民如遇类似情况可拨打[[12315]]。",
  // 1127 (b19-10) 深圳 WeChat moment, foreign teacher, new-energy plate
  "气死了😤 [[深圳市福田区]]这家[[彩虹桥国际幼儿园]]开学又要交[[校车费]][[3,600元]]一学期，外教{{person_name:Tom Smith}}上学期就走了，[[外教课费]]照收不误。我家{{class_and_name:中一班林沐阳}}回家说现在英语课是生活老师{{person_name:黄诗琪}}带着看动画片🙄 那辆{{licence_plate:粤BD58231}}校车天天塞十几个孩子。同样情况的宝妈加我{{wechat:mumu_mama_0916}}，一起打[[12345]]！",
  // 1128 (b19-11) 上海浦东 12345 form with lane address and 139.com mail
  "投诉对象：[[上海市浦东新区]][[海桐花幼儿园]]\n诉求：我是家长{{person_name:沈佳慧}}，住锦绣路{{address:1288弄16号602室}}，孩子{{person_name:沈奕辰}}（身份证{{id_number:310115202001222202}}）在该园读大班。园方[[2026年春季学期]]要求交[[兴趣班费]][[4,200元]]，不交就不让上下午的课。联系电话{{mobile:+86 138-1762-5049}}，邮箱{{email:shenjiahui88@139.com}}。",
  // 1129 (b19-12) 福州 grandfather dictating, birth date in Chinese numerals
  "（爷爷说，我打字——{{person_name:郑可馨}}）我是{{person_name:郑长福}}，孙子{{person_name:郑宇轩}}是{{birth_date:二〇二一年三月五日}}出生的，在[[福州市鼓楼区]][[鼓山路幼儿园]]读中班。园里说他不满五周岁要多交[[托管费]]每月[[500元]]，可他明明满了。他身份证号是{{id_number:350102 20210305 0312}}，园里把年龄算错了。我电话{{mobile:135 0591 7728}}，晚上打。",
  // 1130 (b19-13) 天津 principal's notice, two 2-character teacher names run together
  "[[天津市南开区]][[向日葵幼儿园]]缴费通知\n[[2026年春季学期]][[保教费]][[1,650元/月]]、[[伙食费]][[380元/月]]，统一由会计{{person_name:于洪波}}收取，转账至园方对公账户，不得转给班主任个人。小一班、小二班请找{{person_name:刘洋}}{{person_name:张伟}}两位老师领缴费单。缴费问题可加于老师QQ {{qq:3306218874}}。\n统一社会信用代码：[[52120104MJ791878FQ]]\n园长 {{person_name:石秀云}}\n电话 {{landline:022-2753 8816}}",
  // 1131 (b19-14) 北京朝阳 officer's e-mail with signature block
  "{{person_name:宋晓光}}，你好：\n附件是[[金色童年幼儿园]]的收费台账。该园[[2025年秋季学期]]未经备案收取[[校车费]]每学期[[2,200元]]，涉及家长47户。投诉人{{person_name:吕梦洁}}（{{mobile:18611402237}}）要求退费，请于[[2026年3月20日]]前回复。\n\n{{person_name:高翔}}\n[[北京市朝阳区市场监督管理局]]价格监督检查科 副科长\n电话：{{landline:(010)8562 3340 转 206}}\n手机：{{mobile:139-1046-8852}}\n邮箱：{{email:gaoxiang_cy@bjchy.gov.cn}}",
  // 1132 (b19-15) 徐州 refund list with class+name and split bank cards
  "[[徐州市云龙区]][[彭城幼儿园]]大一班[[兴趣班费]]退款明细（家委会{{person_name:蔡文娟}}整理）\n{{class_and_name:大一班李想}}　退[[450元]]　卡号{{bank_account:6217 0081 6812 4957 383}}\n{{class_and_name:大一班 周沫}}　退[[450元]]　卡号{{bank_account:6222-0277-5883-8045-256}}\n{{class_and_name:大一班王可可}}　退[[225元]]　现金\n合计[[1,125元]]，经手人{{person_name:蔡文娟}}、{{person_name:孙建}}",
  // 1133 (b19-16) 佛山 12345 about the owner's brother's van used as school bus
  "[[佛山市南海区]][[桂城小太阳幼儿园]]收[[校车费]]每月[[420元]]，可校车根本不是园里的，是老板{{person_name:梁国强}}的弟弟{{person_name:梁国栋}}的私家面包车，车牌{{licence_plate:粤E·7H3Q5}}，每天挤十几个孩子。我是家长{{person_name:何嘉敏}}，孩子是{{class_and_name:小二班何子俊}}，电话{{mobile:137 2608 5519}}。请[[南海区市场监督管理局]]查处。",
  // 1134 (b19-17) 保定 12345 form with ID and address in table cells
  "投诉人信息\n| 姓名 | {{person_name:刘建国}} |\n| 身份证号 | {{id_number:130602198404260396}} |\n| 联系电话 | {{mobile:15031207764}} |\n| 住址 | 朝阳北大街{{address:866号恒祥华庭5号楼2单元1102}} |\n诉求：[[保定市竞秀区]][[小天鹅幼儿园]]在[[2026年春季学期]]就提前收取下学期[[保教费]][[9,600元]]，违反[[《幼儿园收费管理暂行办法》第十一条]]，请[[竞秀区市场监督管理局]]责令退还。孩子{{class_and_name:中二班刘思彤}}。",
  // 1135 (b19-18) 芜湖 parents' chat, name at sentence start, teacher's WeChat id
  "{{person_name:陈思远}}今天又没去幼儿园，园里说没交[[被褥费]]就不给午睡。{{person_name:方婷}}你家交了没？\n——交了，[[260元]]，转给{{person_name:汪丽萍}}老师个人微信{{wechat:wlp_1987_wh}}，没收据。\n——[[芜湖市镜湖区]]那个[[阳光宝贝幼儿园]]以前就被[[12345]]投诉过，{{person_name:汪丽萍}}还在那干？",
  // 1136 (b19-19) 广州 ICBC electronic receipt of a 伙食费 refund
  "中国工商银行 网上银行电子回单\n付款户名：[[广州市天河区童乐幼儿园]]\n收款户名：{{person_name:谢婉婷}}\n收款人证件号：{{id_number:440106198912012242}}\n收款账号：{{bank_account:6212 2601 8326 1641 884}}\n收款银行：工商银行广州天河支行\n金额：[[¥1,380.00]]（[[人民币壹仟叁佰捌拾元整]]）\n附言：退{{class_and_name:中三班谢子瑜}}[[伙食费]]\n交易时间：[[2026年3月15日]]",
  // 1137 (b19-20) 盐城 local news, Korean teacher
  "[[盐城市亭湖区]]一民办园违规收费被罚\n（记者 {{person_name:季红梅}} 通讯员 {{person_name:单磊}}）日前，[[亭湖区市场监督管理局]]对[[小橘灯幼儿园]]作出行政处罚，责令退还多收的[[保教费]][[18.6万元]]，并处罚款[[3万元]]（[[盐亭市监罚〔2026〕9号]]）。举报人、家长{{person_name:朱海燕}}介绍，园方以“教材费”名义每生每学期加收[[880元]]。该园外籍教师{{person_name:金敏智}}称对收费不知情，{{person_name:朱海燕}}对此表示不认可。",
  // 1138 (b19-21) 扬州 parent, child registered with a passport
  "我叫{{person_name:王心怡}}，儿子{{person_name:王艾伦}}{{birth_date:2021年7月19日}}在新加坡出生，入园时用护照{{document_number:E58320417}}登记，[[扬州市广陵区]][[运河明珠幼儿园]]就按外籍收[[保教费]]每月[[4,800元]]，比本地孩子多[[2,000元]]。孩子是中国籍，户口已经落在扬州，回国后办的港澳通行证{{document_number:C60718293}}上也写的中国。电话{{mobile:180 5270 3318}}，请[[12345]]帮忙协调。",
  // 1139 (b19-22) 洛阳 teacher's apology: 学籍号 posted to the wrong group
  "【[[洛阳市老城区]][[牡丹花幼儿园]]中二班】各位家长好，我是张老师（{{person_name:张慧敏}}）。昨天统计[[园服费]]时把{{class_and_name:中二班 郭梓涵}}和{{class_and_name:中二班 郭子涵}}弄混了，{{person_name:郭梓涵}}妈妈多交了[[190元]]，今天已退回微信。另外学籍号{{document_number:G410302202009173209}}是{{person_name:郭梓涵}}的，发错群了，请大家删除。给大家添麻烦了🙏",
  // 1140 (b19-23) 邯郸 grandmother dictating, phone read out in Chinese numerals
  "俺是{{person_name:冯秀英}}，七十了，让孙子{{person_name:冯博文}}替俺写。孙女{{person_name:冯悦悦}}在[[邯郸市丛台区]][[春苗幼儿园]]上小班，[[2026年春季学期]]园里收了[[被褥费]]又收[[床品费]]，一共[[520元]]，俺不懂这是不是一样东西。俺儿子{{person_name:冯志强}}在外地打工，电话{{mobile:一三九三一零八八二五六}}，家里电话{{landline:0310-3026415}}。",
  // 1141 (b19-24) 上海闵行 lawyer's letter with client's ID and office extension
  "律师函\n[[上海市闵行区]][[七宝蓝天幼儿园]]：\n本所接受{{person_name:唐雯}}（身份证号{{id_number:310104 198611 129509}}）及{{person_name:陆振宇}}的委托，现函告如下：贵园自[[2025年9月1日]]起收取[[兴趣班费]]每学期[[3,200元]]，未按规定公示，违反[[《价格法》第十三条]]。请于收函后十日内退还。\n律师：{{person_name:俞思远}}，执业证号：{{document_number:13101201511287634}}\n电话：{{landline:021-6408 2255转302}}",
  // 1142 (b19-25) 东莞 WeChat moment after a refund
  "一口气退回来[[3,270元]]！感谢[[东莞市市场监督管理局]]和[[12345]]，也感谢一起维权的{{person_name:叶倩雯}}{{person_name:罗静}}两位妈妈💪 尤其{{person_name:叶倩雯}}跑了五趟。[[东莞市南城街道]][[小海豚幼儿园]]上学期乱收的[[兴趣班费]]和[[园服费]]全退了，我家{{person_name:罗一帆}}下学期继续在那读。要退费申请模板的私我，微信{{wechat:luojing-dg2019}}，备注幼儿园名字。",
  // 1143 (b19-26) 宜昌 12345, father named 向东, estate between number and flat
  "我是孩子爸爸{{person_name:向东}}，住东山大道{{address:95号清江润城7栋1单元803室}}，孩子{{person_name:向晨曦}}在[[宜昌市西陵区]][[润城幼儿园]]上中班。园方[[2026年春季学期]]起[[伙食费]]从每天[[15元]]涨到每天[[22元]]，没有开家长会也没有公示。电话{{mobile:18972058836}}，QQ{{qq:285516370}}，邮箱{{email:285516370@qq.com}}。",
  // 1144 (b19-27) 株洲 principal's refund notice, teacher named 文静
  "[[株洲市天元区]][[贝贝乐幼儿园]]关于退还[[2025年秋季学期]]多收[[校车费]]的公告\n经[[天元区市场监督管理局]]核查，本园多收[[校车费]]每生[[300元]]，现予退还。请家长于[[2026年3月10日]]至[[3月20日]]到财务室找{{person_name:文静}}老师办理。联系{{person_name:文静}}：{{mobile:173 7332 0518}}。\n园长：{{person_name:彭丽君}}\n[[2026年3月6日]]",
  // 1145 (b19-28) 南安 officer's e-mail, signature with extension
  "{{person_name:洪志明}}主任：\n[[南安市]][[天使之翼幼儿园]]（统一社会信用代码[[52350583MJ112264WM]]）违规收取[[兴趣班费]]一案，已作出处罚决定[[南市监罚〔2026〕12号]]，罚款[[人民币伍万元整]]。投诉人{{person_name:黄碧霞}}已电话告知。\n\n{{person_name:李娜}}\n[[南安市市场监督管理局]]价格科\n电话：{{landline:0595-8638 2201转8}}\n手机：{{mobile:159 8077 1243}}\n邮箱：{{email:lina_nascjg@163.com}}",
  // 1146 (b19-29) 岳阳 被褥费 collection table
  "[[岳阳市岳阳楼区]][[洞庭幼儿园]]中一班[[被褥费]]收缴表\n序号|幼儿|家长|电话|金额\n1|{{person_name:付雨萱}}|{{person_name:付强}}|{{mobile:13507301126}}|[[280元]]\n2|{{person_name:李沐晨}}|{{person_name:姚丽}}|{{mobile:15173098843}}|[[280元]]\n3|{{person_name:欧阳可儿}}|{{person_name:欧阳军}}|{{mobile:18607307715}}|未交\n收款人：{{person_name:袁芳}}",
  // 1147 (b19-30) 九江 12345 about a principal's 抖音 ads
  "[[九江市浔阳区]][[小星星幼儿园]]园长{{person_name:曹丽}}在抖音上（抖音号{{app_account:caoli_jj2020}}）天天发招生广告，说[[保教费]]每月[[1,280元]]全包，结果入园后又收[[伙食费]]每月[[420元]]、[[园服费]][[260元]]，钱都转到她老公{{person_name:吴国庆}}的卡上。我是家长{{person_name:黎雪梅}}，电话{{mobile:131 7702 6459}}，希望[[浔阳区市场监督管理局]]查一下。",
  // 1148 (b19-31) 襄阳 12345, fee paid to a teacher's personal Alipay
  "我在[[襄阳市樊城区]][[汉江明珠幼儿园]]交的[[兴趣班费]][[1,560元]]，是转到老师{{person_name:邓晓雯}}个人支付宝，账号就是她手机{{mobile:158 7231 5506}}，不是园里的账户。孩子在{{class_and_name:大三班的杨梓萱}}，我是她妈妈{{person_name:石晓芳}}，身份证{{id_number:420502199008122440}}，电话{{mobile:13797265103}}。",
  // 1149 (b19-32) 上海徐汇 Japanese teacher apologizes
  "各位家长，我是[[徐汇区]][[樱花语言幼儿园]]的日语老师{{person_name:田中优子}}。上周收[[教材费]]时我把{{person_name:孙一诺}}、{{person_name:钱多多}}两位小朋友的[[350元]]记成了未交，是我的错，真的对不起，{{person_name:孙一诺}}奶奶还专门跑了一趟。已经和财务{{person_name:顾敏}}核对过了，催缴短信请忽略。有问题请联系我：{{email:yuko.tanaka@foxmail.com}}",
  // 1150 (b19-33) 南昌 grandfather dictating, phone with words between groups
  "（爷爷口述）我是{{person_name:熊国平}}，孙子{{person_name:熊梓豪}}{{birth_date:二〇二〇年十一月二十三日}}生的，在[[南昌市青山湖区]][[蓝精灵幼儿园]]上大班。园里说大班要交[[幼小衔接费]][[2,400元]]，不交就不给上。我打园长{{person_name:聂红}}电话她不接。我手机是{{mobile:133 然后 7910 2254}}，住北京东路{{address:1288号绿地未来城12栋2单元702}}。",
  // 1151 (b19-34) 郑州 personal account statement line of a refund
  "中国建设银行 个人活期账户交易明细\n户名：{{person_name:马晓丽}}\n证件号码：{{id_number:410105 19830802 9505}}\n账号：{{bank_account:6217 0032 6579 9045 117}}\n交易日期：[[2026-03-18]]\n交易金额：[[+860.00]]\n对方户名：[[郑州市金水区小红帽幼儿园]]\n摘要：[[伙食费]]退款（{{class_and_name:小二班马睿泽}}）",
  // 1152 (b19-35) 天津滨海 news: school van stopped by traffic police
  "[[滨海新区]]一幼儿园“校车”被查\n（记者 {{person_name:武静}}）[[3月9日]]，交警在巡查中拦下一辆牌照为{{licence_plate:津B·L7320}}的面包车，车内载有[[海星幼儿园]]十一名幼儿。家长{{person_name:卜海燕}}反映园方每月收取[[校车费]][[350元]]。司机{{person_name:邢建军}}称受园长{{person_name:刘丹丹}}雇佣。[[天津市滨海新区市场监督管理局]]已介入调查，家长可拨打[[12345]]反映。",
  // 1153 (b19-36) 北京海淀 parent, 8-character new-energy plate
  "我是海淀区家长{{person_name:苏明轩}}，孩子{{person_name:苏子墨}}在[[星河湾双语幼儿园]]上小班。园里要求接送车辆登记并交[[车辆管理费]]每学期[[600元]]，我的车{{licence_plate:京AD12857}}登记了也照收，报名表上还让填了身份证{{id_number:110108198506173717}}。[[海淀区]]其他公办园都不收。我们住学院路{{address:35号院7号楼3单元502}}，走过去十分钟。我电话{{mobile:13552086417}}，邮箱{{email:sumingxuan@qq.com}}。",
  // 1154 (b19-37) 常州 12345, name directly after 找, child named 陶然
  "找{{person_name:王丽华}}园长问了三次，[[常州市武进区]][[湖塘桥幼儿园]]还是不退[[保教费]]。孩子[[2026年1月]]就转走了，已交的[[春季学期]][[保教费]][[7,800元]]一分不退，说是合同写的。我电话{{mobile:13961205578}}（微信同手机），孩子爸爸{{person_name:陶俊}}电话{{mobile:189 6123 0457}}。孩子{{person_name:陶然}}现在在别的园。我们住金色家园{{address:12栋1单元503室}}，园里说退费单寄到家里，到现在也没收到。",
  // 1155 (b19-38) 宿州 毕业照费 ledger with QQ
  "[[宿州市埇桥区]][[金太阳幼儿园]]大二班[[毕业照费]]收款（{{person_name:李静}}经手）\n{{person_name:吴昊天}} [[120元]] ✔\n{{person_name:马欣怡}} [[120元]] ✔\n{{person_name:周一一}} 未交\n{{class_and_name:大二班的张一鸣}} [[120元]] ✔\n园里说照片另算，每本[[85元]]。有疑问加我QQ {{qq:1093378254}}",
  // 1156 (b19-39) 惠州 officer's e-mail, case closed
  "{{person_name:钟伟}}，你好：\n[[惠州市惠城区]][[乐贝尔幼儿园]]投诉件已办结，园方退还[[被褥费]]、[[园服费]]合计[[56,400元]]，另处罚款[[1万元]]，决定书[[惠城市监罚〔2026〕31号]]。投诉人{{person_name:骆美华}}表示满意。\n——\n{{person_name:张嘉欣}} 一级科员\n[[惠城区市场监督管理局]]价格监督检查股\n办公电话：{{landline:0752-2281560 转 812}}\n手机：{{mobile:138-2731-6609}}\n邮箱：{{email:zhangjx_hc@126.com}}",
  // 1157 (b19-41) 唐山 12345, birth certificate number handed to the kindergarten
  "我叫{{person_name:田晓东}}，[[唐山市路北区]][[凤凰幼儿园]]入园时要出生医学证明，我把孩子{{person_name:田雨桐}}的出生证编号{{document_number:Q130229856}}给了他们，结果园里拿去给商业保险投保，还收了[[保险费]][[180元]]，又收[[保教费]]每月[[2,100元]]，比备案的高[[300元]]。家里电话{{landline:(0315)2856731}}，手机{{mobile:150 3359 8820}}。",
  // 1158 (b19-44) 广州白云 lawyer's letter, client surnamed 区
  "致[[广州市白云区]][[嘉禾望岗幼儿园]]（统一社会信用代码：[[91440106MJ6427749P]]）：\n受家长{{person_name:关嘉豪}}、{{person_name:区慧敏}}等委托，贵园自[[2025年9月]]起以[[英语特色课费]]名义每月收取[[680元]]，违反[[《广东省幼儿园收费管理实施办法》第八条]]，请于函到五日内停止收取并退还。\n承办律师：{{person_name:梁思敏}}（执业证号{{document_number:14401201910887215}}）\n电话：{{landline:020-3739 5188转6012}}\n邮箱：{{email:liangsm@yuecheng-law.cn}}",
  // 1159 (b19-45) 开封 grandmother, 赞助费 and child ID in groups
  "我是孩子奶奶{{person_name:宋淑珍}}，孙子{{person_name:孟子涵}}在[[开封市龙亭区]][[清明上河幼儿园]]，报名时园里收了[[赞助费]][[5,000元]]，说不交就没学位，也不给票。孩子{{birth_date:2021-07-18}}生的，身份证{{id_number:410202 20210718 3018}}，他爸{{person_name:孟凡超}}电话{{mobile:137-8296-4417}}，家住龙亭北路{{address:18号院3号楼2单元602}}。这个钱该不该交？请[[龙亭区市场监督管理局]]给个说法。",
  // 1160 (b19-46) 赣州 school-bus routes and fee notice
  "[[赣州市章贡区]][[七彩虹幼儿园]]校车线路及收费公示\n1号线 {{licence_plate:赣B·62173}} 司机{{person_name:钟建华}} {{mobile:13979712259}}\n2号线 {{licence_plate:赣BF35570}} 司机{{person_name:谢小兵}} {{mobile:18107976630}}\n[[校车费]]：每月[[260元]]，由{{person_name:肖红}}老师统一收取，开具收据。\n监督电话：[[12345]]",
  // 1161 (b19-47) 石家庄 mother named 白雪
  "我孩子在[[石家庄市裕华区]][[槐安幼儿园]]，园方向每位家长收[[空调费]][[300元]]，没有任何收据，问就说是[[2026年春季学期]]新规定。我叫{{person_name:白雪}}，住槐安东路{{address:136号富强小区3号楼1单元401}}，手机{{mobile:150 3118 2796}}，邮箱{{email:baixue1990@sina.com}}。孩子{{class_and_name:小一班的邢乐乐}}，{{birth_date:2022年10月3日}}出生。",
  // 1162 (b19-48) 长沙 news, ages with names
  "[[长沙市开福区]]一民办园被责令退费\n（记者 {{person_name:毛一帆}}）[[开福区市场监督管理局]]日前对[[北辰幼儿园]]立案调查。5岁的{{person_name:李梓萌}}的妈妈{{person_name:黄婉清}}说，园方以“午托”名义每月收[[午托费]][[600元]]，一年多交了[[6,000元]]。4岁的{{person_name:欧阳子豪}}的爸爸{{person_name:欧阳斌}}也说收过。园方负责人{{person_name:廖建新}}表示将配合调查。",
  // 1163 (b19-49) 上海宝山 foreign father, wife writing
  "我是外籍家长{{person_name:David Miller}}，妻子{{person_name:邵佳}}代写。女儿{{person_name:Mia Miller}}（生日{{birth_date:2021.06.08}}）在[[上海市宝山区]][[彩虹湾国际幼儿园]]就读，园方以外籍为由加收[[国际课程费]]每学期[[12,000元]]，但她和其他孩子上一样的课。联系邮箱{{email:david.miller@163.com}}，电话{{mobile:+86 186 2173 5509}}，护照号{{document_number:584203917}}。",
  // 1164 (b19-50) 漳州 father's 12345, QQ
  "[[漳州市芗城区]][[芝山幼儿园]]今年突然收[[取暖费]]，福建哪里需要取暖？每人[[180元]]。我是{{class_and_name:中一班黄俊熙}}的爸爸{{person_name:黄海涛}}，电话{{mobile:139 5069 7012}}，QQ号{{qq:40873361}}，邮箱{{email:hht_zz@139.com}}，有回复请打电话，别发短信。我们住[[长江花园]]，同班{{person_name:吕欣然}}家也交了。",
  // 1165 (b19-51) 合肥 officer's internal note with complainant's ID
  "{{person_name:储云}}：\n请将以下投诉人信息录入系统：\n姓名：{{person_name:汪静}}\n身份证：{{id_number:340104 1993 1109 5183}}\n电话：{{mobile:18955178802}}\n被投诉单位：[[合肥市包河区]][[滨湖卓越幼儿园]]\n事由：重复收取[[伙食费]]，涉及金额[[2,340元]]\n\n{{person_name:韦东}}\n[[包河区市场监督管理局]]\n{{landline:0551-6332 7710转8}}",
  // 1166 (b19-52) 北京丰台 grandfather dictating, lives near 振华路
  "（姥爷口述，外孙女{{person_name:陈小溪}}记录）我是{{person_name:魏振华}}，外孙{{person_name:陈昊}}在[[丰台区]][[花乡幼儿园]]上中班，我们住[[振华路]]那片。幼儿园要求交[[接送卡费]]每张[[50元]]，丢了补办要[[200元]]。园长说是规定。我电话{{mobile:13801127764}}微信同手机，车是{{licence_plate:京AF07328}}，门口保安天天拦着不让停。",
  // 1167 (b19-54) 新乡 treasurer's message, three names run together
  "家委会财务{{person_name:崔玉洁}}：各位家长，[[新乡市红旗区]][[育才幼儿园]]退回的[[园服费]]每人[[215元]]我已按名单转账，{{person_name:秦朗}}{{person_name:郝雨晴}}{{person_name:卢梓睿}}三家已到账，{{person_name:史佳琪}}家的卡号{{bank_account:6228 4818 2233 7619 031}}转不进去，麻烦{{person_name:史佳琪}}妈妈再发一下。",
  // 1168 (b19-55) 廊坊 12345 about a teacher selling uniforms on 快手
  "[[廊坊市广阳区]][[启明星幼儿园]]的老师{{person_name:赵婷}}在快手上卖园服（快手号{{app_account:zt_lf_5201}}），要求每个孩子都买，[[园服费]]一套[[398元]]，春秋各一套。不买就说孩子穿得不统一，园长{{person_name:穆红霞}}说这是老师个人行为，可她还在抖音（抖音号{{app_account:88375120}}）直播卖。我是家长{{person_name:许志远}}，电话{{mobile:15830601129}}，希望[[广阳区市场监督管理局]]查处。",
  // 1169 (b19-56) 深圳南山 小红书 post
  "📌避雷[[深圳市南山区]][[蛇口海湾幼儿园]]！[[保教费]]每月[[5,800元]]，开学又要另交[[餐点费]][[1,200元]]，合同里根本没写，班主任{{person_name:Anna Lee}}也说是园长定的。我家{{person_name:邱诗涵}}上了一个月就转走，园里只退了[[1,000元]]。想了解的姐妹私信我，小红书号{{app_account:5738201946}}，或者加V：{{wechat:nanshan_momo88}}。",
  // 1170 (b19-57) 武汉 招商银行 transfer voucher
  "招商银行 个人转账凭证\n收款人：{{person_name:熊丹}}\n收款卡号：{{bank_account:6214 8381 5199 2023}}\n付款方：[[武汉市洪山区光谷未来幼儿园]]\n金额：[[人民币壹仟贰佰元整]]（[[¥1,200.00]]）\n用途：退还[[2025年秋季学期]][[校车费]]（{{class_and_name:大二班 熊可馨}}）\n经办：{{person_name:鲁明}}\n打印日期：[[2026年3月19日]]",
  // 1171 (b19-58) 汕头 12345, 老陈 is not a name, (0754) landline
  "我是[[汕头市龙湖区]]的家长{{person_name:陈泽楷}}，大家叫我老陈。[[金海湾幼儿园]][[2026年春季学期]]收了[[教材费]]每学期[[480元]]，但书都是上学期剩的。班主任{{person_name:郑晓燕}}说问园长{{person_name:林少雄}}，林园长说问老板。家里电话{{landline:(0754)8826 3157}}，手机{{mobile:135 9276 3308}}。",
  // 1172 (b19-59) 荆州 transfer blocked, 学籍号 and both parents' phones
  "[[荆州市沙市区]][[江汉幼儿园]]不给办转园，说要先结清[[伙食费]]欠款[[1,050元]]，但我们[[2025年12月]]就交了。孩子{{person_name:严书瑶}}学籍号{{document_number:G421002202104110624}}，园里一直卡着不转。我是孩子妈妈{{person_name:邬晓庆}}，电话{{mobile:18671612230}}，孩子爸爸{{person_name:严峰}}电话{{mobile:13872390045}}，住北京中路{{address:206号荆江花园2栋1单元601}}。",
  // 1173 (b19-60) 无锡 WeChat moment, 刘园幼儿园 refund
  "终于拿到退款了！[[无锡市梁溪区]][[刘园幼儿园]]退了[[人民币贰仟肆佰元整]]的[[兴趣班费]]。感谢[[梁溪区市场监督管理局]]的{{person_name:蒋文涛}}科长跑了三趟，也谢谢孩子爸爸{{person_name:钱亮}}陪我排队。我们家{{person_name:钱诗语}}（{{birth_date:2021年9月30日}}生）下学期还在那读，希望别再乱收了。有需要的家长加我微信{{wechat:qsy_mama_wx}}",
  // The twentieth blind round (TWENTIETH_ROUND_FROM, below); b20-N is the writer's number.
  // 1174 (b20-1) officer: unpublicised materials fee, child quoted by teacher, spaced child ID
  "经查，[[宁波市海曙区小橡树幼儿园]]在[[2026年春季学期]]另行收取[[开学资料费]]每生[[380元]]，未予公示。家长{{person_name:陈晓燕}}（电话{{mobile:13957826410}}）反映，其女{{person_name:李沐阳}}（身份证号{{id_number:3302 0320 2004 0428 76}}）因未交该费用被停课两天，班主任称“{{person_name:李沐阳}}没交就不能进教室”。执法人员已责令该园向[[共42户]]家长退还[[15960元]]。",
  // 1175 (b20-2) parent: interest-class fee paid to head's private card, full-width mobile
  "我是{{class_and_name:中二班的王思彤}}的妈妈{{person_name:赵丽君}}。[[3月5日]]老师在群里说，“{{person_name:王思彤}}没交[[兴趣班费]]就不能上课”，我当天转了[[1260元]]到园长私人卡{{bank_account:6217 0035 1197 1814 782}}，没有任何收据。孩子一直在[[杭州市西湖区蓝天幼儿园]]读，我手机{{mobile:１３８６８０４２７１５}}，微信{{wechat:zlj_tongtong88}}。",
  // 1176 (b20-3) officer: nutrition snack fee, toddler-class child with grandmother, age sentence
  "[[2026年4月8日]]，执法人员对[[苏州市吴中区禾苗双语幼儿园]]开展检查。经查，该园在[[伙食费]]之外按每月[[260元]]另收“营养加餐费”，涉及托班、小班[[共58名幼儿]]。园长{{person_name:沈国强}}（{{mobile:139 1354 8826}}）承认未经备案。投诉人系{{class_and_name:托班的周子涵}}的奶奶{{person_name:顾月琴}}，{{person_name:周子涵}}今年3岁，{{birth_date:2023年1月9日}}出生。现已整改，三个月多收的[[45240元]]已全部退还。",
  // 1177 (b20-4) parent: air-conditioning fee, child kept in a room, ID in 6-8-4 groups
  "[[上海市浦东新区贝贝佳幼儿园]]说[[空调费]]每学期[[600元]]是统一收的，不交就把{{person_name:陈子墨}}留在没空调的活动室。我家{{person_name:子墨}}{{birth_date:2023年8月16日}}出生，才两岁多，天天哭着回家。我们交了两个学期共[[1200元]]。身份证{{id_number:310115 20230816 3788}}，报名时园里都复印了。我叫{{person_name:陈立伟}}，电话{{landline:021-58762394}}。",
  // 1178 (b20-5) officer: uniform fee markup, three children listed with 、 and 和
  "经查，[[成都市武侯区童心艺术幼儿园]]向[[2026年秋季]]新生收取[[园服费]]每套[[480元]]，实际采购价仅[[210元]]。家长反映，{{person_name:刘浩宇}}、{{person_name:赵欣怡}}和{{person_name:孙若曦}}三名幼儿因家长未购买被要求在家等候。执法人员联系了{{person_name:赵欣怡}}爸爸{{person_name:赵海涛}}（{{mobile:18980651274}}），核实其转账记录。该园已承诺在[[10个工作日内]]向[[共67户]]退还差价[[18090元]]。",
  // 1179 (b20-6) parent: extended-care fee, child named in teacher's quote, QQ
  "老师当着全班说“{{person_name:吴俊熙}}家还欠[[延时服务费]]”，孩子回来问我是不是我们家没钱。{{person_name:俊熙}}今年5岁，在[[武汉市武昌区彩虹桥幼儿园]]大一班。我们一个月交[[保教费]][[2450元]]，延时服务又收[[300元]]，从来没公示过。联系我：{{person_name:吴晓东}}，{{mobile:+86 135 5483 2917}}，QQ{{qq:2718860534}}。",
  // 1180 (b20-7) officer: penalty decision, complainant's address with estate, adult ID
  "[[长沙市岳麓区市场监督管理局]]于[[2026年3月20日]]作出[[岳市监价罚〔2026〕9号]]行政处罚决定：[[岳麓区金摇篮幼儿园]]违反[[《明码标价和禁止价格欺诈规定》第五条]]，未公示[[校车费]]标准，罚款[[5000元]]。举报人{{person_name:易红梅}}系幼儿{{person_name:彭语桐}}的母亲，住麓山南路{{address:388号枫林苑4栋1单元702室}}，身份证号{{id_number:430104199205159886}}；{{person_name:彭语桐}}出生于{{birth_date:2021年5月19日}}。",
  // 1181 (b20-8) parent: grandmother, bedding fee, nickname, full-width mobile with spaces
  "我是{{person_name:张梓萱}}奶奶，孙女在[[济南市历下区启智幼儿园]]读中班。开学时园里收了[[床上用品费]][[520元]]，说是必须统一买，被子薄得不行，别的家长说全班[[31个孩子]]都交了。我们去要发票，财务{{person_name:孟凡丽}}说没有，让我们找园长。{{person_name:萱萱}}爸爸在外地，有事打我电话{{mobile:１５８ ６６１２ ０９４３}}或者家里座机{{landline:0531-86920573}}。",
  // 1182 (b20-9) officer: fees collected through an app into a cashier's personal card
  "经查，[[厦门市思明区海韵幼儿园]]通过“掌心宝贝”App向家长推送[[兴趣班费]]缴费链接，收款方为个人账户。家长{{person_name:黄志鹏}}的App账号{{app_account:hzp19951012}}显示，其于[[2026年1月]]为儿子{{person_name:黄奕辰}}缴纳[[1880元]]。收款人{{person_name:林秀琴}}系该园出纳，银行卡号{{bank_account:6222020723862551188}}。执法人员已调取该卡流水，涉及[[共29户]]、金额[[54520元]]。",
  // 1183 (b20-10) parent: nickname with formal name in brackets, building fee, e-mail
  "我家{{person_name:豆豆}}（大名{{person_name:马一鸣}}）在[[西安市雁塔区春芽幼儿园]]上小（3）班。园长说今年开始每人要交[[建园费]][[3000元]]，不交明年就不给学位。我们问能不能开票，园长说转到他老婆微信{{wechat:wxid_8k2m5q7r1t}}就行。{{person_name:豆豆}}爸爸：{{person_name:马强}}，{{mobile:13720581643}}，邮箱{{email:maqiang_xa@126.com}}。",
  // 1184 (b20-11) officer: sponsorship fee, class-and-name, child in brackets with ID ending X
  "[[2026年5月12日]]，[[南京市玄武区市场监督管理局]]接到举报，称[[玄武区向日葵幼儿园]]收取[[赞助费]]。经查，该园向插班的[[14名幼儿]]家长各收取[[8000元]]，其中{{class_and_name:大二班的钱思远}}家长{{person_name:钱卫东}}提供了转账截图，收款账号为{{bank_account:6214 8300 7056 1484}}。另一名幼儿（{{person_name:冯雨萱}}，身份证号{{id_number:32010220211003469X}}）的外婆称曾被要求以现金缴纳。该园违反[[《幼儿园收费管理暂行办法》第十四条]]，责令退还[[112000元]]。",
  // 1185 (b20-12) parent: given name at the very start, meal fee, address with estate
  "{{person_name:一诺}}是我女儿，今年4岁。[[无锡市滨湖区小海豚幼儿园]]每个月除了[[保教费]][[1850元]]，还要交[[餐点费]][[420元]]，但是孩子说中午经常只有米饭和青菜。我找过园长{{person_name:华建新}}，他说不满意可以退园。我是{{person_name:许一诺}}妈妈{{person_name:蒋雯}}，{{mobile:189-5108-3376}}，住蠡湖大道{{address:1200号水岸佳苑22幢1803室}}。",
  // 1186 (b20-13) officer: meal fee not refunded for sick leave, father's spaced ID
  "经查，[[嘉兴市南湖区七彩虹幼儿园]]在[[2025年秋季学期]]至[[2026年春季学期]]期间，对请假幼儿不退[[伙食费]]。家长反映，{{person_name:沈梓睿}}因病请假23天，园方未退任何费用。执法人员调阅了{{person_name:沈梓睿}}的考勤记录和其父{{person_name:沈浩}}（身份证{{id_number:3304 0219 9611 1581 17}}）的缴费凭证。现已整改，按日退还[[共36名幼儿]]伙食费合计[[9870元]]，退款[[460元]]已交给{{person_name:沈梓睿}}。",
  // 1187 (b20-14) parent: nickname quoted by head, 让…回家, child's ID in groups
  "园长当着其他家长的面说：“{{person_name:乐乐}}的钱没交齐，明天就让{{person_name:乐乐}}回家。”{{person_name:乐乐}}大名{{person_name:何晨曦}}，在[[诸暨市暨阳小天使幼儿园]]上大班。我们已经交了[[保教费]][[9600元]]，欠的是[[校车费]][[1500元]]，说好月底交。孩子身份证号{{id_number:330681 20200802 8343}}，我微信号{{wechat:hcx_mama0802}}，电话{{mobile:１３６ ５８５２ ７７０１}}。",
  // 1188 (b20-15) officer: study-trip fee, parent paid for a classmate (替…垫付), landline
  "执法人员于[[2026年3月3日]]现场检查[[宁波市鄞州区王家弄幼儿园]]，发现其收费公示栏未列明[[代收费]]项目。家长{{person_name:俞丹丹}}（{{landline:0574-88213367}}）反映，园方要求她替女儿{{person_name:俞可馨}}一次性缴纳[[研学活动费]][[850元]]。另有家长称曾替{{person_name:俞可馨}}的同学{{person_name:方子轩}}垫付该费用。该园已于[[3月10日]]整改，并向[[共112户]]退还[[95200元]]。",
  // 1189 (b20-16) parent: grandmother paid registration fee for the child (我替…交), spaced ID
  "[[2月26日]]我替{{person_name:楼心怡}}交了[[报名费]][[500元]]，后来园里说名额满了，一直不退。{{person_name:心怡}}是{{birth_date:2023年11月26日}}生的，本来就该上托班。[[杭州市拱墅区乐贝幼儿园]]的园长{{person_name:邵立群}}电话一直不接。我是孩子外婆{{person_name:楼桂芳}}，电话{{mobile:15067194528}}，孩子身份证{{id_number:3301 0520 2311 2689 28}}。",
  // 1190 (b20-17) officer: tuition above filed standard, head's e-mail, compound surnames
  "经查，[[北京市海淀区博雅双语幼儿园]]按每学期[[28800元]]收取[[保教费]]，高于其向[[海淀区教委]]备案的[[24600元]]。执法人员约谈园长{{person_name:欧阳静}}（{{mobile:13601175820}}、{{email:ouyangjing@boyakids.cn}}），其承认自[[2025年9月]]起擅自调价。投诉人{{person_name:司马悦}}之子{{person_name:司马睿哲}}于{{birth_date:2020年6月4日}}出生，现就读大班。该园需向[[共86名幼儿]]家长退还多收的[[361200元]]。",
  // 1191 (b20-18) parent: child kept in classroom (把…留在), plate, QQ
  "老师把{{person_name:吴浩然}}和另外两个没交[[舞蹈课费]]的孩子留在教室，别的小朋友都去上课了。{{person_name:浩然}}回家哭了一晚上。[[南昌市红谷滩区星语幼儿园]]的舞蹈课费一学期[[1680元]]，开学时根本没说是自愿的。我是{{person_name:浩然}}妈妈{{person_name:邓晓琳}}，{{mobile:13870912356}}，QQ号{{qq:865203417}}，车牌{{licence_plate:赣A·7K3M2}}，接送时可以找我。",
  // 1192 (b20-19) officer: place-reservation fee, names at the very start after 经查, decision
  "经查，{{person_name:潘诗涵}}、{{person_name:邝子昂}}等[[5名幼儿]]的家长于[[2026年4月]]被[[深圳市南山区蓝鲸湾幼儿园]]要求缴纳[[学位预留费]]每人[[5000元]]。[[深圳市南山区市场监督管理局]]于[[2026年6月2日]]作出[[深南市监罚〔2026〕31号]]决定，没收违法所得[[25000元]]并罚款[[20000元]]。{{person_name:邝子昂}}（{{birth_date:2021-09-17}}出生）的父亲{{person_name:邝伟明}}（{{mobile:13510286947}}）已收到退款。",
  // 1193 (b20-20) parent: fee hike, given name after 女儿, address with tower and flat, child ID
  "女儿{{person_name:欣妍}}在[[广州市天河区棉花糖幼儿园]]读中班，园里突然通知下学期[[保教费]]从[[2680元]]涨到[[3380元]]，家长会上也没说。我跟{{person_name:韦欣妍}}爸爸商量好了，如果不退差价就转园。我们家住天河北路{{address:233号中信花园B座1506}}，电话{{mobile:18620073591}}，邮箱{{email:weixy_mom@qq.com}}，孩子身份证{{id_number:440106202111083525}}。",
  // 1194 (b20-21) officer: textbook fee via app, app account bound to two siblings
  "家长反映，[[昆明市五华区小蜜蜂幼儿园]]要求在园方指定的“云朵家园”App内缴纳[[教材费]]，且无退费入口。执法人员核查了家长{{person_name:杨晓梅}}的账号{{app_account:YD20231145}}，该账号绑定幼儿{{person_name:段一凡}}、{{person_name:段一心}}两人，每人扣费[[680元]]，由其丈夫{{person_name:段立新}}支付。经比对，教材实际成本约[[210元]]。现已整改，园方向[[共203名幼儿]]退还差价[[95410元]]。",
  // 1195 (b20-22) parent: nickname 小米粒 / 米粒, bedding and health-check fees, plate
  "我们家{{person_name:小米粒}}今年3岁半，大名{{person_name:汪语汐}}，在[[合肥市蜀山区启明星幼儿园]]上托班。上个月园里收了[[被褥费]][[360元]]、[[体检费]][[150元]]，体检根本没做。老师说“{{person_name:米粒}}妈妈你不交别人都交了”。我叫{{person_name:储晓雯}}，手机{{mobile:13955126048}}，孩子爸爸的车{{licence_plate:皖A 9F62L}}在门口被保安拦过。",
  // 1196 (b20-23) officer: English course fee, class with name without 的, siblings, father's ID
  "[[郑州市金水区市场监督管理局]]执法人员于[[2026年4月15日]]检查[[金水区乐橙幼儿园]]，发现园方以“特色课程”为名收取[[英语课费]]每月[[400元]]。园长{{person_name:韩雪梅}}提供的名单显示，{{class_and_name:中三班的郭子豪}}、{{person_name:郭子怡}}兄妹均被列入。两名幼儿的父亲{{person_name:郭建军}}（身份证号{{id_number:410105198707145618}}）称从未同意报名。该园已停止收费并退还[[共44户]][[52800元]]。",
  // 1197 (b20-24) parent: meal fee not refunded after transfer, landline with area code in brackets
  "为什么我们交了全年[[伙食费]][[5400元]]，孩子转学后只退[[800元]]？我女儿{{person_name:刘思琪}}3月1日就离园了。[[青岛市市南区海星幼儿园]]的财务说这是规定。请教育部门帮帮我们。{{person_name:思琪}}爸爸{{person_name:刘海波}}，电话{{mobile:１５３ ０６３９ ８８２４}}，座机{{landline:(0532)8387 6512}}。",
  // 1198 (b20-25) officer: receipt in cashier's own name quoting class and name
  "经查，[[天津市河西区小豆丁幼儿园]]收取[[保教费]]时未出具票据，而是以财务人员{{person_name:崔立娜}}个人名义开具收条。家长{{person_name:王晓宇}}（{{mobile:13820457716}}）提供的收条载明：“今收到{{class_and_name:小二班王可欣}}保教费[[7800元]]”。执法人员依据[[《价格法》第十三条]]责令整改，并对该园罚款[[3000元]]。{{person_name:崔立娜}}已被调离财务岗位。",
  // 1199 (b20-26) parent: renovation fee for two cousins, card in groups
  "孩子{{person_name:孟子涵}}在[[石家庄市长安区童乐幼儿园]]上中班，园长让每家再交[[2000元]][[装修费]]，说是给教室装新风。我们家{{person_name:子涵}}和她表妹{{person_name:李若彤}}都在这个园，一下就是[[4000元]]。钱要转到{{bank_account:6227 0070 7124 8107 564}}，户名是园长爱人{{person_name:贾红霞}}。我电话{{mobile:13931185207}}。",
  // 1200 (b20-27) officer: boarding fee, children with ages before names, address
  "该园（[[哈尔滨市南岗区冰雪娃幼儿园]]）自[[2025年9月]]起向住宿幼儿收取[[住宿费]]每月[[900元]]，超出备案标准[[650元]]。家长反映，4岁的{{person_name:于子墨}}、5岁的{{person_name:于子宸}}兄弟每月被多收[[500元]]。执法人员联系其母{{person_name:曲丽华}}（{{mobile:+86-186-4503-7729}}，住学府路{{address:74号盛和世纪7栋2单元1201}}），核实缴费记录。现已整改，向[[共19名幼儿]]退还[[28500元]]。",
  // 1201 (b20-28) parent: nickname repeated in every position, slashed birth date
  "我们家{{person_name:糖糖}}上的[[太原市小店区花蕾幼儿园]]收了[[开学礼包费]][[268元]]，就是一个书包两本绘本。我不想要，老师说不交就不发书，让{{person_name:糖糖}}坐在旁边看着别的孩子。{{person_name:糖糖}}大名{{person_name:郝雨桐}}，{{birth_date:2022/03/24}}出生。我是{{person_name:糖糖}}奶奶，电话{{landline:0351-7023581}}。",
  // 1202 (b20-29) officer: international course fee, travel-permit and passport numbers
  "执法人员调取[[苏州工业园区星河湾国际幼儿园]]收费台账，发现其向境外幼儿收取[[国际课程费]]每学期[[18000元]]未经备案。台账登记的幼儿包括{{person_name:陈乐怡}}（港澳居民来往内地通行证{{document_number:H60318527}}）、{{person_name:金敏智}}（护照号{{document_number:M73659021}}）等，家长{{person_name:陈志豪}}的邮箱{{email:chenzhihao.hk@gmail.com}}亦留存于台账。该园已于[[2026年5月30日]]前完成备案，并向[[共12名幼儿]]退还[[216000元]]。",
  // 1203 (b20-30) parent: lunch-care fee paid a year ahead, 妈妈 after full name
  "园里说[[午托费]]要一次交一年，[[3600元]]，中途不退，我们两年交了[[7200元]]。儿子{{person_name:宇轩}}现在转去别的园了，园长{{person_name:谭志勇}}说一分钱不退。孩子叫{{person_name:冉宇轩}}，[[重庆市渝北区可可幼儿园]]大班的。我是{{person_name:冉宇轩}}妈妈，身份证{{id_number:500112199003027824}}，电话{{mobile:17783216540}}。",
  // 1204 (b20-31) officer: name at the very start followed by 家长, bundled fee
  "{{person_name:罗梓萱}}家长反映，[[福州市鼓楼区榕树下幼儿园]]在收费通知中将[[保教费]]和[[伙食费]]合并为“综合服务费”[[3150元]]。经查，该园备案保教费为[[2300元]]、伙食费为[[550元]]，多收[[300元]]。执法人员已约谈园长{{person_name:郑美玲}}，该园于[[2026年4月30日]]前向[[共95户]]退还[[28500元]]。{{person_name:罗梓萱}}的母亲{{person_name:林婉清}}（{{mobile:13859012476}}）表示认可。",
  // 1205 (b20-32) parent: roller-skating class, nickname, teacher's WeChat, full-width mobile
  "说是自愿，其实不交不行。[[南宁市青秀区绿苗幼儿园]]的老师私下说，不报[[轮滑课]]的孩子下午只能待在午睡室，{{person_name:果果}}就被留过两次。{{person_name:果果}}今年5岁，我交了[[1450元]]，转到老师{{person_name:蒙丽丽}}的微信{{wechat:menglili_0771}}。我叫{{person_name:覃海燕}}，手机{{mobile:１８９７７１３６２０５}}。",
  // 1206 (b20-33) officer: unlicensed pick-up in head's private car, word-like child name
  "[[2026年3月27日]]，执法人员会同[[观山湖区教育局]]对[[贵阳市观山湖区小精灵幼儿园]]联合检查。园长{{person_name:吴德明}}（{{mobile:18685104362}}）用其私家车{{licence_plate:贵A·Q2J76}}接送幼儿，按每月[[350元]]收取[[校车费]]，车辆无校车资质。乘车幼儿包括{{person_name:田欣然}}、{{person_name:杨梓轩}}等[[9名幼儿]]。现已责令停止接送，向[[共9户]]退还[[9450元]]。",
  // 1207 (b20-34) parent: school-choice fee disguised as donation, address with building number
  "园长原话是：“不交[[择园费]]就把名额给别人。”我们只好交了[[15000元]]，收据上写的是“捐赠”。我儿子叫{{person_name:马骁}}，{{birth_date:2022年12月5日}}生，在[[兰州市城关区金色童年幼儿园]]小班。我是孩子爸爸{{person_name:马文斌}}，身份证号{{id_number:620102198909173019}}，电话{{mobile:13919374826}}，家住庆阳路{{address:156号天庆嘉园3号楼2单元601}}。",
  // 1208 (b20-35) officer: masked head, unmasked personal WeChat, child eating alone
  "经查，[[海口市龙华区椰子树幼儿园]]园长张某于[[2026年2月]]通过班级群通知缴纳[[开学物品费]][[420元]]，收款码指向其个人微信{{wechat:zhang_yz_0898}}。家长{{person_name:符晓燕}}（{{mobile:13807560918}}）、{{person_name:王鸿飞}}反映，未缴费的幼儿{{person_name:符诗雨}}被安排单独就餐。执法人员已将线索移交[[龙华区教育局]]。现已整改，[[共73户]]获退[[30660元]]。",
  // 1209 (b20-36) parent: nickname at the very start, single Mongolian name, QQ-style e-mail
  "{{person_name:朵朵}}回家说老师不给她发点心，因为我们没交[[加餐费]]。我问了[[呼和浩特市赛罕区小马驹幼儿园]]，财务说每月[[180元]]，开学通知里根本没有这项。{{person_name:朵朵}}在中一班，大名{{person_name:包娜仁}}。我是她妈妈{{person_name:其其格}}，邮箱{{email:1548803276@qq.com}}，电话{{mobile:15804718592}}。",
  // 1210 (b20-37) officer: deposit withheld, dotted birth date, father's address, name at end
  "家长反映，[[长春市朝阳区七色花幼儿园]]在幼儿退园时扣留[[押金]][[2000元]]。经查，该园收取押金无依据，违反[[《幼儿园收费管理暂行办法》第十二条]]。涉事幼儿{{person_name:关浩宇}}（{{birth_date:2021.02.27}}出生）于[[2026年1月]]退园，其父{{person_name:关磊}}（{{mobile:13756021873}}，住人民大街{{address:3366号中海紫金苑11栋1单元901}}）多次索要未果。执法人员责令该园在[[7日内]]退还[[共31名幼儿]]押金[[62000元]]，首笔已退给{{person_name:关浩宇}}。",
  // 1211 (b20-38) parent: joint complaint listing four children, father identified by child's given name
  "我们几家一起反映：{{person_name:唐一诺}}、{{person_name:蔡梓航}}、{{person_name:卢思彤}}和{{person_name:团团}}都在[[沈阳市和平区小天鹅幼儿园]]大班，每人被收了[[毕业照费]][[480元]]，四家共[[1920元]]，照片到现在都没拿到。联系人：{{person_name:卢晓峰}}（{{person_name:思彤}}爸爸），{{mobile:13998234671}}。",
  // 1212 (b20-39) officer: abacus course via trainer's card, word-like child name in a quote
  "经查，[[东莞市南城阳光宝贝幼儿园]]与培训机构合作开设[[珠心算课程]]，费用[[1980元]]由培训机构员工{{person_name:莫嘉欣}}以个人银行卡{{bank_account:6216619967849179642}}收取。家长{{person_name:叶秀梅}}提供的聊天记录显示，{{person_name:莫嘉欣}}曾称“{{person_name:叶子航}}不报就跟不上进度”。现已整改，合作已终止，[[共26户]]获退[[51480元]]。",
  // 1213 (b20-40) parent: two siblings 姐姐/弟弟, payer's card, full-width mobile with spaces
  "我家两个孩子，姐姐{{person_name:梁芷晴}}读大班，弟弟{{person_name:梁浚熙}}读托班，[[佛山市顺德区大良春晖幼儿园]]二孩不优惠就算了，还要每人交[[空调使用费]][[300元]]。我转账的卡是{{bank_account:6225 8833 3147 8932 880}}，户名{{person_name:梁伟强}}，园方至今没开票。{{person_name:芷晴}}身份证{{id_number:440606202011224180}}，电话{{mobile:１３５ ３０７８ ６６４２}}。",
  // 1214 (b20-41) officer: staff meals charged to children's meal fee, bracketed class number, birth certificate
  "[[曲阜市市场监督管理局]]于[[2026年4月22日]]作出[[曲市监处罚〔2026〕14号]]决定，认定[[曲阜市杏坛幼儿园]]在[[伙食费]]中列支教职工餐费，多收[[23760元]]。投诉人系{{class_and_name:小（3）班的孔令仪}}的母亲{{person_name:颜秋菊}}（{{mobile:15963701528}}）。执法人员核对了{{person_name:孔令仪}}的出生医学证明（编号{{document_number:P370234516}}）以确认其在园期间。",
  // 1215 (b20-42) parent: 给…退费, full month's fees kept after 12 days
  "我就想问能不能给{{person_name:温子睿}}退费？他只在[[长沙市开福区小牛顿幼儿园]]上了12天就因为过敏转园了，园里扣了我们一整个月的[[保教费]][[2380元]]和[[伙食费]][[460元]]。园长{{person_name:肖卫平}}说合同写了。我们住在芙蓉中路一段{{address:478号湘江世纪城11栋2304}}，电话{{mobile:15973124680}}，孩子身份证{{id_number:4301 0420 2102 2754 59}}。",
  // 1216 (b20-43) officer: assessment fee, payment list quoting name + mobile pairs
  "经查，[[温州市鹿城区瓯江幼儿园]]在[[2026年春季学期]]向新入园幼儿收取[[入园评估费]][[600元]]。执法人员抽查了副园长{{person_name:叶静}}制作的缴费名单，名单载有幼儿姓名和家长手机号，如“{{person_name:金子豪}} {{mobile:13758869021}}”“{{person_name:潘语嫣}} {{mobile:15869713304}}”。该园无收费依据，现已整改，向[[共48户]]退还[[28800元]]。",
  // 1217 (b20-44) parent: grandmother paid cash (替…交), house-number-only address, landline
  "我是{{person_name:董子墨}}的奶奶，今年七十了，不会用手机。开学我拿现金替{{person_name:子墨}}交了[[保教费]]加[[伙食费]]一共[[8600元]]，[[苏州市姑苏区桃花坞幼儿园]]的老师说收据过几天给，到现在也没给。{{person_name:子墨}}他爸{{person_name:董建国}}在外地打工。我家住十梓街{{address:85号}}，电话{{landline:0512-65218730}}。",
  // 1218 (b20-45) officer: growth-file fee, child in brackets after 一名幼儿, 小朋友 after name
  "经查，[[杭州市余杭区良渚未来幼儿园]]以“成长档案”名义收取[[档案制作费]]每生[[260元]]。档案载有幼儿身份证号、住址等信息，例如一名幼儿（{{person_name:章沐辰}}）的档案载明身份证号{{id_number:330110202105196215}}、住址良渚街道玉鸟路{{address:19号玉鸟雅苑5幢801室}}，{{person_name:章沐辰}}小朋友的父亲{{person_name:章一鸣}}对此并不知情。现已整改，向[[共157名幼儿]]退还[[40820元]]。",
  // 1219 (b20-46) parent: 宝宝 after name, toddler-care fee above contract
  "我们{{person_name:程语桐}}宝宝才2岁10个月，[[南京市建邺区萌芽托幼园]]合同上[[托育费]]写的是[[3600元]]，现在一个月要[[4200元]]，园方说多出来的是[[早教课费]]。我不同意，园长就说那让{{person_name:语桐}}下个月别来了。我是孩子妈妈{{person_name:方静怡}}，微信{{wechat:fangjingyi_nj}}，手机{{mobile:15951872634}}，宝宝身份证号{{id_number:320105202303152640}}。",
  // 1220 (b20-47) officer: agency fees folded into tuition, siblings joined by 和
  "执法人员于[[2026年5月19日]]约谈[[广州市白云区小树苗幼儿园]]举办者{{person_name:黎国华}}。经查，该园将[[代收费]]中的[[校服费]][[320元]]、[[保险费]][[150元]]并入学费一次性收取，未单独列示。家长{{person_name:罗敏}}提交的收据显示，其为孩子{{person_name:罗嘉豪}}和{{person_name:罗嘉怡}}共缴纳[[940元]]。{{person_name:黎国华}}已承诺整改。",
  // 1221 (b20-48) parent: child addressed by name in teacher's message, plate, e-mail
  "老师让孩子带话：“{{person_name:钟可欣}}，跟你妈妈说明天把[[餐费]]交了。”孩子才4岁，吓得不敢去幼儿园。[[厦门市湖里区蒲公英幼儿园]]每月餐费[[580元]]，比公示的多了[[80元]]。我是{{person_name:可欣}}妈妈{{person_name:吕婷婷}}，{{mobile:18950163742}}，{{email:lvtt_xm@163.com}}，我们家车牌{{licence_plate:闽D·5H8R3}}，门卫都认识。",
  // 1222 (b20-49) officer: performance-costume fee, three children each preceded by an age
  "经查，[[成都市锦江区小太阳幼儿园]]于[[2025年12月]]组织新年演出，向每名幼儿收取[[演出服装费]][[260元]]，演出后服装被园方收回。家长反映，3岁的{{person_name:贺子轩}}、4岁的{{person_name:贺雨欣}}、5岁的{{person_name:邹一凡}}均缴纳了该费用。家长{{person_name:贺建平}}（{{mobile:13908176625}}）提供了缴费截图。该收费无依据，现已整改，向[[共134名幼儿]]退还[[34840元]]。",
  // 1223 (b20-50) parent: word-like given name 安然, spring-outing fee, child ID ending X
  "闺女{{person_name:安然}}在[[太原市迎泽区红苹果幼儿园]]上中班。园里收了[[春游费]][[150元]]，结果春游取消也没退钱。我去问，老师说钱已经交给园长了。{{person_name:安然}}爸爸叫{{person_name:任志刚}}，手机{{mobile:13934528716}}，我QQ是{{qq:1061842759}}，孩子身份证{{id_number:14010620211009052X}}。",
  // 1224 (b20-51) officer: masked complainant but child's full name and Chinese-numeral birth date
  "[[宁波市江北区市场监督管理局]]于[[2026年6月10日]]作出[[甬江市监罚〔2026〕22号]]决定，对[[江北区慈城小百合幼儿园]]罚款[[10000元]]，决定书已送达园长{{person_name:孙海燕}}。该园在[[保教费]]之外收取[[特色课程费]]。据投诉人王某某反映，其女儿（{{person_name:王一涵}}，{{birth_date:二〇二一年六月十二日}}出生）因未交费被调班。执法人员核实了其电话{{mobile:13586609314}}及缴费账户{{bank_account:6217 0080 6998 3397 622}}。",
  // 1225 (b20-52) parent: list of unpaid children posted in the class group, word-like names
  "班级群里老师发了未交费名单：{{person_name:周瑾瑜}}、{{person_name:林小满}}、{{person_name:陈可乐}}、{{person_name:吴悠}}，还说“名单上的明天不用来了”。我们交的是[[保教费]]，[[杭州市上城区贝尔幼儿园]]这学期涨到[[3500元]]，没人通知。我是{{person_name:林小满}}的爸爸{{person_name:林涛}}，{{mobile:１３７ ３５８０ ２１９６}}。",
  // 1226 (b20-53) officer: school-bus fee per term, sign-in sheet with names and a phone
  "经查，[[泉州市丰泽区刺桐幼儿园]]将[[校车费]]按学期一次性收取[[2100元]]，幼儿请假、转园均不退费。家长反映，{{person_name:黄梓涵}}于[[2026年3月]]转园后，园方仅同意退[[300元]]。执法人员调阅了校车签到表，表中载有乘车幼儿{{person_name:黄梓涵}}、{{person_name:施俊杰}}及接送人{{person_name:黄秀云}}的电话{{mobile:13905952083}}。现已整改，改为按月收取并按实际乘坐天数退费。",
  // 1227 (b20-54) parent: information-service fee for the app, app account, plate, spaced ID
  "儿子{{person_name:皓轩}}上[[绍兴市越城区鉴湖幼儿园]]两年了，这学期园里新加了[[信息化服务费]]每月[[50元]]，说是给家长App用的。我们家的App账号是{{app_account:jh_gaohaoxuan}}，登进去只能看照片。孩子大名{{person_name:高皓轩}}，我叫{{person_name:高翔}}，车牌{{licence_plate:浙D 7N2K9}}，身份证号{{id_number:3306 0219 8804 0523 15}}。",
  // 1228 (b20-55) officer: overpriced bedding, parents and children cross-referenced
  "经查，[[青岛市黄岛区海之韵幼儿园]]在[[2026年春季学期]]向[[共88户]]收取[[床上用品费]]每套[[460元]]，同类产品市场价约[[180元]]。执法人员询问了家长{{person_name:逄丽丽}}、{{person_name:宋建华}}，其中{{person_name:宋建华}}之子{{person_name:宋一鸣}}、{{person_name:逄丽丽}}之女{{person_name:薛朵朵}}均称被褥有异味。现已整改，园方退还差价[[24640元]]。",
  // 1229 (b20-56) parent: child kept back after school (把…留下), road name containing a city
  "放学时老师把{{person_name:邵子涵}}单独留下，说要等家长来交了[[资料费]][[230元]]才能走。{{person_name:子涵}}一个人在门卫室等了40分钟。[[芜湖市镜湖区小星星幼儿园]]这样做合适吗？我是{{person_name:子涵}}爸爸{{person_name:邵伟}}，电话{{mobile:18955302467}}，住北京中路{{address:169号东方龙城12栋1单元402}}。",
  // 1230 (b20-57) officer: admission review fee, ID with lowercase x in groups, passport
  "经查，[[昆山市花桥镇小铃铛幼儿园]]招生时要求家长提供户口簿、房产证复印件，并收取[[审核费]][[200元]]。执法人员查阅报名材料，发现幼儿{{person_name:朱俊熙}}（身份证号{{id_number:320583 20220918 521x}}）的报名表还登记了其母{{person_name:蔡文静}}的护照号{{document_number:EJ4927183}}和手机{{mobile:13962618053}}。该园违反[[《价格法》第十二条]]，现已整改，向[[共65户]]退还[[13000元]]。",
  // 1231 (b20-58) parent: relocation with half refund, child's name as the last word
  "我们在[[扬州市邗江区春雨幼儿园]]交了一学年的[[保教费]][[16800元]]，上了两个月园所就说要搬迁，剩下的钱只退一半。我的银行卡{{bank_account:6227 0089 9080 9124 255}}，户名{{person_name:吴晓梅}}，身份证{{id_number:321003199208275421}}，电话{{mobile:15252713840}}。孩子在大一班，今年5岁，叫{{person_name:吴思远}}",
  // 1232 (b20-59) officer: place-retention fee, toddler-class and 中二班 names, grandfather's landline
  "家长反映，[[台州市椒江区海门幼儿园]]对续读幼儿收取[[学位保留费]][[1000元]]。经查，收费名单中有{{class_and_name:托班的陈小满}}、{{class_and_name:中二班何一诺}}等[[21名幼儿]]。执法人员联系了{{person_name:何一诺}}的爷爷{{person_name:何德贵}}（{{landline:0576-88261947}}），其表示已现金交付园长{{person_name:徐丽芬}}。该行为违反[[《幼儿园收费管理暂行办法》第十五条]]，现已整改，[[21000元]]已全部退还。",
  // 1233 (b20-60) parent: grandfather, unexplained sundry fee, spaced ID ending X, name at the end
  "[[宁波市北仑区小海螺幼儿园]]开学收了[[保教费]][[3680元]]、[[伙食费]][[600元]]、[[杂费]][[300元]]，[[杂费]]到底是什么没人说得清。我外孙{{person_name:孙浩宇}}，身份证{{id_number:3302 0320 2311 0428 5X}}，今年才上托班。他妈妈在国外，平时都是我接送，我叫{{person_name:乐国平}}，电话{{mobile:１５８８８６０３１７２}}。请把杂费退给{{person_name:浩宇}}。",
  // The twenty-first blind round (TWENTY_FIRST_ROUND_FROM, below); b21-N is the writer's number.
  // 1234 (b21-1) Changsha officer narrative: cashier's personal ABC card, decision number, 12315
  "经查，[[长沙市岳麓区]][[小明星幼儿园]]在收取[[2025年秋季学期]][[保教费]]时，另向[[86名幼儿]]家长收取未经公示的[[开学材料费]]每生[[680元]]，款项转入该园出纳{{person_name:谭志刚}}（身份证号{{id_number:430104199110164332}}）个人农行卡{{bank_account:6228 4800 1823 5567 913}}。家长{{person_name:易春花}}（手机{{mobile:138 7316 2290}}，住桐梓坡路{{address:229号金峰小区6栋302}}）于[[2025年10月9日]]拨打[[12315]]投诉。[[岳麓区市场监督管理局]]依据[[《价格法》第十三条]]作出[[岳市监价罚〔2026〕9号]]决定，责令退还[[58,480元]]。",
  // 1235 (b21-3) Beijing 12345 work order, +86 mobile, landline with extension, estate-only address
  "【市民热线[[12345]]工单】编号20260214-0038。来电人{{person_name:司马文轩}}，手机{{mobile:+86 135 2178 0046}}，单位电话{{landline:010-8457 3321转206}}，住望京西园四区{{address:412号楼2单元1703}}。反映[[朝阳区]][[启航双语幼儿园]]要求一次性预交[[2026年春季学期]]及[[秋季学期]][[保教费]]共[[38,400元]]。其女{{class_and_name:大(2)班司马小雨}}，{{birth_date:2020年1月1日}}生，身份证号{{id_number:110108202001012204}}。来电人要求书面答复发至{{email:simawx_1988@sina.cn}}。",
  // 1236 (b21-4) Lhasa officer supplement: Tibetan names, Tibet plate, Alipay user id, landline
  "补充说明：[[拉萨市城关区]][[格桑花幼儿园]]举办者{{person_name:次仁多吉}}（身份证{{id_number:540102199106121375}}）用其私家车{{licence_plate:藏A·2B771}}接送幼儿，向[[43户]]家长每月收取[[校车费]][[300元]]，未经公示。家长{{person_name:德吉卓玛}}提供了转账记录，收款方为支付宝用户号{{app_account:2088102345678901}}。举办者家中座机{{landline:0891-6329105}}，已电话核实。",
  // 1237 (b21-6) Nanning cashier's own statement: Zhuang surnames, 李家湾 kindergarten, signature line
  "情况说明：本人{{person_name:覃秋燕}}，系[[南宁市青秀区]][[李家湾幼儿园]]出纳。[[2025年9月]]至[[12月]]，园长{{person_name:韦建华}}要求我用本人工行卡{{bank_account:6222022100487731256}}代收[[空调费]]，共[[213名幼儿]]、每人[[120元]]，合计[[25,560元]]，已全部转给园长。本人身份证{{id_number:450103199203150260}}，电话{{mobile:177-7712-0389}}，QQ号{{qq:846291735}}。签名：{{person_name:覃秋燕}} 2026年1月6日",
  // 1238 (b21-7) Shenyang grandmother: Chinese-digit mobile with ○, lunar-free Chinese birth date, birth certificate number
  "我是孩子姥姥，外孙女{{class_and_name:小三班刘果果}}，今年刚上[[沈阳市皇姑区]][[阳光宝贝幼儿园]]，开学就让交[[园服费]][[四百八]]、[[床上用品费]][[三百六]]，说不买不能入园。入园时还把孩子出生证明收走了，编号{{document_number:P210569374}}。我不会用手机转账，是她妈妈{{person_name:孙晓雯}}转的。孩子生日{{birth_date:二〇二二年六月五号}}。有事打我电话{{mobile:一三九 四○二八 八七六五}}，或者家里座机{{landline:024-2286 5517}}，家住崇山中路{{address:56号2单元5楼1号}}。",
  // 1239 (b21-8) Shenzhen lawyer's letter: HK mother, home-return permit, 晓雯艺术幼儿园 vs principal 刘晓雯
  "律师函 致[[深圳市福田区]][[晓雯艺术幼儿园]]：本所受{{person_name:陈嘉欣}}女士（香港居民，港澳居民来往内地通行证号码{{document_number:H60318247}}）委托，现函告如下：委托人之子（{{birth_date:2021年3月17日}}出生）于[[2025年6月]]被贵园收取[[蒙氏教具费]][[6,800元]]及[[2025—2026学年]][[保教费]][[52,000元]]，款项均汇入园长{{person_name:刘晓雯}}个人招商银行账户{{bank_account:6214 8375 2290 1146}}，违反[[《幼儿园收费管理办法》第十一条]]。请于函到之日起[[七日]]内退还。承办律师：{{person_name:黎振邦}}，电话{{landline:0755-8326 1190-602}}，邮箱{{email:li.zhenbang@lawfirm-hd.cn}}",
  // 1240 (b21-10) Kashgar officer narrative: deposits via WeChat, Xinjiang plate, case number
  "[[喀什市]][[小天鹅双语幼儿园]]于[[2025年8月]]以“预留学位”名义向[[57户]]家长收取[[定金]]每户[[2,000元]]，未开具票据。经查，款项由举办者{{person_name:艾力·吐尔逊}}通过微信{{wechat:aili_tursun88}}收取后转入其建行卡{{bank_account:6217 0031 8800 2146 537}}，其本人车辆{{licence_plate:新Q·5K821}}亦登记为园车。家长{{person_name:热孜万古丽·阿不都}}（身份证{{id_number:653101199003182644}}，孩子{{class_and_name:小（3）班阿丽米热}}）提供了转账截图。[[喀什市市场监督管理局]]已立案，案号[[喀市监立〔2026〕014号]]。",
  // 1241 (b21-12) Guangzhou parents' WeChat group: list of bare child names, account holder, teacher surname only
  "（家长群截图转录）[[彩虹桥幼儿园]]大二班家长群：@所有人 本学期[[兴趣班]]报名：{{class_and_name:大二班黄梓睿}}、{{person_name:何诗琪}}、{{person_name:冼嘉豪}}已交，其他家长请扫园长微信{{wechat:meiling-liang0512}}的收款码，或者转到{{bank_account:6222 6001 2034 5581 229}}（户名{{person_name:梁美玲}}），每人[[1,280元]]，不含[[材料费]]。有问题问梁老师{{mobile:13926058817}}。——转录人：家长{{person_name:冼志强}}，[[广州市天河区]]",
  // 1242 (b21-13) Zhengzhou grandfather: old 15-digit ID, name 毛国庆, pet name 毛豆豆, plate without dot
  "俺是{{person_name:毛国庆}}，孙子在[[郑州市金水区]][[金太阳幼儿园]]{{class_and_name:中一班毛豆豆}}，园里要俺们交一年[[伙食费]][[5400]]，说提前交有优惠，结果孩子转学了一分不退。俺儿子开车{{licence_plate:豫A 3M8Q6}}去问，门都不让进。俺身份证{{id_number:410105580712153}}，住农业路{{address:41号院3号楼2单元11号}}，家里电话{{landline:0371 6593 2087}}，有事打这个。",
  // 1243 (b21-14) Haikou inspection: officers' names, principal's personal Douyin, 0086 mobile, NEV plate
  "执法人员{{person_name:符海燕}}、{{person_name:王琼}}于[[2026年1月15日]]对[[海口市美兰区]][[椰城宝贝幼儿园]]检查，发现园长{{person_name:吴多多}}通过其个人抖音号{{app_account:wuduoduo_2019}}直播推广“[[寒假托管班]]”，收费[[2,680元/人]]，报名费进入其个人支付宝。现场查获收费登记表[[1份]]，涉及[[29名幼儿]]。园长车辆{{licence_plate:琼A·D12835}}停放于园内，手机{{mobile:0086-13637519920}}。",
  // 1244 (b21-15) Chengdu parent excerpt: pet name 朵朵 with class, spaced QQ digits, qq.com email
  "家长投诉原文摘录：我家{{class_and_name:苗苗班的朵朵}}（大名{{person_name:蒲欣怡}}，{{birth_date:2022年8月15日}}生，身份证{{id_number:510107202208153723}}）在[[成都市武侯区]][[小桔灯幼儿园]]，收了[[延时服务费]]每月[[450]]但四点半就没人管了 老师叫我们加她QQ交钱 老师QQ {{qq:1 0 8 6 4 2 1 7 9}} 我的邮箱{{email:puxinyi_mama@qq.com}} 住锦绣花园二期{{address:8栋1单元1602}}",
  // 1245 (b21-16) Wuhan penalty decision: compound surname legal rep, credit code, lowercase x in ID
  "当事人[[武汉市洪山区]][[博雅幼儿园]]（统一社会信用代码[[52420111MJH2857136]]），法定代表人{{person_name:欧阳建国}}，手机{{mobile:159 7120 6638}}。[[2025年3月]]至[[2025年12月]]，当事人在公示项目外收取[[安全保险费]]每生[[220元]]、[[体检费]]每生[[150元]]，涉及[[312名幼儿]]，违法所得[[115,440元]]。上述事实有收费台账、出纳{{person_name:柯小曼}}（身份证{{id_number:42010619840505396x}}）询问笔录等证据证明。依据[[《价格违法行为行政处罚规定》第七条]]，作出[[洪市监处罚〔2026〕27号]]决定。",
  // 1246 (b21-18) Harbin hotline record: full-width ID digits, uppercase email, (0451) landline, principal 于洋
  "来电人{{person_name:隋丽娜}}（身份证{{id_number:２３０１０３１９８４１１１５６１８６}}）反映：[[哈尔滨市南岗区]][[小哈佛幼儿园]]在[[2026年春季学期]]开学前要求家长购买指定“[[学习包]]”，[[每套980元]]，不买则孩子不能上[[英语课]]。来电人之子{{class_and_name:大班（1）班 孙铭泽}}。回访电话{{landline:(0451)8679 3304}}、{{mobile:186 4510 7723}}。来电人另通过邮箱{{email:SUILINA84@126.COM}}发来收款截图，收款人为园长{{person_name:于洋}}，微信号{{wechat:yy_xiaohafo}}。",
  // 1247 (b21-19) Xining journalist: 马家庄幼儿园 (surname in kept name), Tibetan mother, month-only birth date
  "[[西宁市城西区]]一家名为[[马家庄幼儿园]]的民办园被多名家长反映“[[伙食费]]只收不退”。家长{{person_name:马秀兰}}告诉记者，孩子{{class_and_name:中二班马雨涵}}因病请假整整一个月，园方仍按[[每天25元]]全额扣费，钱是转到园长个人微信{{wechat:hanyongfu_xn}}的。另一位家长{{person_name:才让卓玛}}说，她的孩子{{birth_date:2021年1月}}出生，本应读中班，却被要求重读小班，再交一年[[保教费]][[7,200元]]。园长{{person_name:韩永福}}对记者表示“都是按合同来”。",
  // 1248 (b21-20) Jinan finance refund note: QQ transfer, medical insurance card number
  "退费说明：{{class_and_name:大(4)班王一诺}}家长{{person_name:王栋}}申请退还[[2025年秋季学期]]已缴未用[[伙食费]][[1,360元]]。经核对，该款系家长转账至园方财务{{person_name:郭婷}}个人QQ（{{qq:3089651274}}），现原路退回家长建行卡{{bank_account:6236 6826 0000 4417 885}}。家长身份证{{id_number:370102198603045178}}，幼儿医保卡号{{document_number:D37010284625}}。[[济南市历下区]][[齐鲁之星幼儿园]]财务室 [[2026年1月10日]]",
  // 1249 (b21-22) Taiwan mother in Xiamen: 台胞证 number, estate inside address, gmail
  "本人{{person_name:林佩君}}，台湾居民，台胞证号码{{document_number:08547216}}，现居[[厦门市思明区]]莲前西路{{address:688号瑞景新村12栋1703室}}。小女{{class_and_name:中班（3）林语彤}}就读于[[小太阳幼儿园]]。[[2025年8月]]园方要求一次性缴纳全年[[保教费]][[人民币36,000元]]，并须转入园长配偶{{person_name:许志明}}个人账户{{bank_account:6216 6103 0001 8825 469}}。联系电话{{mobile:+86-150 0592 3317}}，电子邮箱{{email:peichun.lin@gmail.com}}。",
  // 1250 (b21-23) Shijiazhuang group chat transcript: full-width card digits, 乐乐幼儿园, surname+title unmarked
  "群聊记录转录 〔{{person_name:程晓}}〕园长这个[[书本费]][[260]]是啥 开学不是说好[[保教费]]全包吗 〔[[乐乐幼儿园]]-{{person_name:靳红梅}}〕书本费是代收的哈 扫码付就行 〔{{person_name:程晓}}〕码上是你个人名字啊 〔家长-{{person_name:郝帅}}〕我不扫 我转卡 卡号发一下 〔靳园长〕{{bank_account:６２２２ ０２０４ ０２０１ ５５７８ ６２１}} 〔{{person_name:郝帅}}〕收到 我家{{class_and_name:大一班郝天乐}}的一起了 （[[石家庄市长安区]]）",
  // 1251 (b21-24) Kunming transfer case: officer's work email, complainant landline + QQ, 12345
  "[[昆明市五华区市场监督管理局]]接[[12345]]转办件后，执法人员{{person_name:普建平}}联系投诉人{{person_name:段颖}}（电话{{landline:0871-6533 4478}}，QQ{{qq:1473920658}}）核实。投诉人称[[春城之花幼儿园]]以“[[蒙氏特色课程]]”为由另收[[特色课程费]][[每学期2,400元]]，要求转账至教务{{person_name:杨春}}微信{{wechat:Yangchun_KM1990}}。投诉人随后将证据发至执法人员工作邮箱{{email:pujp_wh@km-scjg.cn}}。",
  // 1252 (b21-25) Tianjin lawyer's letter: 端木/呼延 compound surnames, building address, article citation
  "关于退还预收[[保教费]]的律师函 [[天津市和平区]][[贝贝熊幼儿园]]：委托人{{person_name:端木静}}（身份证号码{{id_number:120101198407233101}}，住南京路{{address:235号河川大厦A座1907}}）之子{{class_and_name:大（1）班端木恒}}（{{birth_date:2020年10月30日}}生）于[[2025年9月]]一次性预交[[三个学期]][[保教费]]合计[[41,400元]]。贵园以“转园不退”为由拒绝退还[[2026年秋季学期]]部分[[13,800元]]，违反[[《幼儿园收费管理办法》第十六条]]。承办律师：{{person_name:呼延晓峰}}，电话{{landline:022-2331 5890}}",
  // 1253 (b21-26) Chongqing dad, dialect, letter O in mobile, spaced QQ, principal's husband
  "我娃儿{{class_and_name:中三班谭可欣}}在[[渝中区]][[山城娃娃幼儿园]]读 [[园服]]硬要买两套[[560]] 不买不准参加六一演出 给的是园长老公{{person_name:冉小军}}的收款码 他开起{{licence_plate:渝A·8U3T7}}天天停门口 我录了视频 我是娃儿爸爸 身份证{{id_number:500103199102122732}} 电话{{mobile:136O23O5512}} QQ{{qq:45 78 12 903}}",
  // 1254 (b21-29) Hefei grandfather: given-name-only reference 一帆, full-width mobile, wxid
  "我是{{class_and_name:中（4）班查一帆}}的外公{{person_name:汪德胜}}。{{person_name:一帆}}{{birth_date:2021年2月28日}}生，身体弱常请假，[[伙食费]]按月交[[520元]]却从不退。[[合肥市蜀山区]][[小博士幼儿园]]会计让我们转到她微信{{wechat:wxid_k82js9a01b3}}，问她要发票说没有。我家住天鹅湖万达公寓{{address:3号楼1单元2704}}，电话{{mobile:１８９ ５５１２ ６６０７}}。",
  // 1255 (b21-31) Guangzhou Baiyun officer: principal's sister collects uniform fees, Guangdong plate
  "[[广州市白云区]][[快乐城堡幼儿园]]园长{{person_name:冼志华}}将[[园服费]]每套[[320元]]、[[被褥费]]每套[[280元]]交由其胞妹代收，涉及[[126名幼儿]]，合计[[75,600元]]。收款二维码对应个人账户，开户人{{person_name:冼翠萍}}（住石井街道凰岗路{{address:17号尚城花园5栋802}}，手机{{mobile:138-2610-4471}}，QQ{{qq:578120394}}），卡号{{bank_account:6228 4804 1122 6698 070}}。园长本人车辆{{licence_plate:粤A·7H2K9}}每日停放园内。",
  // 1256 (b21-35) Nanjing findings: credit code ending in a letter, landline with spaced extension, edu email
  "经查，[[南京市玄武区]][[金陵小百灵幼儿园]]（统一社会信用代码[[52320102MJ4817026B]]）在[[2026年春季学期]]收取[[保教费]]时捆绑收取[[课后延时服务费]]每月[[380元]]，涉及[[94户]]家庭。举报人{{person_name:诸葛晓晴}}（单位电话{{landline:025-8479 6612 转 8023}}，邮箱{{email:zhuge_xq@njnu.edu.cn}}，QQ{{qq:2015889347}}）提供了缴费通知。其子{{class_and_name:中(1)班诸葛一鸣}}，{{birth_date:2021/6/3}}出生。园长{{person_name:卜文}}承认未报备。",
  // 1257 (b21-36) Lanzhou grandmother dictated: rare surname 雒, full-width dash landline, Chinese-digit mobile
  "奶奶口述、孙女代写：我是{{person_name:雒桂兰}}，孙子{{class_and_name:大三班的雒嘉乐}}在[[兰州市城关区]][[金城幼儿园]]，{{birth_date:2020年12月12号}}生的，今年秋天就上小学了。幼儿园说[[毕业照]]、[[毕业典礼费]]一共[[850]]，必须交。我家住雁滩路{{address:3456号南河新村B区7栋301}}，电话{{landline:0931－8526017}}，娃爸爸{{person_name:雒强}}的电话{{mobile:一八九一九三零二二七六}}，微信{{wechat:luoqiang_lz}}。",
  // 1258 (b21-37) Yinchuan journalist: Hui names, quoted account-holder name, spaced Alipay user id
  "[[银川市金凤区]]多名家长向本报反映，[[阅海湾幼儿园]]要求家长通过一个实名为“{{person_name:马海燕}}”的个人支付宝账户（账号{{bank_account:2088 0017 6634 9920}}）缴纳[[2026年春季学期]][[保教费]]每人[[5,800元]]。家长{{person_name:纳文华}}给记者看了缴费群截图，群主QQ号为{{qq:1538294760}}。记者致电园长{{person_name:丁永红}}（{{mobile:138 9510 4236}}），对方称“账户是会计的，钱都入了园里账”。",
  // 1259 (b21-38) Yanji Korean-Chinese applicant: social security card number, spaced class label
  "申请人{{person_name:金英姬}}（朝鲜族），身份证{{id_number:222401198802190465}}，其子{{class_and_name:大班2班 朴俊浩}}，{{birth_date:2020年5月19日}}生，在[[延吉市]][[阿里郎幼儿园]]就读。申请人称该园收取[[朝鲜语特色课]]每月[[200元]]及[[午睡床位费]]每学期[[300元]]，均未公示。申请人提供了本人社保卡（卡号{{document_number:K22240137}}）的扣款记录。联系电话{{mobile:135 0443 8812}}，微信{{wechat:jinyingji_0519}}。",
  // 1260 (b21-39) Urumqi inspection record: Kazakh names with ·, NEV plate, oddly grouped mobile
  "现场检查笔录摘要：[[2026年3月4日]]，执法人员{{person_name:努尔兰·别克}}、{{person_name:王建军}}出示执法证件后对[[乌鲁木齐市沙依巴克区]][[天山雪莲幼儿园]]进行检查，园长{{person_name:阿依达娜·叶尔兰}}在场。园内停放的{{licence_plate:新A·F37921}}号车辆用于接送幼儿，按每月[[350元]]收取[[接送费]]，名单载有[[41名幼儿]]，其中包括举报人{{person_name:古丽娜尔}}（{{mobile:1309911 5527}}）之子{{class_and_name:中（2）班哈斯木}}。",
  // 1261 (b21-40) Kunshan mother's letter: toddler ID + birth date, deposit to principal's husband, outlook mail
  "致[[昆山市市场监督管理局]]：我叫{{person_name:顾晓岚}}，儿子{{person_name:周一鸣}}（{{birth_date:2023年9月5日}}出生，身份证{{id_number:320583202309050718}}）在[[昆山市]][[童梦园幼儿园]]上[[托班]]，[[2026年2月]]入园时被要求交[[入园押金]][[5,000元]]，说毕业才退。钱转到了园长丈夫{{person_name:沈建平}}的卡{{bank_account:6222 0211 0201 4586 731}}。我住前进东路{{address:399号新城域22幢2单元601}}。回复请发{{email:gxl_ks2023@outlook.com}}。",
  // 1262 (b21-41) Haikou dad, no punctuation: 夏天 as a word, plate with space, oddly grouped mobile
  "[[海口市龙华区]][[椰子树幼儿园]]收[[空调费]]夏天开冬天也收[[每月80]] 我是{{class_and_name:小二班符家豪}}爸爸{{person_name:符永强}} 车牌{{licence_plate:琼A 5S8T2}}每天送孩子 门卫都认识 钱转的是园长卡{{bank_account:6222 0319 0200 7415 885}} 你们查 电话{{mobile:13876 029 441}}",
  // 1263 (b21-42) Taiyuan penalty decision excerpt: term dates that look like birth dates, principal's WeChat and card
  "[[太原市小店区市场监督管理局]]行政处罚决定书（[[并小市监罚〔2026〕33号]]）摘录：当事人[[太原市小店区阳光宝宝幼儿园]]于[[2025年9月1日]]至[[2026年1月20日]]期间，以“[[资料费]]”名义向[[152名幼儿]]每人收取[[180元]]，合计[[27,360元]]，未按规定公示。上述款项由园长{{person_name:武丽霞}}通过其本人微信{{wechat:wulixia_taiyuan}}及工行卡{{bank_account:6212 2605 0201 8897 304}}收取。举报人{{person_name:郝建斌}}（身份证{{id_number:140105199106241259}}）。依据[[《明码标价和禁止价格欺诈规定》第二十一条]]处理。",
  // 1264 (b21-44) Korean mother in Qingdao: romanised and hanja name, Korean passport, naver email
  "韩国籍家长{{person_name:Kim Minji}}（{{person_name:金珉智}}），护照号{{document_number:M73420961}}，其女{{class_and_name:小(2)班的Kim Seoa}}在[[青岛市崂山区]][[海之韵国际幼儿园]]就读。该园向外籍幼儿额外收取[[外籍管理费]]每学期[[4,000元]]，财务经办人{{person_name:孙倩}}称“物价局批过”，却无法出示文件。家长电话{{mobile:155 0532 8817}}，邮箱{{email:minji.kim0815@naver.com}}，住址苗岭路{{address:29号中铁逸都国际C区3号楼2103室}}。",
  // 1265 (b21-45) Hangzhou livestream supplement: name 钱多多, Douyin + Kuaishou ids, spaced ID, Zhejiang NEV plate
  "补充说明：经调取[[杭州市余杭区]][[爱尚幼儿园]]园长{{person_name:钱多多}}个人抖音号{{app_account:qianduoduo_as}}、快手号{{app_account:3xk9p2aaw8qj}}的直播记录，其在[[2025年12月]]直播中推销“[[寒假营]]”每人[[3,280元]]，引导家长添加其微信{{wechat:QDD_aishang}}付款，其座驾{{licence_plate:浙A·D82K61}}亦出现在直播画面中。举报人为家长{{person_name:许晴}}，身份证{{id_number:330782 1984 0517 3846}}，手机{{mobile:137-3581-0092}}。",
  // 1266 (b21-47) Baise mother writing Guangxi Cantonese, no punctuation, compact birth date 20200519
  "我系{{person_name:农美玲}} [[百色市右江区]] 我仔{{class_and_name:大一班农俊杰}} {{birth_date:20200519}}出世 [[红豆豆幼儿园]]收[[伙食费]]一日[[十五蚊]]但系饭菜好差 问佢要单佢话冇 佢话冇对公账户 要我转去{{bank_account:6228 4809 7715 2038 866}} 之前仲用支付宝转过俾园长 佢支付宝号{{bank_account:2088 5512 3370 1846}} 有事揾我QQ{{qq:36 9014 7725}} 我住那毕大道{{address:27号2栋101}}",
  // 1267 (b21-48) Shanghai 12345 record: 上官 surname, 新村 estate address, app login, G+ID student number
  "[[12345]]市民服务热线记录：来电人{{person_name:上官婉清}}，固话{{landline:021-5478 1234}}，手机{{mobile:189 1627 4405}}，住莘庄镇莘松三村{{address:22号602室}}。反映[[闵行区]][[星光灿烂幼儿园]]要求家长在开学前通过“家长帮”APP预缴[[2026学年]][[保教费]]，来电人APP账号为{{app_account:sgwq_mama}}。其子{{class_and_name:中（3）班上官铭}}，{{birth_date:2021年7月9日}}生，幼儿学籍号{{document_number:G310112202107090317}}。",
  // 1268 (b21-49) Harbin Russian mother: name in both orders, Russian passport with space, mail.ru, Heilongjiang plate
  "在[[哈尔滨市道里区]][[小白桦幼儿园]]，俄罗斯籍家长{{person_name:Ivanova Ekaterina}}（{{person_name:叶卡捷琳娜·伊万诺娃}}）向记者出示一份中俄双语缴费单：[[保教费]]每月[[3,200元]]、[[俄语课]]每月[[600元]]、[[校车费]]每月[[400元]]，校车车牌为{{licence_plate:黑A·2N5D8}}。她儿子{{class_and_name:大(1)班的米沙}}生于{{birth_date:2020.03.08}}。她说钱都打进了园长个人卡{{bank_account:6217 0000 8877 3341 502}}。她的护照号{{document_number:75 4829163}}，邮箱{{email:katya.ivanova@mail.ru}}。",
  // 1269 (b21-50) Shenzhen Longgang: caregiver's QQ group and WeChat, list of co-signing parents
  "经查，[[深圳市龙岗区]][[启航之星幼儿园]]保育员{{person_name:邝美琪}}建立“大二班兴趣课”QQ群（群主QQ{{qq:2873641059}}），收取[[乐高课]]每人[[2,400元]]，款项进入其个人微信{{wechat:kuang_mq_520}}。家长{{person_name:郭子健}}、{{person_name:欧阳淼}}、{{person_name:黎晓彤}}等[[23名家长]]联名投诉，联系人为第一位，电话{{landline:0755-2896 1150}}，邮箱{{email:guozijian@163.com}}。",
  // 1270 (b21-51) Yining Uyghur mother: forced tablet purchase, account holder name, Douyin, house-number address
  "伊宁市家长{{person_name:阿依努尔·托合提}}（身份证{{id_number:654002199002120187}}）投诉：[[伊宁市]][[雪莲花开幼儿园]]要求家长购买[[平板电脑]]用于“[[智慧课堂]]”，每台[[2,999元]]，只能从园长亲戚店里买。她儿子{{class_and_name:大（3）班的艾合买提}}，{{birth_date:2020年2月}}出生。付款转到{{bank_account:6228 4807 3355 0916 274}}，户名{{person_name:帕提古丽}}。她把经过发在抖音{{app_account:ayinur_0212}}，住斯大林街{{address:188号天马小区5号楼3单元402}}。",
  // 1271 (b21-52) Changchun lawyer's letter: 慕容/公孙/令狐 surnames, lawyer named 朝阳 next to 朝阳区
  "律师函 [[长春市朝阳区]][[小红帽幼儿园]]、园长{{person_name:慕容雪}}女士：本律师受{{person_name:公孙浩}}先生（身份证{{id_number:22010219910426655X}}，住所：工农大路{{address:2008号明珠小区17栋2门501}}）委托，就其子{{class_and_name:中四班公孙一诺}}（{{birth_date:2021年10月3日}}出生）被收取[[赞助费]][[20,000元]]一事致函。依据[[《价格法》第十四条]]，请于[[2026年4月30日]]前退还。律师：{{person_name:令狐朝阳}}，电话{{landline:0431-8856 2047}}",
  // 1272 (b21-54) Baoding parent with typo 幼儿圆: pet name + class, principal's plate, spaced QQ
  "[[保定市竞秀区]][[小脚丫幼儿圆]]乱收费！！我家{{person_name:豆豆}}（{{class_and_name:中二班贾思辰}}）开学让交[[保教费]][[4200]]还要交什么[[环创费]][[200]]，钱要转到{{bank_account:6217 0012 3400 5568 719}}这是园长私人卡！！园长开的车{{licence_plate:冀F·88K21}}刚买的。联系我QQ{{qq:75 3210 9846}}，住东风西路{{address:1777号朝阳小区4号楼6单元102}}",
  // 1273 (b21-55) Xuzhou contract OCR: form lines, name and class in separate fields, 11-2-1205 shorthand address
  "合同OCR文本（执法人员{{person_name:蒯志远}}录入）：甲方：[[徐州市云龙区]][[彭城小星星幼儿园]] 乙方（家长）：{{person_name:佘秀芝}} 身份证号：{{id_number:320303199106301284}} 联系地址：和平路{{address:57号绿地商务城11-2-1205}} 幼儿姓名：{{person_name:佘可可}} 出生日期：{{birth_date:2022年01月12日}} 班级：小班 收费：[[保教费]]每学期[[6,500元]]，一次性预交三学期[[19,500元]]，汇入{{bank_account:6222 0206 3300 1872 455}} 乙方签字：{{person_name:佘秀芝}} 日期：[[2025年8月20日]]",
  // 1274 (b21-58) Linxia Hui father: lunar birth date that reads like a festival, 0086 mobile with odd grouping
  "我是{{person_name:马努尔}}，孩子{{class_and_name:大二班马伊玛}}，{{birth_date:2020年农历八月十五}}生的。[[临夏市]][[八坊双语幼儿园]]要求交[[清真餐费]]每月[[700元]]，说是外包食堂，但收款的是园长侄子{{person_name:马成龙}}的个人微信{{wechat:mcl_8866}}。我身份证号{{id_number:622901198911023158}}，手机{{mobile:0086 18893 047 512}}，家住红园路{{address:29号金港湾小区3号楼1单元501}}",
  // 1275 (b21-60) Liuzhou officer supplement listing what to keep: 文昌路/文昌幼儿园, DingTalk id, credit code
  "补充说明（经办人{{person_name:司马静}}）：1.本案投诉人共[[17户]]，主要联系人{{person_name:呼延春燕}}，{{birth_date:1988年9月23日}}出生，身份证{{id_number:45010219880923154X}}，现住[[柳州市城中区]]文昌路{{address:8号华润凯旋门12栋1单元3001}}。2.[[文昌幼儿园]]园长通过钉钉号{{app_account:ddwc_yz2020}}发布收费通知，园长QQ号{{qq:629384175}}，园长车辆{{licence_plate:桂B·M7266}}。3.统一社会信用代码[[52450202MJK3962571]]、决定书[[柳城市监罚〔2026〕12号]]、依据[[《价格法》第四十二条]]均应保留。",
  // The twenty-second blind round (TWENTY_SECOND_ROUND_FROM, below); b22-N is the writer's number.
  // 1276 (b22-1) 12345 hotline ticket, grandfather dictating; pet name, mother's name contains 春燕 next to 春燕幼儿园
  "12345工单（[[2026年9月3日]]受理）：来电人自称是孩子爷爷，口述：“我孙女{{person_name:朵朵}}在[[春燕幼儿园]]读中班，[[2026年秋季学期]]园里一下子收了[[保育教育费]][[6800元]]，还另收[[兴趣班费]][[1200元]]，说不交就不让上。我叫{{person_name:仉德厚}}，电话{{mobile:139 5712 0846}}，住在中山路{{address:47号2幢1单元301室}}，你们打这个电话找我，或者找她妈妈{{person_name:韦春燕}}都行。”来电人要求核实收费是否超出备案标准并退还多收部分。",
  // 1277 (b22-2) investigation closing report: legal rep with ID, witnesses before 等人, case handlers
  "案件调查终结报告（节选）：经查，当事人[[杭州市西湖区小星星幼儿园]]（统一社会信用代码[[52330106MJ8812345K]]）系民办幼儿园，法定代表人{{person_name:亢立新}}，身份证号{{id_number:330106198803120046}}。[[2026年3月1日]]至[[2026年6月30日]]期间，当事人在备案的[[保育教育费]]之外另行收取[[特色课程费]]，每生每月[[480元]]，共涉及幼儿[[136名]]，违法所得共计[[261120元]]。上述事实有收费台账及家长{{person_name:蔡文婷}}、{{person_name:邝海波}}等人的询问笔录为证。承办人：{{person_name:佴振宇}}、{{person_name:姚嘉琪}}。",
  // 1278 (b22-4) interrogation record Q/A; Beijing 院/号楼 address on 建国路; surname+园长 not marked
  "询问笔录（第1次）\n问：请说一下你的基本情况。\n答：我叫{{person_name:逯红梅}}，身份证号{{id_number:11010519910721007X}}，现住朝阳区建国路{{address:88号院6号楼2单元1102}}，手机{{mobile:186-1035-7742}}。\n问：你孩子在哪个幼儿园？\n答：在[[红梅艺术幼儿园]]，孩子叫{{person_name:甯一诺}}，今年读大班。\n问：幼儿园收了哪些费用？\n答：[[2026年秋季学期]]收了[[保育教育费]][[16500元]]，另外[[舞蹈课]]、[[美术课]]各[[1800元]]，都是转给李园长个人微信的。",
  // 1279 (b22-5) refund application form: form lines 申请人/收款人/联系人/签字, child birth date, spaced card number, class on its own line
  "退费申请书\n申请人：{{person_name:缑丽娟}}（幼儿母亲）\n幼儿姓名：{{person_name:郑乐乐}}  出生日期：{{birth_date:2021年4月18日}}\n所在班级：小(1)班\n申请事项：[[2026年秋季学期]]因搬家退园，请求退还已缴未发生的[[保育教育费]][[7200元]]及[[伙食费]][[1350元]]。\n收款人：{{person_name:缑丽娟}}\n收款账户：{{bank_account:6222 0212 0200 3456 788}}（[[中国工商银行]]）\n联系人：{{person_name:郑海涛}}  联系电话：{{mobile:15867321094}}\n申请人签字：{{person_name:缑丽娟}}  [[2026年9月20日]]",
  // 1280 (b22-6) parent-group screenshot typed out: speaker names before colon, child pet name before 妈妈, wechat id with date-like digits
  "家长群截图（家长提供，已征得同意）：\n【[[博雅幼儿园]]大一班家长群】\n{{person_name:王芳}}：收到通知了吗？下学期[[保育教育费]]从[[4200元]]涨到[[5600元]]，没听证也没公示\n{{person_name:李强}}：涨了还要收[[空调费]][[300元]]\n{{person_name:团团}}妈妈：我问了财务{{person_name:晏秋菊}}，她说是教育局批的\n{{person_name:王芳}}：谁信，我加了她微信{{wechat:yqj_19880612}}，一直不回\n群主 曹老师：请各位家长私下沟通，不要在群里讨论收费",
  // 1281 (b22-7) kindergarten 情况说明: class+name, licence plate, staff landline and email, signature
  "情况说明\n[[上城区教育局]]：\n关于家长{{person_name:厍志刚}}反映我园多收[[校车费]]一事，现说明如下：该幼儿{{class_and_name:大(2)班厍可馨}}自[[2026年3月]]起每月缴纳[[校车费]][[450元]]，因校车线路调整，家长改为自行驾车接送（车牌{{licence_plate:浙A·7K3M9}}），我园已于[[2026年5月12日]]退还[[3个月]]费用共[[1350元]]。如有疑问请联系财务{{person_name:郏晓露}}，电话{{landline:0571-86027315}}，邮箱{{email:caiwu_xiaolu@126.com}}。\n[[杭州市上城区启明星幼儿园]]\n园长：{{person_name:蒯文静}}\n[[2026年5月20日]]",
  // 1282 (b22-9) petition reply: petitioner with 桂花, grandson, son named 建国, Beijing 门 address, landline, decision number
  "信访事项答复意见书\n信访人：{{person_name:佴桂花}}\n你于[[2026年7月2日]]来信反映[[西城区金色童年幼儿园]]违规收取[[兴趣班费]]的问题收悉。经[[西城区市场监督管理局]]调查，该园在[[2026年春季学期]]向[[212名]]幼儿收取[[兴趣班费]]共计[[381600元]]，已责令全部退还，并依据[[《价格违法行为行政处罚规定》第七条]]作出处罚决定（[[京西市监处罚〔2026〕305号]]）。你反映的孙子{{person_name:佴子轩}}的[[1800元]]已于[[2026年8月15日]]退至你儿子{{person_name:佴建国}}名下账户。如不服本答复，可自收到之日起[[30日]]内向[[北京市西城区人民政府]]申请复查。\n送达地址：德胜门外大街{{address:11号2号楼3门501}}  联系电话：{{landline:010-66183027}}",
  // 1283 (b22-10) Douyin pinned comment: author named 春燕 distinguishing herself from 春燕幼儿园; 12315 hotline unmarked; QQ
  "抖音评论区置顶（作者抖音号：{{app_account:dy_chunyan1990}}）：澄清一下，我叫{{person_name:春燕}}，但不是[[春燕幼儿园]]的人哈😂 我闺女{{person_name:妞妞}}在隔壁[[蓝天幼儿园]]，[[2026年秋季学期]]被收了[[1500元]]“[[研学费]]”，结果所谓研学就是去公园转了一圈。园长{{person_name:曲晓梅}}说不满意可以退园。我已经打了12315，谁家孩子也在蓝天的，加我QQ{{qq:2849561307}}一起反映。",
  // 1284 (b22-11) administrative penalty decision: credit code kept, legal rep ID and home address (段 before house number), agent, article numbers
  "行政处罚决定书 [[成武市监处罚〔2026〕87号]]\n当事人：[[成都市武侯区彩虹桥幼儿园]]\n统一社会信用代码：[[52510107MJ0K56789R]]\n法定代表人：{{person_name:谭启明}}  身份证号码：{{id_number:51010719930926011X}}\n法定代表人住址：人民南路四段{{address:27号1栋3单元602号}}  联系电话：{{mobile:18980627413}}\n委托代理人：{{person_name:罗晓川}}\n经查，当事人于[[2026年2月]]至[[2026年7月]]向[[89名]]幼儿收取[[延时服务费]]每人每月[[300元]]，未经备案，违反[[《中华人民共和国价格法》第十二条]]，依据[[《价格违法行为行政处罚规定》第九条]]，决定没收违法所得[[160200元]]，并处罚款[[50000元]]。",
  // 1285 (b22-12) pipe table with header: child/parent names, two card formats, 签收人 inside a cell, class in separate column
  "附表：[[朝阳区小星辰幼儿园]][[2026年秋季学期]]多收费用退还明细（节选）\n| 序号 | 幼儿 | 班级 | 家长 | 退款金额 | 退款账户 |\n| 1 | {{person_name:周安然}} | 中一班 | {{person_name:周国庆}} | [[2400元]] | {{bank_account:6228480012345678903}} |\n| 2 | {{person_name:小宝}} | 小二班 | {{person_name:黄秀英}}（奶奶） | [[2400元]] | {{bank_account:6236 6809 9012 3456 785}} |\n| 3 | {{person_name:林乐乐}} | 大一班 | {{person_name:林平安}} | [[1800元]] | 现金已领，签收人{{person_name:林平安}} |\n合计退还[[6600元]]。",
  // 1286 (b22-13) tab-separated sign-off sheet without header; word-like names 文静/海波/建国; 经办人 form line
  "退费签收表（无表头，按原件录入）\n{{person_name:马文静}}\t{{mobile:13705718823}}\t[[3600元]]\t[[2026年9月28日]]\n{{person_name:丁海波}}\t{{mobile:159 5816 2370}}\t[[3600元]]\t[[2026年9月28日]]\n{{person_name:欧阳建国}}\t{{mobile:18072651943}}\t[[2700元]]\t[[2026年9月29日]]\n以上款项为[[蒲公英幼儿园]]多收的[[保育教育费]]，由经办人{{person_name:宋雨欣}}现场发放。",
  // 1287 (b22-17) complaint letter: Yi names, father named by name after 让, address with 段, QQ
  "家长投诉信（摘录，经本人同意公开）：我是{{person_name:吉克阿呷}}，身份证{{id_number:51340119920214008X}}，孩子爸爸{{person_name:阿苏拉则}}在外地打工，儿子{{person_name:木呷}}在[[西昌市阳光宝贝幼儿园]]读中班。去年说好的[[伙食费]]每天[[15元]]，今年突然涨到[[25元]]，一个月多出[[220元]]。我让{{person_name:阿苏拉则}}打电话去问，园长说是物价涨了。我家住航天大道三段{{address:18号6栋2单元402室}}，电话{{mobile:18781436025}}，我的QQ是{{qq:935120486}}。",
  // 1288 (b22-19) Hong Kong parent: HK/Macau permit, English given name of child, wechat of assistant, 小区 inside address
  "补充说明：投诉人{{person_name:陈嘉欣}}为香港居民，港澳居民来往内地通行证号码{{document_number:H60318452}}。其女{{person_name:Chloe}}（中文名{{person_name:何芷晴}}）在[[福田区星河湾幼儿园]]读大班。该园以“[[港籍生管理费]]”名义每学期加收[[5000元]]，[[2026年秋季学期]]起又加收[[跨境接送费]][[3000元]]。投诉人通过微信转账给园长助理{{person_name:温丽萍}}，对方微信号{{wechat:wlp_xinghewan}}。投诉人内地联系电话{{mobile:136 3287 5109}}，现住福华三路{{address:168号星河国际花园3栋18A}}。",
  // 1289 (b22-20) Xiamen report: Taiwan permit number (8 digits), child name, card, email, mobile; counts and totals kept
  "[[厦门市思明区市场监督管理局]]案件调查终结报告（节选）：投诉人{{person_name:林佩君}}系台湾居民，台湾居民来往大陆通行证号码{{document_number:08273615}}，其子{{person_name:黄品睿}}在[[思明区小海豚幼儿园]]就读。经查，该园[[2026年秋季学期]]向[[42名]]台籍及外籍幼儿收取[[国际课程费]]每人[[6000元]]，合计[[252000元]]。投诉人提供了付款凭证，付款账户{{bank_account:6226093456123456789}}。投诉人邮箱{{email:peichun.lin@hinet.net}}，联系电话{{mobile:18350217764}}。",
  // 1290 (b22-21) Weibo post: numeric Weibo UID, dotted birth date, teacher and committee head, wechat
  "微博（用户UID {{app_account:6038471925}}）：[[雁塔区童心幼儿园]]让每个孩子交[[200元]]“[[毕业照费]]”，还有[[毕业典礼服装费]][[280元]]！我家{{person_name:团团}}是{{birth_date:2020.12.3}}生的，明年才毕业，现在就收？班主任{{person_name:贺雅琪}}说是家委会决定的，家委会主任{{person_name:仝海波}}家就是开照相馆的！！！[[雁塔区市场监督管理局]]管不管？家长们加我微信{{wechat:tuantuan_ma_666}}，拉群一起维权。",
  // 1291 (b22-22) case handler supplement: rare surnames 仉/亢/佴/乜, personal account, whistleblower contacts, name before 到案/表示
  "承办人补充说明：本案由{{person_name:仉建军}}、{{person_name:亢莉}}两名执法人员于[[2026年6月18日]]现场检查。检查时，园方出纳{{person_name:佴小雨}}承认[[保育教育费]]以外的[[托管费]]均转入园长{{person_name:乜红梅}}个人账户{{bank_account:6212 2610 0209 8765 436}}。后{{person_name:乜红梅}}到案说明情况，表示“不知道需要备案”。另，举报人要求对其身份保密，其联系方式{{mobile:177 0571 3368}}、{{email:jubao_2026@qq.com}}已单独归档。涉案金额[[87600元]]，已全部退还。",
  // 1292 (b22-23) grandmother dictating: surname alone 我姓甯 unmarked, 国庆放假 vs son 甯国庆, 建国路幼儿园 kept, landline in parentheses
  "12345工单记录：来电人是孩子奶奶，不会打字，由坐席代记：“我姓甯，叫{{person_name:甯秀英}}，孙子{{person_name:乐乐}}在[[建国路幼儿园]]。国庆放假七天，园里[[伙食费]]一分不退，一个月[[600元]]啊。我儿子{{person_name:甯国庆}}在外地，钱是我交的。你们打我家座机{{landline:(0571)85126743}}，或者打我儿媳{{person_name:柏文静}}手机{{mobile:13606512897}}。”来电人要求按[[《幼儿园收费管理暂行办法》第十一条]]规定退还未就餐天数的伙食费。",
  // 1293 (b22-24) education bureau reply: student registration number embedding an ID, ISO birth date, medical insurance card number
  "[[福田区教育局]]回函（节选）：经核查全国学前教育管理信息系统，幼儿{{person_name:钟梓涵}}，学籍号{{document_number:G440304202103230060}}，出生日期{{birth_date:2021-03-23}}，于[[2026年2月]]从[[福田区小天鹅幼儿园]]转出。家长{{person_name:钟海洋}}反映该园未退还剩余[[保育教育费]][[5400元]]，以及代收的[[少儿医保费]][[400元]]（医保卡号{{document_number:44030021037620}}）。经协调，园方同意于[[2026年3月15日]]前退还。家长联系电话{{mobile:13823056741}}。",
  // 1294 (b22-25) service receipt: 建国 as name twice vs 建国路幼儿园/建国路/建国西路, Shanghai 弄 address, decision number
  "行政处罚告知书送达回证（节选）：受送达人[[建国路幼儿园]]，送达地点该园财务室，园方签收人{{person_name:向建国}}（副园长），见证人{{person_name:温嘉怡}}。送达人：{{person_name:乜振东}}、{{person_name:靳海燕}}。文书名称：[[行政处罚告知书]]（[[沪黄市监告〔2026〕61号]]）。备注：该园法定代表人{{person_name:汤建国}}拒绝签收，称收[[建园费]]“是当年建国路拆迁时区里同意的”。法定代表人手机{{mobile:189 1602 3375}}，住所为徐汇区建国西路{{address:285弄7号502室}}。",
  // 1295 (b22-27) officer note: parent named 安然 vs 安然双语幼儿园, bare name starting sentences, name before 称/表示
  "补充说明：家长{{person_name:鲍安然}}在[[安然双语幼儿园]]门口拉横幅一事，园方称其“扰乱秩序”。经了解，{{person_name:鲍安然}}之女{{class_and_name:大(1)班鲍诗琪}}[[2026年秋季学期]]被要求缴纳[[午托费]][[2600元]]，而该园备案收费项目中并无此项。{{person_name:鲍安然}}称已向园长{{person_name:邵丽君}}索要收费依据未果。{{person_name:鲍安然}}（身份证号{{id_number:320102198410300057}}，住玄武区中山路{{address:128号4幢603室}}）表示孩子已转园，只求退费。",
  // 1296 (b22-28) refund list forwarded to Douyin: 红梅 as name vs 红梅艺术幼儿园, three class+name spans inside parentheses
  "[[红梅艺术幼儿园]]退费公示（家长转发至抖音，抖音号{{app_account:hongmei_ma88}}）：\n经与家长协商，本园对[[2026年春季学期]]收取的[[艺术特长费]]予以退还，名单如下：\n{{person_name:冷红梅}}（{{class_and_name:中三班段佳怡}}家长）[[1600元]]\n{{person_name:鞠海波}}（{{class_and_name:中三班鞠昊天}}家长）[[1600元]]\n{{person_name:庞桂兰}}（{{class_and_name:小一班庞多多}}家长）[[800元]]\n退款将原路退回。",
  // 1297 (b22-29) statement: mother named 文静 vs 性格文静/太文静 unmarked, teacher as object of 转账给, wechat, QQ
  "家长{{person_name:沙文静}}在询问中称：女儿{{person_name:朵朵}}性格文静，不爱说话，[[2026年秋季学期]]园里推出“[[性格塑造营]]”，每月[[980元]]，老师{{person_name:付佳}}跟她说“你家孩子太文静了，不报会影响以后上小学”。她于[[2026年9月6日]]微信转账给{{person_name:付佳}}，对方微信号{{wechat:fujia_teacher}}。{{person_name:沙文静}}提供了聊天记录截图，其本人QQ号{{qq:1176254093}}。",
  // 1298 (b22-30) Q/A record: name as vocative inside question, payee after 交给, Qingdao address with building name inside
  "询问笔录（节选）\n问：{{person_name:于海波}}，你为什么认为幼儿园多收了[[住宿费]]？\n答：我儿子在[[金太阳寄宿制幼儿园]]，周一到周五住园，备案的[[住宿费]]是每月[[500元]]，园里收[[800元]]。\n问：钱交给谁了？\n答：交给生活老师{{person_name:邢桂花}}，她开的收据，盖的是园里的财务章。\n问：你的身份证号和联系方式？\n答：身份证{{id_number:370202199512010068}}，手机{{mobile:15153279064}}，住香港中路{{address:76号颐和国际A座2301}}。",
  // 1299 (b22-31) grandmother's complaint written by daughter: names in 、/和 list, grandchild given name only, birth date, wechat
  "情况反映（孩子外婆口述，女儿代写）：我是{{person_name:覃秀英}}，外孙女{{person_name:梓涵}}在[[绿茵幼儿园]]读小班。园里说秋季开学要交[[被褥费]][[460元]]、[[园服费]][[380元]]，必须在园里买，外面买的不让穿。我女儿{{person_name:莫晓丹}}问了别的家长，{{person_name:黎春燕}}和{{person_name:韦海涛}}家也都被要求买。外孙女是{{birth_date:2022年1月9日}}生的，才这么小就要交这么多钱。请市场监管部门查一查。联系我女儿：{{mobile:13978120465}}，微信{{wechat:mxd_1993}}。",
  // 1300 (b22-32) 12345 callback: 桂花 name vs 桂花苑小区/桂花苑幼儿园; address with 小区 but no road marked from building
  "12345回访记录：回访对象{{person_name:宁桂花}}（来电人）。来电人住桂花苑小区{{address:3栋2单元502室}}，反映小区配套的[[桂花苑幼儿园]]收取[[赞助费]][[5000元]]。经[[滨江区教育局]]协调，园方已于[[2026年9月25日]]退还。来电人表示满意，但称收款人{{person_name:章晓峰}}态度恶劣。回访电话{{mobile:18657196302}}。回访人：{{person_name:缑文娟}}。",
  // 1301 (b22-33) report: compound surnames in list with 、 and 和 before 等人, witness, principal's personal account
  "调查终结报告（节选）：本案投诉人共[[4名]]，分别为{{person_name:欧阳明慧}}、{{person_name:司马晓东}}、{{person_name:诸葛云}}和{{person_name:端木静怡}}等人，均反映[[南京市玄武区小精灵幼儿园]]在[[2026年春季学期]]收取[[教材费]]每人[[560元]]，但实际未发放教材。证人{{person_name:皇甫海燕}}（原该园教师）称，教材费由园长{{person_name:慕容雪}}统一收取后存入其个人账户{{bank_account:6216612800034567890}}。投诉人代表联系电话{{mobile:150 5183 2946}}。",
  // 1302 (b22-34) narrative: single-character given names 王芳/李强/赵敏/孙伟 after 让/替/把/交给; 园长/丈夫 without name unmarked; plate
  "家长{{person_name:王芳}}表示，她让丈夫{{person_name:李强}}替孩子缴了[[9800元]]的“[[优先入园费]]”，园长{{person_name:赵敏}}收钱后把收据交给保安{{person_name:孙伟}}转交。后来丈夫找到园长要求退款，园长承认收了钱，但说“名额已经占了，不能退”。{{person_name:王芳}}随后通知了[[江宁区市场监督管理局]]。依据[[《幼儿园收费管理暂行办法》第十三条]]，该费用属于与入园挂钩的费用，应予退还。联系电话{{mobile:13851762093}}，车牌{{licence_plate:苏A·5G2L7}}（用于核对园区停车场监控）。",
  // 1303 (b22-35) QQ group log: QQ numbers, child name inside 爸爸 and after @, email whose local part equals a QQ number
  "QQ群聊天记录（整理）：\n【[[育才幼儿园]]大班家长群】\n{{person_name:蒋梦瑶}}（QQ：{{qq:40521873}}）：收据上写的是“[[代办费]]”[[1200元]]，谁知道代办了啥\n{{person_name:贺子豪}}爸爸：我QQ {{qq:1098736542}}，我有园里的收费备案表，里面根本没有代办费\n{{person_name:蒋梦瑶}}：@{{person_name:贺子豪}}爸爸 发我邮箱 {{email:40521873@qq.com}}\n管理员{{person_name:沈慧敏}}：财务说代办费是帮买绘本的",
  // 1304 (b22-37) enrollment form as evidence: birth certificate number, father 建国 / mother 春燕, two near-identical mobiles, 小区 inside address
  "入园报名表（家长提交材料复印件，作为证据附卷）\n幼儿姓名：{{person_name:郝若曦}}\n出生日期：{{birth_date:2022年6月17日}}\n出生医学证明编号：{{document_number:R440123857}}\n父亲：{{person_name:郝建国}}  电话：{{mobile:13760248315}}\n母亲：{{person_name:谢春燕}}  电话：{{mobile:137 6024 8316}}\n家庭住址：天河区中山大道西{{address:89号华景新城12栋1504房}}\n备注：该园收取[[报名费]][[500元]]、[[测评费]][[300元]]，均未在[[广州市天河区]]教育部门备案。",
  // 1305 (b22-38) collegial discussion record: officers with rare surnames 蒯/甯/乜/郏 as roles and as bare subjects before 汇报/同意/表示
  "[[2026年]]第[[17]]号案件合议记录：主持人{{person_name:蒯国平}}，参加人{{person_name:甯晓晨}}、{{person_name:乜玉兰}}，记录人{{person_name:郏俊杰}}。{{person_name:甯晓晨}}汇报案情：当事人[[长沙市岳麓区小树苗幼儿园]]（[[52430104MJ2211339C]]）在[[2026年秋季学期]]收取[[延时托管费]]，涉及幼儿[[58人]]，每人[[1500元]]，违法所得[[87000元]]。合议意见：依据[[《价格违法行为行政处罚规定》第七条]]，没收违法所得并处罚款[[43500元]]。{{person_name:乜玉兰}}同意，{{person_name:蒯国平}}表示无异议。",
  // 1306 (b22-39) joint complaint: rare surnames 逯/厍/郏/晏/缑 in 、/和 list, teacher quote, email, Wuchang 中山路 address
  "联名投诉书（节选）：我们是[[东湖幼儿园]]大班家长{{person_name:逯晓婷}}、{{person_name:厍明}}、{{person_name:郏丽华}}和{{person_name:晏小军}}。园里以“[[幼小衔接班]]”名义每月另收[[1280元]]，老师{{person_name:缑雪}}在群里说不报的孩子下午只能坐着。[[2026年秋季学期]]以来已经收了[[4个月]]。联系人：{{person_name:逯晓婷}}，电话{{mobile:15927408361}}，邮箱{{email:luxiaoting88@163.com}}，地址：武昌区中山路{{address:318号7栋1单元1203室}}。",
  // 1307 (b22-40) kindergarten statement: Kuaishou and DingTalk ids, teacher wechat, principal named; platform fee kept
  "情况说明（[[智慧树幼儿园]]）：关于网友在快手发布视频称我园“乱收费”一事（发布者快手号{{app_account:ks_mamaxiaoyu}}），现说明如下：视频中提到的[[智慧课堂平台使用费]][[299元]]系第三方平台直接向家长收取，我园未经手，已要求平台于[[2026年11月1日]]前退款。家长{{person_name:冉小雨}}在评论区公布的本园教师{{person_name:尹思远}}的钉钉号{{app_account:yinsiyuan0621}}及微信号{{wechat:ysy_teacher_0621}}系个人信息，请平台删除。如有疑问请联系园长{{person_name:黎晓云}}。",
  // 1308 (b22-41) lawyer's letter summary: client ID, class+name with full-width parentheses, spaced card, two emails, 司徒 compound surname
  "律师函（摘要）\n委托人：{{person_name:蔺晓峰}}（身份证号{{id_number:610113199103270081}}）\n受函方：[[西安市雁塔区博士蛙幼儿园]]\n事由：委托人之子{{class_and_name:小（2）班蔺浩然}}于[[2026年9月]]入园，贵园以“[[教育成本补偿费]]”名义收取[[18000元]]，违反[[《幼儿园收费管理暂行办法》第十三条]]。请于[[2026年10月31日]]前将款项退至委托人账户{{bank_account:6259 6502 1234 5678 908}}。\n承办律师：{{person_name:司徒静}}\n电子邮箱：{{email:situjing@qinlaw.com.cn}}；抄送：{{email:lin.xf1991@outlook.com}}",
  // 1309 (b22-42) parent letter: 欧阳春燕 vs 春燕幼儿园, office landline with extension, home landline, pet name, Shanghai plate
  "家长来信（摘录）：我是{{person_name:欧阳春燕}}，在[[春燕幼儿园]]对面的公司上班，名字跟幼儿园一样，觉得挺有缘就给孩子报了，结果一入园就被收了[[8800元]]“[[择园费]]”，另有[[空调费]][[600元]]。孩子小名叫{{person_name:小米粒}}，在中班。我单位电话{{landline:021-6234 5678转812}}，白天打这个；晚上打家里{{landline:021-54370926}}。孩子爸爸{{person_name:陆海波}}开车接送，车牌{{licence_plate:沪A·H7253}}，园里还要收[[停车费]]。请[[徐汇区市场监督管理局]]依法处理。",
  // 1310 (b22-43) pipe table with header: names, IDs, mobiles; Mongolian single name 乌兰; 经办人 with surname+老师 unmarked
  "附件2：退款确认表\n|姓名|身份证号|联系电话|退款金额|\n|{{person_name:祁文涛}}|{{id_number:420106198708090039}}|{{mobile:13307150286}}|[[3200元]]|\n|{{person_name:席静}}|{{id_number:430104199404180071}}|{{mobile:18674120539}}|[[3200元]]|\n|{{person_name:乌兰}}|{{id_number:210102198902050087}}|{{mobile:15640271138}}|[[1600元]]|\n退款事由：[[小太阳幼儿园]][[2026年春季学期]]违规收取[[课后延时费]]。经办人：韩老师",
  // 1311 (b22-44) complaint: social security card number, child's medical insurance card, class+name, home landline, Liaoning plate
  "投诉人{{person_name:鄂晓宁}}称，[[沈阳市和平区彩虹幼儿园]]要求家长为幼儿统一办理“[[健康管理服务]]”，每人收取[[260元]]，并要求提交社保卡和医保卡复印件。投诉人提供了其本人社会保障卡号{{document_number:H32510987}}及其子{{class_and_name:中(3)班鄂一鸣}}的医保卡号{{document_number:2101023865047}}复印件，证明园方收款后并未提供任何服务。投诉人家中座机{{landline:024-23186547}}，其车辆{{licence_plate:辽A·N6U38}}还曾因接送被园方收取[[停车费]][[150元]]。",
  // 1312 (b22-45) 12345 callback: name with 先生 title, caller number, class+name, birth date, home landline, QQ; 微信同号 has no separate id
  "12345回访：您好，请问是{{person_name:亓晓光}}先生吗？（核对来电号码{{mobile:15205318740}}）您[[2026年9月10日]]反映的{{class_and_name:大四班亓若彤}}被[[济南市历下区快乐星球幼儿园]]收取[[兴趣班费]][[2400元]]的问题，[[历下区市场监督管理局]]已责令退还。来电人表示钱还没到账，并补充：孩子{{birth_date:2020年11月3日}}出生，园方以“超龄”为由要求加收[[大班延读费]]。来电人留家中电话{{landline:0531-88627410}}，微信同号，或QQ{{qq:309475812}}。",
  // 1313 (b22-48) typical-case draft: many kept facts (counts, amounts, articles, decision number) around names, wechat with hyphen, QQ, plate, XHS id
  "典型案例（初稿，待脱敏）：[[2026年]]，[[某市市场监督管理局]]接到家长{{person_name:俞桂芳}}举报，[[红梅艺术幼儿园]]在[[2026年秋季学期]]以“[[艺术素养课]]”名义向全园[[318名]]幼儿每人收取[[1680元]]。执法人员调取收费台账发现，{{class_and_name:大(2)班俞子默}}等幼儿家长系通过园长丈夫{{person_name:鲍建国}}的个人微信{{wechat:bjg-19850712}}缴费，部分家长通过QQ{{qq:773016295}}转账。当事人违反[[《中华人民共和国价格法》第十三条]]，依据[[《价格违法行为行政处罚规定》第十三条]]，作出[[某市监处罚〔2026〕212号]]行政处罚决定，责令退还多收价款[[534240元]]并处罚款[[100000元]]。举报人车辆{{licence_plate:赣A·2F8K1}}曾在园门口被保安拍照，其小红书号{{app_account:95310478236}}发布的维权笔记已被删除。",
  // The twenty-third blind round (TWENTY_THIRD_ROUND_FROM, below); b23-N is the writer's number.
  // 1314 (b23-1) Chengdu officer draft, full complainant details copied from the interview record
  "[[成都市武侯区市场监督管理局]]于[[2025年10月14日]]接到家长投诉，反映[[武侯区金色童年幼儿园]]在[[2025年秋季学期]]除按备案标准收取[[保育教育费]]每月[[2680元]]外，另以“[[开学物品费]]”名义向每名幼儿收取[[860元]]。投诉人{{person_name:杨志刚}}（身份证号{{id_number:510107198804123177}}，联系电话{{mobile:139 8172 4406}}）称，其女{{class_and_name:中(2)班杨若溪}}开学当天被财务人员{{person_name:蒋春梅}}要求当场扫码补缴，否则不予入班。经查，该园共向[[213名]]幼儿收取该费用，合计[[183180元]]，该项目未经公示，亦未按家长自愿原则收取。",
  // 1315 (b23-2) Hangzhou parent complaint, Alipay account of principal, WeChat, full address with compound name
  "你好，我是[[杭州市西湖区]][[星河湾双语幼儿园]]的家长{{person_name:陈思雨}}，孩子{{person_name:沈嘉木}}是{{birth_date:2020年10月26日}}出生的，今年上大班。九月开学园里突然通知要交“[[双语特色课程费]]”，一学期[[4500元]]，说不交就不能上英语课，可招生的时候根本没提过！我们班好几个家长都交了，钱是让转到园长个人支付宝{{app_account:fangxy_1979@163.com}}，到现在也没开票。我电话{{mobile:13588621937}}，微信{{wechat:chensiyu_0723}}，家住文二西路{{address:318号西溪花园7幢2单元1402室}}，随时可以来核实。",
  // 1316 (b23-3) Guangzhou cleaned-up draft leaking the child's given name three times and a phone's last 8 digits
  "[[广州市天河区市场监督管理局]]查明，[[天河区博雅艺术幼儿园]]于[[2025年3月]]至[[2025年7月]]期间，在未公示收费项目和标准的情况下，向家长收取“[[午托延时费]]”每月[[480元]]，共涉及幼儿[[96名]]，金额合计[[230400元]]。投诉人张某某（手机后八位{{mobile:86130942}}）反映，其子{{person_name:梓轩}}因未缴纳该费用，午休时间被安排在走廊等候，班主任李某称“不交就不要让{{person_name:梓轩}}留园”。{{person_name:梓轩}}母亲随后补缴。上述行为违反[[《明码标价和禁止价格欺诈规定》第五条]]，该局依据[[《价格违法行为行政处罚规定》第十三条]]责令退还并处罚款[[2万元]]（[[穗天市监罚〔2025〕312号]]）。",
  // 1317 (b23-4) Beijing officer supplementary note: finance staff ID, personal bank card, home landline
  "补充说明：经调取[[北京市朝阳区小橡树幼儿园]]收费台账，财务人员{{person_name:孙晓蕾}}（身份证号{{id_number:110105199203052841}}）承认，[[2025年9月]]以“[[教材资料费]]”名义向[[158名]]幼儿每人多收[[350元]]，合计[[55300元]]，款项均转入其本人工商银行卡{{bank_account:6222021903012341230}}。家长{{person_name:韩冬}}提供的转账截图显示收款人为{{person_name:孙晓蕾}}。检查当日该园办公电话无人接听，执法人员通过孙某家中电话{{landline:010-8576 2314}}与其取得联系。相关情况已同步通报[[朝阳区教育委员会]]。",
  // 1318 (b23-5) Shanghai parent, voice-to-text with no punctuation, lane-style address
  "我是[[浦东新区]]的家长我儿子叫{{person_name:顾一诺}}在[[浦东新区启明星幼儿园]]读中班他是{{birth_date:2020年9月14号}}生的身份证号{{id_number:310115202009141570}}今年九月开学园里说要交[[床上用品费]][[680元]]还有[[园服费]][[920元]]都是强制的不交不给入园我问了{{person_name:徐丽娟}}老师她说是园长定的她也没办法我觉得这个不合理床上用品我们自己家里有的呀我手机是{{mobile:186 2173 5048}}QQ{{qq:2573810946}}家住锦绣路{{address:1088弄23号602}}麻烦你们尽快处理谢谢",
  // 1319 (b23-6) Hong Kong mother in Shenzhen, traditional characters, home-return permit, +852 and +86 mobiles
  "本人{{person_name:鄭嘉欣}}，香港居民，現居[[深圳市南山區]]，女兒{{person_name:林語彤}}（{{birth_date:2021年6月27日}}出生）就讀[[南山區蔚藍海岸國際幼兒園]]K2班。園方於[[2025年9月]]要求每位家長繳付“[[國際課程附加費]]”[[6800元]]，事前並無任何書面通知，收據上也只寫“[[雜費]]”。This is totally unfair. 本人回鄉證號碼{{document_number:H60382917}}，香港手機{{mobile:+852 9123 4876}}，內地手機{{mobile:+86 135 1086 2273}}，電郵{{email:kayan.cheng@gmail.com}}，懇請貴局跟進。",
  // 1320 (b23-7) Wuhan officer narrative: founder's private car used as school bus, plate and ID
  "经查，[[洪山区贝乐佳幼儿园]]举办者{{person_name:胡德兵}}（身份证号{{id_number:42011119891130673X}}，联系电话{{mobile:18971246630}}）自[[2025年3月]]起使用其个人所有的车辆{{licence_plate:鄂A·7K29M}}接送幼儿，按每人每月[[300元]]收取“[[校车接送费]]”，该车辆未取得校车使用许可，收费项目亦未向[[武汉市洪山区发展和改革局]]备案。家长{{person_name:余静}}反映，其子{{class_and_name:大一班余浩然}}乘坐该车期间，园方还以“[[燃油补贴]]”名义另收[[200元]]。截至[[2025年6月]]，该园共收取上述费用[[62400元]]。",
  // 1321 (b23-9) Xi'an cleaned-up draft leaking a house number, phone last 8 digits and the child's pet name
  "[[西安市雁塔区市场监督管理局]]对[[雁塔区启智幼儿园]]收费情况进行检查。经查，该园在[[2025年春季学期]]收取[[保育教育费]]时，擅自将备案标准[[每月1600元]]提高至[[每月1880元]]，涉及幼儿[[147名]]，多收金额合计[[246960元]]。投诉人王某某，住雁塔区电子正街{{address:36号}}，联系电话后8位{{mobile:92048816}}，其女{{person_name:可可}}在该园中班就读，园方曾以{{person_name:可可}}“欠费”为由暂停其午餐。该局已责令该园退还多收费用。",
  // 1322 (b23-10) Nanjing officer narrative: student registration number, email, principal's name
  "[[南京市鼓楼区市场监督管理局]]接转办工单，投诉人{{person_name:周晓彤}}反映，[[鼓楼区爱贝尔幼儿园]]以“[[入园评估费]]”名义向新生家长收取[[1200元]]，不缴纳则不为幼儿办理学籍。其女{{person_name:吴雨桐}}（幼儿学籍号{{document_number:G320106202005063187}}）于[[2025年8月]]缴纳该费用。投诉人邮箱{{email:zhouxt1991@163.com}}，手机{{mobile:13951683027}}。经询问，该园园长{{person_name:钱文斌}}承认共向[[67名]]新生收取该费用，合计[[80400元]]，且未在收费公示栏列明。",
  // 1323 (b23-11) Changsha father, meal fee charged over holidays, bank card, QQ, dashed mobile
  "本人{{person_name:彭建华}}，身份证{{id_number:430104198609227393}}，孩子在[[岳麓区小博士幼儿园]]中三班。[[2025年9月1日]]园里通知交[[伙食费]]，每天[[18元]]按[[22天]]收，可国庆放了八天假，十月照样按22天收，也不退。我用建行卡{{bank_account:6217002810023451234}}转给财务{{person_name:谭丽}}，两个月一共[[792元]]，问她要明细她说“园长定的”。我QQ{{qq:1047285563}}，手机{{mobile:186-7316-2045}}，请[[长沙市岳麓区]]有关部门核查。",
  // 1324 (b23-12) Taiwanese mother in Xiamen, traditional characters, Taiwan compatriot permit, ROC-calendar birth date
  "我是從臺灣來的家長{{person_name:陳怡君}}，台胞證號碼{{document_number:09263518}}，小孩{{person_name:黃品睿}}是{{birth_date:民國110年2月18日}}生的，在[[廈門市思明區]][[彩虹島幼兒園]]唸中班。園方去年突然要收“[[才藝課程費]]”每學期[[3200元]]，說是全班都要上，可是老師上課內容跟平常一樣。我們住湖濱南路{{address:88號2201室}}，手機{{mobile:13806052719}}，微信{{wechat:yijun_tw0218}}，麻煩幫忙處理，謝謝。",
  // 1325 (b23-13) Zhengzhou officer narrative: social security card number, home landline
  "[[郑州市金水区市场监督管理局]]查明：[[金水区蓝天实验幼儿园]]于[[2025年9月]]向[[320名]]幼儿收取“[[特色课程费]]”每生每学期[[1500元]]，合计[[480000元]]，该费用未纳入备案收费项目。该园出纳{{person_name:马红霞}}称系执行园长口头指示。投诉人{{person_name:李国栋}}（身份证号{{id_number:410105199104140572}}，社保卡卡号{{document_number:K41296837}}，家庭电话{{landline:0371-6589 2406}}）提供了缴费收据及园方微信群通知截图。依据[[《中华人民共和国价格法》第三十九条]]，该局已将相关线索移送[[郑州市金水区教育局]]。",
  // 1326 (b23-14) Chongqing parent, voice-to-text in dialect, Douyin account, child's ID, Chongqing floor-room address
  "喂我是渝北的家长我要投诉[[渝北区嘉州星辰幼儿园]]乱收费他们九月份收了每个娃儿[[800块]]的[[开学活动费]]说是搞啥子亲子运动会结果就发了一件T恤我娃儿是{{class_and_name:中二班的冉子墨}}班主任{{person_name:谢婷}}老师也说她不晓得钱拿去干啥子了我在抖音上发了视频我抖音号{{app_account:rzm_baba520}}好多家长都在下面留言我电话{{mobile:13308347162}}娃儿身份证{{id_number:500112202012304250}}我们住新牌坊三路{{address:126号7栋4-2}}你们可以来问",
  // 1327 (b23-16) Nanning officer narrative: child's ID and birth certificate number, principal's personal bank card
  "[[南宁市青秀区市场监督管理局]]调查[[青秀区金摇篮幼儿园]]在新生入园时收取“[[建档费]]”[[600元]]一事。家长{{person_name:覃美玲}}（家庭电话{{landline:0771-5562 3817}}）提供的收据显示，其女{{person_name:黄诗涵}}（身份证号{{id_number:450103202109113767}}，出生医学证明编号{{document_number:Q450812739}}）于[[2025年8月20日]]缴纳该费用，收款人为园长{{person_name:韦秀莲}}，款项转入韦某个人农业银行卡{{bank_account:6228480418765431238}}。该园[[2025年秋季]]共招收新生[[118名]]，收取建档费合计[[70800元]]。",
  // 1328 (b23-17) Hefei mother, English words, Xiaohongshu number, foreign teacher's English name
  "真的很无语。我女儿{{person_name:许安然}}在[[蜀山区伊顿公学幼儿园]]K1，开学两周园方说要升级成bilingual program，每学期加收[[5800元]]“[[外教课时费]]”，可外教{{person_name:Jessica}}一周只来两节课，还经常请假。我在小红书发了帖子（小红书号{{app_account:4628193057}}），园方居然让我删帖。本人{{person_name:唐晓雯}}，身份证{{id_number:340104198801286420}}，邮箱{{email:xuran_mom@outlook.com}}，电话{{mobile:+86 182 5512 0639}}，希望[[合肥市蜀山区]]相关部门重视。",
  // 1329 (b23-18) Shenyang officer supplementary note: officers' names, staff QQ and email, child's class and birth date
  "补充说明：[[沈阳市和平区市场监督管理局]]执法人员{{person_name:高振宇}}、{{person_name:孟繁丽}}于[[2025年10月22日]]对[[和平区童心幼儿园]]进行现场检查，发现该园财务人员{{person_name:于淑芬}}通过个人QQ{{qq:459872013}}及邮箱{{email:yushufen66@126.com}}向家长发送缴费通知，要求缴纳“[[兴趣班费]]”[[1280元]]。家长{{person_name:刘畅}}称其子{{class_and_name:大二班刘子恒}}（{{birth_date:2020年7月19日}}生）从未报名任何兴趣班。该园已于[[2025年11月5日]]向[[76名]]幼儿退还全部费用[[97280元]]。",
  // 1330 (b23-19) Shijiazhuang father: parking fee, plate, principal's home landline, spaced mobile
  "我叫{{person_name:赵立伟}}，孩子在[[石家庄市桥西区]][[阳光宝贝幼儿园]]上小班，园里新规定家长开车接送要交“[[停车管理费]]”每月[[150元]]，登记了我的车{{licence_plate:冀A 5M8N2}}才让进，不交就不让停门口，交了也不给票。我打园里电话没人接，打到园长家里{{landline:0311-8702 6631}}，她爱人说这事别找她。我身份证{{id_number:130104199008083359}}，手机{{mobile:132 3118 4067}}，请你们查一查这个费到底合不合法。",
  // 1331 (b23-20) Lanzhou cleaned-up draft leaking class+name, house number, teacher and child's given name
  "[[兰州市城关区市场监督管理局]]经查，[[城关区小天使幼儿园]]于[[2025年9月]]开学时向[[88名]]幼儿收取[[被褥费]][[460元]]、[[园服费]][[580元]]，合计[[91520元]]。上述费用属代收费，但该园未遵循家长自愿原则。投诉人马某某（住城关区张掖路{{address:57号}}）之子{{class_and_name:中一班马浩宇}}因未购买园服，被班主任{{person_name:何晓燕}}要求在集体活动时单独站队，{{person_name:浩宇}}因此拒绝入园。依据[[《幼儿园收费管理暂行办法》第十一条]]，责令该园改正。",
  // 1332 (b23-21) Nanchang mother: teacher collecting book fees via personal WeChat, Xiaohongshu number
  "[[东湖区育才星幼儿园]]大一班的老师{{person_name:熊倩}}让我们把[[书本费]]直接微信转给她个人，她微信号{{wechat:xq_19950315}}，每人[[420元]]，说是园里统一订的教材，可发下来就是几本练习册，网上一查不到[[80元]]。我女儿{{person_name:涂梓萱}}班上[[32个]]孩子全交了。我在小红书上也发了（小红书号{{app_account:5830217746}}）。本人{{person_name:万小芳}}，身份证{{id_number:360102198706155108}}，电话{{mobile:139 7086 2514}}，[[南昌市东湖区]]的领导麻烦管一管。",
  // 1333 (b23-22) Guiyang officer narrative: principal's Kuaishou account used for enrolment ads
  "[[贵阳市南明区市场监督管理局]]查明，[[南明区金贝贝幼儿园]]园长{{person_name:罗明贵}}通过其快手账号{{app_account:ks_luomg888}}发布招生信息，承诺“全年[[9800元]]一价全包”，幼儿入园后又以“[[餐点费]]”“[[材料费]]”名义另收费用。家长{{person_name:杨秀}}（手机{{mobile:18685102274}}）之子{{person_name:龙宇航}}（身份证号{{id_number:520102202002224418}}）于[[2025年9月]]入园，累计被加收[[2100元]]。该行为违反[[《明码标价和禁止价格欺诈规定》第十九条]]。",
  // 1334 (b23-23) Taiyuan mother: refund not paid, bank card in groups of four, compound-yard address, QQ
  "我是[[太原市小店区]]的家长{{person_name:郭雅琴}}，身份证号{{id_number:140105199209296164}}。孩子{{person_name:乐乐}}在[[晋阳湖幼儿园]]，上学期园里收了[[兴趣班费]][[1360元]]，后来兴趣班因为没老师停了，园里答应全退，让我提供银行卡号，我给了工行卡{{bank_account:6212 2610 0200 3451 239}}，结果到现在一个多月了一分没退。经办的是后勤主任{{person_name:白建平}}，每次问都说“在走流程”。我家住长风街{{address:7号院3号楼2单元602}}，QQ{{qq:3087642195}}，随时可以过去对质。",
  // 1335 (b23-24) Harbin officer narrative: insurance fee markup, child's ID and medical insurance card number
  "[[哈尔滨市南岗区市场监督管理局]]查明，[[南岗区北国之春幼儿园]]在为幼儿统一办理[[意外伤害保险]]时，要求家长提供幼儿医保卡号，并代收[[保险费]]每人[[260元]]，实际投保金额仅为[[100元]]。家长{{person_name:于海洋}}（联系电话{{mobile:15945107382}}）提供其女{{person_name:于佳怡}}的身份证号{{id_number:230103202110140382}}、医保卡号{{document_number:2301A0093872615}}及缴费凭证，经办人为该园财务{{person_name:王淑华}}。该园共向[[203名]]幼儿代收该费用，差额[[32480元]]未退还家长。",
  // 1336 (b23-25) Hohhot cleaned-up draft: masked ID left alone, full dashed mobile and child's name leaked
  "[[呼和浩特市新城区市场监督管理局]]对[[新城区草原明珠幼儿园]]违规收费一案作出处理：该园于[[2025年3月]]向[[52名]]大班幼儿收取“[[幼小衔接辅导费]]”每人[[2800元]]，合计[[145600元]]。投诉人乌某某，身份证号1501021989******40，联系电话{{mobile:139-4710-5826}}，其女{{person_name:萨仁}}就读该园大二班，因未报名衔接班被园长{{person_name:包丽娜}}调出原班级。经核实，{{person_name:萨仁}}调班后无固定带班教师。该局依法责令退还全部费用。",
  // 1337 (b23-26) Urumqi Uyghur father: costume and bedding fees, child's ID and birth date, WeChat
  "我是{{person_name:买买提·吐尔逊}}，我的孩子{{person_name:艾力·买买提}}，{{birth_date:2020年8月1日}}生，身份证{{id_number:650102202008011690}}，在[[乌鲁木齐市天山区]][[雪莲花幼儿园]]上大班。园里让每个孩子买演出服装，说是“[[民族特色服装费]]”[[380元]]，还有[[午睡被褥费]][[450元]]，我们自己家里有被子也不让带。我打电话{{mobile:13899823157}}问园长，她说不买就不能参加六一演出。我微信{{wechat:maimaiti_0809}}，请帮忙。",
  // 1338 (b23-27) Haikou officer narrative: passport collected for a fake study tour, decision number
  "[[海口市龙华区市场监督管理局]]查明：[[龙华区椰风国际幼儿园]]以“[[国际班注册费]]”名义向[[35名]]幼儿每人收取[[12000元]]，合计[[420000元]]，并要求家长提供护照复印件用于“海外游学备案”。家长{{person_name:符海龙}}（身份证号{{id_number:46010619950120837X}}，联系电话{{mobile:18976053342}}）提交的护照号为{{document_number:EJ4827163}}，其子{{person_name:符晨曦}}至今未参加任何游学活动。{{person_name:符海龙}}之妻{{person_name:王春燕}}陈述，缴费时园方承诺可全额退还。该局认定上述行为构成价格欺诈，依据[[《中华人民共和国价格法》第四十条]]作出[[琼龙市监罚〔2025〕41号]]处罚决定。",
  // 1339 (b23-28) Tianjin father: child's pet name and full name, ID ending in X, qq.com email, home landline
  "我们家{{person_name:小宝}}，大名{{person_name:刘梓睿}}，身份证号{{id_number:12010120210528245X}}，在[[天津市和平区]][[金色摇篮幼儿园]]上中班。从这学期开始园里把原来免费的放学后看护改成“[[延时服务费]]”，每月[[600元]]，不交的孩子四点半必须接走，我们双职工根本做不到。我给园长{{person_name:董艳}}写过信没回音，我的邮箱{{email:liuzr_papa@qq.com}}，家里电话{{landline:022-2731 6608}}，希望[[天津市和平区教育局]]和物价部门都管一管。",
  // 1340 (b23-29) Yinchuan officer supplementary note: health-check fee paid into nurse's card, founder's car
  "补充说明：经调取转账记录，[[兴庆区贺兰山幼儿园]]保健医{{person_name:马文静}}个人银行卡{{bank_account:6228481588009911234}}在[[2025年9月1日]]至[[9月15日]]收到家长转账[[43笔]]，每笔[[800元]]，合计[[34400元]]，备注均为“[[体检费]]”，而[[银川市兴庆区妇幼保健院]]实际收费为每人[[120元]]。家长{{person_name:丁志强}}（联系电话{{mobile:13995173640}}）陈述，该园另收[[校车费]]，所用车辆{{licence_plate:宁A·96F37}}登记在举办者{{person_name:马国忠}}个人名下。",
  // 1341 (b23-30) Xining cleaned-up draft leaking the complainant's QQ, child's full and given name, teacher
  "[[西宁市城西区市场监督管理局]]查明，[[城西区格桑花幼儿园]]在[[2025年秋季学期]]将[[保育教育费]]由备案的每月[[1450元]]上调至[[1780元]]，未履行成本监审及备案程序。投诉人李某某（QQ{{qq:1928374650}}）反映，其子{{person_name:李沐阳}}所在班级教师{{person_name:祁玉梅}}在家长群通知“不补交差价的下月不安排座位”。经核实，{{person_name:沐阳}}等[[23名]]幼儿家长已补交差价。",
  // 1342 (b23-32) Taiwanese father in Kunshan, traditional characters, slash birth date, English label
  "我是臺商{{person_name:林志豪}}，台胞證{{document_number:10482736}}，在[[昆山市]]工作六年。兒子{{person_name:林宥辰}}{{birth_date:2020/05/06}}生，讀[[花橋國際幼兒園]]大班。園方今年開始對臺商子女加收“[[境外學生管理費]]”每學期[[3000元]]，說是要幫我們辦額外手續，但根本沒有提供任何服務。我太太{{person_name:蔡佩珊}}去問過財務，財務說是上面規定的。Email：{{email:zhihao.lin@hotmail.com}}，手機{{mobile:+86 159 5063 2871}}。",
  // 1343 (b23-33) Shanghai Minhang officer narrative: interview and seat-reservation fees, birth certificate number
  "[[上海市闵行区市场监督管理局]]查明，[[闵行区爱弥儿双语幼儿园]]在[[2026年春季]]插班招生中向报名家长收取“[[面试测评费]]”[[2000元]]及“[[预留学位费]]”[[20000元]]，录取后不予退还。家长{{person_name:钟蕾}}（手机{{mobile:138 1654 9027}}，单位电话{{landline:021-5489 2063}}）称，其子{{class_and_name:小(1)班钟逸凡}}报名时按要求提交了出生医学证明（编号{{document_number:N310284519}}），缴费由该园招生办{{person_name:陆佳琪}}经手。上述收费违反[[《上海市民办幼儿园收费管理办法》]]相关规定。",
  // 1344 (b23-34) Fuzhou mother: fee paid to principal's husband's Alipay, apartment address
  "我是[[鼓楼区温泉幼儿园]]家长{{person_name:陈美华}}，女儿{{person_name:林一一}}在中班。[[2025年9月]]园长让每个家长交[[1200元]]“[[户外拓展费]]”，不让转园里对公账户，非要转到她老公{{person_name:张文强}}的支付宝{{app_account:zwq_fz0826@126.com}}，说这样“方便”。交完一学期也就去了一次西湖公园。我手机{{mobile:137 0591 8264}}，住五四路{{address:128号汇福公寓9层903}}，[[福州市鼓楼区]]的同志麻烦核实一下。",
  // 1345 (b23-36) Changchun father: meal fee accounts, dotted birth date, bank card, QQ, home landline
  "我是[[长春市朝阳区]]的家长{{person_name:姜红岩}}，孩子{{person_name:姜博文}}{{birth_date:2020.03.22}}生，在[[春苗幼儿园]]大班。园里[[伙食费]]每月[[650元]]，可孩子每天中午就一个菜，我每月用交行卡{{bank_account:6222 6227 0104 5601 239}}转账，半年了没公布过一次伙食账目。我QQ{{qq:835291746}}，家里座机{{landline:0431-8567 2193}}，白天打不通就晚上打。",
  // 1346 (b23-37) Jinan officer narrative: study-trip fee, university email, child's class+name and ID, parent's plate
  "[[济南市历下区市场监督管理局]]查明，[[历下区泉城明珠幼儿园]]自[[2025年9月]]起向在园幼儿收取“[[研学旅行费]]”每人[[1680元]]，实际仅组织一次市内参观。家长{{person_name:孔祥瑞}}（手机{{mobile:15165028839}}，邮箱{{email:kongxr@sdu.edu.cn}}）称，其子{{class_and_name:小(4)班孔令昊}}（身份证号{{id_number:370202202112020456}}）因未缴费被排除在活动名单外，班主任{{person_name:宋雨薇}}告知须统一缴费。该园另要求家长报备接送车辆，{{person_name:孔祥瑞}}报备的车辆为{{licence_plate:鲁A·G82D5}}。",
  // 1347 (b23-38) Hangzhou officer supplementary note: mother's and son's IDs, WeChat, accountant's name
  "补充说明：投诉人{{person_name:邵敏}}（身份证号{{id_number:330106199007235621}}）系[[西湖区小茶树幼儿园]]幼儿{{person_name:钟书航}}之母，{{person_name:钟书航}}身份证号{{id_number:330106202011082132}}。[[2025年10月]]该园以“[[食堂改造分摊费]]”名义向每名幼儿收取[[1000元]]，{{person_name:邵敏}}通过微信{{wechat:shaomin_hz}}向园方会计{{person_name:楼佳慧}}转账。经核，该园共收取[[186000元]]，已责令全额退还，退款截止日期为[[2025年12月31日]]。",
  // 1348 (b23-39) Dongguan migrant father, voice-to-text, Kuaishou account, QQ spoken as 扣扣
  "我在[[东莞市长安镇]]打工孩子在[[长安镇乐乐幼儿园]]读小班我叫{{person_name:黎振华}}身份证{{id_number:440106198702194519}}这个幼儿园开学收了[[2980元]]说包含[[保育费]]和[[伙食费]]结果十月份又说要交[[空调使用费]][[300元]]我老婆在快手上看到别的家长也在骂快手号{{app_account:ks_lizhenhua87}}是我的我手机{{mobile:135 3092 6741}}扣扣{{qq:1593574862}}我儿子叫{{person_name:黎子豪}}老师是{{person_name:周美玲}}老师她也说没办法上面让收的",
  // 1349 (b23-40) Ningbo cleaned-up draft leaking a full address inside a compound, child's pet name, QQ
  "[[宁波市鄞州区市场监督管理局]]经查，[[鄞州区东湖观邸幼儿园]]于[[2025年春季学期]]向[[140名]]幼儿收取“[[节日活动费]]”每人[[260元]]，合计[[36400元]]，未在收费公示中列明。投诉人周某某（住鄞州区天童南路{{address:588号东湖观邸12幢1801室}}）反映，其女{{person_name:芊芊}}在园期间，班主任以{{person_name:芊芊}}未缴费为由不发放节日礼品。投诉人QQ为{{qq:573920184}}。该局已责令该园退还全部费用。",
  // 1350 (b23-41) Luoyang grandmother dictating to a neighbour: landline, son's mobile and postal-savings card
  "我是孩子奶奶，叫{{person_name:孙桂兰}}，不会打字，让邻居帮着写的。孙女{{person_name:妞妞}}在[[洛阳市西工区]][[小天鹅幼儿园]]上中班，每月[[保育费]][[1300元]]，今年九月又加了[[300元]]说是物价涨了，也没开家长会。我家座机{{landline:0379-6321 5087}}，孩子她爸{{person_name:王建军}}手机{{mobile:15837962048}}，他在外地打工，钱都是他用邮储卡{{bank_account:6217 9910 3000 4567 899}}转的。我们住在唐宫路{{address:15号院4号楼3单元201}}。",
  // 1351 (b23-43) Mianyang mother: environment fee, child's ID born in Chengdu, Xiaohongshu, WeChat
  "我是[[绵阳市涪城区]]的家长，孩子{{person_name:何语嫣}}在[[涪城区启蒙幼儿园]]上中班，身份证号{{id_number:510107202103154025}}（在成都出生的）。园里说从这学期开始收“[[环境创设费]]”[[500元]]，其实就是把教室墙刷了一遍，我发了小红书（号{{app_account:97463821055}}）就被班主任{{person_name:蒲晓琳}}在群里点名批评，说我“抹黑幼儿园”。我微信{{wechat:heyuyan_mama}}，手机{{mobile:181 8060 3392}}。",
  // 1352 (b23-44) Zhuzhou officer narrative: tuition into founder's personal account, class+name, founder's car
  "[[株洲市天元区市场监督管理局]]查明：[[天元区神农幼儿园]]举办者{{person_name:易建新}}于[[2025年2月]]至[[2025年12月]]期间，将收取的[[保育教育费]][[1036800元]]存入其个人银行账户{{bank_account:6236683300456781238}}，未纳入幼儿园财务统一核算。家长{{person_name:刘芳}}（电话{{mobile:17773326015}}）反映，其子{{class_and_name:大三班刘子墨}}退园时，园方以“[[违约金]]”名义扣留[[2000元]]。该园另以{{person_name:易建新}}名下车辆{{licence_plate:湘B·7Q2W8}}接送幼儿，收取[[校车费]]每月[[260元]]。",
  // 1353 (b23-45) Linyi cleaned-up draft leaking a full dashed mobile, a reported plate and the child's pet name
  "[[临沂市兰山区市场监督管理局]]查明，[[兰山区金太阳幼儿园]]于[[2025年秋季学期]]开学时向[[165名]]幼儿收取“[[安全管理费]]”每人[[200元]]，合计[[33000元]]。投诉人刘某某（联系电话：{{mobile:158-5396-2714}}）反映，其子{{person_name:浩浩}}因未缴该费用被取消户外活动。该园还要求家长报备接送车辆，投诉人报备车辆为{{licence_plate:鲁Q 3K916}}，{{person_name:浩浩}}入园时门卫据此核对身份。该局已责令该园停止收取该费用。",
  // 1354 (b23-46) Fuyang rural grandmother, run-on, registration number built from the child's ID, principal's card and car
  "俺是[[阜阳市颍州区]]三塔集镇的家长{{person_name:张秀英}}，孙子{{person_name:张天佑}}在镇上[[小博士幼儿园]]，园里说要给孩子办学籍要交[[学籍管理费]][[200元]]，俺们不懂，后来问了镇上学校才知道办学籍不要钱，学籍号{{document_number:G341202202103178011}}就是孩子身份证号前面加个G，园长硬说是她跑关系办下来的，钱是转到园长{{person_name:王翠萍}}的卡{{bank_account:6227001234567891236}}上的，她开的车{{licence_plate:皖K·5D213}}就是用这些钱买的，俺儿子抖音号{{app_account:zty_baba1990}}上有转账截图，俺电话{{mobile:189 5583 0716}}",
  // 1355 (b23-47) Guilin officer narrative: certificate review fee, birth certificate number and birth date, 7-digit landline
  "[[桂林市七星区市场监督管理局]]经查，[[七星区漓江之星幼儿园]]在新生报名时要求家长提交幼儿出生医学证明原件，并收取“[[证件审核费]]”[[150元]]。家长{{person_name:莫丽萍}}（家庭电话{{landline:0773-5836204}}）称，其女{{person_name:秦可馨}}的出生医学证明编号为{{document_number:R450398216}}，{{birth_date:2022年4月16日}}出生。该园于[[2025年8月]]共向[[96名]]新生收取该费用[[14400元]]，园长{{person_name:黄秋菊}}对事实无异议。依据[[《中华人民共和国价格法》第十四条]]，该局作出[[七市监罚〔2025〕59号]]处罚决定。",
  // 1356 (b23-48) Baoding mother mixing English: English and Chinese names, husband's HK/Macau permit, QQ email and QQ, plate
  "OMG终于找到投诉渠道了。我是{{person_name:Cathy}}，中文名{{person_name:梁佳琪}}，孩子{{person_name:Leo}}（{{person_name:梁乐言}}）在[[保定市竞秀区]][[竞秀区剑桥宝贝幼儿园]]。园方要求每个孩子都要做“[[英语等级测评]]”，fee是[[1880元]]一次，说测完有certificate，可是证书连个章都没有。我老公常驻香港，他的港澳通行证{{document_number:C68237159}}都被园里要去复印了，不知道干嘛用。我QQ邮箱{{email:286401937@qq.com}}，QQ{{qq:286401937}}，车牌{{licence_plate:冀F·K7U53}}（园门口登记用）。",
  // The twenty-fourth blind round (TWENTY_FOURTH_ROUND_FROM, below); b24-N is the writer's number.
  // 1357 (b24-1) Beijing refund list, tab-separated with Chinese header, parent phones and bank accounts
  "[[朝阳区教委]]接举报人张某某（电话138****5678）反映后核查，[[北京市朝阳区小星星艺术幼儿园]][[2023年秋季学期]]超标准收取[[保育教育费]]。附退费清单节选：\n序号\t班级\t幼儿姓名\t家长姓名\t联系电话\t退费金额\t收款账号\n1\t大一班\t{{person_name:张一诺}}\t{{person_name:张伟}}\t{{mobile:13811426095}}\t[[1,800元]]\t{{bank_account:6222021203001834}}\n2\t大一班\t{{person_name:刘子墨}}\t{{person_name:范雪莹}}\t{{mobile:15901237748}}\t[[1,800元]]\t{{bank_account:6217000070004623}}\n3\t中二班\t{{person_name:欧阳可馨}}\t{{person_name:欧阳建军}}\t{{mobile:18610052273}}\t[[1,350元]]\t{{bank_account:6228480012025539}}\n以上共[[3户]]，合计[[4,950元]]。",
  // 1358 (b24-2) Hangzhou WeChat group 接龙 payment list with class+child items and pet names
  "家长群聊天记录转录（[[杭州市西湖区]][[西湖区蓝天幼儿园]]大一班家长群，[[2024年2月26日]]）：\n园长助理{{person_name:金晓燕}}：#接龙 本学期[[伙食费]][[1,200元]]+[[特色课程费]][[680元]]，共[[1,880元]]，交完请接龙，备注孩子名字\n1. {{class_and_name:大一班 张一诺}}妈妈 已交1880\n2. {{class_and_name:大一班 陈沐阳}}爸爸 已交1880\n3. {{class_and_name:大一班 糖糖}}（{{person_name:许嘉怡}}）妈妈 已交\n4. {{class_and_name:大一班 朵朵}}妈妈 已交，微信转给{{person_name:金晓燕}}老师了\n5. {{class_and_name:大一班 宋知遥}}外婆 还没交，明天让她爸爸交 {{mobile:139 5712 4406}}\n{{person_name:金晓燕}}：没加我微信的请加 {{wechat:jxy_lantian0817}}",
  // 1359 (b24-3) Chengdu interview record header: officers with badge numbers, cashier's block, Q&A naming the principal
  "[[成都市武侯区教育局]]询问笔录（节选）\n时间：[[2024年3月12日]]9时10分至10时05分\n询问人：{{person_name:何志鹏}}（执法证号{{document_number:51010723017}}）、{{person_name:苟婷}}（执法证号{{document_number:51010723022}}）\n被询问人：{{person_name:罗晓梅}}　性别：女　民族：汉\n身份证号：{{id_number:510107199201153363}}\n住址：[[成都市武侯区]]玉林南路{{address:16号1栋2单元803号}}\n联系电话：{{mobile:18180627714}}\n工作单位：[[武侯区启航双语幼儿园]]（出纳）\n问：你在园里负责什么？\n答：收费和开票。[[2023年9月]]起按园长{{person_name:曾德明}}的要求，每名新生加收[[入园赞助费]][[3,000元]]，不开票。",
  // 1360 (b24-4) Guangzhou penalty decision 当事人 block: legal rep with DOB and ID, organiser with address, agent's licence number
  "[[广州市天河区教育局]]行政处罚决定书\n[[穗天教罚决字〔2024〕7号]]\n当事人：[[广州市天河区童趣乐园幼儿园]]\n统一社会信用代码：[[52440106MJL1234560]]\n住所：广州市天河区天河北路233号\n法定代表人：{{person_name:冼嘉豪}}，男，{{birth_date:1985年6月7日}}出生，身份证号码{{id_number:440106198506072813}}\n举办者：{{person_name:麦淑仪}}，住[[广州市越秀区]]东风中路{{address:318号嘉和苑2座1507房}}，联系电话{{mobile:13922105586}}\n委托代理人：{{person_name:黎振邦}}，律师，执业证号{{document_number:14401201910283746}}\n经查，当事人自[[2023年9月]]起向[[214名]]幼儿收取[[教材费]]，违反[[《幼儿园收费管理暂行办法》第十二条]]的规定……",
  // 1361 (b24-5) Wuhan on-site inspection record: inspectors, people present, witness ID, organiser's car plate
  "现场检查笔录\n检查时间：[[2024年4月18日]]14:30—16:00\n检查地点：[[武昌区七色花幼儿园]]（武汉市武昌区中南路88号）\n检查人员：{{person_name:鄢志强}}（执法证号{{document_number:42010622015}}）、{{person_name:闫丽娜}}\n在场人员：园长{{person_name:覃秀兰}}（{{mobile:13507172296}}）、出纳{{person_name:阚静}}\n见证人：家长代表{{person_name:皇甫雯}}，身份证号{{id_number:420106198811290426}}\n检查情况：公示栏未公示[[托管费]]项目；财务室电脑存有[[2023-2024学年]]收费台账，涉及[[212名]]幼儿；举办者{{person_name:覃志刚}}的{{licence_plate:鄂A·7K23Q}}轿车停放于园内，据称用于收取[[接送费]]的接送服务。\n被检查人签名：{{person_name:覃秀兰}}",
  // 1362 (b24-6) Shanghai fee ledger pasted as pipe table with English header: DOB column, mixed contact types
  "[[浦东新区金色童年双语幼儿园]]缴费台账（[[2023学年第一学期]]，[[国际课程费]]），原表为英文表头：\n| No. | Class | Child | DOB | Parent | Contact | Paid (CNY) |\n|---|---|---|---|---|---|---|\n| 07 | 中(2)班 | {{person_name:顾一然}} | {{birth_date:2020-03-10}} | {{person_name:顾海峰}} | {{mobile:+86 139 1867 2205}} | [[12,800.00]] |\n| 08 | 中(2)班 | {{person_name:沈沐辰}} | {{birth_date:2019-12-02}} | {{person_name:陆佳琪}} | {{email:lujiaqi_sh@126.com}} | [[12,800.00]] |\n| 09 | 中(2)班 | {{person_name:Emma}} | {{birth_date:2020/05/21}} | {{person_name:乔安娜}} | {{landline:021-58836427}} | [[6,400.00]] |\n注：收费标准经[[上海市浦东新区教育局]]备案为每学期[[8,600元]]。",
  // 1363 (b24-8) Nanjing parents' committee minutes with compound-surname attendees and staff
  "[[玄武区紫金花幼儿园]]第三届家委会会议纪要\n时间：[[2023年12月6日]]19:00\n出席：家委会主任{{person_name:诸葛明轩}}（{{class_and_name:大二班诸葛悦}}爸爸，邮箱{{email:zhuge.mx@foxmail.com}}）、副主任{{person_name:端木婷}}、委员{{person_name:邵佳}}、{{person_name:佘德华}}；园方：园长{{person_name:夏侯静}}、财务{{person_name:笪玉芬}}\n记录：{{person_name:邵佳}}\n议题：[[延时服务费]]由每月[[300元]]调至[[580元]]是否经家委会同意。\n{{person_name:端木婷}}：我们从未签字同意，园方给的签到表上的签名不是我写的。\n夏园长称已向[[南京市玄武区教育局]]报备，经查无备案记录。",
  // 1364 (b24-9) Zhengzhou kindergarten 情况说明 naming teachers, finance staff's DingTalk account and personal card
  "情况说明\n[[郑州市金水区教育局]]：\n我园（[[金水区蒙特梭利博雅幼儿园]]，统一社会信用代码[[52410105MJY567890K]]）[[2023年9月]]至[[2024年1月]]收取[[早教课程费]]一事说明如下：该费用由教师{{person_name:甄小雨}}、{{person_name:訾慧}}负责统计，财务{{person_name:阚丽萍}}通过个人钉钉号{{app_account:kanliping0512}}发起收款，款项进入其个人账户{{bank_account:6214835712036944}}，共涉及[[186名]]幼儿、每人[[2,400元]]。园长{{person_name:曹永红}}对此负管理责任。\n联系人：{{person_name:甄小雨}}，手机{{mobile:13783526601}}，座机{{landline:0371-65832197}}\n[[金水区蒙特梭利博雅幼儿园]]\n[[2024年2月28日]]",
  // 1365 (b24-10) Changsha complainant Q&A: child's DOB and ID, teacher's WeChat (谭老师 unmarked), QQ and home address
  "被询问人：{{person_name:易海波}}（投诉人）\n问：请说一下你孩子的情况。\n答：我女儿叫{{person_name:易可欣}}，{{birth_date:2019年4月11日}}出生，身份证号{{id_number:430104201904110088}}，在[[岳麓区阳光宝贝幼儿园]]大三班。\n问：你交了哪些费用？\n答：[[兴趣班费]][[4,800元]]，是微信转给谭老师的，她微信号{{wechat:tan_yy1990}}。\n问：你的联系方式？\n答：手机{{mobile:17708459923}}，QQ {{qq:38817264}}，家住[[长沙市岳麓区]]麓谷大道{{address:627号麓谷林语小区9栋1203}}。\n（以上内容经本人核对无误）",
  // 1366 (b24-11) Chongqing numbered refund list: class+child items, pet name, child's ID, 小区 address without road
  "[[渝中区小太阳幼儿园]]退款名单（[[2023年秋季学期]]多收[[服装费]]）：\n1、{{class_and_name:中(1)班冉小宝}}，家长{{person_name:冉志勇}}，{{mobile:135 2763 0182}}，住金科天籁城{{address:3栋2单元1204}}，退[[380元]]\n2、{{class_and_name:中(1)班向思琪}}，家长{{person_name:谭红}}，{{mobile:152-2391-4476}}，退[[380元]]\n3、{{class_and_name:中（2）班秦语桐}}（小名{{person_name:幺妹}}），身份证号{{id_number:500103202009160325}}，家长{{person_name:秦川}}，{{mobile:18723016659}}，退[[380元]]\n经[[重庆市渝中区教委]]督促，已于[[2024年1月10日]]前全部退还，共[[142户]]。",
  // 1367 (b24-12) Xi'an penalty decision: legal rep ID with X check digit, office landline, organiser passport, address, email
  "[[西安市雁塔区教育局]]行政处罚决定书\n[[雁塔教罚〔2024〕12号]]\n当事人：[[西安市雁塔区博雅树幼儿园]]\n统一社会信用代码：[[52610113MJU987654A]]\n地址：西安市雁塔区小寨东路126号\n法定代表人：{{person_name:上官婉清}}，女，身份证号：{{id_number:61011319840730416X}}，联系电话：{{landline:029-85267433}}\n举办者：{{person_name:令狐超}}，男，护照号码{{document_number:E78214563}}，住曲江新区芙蓉西路{{address:99号曲江公馆6号楼2单元1801室}}，送达邮箱{{email:linghuchao@outlook.com}}\n经查，当事人于[[2023年9月1日]]至[[2024年1月20日]]期间收取[[资料费]]共计[[87,300元]]，依据[[《中华人民共和国民办教育促进法》]]，决定没收违法所得并处罚款。",
  // 1368 (b24-14) Nanning rectification report signed by principal, finance head, clerks and organiser
  "[[青秀区蓓蕾幼儿园]]关于违规收费问题的整改报告\n[[南宁市青秀区教育局]]：\n我园已于[[2024年3月15日]]前向[[127名]]幼儿家庭退还[[特色课程费]]共计[[152,400元]]，并在园门口公示收费项目。\n整改责任人：园长{{person_name:覃丽娟}}（{{mobile:13977106632}}）\n财务负责人：{{person_name:韦小燕}}，身份证号{{id_number:450103198701123981}}，邮箱{{email:weixiaoyan_bl@163.com}}\n经办人：{{person_name:农志坚}}、{{person_name:黄秋菊}}\n举办者（签字）：{{person_name:蒙德胜}}\n报告日期：[[2024年3月20日]]",
  // 1369 (b24-16) Urumqi interview: Uyghur names with middle dot, DOB, ID, address, mobile and home landline, cashier's card
  "[[乌鲁木齐市天山区教育局]]询问笔录\n询问人：{{person_name:古丽娜尔·吐尔逊}}、{{person_name:王建新}}\n被询问人：{{person_name:阿依古丽·买买提}}，女，维吾尔族，{{birth_date:1988年5月19日}}生\n公民身份号码：{{id_number:650102198805190020}}\n现住址：解放南路{{address:376号4栋3单元502室}}\n联系方式：{{mobile:13899852047}}，家庭电话{{landline:0991-2836475}}\n问：孩子在哪个幼儿园？\n答：我儿子{{person_name:艾力}}在[[天山区小白杨幼儿园]]大二班，园里让交[[双语强化班费]]每学期[[2,600元]]，钱转到出纳{{person_name:热依拉·艾山}}的卡{{bank_account:6228480930214751}}上。",
  // 1370 (b24-18) Lhasa refund sign-in sheet as pipe table: Tibetan children and signers, one ID, phones
  "[[城关区格桑花幼儿园]][[保育费]]退费签收单（[[拉萨市城关区]]）\n| 序号 | 幼儿姓名 | 班级 | 退费金额 | 签收人 | 身份证号 | 联系电话 |\n| 1 | {{person_name:次仁央宗}} | 大班 | [[2,200元]] | {{person_name:格桑卓玛}} | {{id_number:540102199303120267}} | {{mobile:13908912276}} |\n| 2 | {{person_name:扎西顿珠}} | 大班 | [[2,200元]] | {{person_name:巴桑}} | —— | {{mobile:18089005431}} |\n| 3 | {{person_name:拉巴次仁}} | 中班 | [[1,650元]] | {{person_name:米玛卓嘎}} | —— | {{mobile:13628985520}} |",
  // 1371 (b24-20) Xining ledger with English tab header: DOB, birth certificate numbers, guardian phone/landline
  "[[西宁市城西区七彩虹幼儿园]]2023学年[[保育教育费]]台账（英文表头，原样粘贴）：\nNo.\tName\tGender\tDOB\tBirth Cert No.\tGuardian\tTel\tAmount\n1\t{{person_name:祁浩然}}\tM\t{{birth_date:2020-02-29}}\t{{document_number:T630127845}}\t{{person_name:祁德福}}\t{{mobile:13709781245}}\t[[3,600]]\n2\t{{person_name:李梓萱}}\tF\t{{birth_date:2020/07/14}}\t{{document_number:T630159032}}\t{{person_name:李春梅}}\t{{landline:0971-8254316}}\t[[3,600]]\n备案标准为每学期[[2,400元]]，[[西宁市城西区教育局]]已责令退还。",
  // 1372 (b24-21) Changchun penalty decision: legal rep DOB/ID/address, organiser's HK-Macao permit, agent's landline
  "[[长春市南关区教育局]]行政处罚决定书\n[[长南教罚决〔2024〕5号]]\n当事人：[[长春市南关区爱弥儿幼儿园]]\n统一社会信用代码：[[52220102MJ4412578C]]\n住所：长春市南关区人民大街5688号\n法定代表人：{{person_name:关德志}}，男，{{birth_date:1978年12月14日}}出生，身份证号{{id_number:220102197812140617}}，住亚泰大街{{address:3218号富苑小区11栋2门301室}}\n举办者：{{person_name:尉迟雅琴}}，港澳居民来往内地通行证号码{{document_number:H60218735}}，联系电话{{mobile:18643120597}}\n委托代理人：{{person_name:司马骏}}，电话{{landline:0431-88962214}}\n当事人于[[2023年秋季学期]]收取[[取暖费]]，违反[[《幼儿园收费管理暂行办法》第十二条]]。",
  // 1373 (b24-22) Harbin parents' committee sign-in sheet (header row, tabs) plus minutes with a QQ number
  "[[道里区金太阳幼儿园]]家委会临时会议签到表\n日期：[[2023年10月20日]]\n序号\t姓名\t孩子班级\t电话\n1\t{{person_name:佟雪}}\t大一班\t{{mobile:13904518826}}\n2\t{{person_name:那日松}}\t中二班\t{{mobile:15504607731}}\n3\t{{person_name:赫连静}}\t大二班\t{{mobile:18646052290}}\n4\t{{person_name:付振宇}}\t小一班\t{{mobile:13115459078}}\n会议记录：园方拟于[[2023年秋季学期]]收取[[取暖费]]每生[[600元]]，{{person_name:那日松}}提出该项目未经[[哈尔滨市发改委]]备案；会后{{person_name:赫连静}}通过QQ（{{qq:417730926}}）将收费通知截图发给[[道里区教育局]]。",
  // 1374 (b24-24) Fuzhou 情况说明: teachers with 老师 title, QQ group owner, finance's personal account; 黄园长 stays unmarked
  "关于收取延时托管费的情况说明\n[[福州市鼓楼区教育局]]：\n我园（[[鼓楼区小橘灯幼儿园]]）自[[2023年9月]]起开设延时托管，由{{person_name:林晓琳}}老师、{{person_name:郑雅芳}}老师带班。家长通过班级QQ群报名，群主为{{person_name:林晓琳}}（QQ：{{qq:1293847562}}），费用由财务{{person_name:陈美娇}}收取，进入其个人账户{{bank_account:6217993000105827}}，共[[96名]]幼儿、每人每月[[450元]]。郑老师、陈老师表示对备案要求不知情。\n联系人：黄园长，{{mobile:13959108824}}，{{email:xjd_huang@126.com}}",
  // 1375 (b24-27) Shijiazhuang ledger with full-width bars: student registration numbers and social-security card numbers
  "[[长安区博苑幼儿园]]缴费台账（[[2023—2024学年第一学期]]）\n序号｜幼儿姓名｜全国学籍号｜家长｜社保卡号｜应缴｜实缴\n01｜{{person_name:訾文博}}｜{{document_number:G130102202003154217}}｜{{person_name:訾建国}}｜{{document_number:S13025817}}｜[[3,800]]｜[[5,600]]\n02｜{{person_name:耿欣悦}}｜{{document_number:G130102201911084526}}｜{{person_name:苑红}}｜{{document_number:S13028843}}｜[[3,800]]｜[[5,600]]\n03｜{{person_name:檀一鸣}}｜{{document_number:G130104202001226319}}｜{{person_name:檀志强}}｜{{document_number:S13021196}}｜[[3,800]]｜[[5,600]]\n差额[[1,800元]]为[[管理服务费]]，[[石家庄市长安区教育局]]认定为未经备案收费。",
  // 1376 (b24-31) Tianjin interview of the organiser: leap-day DOB, ID, address, mobile and landline, own car plate
  "[[天津市和平区教育局]]询问笔录\n被询问人：{{person_name:慕容海}}　性别：男　出生日期：{{birth_date:1980年2月29日}}\n身份证号：{{id_number:120101198002290837}}\n住址：南京路{{address:219号联合大厦1105室}}\n电话：{{mobile:13820176634}}、{{landline:022-27314850}}\n工作单位：[[和平区启思幼儿园]]（举办者）\n问：[[2023年秋季学期]]的[[午托费]]标准是谁定的？\n答：我和园长{{person_name:鲍文静}}一起定的，每月[[680元]]。\n问：你名下车辆是否用于接送幼儿？\n答：是，{{licence_plate:津A·88K21}}，中午接送[[午托]]的孩子。",
  // 1377 (b24-32) Shenzhen payment record, pipe table with English header: WeChat IDs and school-app IDs, English child name
  "[[福田区英伦幼儿园]][[国际课程费]]缴费记录（[[深圳市福田区]]，英文表头）：\n| Class | Child | Parent | WeChat | App ID | Amount |\n| K1-A | {{person_name:陈俊熙}} | {{person_name:陈志华}} | {{wechat:chenzh_sz88}} | {{app_account:ft_kg_20231}} | [[9,800]] |\n| K1-A | {{person_name:Lucas Lin}} | {{person_name:林佩珊}} | {{wechat:peishan_lin}} | {{app_account:ft_kg_20237}} | [[9,800]] |\n| K2-B | {{person_name:黄乐怡}} | {{person_name:黄伟强}} | {{wechat:wxid_8k2m5q7n1p}} | {{app_account:ft_kg_20255}} | [[9,800]] |\n备案标准为每学期[[6,500元]]。",
  // 1378 (b24-33) Hangzhou inspection: people present incl. a Taiwan resident's permit, ledger quotes in 「」, accountant's phone and QQ
  "现场检查笔录（节选）\n时间：[[2024年6月5日]]\n地点：[[西湖区爱丁堡幼儿园]]（杭州市西湖区文一西路588号）\n在场人：举办者{{person_name:邵一鸣}}、园长{{person_name:戚美玲}}、会计{{person_name:眭晓红}}、家长代表{{person_name:郑欣妤}}（台湾居民，台胞证号{{document_number:08823471}}）\n检查情况：记账本记载「{{class_and_name:大二班周子涵}} 已收1.2万」「{{class_and_name:中一班 楼一诺}} 已收1.2万」，对应[[教育储备金]]，每生[[12,000元]]；款项通过{{person_name:眭晓红}}手机{{mobile:15967135208}}收款，其QQ {{qq:2290315847}} 的聊天记录中存有收款截图。",
  // 1379 (b24-34) Suzhou meal-fee refund sign-in list: children, parents, 19-digit accounts, signatures (one spaced)
  "[[苏州工业园区星海实验幼儿园]][[伙食费]]结余退费签收单\n班级：中（3）班\n1. 幼儿{{person_name:钮一航}}　家长{{person_name:钮建华}}　账号{{bank_account:6217 0036 1000 5247 093}}　金额[[318.40元]]　签字：{{person_name:钮建华}}\n2. 幼儿{{person_name:惠雨涵}}　家长{{person_name:缪晴}}　账号{{bank_account:6228 4804 0256 3178 816}}　金额[[296.00元]]　签字：{{person_name:缪 晴}}\n3. 幼儿{{person_name:蒯诗淇}}　家长{{person_name:蒯明}}　电话{{mobile:13962187705}}　金额[[318.40元]]　签字：（未签）\n（[[苏州工业园区教育局]]抽查留存）",
  // 1380 (b24-35) Shanghai penalty decision: corporate organiser whose legal rep has DOB/ID/弄 address/email/mobile
  "[[上海市徐汇区教育局]]行政处罚决定书\n[[徐教罚〔2024〕第3号]]\n当事人：[[上海市徐汇区枫林幼儿园]]\n统一社会信用代码：[[52310104MJ5023817R]]\n住所：上海市徐汇区枫林路380号\n法定代表人：{{person_name:东方睿}}\n举办者：上海某教育科技有限公司，其法定代表人{{person_name:童建明}}，男，{{birth_date:1989年10月30日}}生，身份证号{{id_number:310104198910300273}}，联系地址：宛平南路{{address:600弄12号601室}}，电子邮箱{{email:tongjm_1030@163.com}}，电话{{mobile:13601867392}}\n承办人：{{person_name:单佳怡}}\n当事人于[[2023年9月]]收取[[赞助费]]共[[360,000元]]，依据[[《中华人民共和国民办教育促进法》]]……",
  // 1381 (b24-36) Qingdao parents' committee minutes: attendees with class+child in parentheses, QQ and email
  "[[市南区海之韵幼儿园]]家委会会议记录\n出席：{{person_name:隋丽丽}}（{{class_and_name:大一班隋子墨}}家长）、{{person_name:逄增辉}}（{{class_and_name:中二班逄若涵}}家长）、{{person_name:栾晓东}}\n列席：园长{{person_name:于红霞}}\n记录人：{{person_name:隋丽丽}}\n决议：家委会不同意收取[[空调使用费]]每生每月[[80元]]，建议向[[青岛市市南区教育和体育局]]反映。会后资料发至家委会QQ群，联系人{{person_name:栾晓东}}，QQ {{qq:529876341}}，邮箱{{email:luanxd_qd@126.com}}。",
  // 1382 (b24-37) Wuhan 情况说明 about a finance staffer: ID, personal QQ and WeChat, bank card, teachers, principal's landline
  "情况说明\n我园（[[洪山区晨曦幼儿园]]）财务人员{{person_name:詹素琴}}（身份证{{id_number:420111198406023544}}）于[[2023年9月]]至[[2023年12月]]，未经园务会同意，通过个人QQ（{{qq:770215843}}）和微信（{{wechat:zsq_19840602}}）向家长收取[[英语外教费]]，共[[58人]]、合计[[69,600元]]，存入其个人银行卡{{bank_account:6216612800031592}}。教师{{person_name:柯婷婷}}、{{person_name:付思思}}协助统计。园长{{person_name:严国华}}已责令其全额退还。\n联系人：{{person_name:严国华}}，{{landline:027-87396215}}\n报：[[武汉市洪山区教育局]]",
  // 1383 (b24-38) Luoyang parking-fee register (tabs, header): children incl. pet name, car owners, three plate formats
  "[[洛龙区牡丹花幼儿园]]违规收取[[家长车辆入园登记费]]（每车每学期[[200元]]）登记表节选：\n班级\t幼儿\t车主\t车牌号\t电话\n大一班\t{{person_name:司马一诺}}\t{{person_name:司马光辉}}\t{{licence_plate:豫C·7A392}}\t{{mobile:13837925510}}\n大一班\t{{person_name:嘟嘟}}\t{{person_name:牛建设}}\t{{licence_plate:豫CD12580}}\t{{landline:0379-65237781}}\n中三班\t{{person_name:郏一川}}\t{{person_name:郏红}}\t{{licence_plate:豫C 3K5L8}}\t{{mobile:15937916620}}\n（[[洛阳市洛龙区教育局]]检查时拍照留存）",
  // 1384 (b24-39) Wuhu export from a kindergarten app: app usernames, children, admin's QQ and mobile
  "从园所使用的「智慧树」平台导出的缴费记录（[[镜湖区蒲公英幼儿园]]，[[芜湖市镜湖区]]）：\n用户名 | 幼儿 | 班级 | 缴费项目 | 金额 | 支付时间\n{{app_account:zhs_wh_1108823}} | {{person_name:陶悦悦}} | 中一班 | [[阅读课程费]] | [[680.00]] | 2023-09-05 10:21\n{{app_account:zhs_wh_1108917}} | {{person_name:芮小宝}} | 中一班 | [[阅读课程费]] | [[680.00]] | 2023-09-05 11:03\n{{app_account:mom_of_xixi}} | {{person_name:汤茜茜}} | 中二班 | [[阅读课程费]] | [[680.00]] | 2023-09-06 08:47\n平台管理员：{{person_name:戴文俊}}，QQ {{qq:2085563174}}，手机{{mobile:18955311284}}",
  // The twenty-fifth blind round (TWENTY_FIFTH_ROUND_FROM, below); b25-N is the writer's number.
  // 1385 (b25-1) Yueyang tuition mark-up case: complainant name, legal rep name + ID, complainant phone in 处理结果
  "【案例一】岳阳市某幼儿园违规上浮保教费案\n基本案情：2025年9月，[[岳阳市岳阳楼区]]市场监管局接到家长{{person_name:刘晓燕}}投诉，反映[[岳阳市小星星幼儿园]]在未按规定备案的情况下，将[[保教费]]由每学期[[4800元]]上调至[[5600元]]。经查，该园法定代表人{{person_name:彭建国}}（身份证号{{id_number:430602198503121237}}）签字同意调价，涉及在园幼儿[[213名]]，多收费用共计[[170400元]]。\n处理结果：依据[[《价格违法行为行政处罚规定》第九条]]，作出[[岳市监价罚〔2026〕9号]]行政处罚决定，责令退还多收价款。办案人员已电话告知投诉人刘某（{{mobile:13873012468}}），投诉人表示满意。\n典型意义：民办幼儿园保教费调整须严格履行备案程序。",
  // 1386 (b25-2) Chengdu meal-fee surplus: child in quoted teacher sentence with class, complainant address and landline, principal name
  "【案例二】成都市某民办幼儿园伙食费结余未退案\n基本案情：[[成都市武侯区]][[蒲公英双语幼儿园]]2025年春季学期收取[[伙食费]]每生每月[[420元]]，期末结余[[6.3万元]]未按规定退还或公示。投诉材料中引述带班老师原话：“{{class_and_name:中二班的王梓涵}}这学期请了一个月病假，伙食费也不退，园里规定就是这样。”投诉人{{person_name:邓晓琳}}留下的联系地址为武侯区簇锦北路{{address:66号金履花园3栋2单元801室}}，家庭座机{{landline:028-85561234}}。\n处理结果：[[成都市武侯区市场监督管理局]]责令该园限期退还结余伙食费。园长{{person_name:何雪梅}}表示将按学期据实结算，结余部分于[[2026年3月]]前全部退还。",
  // 1387 (b25-4) Zhengzhou after-school extension complaint excerpt: parent name, child pet name twice, teacher name, principal mobile, home address, parent mobile
  "投诉摘录（经投诉人同意公开）：\n我是[[郑州市金水区]][[金色摇篮幼儿园]]大班家长{{person_name:郭志强}}，孩子小名叫{{person_name:豆豆}}。园里从2025年10月起开设[[课后延时服务]]，每月收[[300元]]，说是自愿，但不报名的孩子四点就被带到门卫室等。{{person_name:豆豆}}回家说{{person_name:孙佳怡}}老师讲“不交钱的小朋友不能在教室玩”。我给园长打电话（{{mobile:15936271048}}）好几次都没人接。我家住金水区农业路{{address:29号院4号楼2单元302}}，希望监管部门上门核实。本人联系电话{{mobile:18638890217}}。",
  // 1388 (b25-5) Qingdao uniform + bedding fees: 当事人 line with legal rep name + ID, kept credit code, unmarked 住所, parent bank card refund
  "【案例五】青岛市某幼儿园搭车收取园服费、床上用品费案\n当事人：[[青岛市市北区海贝儿幼儿园]]，统一社会信用代码[[52370203MJD12345XK]]，住所青岛市市北区延吉路112号，法定代表人{{person_name:于春梅}}，身份证号{{id_number:370202198304175525}}。\n基本案情：当事人在新生入园时统一收取[[园服费]][[680元]]、[[床上用品费]][[420元]]，涉及幼儿[[96名]]，未履行家长自愿原则。\n处理结果：[[青岛市市北区市场监督管理局]]责令退还。家长{{person_name:隋振华}}申请退费至本人银行卡{{bank_account:6217 8561 0002 3947 518}}，已于[[2026年1月12日]]退还[[1100元]]。",
  // 1389 (b25-6) Kunshan textbook fee petition reply: complainant name twice, email, child class+name, home landline; 12315 kept
  "关于{{person_name:沈雨桐}}信访事项的答复意见\n{{person_name:沈雨桐}}女士：\n您于[[2025年11月3日]]通过电子邮件（{{email:shenyt1989@163.com}}）反映[[昆山市]][[童话森林幼儿园]]收取[[教材费]]每学期[[350元]]但未足额发放教材的问题。经[[昆山市市场监督管理局]]调查，该园实际采购教材成本为每生[[128元]]，差额部分已责令退还。您女儿{{class_and_name:小(2)班沈可馨}}的教材费差额[[222元]]将于近期退回。我局已按您来信所留家庭座机{{landline:0512-57302816}}联系未果，特此书面答复。如有异议，可拨打[[12315]]。",
  // 1390 (b25-7) Shijiazhuang heating fee: teacher name, QQ payee, couple names in list
  "【案例七】石家庄市某幼儿园违规收取取暖费案\n基本案情：[[石家庄市长安区]][[阳光宝贝幼儿园]]在[[保教费]]已包含供暖成本的情况下，另行向家长收取[[取暖费]]每生[[500元]]。收费通知由教师{{person_name:贾文静}}在班级QQ群发布，收款二维码绑定的QQ号为{{qq:2837465910}}。涉及幼儿[[142名]]，金额合计[[71000元]]。投诉人{{person_name:齐红霞}}、{{person_name:常立新}}夫妇提供了聊天截图，截图中另有家长QQ号{{qq:609384172}}。\n处理结果：依据[[《中华人民共和国价格法》第四十一条]]，[[石家庄市长安区市场监督管理局]]责令退还多收价款。",
  // 1391 (b25-9) Hangzhou sponsorship fee disguised as donation: compound surnames, Alipay user id as payee
  "【案例九】杭州市某幼儿园以“捐资助学”名义收取赞助费案\n基本案情：[[杭州市西湖区]][[启明星幼儿园]]在新生报名时要求家长签署《自愿捐资助学协议》，每户缴纳[[赞助费]][[2万元]]方可入园，款项转入副园长{{person_name:欧阳慧敏}}个人支付宝（用户号{{app_account:2088102233445566}}）。共收取[[37户]]，计[[74万元]]。家长{{person_name:诸葛明远}}提供了转账记录及协议原件，协议由园方会计{{person_name:司马婷}}经手。\n处理结果：[[杭州市西湖区市场监督管理局]]作出[[杭西市监罚〔2026〕15号]]行政处罚决定，责令全额退还。",
  // 1392 (b25-10) Xiamen air-conditioning fee complaint excerpt: complainant name + landline, child name + birth date, teacher name, home address
  "投诉摘录：\n投诉人：{{person_name:黄淑芬}}，联系电话{{landline:0592-5123876}}\n孩子{{person_name:林子轩}}，{{birth_date:2021年4月18日}}出生，就读于[[厦门市思明区]][[鹭岛贝贝幼儿园]]。园方今年另收[[空调费]]每月[[80元]]，一年按[[6个月]]收，共[[480元]]。班主任{{person_name:陈雅琪}}说“空调电费不在保教费里”。我查过备案材料，[[保教费]]里已经包含水电。\n家庭住址：思明区莲前西路{{address:201号莲花香墅8号楼1102室}}\n诉求：退还空调费，并公开伙食、水电成本。",
  // 1393 (b25-12) Xi'an entrance-test and school-choice fee: legal rep name + ID, half-anonymized child name, complainant mobile, a masked phone left unmarked
  "【案例十二】西安市某幼儿园收取入园考试费、择校费案\n当事人：[[西安市雁塔区博雅幼儿园]]，法定代表人{{person_name:雷素芳}}，身份证号{{id_number:610113197609096149}}。\n基本案情：当事人组织新生“入园测评”，每人收取[[考试费]][[200元]]，对测评分数较低者另收[[择校费]][[1.5万元]]。投诉人王某之女{{person_name:王一诺}}测评未通过，被要求缴纳择校费后方可入园。\n处理结果：[[西安市雁塔区市场监督管理局]]依据[[《中华人民共和国价格法》第四十一条]]责令退款，已电话告知投诉人王某（{{mobile:13891056732}}），另一投诉人李某（139****2087）亦已告知。",
  // 1394 (b25-13) Wuhan marked-up collected-on-behalf fees: legal rep name + ID, parent name, child name + medical insurance card number
  "【案例十三】武汉市某幼儿园代收费项目加价案\n当事人：[[武汉市洪山区爱弥儿幼儿园]]，法定代表人{{person_name:汪建华}}（身份证号{{id_number:42010619900214719X}}）。\n基本案情：当事人在代收[[幼儿体检费]]时按每人[[150元]]收取，而体检机构实际收费为[[85元]]；代收[[意外伤害保险费]]每人[[120元]]，实际保费为[[60元]]。家长{{person_name:汪春燕}}提交的体检收据上载有其子{{person_name:胡浩然}}的医保卡号{{document_number:4201060021387745}}。\n处理结果：[[武汉市洪山区市场监督管理局]]依据[[《中华人民共和国价格法》第十四条]]责令退还差价，涉及幼儿[[305名]]，共计[[3.81万元]]。",
  // 1395 (b25-14) Nanning uniform fee pushed via livestream: Zhuang names, principal Douyin account, legal rep ID, parent mobile
  "【案例十四】南宁市某幼儿园强制购买园服案\n基本案情：[[南宁市青秀区]][[壮乡娃娃幼儿园]]园长{{person_name:韦秀兰}}通过个人抖音号{{app_account:weixiulan_yz}}直播推销园服，并要求在园幼儿统一购买，每套[[398元]]，每人须购买[[3套]]。该园法定代表人{{person_name:覃海燕}}，身份证号{{id_number:450103199203180929}}。家长{{person_name:黄文宽}}投诉称，女儿{{person_name:蓝心怡}}因未穿园服被要求在教室外站立。\n处理结果：[[南宁市青秀区市场监督管理局]]责令改正，已将处理结果短信告知黄某（{{mobile:17707718823}}）。",
  // 1396 (b25-15) Chongqing interest-class fee: list of class+child names from complaint, teacher name, anonymized child not marked
  "【案例十五】重庆市某幼儿园变相强制兴趣班收费案\n基本案情：[[重庆市渝北区]][[星辰艺术幼儿园]]将正常保教时间内的美术、舞蹈课程包装为[[兴趣班]]，每学期加收[[1800元]]。投诉材料列明未报名即被安排在午睡室“自由活动”的幼儿有{{class_and_name:大(1)班李沐阳}}、{{class_and_name:大(1)班周可欣}}、{{class_and_name:大(2)班谭一鸣}}及幼儿张某某。舞蹈教师{{person_name:冉婷婷}}在家长群中表示：“没报名的孩子不参加汇报演出。”\n处理结果：[[重庆市渝北区市场监督管理局]]依据[[《中华人民共和国价格法》第四十一条]]责令退还，涉及[[74名]]幼儿，[[13.32万元]]。",
  // 1397 (b25-16) Shanghai after-school extension: French parent name + permanent residence card number + email, child English name, teacher name
  "补充说明（[[上海市浦东新区]]市场监管局案件科）：\n本案投诉人之一为法国籍家长{{person_name:Sophie Laurent}}（外国人永久居留身份证号{{document_number:FRA310085061201}}），其通过电子邮件{{email:sophie.laurent@outlook.fr}}提交了园方收费通知的英文版本。通知显示[[浦东新区枫叶湾国际幼儿园]]对[[课后延时服务]]按每月[[1500元]]收取，且要求一次性缴纳[[一学年]]费用。其子{{person_name:Lucas}}所在班级外教{{person_name:Michael Brennan}}曾口头告知“未缴费的孩子16点必须离园”。经核实，该园未按规定公示收费标准。",
  // 1398 (b25-18) Nanchang textbook fee: parent name + Xiaohongshu account, teacher name in quote, child pet name, kept decision number
  "【案例十八】南昌市某幼儿园高价收取教材费案\n基本案情：[[南昌市红谷滩区]][[书香门第幼儿园]]向家长收取[[教材费]]每学期[[560元]]，实际发放的自编绘本、练习册成本不足[[150元]]。家长{{person_name:熊美玲}}在小红书（账号{{app_account:5829173046}}）发帖曝光后，园方教师{{person_name:涂晓雯}}私信称：“{{person_name:乐乐}}妈妈，删帖的话教材费可以给你退一半。”\n处理结果：[[南昌市红谷滩区市场监督管理局]]作出[[洪红市监罚〔2026〕22号]]行政处罚决定，责令退还多收教材费，罚款[[3万元]]。",
  // 1399 (b25-19) Harbin heating fee complaint excerpt: complainant name, estate address without road (estate name outside), mobile, child name, staff name
  "投诉摘录：\n我叫{{person_name:闫立伟}}，孩子{{person_name:闫思琪}}在[[哈尔滨市道里区]][[冰雪童话幼儿园]]上中班。去年11月园里通知每人交[[取暖费]][[800元]]，可是招生简章上写着[[保教费]]每月[[2200元]]已经包含采暖。我家住在群力新区的远大都市明珠{{address:12栋3单元1501室}}，小区是集中供暖，幼儿园也在同一个供热片区。收费的是后勤{{person_name:刘桂香}}，她说不交就不让孩子进暖和的活动室。我的手机{{mobile:15045128896}}，请调查后回复。",
  // 1400 (b25-23) Taiyuan tuition mark-up petition reply: petitioner name, email, address, child class+name, legal rep name
  "关于{{person_name:郝志刚}}同志来信反映问题的回复\n{{person_name:郝志刚}}同志：\n您通过信箱{{email:haozg_ty@126.com}}反映[[太原市小店区]][[晋阳艺术幼儿园]]擅自上浮[[保教费]]的问题收悉。经[[太原市小店区市场监督管理局]]核查，该园[[2025年秋季学期]]保教费由[[3600元]]上调至[[4200元]]，超出备案标准。该园法定代表人{{person_name:任晓东}}已承认违规。您孩子{{class_and_name:中(3)班郝欣然}}的多收费用[[600元]]已责令园方退还，退费凭证将按您来信所留地址太原市小店区亲贤北街{{address:79号王府商务大厦B座1806室}}邮寄。",
  // 1401 (b25-24) Haikou school-bus fee: principal name, two plates, driver name + mobile, child name
  "【案例二十四】海口市某幼儿园超标准收取校车费案\n基本案情：[[海口市龙华区]][[椰林湾幼儿园]]使用两辆非校车车辆（号牌{{licence_plate:琼A·6B7H2}}、{{licence_plate:琼A 2M96K}}）接送幼儿，每月收取[[校车费]][[380元]]，高于当地同类服务收费水平。其中一辆登记在园长{{person_name:符海燕}}名下，驾驶员为{{person_name:王大勇}}（{{mobile:18976605532}}）。家长反映幼儿{{person_name:陈小宝}}曾被遗留车内约十分钟。\n处理结果：[[海口市龙华区市场监督管理局]]责令停止收费，退还[[2025年秋季学期]]校车费[[9.12万元]]。",
  // 1402 (b25-25) Dalian foreign-teacher interest class: legal rep name + ID, American teacher name + passport, assistant's WeChat as payee, parent mobile
  "【案例二十五】大连市某幼儿园外教兴趣班违规收费案\n当事人：[[大连市甘井子区]][[海之韵双语幼儿园]]，法定代表人{{person_name:孙丽娜}}，身份证号{{id_number:210211197701011687}}。\n基本案情：当事人聘请美国籍教师{{person_name:Emily Carter}}（护照号{{document_number:567382910}}）开设外教口语[[兴趣班]]，每生每月收费[[880元]]，费用由助教{{person_name:曲晓彤}}个人微信{{wechat:qxt-dl2020}}收取，未开具任何票据。家长{{person_name:于海洋}}（{{mobile:13909871256}}）反映孩子报名后实际仅上课[[6课时]]。\n处理结果：[[大连市甘井子区市场监督管理局]]责令退还[[24.6万元]]。",
  // 1403 (b25-26) Changchun uniform fee: Korean-ethnic names (principal, parent, child), parent bank card for refund, kept credit code
  "【案例二十六】长春市某幼儿园园服加价销售案\n当事人：[[长春市朝阳区]][[金达莱幼儿园]]，统一社会信用代码[[52220104MJY56789XA]]。\n基本案情：园长{{person_name:金美善}}指定供应商制作园服，采购价每套[[165元]]，向家长收取[[园服费]]每套[[420元]]，每人强制购买春秋装、夏装、冬装各[[1套]]。家长{{person_name:朴哲浩}}为女儿{{person_name:朴智允}}缴纳[[1260元]]后投诉。\n处理结果：[[长春市朝阳区市场监督管理局]]依据[[《中华人民共和国价格法》第十四条]]责令退还差价。朴某申请将差价[[765元]]退至其农业银行卡{{bank_account:6228 4800 1234 5678 912}}。",
  // 1404 (b25-27) Urumqi meal fee: Uyghur names with middle dot, child name, home address, mobile
  "【案例二十七】乌鲁木齐市某幼儿园伙食费账目不公开案\n基本案情：[[乌鲁木齐市天山区]][[天山雪莲幼儿园]]收取[[伙食费]]每生每月[[390元]]，长期未公示伙食收支。投诉人{{person_name:阿依古丽·买买提}}反映，其子{{person_name:努尔艾力}}在园期间多次反映午餐分量不足，园方后勤主任{{person_name:艾力·吐尔逊}}拒绝提供采购台账。投诉人住天山区解放南路{{address:188号天缘小区6号楼3单元401室}}，联系电话{{mobile:18999126470}}。\n处理结果：[[乌鲁木齐市天山区市场监督管理局]]责令公示并退还结余[[4.68万元]]，涉及[[120名]]幼儿。",
  // 1405 (b25-30) Xining school-bus fee: principal name, new-energy plate, driver name, parent mobile, a masked number left unmarked
  "【案例三十】西宁市某幼儿园使用私家车收取校车费案\n基本案情：[[西宁市城西区]][[青海湖幼儿园]]园长{{person_name:祁永福}}安排其侄子{{person_name:祁海龙}}驾驶新能源车（号牌{{licence_plate:青AD12837}}）接送幼儿，每月收[[校车费]][[350元]]。家长{{person_name:李桂兰}}称孙女{{person_name:妞妞}}上下车无人照看。办案人员通过{{mobile:15897165302}}联系李某核实情况，另一家长赵某（158****6619）未接听。\n处理结果：[[西宁市城西区市场监督管理局]]责令停止收费，退还[[5.6万元]]，并通报[[西宁市城西区教育局]]。",
  // 1406 (b25-32) Changsha cross-term prepayment refund: parent name + ID, bank card, child name + birth date, kept decision number
  "【案例三十二】长沙市某幼儿园跨学期预收费用案\n基本案情：[[长沙市雨花区]][[芙蓉花开幼儿园]]向家长一次性预收[[三个学期]][[保教费]]共[[16500元]]。家长{{person_name:谢婉清}}（身份证号{{id_number:130104198607253669}}）因工作调动申请退费，退费申请表载明幼儿{{person_name:谢子墨}}，出生日期{{birth_date:2020年8月15日}}，退款账户为{{bank_account:6222 0219 0100 3847 562}}。园方以“预收不退”为由拒绝。\n处理结果：[[长沙市雨花区市场监督管理局]]作出[[长雨市监价罚〔2026〕4号]]行政处罚决定，责令退还未发生学期费用[[11000元]]。",
  // 1407 (b25-33) Guangzhou school-choice fee: legal rep name + ID, HK parent name + home-return permit, parent landline, child name
  "【案例三十三】广州市某幼儿园收取择校费案\n当事人：[[广州市天河区]][[珠江新城启智幼儿园]]，法定代表人{{person_name:梁志伟}}，身份证号{{id_number:440306199112200312}}。\n基本案情：当事人对非片区户籍幼儿收取[[择校费]][[3万元]]。香港居民{{person_name:陈嘉欣}}（港澳居民来往内地通行证号{{document_number:H10293847}}）为其子{{person_name:陈朗晴}}入园缴纳该费用后投诉，提供联系电话{{landline:020-38826547}}。\n处理结果：[[广州市天河区市场监督管理局]]依据[[《中华人民共和国价格法》第四十一条]]责令退还，涉及[[42户]]、[[126万元]]。",
  // 1408 (b25-34) Nanjing air-conditioning fee: legal rep ID, Taiwan parent name + Taiwan compatriot permit, email, teacher name
  "【案例三十四】南京市某幼儿园违规收取空调费案\n当事人：[[南京市建邺区]][[河西新城幼儿园]]，法定代表人{{person_name:朱文斌}}，身份证号{{id_number:320583198801052871}}。\n基本案情：当事人在[[保教费]]外按每生每月[[100元]]收取[[空调费]]，全年计收[[10个月]]。台湾居民{{person_name:林佩君}}（台湾居民来往大陆通行证号{{document_number:07382915}}）通过邮箱{{email:peichun.lin@gmail.com}}投诉称，班主任{{person_name:吴思雨}}要求“先交空调费再领床位”。\n处理结果：[[南京市建邺区市场监督管理局]]责令退还，涉及[[265名]]幼儿，[[26.5万元]]。",
  // 1409 (b25-35) Mianyang bedding fee: children's pet names in quotes, parent name + QQ, teacher name
  "投诉摘录（[[绵阳市涪城区]]12345转办件）：\n[[小太阳幼儿园]]开学要求每个孩子买一套[[床上用品]]，[[580元]]，比外面贵一倍多，说是统一材质。我家{{person_name:小鱼儿}}对化纤过敏，想自己带被子，生活老师{{person_name:蒲晓红}}说“{{person_name:小鱼儿}}不买园里的就睡不了午觉”。隔壁床的{{person_name:糖糖}}妈妈也被这么说了。我是孩子外婆{{person_name:文淑珍}}，不会用微信，有事请联系我女儿的QQ{{qq:842019375}}或者手机{{mobile:13778025614}}。",
  // 1410 (b25-36) Jinan insurance collected on behalf: legal rep name, parent name + social security card number, email, mobile
  "【案例三十六】济南市某幼儿园代收保险费加价案\n基本案情：[[济南市历下区]][[泉城之花幼儿园]]法定代表人{{person_name:孔令华}}安排园方代收[[学生平安保险]]，每人收取[[150元]]，保险公司实际收费[[80元]]。家长{{person_name:颜秀兰}}在理赔时发现差价，提供的理赔材料含其本人社保卡号{{document_number:L37582916}}，并通过邮箱{{email:yanxl_jn@sina.com}}提交了投诉。\n处理结果：[[济南市历下区市场监督管理局]]责令退还[[2.31万元]]，涉及[[330名]]幼儿，已告知颜某（{{mobile:13589016274}}）。",
  // 1411 (b25-37) Baoding entrance-exam fee: class+child name, teacher name in quote, complainant name + mobile + address
  "【案例三十七】保定市某幼儿园收取升班考试费案\n基本案情：[[保定市竞秀区]][[小博士幼儿园]]在中班升大班时组织“能力考试”，每人收取[[考试费]][[150元]]，涉及幼儿[[96名]]，合计[[14400元]]。投诉人{{person_name:田国栋}}称，其子{{class_and_name:中(1)班田浩宇}}因未缴费被安排到“基础班”。班主任{{person_name:霍丽娟}}在家长群说：“不考试的就按基础班教学。”投诉人住竞秀区东风中路{{address:566号新华园小区11号楼2单元601}}，联系电话{{mobile:13933267015}}。\n处理结果：[[保定市竞秀区市场监督管理局]]依据[[《中华人民共和国价格法》第四十一条]]责令全额退还。",
  // 1412 (b25-38) Luoyang air-conditioning fee complaint excerpt: parent name, child pet name + birth date, teacher WeChat, home address
  "投诉摘录：\n我是[[洛阳市洛龙区]][[牡丹花开幼儿园]]小班{{person_name:朵朵}}的爸爸{{person_name:郑宏亮}}。孩子{{birth_date:2022年1月9日}}出生，刚满三岁半入园。园里除了每月[[2800元]]的[[保教费]]，又按每月[[120元]]收[[空调费]]，交到配班老师{{person_name:牛晓静}}的微信{{wechat:niuxj_0379}}上，没有收据。我家就在开元大道{{address:260号正大国际城7号楼1单元2302室}}，离园很近，孩子中午回家吃饭都要交全额空调费，不合理。",
  // 1413 (b25-39) Fuzhou meal-fee surplus: legal rep name + ID, QQ mailbox as email, parent QQ, child class+name
  "【案例三十九】福州市某幼儿园伙食费挪作他用案\n当事人：[[福州市鼓楼区]][[榕城之光幼儿园]]，法定代表人{{person_name:郑明辉}}，身份证号{{id_number:350203198211118452}}。\n基本案情：当事人将[[伙食费]]结余[[9.7万元]]用于购置教学设备，未向家长公示和退还。投诉人{{person_name:陈美娇}}通过邮箱{{email:283746591@qq.com}}投诉，并提供家长委员会QQ群聊天记录，记录中园方财务{{person_name:游秀琴}}（QQ{{qq:3301928475}}）称“结余归园里”。其女{{class_and_name:大(4)班陈语桐}}每学期伙食费结余约[[320元]]。\n处理结果：[[福州市鼓楼区市场监督管理局]]责令限期退还。",
  // 1414 (b25-40) Ningbo uniform fee: legal rep name + ID, principal Alipay user id as payee, parent name + bank card refund
  "【案例四十】宁波市某幼儿园园服费收入个人支付宝案\n当事人：[[宁波市鄞州区]][[四明山幼儿园]]，统一社会信用代码[[52330212MJ9876543D]]，住所宁波市鄞州区首南中路88号，法定代表人{{person_name:应志军}}，身份证号{{id_number:330106198910089056}}。\n基本案情：当事人向新生收取[[园服费]]每套[[520元]]，款项进入园长{{person_name:邬丽萍}}个人支付宝（账号{{app_account:2088931045627718}}）。\n处理结果：[[宁波市鄞州区市场监督管理局]]作出[[甬鄞市监罚〔2026〕11号]]处罚决定。家长{{person_name:胡晓东}}申请退费至{{bank_account:6214 8357 2109 6630}}，已退还[[1040元]]。",
  // 1415 (b25-41) Yichang interest class: dance teacher Douyin account, two class+child names, parent mobile
  "【案例四十一】宜昌市某幼儿园兴趣班“捆绑”收费案\n基本案情：[[宜昌市西陵区]][[三峡娃娃幼儿园]]要求每名幼儿至少报名一项[[兴趣班]]，每项每学期[[1600元]]。舞蹈教师{{person_name:向婷}}在其抖音账号{{app_account:xiangting_dance66}}发布的视频中出现{{class_and_name:大(2)班的覃悦}}和{{class_and_name:大(2)班的李安琪}}练舞画面，配文“兴趣班的孩子就是不一样”。家长{{person_name:覃卫东}}（{{mobile:18671709342}}）投诉称未经同意公开孩子影像并强制报班。\n处理结果：[[宜昌市西陵区市场监督管理局]]责令退还[[兴趣班]]费用[[21.12万元]]。",
  // 1416 (b25-45) Guilin after-school extension supplementary note: staff WeChat, parent landline, class+child name, parent names
  "补充说明：\n[[桂林市七星区]][[漓江之畔幼儿园]][[课后延时服务]]收费案中，涉及以下需说明的情况：\n1.延时费每月[[480元]]由保育员{{person_name:莫春花}}通过个人微信{{wechat:mch13507731}}收取，共收取[[152名]]幼儿[[2025年秋季学期]]费用；\n2.投诉人{{person_name:廖建平}}、{{person_name:李春燕}}夫妇留存的家庭座机为{{landline:0773-5836290}}；\n3.其子{{class_and_name:中(2)班廖子豪}}于[[2025年11月]]起停止参加延时服务，园方未退还当月费用[[480元]]。",
  // 1417 (b25-46) Wuhu cross-term prepayment refund: parent ID, child name + birth date + birth certificate number, bank card
  "【案例四十六】芜湖市某幼儿园预收下学年费用案\n基本案情：[[芜湖市镜湖区]][[江城童心幼儿园]]在[[2025年6月]]向家长预收[[2025—2026学年]]全年[[保教费]][[12800元]]。家长{{person_name:鲍丽君}}（身份证号{{id_number:150102198706302084}}）提交的退费申请中附有幼儿{{person_name:鲍诗涵}}的出生医学证明（编号{{document_number:P340215678}}），幼儿出生日期{{birth_date:20210605}}，申请将下学期费用[[6400元]]退至{{bank_account:6227 0012 8345 6602 917}}。\n处理结果：[[芜湖市镜湖区市场监督管理局]]责令退还，涉及[[88户]]。",
  // 1418 (b25-47) Ganzhou sponsorship/donation fee: She-ethnic/Hakka names, WeChat payee, list of parents, address, QQ
  "【案例四十七】赣州市某幼儿园收取“建园捐资”案\n基本案情：[[赣州市章贡区]][[客家红领巾幼儿园]]以扩建园舍为由，向新生家长收取[[捐资助学]]款每户[[5000元]]，款项由园方出纳{{person_name:钟晓兰}}个人微信{{wechat:zhongxl_gz88}}收取。家长{{person_name:蓝春妹}}、{{person_name:雷桂英}}、{{person_name:赖志明}}联名投诉，联系人蓝某住章贡区红旗大道{{address:45号赣江源小区2栋1单元703室}}，QQ{{qq:1209384756}}。\n处理结果：[[赣州市章贡区市场监督管理局]]依据[[《中华人民共和国价格法》第十四条]]责令全额退还[[43户]]共[[21.5万元]]。",
  // 1419 (b25-48) Shanghai air-conditioning fee: British parent name + passport + email, Chinese parent with English name, estate address without road, teacher name
  "【案例四十八】上海市某幼儿园另收空调费案\n基本案情：[[上海市闵行区]][[虹桥枫叶幼儿园]]在[[保教费]]每月[[6800元]]外，另收[[空调费]]每月[[200元]]。英国籍家长{{person_name:Michael Brown}}（护照号{{document_number:531286794}}）通过邮箱{{email:m.brown.sh@hotmail.com}}投诉，另一名家长{{person_name:Cindy Wang}}（{{person_name:王欣怡}}）提供了缴费凭证，并在投诉表上填写住址为古北国际花园{{address:3号楼1204室}}。班主任{{person_name:Grace}}在英文通知中写明空调费为“mandatory”。\n处理结果：[[上海市闵行区市场监督管理局]]责令退还[[32.4万元]]。",
  // The twenty-sixth blind round (TWENTY_SIXTH_ROUND_FROM, below); b26-N is the writer's number.
  // 1420 (b26-1) Guangzhou parent, voice-to-text with no punctuation, son's class+name and husband's phone
  "我是[[天河区]][[小太阳幼儿园]]的家长我儿子{{class_and_name:中二班陈子轩}}这学期被收了[[兴趣班费]][[2400元]]我们根本没报过什么班财务{{person_name:刘芳}}说是园长定的园长张某某一直不接电话我老公{{person_name:陈建国}}的电话是{{mobile:138 2745 6190}}你们可以直接打我们住天河北路{{address:233号中信花园5栋1803}}开学是[[2025年9月1日]]到现在都没给收据",
  // 1421 (b26-2) Hong Kong Cantonese parent, +852 mobile, home landline, HKID, flat address
  "我個仔{{person_name:陳浩然}}喺[[深水埗區]][[愛心幼稚園]]讀K2 佢哋突然話要畀[[冷氣費]][[HK$1,800]]先至可以繼續讀 之前完全冇講過㗎 我手機{{mobile:+852 9123 4567}} 屋企電話{{landline:2345 6789}} 我張身份證{{document_number:Y654321(7)}}佢哋都影印咗 我哋住青山道{{address:483號麗閣大廈12樓B室}} 校長陳sir就話係[[教育局]]批咗",
  // 1422 (b26-3) Taiwanese mother, traditional characters, accountant's private account, Taiwan ID, landline, email
  "家長陳情：小女{{person_name:林語彤}}就讀[[新北市板橋區]][[快樂兒幼兒園]]，[[114學年度]]上學期被多收[[教材費]][[新臺幣6,500元]]。園方會計{{person_name:黃淑芬}}要我們匯到她私人帳戶{{bank_account:0081 2345 6789 0123}}，我有轉帳紀錄。我的身分證字號{{document_number:F223456786}}，聯絡電話{{landline:(02)2960-1234}}，email：{{email:linmom.tw@gmail.com}}，拜託[[新北市教育局]]幫忙處理🙏",
  // 1423 (b26-5) Northeast dialect father, wife's name typed with a space, ID and bank card; 姓赵的 stays unmarked
  "老铁们给评评理 我家大小子{{person_name:王子豪}}在[[沈阳市和平区]][[金色童年幼儿园]]上大班 这嘎达收[[伙食费]]一个月[[950元]] 完了天天吃面条子 我媳妇{{person_name:李 娜}}去问 财务那个姓赵的贼横 说要退钱得先登记 我身份证{{id_number:210102198504061514}} 银行卡{{bank_account:6217 0001 2345 6789 012}}都给她了 到现在一分没退 我手机{{mobile:188 4020 7731}} 咋整啊",
  // 1424 (b26-7) Grandmother dictating to granddaughter, phone in Chinese numerals, landline, compound address
  "我是外婆 叫外孙女帮我打的字 我外孙{{person_name:小宝}}在[[郑州市金水区]][[蓝天幼儿园]]上中班 园里说要交[[空调费]]和[[校服费]]一共[[1680元]] 外孙女讲这个不合[[《河南省幼儿园收费管理办法》]] 我叫{{person_name:赵桂兰}} 电话是{{mobile:一三七 零三八一 二二五六}} 家里座机{{landline:0371-6588 2147}} 住文化路{{address:96号院3号楼2单元402}} 外孙女补一句：我姥姥耳朵背 打座机要多响一会儿😂",
  // 1425 (b26-9) Dongguan mother, voice-input homophones (原长, 身份正号, 喂信号, 车排), new-format plate
  "我是[[东莞市南城街道]][[七彩虹幼儿园]]家长 孩子{{person_name:黎梓萱}}在大班 原长说今年要收[[赞助费]][[3000元]] 不交就不给上 我老公{{person_name:梁志伟}} 电话{{mobile:186 8821 0573}} 我身份正号{{id_number:441900198911302826}} 喂信号{{wechat:lzw_dg1989}} 接送的车排{{licence_plate:粤S 6M2P8}} 我们十二个家长都被收了 向[[东莞市市场监督管理局]]反应过没人理",
  // 1426 (b26-10) Taichung father, traditional characters, spaced name, LINE ID, Taiwan ID, statute citation
  "我兒子{{person_name:張 柏宇}}念[[臺中市西屯區]][[小天使幼兒園]]中班，園長說[[註冊費]]要漲到[[新臺幣15,000元]]，跟簡章寫的[[9,000元]]差很多。另一位家長{{person_name:吳佩珊}}也被收了。我的LINE ID：{{app_account:bowu_mama0808}}，聯絡電話{{landline:(04)2359-8812}}，身分證字號{{document_number:B224681350}}。依[[《幼兒教育及照顧法》]]收費不是要公告嗎？",
  // 1427 (b26-11) Panyu mother in Cantonese, head teacher name, QQ, husband's new-energy plate and phone
  "我個女{{person_name:芷晴}}喺[[番禺区]][[星河湾幼儿园]]读K1 佢哋话[[校车费]]每个月加到[[680蚊]] 之前冇通知过 班主任{{person_name:何敏仪}}话唔关佢事 叫我揾财务 我喺QQ群同佢讲过 我QQ{{qq:2873650194}} 我老公开车接送 车牌{{licence_plate:粤A·D35821}} 佢电话{{mobile:137 1024 5586}} 真系激死人😡",
  // 1428 (b26-12) Wuhan grandparent, grandson class+name, son's phone and ID, address, grandson's birthday
  "[[武汉市洪山区]][[小博士幼儿园]]乱收费 我孙子{{class_and_name:大三班刘一诺}}上学期交了[[保育费]][[4200元]] 这学期又要[[4800元]] 说是物价局批的 根本冒得文件 我儿子{{person_name:刘洋}}手机{{mobile:135 5411 8820}} 身份证{{id_number:420106199208113673}} 住雄楚大道{{address:1008号光谷名都4栋1单元2203}} 伢的生日是{{birth_date:2020年11月3日}} 搞么斯",
  // 1429 (b26-13) Sha Tin parents in Cantonese, WhatsApp number, email, wife's HKID, estate block address; 李園長 unmarked
  "我哋個女{{person_name:樂樂}}喺[[沙田區]][[明愛幼稚園]]讀N班 學校突然話要收[[活動費]][[$2,400]] 又唔出收據 我WhatsApp{{mobile:+852 6234 8891}} email {{email:kelvin.lau@yahoo.com.hk}} 我太太{{person_name:黃美玲}}張身份證{{document_number:K387215(7)}}都畀咗佢哋 我哋住沙田第一城{{address:37座18樓H室}} 李園長話[[2025/26學年]]全部家長都要交",
  // 1430 (b26-14) Bao'an mother, finance person's personal bank card, class+name, birth date in dotted form, estate block
  "投诉[[宝安区]][[金宝贝幼儿园]] 收了[[特色课程费]]每学期[[3600元]] 财务{{person_name:郑晓燕}}让转到她个人卡{{bank_account:6222 0240 0012 3456 789}} 不走对公账户 我是{{class_and_name:小二班何宇轩}}的妈妈 孩子{{birth_date:2022.06.15}}出生的 手机{{mobile:152 1933 7048}} 家住[[新安街道]]翻身花园{{address:12栋1503}} 请[[宝安区教育局]]核查",
  // 1431 (b26-16) Beijing parent, spouse and another parent named, mobile, landline, email; 园长姓高 unmarked
  "您好 我们是[[朝阳区]][[红缨幼儿园]]的家长 园里收了[[开学物品费]][[880元]] 东西一共值不了两百 我爱人{{person_name:孙立伟}}在群里提了一嘴就被踢了 班里家长{{person_name:马晓东}}也能作证 我电话{{mobile:136 8112 0943}} 座机{{landline:010-6578 3321}} 邮箱{{email:sunlw_bj@126.com}} 园长姓高 整个儿一大忽悠 麻烦[[朝阳区教委]]管管",
  // 1432 (b26-17) Hangzhou mother, DingTalk account, teacher name, class+name, ISO birth date
  "[[杭州市西湖区]][[小橡树幼儿园]]通过钉钉收[[延时服务费]][[每月600元]] 没签任何协议 老师{{person_name:沈佳怡}}让我们转她个人支付宝 不走学校账户 我钉钉号{{app_account:hzmama_2021}} 群里都有记录 我女儿{{class_and_name:中三班徐若曦}} 生日{{birth_date:2021-03-21}} 今年才上中班 手机{{mobile:158 5712 0396}} 希望[[西湖区市场监管局]]查一下",
  // 1433 (b26-20) Xi'an mother with lots of emoji, spaced teacher name, WeChat, QQ, phone
  "😭😭😭 [[西安市雁塔区]][[童心幼儿园]]太黑了 [[保育费]]一学期[[7200元]] 比物价部门备案的[[5400元]]多了一截 我娃{{person_name:妞妞}}才上小班👧 班主任{{person_name:白 雪}}老师人挺好 但做不了主 我微信{{wechat:niuniu_ma_xa}} QQ{{qq:1048592736}} 手机{{mobile:187 2909 6654}} 🙏🙏求[[雁塔区教育局]]管管",
  // 1434 (b26-21) Changsha mother, numbers typed with spaces and in Chinese numerals (幺 for 1), QQ as 扣扣
  "我儿子{{person_name:杜宇航}}在[[长沙市岳麓区]][[博才幼儿园]]读中班 收了[[兴趣班费]][[一千八百元]] 孩子根本没上过兴趣班 我身份证号是{{id_number:430104 19880101 5585}} 手机{{mobile:幺三八幺二四六七七零九}} 扣扣{{qq:七七六五四三二一零}} 住麓山南路{{address:932号中南大学教工宿舍7栋302}} 有事随时找我",
  // 1435 (b26-22) Tianjin father, class+name with a space, his phone and plate, residential compound address
  "[[天津市南开区]][[爱心之家幼儿园]]乱收[[资料费]]和[[兴趣班费]] 合计[[2350元]] 园长说不交就让孩子换园 我家孩子{{class_and_name:中一班 王梓涵}} 我是孩子他爹{{person_name:王海涛}} 电话{{mobile:131 6203 8847}} 车牌{{licence_plate:津C·8N6J2}} 我们住红旗南路{{address:288号天拖北小区6门302}} 合着这学费比大学还贵呢 嘛玩意儿",
  // 1436 (b26-23) Shunde mother in Cantonese, finance person's bank card, husband's phone; 梁太 unmarked
  "我個仔{{person_name:朗朗}}喺[[佛山市顺德区]][[大良英才幼儿园]]读中班 学校话[[2026年春季]]要加收[[空调费]][[每月150元]] 家长群入面梁太同我都唔肯畀 财务{{person_name:冯嘉欣}}叫我哋转数去佢张卡{{bank_account:6228 4801 2345 6789 017}} 点解唔系学校账户 我老公{{person_name:谭永健}}电话{{mobile:139 2251 0768}} 佢话要去[[顺德区市场监管局]]投诉",
  // 1437 (b26-24) Nanjing mother, daughter's birth date in parentheses, compound address, QQ and QQ mail
  "[[南京市鼓楼区]][[金陵小天才幼儿园]]家长投诉 我女儿{{person_name:吴欣然}}（{{birth_date:2021年5月12日}}出生）上中班 今年[[伙食费]]每天[[25元]] 但每周五都不开伙 照样收 我家住中山北路{{address:105号金盛公寓3幢1205室}} 我QQ{{qq:3190476825}} 邮箱{{email:wuxr_mom@qq.com}} 园长讲是区物价局批的",
  // 1438 (b26-26) Foreign spouse in Taipei, traditional characters, husband's name, class+name, passport, landline, LINE
  "我是外籍配偶，老公{{person_name:許志明}}。兒子{{class_and_name:小班許宥翔}}讀[[臺北市文山區]][[文山小太陽幼兒園]]，園方收了[[保險費]]和[[餐點費]]共[[新臺幣4,200元]]，可是老師說公共化的不用另外收。我中文不好，護照號碼{{document_number:C4829163}}，聯絡電話{{landline:(02)2234-5678}}，LINE：{{app_account:minhanh_0512}}，謝謝",
  // 1439 (b26-27) Guangzhou mother on the phone, voice-to-text run-on, birth date, ID, mobile, work landline, WeChat
  "喂你好我想投诉[[白云区]][[蓝精灵幼儿园]]他们收那个[[托管费]]收了[[2200元]]说是周末托管但是我们从来没有用过我女儿{{person_name:欣欣}}今年四岁{{birth_date:2021年10月8号}}生日我身份证{{id_number:440106199107253021}}我电话{{mobile:134 1892 6602}}单位座机{{landline:020-8661 2345}}微信{{wechat:xinxin_ma1008}}麻烦你们回个电话",
  // 1440 (b26-29) Harbin father, class+name, spaced own name, QQ and QQ-number email, bank card
  "我是[[哈尔滨市南岗区]][[小红帽幼儿园]]家长 一学期让交[[被褥费]][[460元]] 被褥是我们自己带的 啥玩意儿这是 我闺女{{class_and_name:大二班赵一涵}} 我叫{{person_name:赵 刚}} QQ{{qq:985723641}} 邮箱{{email:985723641@qq.com}} 退费打我银行卡{{bank_account:6230 5200 1234 5678}} 园长说退也行 得等[[2026年7月]]放假",
  // 1441 (b26-35) Yuexiu mother in Cantonese, class+name, her ID, husband's name and plate, home landline
  "我個仔{{class_and_name:大二班黄子朗}}喺[[越秀区]][[小红花幼儿园]]读书 佢哋话[[2026年春季学期]]开始收[[英语特色课费]][[每学期2800元]] 畀钱先至有得上 唔畀就喺课室坐住 我身份证{{id_number:440306198803124529}} 老公{{person_name:黄俊杰}} 车牌{{licence_plate:粤A·8H2K6}} 屋企电话{{landline:020-8388 1234}} 好过分啊",
  // 1442 (b26-36) Mianyang father, pet name, ID, bank card, road-section address, phone, teacher's name
  "[[绵阳市涪城区]][[蒲公英幼儿园]] 我娃{{person_name:果果}}读中班 园长收了[[资料费]][[每学期480元]]和[[体检费]][[120元]] 体检根本没搞 我身份证{{id_number:510107198709186233}} 退钱打银行卡{{bank_account:6228 4804 5678 1234 567}} 住临园路东段{{address:56号富乐山庄8栋301}} 电话{{mobile:139 0816 2245}} 班主任{{person_name:邓雨婷}}说不是她收的",
  // The twenty-seventh blind round (TWENTY_SEVENTH_ROUND_FROM, below); b27-N is the writer's number.
  // 1443 (b27-1) WeChat transfer detail transcribed; payee bookkeeper name, child class+name in remark
  "【微信支付 转账详情】（家长截图转录）\n转账金额：¥[[3,600.00]]\n收款方：{{person_name:罗晓燕}}（已收款）\n转账说明：{{class_and_name:中二班何思远}}[[保教费]]9-10月\n转账时间：2025-09-02 08:17:45\n收款时间：2025-09-02 09:03:11\n转账单号：1000050001202509020812345678901\n——收款人系[[成都市武侯区小橡树幼儿园]]出纳个人微信，非园所对公账户。",
  // 1444 (b27-2) Alipay bill OCR; counterpart real name and Alipay e-mail account, child name in remark
  "支付宝账单详情（家长截图OCR）\n交易成功  -[[1,280.00]]\n付款方式：余额宝\n对方账户：{{person_name:覃美玲}} {{email:qinmeiling0823@163.com}}\n转账备注：{{person_name:黄梓涵}}10月[[伙食费]]+[[园服费]]\n创建时间 2025-10-08 19:42\n订单号 20251008200040011100930012345678\n说明：[[南宁市青秀区七彩童年幼儿园]]要求家长将上述费用转入园长助理个人支付宝。",
  // 1445 (b27-3) ICBC mobile-banking receipt; payer/payee names and two full card numbers, child name in memo
  "中国工商银行 手机银行 电子回单\n付款人：{{person_name:孙立伟}}\n付款账号：{{bank_account:6222 0212 0304 5678 918}}\n收款人：{{person_name:郑秀娟}}\n收款账号：{{bank_account:6217995830001234567}}\n收款银行：中国建设银行武汉光谷支行\n金额：[[人民币肆仟伍佰元整（¥4,500.00）]]\n附言：大班[[住宿费]] {{person_name:孙语桐}}\n交易流水号：HQ2025091512345678\n注：收款人系[[武汉市洪山区金色摇篮幼儿园]]会计。",
  // 1446 (b27-4) POS slip transcription; cardholder signature name and handwritten mobile with hyphens
  "银联POS签购单\n商户存根 MERCHANT COPY\n商户名称：[[西安市雁塔区博雅之星幼儿园]]\n商户编号：898610182991234\n终端编号：10293847\n交易类型：消费(SALE)\n金额：RMB [[6,800.00]]\n日期/时间：2025/10/14 09:35:12\n参考号：251014093512\n备注：[[学年保教费]]一次性预收\n持卡人签名：{{person_name:贺鹏飞}}\n手写：联系电话{{mobile:139-0918-7765}}",
  // 1447 (b27-5) paper receipt OCR; compound-surname payer and child, cashier and handler names
  "收 据    NO.0034127\n2025年9月1日\n今收到 {{person_name:欧阳子墨}} 家长 {{person_name:欧阳建国}}\n交来：[[兴趣班费（美术、轮滑）]]\n人民币（大写）[[壹仟陆佰捌拾元整]]   ¥[[1680.00]]\n收款单位（盖章）：[[长沙市岳麓区蒲公英艺术幼儿园]]\n收款人：{{person_name:彭丽}}    经手人：{{person_name:谭晓霞}}\n第二联  交款人",
  // 1448 (b27-6) OCR of ID-card copy; name, birth date with spaces, home address, ID number broken by line break
  "（扫描件OCR）\n居民身份证复印件  仅供[[青岛市市南区蓝贝壳双语幼儿园]]退费使用\n姓名 {{person_name:于海涛}}    性别 男   民族 汉\n出生 {{birth_date:1987 年 9 月 30 日}}\n住址 青岛市市南区香港中路{{address:76号3号楼2单元602户}}\n公民身份号码 {{id_number:3702021987\n09302414}}\n-- 第 1 页 --",
  // 1449 (b27-7) low-confidence OCR; ID with O for 0 (id_number_like), mobile with l for 1, spaced label
  "OCR识别结果（置信度低，请人工核对）\n申请人：{{person_name:纪雅琴}}\n身 份 证 号：{{id_number_like:62O1O2198511O4382O}}\n联系电话：{{mobile:l3893l27706}}\n申请事项：退还[[兰州市城关区小天鹅幼儿园]]多收取的[[资料费]][[320元]]、[[床上用品费]][[450元]]\n页眉：城关区教育局行政审批科  受理材料",
  // 1450 (b27-8) scanned complaint form; full-width/half-width mixed mobile and ID number
  "投诉人：{{person_name:钟国华}}　手机：{{mobile:１３７２６０８４４１５}}\n身份证：{{id_number:３６０１０２１９８６0809621２}}\n被投诉单位：[[南昌市东湖区启明星幼儿园]]\n事由：园方称[[幼小衔接班费]]属自愿，但不交就调班，每学期[[3,800元]]。\n（本页由扫描件识别，数字全半角混排，保留原样）",
  // 1451 (b27-9) e-mail header and signature; sender name+QQ-mail, mobile with +86, office landline with extension; gov office address kept unmarked
  "发件人：{{person_name:黎嘉欣}} <{{email:lijiaxin_gz@qq.com}}>\n发送时间：2025年10月21日(星期二) 晚上10:14\n收件人：\"天河区教育局民办教育科\" <mbjyk@th.gov.cn>\n主题：投诉[[广州市天河区星河湾国际幼儿园]]重复收取[[伙食费]]\n\n您好，9月已交[[伙食费]][[1,150元]]，10月园方又以\"膳食调整\"为由另收[[380元]]，没有任何说明。\n\n{{person_name:黎嘉欣}}\n手机 {{mobile:+86 135 3397 2081}}\n单位电话 {{landline:020-3886 4127转806}}",
  // 1452 (b27-10) quoted reply chain; officers' names, direct landline, officer e-mail, parent name/mobile, class+child
  "回复：关于{{person_name:蒋文博}}家长反映的退费问题\n\n已核实，[[沈阳市和平区阳光宝贝幼儿园]]确于2025年3月收取[[特色课程费]][[2,400元]]，未经备案。\n\n{{person_name:韩冰}}\n和平区教育局督导室 {{landline:024-2281 5530}}\n\n> 在 2025-04-02 15:20，{{person_name:曲晓东}} <{{email:quxiaodong@hpjy.sy.gov.cn}}> 写道：\n> 请核实家长{{person_name:蒋立新}}（电话{{mobile:18640213377}}）反映的情况，\n> 孩子{{class_and_name:小三班蒋文博}}，入园时间2024年9月。",
  // 1453 (b27-11) forwarded-message separator; compound surname sender e-mail, driver name, licence plate, child ID
  "---------- 转发的邮件 ----------\n发件人：{{person_name:司马婧}} <{{email:simajing1990@126.com}}>\n日期：2025年11月3日 周一 08:52\n主题：Fwd: 收费凭证\n收件人：ts_jyj@zz12345.cn\n\n附件是交给[[郑州市金水区童话森林幼儿园]]的[[代收费]]凭证：[[校车费]]每月[[600元]]，司机{{person_name:牛建军}}（车牌{{licence_plate:豫A·7K3M9}}）直接收现金，不开收据。\n孩子{{person_name:司马若溪}}，身份证{{id_number:410105202006302683}}",
  // 1454 (b27-12) OA document-processing sheet; drafter/reviewer names, landline with extension, spaced mobile; authority doc number kept
  "【OA办公系统-公文处理单】\n文号：[[渝中教函〔2025〕37号]]\n标题：关于[[重庆市渝中区嘉陵小星星幼儿园]]违规收取[[赞助费]]的核查意见\n拟稿人：{{person_name:冉晓莉}}  拟稿部门：民办教育管理科\n核稿人：{{person_name:向国庆}}\n联系电话：{{landline:023-6386 2210-8021}} / {{mobile:139 8352 6614}}\n办理状态：已签发 [[2025-06-18]]\n正文：经查，该园向新生家长{{person_name:谭雅}}等17户每户收取[[赞助费]][[5,000元]]……",
  // 1455 (b27-13) HTML form export with &nbsp; <br>; name and mobile, repeated inside URL query string
  "<p>家长留言（网站表单导出）</p><p>姓名：{{person_name:栗文静}}&nbsp;&nbsp;联系方式：{{mobile:15035172846}}<br>所涉园所：[[太原市小店区育苗双语幼儿园]]<br>内容：园里要求每学期交[[教材费]][[860元]]、[[兴趣班费]][[1,200元]]，不交就不让参加六一演出。</p><p>来源链接：https://jyj.xiaodian.gov.cn/msg/submit?name={{person_name:栗文静}}&amp;tel={{mobile:15035172846}}&amp;ref=wx</p>",
  // 1456 (b27-14) Markdown table with bold heading; child and parent names, mobiles; legal citation kept
  "**附表1 家长退费核算**\n\n| 序号 | 幼儿 | 家长 | 电话 | 应退 |\n|---|---|---|---|---|\n| 1 | {{person_name:龚一诺}} | {{person_name:龚志强}} | {{mobile:18723410956}} | [[1,350元]] |\n| 2 | {{person_name:庹安琪}} | {{person_name:庹红梅}} | {{mobile:13594017782}} | [[1,350元]] |\n| 3 | {{person_name:冉子墨}} | {{person_name:陈思雨}} | {{mobile:17783025516}} | [[900元]] |\n\n> 退费依据：[[《幼儿园收费管理办法》第十三条]]；园所：[[重庆市沙坪坝区童乐汇幼儿园]]",
  // 1457 (b27-15) CSV ledger with header row; parent names, IDs, mobiles; fee items and amounts kept
  "（[[石家庄市长安区小红帽幼儿园]]2025年秋季收费台账导出，原文件编码GBK）\n姓名,身份证号,联系电话,班级,缴费项目,金额\n{{person_name:吕振宇}},{{id_number:130102198812302172}},{{mobile:13831125047}},大二班,[[保教费]],[[4200]]\n{{person_name:郜晓雯}},{{id_number:150102199307154322}},{{mobile:15232018896}},小一班,[[保教费]],[[4200]]\n{{person_name:武艳霞}},{{id_number:340104199401273561}},{{mobile:18631107254}},小一班,[[床品费]],[[460]]",
  // 1458 (b27-16) tab-separated refund rows without header; teacher/parent names and card numbers, bookkeeper name
  "{{person_name:杨丽琼}}\t{{bank_account:6214830107654328}}\t中班\t[[伙食费]]退费\t[[420.00]]\n{{person_name:段金凤}}\t{{bank_account:6225881234567898}}\t中班\t[[伙食费]]退费\t[[420.00]]\n{{person_name:普文杰}}\t{{bank_account:6236684300008765431}}\t大班\t[[伙食费]]退费\t[[378.00]]\n（以上由[[昆明市五华区云岭花朵幼儿园]]财务{{person_name:李春艳}}提供，原表无表头）",
  // 1459 (b27-17) class group chat export; nicknames and @王老师 unmarked, payee name, parent name in nickname, WeChat id
  "2025-10-12 20:31 小米妈妈：@王老师 这个月[[伙食费]]怎么又涨了？\n2025-10-12 20:33 王老师（大一班）：家长们好，园里通知10月起[[伙食费]]由每天[[18元]]调到[[25元]]，请转给{{person_name:邵珊珊}}\n2025-10-12 20:35 {{person_name:孔德明}}（朵朵爸爸）：没开过家长会就涨？\n2025-10-12 20:36 嘟嘟奶奶：转哪个账号？\n2025-10-12 20:40 王老师（大一班）：微信号{{wechat:shanshan_kyey88}}\n——摘自[[合肥市蜀山区可爱亿童幼儿园]]大一班家长群聊天记录导出",
  // 1460 (b27-18) chat screenshot OCR; class+child, staff name in nickname, spaced mobile, wxid-style WeChat id
  "[2025/09/05 07:58] 果果姥姥: 我家{{class_and_name:小二班许欣怡}}的[[园服费]]交了[[560]]，谁收的？\n[2025/09/05 08:02] 后勤-{{person_name:佟凤霞}}: 我收的，有事打我电话{{mobile:186 4511 0327}}\n[2025/09/05 08:05] 果果姥姥: 说好的两套，只发了一套\n[2025/09/05 08:09] 后勤-{{person_name:佟凤霞}}: 另一套冬天发，加我微信 {{wechat:wxid_8k2mq0x9lt3f22}}\n（来源：[[哈尔滨市南岗区红黄蓝幼儿园]]家长向12345提交的截图OCR）",
  // 1461 (b27-19) QQ group export; QQ numbers in headers, member and principal names
  "2025-05-20 21:14:07 快乐一家(QQ:{{qq:2874401356}})\n[[贵阳市南明区花果园爱弥儿幼儿园]]说下学期[[保教费]]从[[2,380]]涨到[[3,100]]，有没有家长一起去问？\n2025-05-20 21:16:42 {{person_name:龙秀英}}({{qq:905513624}})\n我问过园长{{person_name:潘德荣}}，说是物价局批了，但拿不出文件\n2025-05-20 21:17:30 系统消息: {{person_name:杨再林}}({{qq:1547782093}}) 加入本群",
  // 1462 (b27-20) pipe-separated bank statement; counterpart names and full card numbers, principal as account holder
  "交易日期|摘要|对方户名|对方账号|金额|余额\n2025-09-01|转账|{{person_name:滕淑华}}|{{bank_account:6228480012345678879}}|+[[3,200.00]]|48,700.00\n2025-09-01|转账|{{person_name:祁少东}}|{{bank_account:6217000000123456786}}|+[[3,200.00]]|51,900.00\n2025-09-02|跨行转入|{{person_name:冼家豪}}|{{bank_account:6212263602012345674}}|+[[3,200.00]]|55,100.00\n备注：本账户户名为{{person_name:黄丽明}}（[[佛山市南海区蓝天使幼儿园]]园长），非园所对公账户。",
  // 1463 (b27-21) WeChat group "接龙" list; child and parent names, teacher name, Alipay UID (app_account)
  "#接龙\n[[厦门市思明区鼓浪屿小海豚幼儿园]]大班毕业照+[[毕业纪念册费]]每人[[298元]]\n\n1. {{person_name:陈诗涵}}妈妈 已转\n2. {{person_name:林沐阳}} 已转 298\n3. {{person_name:黄昱恺}}爸爸 已转\n4. 小Q奶奶 已转\n5. {{person_name:苏雅婷}} 已转\n收款：{{person_name:庄丽娜}}老师个人支付宝，UID {{app_account:2088602311459870}}",
  // 1464 (b27-22) Alipay e-receipt; payer name and e-mail account, Mongolian single name payee, Alipay user id, class+child
  "支付宝-转账到支付宝账户 电子回单\n回单编号：20251104110001880000321\n付款方户名：{{person_name:白振东}}\n付款方账号：{{email:bzd1984@sina.com}}\n收款方户名：{{person_name:乌兰}}\n收款方账号：{{app_account:2088312456789013}}\n金额：[[2,650.00]]元\n用途：{{class_and_name:蒙语班白苏日娜}}第二学期[[保教费]]\n（投诉附件，涉事园所：[[呼和浩特市新城区格桑花民族幼儿园]]）",
  // 1465 (b27-23) 12345 hotline ticket export; caller name, home landline, mobile, home address; ticket number kept
  "工单编号：[[DL2025101800412]]\n来电时间：2025-10-18 14:26:09\n来电人：{{person_name:于淼}}\n来电号码：{{landline:0411-8476 2093}}\n回访号码：{{mobile:15941173320}}\n联系地址：大连市沙河口区西安路{{address:99号5-2-1}}\n诉求内容：反映[[大连市沙河口区小博士双语幼儿园]]强制收取[[住宿费]]（每月[[800元]]），孩子实际不住园。\n承办单位：沙河口区教育局",
  // 1466 (b27-24) school-bus register scan; new-energy plate, compound-surname driver, licence no. OCR-damaged (id_number_like), escort mobile; page footer
  "[[昆山市玉山镇贝乐佳幼儿园]]校车登记表（扫描件）\n车牌号：{{licence_plate:苏E·D26817}}    核载：19人\n驾驶员：{{person_name:诸葛丽娟}}   驾驶证号：{{id_number_like:32010219861l250041}}\n跟车老师：{{person_name:顾佳怡}}  {{mobile:13962617045}}\n收费：[[校车费]][[每学期1,800元]]，由驾驶员个人收取。\n\n第 3 页 共 7 页          昆山市教育局",
  // 1467 (b27-25) enrolment form OCR; child name, birth date, child ID, HK permit number, HK and mainland mobiles
  "入园登记表（扫描件OCR）\n幼儿姓名：{{person_name:梁卓琳}}   出生日期：{{birth_date:2020年07月16日}}\n幼儿身份证号：{{id_number:440304202007160525}}\n监护人：{{person_name:梁振邦}}   证件类型：港澳居民来往内地通行证\n证件号码：{{document_number:H10293847}}\n联系电话：{{mobile:+852 9123 4687}}   内地：{{mobile:13802914465}}\n园所：[[深圳市福田区香蜜湖星光幼儿园]]  已收[[报名费]][[500元]]、[[留位费]][[3,000元]]",
  // 1468 (b27-26) traditional-Chinese e-mail from Taiwanese parent; name, gmail, child given-name, Taiwan compatriot permit, TW and mainland mobiles
  "寄件者：{{person_name:林育賢}} <{{email:yuhsien.lin@gmail.com}}>\n主旨：關於[[廈門市思明區藍海灣雙語幼兒園]]收取[[雙語課程費]]之申訴\n\n您好，小女{{person_name:芷晴}}就讀中班，本學期園方額外收取[[雙語課程費]][[人民幣4,500元]]，未見公示。\n本人台胞證號碼：{{document_number:01234567}}\n聯絡電話：{{mobile:0912-345-678}}（台灣）/ {{mobile:159 6023 8841}}\n敬請查處，謝謝。",
  // 1469 (b27-27) enrolment-system export; child name, birth date, child ID, home address, parents' names and mobiles
  "新生入园信息表（系统导出）\n幼儿姓名：{{person_name:尚若汐}}\n性别：女\n出生日期：{{birth_date:2021-03-09}}\n身份证号：{{id_number:510107202103091140}}\n家庭住址：成都市武侯区玉林北路{{address:18号2栋3单元401室}}\n父亲：{{person_name:尚俊}} {{mobile:18108026653}}\n母亲：{{person_name:石晓蕾}} {{mobile:13880541197}}\n已缴：[[报名费]][[300元]]、[[预交保教费]][[2,000元]]\n园所：[[成都市武侯区锦里童心幼儿园]]",
  // 1470 (b27-28) whistle-blower e-mail reply with signature; principal and husband names, card tail, mobile, WeChat id
  "主题：Re: 关于园里收费的情况说明\n\n局里领导好，我是[[杭州市西湖区晨曦幼儿园]]原配班老师，园方让我们私下向家长收[[兴趣班费]]，每人每月[[260元]]，钱转到园长{{person_name:蔡慧敏}}丈夫{{person_name:方国平}}的卡上（尾号6786）。\n\n--\n{{person_name:俞婷婷}}\nTel: {{mobile:+86-137-5812-0439}}\nWeChat: {{wechat:yutingting_0503}}\n\n发自我的iPhone",
  // 1471 (b27-29) spreadsheet rows with header (tab-separated); child and parent names, spaced card numbers
  "序号\t幼儿姓名\t班级\t家长\t开户行\t卡号\t退费项目\t金额\n1\t{{person_name:景浩然}}\t大一\t{{person_name:景涛}}\t建设银行\t{{bank_account:6227 0031 2345 6789 015}}\t[[伙食费]]\t[[612.00]]\n2\t{{person_name:闵可欣}}\t中二\t{{person_name:闵锐}}\t招商银行\t{{bank_account:6229 0833 1234 5679}}\t[[伙食费]]\t[[540.00]]\n（[[南京市玄武区紫金娃娃幼儿园]]停课期间[[伙食费]]退费清单）",
  // 1472 (b27-30) interrogation-record scan with page header/footer; interviewee name, digit-spaced ID, principal and wife names
  "成都市新都区市场监督管理局  询问笔录  第 2 页 共 5 页\n被询问人：{{person_name:芶秀芝}}\n身 份 证 号：{{id_number:5 1 0 1 0 7 1 9 8 8 0 2 0 5 6 6 2 8}}\n工作单位：[[成都市新都区小太阳幼儿园]]  职务：会计\n问：[[伙食费]]结余去向？\n答：园长{{person_name:钟志鹏}}让我每月把结余转到他妻子{{person_name:刘琼}}的卡上，每月[[一万二左右]]。\n被询问人签名：{{person_name:芶秀芝}}（手印）\n—— 新都区市场监督管理局 ——",
  // 1473 (b27-31) photographed handwritten register; grandmother name, 15-digit old ID, home address, class+child, cashier name
  "代缴人信息（手工登记簿翻拍）\n姓名：{{person_name:阎桂兰}}   关系：外祖母\n身份证：{{id_number:140105520214468}}\n住址：太原市小店区坞城路{{address:41号院7号楼3单元102}}\n代缴：{{class_and_name:中一班郝子轩}} [[保教费]]、[[伙食费]]合计[[3,960元]]\n收款人签字：{{person_name:武晋芳}}\n园所：[[太原市小店区晋阳明珠幼儿园]]",
  // 1474 (b27-32) private chat export with date separator; nickname unmarked, assistant name, WeChat id, class+child in transfer memo
  "微信聊天记录导出（家长提供）\n————— 2025年11月2日 —————\n小米妈妈 21:08\n李老师，[[兴趣班费]]是不是转你就行？\n李老师 21:10\n不是哦，转园长助理{{person_name:欧阳娜}}，微信号{{wechat:ouyangna-sz}}，备注孩子名字\n小米妈妈 21:11\n[转账] ¥[[1,560.00]] 备注：{{class_and_name:K2B班谢米乐}}\n李老师 21:15\n收到啦\n（园所：[[深圳市南山区蔚蓝海岸贝贝幼儿园]]）",
  // 1475 (b27-33) petition-system record; petitioner name, ID with full-width tail, home address, spaced mobile; petition number kept
  "【信访信息系统】信访件编号：[[闽信2025-0912-0087]]\n信访人：{{person_name:郭志鸿}}   证件号码：{{id_number:35020319890411３０１３}}\n住址：厦门市思明区莲前西路{{address:188号之三1204室}}\n电话：{{mobile:159 5928 7731}}\n反映事项：[[厦门市思明区童梦岛幼儿园]]在[[保教费]]之外，每学期另收[[安全保险代收费]][[280元]]，但从未给家长投保单。\n转办：思明区教育局",
  // 1476 (b27-34) CCB app transfer screen; payee name twice, two card tails, child name in memo
  "建设银行 转账成功\n¥[[5,400.00]]\n收款人  {{person_name:卜凡}}\n收款账户  中国农业银行(尾号0731)\n付款账户  龙卡通(尾号4452)\n附言  {{person_name:晏子萱}}下学期[[保教费]]\n交易时间  2025-12-29 21:47:03\n凭证号  8020251229214703661\n家长说明：[[昆明市盘龙区金太阳幼儿园]]称对公账户冻结，让转到{{person_name:卜凡}}（园长外甥）个人卡。",
  // 1477 (b27-35) citizen-hotline form; petitioner name, home landline with space, oddly grouped mobile, bookkeeper name
  "市民热线受理单\n受理编号：[[NB20250307-11635]]\n诉求人：{{person_name:宓海英}}\n联系电话：{{landline:0574 87382651}}（家）\n备用电话：{{mobile:1380 6612 903}}\n诉求：[[宁波市海曙区小橡果幼儿园]]退园时不退已交的[[伙食费]][[1,100元]]和[[床品费]][[380元]]，园方会计{{person_name:戴秋月}}说\"押金不退\"。\n办理部门：海曙区市场监督管理局",
  // 1478 (b27-36) HTML-wrapped penalty decision; legal representative name and ID, officers in HTML comment; doc number, credit code, citations kept
  "<div class=\"doc-body\">\n[[武汉市洪山区市场监督管理局]]\n行政处罚决定书\n[[洪市监处罚〔2025〕118号]]\n当事人：[[武汉市洪山区金色摇篮幼儿园]]\n统一社会信用代码：[[52420111MJH3856729]]\n法定代表人：{{person_name:谌建华}}  身份证号：{{id_number:420106199206141830}}\n经查，当事人在[[保教费]]之外收取[[精品课程费]]合计[[86,400元]]，违反[[《中华人民共和国价格法》第十三条]]，决定罚款[[43,200元]]。\n</div>\n<!-- 经办人：{{person_name:付晓琳}} 审核：{{person_name:严伟}} -->",
  // 1479 (b27-37) handwritten letter OCR with page mark; Mongolian given name, digit-spaced mobile, Baotou-style home address
  "（手写信件扫描OCR，第1页）\n尊敬的区教育局领导：\n我叫{{person_name:那日苏}}，孩子在[[包头市昆都仑区小骏马幼儿园]]上大班。园里从9月起每月加收[[午托费]][[450元]]，还要求一次交[[半年]]……\n我的电话是{{mobile:1 5 6 4 7 2 3 9 0 1 8}}，住在昆区阿尔丁大街{{address:17号街坊12栋3门501}}。\n— 1 —",
  // 1480 (b27-38) HTML e-mail body; parent representative name/mobile, officer signature with bracketed area-code landline and name-based e-mail
  "<html><body><p>王科长：</p><p>附件为[[济南市历下区泉城宝贝幼儿园]]的收费明细，其中[[园服费]]（[[680元/套]]）与备案的[[320元/套]]不符。</p><p>家长代表：{{person_name:鞠晓峰}}，{{mobile:13356612098}}</p><br><p>--<br>{{person_name:房志远}}<br>历下区发展和改革局价格科<br>电话：{{landline:(0531)8690 1172-203}}<br>邮箱：{{email:fangzhiyuan@lixia.gov.cn}}</p></body></html>",
  // 1481 (b27-39) staff roster CSV with header; compound surname and rare surname, IDs, mobiles
  "（[[兰州市七里河区金城娃娃幼儿园]]教职工花名册，用于核查[[伙食费]]是否挪作教职工用餐）\n姓名,性别,岗位,身份证号,手机号\n{{person_name:慕容雪}},女,园长,{{id_number:140105198705214688}},{{mobile:18993127604}}\n{{person_name:马晓梅}},女,保育员,{{id_number:230103198906157420}},{{mobile:15145067712}}\n{{person_name:冶成林}},男,司机,{{id_number:450103199208282115}},{{mobile:13919344210}}",
  // 1482 (b27-40) bilingual e-mail from foreign parent; Latin-script name, Chinese name, gmail, passport number, mobile
  "From: {{person_name:Anna Petrova}} <{{email:anna.petrova.bj@gmail.com}}>\nTo: 朝阳区教育委员会 <jw@bjchy.gov.cn>\nSubject: 投诉 / Complaint - [[北京市朝阳区枫叶国际双语幼儿园]]\n\n我是俄罗斯籍家长{{person_name:Anna Petrova}}（中文名{{person_name:白安娜}}），护照号{{document_number:75 1234567}}。园方要求外籍幼儿额外缴纳[[国际部管理费]][[每学年30,000元]]，中国籍幼儿不收。\nMobile: {{mobile:+86 186 1123 5590}}",
  // 1483 (b27-41) group chat with voice-to-text and red packet; child name inside nickname, teacher name in nickname, class+child
  "2025-09-28 19:02 {{person_name:谷雨桐}}妈妈：[语音转文字] 张园长说国庆后要交[[研学活动费]][[每人480]]，去哪研学都没说\n2025-09-28 19:04 大四班-{{person_name:苗春燕}}老师：@所有人 请家长把钱转到我这，备注班级+幼儿姓名\n2025-09-28 19:10 浩浩爸：[转账]480.00 {{class_and_name:大四班宁浩宇}}\n2025-09-28 19:11 {{person_name:谷雨桐}}妈妈：[红包]研学费\n（[[石家庄市裕华区小树苗幼儿园]]家长群）",
  // 1484 (b27-42) UnionPay app refund detail; counterpart name, card tail, full payer card, child name in memo
  "云闪付 交易详情\n退款  +[[1,980.00]]\n交易对象：{{person_name:许振宇}}\n收款卡：招商银行储蓄卡 尾号5371\n付款卡：{{bank_account:6216612800003456786}}\n订单号：U20260114093322871461\n附言：退{{person_name:许小雅}}[[兴趣班费]]（舞蹈）\n交易时间：2026-01-14 09:33\n（[[常州市天宁区彩虹桥幼儿园]]按区市场监管局责令退款通知执行）",
  // 1485 (b27-43) receipt OCR with O/l confusion; payer and child names, cashier name, mobile with l and O
  "OCR:\n[[南宁市西乡塘区小象乐园幼儿园]]  收款收据\n交款人 :{{person_name:韦秀兰}}    幼儿: {{person_name:韦梓轩}}\n项 目 :[[伙食费]] 10月\n金 额 :[[¥ 660.OO]]\n收款人 :{{person_name:农丽芳}}  电话:{{mobile:l7776O2l985}}\n财 务 专 用 章",
  // 1486 (b27-44) quoted e-mail with sign-up URL whose query string carries child name, parent name and mobile; officer name
  "> 附：园方报名链接 https://h5.youeryuan-bm.cn/signup?kid={{person_name:郝嘉怡}}&parent={{person_name:郝斌}}&phone={{mobile:13623510874}}&item=zaojiao&fee=2980\n> \n> 这个链接是[[晋中市榆次区贝贝熊幼儿园]]老师发到群里的，点开就自动填好了我们的信息，要求交[[早教衔接课程费]][[2,980元]]。\n\n已收到，我们将依据[[《幼儿园收费管理办法》第十一条]]核查。\n{{person_name:续文杰}}  榆次区教育局",
  // 1487 (b27-45) OA meeting minutes; officials and kindergarten founder/bookkeeper named as persons, bookkeeper card; deadline and amounts kept
  "会议纪要（OA流转稿，勿外传）\n时间：2025年7月9日   地点：南明区教育局三楼会议室\n参会：{{person_name:吴国栋}}、{{person_name:卢婉清}}（区教育局），{{person_name:杨帆}}（区市场监管局），园方{{person_name:田茂林}}（举办者）、{{person_name:宋红}}（会计）\n议定：[[贵阳市南明区花果园爱弥儿幼儿园]]于[[2025年7月31日]]前退还春季多收[[保教费]]共[[126,500元]]；会计{{person_name:宋红}}提供个人收款账户{{bank_account:6221501334567890127}}全部流水。\n记录：{{person_name:卢婉清}}   审核：{{person_name:吴国栋}}",
  // The twenty-eighth round (TWENTY_EIGHTH_ROUND_FROM, below), not blind; a28-N is its number.
  // 1488 (a28-1) an officer's 补充说明 with the acceptance tester's wording: 受影响幼儿包括： and a list of two
  "补充说明：[[宁波市鄞州区]][[小蜻蜓幼儿园]]于[[2026年春季学期]]在[[保教费]]之外另收[[延时服务费]]每月[[300元]]。受影响幼儿包括：{{person_name:孙悦}}、{{person_name:王浩}}。园方已于[[2026年5月10日]]前退还，收费项目包括[[保教费]]、[[伙食费]]两项，均已备案。",
  // 1489 (a28-2) 受影响的幼儿有 and a list; a fee-item list and a kindergarten list that must stay
  "经查，[[嘉兴市南湖区]][[七彩虹幼儿园]]向部分幼儿重复收取[[伙食费]]，受影响的幼儿有{{person_name:孙悦}}、{{person_name:王浩}}，每人多收[[450元]]。涉及幼儿园包括[[阳光幼儿园]]、[[蓝天幼儿园]]，两园举办者均为[[嘉兴市童乐教育咨询有限公司]]。",
  // 1490 (a28-3) 幼儿包括 with no colon, three names, a compound surname; 幼儿有3名 stays
  "[[温州市鹿城区]][[小海螺幼儿园]]未经备案收取[[园服费]][[每套380元]]。经核对收费台账，幼儿包括{{person_name:孙悦}}、{{person_name:王浩}}和{{person_name:欧阳可馨}}的家长已缴纳，另有幼儿有[[3名]]尚未缴纳。依据[[《幼儿园收费管理暂行办法》第十一条]]，责令园方停止收取。",
  // 1491 (a28-4) 幼儿包括： with one name; a parent's name and mobile
  "来电人{{person_name:吕秀梅}}（{{mobile:15867423190}}）反映，[[绍兴市越城区]][[金色摇篮幼儿园]]退园不退[[住宿费]]，涉及幼儿包括：{{person_name:吕一鸣}}。园方答复幼儿有[[5名]]在办理退园，将于[[2026年6月30日]]前统一退费。",
  // 1492 (a28-5) staff listed after 老师有： with commas; the principal's personal WeChat
  "[[台州市椒江区]][[向日葵幼儿园]]在班级群内收取[[材料费]][[每人260元]]，经手的老师有：{{person_name:林晓燕}}，{{person_name:陈思思}}，款项最终转入园长{{person_name:郑国平}}的个人微信{{wechat:zgp_jiaojiang88}}。",
  // 1493 (a28-6) a refund register's note: 家长名单如下 and three names, amounts per household
  "[[湖州市吴兴区]][[春晖幼儿园]]退费情况说明：已按[[每户1,200元]]退还[[兴趣班费]]，领取退款的家长名单如下：{{person_name:胡建军}}、{{person_name:邵志刚}}、{{person_name:戚美玲}}。其余[[27户]]已通过原渠道退回。",
  // 1494 (a28-7) children on a school bus 包含 … 和 …, the bus's plate, the driver
  "[[金华市婺城区]][[小星星幼儿园]]使用无资质车辆接送幼儿，每月收取[[校车费]][[220元]]。乘车的儿童包含{{person_name:宋雨桐}}和{{person_name:韩子轩}}，车辆号牌{{licence_plate:浙G·5K821}}，驾驶员{{person_name:葛大勇}}未取得校车驾驶资格。",
  // 1495 (a28-8) traditional script, Taiwan: 受影響的幼兒有 and two names
  "[[臺中市西屯區]][[小太陽幼兒園]]於[[114學年度]]上學期多收[[材料費]][[新臺幣2,400元]]，受影響的幼兒有{{person_name:陳品妍}}、{{person_name:林宥辰}}，家長{{person_name:陳建宏}}已向[[臺中市政府教育局]]申訴。",
  // 1496 (a28-9) 多收费用的幼儿为 with commas between the names; the amount stays
  "处理结果：[[衢州市柯城区市场监督管理局]]责令[[柯城区蓝精灵幼儿园]]退还多收的[[取暖费]]。多收费用的幼儿为{{person_name:孙悦}}，{{person_name:王浩}}，{{person_name:杨梓萌}}，共计[[1,350元]]，已于[[2026年4月]]全部退还。",
  // 1497 (a28-10) 主要有 and a list with a transliterated and a compound-surname name; the parent's mobile
  "[[乌鲁木齐市天山区]][[天山雪莲幼儿园]]向插班幼儿收取[[入园考察费]][[1,500元]]。涉及的幼儿主要有{{person_name:阿依古丽}}、{{person_name:司马嘉怡}}和{{person_name:马晓龙}}，其中{{person_name:马晓龙}}的父亲{{person_name:马福林}}（{{mobile:13909917345}}）代为反映。",
  // 1498 (a28-11) 当班保育员有 … 两人; 受影响的幼儿有 with a single name
  "现场检查笔录（节选）：[[2026年3月12日]]检查时，当班保育员有{{person_name:何丽}}、{{person_name:胡小燕}}两人，均称[[午点费]]由园长统一收取。受影响的幼儿有{{person_name:宋嘉怡}}。园方称孩子有张合影可以证明其当天在园。",
  // 1499 (a28-12) a 12345 work order: 幼儿包括 before 她女儿 and the name (the role finds it), teachers 分别为 … 及 …
  "工单内容：来电人{{person_name:周海燕}}（{{mobile:13858127764}}）反映，[[杭州市西湖区]][[小青蛙幼儿园]]向全班幼儿包括她女儿{{person_name:吴语桐}}收取[[研学费]][[680元]]，收费的教师分别为{{person_name:冯丽娟}}及{{person_name:蔡文静}}。诉求：退还费用。",
  // 1500 (a28-13) look-alikes only: lists after person nouns that hold no name (fee items, kindergartens, classes, districts, roles, counts)
  "[[宁波市江北区]][[金太阳幼儿园]]收费公示：收费项目包括[[保教费]]、[[伙食费]]和[[代办费]]；涉及幼儿园包括[[阳光幼儿园]]、[[蓝天幼儿园]]；受影响的幼儿包括[[小一班]]和[[中二班]]的幼儿，户籍包括[[江北区]]、[[镇海区]]；涉及人员包括园长、保育员和财务人员；幼儿有[[3名]]未缴费，家长有权要求出具票据，家长有何诉求可拨打[[12345]]。来访家长包括何先生、李女士，均不愿留下全名。幼儿包括符合减免条件的低保家庭幼儿，依据[[《价格法》第十三条]]处理。",
  // 1501 (a28-14) look-alikes: 学生包括周一至周五, 幼儿包括托班, 教师有高级职称, 孩子为何, 家长是否, masked names after 家长有
  "[[余姚市]][[阳明幼儿园]]的托管服务面向[[周一至周五]]在园的学生，涉及学生包括托班和小班幼儿，教师有高级职称的[[2名]]。家长询问孩子为何不能按天退费、家长是否可以自愿选择。家长有张某、李某某和王某，均已签收[[2026年3月]]的退费通知。",
];

export const CORPUS: readonly CorpusNarrative[] = NARRATIVES.map(expandNarrative);

/**
 * Where the held-out style block starts (narrative 96, index 95): narratives written in styles the ones
 * before do not use, to measure the gate on text it was not written against; the test prints its recall.
 */
export const HELD_OUT_STYLE_FROM = 95;

/**
 * Where the blind block starts (narrative 167, index 166): narratives written before the gate was read, whose
 * recall the gate as it was then is quoted for above, and the second round after it; the test prints the recall
 * of both on their own.
 */
export const BLIND_FROM = 166;

/**
 * Where the third blind round starts (narrative 273, index 272): texts written before the gate was read, in genres
 * the rounds before did not use; the test prints their recall on their own.
 */
export const THIRD_ROUND_FROM = 272;

/**
 * Where the fourth blind round starts (narrative 361, index 360): an officer's case summaries in plain prose, written
 * before the gate was read; the test prints their recall on their own.
 */
export const FOURTH_ROUND_FROM = 360;

/**
 * Where the fifth blind round starts (narrative 439, index 438): complaint-form excerpts quoted verbatim, officers'
 * summaries of them, refund lists and staff by job title, written before the gate was read; the test prints their
 * recall on their own.
 */
export const FIFTH_ROUND_FROM = 438;

/**
 * Where the sixth blind round starts (narrative 519, index 518): news reports and press releases (家长张女士（化名张丽）),
 * 通报 naming staff, 信访 replies, judgments' parties and bench, Taiwan and Hong Kong reports, English releases, SMS
 * notices, lists of 整改责任人 with phones, OCR'd receipts, written before the gate was read; the test prints their
 * recall on their own.
 */
export const SIXTH_ROUND_FROM = 518;

/**
 * Where the seventh blind round starts (narrative 575, index 574): 2026-12-03, by a developer who had read the
 * module's header but none of its matchers: a payee's name as a payment screen masks it (*春花), a transfer's note
 * (“潘多多学费”), house and room numbers in Chinese numerals, the ideographic full stop in an e-mail, a name in
 * brackets after 某氏, phones and IDs in Chinese or capital numerals, compound surnames, traditional script. The gate
 * as it was caught 84 of its 89 identifiers (those five were missed); the test prints its recall on its own.
 */
export const SEVENTH_ROUND_FROM = 574;

/**
 * Where the eighth round starts (narrative 651, index 650): 2026-12-03, by the seventh round's writer after reading
 * the gate's name, address and class matchers, so not blind: forms' signatures (经办：武松  复核：林冲), 加微 before an
 * id, a 社区's building, 大班（2）班, children's given names with 以 (何以琛), an ambiguous surname before 代收
 * (家长单雯代收), an English role with a colon, compound surnames as roles' names. The gate as it was caught 42 of its 50
 * identifiers; the test prints its recall on its own.
 */
export const EIGHTH_ROUND_FROM = 650;

/**
 * Where the ninth round starts (narrative 691, index 690): 2026-12-03, parents' plain complaint sentences by the same
 * writer (not blind), names in the contexts a parent uses (一个叫包贝尔的人, 转账给了范冰冰, 打到蔡徐坤卡上, 付款对象：黎明,
 * 家长 沙溢 1351234…). The gate as it was caught 36 of their 44 identifiers; the two it still misses are left out and
 * named in the known gaps of docs/personal-data-gate.md (a quoted name before 是, a given name with 老); the test prints its recall on its own.
 */
export const NINTH_ROUND_FROM = 690;

/**
 * Where the tenth round starts (narrative 729, index 728): 2026-12-03, the same writer's probe of formats (not blind):
 * a mobile with its first digits bracketed, Beijing's 号院…号楼…门 and a courtyard's 排, English and day-first birth
 * dates, an ID with dots, a plate with spaces, full-width +86. The gate as it was caught 6 of the 12 identifiers.
 */
export const TENTH_ROUND_FROM = 728;

/**
 * Where the eleventh round starts (narrative 741, index 740): 2026-12-03, an officer's record naming people with no
 * role before them (not blind): a name before what the record says the person did (擅自, 私自, 拒不, 交费, 担任, 曾任),
 * after 因, before its role in brackets (梁朝伟（园长）), and a full name before a time (王丽娟于2025年…, 孙建国多次…)
 * beside places that start clauses so too (余姚于同年, 连云港于2025年9月: kept). The gate as it was caught 1 of the 11
 * identifiers.
 */
export const ELEVENTH_ROUND_FROM = 740;

/**
 * Where the twelfth blind round starts (narrative 751, index 750): 2026-12-03, by a writer who read only this file's
 * markup and first narrative, nothing of the gate (its module, its test or the account of it in README and docs): hotline and
 * call notes, Q&A records, 信访 replies, SMS notices with signatures, chats and payment roll-calls, bank slips, tables
 * typed with spaces, bilingual e-mails, Hong Kong and Taiwan posts, OCR with spaced characters; names after 楼主 and
 * 留言人, in receipts (今收到…交来), partly masked as 刘○芳 or 张x明, in English (I'm…, Ethan's mom, From: …). The writer
 * marked whole addresses; they were re-marked as the gate's decision has it (from the house number on, the estate's
 * name between its number and its building left), before the gate was run. The gate as it was caught 254 of the 285
 * identifiers.
 */
export const TWELFTH_ROUND_FROM = 750;

/**
 * Where the thirteenth blind round starts (narrative 811, index 810): 2026-12-03, by a writer who read only this file's
 * markup and first narrative: officers' draft 典型案例 texts, 12345 work orders, voice-to-text transcripts, tables pasted
 * from Excel, transfer and red-packet records, rural families (屯 and 组 addresses, 农历 birthdays, 狗蛋 and 二丫), Uyghur,
 * Tibetan, Mongolian, Yi, Korean-Chinese and Hui names, Hong Kong, Macau and Taiwan residents' documents, foreign
 * teachers, surnames that are words (路, 区, 代, 种, 南). The writer's 60 narratives held 331 identifiers, of which the
 * gate as it was caught 260 (it also hit 石家 in 石家庄市, a kept fact). Nine narratives whose 18 misses are still the
 * gate's known gaps are in KNOWN_GAPS instead: the 51 here hold 279, of which the gate as it was caught 230. Three of
 * those nine (862–864) lost their last known miss later and joined the round here.
 */
export const THIRTEENTH_ROUND_FROM = 810;

/**
 * Where the fourteenth blind round starts (narrative 865, index 864): 2026-12-03, by a third writer who read only this
 * file's markup and first narrative: what parents type on a phone (no punctuation, emoji, yz/lsh/bb for 园长/老师/宝宝,
 * dialects, Cantonese 我系/嘅/出世), group roll calls (接龙), chat bubbles with display names, payment screenshots and OCR,
 * and 21 narratives in English or half English (translated decisions, expat parents' letters, passports, chat lines).
 * The writer's 60 narratives held 302 identifiers, of which the gate as it was caught 228 (75 %, the lowest of any
 * round: English was its weakest side). Sixteen narratives whose 19 misses are still known gaps are in KNOWN_GAPS
 * instead: the 44 here hold 220, of which the gate as it was caught 178. Two of those sixteen (909, 910) lost their
 * last known miss later and joined the round here.
 */
export const FOURTEENTH_ROUND_FROM = 864;

/**
 * Where the fifteenth round starts (narrative 911, index 910): 2026-12-03, blind, by a writer asked to red-team the
 * gate as a malicious complainant or a careless officer would: digits split by _, |, /, dots, emoji and keycaps,
 * read out in Chinese with 点 between, mixed with ASCII digits, given piece by piece (前三位…中间…后四位); names spelled
 * out with marks (王_小_明, 林·晓·雯); plates, WeChat, QQ, app and passport numbers typed with spaces; and ten
 * narratives with no personal data but look-alikes (kept). The writer's 50 narratives held 219 identifiers, of which
 * the gate as it was caught 146 (67 %), and it hit two kept facts (a named class before 、 and a school's name). Ten
 * narratives whose 11 misses are still known gaps are in KNOWN_GAPS: the 40 here hold 160, of which the gate as it was
 * caught 115. In the sixteenth round's session six of those ten (951–956) lost their last known miss and joined the
 * round here, and one more (957) later: the 47 narratives now hold 202.
 */
export const FIFTEENTH_ROUND_FROM = 910;

/**
 * Where the sixteenth round starts (narrative 958, index 957): 2026-12-03, blind, by a writer asked to write as the
 * acceptance checker would: officers' 案情简介 and 处理结果, complaint excerpts, 12315/12345 transcripts, a kindergarten's
 * explanation, a refund list, with the checker's own tests throughout (a child's name as the bare subject or object of a
 * sentence, IDs with spaces or dashes, phones in full-width digits or with +86, compound surnames, class + name, dates
 * of birth in several formats, app user ids). The writer's 60 narratives held 383 identifiers, of which the gate as it
 * was caught 348 (91 %), touching no kept fact. One narrative whose miss (宁可, a child's name that is also a word) is a
 * known gap is in KNOWN_GAPS: the 59 here hold 377.
 */
export const SIXTEENTH_ROUND_FROM = 957;

/**
 * Where the seventeenth round starts (narrative 1017, index 1016): 2026-12-03, blind, by a writer asked for two
 * halves: 35 realistic texts from regions no round had covered (东北, 西北, 川渝, 云贵, 广西, 海南, 山西, 内蒙古; 咋整, 嘎哈,
 * 啥子), with Hui, Zhuang, Tibetan, Uyghur, Mongolian and Yi names; and 25 precision traps, few identifiers among many
 * look-alikes to keep (kindergartens named like people, 李子园, 明远, 宋庆龄, 周浦; roads and estates; 周一至周五; 高新区,
 * 向阳街道; masked names; service hotlines). The writer's 60 narratives held 244 identifiers, of which the gate as it
 * was caught 217 (89 %); it hit five facts the writer had marked to keep, all by the product's rules, so they are
 * marked neither way here: the kindergarten's own filed account in full (the public page itself shows only its last
 * four digits), a partly masked name that keeps a given name's character (李某华) and a partly masked ID. One narrative
 * whose miss (小班的崔多恩: 多 is read as a word) is a known gap is in KNOWN_GAPS.
 */
export const SEVENTEENTH_ROUND_FROM = 1016;

/**
 * Where the eighteenth round starts (narrative 1076, index 1075): 2026-12-03, blind, by a writer asked for long
 * formal records as an officer pastes them into a draft: 询问笔录 in questions and answers, 听证笔录, full 行政处罚决定书 with
 * evidence lists, 整改 notices signed by name, refund registers pasted from a spreadsheet without a header row, a 家委会's
 * minutes, OCR with a space or a line break inside a name or a number and O or l for 0 or 1, and five texts in
 * traditional characters from Hong Kong and Taiwan (身分證字號, 0912-345-678, 民國109年). The writer's 50 narratives held 877
 * identifiers, of which the gate as it was caught 754 (86 %), and it hit four kept facts (a company named after a city,
 * amounts joined by two spaces to the next cell's number). 8 narratives whose misses are known gaps (names broken
 * over a line by OCR, dates of birth in a table without a header, a Latin name before a class) are in KNOWN_GAPS: the
 * 42 here (1076–1117) hold the rest.
 */
export const EIGHTEENTH_ROUND_FROM = 1075;

/**
 * Where the nineteenth round starts (narrative 1118, index 1117): 2026-12-03, blind, by a writer asked for the
 * ordinary texts around a fee dispute, each by a different hand (12345 messages, a grandparent dictating, a teacher's
 * apology, a principal's notice, an officer's e-mail with its signature block, a 家委会's ledger, a lawyer's letter, a
 * bank's receipt, a news item, a WeChat moment) across twelve provinces, with names typed one after another (刘洋张伟两位
 * 老师), names that are words, ages, Chinese-numeral and compact birth dates, and precision traps (高山幼儿园, 李想艺术
 * 幼儿园, 欧阳湖幼儿园). The writer's 60 narratives held 341 identifiers, of which the gate as it was caught 313 (92 %),
 * and it hit one kept fact (大二班毕业照费 read as a class and a name). 4 narratives whose misses are known gaps (a
 * compact birth date after an emoji, 许阿珠 after 叫, 王小丫（就是我）, 许诺 that is also a word) are in KNOWN_GAPS: the
 * 56 here (1118–1173) hold the rest.
 */
export const NINETEENTH_ROUND_FROM = 1117;

/**
 * Where the twentieth round starts (narrative 1174, index 1173): 2026-12-03, blind, by a writer asked for exactly
 * what an officer types into a public case's two free texts: the officer's 补充说明 and a parent's consented 投诉摘录,
 * alternating, with children's names in every position a sentence has (object of 把/让/替/给, in brackets, with an
 * age, a class, a pet name, a given name alone after 我家, in a quote), IDs with spaces and full-width phones. The
 * writer's 60 narratives held 341 identifiers; the writer marked ten addresses from the road's name, re-marked here
 * from the house number as the corpus does. The gate as it was caught 324 (95 %; 314 as the writer marked them) and
 * touched no kept fact. All 60 are here (1174–1233).
 */
export const TWENTIETH_ROUND_FROM = 1173;

/**
 * Where the twenty-first round starts (narrative 1234, index 1233): 2026-12-03, blind, by a writer asked for every
 * kind in numbers (at least 25 IDs, mobiles, accounts, addresses, birth dates and class-and-name spans, 15 of each other
 * kind), from every region (Xinjiang, Tibet and Inner Mongolia names, Hong Kong, Macau and Taiwan families, foreign
 * parents), names that are words or places (白云, 江南, 向阳), numbers typed with O for 0, in Chinese numerals or spaced,
 * documents of other countries, chat transcripts with bracketed speakers, a pipe table. The writer's 60 narratives held
 * 430 identifiers; eight addresses of an estate with no road were re-marked from the building number, as the gate masks
 * them, and three Alipay ids typed in groups of four as the account numbers they are masked as. The gate as it was
 * caught 384 (89 %) and touched no kept fact. The 18 narratives with misses left after the round's fixes are in
 * KNOWN_GAPS; the 42 here (1234–1275) hold the rest.
 */
export const TWENTY_FIRST_ROUND_FROM = 1233;

/**
 * Where the twenty-second round starts (narrative 1276, index 1275): 2026-12-03, blind, by a writer asked to write
 * as an unforgiving examiner would: 12345 work orders, investigation reports, 询问笔录, 信访 replies, refund
 * applications, posts and chat logs, with names in every grammatical position, names that are words (春燕, 建国, 平安,
 * 文静) beside kindergartens and roads named alike, rare surnames (仉 亢 佴 甯 缑 郏), Tibetan, Mongolian, Yi and
 * Uyghur names, English names, pet names. 324 identifiers and 298 kept facts in 48 narratives; the gate as it was
 * caught 283 (87 %) and touched no kept fact. The 10 narratives with misses left after the round's fixes are
 * in KNOWN_GAPS; the 38 here (1276–1313) hold the rest.
 */
export const TWENTY_SECOND_ROUND_FROM = 1275;

/**
 * Where the twenty-third round starts (narrative 1314, index 1313): 2026-12-03, blind, by a writer asked for the
 * ordinary distribution of real case files and complaints from about thirty provinces (not a list of tricks), with one
 * text in five an officer's cleaned-up draft that still leaks a detail: a child's given or pet name after 其子/其女, a
 * phone's last eight digits, a house number. 290 identifiers and 320 kept facts in 48 narratives; the gate as it was
 * caught 268 (92 %) and hit one kept fact (浦东 of 浦东新区 after 我是). The 5 narratives with misses left after the
 * round's fixes are in KNOWN_GAPS; the 43 here (1314–1356) hold the rest.
 */
export const TWENTY_THIRD_ROUND_FROM = 1313;

/**
 * Where the twenty-fourth round starts (narrative 1357, index 1356): 2026-12-03, blind, by a writer asked for the
 * records an officer pastes that hold the most personal data at once: refund lists and sign-in sheets, 缴费台账 rows,
 * 询问笔录 and 现场检查笔录 headers, 当事人 blocks, minutes, 接龙 lists, spreadsheets with Chinese or English headers or
 * none. 395 identifiers in 40 excerpts; the writer also marked seven kindergartens' registered addresses (住所) to keep,
 * which the gate masks by the product's rule (it cannot tell an institution's house number from a person's): those are
 * marked neither way. The gate as it was caught 339 (86 %). The 12 excerpts with misses left after the
 * round's fixes are in KNOWN_GAPS; the 28 here (1357–1384) hold the rest.
 */
export const TWENTY_FOURTH_ROUND_FROM = 1356;

/**
 * Where the twenty-fifth round starts (narrative 1385, index 1384): 2026-12-03, blind, by a writer asked for 典型案例
 * as bureaus publish them (基本案情, 当事人, 处理结果, 典型意义), their 补充说明 and consented 投诉摘录, with personal data
 * slipping in as it does in drafts, across about forty cities and sixteen fee items. 270 identifiers and 373 kept facts
 * in 48 texts; the gate as it was caught 248 (92 %) and hit one kept fact (季新生 in 2025年秋季新生). The 13 texts with
 * misses left after the round's fixes are in KNOWN_GAPS; the 35 here (1385–1419) hold the rest.
 */
export const TWENTY_FIFTH_ROUND_FROM = 1384;

/**
 * Where the twenty-sixth round starts (narrative 1420, index 1419): 2026-12-03, blind, by a writer asked for what
 * parents type on a phone across dialects and scripts: voice-to-text with homophones (喂信号, 原长), Cantonese from
 * Guangdong and Hong Kong, Taiwanese in traditional characters with (02)-style landlines, Sichuan, Northeast and
 * Shanghai words (阿拉), grandparents dictating. 196 identifiers in 36 texts; the gate as it was caught 174 (89 %). The
 * 13 texts with misses left after the round's fixes are in KNOWN_GAPS; the 23 here (1420–1442) hold the rest.
 */
export const TWENTY_SIXTH_ROUND_FROM = 1419;

/**
 * Where the twenty-seventh round starts (narrative 1443, index 1442): 2026-12-03, blind, by a writer asked for text that
 * reached the officer through other systems and kept their debris: transfer records from banking and payment apps,
 * OCR with line breaks inside numbers, mail headers and quoted replies, HTML and Markdown remnants, CSV and TSV rows
 * without headers, chat exports with accounts in brackets, links carrying names. 227 identifiers in 45 texts (the
 * writer's four card tails, 尾号0731, unmarked as in every round before); the gate as it was caught 196 (86 %), all 227
 * after the round's fixes, so all 45 are here (1443–1487).
 */
export const TWENTY_SEVENTH_ROUND_FROM = 1442;

/**
 * Where the twenty-eighth round starts (narrative 1488, index 1487): not blind, written after an acceptance tester typed
 * children's names in list wording into a draft's text box and the gate found none (受影响幼儿包括：孙悦、王浩, 受影响的幼儿有孙悦、王浩,
 * 幼儿包括：孙悦) or hit the wrong span (幼儿包括孙悦 as 包括孙): a person noun, a word introducing a list (包括, 包含, 有, 为, 是, 名单,
 * 如下, with 的, a colon or a space) and names joined by 、，,和及与, in officers' notes, a register, a work order, traditional script;
 * and two texts of look-alikes that must stay (收费项目包括保教费、伙食费, 涉及幼儿园包括阳光幼儿园、蓝天幼儿园, 幼儿有3名, 家长有权,
 * 来访家长包括何先生). 41 identifiers in 14 texts; the gate as it was covered 32 (78 %), two more only as spans that began on
 * 包括 or 包含 (包括孙悦, 包含宋雨桐: the mask left the name half readable), and hit a kept class (包括小 of 小一班) and three
 * other look-alikes (包括何, 包括符, 包括托).
 */
export const TWENTY_EIGHTH_ROUND_FROM = 1487;

/**
 * The gate's known gaps, kept as narratives rather than prose: the narratives of the thirteenth to twenty-sixth blind
 * rounds left out of NARRATIVES, their misses marked {{?kind:text}} (docs/personal-data-gate.md lists them in words). The test checks
 * that everything else in them is caught and kept as in NARRATIVES, and that each known miss is still missed: a fix
 * shows up as a failure asking for the mark to become a planted identifier (and the narrative to move to NARRATIVES
 * once it has no known miss left).
 */
export const KNOWN_GAPS: readonly CorpusNarrative[] = [
  // (b13-4) officer internal note naming colleagues, Tibetan complainant
  "内部备注（勿公开）：[[拉萨市城关区]][[格桑花幼儿园]]一案，由{{?person_name:次仁央宗}}、{{person_name:刘建军}}两位同志负责复核。投诉人{{person_name:扎西顿珠}}称其女儿{{person_name:卓玛}}被加收[[藏语特色课程费]][[每月450元]]。投诉人身份证{{id_number:54010219870906351X}}，电话{{landline:0891-6328174}}。请王科长于[[4月20日]]前审核。",
  // (b13-10) foreign teachers with passport, principal's English name, personal card
  "[[深圳市南山区]][[蒙特梭利国际幼儿园]]以外教授课为由收取[[国际课程费]][[每月3800元]]。经查，外籍教师{{person_name:Emily Carter}}（护照号{{document_number:548213907}}，邮箱{{email:emily.carter85@gmail.com}}）、{{?person_name:James O'Brien}}均未取得工作许可。家长林女士提供的转账记录显示，费用转入园长{{person_name:Lucy Wang}}个人账户{{bank_account:6214 8301 2345 6781}}。",
  // (b13-17) names that are ordinary words (高山, 文静, 海燕, 向阳)
  "{{person_name:高山}}、{{person_name:文静}}夫妇反映，[[南京市鼓楼区]][[金色摇篮幼儿园]]将[[保教费]]由[[每月2600元]]上调至[[每月3100元]]，未按规定提前公示。班主任{{?person_name:海燕}}曾私下告诉{{person_name:文静}}，涨价是园长{{?person_name:向阳}}一人决定的。高先生电话{{mobile:17751823064}}，身份证{{id_number:320106198506110413}}。",
  // (b13-24) Mongolian principal's personal agricultural bank card
  "[[锡林浩特市]][[草原之星幼儿园]]要求家长将[[保教费]]转入园长{{person_name:哈斯其木格}}个人名下农业银行卡{{bank_account:6228 4804 7712 3456 873}}。家长{{?person_name:宝音}}等人提供了转账凭证，合计[[36000元]]。{{?person_name:宝音}}手机{{mobile:15947912038}}，微信{{wechat:baoyin_xlht}}。",
  // (b13-44) rural Hunan grandmother, nickname 小石头, group-numbered address
  "[[湖南省邵阳市隆回县]][[桃洪镇]]石门村{{address:5组32号}}{{person_name:曾桂香}}（{{id_number:430524196209186527}}，电话{{mobile:18274936015}}）反映，孙子{{?person_name:小石头}}（{{person_name:曾宇航}}）在[[桃洪镇启航幼儿园]]上学，园方要求交[[被褥费]][[260元]]和[[校车费]][[每月150元]]，开车的是同村{{?person_name:曾老四}}。",
  // (b13-51) ledger with class-name cells joined by hyphen, staff handlers
  "[[佛山市南海区]][[桂城小画家幼儿园]]收费台账（节选）\n幼儿\t项目\t金额\t经手人\n{{class_and_name:大二班-陈子墨}}\t[[画材费]]\t[[560元]]\t{{?person_name:梁少芬}}\n{{class_and_name:大二班-何俊熙}}\t[[画材费]]\t[[560元]]\t{{?person_name:梁少芬}}\n{{class_and_name:中一班-黎诗琪}}\t[[服装费]]\t[[320元]]\t{{?person_name:区敏仪}}",
  // (b14-3) WeChat group 接龙 list with class+name entries, name with a space
  "#接龙\n[[小太阳幼儿园]]大班[[研学费]][[480元]]\n1. {{class_and_name:大一班张一诺}}妈妈 已转\n2. {{person_name:李沐阳}}爸爸 已转\n3. {{person_name:王 甜}}\n4. 尾号0921 已转\n5. {{person_name:乐乐}}妈{{?person_name:赵丽}} {{mobile:15867123490}}\n根本没通知过 也不开发票 [[郑州市金水区]]",
  // (b14-11) Sichuan dialect particles 噻/咧/嘛/咯, plate and home landline
  "我跟你讲噻 [[成都市武侯区七彩虹幼儿园]]收[[午托费]][[300]]一个月咧 娃儿中午根本没睡嘛 老师{{person_name:杨雪梅}}还凶我们{{?person_name:琪妹}} 娃儿她爸去问 园长开起{{licence_plate:川A·7K2M9}}直接走咯 有事打我屋头座机{{landline:028-85123467}} 或者发邮件{{email:dengjia_cd@sina.com}}",
  // (b14-13) screenshot OCR of a complaint form with a line break inside the name
  "【图片文字】\n投诉人：{{?person_name:马\n晓燕}}  联系电话：{{mobile:13755126698}}\n被投诉单位：[[合肥市蜀山区金色童年幼儿园]]\n事由：园方收取[[教材费]][[860元]]，书只发了3本\n孩子：{{class_and_name:大二班马一鸣}}\n身份证：{{id_number:34010419890217302X}}",
  // (b14-15) English translation of a complaint with resident ID and class roster label
  "Complaint [[Tianhe Education Bureau Ref. 2026-0318]]: Mr. {{person_name:Liang Weijie}} (ID {{id_number:440106198509113270}}) says [[Guangzhou Tianhe Sunflower Kindergarten]] took a [[meal fee]] of [[RMB 650]] for [[April 2026]] via teacher {{person_name:Huang Meiling}}'s WeChat {{wechat:hml_1990gz}}. His son is listed as {{?class_and_name:Senior Class 3 Liang Zihao}}.",
  // (b14-16) pinyin payee name on a QR code, Douyin account
  "交[[延时服务费]][[900块]]的时候 收款码显示的是个人名字{{person_name:Chen Jing}}？？不是[[青岛市市南区海贝幼儿园]]的对公账户 转账记录里又显示{{?person_name:chenjing}} 问了yz 说是会计 会计微信{{wechat:chenjing0612}} 她还有个抖音号{{app_account:cj_kk1988}}天天晒名牌包 我是{{person_name:浩浩}}妈妈 {{mobile:177-6421-0938}}",
  // (b14-33) parent group screenshot with display names incl. Cindy张 and a masked phone
  "【微信群截图】小一班家长群(38)\n{{person_name:诺诺}}妈咪🍓：交[[开学费]]了吗\n138****2046：交了[[1880]]\n{{?person_name:Cindy张}}：这么贵 去年才[[1580]] 我抖音{{app_account:cindyzhang_nn}}发视频曝光\n班主任-{{person_name:蒋雯}}：物价局批了的哦\n{{person_name:鹏鹏}}爸爸：批文发一下？\n（[[南宁市青秀区七色光幼儿园]]）",
  // (b14-35) English complaint from a Korean parent, Xiaohongshu and KakaoTalk IDs
  "I'm {{person_name:Hannah Kim}} ([[Nanshan District]]). [[Shenzhen Bayview Kids Kindergarten]] asked for a [[photo album fee]] of [[RMB 398]]. Teacher {{person_name:Chloe Xie}} posts our kids on Xiaohongshu (ID {{app_account:95821736043}}). The notice was addressed to \"{{?class_and_name:K2 Blue Class - Jiwoo Kim}}\". KakaoTalk: {{app_account:hannah_k0417}}.",
  // (b14-38) OCR of a handwritten receipt, name broken across lines
  "收据\n今收到 {{?person_name:江\n海涛}} 交来\n[[保育教育费]] [[人民币叁仟贰佰元整]]\n（¥[[3200.00]]）\n幼儿 {{class_and_name:中（1）班江小鱼}}\n经手人 {{person_name:邹萍}}\n家长身份证 {{id_number:360102198604052810}}\n——[[南昌市东湖区贝贝幼儿园]]收据没盖章",
  // (b14-40) nicknames with 宝/哥, QQ-number email, Xiaohongshu ID
  "园里搞[[毕业照费]]要[[680]] 拍了个寂寞 {{?person_name:糖宝}}和{{?person_name:轩哥}}的照片都是P的 摄影是园长侄子{{person_name:钟浩然}} QQ邮箱{{email:857362194@qq.com}} 小红书号{{app_account:8834527190}} [[东莞市莞城区小精灵幼儿园]]",
  // (b14-47) English case narrative with building/unit address and child's birth date
  "[[Chaoyang MSA Case (2026) 303]]. On [[18 March 2026]] {{?person_name:Li Na}}, of {{address:Unit 1, Building 12}}, Wangjing Garden, {{address:No. 9}} Futong East Street, reported that [[Beijing Chaoyang Sunny Bear Kindergarten]] charged [[RMB 4,500]] in [[course fees]] for her daughter {{person_name:Wang Yutong}} (born {{birth_date:7 July 2020}}).",
  // (b14-48) anonymity-seeking complainants by initials, spaced name
  "举报人要求匿名 只说是大班家长{{person_name:ZJ}}和{{?person_name:陈J}} 反映[[哈尔滨市南岗区雪娃娃幼儿园]]收了两次[[取暖费]] 每次[[900元]] 会计{{person_name:于 洪 波}}说系统出错 但一直不退 {{person_name:ZJ}}电话{{mobile:155 4601 2879}} 扣扣{{qq:872615493}} 家里{{landline:0451-86723319}}",
  // (b14-54) forwarded WeChat receipt, payee display name with emoji
  "[转账]\n你已收款 ¥[[1,860.00]]\n收款人：🌷{{?person_name:晓红}}-小天鹅园长\n微信号：{{wechat:xiaohong_tj1975}}\n转账说明：{{?person_name:天天}}[[四月保教费]]\n[[天津市和平区小天鹅幼儿园]]让交到园长个人微信 不开票 之前还让转她农行卡{{bank_account:6228 4802 1234 5678 974}}",
  // (b14-57) English letter from an Indian parent, teacher's card, class label
  "I am {{person_name:Priya Sharma}}, mother of {{person_name:Aarav}} ({{?class_and_name:Sunflower-2 Aarav Sharma}}) at [[Suzhou Industrial Park Maple Leaf Kindergarten]]. In [[February 2026]] we paid a [[bilingual programme fee]] of [[RMB 9,800]] to Ms. Gu's card {{bank_account:6212261002012345679}}. Passport {{document_number:Z5518273}}, phone {{mobile:189 1356 2740}}.",
  // (b14-59) mixed English/Chinese teacher @all message, Alipay account
  "Teacher {{?person_name:Stella}}在群里@all：各位家长今天之前pay [[运动会服装费]][[¥128]]，转到{{person_name:Stella Ma}}的Alipay {{app_account:stella_ma_1992}}哦～ 我们是[[成都市高新区小太阳双语幼儿园]]，I think this is not allowed吧？孩子{{class_and_name:K1B班Ryan Li}}",
  // (b15-6) ID with letters O/l standing for digits, plate with spaces, WeChat, em-dash separated mobile
  "[[晨曦双语幼儿园]]举办者{{person_name:孙立伟}}以[[衔接班费]]名义每人收[[3 600元]]，承诺不满意全退，后来不认。他给家长签的担保书上身份证号我照抄：{{?id_number:33O1O6-l979O2l9-5436}}。他开的车{{licence_plate:浙A 8K3 27}}每天停园门口，家长群里他的微信是{{wechat:sunliwei_hz}}，手机{{mobile:157—0571—8820}}。",
  // (b15-9) homophone name variants, landmark-described building address, plain mobile, WeChat
  "[[童心幼儿园]]大班老师{{person_name:汪晓鸣}}（家长群里也有人写成{{?person_name:王小明}}，音同）私下办[[托管班]]，每月收[[1 500元]]。地点就在她家，幸福里小区东门进去第二栋，{{address:5号楼1单元302}}。报名时她要了家长身份证原件。她手机{{mobile:17723456890}}，微信{{wechat:wxm_tuoguan}}。",
  // (b15-24) partly masked names keeping a given character, per-digit ID with lowercase x, underscored ID, (at)(dot) email, spaced QQ
  "[[七色花幼儿园]]老师{{person_name:欧阳X华}}为催[[床位费]][[400元]]，把没交费家长的身份证号发到群里，比如我的{{id_number:6 1 0 1 1 3 1 9 9 5 0 4 3 0 2 5 4 x}}，还有{{?person_name:邢 梦}}的{{id_number:310115_19820923_1600}}，孩子{{?class_and_name:大三班张*涵}}也被点名。她QQ{{qq:1205 6788 9}}，邮箱{{email:ouyang_hua(at)163(dot)com}}。",
  // (b16-43) 家长投诉：停车管理费，带括号区号与分机，新能源车牌
  "我叫{{person_name:宁晓东}}，办公电话{{landline:（027）87659123转3306}}，手机{{mobile:18627095536}}。孩子{{?person_name:宁可}}在[[武汉市洪山区爱弥儿幼儿园]]读小班。今年3月起，园方要求每天开车接送的家长交“停车管理费”每月[[100元]]，我的车{{licence_plate:鄂A·D35719}}被登记在册。这个费用合理吗？[[保教费]]里不是已经包含了吗？我在抖音（{{app_account:ningxd_027}}）上问过别的家长，都交了。",
  // (b17-5) Yanji on-site inspection record
  "现场检查笔录\n检查时间：[[2026年5月12日]]9时30分\n被检查人：[[延吉市小星星幼儿园]]\n负责人：{{person_name:李顺姬}}，身份证号{{id_number:222401198808141285}}，住址：延吉市光明街{{address:536号3单元402室}}，联系电话{{mobile:13704435218}}\n检查情况：收费公示栏未公示[[伙食费]]标准；园方出具的收据显示向{{?class_and_name:小班的崔多恩}}家长收取[[伙食费]][[每月650元]]。\n被检查人签字：{{person_name:李顺姬}}",
  // (b18-11) OCR识别的询问笔录：姓名断行、l/O混淆（北京朝阳）
  "（扫描件OCR识别文本，未校对）\n询 问 笔 录\n第 1 页 共 2 页\n询问时间：[[2026年1月15日]]10时00分至11时10分\n询问地点：[[北京市朝阳区市场监督管理局]]望京所\n询问人：{{person_name:马 骏}}、{{?person_name:刘思\n远}}  记录人：{{person_name:刘思远}}\n被询问人：{{?person_name:李\n春梅}}  性别：女  民族：汉\n身份证号：{{id_number:11010519951l204042}}\n联系电话：{{mobile:139 1066 8273}}\n现住址：北京市朝阳区望京西路{{?address:48号金隅丽港城2l3楼1单元6O2}}\n问：你与[[北京市朝阳区彩虹桥国际幼儿园]]是什么关系？\n答：我儿子{{person_name:张 子轩}}在园里上大班，出生日期{{birth_date:2019年1月15日}}。\n问：你交过哪些费用？\n答：[[2025年9月]]交了[[保教费]][[6,500元]]，还有[[入园赞助费]][[20,000元]]，是交给招生主任{{person_name:韩冬}}的，她让我转到卡号{{bank_account:6212 2674 3337 5311 574}}。\n问：有没有收据？\n答：只有{{person_name:韩 冬}}手写的白条，上面写着“[[建园费]]”。\n（以下空白）\n被询问人：{{person_name:李春梅}}",
  // (b18-18) OCR识别的行政处罚决定书：数字O/l混淆、姓名中空格（南京鼓楼）
  "（OCR识别，原件为盖章扫描件）\n[[南京市鼓楼区市场监督管理局]]\n行 政 处 罚 决 定 书\n[[宁鼓市监罚〔2026〕44号]]\n当事人：[[南京市鼓楼区童心园幼儿园]]\n统一社会信用代码：[[52320106MJ3HQ0U42C]]\n法定代表人：{{person_name:朱 秀兰}}\n身份证号：{{id_number:3201O6198107049141}}\n联系电话：{{mobile:1385l907264}}\n经查，当事人于[[2025年9月]]以[[特色托管费]]名义向[[92名]]幼儿每人收取[[1,600元]]，合计[[147,200元]]，款项汇入会计{{person_name:钱 嘉怡}}个人账户{{bank_account:62170O2549619270}}。\n证据一：{{?person_name:孙\n浩}}的证言；证据二：{{person_name:韦丽娟}}提供的转账回单；证据三：{{person_name:朱秀兰}}的询问笔录。\n缴费家长：{{person_name:孙浩}}、{{person_name:韦丽娟}}、{{person_name:顾 明}}、{{?person_name:阎小\n妹}}等。\n依据[[《价格违法行为行政处罚规定》第七条]]，决定：责令退还[[147,200元]]，处罚款[[15,000元]]。\n[[2026年3月5日]]",
  // (b18-27) OCR识别的退费明细：卡号中O/l混淆、姓名断行（厦门湖里）
  "（OCR识别，表格线丢失，未人工校对）\n[[厦门市湖里区星辰幼儿园]][[幼小衔接课程费]]退费表 第3页\n{{person_name:黄志远}}  大一班  [[1,800.00]]  {{bank_account:62220238840O4906263}}  退至{{person_name:陈秀玲}}\n{{person_name:庄雅婷}}  大一班  [[1,800.00]]  {{mobile:l5959203817}}\n{{?person_name:蔡明\n辉}}  大一班  [[1,800.00]]  {{bank_account:621799826963659O282}}\n{{person_name:柯少华}}  大二班  [[1,800.00]]  {{mobile:138O5927164}}\n{{person_name:王 丽芬}}  大二班  [[900.00]]  {{bank_account:6222 6288 0299 3489 637}}\n{{person_name:傅 雨萱}}  大三班  [[1,800.00]]  {{mobile:186 5O12 9347}}\n{{?person_name:郑子\n墨}}  大三班  [[1,800.00]]  {{bank_account:6229O82533510798}}\n本页小计 [[11,700.00]]\n制表：{{?person_name:郑丽 华}}  出纳：{{person_name:洪小燕}}  [[2026年5月9日]]",
  // (b18-35) 退费明细：含出生日期列，制表符分隔（天津南开）
  "[[天津市南开区金苹果幼儿园]][[取暖费]]退还表（中二班，园方自制表格粘贴，无表头）\n{{person_name:邢沐晴}}\t中二班\t{{?birth_date:2020-03-15}}\t[[800.00]]\t{{mobile:13602143358}}\n{{person_name:孙一诺}}\t中二班\t{{?birth_date:2020-05-21}}\t[[800.00]]\t{{mobile:15822176049}}\n{{person_name:田小雨}}\t中二班\t{{?birth_date:2020-01-09}}\t[[800.00]]\t{{bank_account:6229081484927953197}}\n{{person_name:岳子涵}}\t中二班\t{{?birth_date:2019-11-30}}\t[[800.00]]\t{{mobile:13752069831}}\n{{person_name:卢梓豪}}\t中二班\t{{?birth_date:2020-07-02}}\t[[800.00]]\t{{bank_account:6212261185590409692}}\n{{person_name:庞思雨}}\t中二班\t{{?birth_date:2020-02-18}}\t[[800.00]]\t{{mobile:18622904517}}\n{{person_name:齐乐}}\t中二班\t{{?birth_date:2020-08-26}}\t[[800.00]]\t{{mobile:13920517834}}\t教师子女\n{{person_name:甄雅琪}}\t中二班\t{{?birth_date:2019-09-12}}\t[[800.00]]\t{{bank_account:6212267433375311574}}\n本页[[8人]]，合计[[6,400.00]]元；全班[[31人]]，合计[[24,800.00]]元。退费日期：[[2026年3月20日]]。\n经手：{{person_name:付晓丽}}  监督：{{person_name:任志刚}}（[[天津市南开区市场监督管理局]]）",
  // (b18-37) OCR识别的询问笔录：姓名与班级断行、O/l混淆（重庆渝中）
  "（扫描件识别文本，存在识别错误）\n询问笔录\n询问时间：[[2026年3月19日]]\n询问地点：[[重庆市渝中区市场监督管理局]]\n询问人：{{?person_name:冉光\n明}}、{{?person_name:向 丽}}\n被询问人：{{?person_name:蒋\n海涛}}，男，公民身份号码：{{id_number:5001O3198410029914}}\n电话：{{mobile:l77 8325 9061}}\n住址：重庆市渝中区中山三路{{?address:l31号枇杷山小区6栋l4-3}}\n问：你孩子在哪个班？\n答：{{?class_and_name:中二班蒋一\n鸣}}。\n问：你交了哪些费用？\n答：[[保教费]]每月[[2,600元]]，[[美术班]][[1,280元]]，[[轮滑班]][[1,480元]]，都是扫{{?person_name:谭小\n红}}的码交的。\n问：{{?person_name:谭小红}}跟你说过这是什么费用吗？\n答：她说是园长{{?person_name:冉秋 菊}}安排的[[课后延时服务费]]，不交的话孩子下午四点就得接走。\n问：你有转账记录吗？\n答：有，微信账单截图，我的微信号是{{wechat:jiang_ht_84}}。\n被询问人签名：{{person_name:蒋海涛}}",
  // (b18-38) 繁体：香港家长证人证言，择校费（深圳南山）
  "證人證言（繁體，證人親筆書寫）\n證人：{{person_name:黃詠詩}}\n香港身份證號碼：{{document_number:Z791996(5)}}\n港澳居民來往內地通行證號碼：{{document_number:H10452876}}\n聯絡電話：{{mobile:5432 1098}}（香港）\n電郵：{{email:wingsze.wong@netvigator.com}}\n住址：香港新界沙田大圍道{{address:38號金禧花園2座18樓F室}}\n本人之女{{person_name:梁芷晴}}於[[2025年9月]]入讀[[深圳市南山區蔚藍海岸幼兒園]]。入學前，招生老師{{person_name:方敏儀}}告知須繳[[擇校費]][[30,000元]]，否則不獲取錄。本人於[[2025年3月12日]]經銀行轉賬至{{?person_name:何佩玲}}之招商銀行帳戶{{bank_account:6225884489837370}}，{{person_name:方敏儀}}另以WhatsApp（{{mobile:6023 8817}}）發送收款指示，並稱「收據寫捐資助學就可以」。\n本人丈夫{{person_name:梁子軒}}當時在場，可以作證。以上所述均屬事實，本人願意出席[[深圳市南山區市場監督管理局]]的聽證。\n證人簽署：{{person_name:黃詠詩}}\n[[2026年5月20日]]",
  // (b18-42) 退费明细：电子收据邮箱列，复姓与英文名（上海浦东）
  "[[上海市浦东新区金桥橡果幼儿园]][[蒙氏教具费]]退费及电子收据发送清单（园方导出，未含表头）\n{{person_name:东方一诺}}  大二班  [[2,600.00]]  {{email:dongfangming@hotmail.com}}\n{{person_name:慕容子墨}}  大二班  [[2,600.00]]  {{email:murong.xiao@outlook.com}}\n{{person_name:令狐安然}}\t大一班\t[[2,600.00]]\t{{email:linghujia_sh@163.com}}\n{{person_name:端木子豪}}\t大一班\t[[2,600.00]]\t{{mobile:18601785423}}\n{{?person_name:Emily Zhang}}  中一班  [[1,300.00]]  {{email:emily.zhang.mom@gmail.com}}\n{{person_name:尉迟浩}}  中一班  [[2,600.00]]  {{email:yuchi_hao2020@126.com}}\n{{person_name:宇文悦}}  中二班  [[2,600.00]]  {{bank_account:6217992750668976}}\n合计[[7人]]，[[16,900.00元]]；电子收据由{{?person_name:上官婷}}（{{email:st_shangguan@126.com}}）于[[2026年6月2日]]统一发送。\n抄送：[[上海市浦东新区市场监督管理局]]",
  // (b18-47) OCR识别的整改报告：姓名断行、复姓、号码中l/O（西安雁塔）
  "（OCR识别文本，页眉页脚已删除）\n整 改 报 告\n[[西安市雁塔区教育局]]：\n根据[[雁教发〔2026〕18号]]通知要求，我园（[[西安市雁塔区曲江春芽幼儿园]]）整改如下：\n一、[[预留学位费]]已全部退还，共[[36人]]，[[180,000元]]。家长{{person_name:党 晓军}}、{{?person_name:雷\n娜}}已签字确认。\n二、[[保教费]]恢复为备案标准每月[[2,300元]]，多收部分按[[每月500元]]退还。\n三、园长助理{{person_name:薛 婷}}已停职，其个人支付宝（绑定手机{{mobile:l8192O63741}}）不再用于收费。\n四、财务负责人变更为{{?person_name:惠 丽}}，联系电话{{mobile:139 l926 8053}}。\n法定代表人：{{?person_name:白玉\n兰}}（身份证号{{id_number:61011319860306996l}}）\n[[2026年4月14日]]\n附：退费签收名单（节选）{{person_name:党晓军}}、{{person_name:雷娜}}、{{person_name:权 志刚}}、{{?person_name:惠\n敏}}、{{?person_name:呼延 明}}",
  // (b19-40) 泉州 WeChat moment with compact birth date
  "宝贝{{person_name:吴芊芊}}今天四岁啦🎂 {{?birth_date:20220316}}～ 顺便吐槽一下[[泉州市丰泽区]][[小天使幼儿园]]：[[伙食费]]从每月[[450元]]涨到[[620元]]，生日会还要收[[活动费]]每人[[80元]]。家长群里{{person_name:柯雅琳}}妈妈说要打[[12345]]，算我一个！孩子爸{{person_name:吴志鹏}}说我太较真。小红书也发了（小红书号{{app_account:419827360}}）。",
  // (b19-42) 厦门 grandmother dictating, name with 阿
  "阿嬷讲，我来打（孙女{{person_name:许晴}}）：阿嬷叫{{?person_name:许阿珠}}，外孙{{person_name:蔡子轩}}在[[厦门市湖里区]][[金山幼儿园]]读小班，园里收了[[床上用品费]][[460元]]，讲好要退，到现在没退。老师{{person_name:庄雅婷}}讲要等园长回来。你们打阿嬷女儿电话{{mobile:159 5926 0418}}，她微信{{wechat:caimama_xm_0418}}。",
  // (b19-43) 蚌埠 小王老师 apologizes; 王小丫 is her full name
  "各位家长好，我是小王老师。昨天在群里催交[[伙食费]]语气不好，向大家道歉。[[蚌埠市蚌山区]][[雨花幼儿园]]本月[[伙食费]]是每天[[16元]]，按实际出勤收，{{class_and_name:小三班 陈一一}}请假的5天会扣除，{{person_name:葛晨}}妈妈多转的[[64元]]已退。{{?person_name:王小丫}}（就是我）电话{{mobile:15255264413}}，有问题随时找我。",
  // (b19-53) 上海徐汇 parent, kindergarten on 建国西路, classmate named 许诺
  "[[上海市徐汇区]][[建国西路]]上的[[小蜜蜂幼儿园]][[2026年春季学期]]收[[兴趣班费]]每月[[¥1 500]]，说是自愿，可不报的孩子下午只能坐着。同班{{?person_name:许诺}}家也被劝报了。我是{{class_and_name:大一班俞乐}}的妈妈{{person_name:邵婷婷}}，电话{{mobile:138 1720 6653}}，身份证{{id_number:310104198804160625}}。",
  // (b21-2) Urumqi Uyghur mother, no punctuation, sunflower class, Douyin + WeChat
  "我是{{?class_and_name:向日葵班的阿依努尔}}妈妈{{person_name:古丽米拉·艾买提}} 孩子{{birth_date:2021年4月8号}}出生的 [[乌鲁木齐市天山区]][[童心幼儿园]]说不交[[舞蹈班费]][[1800]]就不让进教室 钱还要转园长个人微信{{wechat:yuanzhang_mlk1688}} 我转了有截图 视频也发抖音了抖音号{{app_account:dy_gulimila0621}} 电话{{mobile:199 0991 5623}} 身份证{{id_number:652801198706053622}} 家住友好南路{{address:633号美居花园3栋2单元701}} 求求领导管管",
  // (b21-5) Hohhot journalist: Mongolian names, kindergarten name containing the name 白云, repeated name
  "记者在[[呼和浩特市赛罕区]][[蓝天白云幼儿园]]门口见到家长{{person_name:乌云其其格}}。她拿出一沓收据：[[伙食费]][[每月650元]]，可孩子每天只在园里吃一顿午饭。她女儿{{class_and_name:中（1）班的其木格}}是{{birth_date:2021.09.17}}出生的，“保育员{{person_name:白云}}老师私下说饭钱早就不够用了”。园方财务{{person_name:巴特尔}}回应称收费已报[[赛罕区教育局]]备案。{{?person_name:乌云其其格}}留下邮箱{{email:wuyun.qqg@163.com}}和QQ{{qq:2750018463}}，希望有关部门核查。",
  // (b21-9) Hangzhou OCR receipt: spaced name, letter O for 0 in card and phone, G+ID student number
  "[OCR识别结果] 收 据 No.0021573 日期：2025-09-01 交款人：{{?person_name:楼 佳 慧}} 幼儿：{{class_and_name:中二班 俞子涵}} 学籍号：{{document_number:G330106202105260040}} 项目：[[保教费]] [[4,200.00]] [[伙食费]] [[900.00]] [[建园费]] [[3,000.00]] 合计：[[捌仟壹佰元整]] 收款方式：转账至{{bank_account:6217 0OO1 5023 6648 917}} 收款人：{{person_name:应丽君}} 手机{{mobile:1586812O473}} [[杭州市西湖区]][[天天向上幼儿园]]（财务专用章）",
  // (b21-11) German mother in Pudong, English/Chinese mix, passport, dd/mm/yyyy birthday
  "Hi, I'm {{?person_name:Anna Müller}}, mother of {{?class_and_name:K2-B班的Leon Müller}} at [[浦东新区]][[星河国际幼儿园]]. The school asked us to pay [[capital fee]] RMB [[15,000]] + [[保教费]] RMB [[98,000/学年]] for 2 years in advance. 我们已经付了，但是收款的是个人账户 {{bank_account:6225 8821 4403 7719}}。我的护照号 {{document_number:C4RJ7K2M9}}（德国），mobile {{mobile:+86 186 2173 0954}}, email {{email:anna.mueller@gmx.de}}. We live in 碧云国际社区{{address:7号楼1102}}. Leon's birthday: {{birth_date:05/12/2020}}.",
  // (b21-17) Guilin voice-to-text: pet name 小石头 with 托班, Chinese-digit birth date and mobile
  "语音转文字：喂你好我是{{person_name:蒙丽娟}} 我娃是{{?class_and_name:托班的小石头}} 哦大名叫{{person_name:蒙子轩}} {{?birth_date:二三年十月二十二号}}生的 身份证{{id_number:450305202310228674}} 在[[桂林市七星区]][[七彩贝贝幼儿园]] 他们收了一学期[[托管费]][[九千八]] 现在娃生病没去也不退 还让我们转到财务的卡 卡号是{{bank_account:6230 9011 7760 2258 431}} 我手机{{mobile:一五九七七三二八八零四}} 住七星路{{address:12号医学院宿舍4栋302}}",
  // (b21-21) Baotou officer supplement: two Inner Mongolia plates (NEV and ordinary), repeated bare name
  "补充说明：1.家长{{?person_name:斯琴}}反映的[[校车费]]问题，经核实[[包头市昆都仑区]][[草原之星幼儿园]]用于接送的车辆为{{licence_plate:蒙B·D56781}}、{{licence_plate:蒙B3K925}}，登记车主均为园长{{?person_name:敖登格日乐}}。2.[[校车费]]按[[每月260元]]收取，[[2025年秋季学期]]共[[68名幼儿]]缴纳，合计[[88,400元]]。3.{{?person_name:斯琴}}之女{{?class_and_name:小（2）班的娜仁}}，{{birth_date:2022-07-15}}生，身份证号{{id_number:15020220220715814X}}。",
  // (b21-27) Macau father in Zhuhai: Macau ID with check digit in parentheses, M-prefixed permit
  "投诉人{{person_name:何家豪}}，澳门居民，澳门居民身份证{{document_number:5218736(3)}}，回乡证{{document_number:M10385721}}，住所：拱北迎宾南路{{address:1083号华发新城5期3栋2201}}。其女{{?class_and_name:小班甲班的何芷晴}}在[[珠海市香洲区]][[海湾之星幼儿园]]就读。园方向其收取[[2025学年]][[借读费]][[8,000元]]，称“港澳籍幼儿须另缴”。经查该收费项目无依据。投诉人联系电话{{mobile:0086 137 2631 0094}}。",
  // (b21-28) Shigatse officer: heating fee, accountant's postal savings card, count of receipts
  "[[日喀则市桑珠孜区]][[雪莲花幼儿园]]于[[2025年秋季学期]]向[[39名幼儿]]收取[[取暖费]]每生[[500元]]，该费用未列入公示项目。收款人为园方会计{{person_name:普布次仁}}（身份证{{id_number:542301199302095510}}），收款账户为其个人邮储卡{{bank_account:6210 9855 4000 1347 726}}。家长代表{{?person_name:央金}}（手机{{mobile:139 8902 4415}}）提供收据[[39张]]，合计[[19,500元]]。",
  // (b21-30) Xi'an findings: Xiaohongshu numeric id, Kuaishou id, surname 同 (a common word)
  "[[西安市雁塔区市场监督管理局]]查明：[[启智乐园幼儿园]]园长{{?person_name:同丽}}通过其个人小红书号{{app_account:5827419036}}及快手号{{app_account:ks_tongli_qzly}}发布“[[暑期托管]][[1,980元/月]]”广告，实际另收[[餐点费]]每月[[600元]]，未在广告及园内公示。经办人{{person_name:党小龙}}（身份证{{id_number:610113199106045816}}）系{{?person_name:同丽}}丈夫，负责收款，收款账户为其个人农行卡{{bank_account:6228 4809 2270 5531 164}}。作出[[雁市监处罚〔2026〕5号]]决定。",
  // (b21-32) Hong Kong mother in Shenzhen writing Cantonese in traditional characters, HKID, romanised name
  "我係香港人{{?person_name:Cheung Wing Yan}}（{{?person_name:張詠欣}}），香港身份證{{document_number:Y542893(6)}}，個仔{{class_and_name:K1班張卓霖}}喺[[深圳南山區]][[維多利亞雙語幼稚園]]讀書。學校要我哋預繳[[兩年學費]][[HK$120,000]]，話係“留位費”，仲要過數入校長私人戶口{{bank_account:6225 7589 3012 4477}}。我手機{{mobile:+86 188 2315 6640}}，電郵{{email:wingyan.cheung@yahoo.com.hk}}，仔仔生日{{birth_date:2021年11月2日}}。",
  // (b21-33) Nanchang 12345 summary: names that are words (文静, 向阳), Douyin + WeChat + spaced QQ
  "工单摘要：市民{{person_name:熊文静}}来电，反映[[南昌市红谷滩区]][[七色花幼儿园]]强制报名[[兴趣班]]，[[美术]]每学期[[1,600元]]，由园长{{?person_name:涂向阳}}通过个人抖音号{{app_account:tuxiangyang_yz}}宣传后用微信{{wechat:tuxy-7788}}收款。市民QQ：{{qq:921 445 608}}，手机：{{mobile:186-7913-2205}}，座机：{{landline:0791-8612 7730}}。诉求：退费并查处。已转[[红谷滩区教育体育局]]。",
  // (b21-34) Fuzhou WeChat chat screenshot: ID split in groups, finance staff pushes personal card and Alipay
  "（家长{{person_name:林秀英}}提供的微信聊天截图，身份证{{id_number:350102 19840525 8400}}，住左海花园{{address:7座601}}）财务（微信号{{wechat:zhengyan_fz}}）：{{class_and_name:大二班陈思妤}}妈妈，下学期[[保教费]][[8,600]]、[[伙食费]][[2,100]]，现在交优惠[[300]]哦～转我个人卡就行：{{bank_account:6217 8560 0012 7635 281}} {{?person_name:郑燕}} 中国银行。家长：不是交园里对公账户吗？财务：对公要扣手续费呀，或者支付宝转我{{bank_account:2088 6120 9437 5510}}也行。（[[福州市鼓楼区]][[榕树下幼儿园]]）",
  // (b21-43) Guiyang Miao mother: deposit not refunded, repeated name, estate-only address
  "家长{{?person_name:龙阿妹}}（苗族）反映：[[贵阳市南明区]][[花溪谷幼儿园]]学期末要求交下学期[[定金]][[1,000元]]，转入园长{{person_name:杨国富}}个人账户。孩子{{class_and_name:中班一班龙小雨}}（{{birth_date:2021.11.03}}生）因家庭搬迁转园，园方称“定金不退”。{{?person_name:龙阿妹}}住万科城二期{{address:21栋1单元802}}，联系方式{{mobile:152-8511-6073}}、QQ{{qq:2964107531}}。",
  // (b21-46) Quanzhou officer: fees routed to principal's daughter abroad, passport, repeated name
  "[[泉州市丰泽区]][[小海豚幼儿园]]于[[2025年秋季学期]]开学时向新生收取[[入园报名费]]每人[[500元]]，共[[88人]]，合计[[44,000元]]。款项经园长{{?person_name:黄阿娇}}指示汇入其女{{person_name:黄诗涵}}名下银行卡{{bank_account:6230 5800 0045 1127 692}}，并由其通过微信{{wechat:hsh19980214}}逐一确认。{{person_name:黄诗涵}}身份证{{id_number:350503199802140222}}，住丰泽街{{address:501号东湖花园6幢1903}}，现于境外留学，护照号{{document_number:EH4829163}}。",
  // (b21-53) Dongguan fee ledger pasted as pipe table: class and name in one cell, birth-date column
  "（园方收费台账摘录，由财务{{person_name:钟丽华}}提供）[[东莞市南城街道]][[富力幼儿园]] 序号|班级 幼儿|出生日期|家长|金额|收款方式 1|{{class_and_name:小一班 谢梓萱}}|{{?birth_date:2022-03-14}}|{{?person_name:谢文斌}}|[[3,980]]|转{{bank_account:6214 8377 6620 1093}} 2|{{class_and_name:小一班 莫子轩}}|—|{{?person_name:莫小燕}}|[[3,980]]|微信{{wechat:moxy_0769}} 合计[[7,960]]",
  // (b21-56) Zhuzhou parent social post: birth certificate number, two-digit-year birth month, Xiaohongshu id
  "[[株洲市天元区]][[童话森林幼儿园]]的家长们注意！园里收[[研学费]]每人[[1,200元]]去的是隔壁公园。退费还要孩子出生医学证明，我家的编号{{document_number:R430265891}}都交上去了还不退！我家娃{{?birth_date:21年7月}}的。园长{{person_name:易红霞}}电话{{mobile:135-7332-9018}}、微信{{wechat:yhx_tonghua}}大家都打，她开的{{licence_plate:湘B·7M2K0}}天天停园门口。我在小红书号：{{app_account:95627183}}发了维权贴，邮箱{{email:zzmama_2021@163.com}}",
  // (b21-57) Jiujiang: complainant named 江南, 皇甫 principal, landline with dash extension, sohu mail
  "[[九江市濂溪区]][[庐山脚下幼儿园]]园长{{person_name:皇甫立新}}于[[2025年11月]]通知家长缴纳[[2026年春季学期]][[保教费]]及[[伙食费]]，要求按每生[[7,680元]]转入其个人账户{{bank_account:6217 9950 8000 2236 418}}。投诉人{{?person_name:江南}}（单位电话{{landline:0792-8213456-8012}}，QQ{{qq:1207755843}}，邮箱{{email:jiangnan_jj@sohu.com}}，住濂溪花园{{address:9栋2单元502}}）称，园长驾驶{{licence_plate:赣G·6M3Q1}}到家中催缴。",
  // (b21-59) Wanzhou 12345 transfer: name 向东, Weibo handle containing the name, medical insurance number
  "[[12345]]转办单：[[万州区]]市民{{person_name:向东}}反映[[三峡宝贝幼儿园]]收取[[医保代缴手续费]]每人[[30元]]。经核实，该园为幼儿代办城乡居民医保，另收手续费。来电人提供孩子医保卡号{{document_number:H50010100023478}}作为缴费凭证，并在微博{{?app_account:@向东在万州}}发帖。来电人QQ{{qq:409127365}}，座机{{landline:023-5822 4471}}。另称园长{{person_name:谭红}}每日驾驶{{licence_plate:渝F·3B207}}接送部分幼儿并收费。",
  // (b22-3) Xiaohongshu post: pet name, class+name with 的, xiaohongshu id, wechat id
  "小红书笔记转录：姐妹们避雷[[安然双语幼儿园]]！！我家{{?person_name:豆包}}去年9月入园，报名时说好[[保育教育费]]每月[[3980元]]全包，结果开学又冒出[[餐点费]][[650元]]/月、[[床品费]][[800元]]。我去找园长理论，她说是家长自愿的😅 同班{{class_and_name:中(2)班的沈梓涵}}妈妈也被收了。有同样情况的私我，小红书号{{app_account:4739201856}}，或者加我微信{{wechat:doubao_mama0915}}，我们一起去[[市场监管局]]投诉。",
  // (b22-8) lawyer's letter: English name, passport, compound-surname lawyer, +86 mobile, legal citation
  "律师函\n致：[[深圳市福田区小橡树国际幼儿园]]\n本所接受{{?person_name:Kevin Liu}}（中文名{{person_name:刘凯文}}，护照号码{{document_number:E58304127}}）委托，就其子{{person_name:刘子墨}}入园时被收取[[建园费]][[30000元]]、[[捐资助学费]][[20000元]]事宜致函贵园。依据[[《幼儿园收费管理暂行办法》第十三条]]，幼儿园不得收取与入园挂钩的赞助费、捐资助学费、建园费。请于收函之日起[[7日]]内将上述款项退至委托人账户{{bank_account:6217001830002765439}}。\n联系人：{{person_name:上官雨桐}}律师，电话{{mobile:+86 137 2804 6619}}，邮箱{{email:shangguan.yt@hwlawfirm.cn}}\n[[广东华文律师事务所]]  [[2026年10月8日]]",
  // (b22-14) officer supplement: Uyghur names with middle dot, child birth date, spaced card, ID with X
  "补充说明：投诉人{{person_name:阿依古丽·买买提}}系[[乌鲁木齐市天山区]]居民，其子{{person_name:艾克拜尔}}（{{birth_date:2021年8月30日}}出生）在[[天山区启航双语幼儿园]]就读。该园在[[2026年秋季学期]]以“[[双语强化班]]”名义加收[[2000元]]。投诉人丈夫{{person_name:买买提江·吐尔逊}}（身份证号{{id_number:65010219870417008X}}）于[[2026年9月5日]]通过银行转账缴费，付款卡号{{bank_account:6225 8802 1345 6789 016}}。投诉人另称，班主任{{?person_name:热孜万古丽}}曾在家长群表示“不交就调班”。投诉人联系电话{{mobile:199 9102 4587}}。",
  // (b22-15) Lhasa transferred ticket: Tibetan names, single-name principal before 承认-type quote, 格桑花幼儿园 kept next to 格桑梅朵
  "[[拉萨市城关区]]12345转办件：来电人{{person_name:次仁卓嘎}}反映，女儿{{?person_name:格桑梅朵}}在[[城关区格桑花幼儿园]]读小班，园方要求一次性缴纳全年[[保育教育费]][[14400元]]，不接受按学期缴费。来电人称已向园长{{?person_name:达瓦}}提出异议，对方说“这是董事会定的”。来电人身份证号{{id_number:54010219901108003X}}，家住北京中路{{address:36号2单元301室}}，手机{{mobile:13989001276}}。经核，[[《幼儿园收费管理暂行办法》第七条]]规定保育教育费按月或按学期收取，不得跨学期预收。",
  // (b22-16) interrogation excerpt: Mongolian names, ISO birth date, landline, payee on receipt, Inner Mongolia plate
  "询问笔录（节选）\n被询问人：{{person_name:其木格}}，出生日期{{birth_date:1989-06-22}}，身份证号{{id_number:150102198906220024}}，联系电话{{landline:0471-6923847}}\n问：你丈夫{{?person_name:宝力德}}是否知道收费情况？\n答：知道，钱是他从自己卡上转的。女儿{{person_name:苏日娜}}在[[新城区草原之星幼儿园]]，园里说[[2026年秋季学期]]起每月加收[[蒙古语特色课程费]][[350元]]，没有发票，只给了一张收据，收款人写的是{{?person_name:巴图孟和}}。\n问：你还有其他材料吗？\n答：有转账截图，缴费通知还放在他的车{{licence_plate:蒙A·3B8C2}}上。",
  // (b22-18) foreign teacher statement: English names, US passport, 国庆 as holiday vs 乜国庆 as person, name before 承认
  "询问笔录摘要：外籍教师{{person_name:Sarah Johnson}}（护照号{{document_number:563018274}}）称，[[2026年]]国庆假期后，[[安然双语幼儿园]]将其所授[[英语外教课]]单独向家长收费，每生每学期[[3600元]]，收款二维码为园长丈夫{{person_name:乜国庆}}的个人收款码。她本人并不知情，直到家长{{person_name:Emily Zhang}}（{{person_name:张艾米}}）发邮件问她。{{?person_name:Sarah Johnson}}提供了该邮件，其邮箱为{{email:sarah.j.teach@gmail.com}}。{{person_name:乜国庆}}承认收款，称“外教是我们花大价钱请的”。",
  // (b22-26) refund notice to a parent named 平安: 平安银行 kept, 平平安安 unmarked, spaced card, staff landline and email
  "退费说明（[[阳光宝贝幼儿园]]致家长）：{{?person_name:卢平安}}家长您好，您孩子{{person_name:卢一诺}}[[2026年秋季学期]]多缴的[[兴趣班费]][[2100元]]已于[[2026年10月9日]]退至您在[[平安银行]]的账户{{bank_account:6229 0838 3712 3456 786}}。祝孩子平平安安、快乐成长。如有疑问，请联系财务{{person_name:覃晓燕}}，电话{{landline:0755-83265419}}，回执请发至{{email:qin.xiaoyan@ygbaobei.com}}。",
  // (b22-36) supplement: three plates in three shapes (dotted, new-energy, space) each followed by owner name in parentheses
  "补充说明：举报人称[[蓝精灵幼儿园]]向接送车辆收取“[[停车管理费]]”每学期[[300元]]，登记表上有车牌和家长姓名。经核，登记表所列{{licence_plate:鲁B·7Q2M5}}（{{?person_name:臧立伟}}）、{{licence_plate:鲁BD36971}}（{{person_name:匡晓倩}}）、{{licence_plate:鲁U 8K603}}（{{person_name:隋文博}}）等[[46辆]]车均已缴费，合计[[13800元]]。幼儿园门前道路为市政道路，园方无权收费。该项收费已责令退还。",
  // (b22-46) Xiaohongshu post: twins 二丫/团团, traps 急得团团转 and 快快乐乐, cashier named 乐乐 after 问 ... 要
  "[[宝贝乐园幼儿园]]家长{{person_name:田春生}}在小红书（小红书号{{app_account:27738164590}}）发帖：我家{{?person_name:二丫}}和{{?person_name:团团}}是双胞胎，园里说第二个孩子[[保育教育费]]不打折，还要每人交[[1000元]]“[[安全保证金]]”。交钱那天我急得团团转，园长说让孩子快快乐乐上学比啥都强。我问财务{{person_name:左乐乐}}要收据，她说保证金不开票。有同样遭遇的加我QQ{{qq:1530276648}}。",
  // (b22-47) Douyin caption: child 一诺 vs idiom 一诺千金, mother 安然, class+name with 的 and given name only, Douyin id, wechat
  "抖音视频文案（作者授权转载）：我是{{person_name:一诺}}妈妈{{person_name:宁安然}}，抖音号{{app_account:yinuo_mom_2021}}。{{person_name:一诺}}是{{birth_date:2021年2月28日}}出生的，现在在[[启航幼儿园]]中(1)班。园长当初一诺千金似的保证，报名交的[[8000元]]“[[学位预留费]]”开学后抵学费，结果[[2026年秋季学期]]开学说不抵了。隔壁{{?class_and_name:中(2)班的梓涵}}家也一样。想一起维权的加微信{{wechat:ningar_2021}}。",
  // (b23-8) Qingdao parent, long run-on sentence, compound address without road, principal's WeChat
  "我家孩子{{person_name:孙铭泽}}，{{?birth_date:2021.12.02}}的，去年九月进的[[市南区]][[海之韵幼儿园]]托班，当时说好一个月[[2200元]]全包，结果后来又是[[兴趣班费]]又是[[空调费]]，一学期下来多交了[[1650元]]，我去问财务邢会计她说这是园里规定有意见找园长，园长{{person_name:曲红梅}}电话不接，加了她微信{{wechat:quhm_qd1976}}也不回，我们家就住海信麦岛金岸{{address:3号楼2单元1101}}，离园不到五百米，要不是图近谁受这个气，电话{{mobile:153-0532-8874}}，希望领导给个说法",
  // (b23-15) Kunming cleaned-up decision summary leaking a plate, child's pet name and teacher's name
  "[[昆明市五华区市场监督管理局]]于[[2025年11月3日]]作出[[五市监罚〔2025〕88号]]行政处罚决定。经查，[[五华区七彩云幼儿园]]于[[2025年春季学期]]向[[74名]]幼儿家长收取“[[寒暑假托管费]]”每人[[2400元]]，合计[[177600元]]，另向驾车接送的家长收取“[[车辆停放费]]”每月[[100元]]。投诉人李某登记的车辆为{{licence_plate:云A·D69318}}，其子{{person_name:豆豆}}寒假期间实际入园仅[[5天]]。{{?person_name:豆豆}}所在班级教师{{person_name:段玉兰}}证实托管期间未开展保教活动。",
  // (b23-31) Lhasa Tibetan mother: heating fee, address with compound name between house number and flat
  "我叫{{person_name:次仁卓玛}}，女儿{{?person_name:丹增央宗}}{{birth_date:2021年1月9日}}出生，在[[拉萨市城关区]][[格桑梅朵幼儿园]]上小班。园里说冬天要烧暖气，每个孩子另交[[取暖费]][[900元]]，可是我们交的[[保育费]]里本来就包括了。我住北京中路{{address:46号康桑苑5栋1单元302}}，手机{{mobile:18989004372}}，有什么需要补充的材料可以打给我。",
  // (b23-35) Shenzhen Futian cleaned-up draft leaking teacher's WeChat ID, phone last 8 digits, class+pet name
  "[[深圳市福田区市场监督管理局]]查明，[[福田区香蜜湖幼儿园]]教师要求家长添加其个人微信（微信号{{wechat:tt_teacher_0906}}）缴纳“[[美术材料费]]”每人[[350元]]，涉及[[31名]]幼儿，合计[[10850元]]，未开具任何票据。投诉人陈某（手机后8位{{mobile:23457781}}）反映，其女{{class_and_name:中三班朵朵}}未缴费后，美术课被安排在教室外等候，{{?person_name:朵朵}}因此情绪低落。该局已责令退还全部款项。",
  // (b23-42) Wuxi officer narrative: Hong Kong/Macau travel permit numbers collected for a study tour
  "[[无锡市梁溪区市场监督管理局]]查明，[[梁溪区启航国际幼儿园]]以组织“港澳研学”为由，向[[28名]]大班幼儿家长收取[[研学费]]每人[[8600元]]，合计[[240800元]]，并收集幼儿往来港澳通行证信息。家长{{person_name:薛晨}}（微信{{wechat:xuechen_2016}}，邮箱{{email:xuechen_wx@139.com}}）提交的其子{{?person_name:薛以沫}}通行证号为{{document_number:CA9273815}}，该活动最终未成行，园方仅退还[[3000元]]。经办人为该园副园长{{person_name:华丽萍}}，联系电话{{mobile:189 2153 6607}}。",
  // (b24-7) Jinan OCR'd refund sign-in slip: spaced characters, line break inside a name, spaced ID and phone
  "退 费 签 收 单\n[[济南市历下区]][[历下区育才之星幼儿园]]\n今收到园方退还的[[2023年秋季学期]][[校车费]][[960元]]。\n幼儿：{{person_name:亓 子 涵}}　班级：小一班\n家长签字：{{person_name:逄 晓 静}}\n身份证号：{{id_number:3701 0219 9107 2314 43}}\n联系电话：{{mobile:158 6675 2319}}\n退款方式：原路退回 {{bank_account:6222 6003 1002 5461}}\n————————\n幼儿：{{person_name:訾 雨 桐}}　班级：小一班\n家长签字：{{?person_name:訾\n明 远}}\n联系电话：{{mobile:1 3 5 0 6 4 1 8 8 2 7}}\n签收日期：2024.01.15",
  // (b24-13) Kunming WeChat group transcript: teacher's WeChat, display names that are real names, Yi children's names
  "【[[昆明市五华区星语幼儿园]]小二班家长群】聊天记录（[[2023年9月4日]]）\n{{person_name:段红梅}}老师 08:12：请各位家长今天内交[[床上用品费]][[450元]]和[[园服费]][[380元]]，转我微信{{wechat:dhm_1986km}}就行\n{{person_name:彤彤}}妈 08:15：1. {{class_and_name:小二班 李彤}} 已交830\n{{?person_name:者晓雨}}外婆 08:20：2. {{?class_and_name:小二班 者晓雨}} 已交830\n{{?person_name:阿西拉则}} 08:31：3. {{class_and_name:小二班 阿西木嘎}} 已交830（爸爸代交）\n段老师 08:40：没交的家长私聊我，或打我手机{{mobile:13888214570}}",
  // (b24-15) Guiyang ledger rows without header, tab-separated: child, child ID, parent, phone, amount, account
  "附[[贵阳市南明区花果园贝贝幼儿园]]缴费台账截取三行（原表无表头，列依次为班级、幼儿、身份证号、家长、电话、金额、账号）：\n小一班\t{{person_name:杨子轩}}\t{{id_number:520102202101030459}}\t{{person_name:杨光荣}}\t{{mobile:18685102243}}\t[[4,680]]\t{{bank_account:6230615710042635}}\n小一班\t{{person_name:龙美美}}\t—\t{{person_name:龙启明}}\t{{mobile:13595087316}}\t[[4,680]]\t{{bank_account:6229083391021183}}\n小二班\t{{?person_name:吴阿妹}}\t—\t{{person_name:吴金花}}\t{{mobile:15185027761}}\t[[4,680]]\t{{bank_account:6227001540039171}}\n其中[[保育教育费]]备案标准为[[3,200元]]，超收[[1,480元]]/人。",
  // (b24-17) Hohhot parent's complaint in 「」: Mongolian names, principal's car plate, app account, phone, email
  "家长投诉原文（节选，经本人同意公开）：「我是[[新城区草原明珠幼儿园]]{{class_and_name:中一班巴特尔}}的爸爸{{?person_name:乌日根}}。园长{{?person_name:斯琴}}每天开着自己的{{licence_plate:蒙A·D6281}}接送孩子，每月收[[校车费]][[450元]]，可这车根本没有校车资质。我在『掌通家园』里的账号是{{app_account:wrg_batu2019}}，缴费记录都在里面。同班{{?person_name:乌兰托娅}}家也交了。我电话{{mobile:15148177302}}，邮箱{{email:wuerigen@sina.com}}，欢迎[[呼和浩特市新城区教育局]]核实。」",
  // (b24-19) Yinchuan inspection record: Hui names, principal's ID, two car plates (old and new-energy format)
  "现场检查笔录（节选）\n检查地点：[[银川市兴庆区]][[兴庆区清河幼儿园]]（兴庆区清和南街265号）\n在场人员：园长{{person_name:马福祥}}（身份证{{id_number:640104199001011555}}）、副园长{{person_name:纳麦燕}}（{{mobile:13995106683}}）、保育员{{?person_name:锁海霞}}\n检查情况：园区门口停放{{licence_plate:宁A·5X827}}、{{licence_plate:宁AD38271}}两辆车，经询问分别为{{person_name:马福祥}}和教师{{?person_name:撒玉兰}}所有，用于[[接送服务费]]项目，每生每月[[260元]]，共[[48名]]幼儿缴纳。\n记录人：{{?person_name:海东升}}",
  // (b24-23) Shenyang refund list as headerless pipe rows: class+child in one cell, parent, spaced bank account
  "[[沈阳市和平区]][[和平区春苗幼儿园]][[特长班费]]退费清单（无表头，财务导出）：\n| {{class_and_name:大(3)班赵一鸣}} | 父 {{?person_name:赵刚}} | {{bank_account:6222 0314 0401 2233}} | 工商银行 | [[2,150元]] |\n| {{class_and_name:大(3)班 钱多多}} | 母 {{?person_name:邹晓丹}} | {{bank_account:6223 0287 1032 8468}} | 工商银行 | [[2,150元]] |\n| {{class_and_name:中(1)班关小雨}} | 母 {{?person_name:关颖}} | {{bank_account:6259 6502 1003 7146}} | 交通银行 | [[1,720元]] |\n清单由园财务{{person_name:滕秀珍}}制作，联系电话{{mobile:13840087215}}。",
  // (b24-25) Nanchang OCR'd interview: spaced name/ID/phone, line breaks inside address and child's name
  "询 问 笔 录\n（[[南昌市东湖区教育体育局]]）\n被询问人：{{person_name:熊 春 兰}}　性别：女\n身份证号：{{id_number:3401 0419 8604 1130 29}}\n出生日期：{{birth_date:1986年4月11日}}\n住 址：八一大道{{address:357号\n2栋1单元\n602室}}\n电 话：{{mobile:1 3 9 7 9 1 2 6 0 4 8}}\n问：你女儿叫什么，在哪个园？\n答：{{?person_name:涂\n欣怡}}，身份证{{id_number:360102202102250162}}，在[[东湖区启蒙星幼儿园]]小班。园长{{person_name:熊 伟}}让我们交[[学位预留费]][[5,000元]]。",
  // (b24-26) Hefei WeChat 接龙 with half/full-width spacing, pet name, teacher's WeChat and QQ (储老师 unmarked)
  "#接龙\n[[蜀山区童梦幼儿园]]大二班 [[暑期托管费]][[1500元]]\n例：大二班 XXX妈妈 已交\n1. {{class_and_name:大二班 汪梓睿}}妈妈 已交1500\n2.{{class_and_name:大二班 陶乐乐}}爸爸 已交1500\n3. {{class_and_name:大二班 鲍一涵}}奶奶 已交 1500(现金给储老师了)\n4. {{class_and_name:大二班 豆豆}}妈妈 已交1500\n5. {{?class_and_name:大二班　疏欣然}}妈妈 明天交\n6. {{class_and_name:大二班 程诺}}妈妈（{{person_name:方莉}}）已交1500\n——\n储老师：收到。没加我微信的家长加一下{{wechat:chu_teacher_tm}}，或者QQ {{qq:846213579}}\n（[[合肥市蜀山区教体局]]调取）",
  // (b24-28) Taiyuan rectification report with responsible staff, two refund rows and principal's landline
  "[[小店区晨光幼儿园]]整改报告\n一、已停止收取[[兴趣特长费]]；\n二、已于[[2024年5月30日]]前完成退费[[83户]]，共[[99,600元]]；\n三、对责任人{{person_name:郝建平}}（副园长）、{{person_name:武晓红}}（出纳）通报批评。\n附：退费清单（前两户）\n{{class_and_name:中一班 郝梓轩}}　家长{{?person_name:郝俊峰}}　幼儿身份证{{id_number:140105202005030692}}　[[1,200元]]\n{{?class_and_name:中一班 卫若曦}}　家长{{?person_name:卫东}}　{{mobile:13834512780}}　[[1,200元]]\n报告人：园长{{person_name:白玉琴}}　电话：{{landline:0351-7026635}}\n（报[[太原市小店区教育局]]）",
  // (b24-29) Haikou parent's complaint in 「」: child's DOB in dotted format, principal's WeChat, parent's ID, address, plate
  "家长{{person_name:符海燕}}投诉（同意公开部分）：「我儿子{{person_name:王子豪}}（{{?birth_date:2019.11.12}}）在[[龙华区椰林湾幼儿园]]上大二班。园里说要交[[入园考察费]][[2,000元]]才给报名，我[[2023年8月]]转到园长{{person_name:吉春花}}的微信{{wechat:jch_yelinwan}}。我身份证{{id_number:46010619890716128X}}，住滨海大道{{address:105号百方广场C座2309}}，手机{{mobile:18976623015}}，车牌{{licence_plate:琼A·3M8R6}}，园门口的监控能查到我每天送孩子。」\n[[海口市龙华区教育局]]已核实。",
  // (b24-30) Lanzhou e-receipt list with circled numbers: class+child items and parent emails
  "[[城关区小雨点幼儿园]]电子退费凭证发送名单（[[兰州市城关区]]）：\n①{{class_and_name:大一班马小龙}}——{{email:ma_family2019@163.com}}\n②{{class_and_name:大一班 何苗苗}}——{{email:hemm_mom@qq.com}}\n③{{class_and_name:大二班蒲思雨}}——{{email:pusiyu.parent@sina.cn}}\n④{{?class_and_name:大二班 火一凡}}——{{email:huo.yifan@139.com}}\n以上均退[[课后服务费]][[1,260元]]。经办：{{person_name:牛建军}}（{{mobile:13919014476}}）",
  // (b24-40) Xichang teacher interview: DOB, ID, address, QQ, Yi names, principal's phone, Douyin account and plate
  "[[西昌市教育和体育局]]询问笔录（节选）\n被询问人：{{person_name:林诗琪}}，女，{{birth_date:1995年9月20日}}出生，身份证号{{id_number:350102199509200486}}\n现住：航天大道二段{{address:18号邛海湾小区3栋1单元702室}}\n电话：{{mobile:18308152296}}，QQ：{{qq:1057738291}}\n工作单位：[[西昌市小蜜蜂双语幼儿园]]教师\n问：你班上收[[蒙氏教具费]]是谁安排的？\n答：园长{{person_name:吉克曲布}}让在班级群里收，每人[[1,500元]]，转他支付宝，账号就是他手机号{{mobile:13982421875}}。{{?class_and_name:中二班的阿木依作}}家长{{person_name:阿木尔布}}没交，园长就不让孩子进教室。他还用抖音号{{app_account:jkqb_xcbee}}发招生广告，开{{licence_plate:川W·6C283}}接送孩子。",
  // (b25-3) Shenzhen interest-class fee: foreign teacher English name + passport, finance staff personal WeChat as payee
  "【案例三】深圳市某幼儿园强制收取兴趣班费用案\n基本案情：[[深圳市龙华区]][[小橡树国际幼儿园]]以“外教英语特色课”名义，向全园[[186名]]幼儿每学期收取[[兴趣班]]费用[[2400元]]。授课外教为加拿大籍{{?person_name:Daniel Whitmore}}（护照号{{document_number:AB472931}}），未取得工作许可。相关费用未开具票据，由财务人员{{person_name:钟丽萍}}通过个人微信（微信号{{wechat:zlp_0755love}}）收款。\n处理结果：依据[[《中华人民共和国价格法》第十三条]]、[[第四十二条]]，[[深圳市龙华区市场监督管理局]]作出[[深龙华市监罚〔2026〕37号]]处罚决定，罚款[[5万元]]，责令退还全部兴趣班费用。",
  // (b25-8) Kunming school-bus fee: principal name + private car plate, Dai/Yi parent names, Dai child name
  "【案例八】昆明市某幼儿园使用非营运车辆收取校车费案\n基本案情：[[昆明市官渡区]][[彩云之南幼儿园]]园长{{person_name:杨丽华}}将其个人名下小型轿车（号牌{{licence_plate:云A·7K2M9}}）作为校车接送幼儿，每月向家长收取[[校车费]][[260元]]。家长{{?person_name:岩温香}}、{{?person_name:普志刚}}反映，孩子{{?person_name:玉罕}}每天需在车上等候近一小时。经查，该车未取得校车使用许可，[[2025年秋季学期]]共收费[[3.12万元]]。\n处理结果：[[昆明市官渡区市场监督管理局]]没收违法所得，并将车辆{{licence_plate:云A·7K2M9}}相关线索移送交通运输部门处理。",
  // (b25-11) Hohhot cross-term prepayment: Mongolian names (mother, child, father, finance staff), WeChat id
  "【案例十一】呼和浩特市某幼儿园跨学期预收保教费案\n基本案情：[[呼和浩特市赛罕区]][[草原之星幼儿园]]于2025年6月一次性向家长预收[[2025年秋季]]和[[2026年春季]]两个学期的[[保教费]]，每生[[9600元]]。投诉人{{person_name:乌云其其格}}称，其子{{person_name:巴特尔}}因随父{{?person_name:宝音图}}工作调动转学，园方拒绝退还下学期费用。财务人员{{?person_name:那日苏}}在微信中回复“预收的钱不退”，其微信号为{{wechat:naris_hhht}}。\n处理结果：依据[[《价格违法行为行政处罚规定》第九条]]责令退还，涉及幼儿[[58名]]，金额[[27.84万元]]。",
  // (b25-17) Hefei meal fee collected into cashier's personal bank card: cashier name, card, complainant name + mobile, child name
  "【案例十七】合肥市某幼儿园伙食费收入个人账户案\n基本案情：[[合肥市蜀山区]][[小树苗幼儿园]]的[[伙食费]]未进入单位对公账户，而由出纳{{person_name:程琳琳}}个人银行卡（{{bank_account:6217 0012 3456 7890 124}}）代收，每生每月[[450元]]，[[2025年秋季学期]]共收取[[41.4万元]]，未向家长公示伙食收支。投诉人{{person_name:方振宇}}（{{mobile:13956018734}}）称，其女{{?person_name:方小满}}请假[[20天]]未获退还伙食费。\n处理结果：[[合肥市蜀山区市场监督管理局]]责令整改，结余部分按[[《中华人民共和国价格法》第四十一条]]退还。",
  // (b25-20) Lanzhou assessment-exam fee: Hui names, legal rep ID, parent landline, child name in teacher quote
  "【案例二十】兰州市某幼儿园收取幼小衔接测评费案\n当事人：[[兰州市城关区]][[明德幼儿园]]，法定代表人{{person_name:马福祥}}，身份证号{{id_number:650102198405034731}}。\n基本案情：当事人在大班下学期组织“幼小衔接能力测评”，每人收取[[考试费]][[260元]]，涉及幼儿[[118名]]。家长{{person_name:撒玉梅}}反映，班主任{{person_name:韩雪}}曾对她说：“{{?person_name:阿伊莎}}不参加测评，就没有结业证书。”撒某留存的联系方式为{{landline:0931-8467213}}。\n处理结果：[[兰州市城关区市场监督管理局]]责令退还[[3.07万元]]。",
  // (b25-21) Guiyang donation-for-admission case: Miao names, principal's car as school bus plate, WeChat payee
  "【案例二十一】贵阳市某幼儿园收取“捐资助学款”案\n基本案情：[[贵阳市观山湖区]][[山花烂漫幼儿园]]在招收插班生时，要求家长缴纳[[捐资助学]]款[[8000元]]。款项由园长{{person_name:龙秀英}}的丈夫{{person_name:杨光荣}}以个人微信（{{wechat:ygr19780612}}）收取。该园还以{{person_name:龙秀英}}名下私家车（号牌{{licence_plate:贵A·3J8Q6}}）接送幼儿，每月收[[校车费]][[300元]]。家长{{?person_name:吴阿妹}}、{{person_name:石昌林}}提供了转账截图。\n处理结果：[[贵阳市观山湖区市场监督管理局]]责令全额退还，共涉及[[29户]]。",
  // (b25-22) Tianjin air-conditioning fee refund application: child name, birth date, birth certificate number, parent name, QQ
  "补充说明：\n[[天津市南开区]][[海河之星幼儿园]]收取[[空调费]]一案中，园方已按[[《中华人民共和国价格法》第四十一条]]开展退费。随案附退费申请表一份，载明：幼儿{{person_name:刘梓萌}}，出生日期{{birth_date:2020-09-27}}，出生医学证明编号{{?document_number:O120345678}}，监护人{{person_name:刘建军}}，申请退还[[2025年夏季]][[空调费]][[360元]]。监护人在申请表“其他联系方式”栏填写了QQ号{{qq:1593572486}}。截至[[2026年1月31日]]，该园已退还[[217名]]幼儿空调费共计[[7.81万元]]。",
  // (b25-28) Lhasa heating fee: Tibetan names, principal's private car plate used as school bus, landline
  "【案例二十八】拉萨市某幼儿园重复收取取暖费案\n基本案情：[[拉萨市城关区]][[格桑花幼儿园]]在[[保教费]]中已计入采暖成本，仍按每生每学期[[600元]]另收[[取暖费]]。园长{{person_name:次仁卓玛}}同时以其丈夫{{person_name:扎西顿珠}}名下越野车（号牌{{licence_plate:藏A·5C271}}）接送部分幼儿，每月加收[[校车费]][[200元]]。家长{{?person_name:格桑}}、{{?person_name:白玛央宗}}联名投诉，留存联系电话{{landline:0891-6325418}}。\n处理结果：[[拉萨市城关区市场监督管理局]]责令退还取暖费[[8.4万元]]。",
  // (b25-29) Yinchuan sponsorship fee: vice-principal Alipay user id, parent names in list, child birth date from refund form
  "【案例二十九】银川市某幼儿园收取赞助费案\n基本案情：[[银川市金凤区]][[塞上明珠幼儿园]]以“优质学位”为由，向[[2025年秋季]]新生家长收取[[赞助费]]每户[[1.2万元]]，款项转入副园长{{person_name:丁晓梅}}个人支付宝，支付宝账号{{app_account:2088612309874451}}。投诉人{{person_name:马晓军}}、{{person_name:纳小燕}}、{{?person_name:海宝林}}提供了收款记录。其中纳某的退费申请表载明幼儿{{?person_name:纳思涵}}出生于{{birth_date:2021年11月3日}}。\n处理结果：[[银川市金凤区市场监督管理局]]责令退还，共计[[31户]]、[[37.2万元]]。",
  // (b25-31) Beijing after-school extension supplementary note: several names with and without roles, email, landline, child class+name
  "补充说明：\n一、关于[[北京市海淀区]][[清华园星星幼儿园]][[课后延时服务]]收费问题，投诉人{{person_name:张雨涵}}、{{person_name:宋立平}}分别于[[2025年12月]]来电来信。{{?person_name:张雨涵}}所附邮件（{{email:zhangyuhan0921@qq.com}}）显示，园方按每月[[1200元]]收取延时费，而备案标准为[[600元]]。\n二、{{person_name:宋立平}}家庭电话{{landline:010-62345178}}，其女{{class_and_name:大二班宋雨萱}}自[[2025年9月]]起参加延时服务。\n三、园方负责人{{person_name:欧阳建新}}称系“家长自愿”，但未能提供家长签字的自愿协议。",
  // (b25-42) Changde textbook fee: parent Xiaohongshu account, email, teacher name, child name, parent mobile
  "【案例四十二】常德市某幼儿园重复收取教材费案\n基本案情：[[常德市武陵区]][[桃花源幼儿园]]在[[保教费]]已含教材成本的情况下，另收[[教材费]]每学期[[280元]]。家长{{person_name:龚雅婷}}在小红书账号{{app_account:gongyating_cd}}发布“教材费明细”笔记后，教师{{person_name:卢小芳}}私信要求删除，称“会影响{{?person_name:果果}}在班上的评优”。龚某另通过邮箱{{email:gyt_changde@foxmail.com}}向[[常德市武陵区市场监督管理局]]实名投诉，并留手机{{mobile:15173609128}}。\n处理结果：责令退还多收费用[[9.8万元]]。",
  // (b25-43) Baoji school-bus fee: principal name, private plate, driver name + QQ, parent name
  "【案例四十三】宝鸡市某幼儿园无资质接送收取校车费案\n基本案情：[[宝鸡市渭滨区]][[周原幼儿园]]使用园长{{person_name:姬红梅}}个人名下七座商务车（号牌{{licence_plate:陕C·3K5N8}}）接送幼儿，每月收取[[校车费]][[280元]]，共[[46名]]幼儿乘车。驾驶员{{?person_name:权小军}}未取得校车驾驶资格，其通过QQ{{qq:972045183}}与家长联系接送时间。家长{{person_name:寇海燕}}反映车辆严重超员。\n处理结果：[[宝鸡市渭滨区市场监督管理局]]责令停止收费，退还[[2025年秋季学期]]校车费[[5.15万元]]，并将线索移送公安交管部门。",
  // (b25-44) Dali tuition mark-up: Bai names, legal rep name + ID, child name + birth date, parent landline
  "【案例四十四】大理市某幼儿园擅自上调保教费案\n当事人：[[大理市]][[苍山洱海幼儿园]]，法定代表人{{person_name:段志勇}}，身份证号{{id_number:51010719790826456X}}。\n基本案情：当事人在[[2026年春季学期]]将[[保教费]]由每月[[1500元]]上调至[[1980元]]，未履行备案程序。投诉人{{person_name:杨金花}}反映，其外孙女{{?person_name:赵阿朵}}（{{birth_date:2021.07.22}}出生）转入该园时被要求按新标准缴费。投诉人联系电话{{landline:0872-2318456}}。\n处理结果：[[大理州市场监督管理局]]依据[[《价格违法行为行政处罚规定》第九条]]责令退还[[17.28万元]]。",
  // (b26-4) Sichuan dialect, child's pet name, birth date, teacher name, plate
  "我们屋头娃儿{{?person_name:幺妹}}在[[成都市武侯区]][[彩虹桥幼儿园]]读小班 园长硬是凶得很 说不交[[午休床位费]][[1200块]]就不准娃儿睡午觉 我娃儿{{birth_date:2022年4月18号}}生的才三岁多 老师{{person_name:杨丽}}悄悄跟我说好多家长都交了 莫得收据 我电话{{mobile:159 8023 4617}} 我每天开车接 车牌{{licence_plate:川A·7K3M9}} 你们来门口看嘛",
  // (b26-6) Shanghainese mother, husband's phone and email, lane address, her own ID
  "阿拉囡囡{{?person_name:周诗涵}}辣[[浦东新区]][[小天鹅幼儿园]]读中班 伊拉讲[[2026年春季学期]]要多收[[择园费]][[两万元]] 侬讲气人伐 阿拉老公{{person_name:周磊}}手机{{mobile:139 1678 2034}} 邮箱{{email:zhoulei_sh@163.com}} 屋里厢住辣张杨路{{address:1500弄12号601室}} 财务还问阿拉要身份证{{id_number:310115199002274843}} 讲是登记退费 阿拉老担心额",
  // (b26-8) Shenzhen mother mixing English, English names, class+name, email, WeChat ID
  "我女儿{{person_name:Emily}}在[[南山区]][[贝贝国际双语幼儿园]]读大班 学籍上是{{class_and_name:大一班张悦琪}} tuition本来[[6800元]]/月 这个term突然加了[[外教费]][[1500元]] 完全没有notice 问finance的{{?person_name:Cindy Wu}} 她说是board决定的 我email {{email:grace.zhang2020@gmail.com}} 微信 {{wechat:Grace_ZY0612}} 有截图 please帮忙查一下 thanks",
  // (b26-15) Chongqing mother, pet name, father's name, WeChat, phone and birth date in Chinese numerals
  "我家幺儿{{?person_name:豆豆}}在[[重庆市渝北区]][[童梦幼儿园]]读小班 园长说[[2026年春季学期]][[伙食费]]从[[12块]]一天涨到[[18块]] 要得嘛 又没开家长会 娃儿他老汉{{person_name:罗建军}}去问 被保安撵出来 我微信{{wechat:luo_doudou_mama}} 电话{{mobile:一八九 八三二零 四四七一}} 娃儿是{{birth_date:二〇二二年七月九号}}生的 才三岁半 哪个吃得了恁个多",
  // (b26-18) Kaohsiung father, traditional characters, class+name, Taiwan ID, floor address, landline, email
  "[[高雄市鳳山區]][[向日葵幼兒園]]多收[[才藝費]]與[[交通費]]共[[新臺幣8,400元]]，園方說是家長會決議，但我們根本沒開會。我是{{?class_and_name:大象班蔡昀臻}}的爸爸{{person_name:蔡明哲}}，身分證字號{{document_number:E123857208}}，住[[鳳山區]]光復路二段{{address:132號7樓之3}}，聯絡電話{{landline:(07)746-5521}}，Email {{email:mingzhe.tsai@hotmail.com}}。已向[[高雄市政府教育局]]申訴",
  // (b26-19) Jinan grandfather dictating to granddaughter, his ID, phone in Chinese numerals, father's Kuaishou account
  "俺爷爷说让俺打字 俺是他孙女 俺妹妹{{?person_name:甜甜}}在[[济南市历下区]][[阳光宝贝幼儿园]]上大班 今年收了两回[[教材费]] 每回[[380元]] 爷爷去问 园长说第二回是[[升学衔接费]] 爷爷叫{{person_name:宋振华}} 身份证{{id_number:370102195503181814}} 爷爷电话{{mobile:一五九 五三一二 八八六零}} 俺爸在外地打工 快手号{{app_account:songjie_jn1990}} 有事找他也行",
  // (b26-25) Kwun Tong grandmother in Cantonese, daughter-in-law named, +852 mobile, HK landline, HKID, estate block
  "我孫女{{person_name:晴晴}}喺[[觀塘區]][[宣道會幼稚園]]讀K3 我個新抱{{?person_name:李穎詩}}叫我打嚟投訴 學校收[[茶點費]]收咗[[$3,600]] 但細路根本冇得食 我電話{{mobile:+852 9456 7812}} 屋企{{?landline:2798 3351}} 我身份證{{document_number:Z684213(6)}} 住藍田匯景花園{{address:5座21樓D室}} 唔該[[教育局]]跟進",
  // (b26-28) Minhang mother in Shanghainese, husband's plate and WeChat, lane address
  "阿拉小囝{{?person_name:嘟嘟}}辣[[闵行区]][[春申小树苗幼儿园]]读小班 园长讲[[2025学年第二学期]]开始[[保育费]]涨到[[5800元]] 还要收[[建园费]] 迭个建园费啥个意思 阿拉根本呒没看到通知 阿拉老公{{person_name:顾文杰}}开车去寻伊拉 车牌{{licence_plate:沪A·F5032}} 保安还勿让停 我手机{{mobile:138 1772 4096}} 微信{{wechat:gwj_shanghai}} 屋里住春申路{{address:2525弄32号1002室}}",
  // (b26-30) Xiamen grandfather dictated in Hokkien-flavoured Mandarin, his birth date, ID, phone, address
  "阿公讲我写：阮孙{{person_name:杰杰}}在[[厦门市思明区]][[鹭岛之星幼儿园]]读中班 园里收[[户外活动费]][[900元]] 一次都没带出去过 阿公叫{{?person_name:陈水木}} 生日{{birth_date:1956年3月18日}} 身份证{{id_number:350203195603182134}} 电话{{mobile:137 7996 0312}} 住厦禾路{{address:888号金榜花园2号楼1703}} 阿公说要找[[思明区教育局]]讨公道",
  // (b26-31) Zhuhai father writing mostly in English, English and Chinese names, +86 mobile, email, wife's name, address
  "Complaint re [[珠海市香洲区]][[启蒙双语幼儿园]]: 我son {{?person_name:Jayden}} is in {{class_and_name:K1A班李嘉俊}}, they charged extra [[报名费]] [[RMB 2,000]] and [[资料费]] [[RMB 850]], 说是non-refundable. 我手机 {{mobile:+86 135 3291 7760}}, email {{email:jason.li@outlook.com}}, 我wife {{person_name:Lily Chen}} 也可以联系. 我们住情侣中路{{address:39号海湾花园6栋2单元801}}.",
  // (b26-32) Kunming mother, Douyin account, refund bank card, husband's spaced name and plate
  "我家小姑娘{{?person_name:朵朵}}在[[昆明市五华区]][[春城小蜜蜂幼儿园]]上小班 园长逼着交[[校服费]][[580元]]两套 质量差得很 我在抖音发了视频 抖音号{{app_account:duoduo_mama_km}} 就被园长打电话骂 退费要我填银行卡{{bank_account:6217 8531 0000 2468 135}} 我老公{{person_name:杨 帆}}开车去找 车牌{{licence_plate:云A·3R7X1}} 门都不让进 电话{{mobile:150 8713 2246}}",
  // (b26-33) Taoyuan mother, formal traditional characters, class+name, accountant's name and email, Taiwan ID, address
  "敝人是{{?class_and_name:蘋果班鄭又瑄}}的家長，[[桃園市中壢區]][[小樹苗幼兒園]][[113學年度]]下學期以[[冷氣費]]名義收取[[新臺幣3,000元]]。會計{{person_name:李雅婷}}從{{email:yating.lee@kidstree.com.tw}}回信說不退。我的身分證字號{{document_number:H227190343}}，手機不便留，請以Email回覆{{email:cheng.mama@yahoo.com.tw}}，或寄到[[中壢區]]中正路{{address:210號3樓}}",
  // (b26-34) Shijiazhuang grandmother via grandchild, pet name, her phone, son's WeChat and QQ
  "帮奶奶发的 奶奶说 [[石家庄市长安区]][[小精灵幼儿园]]收[[取暖费]][[每学期600元]] 俺们这暖气是小区统一供的 凭啥还收 俺孙子{{?person_name:石头}}上中班 奶奶叫{{person_name:孟秀英}} 电话{{mobile:133 1311 5820}} 我爸{{person_name:孟凡强}}的微信{{wechat:mengfq_sjz}} QQ{{qq:405918273}} 园长说找[[长安区教育局]]也没用",
].map(expandNarrative);
