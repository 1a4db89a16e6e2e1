// What a figure counts (GUIDE §4): the noun after number + measure word (649名政协委员 →
// 政协委员), otherwise the subject before the number (办复率99.4% → 办复率). Labels are short
// (≤ 12 characters), verbatim from the text, and never cross a clause boundary.
import { ACTIVITY_VERBS, ADVERBS, AID_NOUN, DETERMINERS, EVENT_NOUN, FORWARD_STOP_CHARS, LIGHT_VERBS, MONEY_VERBS, NOUN_AFTER_VERB, ORGANS, PARTICIPATION, PERSON_ANYWHERE, PERSON_START, PERSONS, PREPOSITIONS, RECIPIENT_VERBS, SET_PHRASES, SLOGANS, TRAILING_CONNECTORS, VERBS, isThreshold } from './lexicon';
import { unitAt, type UnitInfo } from './units';
import { foldScript } from '../text/han';

export interface LabelTarget {
  start: number;
  end: number;
  unitStart: number;
  info: UnitInfo;
}

export const MAX_LABEL = 12;
/** What a money verb gave, and its value, closing the phrase (捐赠物资价值, 捐款总额). */
const MONEY_TAIL = /(?:物资|资金|款物|善款)?(?:共计|合计|累计|总计)?总?(?:价值|总额|金额|总计)?$/;
/** A total's connector inside that tail (捐款捐物共计价值): not part of the label. */
const TAIL_CONNECTOR = /^(?:物资|资金|款物|善款)?(共计|合计|累计|总计)(?=总?(?:价值|总额|金额))/;
/** A judgement closing the phrase, with what was judged after 对 (对办理结果表示满意). Folded text. */
const JUDGED = /(?:(对)[^，。；对]{1,8})?表示(?:基本|比较|非常)?(?:满意|不满意|认可|赞同|同意|支持)$/;
/** When during a session something was done (大会期间, 闭会期间, 会后, 会前). Folded text. */
const OCCASION = /(?:(?:大会|会议|闭会|休会|全会|两会)期间|会后|会前|会上|会中)$/;
/** All of them, between a noun and its verb (乡镇全覆盖, 村全部完成). Folded text. */
const ALL_BEFORE_VERB = /(?:全部|(?<![安完健齐周])全|均已|均)$/;
/** A class or a field of them, before 的 (城建类的提案, 乡村振兴方面的提案). Folded text. */
const CLASS_BEFORE = /(?:类|方面|领域|类别|行业|界别|系统)$/;
/** Verbs of setting something up (委员工作室共设立37个). Folded text. */
const SET_UP = /(?:设立|建立|成立|组建|建成|设置|新建|开设|创建|挂牌)$/;
/** A verb of change with 到/至: what follows is the level reached, not a change. */
const REACHED = /(?:提高|提升|增长|增加|上升|下降|降低|减少|扩大|缩小|回落|回升|下跌|上涨|降|升|增|跌|涨)(?:到|至)$/;
/** A change, as a rate names it (增长8%, 同比下降3.2%). */
const CHANGE = /^(?:同比|环比|按年|按月|按季)?(?:增长|下降|提高|降低|增加|减少|上升|回落|增幅|降幅)$/;
/** A negation right before a verb (不予立案, 未采纳). */
const NEGATION = /(?:不予|未予|尚未|暂未|没有|尚不能|暂不能|不能|无法|难以|未|不)$/;
/** A span of time closing a phrase, with what says it lasted (连续5年, 三年来, 持续两个月). */
const TIME_SPAN = /(?:在|于)?(?:连续|持续|已经|已|短短|仅仅|仅)?[0-9０-９一二两三四五六七八九十几]+(?:多|余)?(?:个)?(?:年|个?月|天|周|季度)(?:来|以来|间|内|中|里)?$/;
/** X占Y的: the share of a whole Y (占比, 占用 are words). */
const SHARE_OF = /占(?![比用有据])(?:到|了)?[^占]{2,12}$/;
/** Where the subject before a share starts: after the last list comma, or the phrase's start. */
function afterListComma(g: string): number {
  return Math.max(0, g.lastIndexOf('、') + 1);
}
/** The people due at a meeting, before the person noun (应到委员, 应出席常委). */
const DUE = /(?:应到|应出席|应参会|应参加|实到|实际出席|实际到会)$/;
/** A comparison of two things (X高于Y), the last in a phrase. */
const COMPARATIVE = /[高低快慢多少大小]于(?!.*[高低快慢多少大小]于)/;
/** What people do, right after them (20位常委作大会发言; not 8位党员副主席). */
const ACTS = /^(?:作|赴|到|在|就|对|围绕|发言|讲话|走进|深入|带队|率队|带领|率领)/;
/** 作 opening what someone did (作了发言, 作出批示, 作表态发言, 作专题报告). Folded text. */
const ACT_AT = /^作(?:了|出|(?:大会|书面|口头|专题|表态|交流|典型|重点|工作)?(?:发言|报告|辅导|说明))/;
/** Who can do it: people, or a body of them. Folded text. */
const ACTOR_END = new RegExp(`(?:${PERSONS.source.slice(1, -2)}|单位|部门|企业|机构|组织|团体|学校|医院|协会|商会|代表团|小组|界别|党派|乡镇|街道|社区)$`);
/** Measure words that count people (人次 counts visits: its own rule below). */
export const PERSON_UNITS = /^(人|名|位|余人)$/;
const ORGAN = new RegExp(`^.{0,6}(${ORGANS.join('|')})$`);
/** Every person noun in a text (matchAll). */
const PERSON_IN = new RegExp(PERSON_ANYWHERE.source, 'g');
/** Dropped from a label's front: the particle 了, a time phrase (三年内, 五年来, 今年, 去年以来, 每年). */
const LEAD_OFF = /^(?:了|作(?=(?:大会|书面|口头|专题)?发言|专题报告|报告)|[^，。；、]{1,12}?(?:会议|大会|会)上作(?=(?:大会|书面|口头|专题)?发言|专题报告|报告)|[0-9一二两三四五六七八九十]+年(?:内|来|间|以来)|今年(?:以来)?|去年|明年|近年来|近几年|过去(?:的)?[0-9一二两三四五六七八九十]*年|上半年|下半年|前[一二三]季度|[一二三四]季度|年初以来|每(?:年|季度|半年|月|周))/;
/** 今年, 去年, 明年 inside a phrase, between two words (not its start). Folded text. */
const MID_YEAR = /(?<=\p{Script=Han}{2})(?:今年|去年|明年)(?:以来)?(?=\p{Script=Han}{2})/u;
/** Heads that say how much of something, not what (its modifier before 的 does). Folded text. */
const GENERIC_HEAD = /^(?:开支|支出|资金|经费|投入|收入|人数|人口|数量|总量|总额|金额|比例|比重|占比|规模)$/;
/** A threshold closing a modifier before 的 (40岁以下, 10万元以上, 3年及以上). Folded text. */
const THRESHOLD_BEFORE = /[0-9０-９零〇一二两三四五六七八九十百千万亿.．]+(?:多|余)?[^0-9０-９的，。、]{0,3}?(?:及|或)?(?:以上|以下|以内)$/;
/** Bodies (units, firms, schools) and then their people (承办单位负责人). Folded text. */
const BODY_PEOPLE = /^(.{0,10}?(?:单位|部门|企业|机构|组织|团体|学校|医院|协会|商会|社团))(?:主要)?(?:负责人|负责同志|代表|人员|干部|职工)/;
/** Who each amount is for (每人, 每名学生, 每户). Folded text. */
const PER_EACH = /^每[人名户位个家所]/;
/** What money is, right after it (助学金, 慰问金, 补贴, 奖金). Folded text. */
const MONEY_NOUN = /^[\p{Script=Han}]{0,4}?(?:金|款|费|补贴|补助|资金|经费|津贴)/u;
/** A class in brackets (A类, 甲类, 一类). Folded text. */
const CLASS_NOTE = /^[A-Za-zＡ-Ｚａ-ｚ甲乙丙丁一二三四五0-9０-９]类$/;
/** A conjunction opening a listed clause (或已通过其他途径解决的). Folded text. */
const LIST_LEAD = /^(?:以及|或者|或|和|及|并)/;
const CLAUSE = /[，。；：！？,;:!?\n（）()《》【】…—<>]/;
const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/;
/** Sorted longest first so 参与 wins over 与. */
const BOUNDARY_WORDS = [...new Set([...VERBS, ...ADVERBS, ...PREPOSITIONS])].sort((a, b) => b.length - a.length);
/** Looking back, 和/与/及 join nouns of one phrase (委员和群众), so they do not end a label. */
const BACK_BOUNDARY_WORDS = BOUNDARY_WORDS.filter((w) => w !== '和' && w !== '与' && w !== '及');
const VERB_SET = new Set(VERBS);
/** Verbs that follow 提案 as one noun (提案办理协商, 提案督办工作). */
const PROPOSAL_WORK = new Set(['办理', '督办', '交办', '答复', '办', '督', '交']);
/** Verbs of winning an honour, and of choosing or honouring who wins it: 优秀/先进 after them is what is won or chosen. */
const WIN_VERBS = new Set(['获', '获得', '荣获', '获评', '评为', '被评为', '评选', '评选出', '选出', '推选', '推选出', '评出', '表彰']);
/** Single-character words are boundaries only outside these compounds. */
const COMPOUNDS = /^(有限|是否|是非|建设|设计|设施|设备|设想|办复|办结|办公|办理|办法|办学|就业|就医|就学|有关|有价|有效|有力|有序|有形|有感|为主|为民|为人|达标|达成|在内|在建|在校|在职|在岗|在册|在编|在读|在线|在任|在研|对象|对子|对口|和谐|与会|及时|将近|计划|约束|共同|共识|共建|公共|同心|同志|同时|同行|同胞|同比|同期|中共|都市|已经|正在|还有|又称|再次|赴任|到位|到会|到场|获得|获批|人均|年均|平均|均衡|均等|设区|签约|节约|制约|履约|约定|正式|正常|正确|正义|正面|从事|从业|把握|把关|跟踪|跟进|对外|对比|对接|对标|再生|共享|共产|共青|共和|给予|将来|和平|和睦|到期|同类|同级|同样|同步|同等|为期|计算|计量|首都|成都|公正|真正|成就|立即|统计|会计|审计|特约|方向|导向|意向|志向|动向|倾向|自由|理由|不同|合同|协同|供给|补给|行为|总和|内在|潜在|外在|所在|存在|现在|发达|约谈|约稿|内容|未来|未成|等次|等级|等奖|等第|会办|协办|因素|因子|原因|基因|诱因|起因|要求|要点|要素|要闻|要案|要事|要务|重要|主要|需要|纪要|摘要|概要|提要|必要|首要|简要)/;

/** The character before an office's 办 (省委办, 政府办, 侨办, 台办, 港澳办, 外办, 信访办, 扶贫办, 文明办). Folded text. */
const OFFICE_BEFORE = /[委府侨台澳外访贫明]/;

function isBoundaryAt(f: string, i: number, word: string): boolean {
  if (!f.startsWith(word, i)) return false;
  // (获优秀等次委员: what one wins is no noun with the verb.)
  if (VERB_SET.has(word) && NOUN_AFTER_VERB.test(f.slice(i + word.length, i + word.length + 2)) && !(WIN_VERBS.has(word) && /^(?:优秀|先进)/.test(f.slice(i + word.length)))) return false;
  if (AID_NOUN.test(f.slice(i, i + 6))) return false;
  // (募捐助学金: 助学金 is the noun; 捐助 is no word there.)
  // (捐资助学资金 alike: 助学 opens the noun.)
  if (word.endsWith('助') && /^学(?:金|资金|款|基金|贷款)/.test(f.slice(i + word.length, i + word.length + 3))) return false;
  // 共同体: the adverb 共同 inside a noun.
  if (word === '共同' && f.charAt(i + 2) === '体') return false;
  // 提案办理协商, 提案督办: handling proposals is one noun.
  if (PROPOSAL_WORK.has(word) && f.slice(i - 2, i) === '提案') return false;
  if ((word === '实际' || word === '具体') && ACTUAL_NOUN.test(f.slice(i + 2, i + 4))) return false;
  // (从244件立案提案中: proposals put on file are one noun.)
  if (word === '立案' && f.startsWith('提案', i + 2)) return false;
  // (共建设委员工作室3000个: 建设 is a verb after an adverb; elsewhere a noun: 经济建设方面, 城市建设管理.)
  if (word === '建设' && !/(?:共|已|已经|先后|累计|新|目前|正在|计划|拟|将|加快|全面|重点)$/.test(f.slice(Math.max(0, i - 2), i))) return false;
  // (省委办采用4篇, 县政府办, 侨办: an office's 办 is no verb.)
  if (word === '办' && OFFICE_BEFORE.test(f.charAt(i - 1))) return false;
  // 政协调研组: 协 belongs to 政协 (协调 is no verb there).
  if (word.charAt(0) === '协' && f.charAt(i - 1) === '政') return false;
  // 视察、考察、调研156次: a verb listed with others (、 after it) governs nothing by itself.
  if (word.length >= 2 && f.charAt(i + word.length) === '、' && VERB_SET.has(word)) return false;
  if (word.length === 1 && COMPOUNDS.test(f.slice(i, i + 2))) return false;
  if (word.length === 1 && i > 0 && COMPOUNDS.test(f.slice(i - 1, i + 1))) return false;
  return true;
}

/** Words indexed by their first character (longest first), so a lookup tries a handful, not all. */
function index(words: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of words) {
    const list = m.get(w.charAt(0)) ?? [];
    list.push(w);
    m.set(w.charAt(0), list);
  }
  return m;
}
const BOUNDARY_INDEX = index(BOUNDARY_WORDS);
const BACK_BOUNDARY_INDEX = index(BACK_BOUNDARY_WORDS);

/** The boundary word starting at i, if any. */
function boundaryAt(f: string, i: number, words: Map<string, string[]> = BOUNDARY_INDEX): string | null {
  const candidates = words.get(f.charAt(i));
  if (candidates) for (const w of candidates) if (isBoundaryAt(f, i, w)) return w;
  return null;
}

/** 实际 and 具体 are adjectives before these nouns (解决实际问题 → 实际问题), adverbs elsewhere (实际出席, 具体承办). */
const ACTUAL_NOUN = /^(问题|困难|需求|情况|行动|成效|事项|措施|建议|意见)/;
const ADJECTIVAL = new RegExp(`^(?:实际|具体)${ACTUAL_NOUN.source.slice(1)}`);

function stripLeading(t: string, f: string): [string, string] {
  let changed = true;
  while (changed && t.length > 1) {
    changed = false;
    for (const d of [...DETERMINERS, ...ADVERBS]) {
      if (f.startsWith(d) && f.length > d.length + 1 && !(d.length === 1 && COMPOUNDS.test(f)) && !ADJECTIVAL.test(f)) {
        t = t.slice(d.length);
        f = f.slice(d.length);
        changed = true;
        break;
      }
    }
    // 邀请了政协委员20名, 三年内培训基层医生: the aspect particle after the verb, or a time phrase
    // in front, is not part of what is counted.
    const lead = changed ? null : LEAD_OFF.exec(f);
    if (lead && f.length > lead[0].length + 1) {
      t = t.slice(lead[0].length);
      f = f.slice(lead[0].length);
      changed = true;
    }
  }
  // (增补常委3名和委员12名: 和 after the figure before carries the list on; it is no part of the noun.)
  const list = /^(?:以及|或者|或|和|及)/.exec(f);
  if (list && f.length > list[0].length + 1 && !COMPOUNDS.test(f)) {
    t = t.slice(list[0].length);
    f = f.slice(list[0].length);
  }
  // (有关城建管理类的提案: 有关 before a long phrase only says "concerning"; 有关部门 is a noun.)
  if (f.startsWith('有关') && f.length >= 6 && !/^有关(?:部门|单位|方面|人员|负责)/.test(f)) {
    t = t.slice(2);
    f = f.slice(2);
  }
  for (const p of SET_PHRASES) {
    if (f.startsWith(p) && f.length - p.length >= 2) {
      t = t.slice(p.length);
      f = f.slice(p.length);
    }
  }
  return [t, f];
}

/** Trims spaces and list commas; keeps a quotation mark only when its partner is in the label. */
function trimQuotesAndSpace(t: string): string {
  let s = t.replace(/^[\s、]+|[\s、]+$/g, '');
  if (/^[“"‘]/.test(s) && !/[”"’]/.test(s.slice(1))) s = s.slice(1);
  if (/[”"’]$/.test(s) && !/[“"‘]/.test(s.slice(0, -1))) s = s.slice(0, -1);
  return s.trim();
}

/** Forward: the noun phrase after the measure word. */
/** The second of a pair of nouns after 和/与/及 (单位和个人, 先进集体和先进个人). Folded text. */
const PAIRED_NOUN = /^(?:先进)?(?:个人|集体|单位|组织|团体|家庭)/;
/** 发挥…作用: the frame around what is counted, not part of it (发挥107个委员工作室作用). */
const ROLE_FRAME = /(?:作用|优势|职能作用)$/;

/** A negation right after a forward label's noun (提案未被采纳, 意见尚未落实). Folded text. */
const NEGATED_AFTER = /^(?:未|尚未|暂未|没有|不予)/;

/** What opens a duration's label without naming what lasted (时间, 进行). Folded text. */
const DURATION_LEAD = /^(?:的)?(?:时间)?(?:里|内)?(?:进行|开展)?/;

/** How a vote went, right after its count (2102票赞成、1票反对、4票弃权). Folded text. */
const VOTE_AFTER = /^(?:不赞成|不同意|赞成|同意|反对|弃权|有效|无效)/;

function forwardLabel(text: string, f: string, fig: LabelTarget, next: LabelTarget | null): string {
  let i = fig.end;
  const limit = Math.min(text.length, next ? next.start : text.length, i + 24);
  if (f[i] === '的') i++;
  const from = i;
  // (以2102票赞成、1票反对: a vote's label is how it went, a verb every other count would stop at.)
  if (fig.info.unit === '票') {
    const vote = VOTE_AFTER.exec(f.slice(from, limit));
    if (vote) return text.slice(from, from + vote[0].length);
  }
  // A duration's label is what lasted: 两个多月奋战在防疫第一线.
  if (fig.info.duration) {
    let j = i;
    while (j < limit && !CLAUSE.test(f[j] as string)) j++;
    // (近3个月时间进行深入调研: 时间 and the light verb 进行 say nothing of what lasted.)
    const lead = DURATION_LEAD.exec(f.slice(from, j));
    const start = lead && j - from - lead[0].length >= 2 ? from + lead[0].length : from;
    // (长达13天的政协会议会期结束: that it ended or began says nothing of what lasted.)
    const ended = /(?:结束|开始|闭幕|开幕|落幕|启动|完成)/.exec(f.slice(start, j));
    if (ended && ended.index >= 2) j = start + ended.index;
    // (历时1小时21分钟: the rest of the span names nothing that lasted.)
    if (NUMERAL.test(f[start] ?? '')) return '';
    return trimQuotesAndSpace(text.slice(start, Math.min(j, start + MAX_LABEL)));
  }
  let j = i;
  // (20个“我为脱贫奔康作贡献”活动小组: a quoted name is read whole, then the noun it names.)
  const quote = /^[“「]/.test(f[from] ?? '') ? f.slice(from + 1, from + 21).search(/[”」]/) : -1;
  const named = quote >= 1 && !/[，。；：！？,;:!?]/.test(f.slice(from + 1, from + 1 + quote)) ? from + quote + 2 : -1;
  if (named > 0) j = named;
  for (; j < limit; j++) {
    const ch = f[j] as string;
    if (CLAUSE.test(ch) || ch === '、' || /\s/.test(ch)) break;
    // (45个单位和个人受到表彰, 先进集体和先进个人: a pair of nouns is one label.)
    if (j > from && '和与及'.includes(ch) && PAIRED_NOUN.test(f.slice(j + 1, j + 7))) {
      j += PAIRED_NOUN.exec(f.slice(j + 1, j + 7))![0].length;
      continue;
    }
    // (14位委员和专家学者作大会发言: people and people are one label; it ends with the second.)
    // (与 is as often "with": 30名委员与企业家座谈 counts the 委员.)
    if (j > from && (ch === '和' || ch === '及') && PERSONS.test(f.slice(from, j))) {
      let k = Math.min(limit, j + 7);
      while (k > j + 1 && !PERSONS.test(f.slice(j + 1, k))) k--;
      if (k > j + 1) {
        j = k;
        break;
      }
    }
    if (j > from && FORWARD_STOP_CHARS.has(ch) && !COMPOUNDS.test(f.slice(j, j + 2)) && !COMPOUNDS.test(f.slice(j - 1, j + 1))) break;
    if (j > from && boundaryAt(f, j)) {
      // (12个乡镇全覆盖, 15个村全部完成改造: how many of them did it is no part of the noun.)
      const all = ALL_BEFORE_VERB.exec(f.slice(from, j));
      if (all && j - all[0].length - from >= 1) j -= all[0].length;
      break;
    }
    // (4个委员活动小组认领了所有议题: a verb with 了 ends the noun before it; 了解 is a verb itself.)
    if (ch === '了' && j - from >= 4) {
      if (f[j + 1] !== '解') j -= 2;
      break;
    }
    if (NUMERAL.test(ch) && j > from && startsFigure(f, j)) break;
    // (2357分的年度总成绩位列全省第一: a rank taken is no part of what was ranked.)
    if (j >= from + 2 && RANKED.test(f.slice(j, j + 2))) break;
    // (14家承办单位作了表态发言: what the counted ones did is no part of what they are.)
    if (ch === '作' && j >= from + 2 && ACT_AT.test(f.slice(j, j + 8)) && ACTOR_END.test(f.slice(from, j))) break;
  }
  // (8个专委会全年共反映…: a word saying when they did it is no part of the noun.)
  const when = /(?:全年|今年|年内|去年|当年|上半年|下半年|目前|现已)$/.exec(f.slice(from, j));
  if (when && (j - when[0].length - from >= 2 || ONE_CHAR_NOUN.test(f.slice(from, j - when[0].length)))) j -= when[0].length;
  // 28件提案未被采纳: a negated verb after the noun says which of them are counted; it stays.
  if (j > from && NEGATED_AFTER.test(f.slice(j, j + 3))) {
    let k = j;
    while (k < limit && !CLAUSE.test(f[k] as string) && f[k] !== '、') k++;
    if (k - from <= MAX_LABEL) j = k;
  }
  // 8个县（市、区）, 120个村（社区）: a note in brackets right after the noun widens it.
  const note = /^[（(][\p{Script=Han}、]{1,8}[）)]/u.exec(f.slice(j, j + 10));
  if (note && j > from && j - from <= 4) {
    j += note[0].length;
    // (23个界别活动（综合）组: the noun may go on after the note.)
    let k = j;
    while (k < limit && k - j < 4 && /\p{Script=Han}/u.test(f[k] as string) && !FORWARD_STOP_CHARS.has(f[k] as string) && !boundaryAt(f, k) && !NUMERAL.test(f[k] as string) && !/^(?:全部|全)/.test(f.slice(k, k + 2))) k++;
    if (k > j && (k >= f.length || CLAUSE.test(f[k] as string) || NUMERAL.test(f[k] as string) || !!boundaryAt(f, k))) j = k;
  }
  // (12项建议中已有9项: 中 frames the whole the parts after it are taken from.)
  if (j - from >= 3 && f[j - 1] === '中' && !/[初高集空途其心手]/.test(f[j - 2] as string) && /^(?:已经|已|有|共|，|,)/.test(f.slice(j, j + 2))) j--;
  let label = text.slice(from, j);
  // (A long name gives way to the noun after it: 活动小组.)
  if (named > 0 && (j - from > MAX_LABEL || j === named)) label = j - named >= 2 ? text.slice(named, j) : j - from <= MAX_LABEL ? label : '';
  // (2240个N95口罩: a name may start with Latin letters.)
  if (!/^[“"‘]?[\p{Script=Han}0-9０-９A-Za-zＡ-Ｚａ-ｚ]/u.test(label)) label = '';
  // (12位各党派和特邀界的委员: kinds of people joined by 和, then 的 and the people.)
  if ('和与及'.includes(f[j] ?? '') && label.length >= 2 && PERSON_UNITS.test(fig.info.unit)) {
    const de = f.slice(j + 1, Math.min(limit, j + 11)).search(/的/);
    const person = de >= 1 ? PERSON_START.exec(f.slice(j + 2 + de, j + 2 + de + 6)) : null;
    if (person && !CLAUSE.test(f.slice(j, j + 1 + de)) && j + 2 + de + person[0].length - from <= MAX_LABEL) return trimQuotesAndSpace(text.slice(from, j + 2 + de + person[0].length));
  }
  // 12名新考取的大学生: a clause before 的 describes the people counted; the label runs to them.
  if (f[j] === '的' && label.length >= 2 && PERSON_UNITS.test(fig.info.unit)) {
    const after = f.slice(j + 1, Math.min(limit, j + 7));
    let personEnd = -1;
    for (const m of after.matchAll(PERSON_IN)) {
      personEnd = (m.index ?? 0) + m[0].length;
      break;
    }
    if (personEnd > 0 && j + 1 + personEnd - from <= MAX_LABEL) return trimQuotesAndSpace(text.slice(from, j + 1 + personEnd));
  }
  // 23名品学兼优、家庭困难的中小学生: listed traits, then 的 and the people they describe.
  if (f[j] === '、' && label.length >= 2 && PERSON_UNITS.test(fig.info.unit)) {
    let k = j;
    while (k < limit && !CLAUSE.test(f[k] as string) && f[k] !== '的') k++;
    const person = f[k] === '的' ? f.slice(k + 1, Math.min(limit, k + 9)).matchAll(PERSON_IN).next().value : undefined;
    if (person) {
      const end = k + 1 + (person.index ?? 0) + person[0].length;
      return trimQuotesAndSpace(end - from <= MAX_LABEL + 2 ? text.slice(from, end) : text.slice(k + 1, end));
    }
  }
  // 新聘任为“…”的政协委员: a clause before 的 describes the noun after it.
  if (label.replace(/[“”"]/g, '').length < 2 || boundaryAt(f, from)) {
    const near = f.slice(from, from + 20).indexOf('的');
    const de = near < 0 ? -1 : from + near;
    // (收到提案92件和会后提出的1件提案: after 和 a list goes on; what follows 的 is another item's.)
    if (de > 0 && de < from + 20 && !CLAUSE.test(f.slice(from, de)) && !/^[和与及或]/.test(f.slice(from, from + 1)) && !NUMERAL.test(f[de + 1] ?? '')) {
      const sub = forwardLabel(text, f, { ...fig, end: de + 1, info: { ...fig.info, duration: false } }, next);
      if (sub) return sub;
    }
    return '';
  }
  // 8家承办单位负责人参加: 家 counts the bodies; their people who came are not what is counted.
  if (/^[家个所]$/.test(fig.info.unit)) {
    const body = BODY_PEOPLE.exec(foldScript(label));
    if (body) label = label.slice(0, body[1]!.length);
  }
  // 发挥107个委员工作室作用: the role frame closes around the noun.
  if (/(?:发挥|体现|彰显)$/.test(f.slice(Math.max(0, fig.start - 3), fig.start))) {
    const frame = ROLE_FRAME.exec(f.slice(from, j));
    if (frame && frame.index >= 2) label = label.slice(0, frame.index);
  }
  // 送到100名贫困学子手中, 除资助6名大学生外: whose hands, and the 除…外 and 在…中 frames, are not the noun.
  const before = f.slice(Math.max(0, fig.start - 12), fig.start);
  const frame =
    /(?:手中|手里|手上)$/.exec(foldScript(label)) ??
    (/除[^，。；：,;:！？!?]{0,12}$/.test(before) ? /(?:以外|之外|外)$/.exec(foldScript(label)) : null) ??
    // (在3个乡镇中开展试点: the 在…中 frame.)
    (/[在从][^，。；：,;:！？!?]{0,6}$/.test(before) ? /中$/.exec(foldScript(label)) : null) ??
    // (在看到一条300米的断头路时: the 在…时 frame says when.)
    (/在[^，。；：,;:！？!?]{0,16}$/.test(f.slice(Math.max(0, fig.start - 20), fig.start)) && CLAUSE.test(f[j] ?? '。') ? /(?:之)?时$/.exec(foldScript(label)) : null);
  if (frame && label.length - frame[0].length >= 2) label = label.slice(0, -frame[0].length);
  // 提出的5621件提案中，经审查…: 中 closing the clause is "among", not part of the noun.
  else if (label.length > 2 && f[j - 1] === '中' && (j >= f.length || CLAUSE.test(f[j] as string))) label = label.slice(0, -1);
  // (2100多名全国政协委员肩负使命: people are counted; the label ends with the person noun.)
  if (PERSON_UNITS.test(fig.info.unit) && !PERSONS.test(foldScript(label))) {
    const fl = foldScript(label);
    for (let k = fl.length - 1; k >= 2; k--) {
      // (Only before what they did: 常委会议室, 委员资格 are nouns of their own.)
      if (PERSONS.test(fl.slice(0, k)) && !/[和与及、]$/.test(fl.slice(0, k)) && (boundaryAt(f, from + k) || /^[肩担分出来到赴纷齐积围带作在是走深进了坚奋投冲逆守奔考值读学“「]/.test(fl.slice(k)))) {
        label = label.slice(0, k);
        break;
      }
    }
  }
  // 114件提案办复率99.4%: the tail naming a rate belongs to the next figure.
  if (next && j === next.start && /[率额量值]$/.test(f.slice(from, j)) && label.length >= 4) label = label.slice(0, label.length - 3);
  // (7个政协委员述职考评工作督导组，: a noun closed by punctuation is kept whole if a little long.)
  const closed = label.length > MAX_LABEL && label.length <= MAX_LABEL + 4 && j === from + label.length && (j >= f.length || CLAUSE.test(f[j] as string) || f[j] === '、');
  return trimQuotesAndSpace(closed ? label : label.slice(0, MAX_LABEL));
}

/** The clause from i on (a verb phrase: 参与投票), up to the next figure, at most MAX_LABEL. */
export function verbPhraseAt(text: string, f: string, i: number, next: LabelTarget | null): string {
  let j = i;
  const limit = Math.min(f.length, next ? next.start : f.length, i + MAX_LABEL);
  while (j < limit && !CLAUSE.test(f[j] as string) && f[j] !== '、') j++;
  return j - i >= 2 ? trimQuotesAndSpace(text.slice(i, j)) : '';
}

function startsFigure(f: string, i: number): boolean {
  let j = i;
  while (j < f.length && NUMERAL.test(f[j] as string)) j++;
  if (/[余多]/.test(f[j] ?? '')) j++;
  return !!unitAt(f, j);
}

/** What members put forward: counted by field (经济建设方面提案). Folded text. */
const TOPIC_NOUN = /^(?:提案|建议|意见|意见建议|信息|社情民意信息|议案)$/;
/** The field right before the verb: 围绕经济建设方面, 关于教育问题的. Folded text. */
const TOPIC_BEFORE = /(?:围绕|关于|涉及|就)([^，。；：、,;:]{2,8}?(?:方面|领域|类|问题))(?:的)?(?:共|先后|累计)?$/;

/** 占GDP比重, 占全市的比例: the whole a share is of, with 比重 or 比例 (folded text from 占); '' when not so. */
const SHARE_WHOLE = /^占(?:到|了)?[^，。；：,;:！？!?、占的\s]{1,8}?(?:的)?(?:比重|比例)/;
export function shareOfWhole(g: string): string {
  return SHARE_WHOLE.exec(g)?.[0] ?? '';
}

/** After an ordinal's 届/次: the rest of a meeting's name. Folded text. */
const MEETING_NAME = /^(?:[一二三四五六七八九十0-9]+次)?(?:会议|全会|全体会议|常委会|主席会议|会)/;

/** Whether f[k, i) sits inside a quotation that opens at or after `from` and closes before `to`. */
function quotedAt(f: string, k: number, i: number, from: number, to: number): boolean {
  // (Searched within the clause only: a text with no quotes is not scanned back to its start.)
  const seg = f.slice(from, k);
  const at = Math.max(seg.lastIndexOf('“'), seg.lastIndexOf('「'));
  if (at < 0 || /[”」]/.test(seg.slice(at + 1))) return false;
  const close = f.slice(i, to).search(/[”」]/);
  return close >= 0;
}

/** Backward: the subject before the number, after the last governing verb. */
function backwardLabel(text: string, f: string, fig: LabelTarget, prevEnd: number): string {
  let a = fig.start;
  while (a > prevEnd && !CLAUSE.test(f[a - 1] as string) && fig.start - a < 60) a--;
  // Never reach back past another number with a unit (主任1名、副主任3至5名).
  for (let i = fig.start - 1; i > a; i--) {
    if (NUMERAL.test(f[i - 1] as string) && !NUMERAL.test(f[i] as string)) {
      // (八个民主党派中央提案1347件: a name with a number in it is read through.)
      let k = i - 1;
      while (k > a && NUMERAL.test(f[k - 1] as string)) k--;
      if (SLOGANS.some((s) => f.startsWith(s, k))) continue;
      // (县红十字会, 十字路口: 十字 is a word, a cross.)
      if (f.startsWith('十字', k) && k === i - 1) continue;
      // (乡村建设“六件事”相关问题: a number inside a quoted name is part of the name.)
      if (quotedAt(f, k, i, a, fig.start)) continue;
      // (区政协三届四次会议提案: a meeting's ordinal is part of its name.)
      if (/^[次届]/.test(f.slice(i, i + 1)) && MEETING_NAME.test(f.slice(i + 1, i + 6))) continue;
      const u = unitAt(f, /[余多]/.test(f[i] as string) ? i + 1 : i);
      const end = u ? i + (/[余多]/.test(f[i] as string) ? 1 : 0) + u.unit.length : 0;
      // (年收入10万元以上的家庭: a threshold inside the noun phrase is no figure; the scan goes on.)
      // (45岁以下委员占比: an age bound is part of the noun too.)
      // (61-70岁8名: an age bracket right before a count of people names them.)
      if (u && !isThreshold(u.category, f, end) && !(/[岁歲]$/.test(u.unit) && (/^(?:及|或)?(?:以上|以下|以内|的)/.test(f.slice(end, end + 3)) || end === fig.start))) {
        a = end;
        break;
      }
    }
  }
  // 新增委员工作室(站)36个: a short note in brackets right before the number is the noun's.
  if (f[fig.start - 1] === ')' || f[fig.start - 1] === '）') {
    const open = Math.max(f.lastIndexOf('(', fig.start - 2), f.lastIndexOf('（', fig.start - 2));
    const inside = f.slice(open + 1, fig.start - 1);
    if (open > prevEnd && fig.start - open <= 8 && !/[，。；：！？,;:!?\n()（）]/.test(inside)) {
      // 正在解决或有关工作已启动的（B类）68件: a class after a 的 clause is named by both; the
      // clause alone, cut at its last verb, would misname it (启动（B类）).
      if (CLASS_NOTE.test(inside) && f[open - 1] === '的') {
        let from = open - 1;
        while (from > prevEnd && !CLAUSE.test(f[from - 1] as string)) from--;
        from += LIST_LEAD.exec(f.slice(from, open))?.[0].length ?? 0;
        return open - from + inside.length + 2 <= MAX_LABEL + 6 ? trimQuotesAndSpace(text.slice(from, fig.start)) : text.slice(open + 1, fig.start - 1);
      }
      const head = backwardLabel(text, f, { ...fig, start: open }, prevEnd);
      // (A pinyin artifact — 委員(yuán) — is left out; cleanup repairs it on the page.)
      const note = /\p{Script=Han}/u.test(inside) ? text.slice(open, fig.start) : '';
      if (head.length >= 2) return head.length + note.length <= MAX_LABEL ? head + note : head;
    }
  }
  // 编发《政协信息》120期: a title right before the number names what is counted.
  if (f[fig.start - 1] === '》') {
    const open = f.lastIndexOf('《', fig.start - 2);
    if (open >= Math.max(prevEnd, fig.start - 24) && !f.slice(open + 1, fig.start - 1).includes('》')) return text.slice(open, fig.start);
  }
  let t = text.slice(a, fig.start);
  let g = f.slice(a, fig.start);
  // Trailing connectors before the number: 有 / 达 / 共 / 为 / 计.
  // (A connector alone names nothing: 合计 and 累计达到 go whole, never leaving 合 or 累.)
  for (let changed = true; changed; ) {
    changed = false;
    if (CONNECTOR_SET.has(g)) {
      t = '';
      g = '';
      break;
    }
    // (From the list's start again after each cut: 累计达 loses 达, then 累计 whole, never 计 alone.)
    for (const w of TRAILING_CONNECTORS) {
      // (均 is an adverb, 年均/人均 a measure: 以年均8%.)
      // (得分为92分: 分 is the score's own word there; only 为 goes. 人才 keeps its 才.)
      if (g.endsWith(w) && g.length > w.length && !(w === '均' && /[年平人户日月]均$/.test(g)) && !(w.startsWith('分') && /[得积评总均]分[为成]$/.test(g)) && !(w === '才' && /[人英天口干奇将帅通专]才$/.test(g)) && !(w === '只' && /[一两几每]只$/.test(g))) {
        t = t.slice(0, -w.length);
        g = g.slice(0, -w.length);
        changed = true;
        break;
      }
    }
    // (提案的数量首次突破, 提案已经达到: an adverb before the connector says how, not what.)
    const adverb = changed ? undefined : ADVERBS.find((w) => g.endsWith(w) && g.length > w.length + 1 && isBoundaryAt(g, g.length - w.length, w));
    if (adverb) {
      t = t.slice(0, -adverb.length);
      g = g.slice(0, -adverb.length);
      changed = true;
    }
  }
  // 粮食产量连续5年稳定在100万吨以上: how long a level has held (连续5年, 三年来) says when, not
  // what; the subject is before it.
  const span = TIME_SPAN.exec(g);
  if (span) {
    t = t.slice(0, span.index);
    g = g.slice(0, span.index);
  }
  // 森林覆盖率提高到62.3%: a level reached (a verb and 到/至) names nothing; 完成年度任务的112%:
  // nor does 的 closing the phrase.
  const reached = REACHED.exec(g);
  if (reached && g.length > reached[0].length + 1) {
    t = t.slice(0, -reached[0].length);
    g = g.slice(0, -reached[0].length);
  }
  // 人均收入是全国平均水平的1.5倍, 为上年的120%: a multiple or a share of another quantity is
  // named by both (人均收入是全国平均水平).
  const multiple = fig.info.category === 'percent' ? MULTIPLE_OF.exec(g) : null;
  if (multiple && multiple.index >= 2) {
    const from = lastBoundary(g.slice(0, multiple.index));
    if (multiple.index - from >= 2 && g.length - 1 - from <= MAX_LABEL + 4) return finishBackward(t.slice(from, -1), g.slice(from, -1), false, false, MAX_LABEL + 4);
  }
  if (g.endsWith('的') && g.length > 2) {
    t = t.slice(0, -1);
    g = g.slice(0, -1);
  }
  // 参加活动的委员占委员总数的85%: a share is named by what it is a share of the whole of.
  const of = fig.info.category === 'percent' ? SHARE_OF.exec(g) : null;
  if (of && of.index >= 2 && !nameless(g.slice(0, of.index))) {
    const from = afterListComma(g.slice(0, of.index));
    // (县域常住人口约占…: an adverb before 占 is not the subject's: 约, 已, 均.)
    const adverb = /(?:约|大约|已|均|将近|接近|近)$/.exec(g.slice(from, of.index));
    const to = adverb && of.index - adverb[0].length - from >= 2 ? of.index - adverb[0].length : of.index;
    if (to - from >= 2) {
      // (数字经济增加值占GDP比重42.3%: a share said to be of a whole's 比重 says of which whole.)
      const whole = shareOfWhole(g.slice(of.index));
      const subject = finishBackward(t.slice(from, to), g.slice(from, to));
      return whole && subject.length + whole.length <= MAX_LABEL + 4 ? subject + t.slice(of.index, of.index + whole.length) : subject;
    }
  }
  // 提案中近三分之一: a share among what 中 closes.
  if (fig.info.category === 'percent' && g.endsWith('中') && g.length > 2) {
    t = t.slice(0, -1);
    g = g.slice(0, -1);
  }
  // 自治区委员参与490人次: with a participation verb at the end, the subject is counted.
  // (实际出席32人: an adverb before it is no subject.)
  for (const p of PARTICIPATION) if (g.endsWith(p) && g.length > p.length + 1 && !nameless(g.slice(0, -p.length))) return finishBackward(t.slice(0, -p.length), g.slice(0, -p.length));
  // 委员工作室共设立37个: a verb of setting up closing the phrase, with nothing named after the
  // number, counts what its subject names (unless the subject is a body doing the setting up).
  const setUp = fig.info.classifier ? SET_UP.exec(g) : null;
  if (setUp && setUp.index >= 2) {
    const h = g.slice(0, setUp.index).replace(/(?:共|已经|已|先后|累计|共计|新|均|目前|现)+$/, '');
    if (h.length >= 2 && !nameless(h) && !ORGANS.some((o) => h.endsWith(o))) return finishBackward(t.slice(0, h.length), h);
  }
  // 张某某捐资50万元, 企业出资200万元, 为困难群众捐款捐物价值860万元: giving verbs closing a
  // money figure's phrase (with what was given and its value) name it.
  if (fig.info.category === 'money') {
    const end = MONEY_TAIL.exec(g)?.index ?? g.length;
    let k = runStart(g, MONEY_VERBS, end);
    // (总投资达186亿元: 总 makes the verb a noun, and stays with it.)
    if (k < end && k > 0 && g[k - 1] === '总') k--;
    // (中央预算内投资3800万元: after what kind it is, 投资 is a noun and keeps it.)
    if (k > 0 && g.slice(k, end) === '投资') {
      let from = lastBoundary(g.slice(0, k));
      if (g.startsWith('其中', from)) from += 2;
      const kind = g.slice(from, k);
      // (计划投资3000万元: a plan word is no kind of investment; the plan is said apart.)
      // (去年完成投资30亿元: nor is a time or a verb.)
      if (kind.length >= 2 && end - from <= MAX_LABEL && !nameless(kind) && !boundarySpans(kind).length && !/^(?:计划|拟|力争|预计|预期|去年|今年|明年|全年|上半年|下半年|当年)/.test(kind)) k = from;
    }
    // (该会捐赠防疫物资总值逾500万港元: the value of what a verb of giving gave, named with the verb.)
    if (k === end && /(?:总值|价值|总额|金额)$/.test(g)) {
      for (const v of MONEY_VERBS) {
        const at = g.lastIndexOf(v);
        const what = at >= 0 ? g.slice(at + v.length) : '';
        if (at >= 0 && g.length - at <= MAX_LABEL && what.length >= 3 && !boundarySpans(what).length && (k === end || at > k)) k = at;
      }
    }
    if (k < end) {
      // (会长王能捐赠1万元, 企业出资200万元: who gave says whose money it is; not for whom, 为困难群众捐款.)
      // (董事长占建华向县红十字会捐资: the receiver after 向 is left out between them.)
      const who = donorBefore(g.slice(0, k));
      const giver = who && end - k + who[1] - who[0] <= MAX_LABEL ? t.slice(who[0], who[1]) : '';
      // (委员捐款捐物共计价值1500余万元 → 捐款捐物价值.)
      const conn = TAIL_CONNECTOR.exec(g.slice(end));
      if (!conn) return giver + t.slice(k);
      const at = end + conn[0].length - (conn[1] as string).length;
      return giver + t.slice(k, at) + t.slice(at + (conn[1] as string).length);
    }
  }
  // 谈心100余人次, 全年共录制播放19期: an activity closing the phrase is what was counted.
  // (with a partner — 与党外委员谈心 — or after its subject — 分党组成员谈心交流 — alike)
  const run = runStart(g, ACTIVITY_VERBS, g.length);
  if (run < g.length) return t.slice(run);
  // 经审查立案452件: the phrase's only verb closes it, with nothing after it: the verb is what was
  // counted. (After another verb it is a noun: 刊发有关报道58篇 → 有关报道.)
  const spans = boundarySpans(g);
  const closing = spans.length === 1 ? spans[0] : undefined;
  if (closing && closing[0] > 0 && closing[1] === g.length && closing[1] - closing[0] >= 2 && VERB_SET.has(g.slice(closing[0]))) {
    // (不予立案的36件: a negation stays with its verb; 大会期间提交的138件: so does the occasion
    // that says which of them.)
    const not = NEGATION.exec(g.slice(0, closing[0])) ?? OCCASION.exec(g.slice(0, closing[0]));
    return t.slice(closing[0] - (not ? not[0].length : 0));
  }
  // 委员对办理结果表示满意的有131件: a judgement is what was counted, with what was judged
  // (办理结果表示满意; 对办理过程… and 对办理结果… then differ).
  const judged = JUDGED.exec(g);
  if (judged) {
    let at = judged.index + (judged[1] ? 1 : 0);
    // (群众表示满意的占95%: without 对, who judged says whose judgement it is.)
    const from = judged[1] ? at : lastBoundary(g.slice(0, at));
    if (from < at && at - from <= 8 && PERSONS.test(g.slice(from, at))) at = from;
    return finishBackward(t.slice(at), g.slice(at), false, false, MAX_LABEL + 4);
  }
  // 增速高于全省平均水平1.3个百分点: a difference is named by what is compared and with what;
  // the noun after 于 alone (全省平均水平) is not what the figure measures.
  const than = COMPARATIVE.exec(g);
  if (than && than.index > 0 && g.length - than.index - 2 >= 2) {
    const from = lastBoundary(g.slice(0, than.index));
    if (than.index - from >= 2 && g.length - from <= MAX_LABEL + 4) return finishBackward(t.slice(from), g.slice(from), false, false, MAX_LABEL + 4);
  }
  // The last governing verb / preposition; the label is what follows it. An event noun after a
  // light verb keeps the verbs inside it: 开展救助困难归侨侨眷活动 → 救助困难归侨侨眷活动.
  let cut = lastBoundary(g);
  // (平均年龄仍比上届下降3.5岁: an adverb before a comparison leaves its subject in the label.)
  if (/^[比较]/.test(g.slice(cut))) {
    const k = beforeAdverbs(g, cut);
    const from = k < cut ? lastBoundary(g.slice(0, k)) : k;
    if (k - from >= 2 && k - from + g.length - cut <= MAX_LABEL + 4) return finishBackward(t.slice(from, k) + t.slice(cut), g.slice(from, k) + g.slice(cut), false, false, MAX_LABEL + 4);
  }
  // 未采纳意见12条: what a negated verb governs is counted with the negation (未采纳意见).
  const verb = boundarySpans(g).find(([a, b]) => b === cut && VERB_SET.has(g.slice(a, b)));
  const not = verb ? NEGATION.exec(g.slice(0, verb[0])) : null;
  if (verb && not) cut = verb[0] - not[0].length;
  // 解决和基本解决2345件, 基本落实或计划落实的: verbs joined by 和/或 are counted together; the
  // first verb (with 基本, 全部 or 部分 before it) stays.
  if (verb && !not && /^(?:和|与|及|或|以及)/.test(g.slice(cut))) {
    const degree = /(?:基本|全部|部分)$/.exec(g.slice(0, verb[0]));
    cut = verb[0] - (degree ? degree[0].length : 0);
  }
  if (EVENT_NOUN.test(g)) {
    for (const c of boundaryCuts(g)) {
      if (c >= cut) break;
      if (LIGHT_VERBS.some((v) => g.slice(0, c).endsWith(v))) {
        cut = c;
        break;
      }
    }
  }
  // 社情民意线索报送县委、县政府8条: after a verb of sending, organs are the recipients; what
  // was sent is the phrase before the verb.
  const sent = RECIPIENT_VERBS.find((v) => g.slice(0, cut).endsWith(v));
  if (sent && g.slice(cut).split(/[、和与及]/).every((p) => ORGAN.test(p))) {
    const end = cut - sent.length;
    const from = lastBoundary(g.slice(0, end));
    if (end - from >= 2) return finishBackward(t.slice(from, end), g.slice(from, end));
  }
  // 研发经费投入增长8%: a rate of change names what changed; the verb alone is no label.
  // (What changed and the verb take more room than a noun: 城乡居民人均可支配收入增长; an
  // adverb before the verb is left out: …收入分别增长5.1%、7.2%.)
  let max = MAX_LABEL;
  if (fig.info.category === 'percent' && cut > 0 && CHANGE.test(g.slice(cut))) {
    const from = boundaryCuts(g).filter((c) => c < cut && cut - c >= 2).pop() ?? 0;
    const adverb = ADVERBS.find((a) => g.slice(0, cut).endsWith(a) && cut - a.length - from >= 2) ?? '';
    if (g.length - from - adverb.length <= MAX_LABEL + 4) {
      max = MAX_LABEL + 4;
      t = t.slice(0, cut - adverb.length) + t.slice(cut);
      g = g.slice(0, cut - adverb.length) + g.slice(cut);
      cut = from;
    }
  } else if (fig.info.category === 'percent' && cut === 0 && CHANGE_TAIL.test(g)) {
    // (全市规模以上工业增加值同比增长: no verb before what changed; it takes the same room.)
    max = MAX_LABEL + 4;
  }
  let lt = t.slice(cut);
  let lg = g.slice(cut);
  // 围绕经济建设方面提出提案94件: the field the proposals are about says which of them
  // (经济建设方面提案); without it every field's count is just 提案.
  if (verb && !not && TOPIC_NOUN.test(lg)) {
    const topic = TOPIC_BEFORE.exec(g.slice(0, verb[0]));
    if (topic && (topic[1] as string).length + lg.length <= MAX_LABEL) {
      const start = topic.index + topic[0].indexOf(topic[1] as string);
      const end = start + (topic[1] as string).length;
      lt = t.slice(start, end) + lt;
      lg = g.slice(start, end) + lg;
    }
  }
  // 其中已解决或采纳的占比达到72.4%: a head that only says how much, right after the verb that
  // closes its modifier, is named by the whole modifier (已解决或采纳的占比), not by 的占比.
  if (lg[0] === '的' && GENERIC_HEAD.test(lg.slice(1)) && g.length <= MAX_LABEL + 4) return finishBackward(t, g, false, false, MAX_LABEL + 4);
  // 被市政协采用23条: after 被 come who did it and the verb; 被 stays to say so.
  if (cut > 0 && g[cut - 1] === '被' && lg.length >= 2 && lg.length < MAX_LABEL) {
    lt = t.slice(cut - 1);
    lg = g.slice(cut - 1);
  }
  // 走访慰问委员700余人次: person-times keep the service verbs in front of the person noun.
  if (fig.info.unit.endsWith('人次') && PERSONS.test(lg) && cut > 0) {
    const k = runStart(g, ACTIVITY_VERBS, cut);
    if (k < cut && g.length - k <= MAX_LABEL) {
      lt = t.slice(k);
      lg = g.slice(k);
    }
  }
  // 应到委员311名 (then 实到286名 → 实到委员): who was due is said, as who came is.
  const due = DUE.exec(g.slice(0, cut));
  if (due && PERSONS.test(lg) && lg.length + due[0].length <= MAX_LABEL) {
    lt = t.slice(cut - due[0].length);
    lg = g.slice(cut - due[0].length);
  }
  const persons = PERSON_UNITS.test(fig.info.unit);
  // 特邀代表和列席人员共40余人: people joined by 和 to people after a verb (列席) are counted
  // with them; the verb stays with its people.
  if (persons && verb && PERSONS.test(lg) && /[和及与]$/.test(g.slice(0, verb[0]))) {
    const head = g.slice(0, verb[0] - 1);
    if (PERSONS.test(head)) {
      const from = Math.max(lastBoundary(head), head.lastIndexOf('的') + 1);
      if (head.length - from >= 2 && g.length - from <= MAX_LABEL) return finishBackward(t.slice(from), g.slice(from), false, true);
    }
  }
  // 邀请归国藏胞参加市政协相关活动6人: people are counted, but what follows the last verb is
  // not a person (an activity): the person named between two earlier verbs is.
  if (persons && !PERSONS.test(lg)) {
    const spans = boundarySpans(g);
    for (let k = spans.length - 1; k > 0; k--) {
      const from = (spans[k - 1] as [number, number])[1];
      const to = (spans[k] as [number, number])[0];
      const seg = g.slice(from, to);
      if (to - from >= 2 && to - from <= MAX_LABEL && PERSONS.test(seg)) return finishBackward(t.slice(from, to), seg);
    }
  }
  // X等Y, X的Y: Y is the head, unless X ends in a threshold that says which ones are counted
  // (40岁以下的委员, 年收入10万元以上的家庭): X stays, or its threshold when the whole is too long.
  const deng = Math.max(lg.lastIndexOf('等'), lg.lastIndexOf('的'));
  // (用于医疗卫生的开支: a head that only says how much, 开支 or 人数, is named by what is before 的.)
  const threshold = deng > 0 && lg[deng] === '的' ? THRESHOLD_BEFORE.exec(lg.slice(0, deng)) : null;
  // (城建管理类的提案, 乡村振兴方面的提案: a class or a field before 的 says which of them; it
  // stays as a threshold does.)
  const generic = deng >= 2 && lg[deng] === '的' && (GENERIC_HEAD.test(lg.slice(deng + 1)) || CLASS_BEFORE.test(lg.slice(0, deng))) && lg.length <= MAX_LABEL;
  if (threshold) {
    if (lg.length > MAX_LABEL) {
      lt = lt.slice(threshold.index);
      lg = lg.slice(threshold.index);
    }
    max = Math.max(max, MAX_LABEL + 4);
  } else if (!generic && deng >= 0 && lg.length - deng - 1 >= 2 && !COMPOUNDS.test(lg.slice(deng, deng + 2))) {
    lt = lt.slice(deng + 1);
    lg = lg.slice(deng + 1);
  }
  // 先后慰问、救助困难归侨侨眷、…共776户: a list totalled with 共 is named by its first item.
  const total = /(?:共|合计|总计)$/.test(g.slice(0, g.length)) || /[共]$/.test(f.slice(a, fig.start));
  return finishBackward(lt, lg, total, persons, max);
}

/** Where a run of adverbs closing g[floor, end) starts (王能先后, 读书活动已成功): end when none does. Folded text. */
function beforeAdverbs(g: string, end: number, floor = 0): number {
  for (let adverb = ADVERBS.find((a) => g.slice(floor, end).endsWith(a)); adverb && end - adverb.length >= floor; adverb = ADVERBS.find((a) => g.slice(floor, end).endsWith(a))) end -= adverb.length;
  return end;
}

/** Nouns a name after a title is not (委员企业). Folded text. */
const COMMON_NOUN_END = /(?:企业|单位|公司|集团|组织|团体|机构|部门|群众|人士|家庭|商会|协会)$/;
/** A person's name after a title (会长王能, 委员陈美清). Folded text. */
const TITLED_NAME = /(?:董事长|总经理|总裁|主席|会长|理事长|书记|主任|委员|常委|院长|校长|局长|部长|经理|先生|女士)(\p{Script=Han}{2,3})$/u;

/**
 * Where the giver is named in h, the phrase before a verb of giving: a name after a title, or a
 * short subject that is the whole phrase, before any adverbs and any 向/为/给 phrase of the
 * receiver (董事长占建华向县红十字会, 王能先后); null for none (为困难群众: only the receiver).
 * Folded text.
 */
function donorBefore(h: string): [number, number] | null {
  let end = beforeAdverbs(h, h.length);
  // (…向县红十字会, 为汪二镇防疫工作人员: the receiver, at most 16 characters, after the giver.)
  const receiver = /(?:向|为|给)[^，。；：、,;:!?！？向为给]{2,16}$/.exec(h.slice(0, end));
  const named = (g: string): [number, number] | null => {
    const [, seg] = stripLeading(g, g);
    // (其中中央预算内投资, 计划投资: a determiner or a plan word gives nothing.)
    const plain = !nameless(seg) && !WHEN_ONLY.test(seg) && !DETERMINERS.includes(seg) && !/^(?:计划|拟|力争|预计|预期|其中|另外|此外|同时)/.test(seg) && !/[，、和与及的]/.test(seg);
    // (政协委员张某某捐资, 商会会长王能: the name after a title; 委员企业出资: a short subject whole.)
    const titled = TITLED_NAME.exec(g);
    if (titled && !COMMON_NOUN_END.test(titled[1] as string) && !PERSONS.test(titled[1] as string)) return [g.length - (titled[1] as string).length, g.length];
    return lastBoundary(g) === 0 && seg.length >= 2 && seg.length <= 6 && plain ? [g.length - seg.length, g.length] : null;
  };
  if (receiver) {
    end = beforeAdverbs(h, receiver.index);
    return end > 0 ? named(h.slice(0, end)) : null;
  }
  const from = lastBoundary(h.slice(0, end));
  if (from > 0 && PREPOSITIONS.some((p) => h.slice(0, from).endsWith(p))) return null;
  return named(h.slice(0, end));
}

/** Where a run of the given words closing g[0, end) starts (end when none closes it). */
function runStart(g: string, words: readonly string[], end: number): number {
  let k = end;
  for (let v = words.find((w) => g.slice(0, k).endsWith(w)); v && k > 0; v = words.find((w) => g.slice(0, k).endsWith(w))) k -= v.length;
  return k;
}

/** Where the label starts: after the last verb / adverb / preposition that leaves a label. */
function lastBoundary(g: string): number {
  return boundaryCuts(g).filter((c) => g.length - c >= 2).pop() ?? 0;
}

function boundaryCuts(g: string): number[] {
  return boundarySpans(g).map(([, end]) => end);
}

/** The verbs, adverbs and prepositions of a phrase, as [start, end) spans in order. */
function boundarySpans(g: string): [number, number][] {
  const spans: [number, number][] = [];
  let quoted = 0;
  for (let i = 0; i < g.length; i++) {
    // A quoted name is one noun: 建成“有事好商量”协商议事室 does not cut at 有.
    const ch = g[i] as string;
    if ('“「『'.includes(ch)) quoted++;
    else if ('”」』'.includes(ch)) quoted = Math.max(0, quoted - 1);
    if (quoted) continue;
    const set = SET_PHRASES.find((p) => g.startsWith(p, i));
    if (set) {
      i += set.length - 1; // a set phrase is one word: 共同 inside 共同体意识 is no boundary
      continue;
    }
    const w = boundaryAt(g, i, BACK_BOUNDARY_INDEX);
    if (w) {
      spans.push([i, i + w.length]);
      i += w.length - 1;
    }
  }
  return spans;
}

function finishBackward(t: string, g: string, totalled = false, persons = false, max = MAX_LABEL): string {
  [t, g] = stripLeading(t, g);
  // 特区政府今年拨款: a year word inside the phrase says when, not what (as one in front does).
  for (let m = MID_YEAR.exec(g); m; m = MID_YEAR.exec(g)) {
    t = t.slice(0, m.index) + t.slice(m.index + m[0].length);
    g = g.slice(0, m.index) + g.slice(m.index + m[0].length);
  }
  // (李泽楷亦捐出: 亦 before the verb says "also", nothing of who or what.)
  for (let k = g.indexOf('亦'); k >= 0; k = g.indexOf('亦', k)) {
    if (/^\p{Script=Han}/u.test(g.slice(k + 1)) && !/^[庄莊]/.test(g.slice(k + 1)) && g.length > 2) {
      t = t.slice(0, k) + t.slice(k + 1);
      g = g.slice(0, k) + g.slice(k + 1);
    } else k++;
  }
  t = trimQuotesAndSpace(t);
  g = trimQuotesAndSpace(g);
  // (市政协十三届五次会议以来提案: since when says when, not what.)
  const since = g.lastIndexOf('以来');
  if (since >= 2 && g.length - since - 2 >= 2) {
    t = t.slice(since + 2);
    g = g.slice(since + 2);
  }
  // 座谈会、协商会、通报会等26次: 等 closing a list is not part of it.
  if (g.length > 2 && (g.endsWith('等') || g.endsWith('等等'))) {
    const k = g.endsWith('等等') ? 2 : 1;
    t = t.slice(0, -k);
    g = g.slice(0, -k);
  }
  if (t.length <= max && !(totalled && t.includes('、'))) return t;
  const parts = g.split(/[、和与及]/);
  const tparts: string[] = [];
  {
    let at = 0;
    for (const p of parts) {
      tparts.push(t.slice(at, at + p.length));
      at += p.length + 1;
    }
  }
  if (totalled && parts.length > 1) {
    for (let i = 0; i < parts.length; i++) {
      const [pt, pg] = stripLeading(tparts[i] as string, parts[i] as string);
      const cut = lastBoundary(pg);
      if (pg.length - cut >= 2) return pt.slice(cut);
    }
  }
  // Coordinated nouns sharing a head: 住藏全国政协委员和自治区、市地、县区政协委员 → 政协委员.
  if (parts.length > 1) {
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    let k = 0;
    while (k < first.length && k < last.length && first[first.length - 1 - k] === last[last.length - 1 - k]) k++;
    if (k >= 2) return t.slice(t.length - k);
    // 党员委员与党外委员、…、委员与界别群众联系对子1800多对: people listed before a head noun;
    // the head is what is counted.
    if (!persons && parts.slice(0, -1).every((p) => PERSONS.test(p))) {
      let headAt = -1;
      for (const m of last.matchAll(PERSON_IN)) headAt = (m.index ?? 0) + m[0].length;
      const head = last.length - headAt;
      if (headAt > 0 && head >= 2 && head <= MAX_LABEL) return trimQuotesAndSpace(t.slice(t.length - head));
    }
    // 有关单位、媒体、高校、东盟国家留学生代表近300人: people are counted; the list's person is named.
    if (persons && PERSONS.test(last) && last.length >= 2 && last.length <= MAX_LABEL) return trimQuotesAndSpace(t.slice(t.length - last.length));
    // 八个民主党派中央和全国工商联提案: two names joined by 和 share the head; either alone misnames it.
    if (parts.length === 2 && !totalled && !PERSONS.test(last) && /^[^、与]+[和及][^、与]+$/.test(g) && first.length >= 2 && last.length >= 2 && t.length <= MAX_LABEL + 4) return t;
  }
  // Otherwise the longest tail that starts at a word boundary and fits.
  const starts: number[] = [];
  for (let i = 1; i < g.length; i++) {
    const prev = g[i - 1] as string;
    // (省委、省政府: 省 before an organ is part of its name, not a place in front of a label.)
    // (…有限公司董事长洪祖杭捐出: after a title comes the person.)
    if ('、和与及的'.includes(prev) || (/[市县省区州]/.test(prev) && !/^(?:委|政府|政协|人大|党委)/.test(g.slice(i))) || boundaryAt(g, i - 1) || (TITLE_END.test(g.slice(0, i)) && /^\p{Script=Han}/u.test(g.slice(i)) && !/^[会员团组部室厅处局办]/.test(g.slice(i)))) starts.push(i);
  }
  // (A time phrase in front of it is dropped, as from any label: 会议指出、近年来全区… .)
  for (const s of starts) if (g.length - s <= MAX_LABEL && g.length - s >= 2) return trimQuotesAndSpace(stripLeading(t.slice(s), g.slice(s))[0]);
  // Nothing fits: the head noun, the phrase's last word (two characters as a rule).
  return trimQuotesAndSpace(t.slice(t.length - 2));
}

/** Money named by what it is, right after the amount. Folded text. */
const FUND_NOUN = /(?:基金|善款|捐款|资金|款项|款物|经费|补贴|补助|奖金|奖励金|助学金|慰问金)/;

/** A title ending before a name (董事长, 主席, 会长). Folded text. */
const TITLE_END = /(?:董事长|总经理|总裁|主席|会长|理事长|书记|主任|委员|常委|院长|校长|局长|部长)$/;

/** A phrase that only says when (截至目前, 目前, 截至6月底, 至今). Folded text. */
const WHEN_ONLY = /^(?:截[至止]到?(?:目前|今|当前|(?:[0-9０-９一二三四五六七八九十〇零]+年)?(?:[0-9０-９一二三四五六七八九十]+月(?:底|末|份|[0-9０-９一二三四五六七八九十]+日)?)?)?|目前|当前|至今|迄今|近日|日前|此前|今天|昨天|当天|今日|昨日|当日|今年以来|年初以来|近年来|明年|今年|(?:(?:19|20)[0-9０-９]{2}年|[去今明上当]年)(?:底|末|初|年底)?)$/;

const CONNECTOR_SET = new Set(TRAILING_CONNECTORS);

/** Verbs of rank after a noun (成绩位列第一, 排名全省第二). Folded text. */
const RANKED = /^(?:位列|位居|名列|排名|排在|居于)/;
/** Verbs that are no boundary inside a label (全国政协单篇采用 keeps 单篇) but still close one. */
const CLOSING_VERBS = ['采用', '批示', '签批'];
/** Every verb of two or more characters that may close a label. */
const CLOSING_SET = [...VERBS, ...CLOSING_VERBS].filter((v) => v.length >= 2);
/** Words that name nothing (adverbs, verbs, connectors, the passive 被), longest first. */
const NAMELESS = [...new Set([...ADVERBS, ...VERBS, ...CLOSING_VERBS, ...TRAILING_CONNECTORS, ...PREPOSITIONS, '被', '明年', '今年', '年内', '全年', '上半年', '下半年', '经审查', '经审核', '经审定', '经研究'])].sort((a, b) => b.length - a.length);
const NAMELESS_SET = new Set(NAMELESS);
/** Own labels that say nothing at all: adverbs and connectors (共, 占, 累计). */
const WEAK_SET = new Set([...ADVERBS, ...TRAILING_CONNECTORS, ...PREPOSITIONS]);

/** A label that is one word naming nothing (an adverb, a verb, a connector), in either script. */
export function isNameless(label: string): boolean {
  return NAMELESS_SET.has(foldScript(label));
}

/** A label that is one verb, after any adverbs (立案, 实际出席), in either script. */
export function isVerbLabel(label: string): boolean {
  const g = lessAdverbs(foldScript(label));
  return VERB_SET.has(g) || CLOSING_VERBS.includes(g);
}

/**
 * A label closed by a verb of two or more characters, or by the same two characters as `passive`
 * (区政协采用 before 被市政协采用): who did something, not a thing it was done to.
 */
export function endsWithVerb(label: string, passive = ''): boolean {
  const g = foldScript(label);
  const verb = foldScript(passive).slice(-2);
  return (verb.length === 2 && g.endsWith(verb)) || CLOSING_SET.some((v) => g.endsWith(v));
}

/** A label that is only a verb of change (增长, 同比下降), in either script: it says how, not what. */
export function isChangeLabel(label: string): boolean {
  return CHANGE.test(lessAdverbs(foldScript(label)));
}

/** A change's label as the subject it lends (人均可支配收入增长 → 人均可支配收入); '' when only the change is left. */
export function changeSubject(label: string): string {
  const tail = CHANGE_TAIL.exec(foldScript(label));
  return tail && tail.index >= 2 ? label.slice(0, tail.index) : '';
}
const CHANGE_TAIL = /(?:同比|环比|按年|按月|按季)?(?:增长|下降|提高|降低|增加|减少|上升|回落)$/;

function lessAdverbs(s: string): string {
  for (let adverb = ADVERBS.find((a) => s.startsWith(a)); adverb && s.length > adverb.length; adverb = ADVERBS.find((a) => s.startsWith(a))) s = s.slice(adverb.length);
  return s;
}

/** A time a clause starts with (2023年达到…, 去年完成…, 截至目前共…): it names nothing either. Folded text. */
const LEADING_TIME = /^(?:(?:19|20)\d\d年(?:度|底|末|初)?|\d{1,2}月(?:\d{1,2}日)?|[去今明上当]年(?:底|末|初)?|同期|目前|当前|截至目前|截至\d{1,2}月(?:\d{1,2}日)?)/;

/** Only words that name nothing. */
function nameless(s: string): boolean {
  for (let changed = true; changed && s; ) {
    changed = false;
    const time = LEADING_TIME.exec(s);
    if (time) {
      s = s.slice(time[0].length);
      changed = true;
      continue;
    }
    for (const w of NAMELESS) {
      if (s.startsWith(w)) {
        s = s.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return !s;
}

/**
 * One clause break with only words that name nothing around it: the verb closing the clause
 * before and the start of the next (，实际出席 / 参加，实到 / ，共 / ，占).
 */
export function namesNothing(between: string): boolean {
  const m = /^\s*([^，,]*?)\s*[，,]\s*(.*)$/.exec(between);
  return !!m && nameless(m[1] as string) && nameless(m[2] as string);
}

/** 由/从 (and when, with 的, or how often) right before a figure: where a change started from (由上届的300人, 由每年300件). Folded text. */
const FROM_BEFORE = /(?:才|就|则|已|也)?(?:由|从)(?:([^，。；：,;:！？!?、\s]{1,8})的|每年|每届|年均|过去|原来)?$/;
/** A verb of change with 到/至, all that stands between the two figures (增加到, 提高至). */
const CHANGE_TO = /^(?:提高|提升|增长|增加|上升|下降|降低|减少|扩大|缩小|降|升|增)(?:到|至)(?:([^，。；：,;:！？!?、\s]{1,8})的|(现在|目前|当前|如今|今年|去年|本届|本年|(?:19|20)[0-9]{2}年(?:底|末)?))?$/;

/**
 * 委员人数由上届的300人增加到350人, 城镇化率由52%提高到58%: the level reached is the subject's
 * (委员人数); where it started from is the subject's too, with when it stood there
 * (委员人数（上届）) or 原 when the text does not say. Null when the figure is neither.
 */
function fromToLabel(text: string, f: string, fig: LabelTarget, prev: LabelTarget | null, next: LabelTarget | null, prevEnd: number): string | null {
  const subjectBefore = (start: number, from: RegExpExecArray, stop: number): string => {
    const subject = backwardLabel(text, f, { ...fig, start: start - from[0].length }, stop);
    return subject.length >= 2 && !isNameless(subject) ? subject : '';
  };
  if (next && CHANGE_TO.test(f.slice(fig.end, next.start))) {
    const from = FROM_BEFORE.exec(f.slice(Math.max(prevEnd, fig.start - 12), fig.start));
    const subject = from ? subjectBefore(fig.start, from, prevEnd) : '';
    if (!from || !subject) return null;
    const when = from[1] ? text.slice(fig.start - 1 - from[1].length, fig.start - 1) : '原';
    return `${subject}（${when}）`;
  }
  const to = prev ? CHANGE_TO.exec(f.slice(prev.end, fig.start)) : null;
  if (prev && to) {
    const from = FROM_BEFORE.exec(f.slice(Math.max(0, prev.start - 12), prev.start));
    const subject = from ? subjectBefore(prev.start, from, 0) : '';
    // (…增长到2023年的1.5万元: the level reached says when, as the level left does.)
    const when = to[1] ? text.slice(fig.start - 1 - to[1].length, fig.start - 1) : to[2] ? text.slice(fig.start - to[2].length, fig.start) : '';
    return subject ? (when ? `${subject}（${when}）` : subject) : null;
  }
  return null;
}

/** A body that acts (区政协, 省委办, 中央统战部, 致公党中央): it may name a figure with its verb. Folded text. */
const AGENT_END = new RegExp(`(?:${ORGANS.join('|')}|[县市省区州]委办|委员会|统战部|办公厅|办公室|中央)$`);

/**
 * 区政协采纳237篇, 读书活动已成功举办了四期: the body or the subject right before a label that is
 * only a verb did what is counted; '' when none.
 */
function agentBefore(text: string, f: string, label: string, at: number, prevEnd: number): string {
  // (Looked for only in the 40 characters before the figure: a long text costs no more.)
  const near = Math.max(prevEnd, at - 40);
  const w = f.slice(near, at).lastIndexOf(foldScript(label));
  const k = w < 0 ? -1 : near + w;
  if (k < 0) return '';
  let c = k;
  while (c > prevEnd && !CLAUSE.test(f[c - 1] as string) && f[c - 1] !== '、' && k - c < 16) c--;
  const end = beforeAdverbs(f, k, c);
  // (《重要提案摘报》共报送188期: a titled publication did it.)
  if (end === c && f[c - 1] === '》') {
    const open = f.lastIndexOf('《', c - 1);
    if (open >= 0 && c - open <= 24 && !/[，。；：！？,;:!?\n]/.test(f.slice(open, c))) return text.slice(open, c);
  }
  const g = f.slice(c, end);
  const from = lastBoundary(g);
  const [t, agent] = stripLeading(text.slice(c + from, end), g.slice(from));
  // (读书活动已成功举办了四期: a subject of the verb that is no body is named with it too.)
  // (经审查立案, 根据内容相近合并后实施交办: what 经 or 根据 introduces is how, not who; 由 introduces who.)
  const lead = (f.slice(Math.max(0, c - 12), c) + g.slice(0, from)).replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g, '');
  const how = /(?:根据|按照|通过|依据|经|对|就|围绕|在|于|为|向|给|把|将|从|与|和|及)$/.test(lead);
  const subject = !how && !nameless(agent) && !WHEN_ONLY.test(agent) && !/[的、和与及]/.test(agent) && !DETERMINERS.includes(agent);
  return agent.length >= 2 && agent.length <= 10 && (AGENT_END.test(agent) || subject) && !NUMERAL.test(agent) ? t : '';
}

export function findLabel(text: string, f: string, fig: LabelTarget, prev: (LabelTarget & { labelEnd?: number }) | null, next: LabelTarget | null): string {
  const prevEnd = prev ? Math.max(prev.end, prev.labelEnd ?? 0) : 0;
  const fromTo = fromToLabel(text, f, fig, prev, next, prevEnd);
  if (fromTo) return fromTo;
  let label = findOwnLabel(text, f, fig, prevEnd, next);
  // (区政协采纳237篇，省政协采纳20篇: a verb alone would name both alike; the body that did it tells them apart.)
  if (label && isVerbLabel(label)) {
    const agent = agentBefore(text, f, label, fig.start, prevEnd);
    if (agent && agent.length + label.length <= MAX_LABEL) return agent + label;
  }
  // (明年突破1500万人次: a word that only says when names nothing.)
  if (WHEN_ONLY.test(foldScript(label))) label = '';
  // (A verb alone is a label here: 经审查，立案452件 → 立案.)
  const valueOnly = VALUE_ONLY.test(foldScript(label));
  if (label.length >= 2 && !WEAK_SET.has(foldScript(label)) && !valueOnly) return label;
  // 占比最高的是经济建设类提案，共86件: a clause that names nothing before the number takes
  // the subject of the clause before it, when no figure stands earlier in the sentence (one that
  // does lends its own label: see extractFigures).
  let comma = fig.start;
  while (comma > 0 && !CLAUSE.test(f[comma - 1] as string)) comma--;
  comma--;
  let before = '';
  // 捐赠了米面油等新春大礼包，价值2.3万元: a value alone is the value of the clause before's thing.
  if (valueOnly && comma > 0 && /[，,]/.test(f[comma] as string)) {
    const thing = backwardLabel(text, f, { ...fig, start: comma }, prevEnd);
    if (thing.length >= 2 && !isNameless(thing) && !WHEN_ONLY.test(foldScript(thing)) && thing.length + label.length <= MAX_LABEL + 4) return thing + label;
    return label;
  }
  if (comma > prevEnd && /[，,]/.test(f[comma] as string) && namesNothing(f.slice(comma, fig.start))) {
    // (城建类的提案最多，有90件: a clause that says its subject is the largest names the figure
    // after it, whatever figure stands earlier in the sentence.)
    const most = SUPERLATIVE.exec(f.slice(Math.max(prevEnd, comma - 6), comma));
    if (most && comma - most[0].length > prevEnd) before = backwardLabel(text, f, { ...fig, start: comma - most[0].length }, prevEnd);
    else if (!prev || /[。！？!?；;\n]/.test(f.slice(prevEnd, comma))) {
      // (报送的信息中，有3条被采用: 中 closing that clause is "among", not part of the noun.)
      const among = f[comma - 1] === '中' && !/(?:集|其|期|之|心|空|手)中$/.test(f.slice(comma - 2, comma)) ? 1 : 0;
      before = backwardLabel(text, f, { ...fig, start: comma - among }, prevEnd);
    }
  }
  // (我国数字经济规模已连续多年位居世界第二，2023年达到53.9万亿元: when the clause before
  // says something of its subject, the subject is what the figure measures, not what was said.)
  if (comma > prevEnd && /[，,]/.test(f[comma] as string) && namesNothing(f.slice(comma, fig.start)) && (!before || PREDICATE_IN.test(foldScript(before)))) {
    const lead = leadingSubject(text, f, comma, prevEnd);
    if (lead) before = lead;
  }
  // (截至目前，已有…: a clause that only says when names no subject.)
  if (before.length >= 2 && !isNameless(before) && !WHEN_ONLY.test(foldScript(before))) return before;
  // 截至2月20日，99.2%已经办复: a share with no subject, then what has been done: that is its label.
  const done = label ? null : fig.info.category === 'percent' ? DONE_AFTER.exec(f.slice(fig.end, fig.end + 4)) : null;
  if (done) return verbPhraseAt(text, f, fig.end + done[0].length, next);
  // 委员名单（571人）: a figure alone in brackets counts the noun right before them.
  if (!label && /[（(]/.test(f[fig.start - 1] ?? '') && /^[）)]/.test(f.slice(fig.end, fig.end + 1)) && fig.start - 1 > prevEnd) {
    const named = backwardLabel(text, f, { ...fig, start: fig.start - 1 }, prevEnd);
    if (named.length >= 2 && !isNameless(named) && !WHEN_ONLY.test(foldScript(named))) return named;
  }
  // (以8%的速度增长: a preposition alone names nothing.)
  return label.length === 1 && isNameless(label) ? '' : label;
}

/** …是/为/相当于 another quantity 的, right before a multiple or a share of it. Folded text. */
const MULTIPLE_OF = /(?:是|为|相当于)[^，。；：,;:！？!?是为]{1,12}的$/;

/** A label that only says "its value" (价值, 总金额): of what, the clause before says. Folded text. */
const VALUE_ONLY = /^(?:总)?(?:价值|金额|总额|总值|货值)$/;

/** A label that says something of a subject (位居世界第二, 连续三年增长) rather than naming it. Folded text. */
const PREDICATE_IN = /位居|位列|排名|居全|居第|增长|下降|提高|降低|增加|减少|上升|回落|突破|超过|保持/;
/** Where a clause's subject ends: an adverb of time or manner, or a verb of change. Folded text. */
const SUBJECT_END = /^(?:已经|已|连续|持续|逐年|稳步|不断|首次|均已|都已|大幅|明显|增长|下降|提高|降低|增加|减少|上升|回落|突破|保持|位居|位列|居全|居第)/;

/** The subject a clause (ending at end, a comma) starts with, when an adverb or a verb of change follows it; '' otherwise. */
function leadingSubject(text: string, f: string, end: number, stop: number): string {
  let start = end;
  while (start > stop && !CLAUSE.test(f[start - 1] as string)) start--;
  while (start < end && /\s/.test(f[start] as string)) start++;
  for (let j = start + 2; j < end && j - start <= MAX_LABEL; j++) {
    if (!SUBJECT_END.test(f.slice(j, end))) continue;
    const subject = text.slice(start, j);
    return /^\p{Script=Han}/u.test(subject) && !NUMERAL.test(subject) && !isNameless(subject) && !nameless(foldScript(subject)) ? subject : '';
  }
  return '';
}

/** A clause closing on its subject being the largest or the first. Folded text. */
const SUPERLATIVE = /(?:最多|最高|最大|最为集中|最集中|居首|居多|居第一)$/;

/** 已/已经/均已 right after a share: what follows says what was done to that share. Folded text. */
const DONE_AFTER = /^(?:已经|均已|全部|已)/;

/** One-character nouns a share may count (90%以上的县, 80%的村). */
const ONE_CHAR_NOUN = /^[县村乡镇市区州省户人校组队班]$/;
/** Nouns a percentage with 的 qualifies as a rate, not a share of (8%的速度). */
const RATE_NOUN = /^(速度|幅度|增幅|增速|降幅|水平|比例|比重|利率|税率)/;
/** A rule or a goal a share is set by (不超过总额5%的规定), not a noun it is a share of. Folded text. */
const RULE_NOUN = /^(规定|要求|标准|目标|上限|下限|限额|红线|门槛|底线|原则|任务)/;

/** 以…N%的速度增长: the pace (after 的) and the change it is the pace of. */
const PACE_AFTER = /^(速度|幅度)(增长|递增|下降|递减|减少|提高|上升|回落)/;
/** …and before the number: 以, with how the pace is taken (年均, 平均, 每年). */
const PACE_BEFORE = /以(年均|平均|每年)?$/;

/**
 * Where the people named at the start of a forward label end, when what they did follows
 * (an act, or a word boundary): the longest such start, 0 if none. Folded text.
 */
function peopleBeforeAct(fw: string): number {
  for (let i = Math.min(fw.length - 1, 10); i >= 2; i--) {
    const rest = fw.slice(i);
    if (PERSONS.test(fw.slice(0, i)) && (ACTS.test(rest) || PARTICIPATION.some((p) => rest.startsWith(p)) || (rest.length >= 2 && boundaryAt(fw, i)))) return i;
  }
  return 0;
}

function findOwnLabel(text: string, f: string, fig: LabelTarget, prevEnd: number, next: LabelTarget | null): string {
  const cat = fig.info.category;
  if (fig.info.classifier || fig.info.duration || cat === 'money') {
    const fw = forwardLabel(text, f, fig, next);
    // 政协委员代表200余人参加会议: after people counted, a verb phrase is what they did; the
    // people are named before the number.
    const people = PERSON_UNITS.test(fig.info.unit) || fig.info.unit.endsWith('人次');
    // (邀请港澳委员120余人次来桂考察: after people counted, words that name no one are what
    // they did, too.)
    // (Labels are in the page's script; the word lists in match form.)
    // (张某某一行5人: whoever leads 一行, a delegation, names its people.)
    const delegation = f.slice(Math.max(0, fig.start - 2), fig.start) === '一行';
    const isPerson = (l: string) => PERSONS.test(foldScript(l)) || (delegation && l.length >= 2);
    const fwFolded = foldScript(fw);
    if (people && fw && !PERSONS.test(fwFolded)) {
      // 20位常委作大会发言: the people, then what they do. (The longest run of people words:
      // 6位提案人代表作了发言 → 提案人代表, 5名委员代表作交流发言 → 委员代表.)
      const who = peopleBeforeAct(fwFolded);
      if (who) return fw.slice(0, who);
      const bw = backwardLabel(text, f, fig, prevEnd);
      if (isPerson(bw)) return bw;
    }
    if (people && VERB_SET.has(f.slice(fig.end, fig.end + 2)) && !PERSONS.test(fwFolded)) {
      const bw = backwardLabel(text, f, fig, prevEnd);
      if (isPerson(bw)) return bw;
      // 上万人次参与投票, 共有百万余人次参与网上议政: no one named before the number, so what they
      // did is what the figure counts. (活动吸引逾千人参与: a verb alone names no one either.)
      if (bw.length < 2 || isNameless(bw)) {
        const did = verbPhraseAt(text, f, fig.end, next);
        if (did) return did;
      }
    }
    // 走访5个村和3个社区: a one-character noun of places closing the phrase is the label too.
    if ((!fw || fw.length === 1) && fig.info.classifier && ONE_CHAR_NOUN.test(f.slice(fig.end, fig.end + 1)) && (fig.end + 1 >= f.length || /[，,。；;、和与及]/.test(f[fig.end + 1] as string) || /^(?:全部|全|均|全年|今年|年内|去年|当年|目前|现已)/.test(f.slice(fig.end + 1)) || (!!boundaryAt(f, fig.end + 1) && VERB_SET.has(boundaryAt(f, fig.end + 1) as string)))) {
      (fig as { labelEnd?: number }).labelEnd = fig.end + 1;
      return text.slice(fig.end, fig.end + 1);
    }
    // (居住着近68万人口: 人 with 口 is the word 人口.)
    if (fig.info.unit === '人' && f[fig.end] === '口' && !fw) return text.slice(fig.end - 1, fig.end + 1);
    // (王新中先后3次捐赠…, 3次深入基层调研: times, then what was done so many times.)
    if (!fw && /^[次回轮]$/.test(fig.info.unit)) {
      const verb = boundaryAt(f, fig.end);
      if (verb && VERB_SET.has(verb)) {
        const did = verbPhraseAt(text, f, fig.end, next);
        const tail = /(?:共计|合计|累计|总计)?总?(?:价值|总额|金额)$/.exec(foldScript(did));
        const done = tail ? did.slice(0, tail.index) : did;
        if (done.length >= 2) return done;
      }
    }
    // 8成群众满意: a share of people is a share of those people.
    const who = cat === 'percent' && f[fig.end] !== '的' ? PERSON_START.exec(f.slice(fig.end, fig.end + 4)) : null;
    if (who) return text.slice(fig.end, fig.end + who[0].length);
    // (百分之五的规定: a share set by a rule or a rate is read as a share is below.)
    if (fw.length >= 2 && (cat !== 'money' || f[fig.end] === '的') && !(cat === 'percent' && (RULE_NOUN.test(fwFolded) || RATE_NOUN.test(fwFolded)))) {
      (fig as { labelEnd?: number }).labelEnd = fig.end + fw.length + (f[fig.end] === '的' ? 1 : 0);
      return fw;
    }
    // 每人8000元助学金: money for each names what each gets (每人助学金), not just 每人.
    if (cat === 'money' && fw.length >= 2) {
      const each = backwardLabel(text, f, fig, prevEnd);
      const noun = MONEY_NOUN.exec(foldScript(fw));
      if (PER_EACH.test(foldScript(each)) && noun && each.length + noun[0].length <= MAX_LABEL) return each + fw.slice(0, noun[0].length);
    }
    // (设立1500万元人民币抗疫专项基金, 500万港元善款: a fund or a donation named right after the amount.)
    const fund = cat === 'money' ? FUND_NOUN.exec(foldScript(fw)) : null;
    if (fund && fund.index + fund[0].length <= 10) {
      const named = fw.slice(0, fund.index + fund[0].length);
      (fig as { labelEnd?: number }).labelEnd = fig.end + named.length;
      return named;
    }
  }
  // 覆盖全市80%以上的乡镇: a share followed by 的 is a share of the noun after it, unless a rate
  // names it (满意率达95%的…, 以年均8%的速度).
  if (cat === 'percent' && f[fig.end] === '的') {
    const bw = backwardLabel(text, f, fig, prevEnd);
    const fw = /(率|比例|比重|占比)$/.test(foldScript(bw)) ? '' : forwardLabel(text, f, fig, next);
    if (fw.length >= 2 && !RATE_NOUN.test(foldScript(fw)) && !RULE_NOUN.test(foldScript(fw))) {
      (fig as { labelEnd?: number }).labelEnd = fig.end + fw.length + 1;
      return fw;
    }
    // 地区生产总值以年均8%的速度增长: the pace of a change; what changed, and how, is the label
    // (地区生产总值年均增长), not what the rate is said of.
    const pace = PACE_AFTER.exec(f.slice(fig.end + 1, fig.end + 8));
    const paced = pace ? PACE_BEFORE.exec(foldScript(bw)) : null;
    if (pace && paced && paced.index >= 2) {
      const how = paced[1] ? bw.slice(paced.index + 1) : '';
      const verb = text.slice(fig.end + 1 + (pace[1] as string).length, fig.end + 1 + pace[0].length);
      const label = bw.slice(0, paced.index) + how + verb;
      if (label.length <= MAX_LABEL + 4) return label;
    }
    // 覆盖90%以上的县, 90%的村建立了…: a one-character noun of places or people is the share's too.
    if (!fw && ONE_CHAR_NOUN.test(f.slice(fig.end + 1, fig.end + 2)) && (fig.end + 2 >= f.length || CLAUSE.test(f[fig.end + 2] as string) || boundaryAt(f, fig.end + 2))) {
      (fig as { labelEnd?: number }).labelEnd = fig.end + 2;
      return text.slice(fig.end + 1, fig.end + 2);
    }
    return bw;
  }
  // (以2357分的年度总成绩: a score is named by what follows 的, as a share is.)
  if (fig.info.unit === '分' && f[fig.end] === '的') {
    const fw = forwardLabel(text, f, fig, next);
    if (fw.length >= 2) {
      (fig as { labelEnd?: number }).labelEnd = fig.end + fw.length + 1;
      return fw;
    }
  }
  const bw = backwardLabel(text, f, fig, prevEnd);
  // 出席开幕会2063人, 参加培训2000人次: people counted by what they took part in are its
  // participants (出席开幕会), not the event.
  if ((PERSON_UNITS.test(fig.info.unit) || fig.info.unit.endsWith('人次')) && bw.length >= 2 && !PERSONS.test(foldScript(bw))) {
    const k = f.lastIndexOf(foldScript(bw), fig.start);
    const verb = k >= 2 && k >= prevEnd + 2 ? f.slice(k - 2, k) : '';
    if (PARTICIPATION.includes(verb) && bw.length + 2 <= MAX_LABEL) return text.slice(k - 2, k) + bw;
  }
  // 已有近八成提案办结: tenths with no subject before them are a share of the noun right after.
  if (cat === 'percent' && bw.length < 2 && f.slice(fig.start, fig.end).includes('成') && /^\p{Script=Han}/u.test(f.slice(fig.end, fig.end + 1))) {
    const fw = forwardLabel(text, f, fig, next);
    if (fw.length >= 2 && !isNameless(fw) && !isNameless(fw.slice(0, 2))) return fw;
  }
  return bw;
}
