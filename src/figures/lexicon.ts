// Word lists for label finding, in matching form (Simplified). They describe how Chinese work
// reports phrase a counted thing: governing verbs, adverbs, prepositions and determiners sit
// between the label and the rest of the clause.
import { CURRENCY_BEFORE_FORMS } from './currency';

/** Governing and reporting verbs: the label is the noun phrase after the last one. */
export const VERBS = [
  '开展', '举办', '召开', '组织', '形成', '提出', '提交', '呈报', '报送', '收集', '征集', '搜集', '建立', '引进', '参与', '参加',
  '出席', '列席', '邀请', '实现', '完成', '解决', '协调', '化解', '办理', '推动', '推进', '深入', '走访', '慰问', '看望', '帮扶',
  '救助', '捐助', '资助', '录制', '播放', '刊播', '刊发', '报道', '发布', '发表', '发现', '反馈', '反映', '撰写', '编写', '起草',
  '精选', '选取', '确定', '明确', '制定', '印发', '出台', '废止', '修订', '审议', '表决', '聘任', '结成', '结对', '联系', '谈心',
  '交流', '提供', '新增', '新建', '建成', '吸引', '带动', '涉及', '争取', '募集', '筹集', '投入', '安排',
  '采纳', '入户', '聆听', '接待', '达到', '现有', '共有', '拥有', '举行', '承办', '受理', '立案', '答复', '评选', '表彰', '接收',
  '参观', '考察', '用于', '运送', '执飞', '收到', '入选', '当选', '荣获', '获评', '设立', '设置', '配备', '惠及', '选聘', '聘请', '选派', '获得',
  '整理', '筹得', '募得', '筹措', '募捐', '颁发', '编发', '编报', '编印', '捐建', '前往', '来到', '派发', '派送', '分发', '印制', '接入', '开通', '力争', '落实', '受到', '担任', '出版', '发放', '命名', '应到', '实到', '开设', '增设', '复盖' /* 覆盖 in match form: 覆 folds to 复 (答覆) */,
  '取得', '组建', '成立', '吸纳', '召集', '达成', '签订', '签署', '打造', '创建', '评出', '推出', '推荐', '选送', '转交', '转办',
  '交办', '督办', '领办', '承担', '上报', '组成', '开办', '制作', '拍摄', '收录', '创作', '帮助', '促成', '得到', '列入', '纳入', '转为', '改建',
  '改造', '修建', '实施', '列为', '提升', '培育', '培养', '评选出', '选出', '推选出', '推选', '梳理出', '梳理', '整理出', '排查出', '排查', '查找出', '推送', '回收', '增补', '增选', '补选', '建设', '运往', '运到', '送往', '送达', '捐赠', '捐献',
  '达', '有', '办', '获', '设', '是',
];
/** Light verbs whose object names an event (开展救助困难归侨侨眷活动). */
export const LIGHT_VERBS = ['开展', '举办', '召开', '举行'];
export const EVENT_NOUN = /(活动|行动|会议|工作)$/;
/** A verb followed by one of these is part of a noun (座谈会, 培训班, 联系对子, 捐助项目, 提案办理先进单位). */
export const NOUN_AFTER_VERB = /^(会(?![员长办同商签])|人员|班|组|室|站|点|团|率|金|品|就业|人数|人次|对子|项目|活动|报告|机制|制度|中心|基地|平台|会议|单位|部门|先进|优秀)/;
/** Aid verbs that make a noun with what is given or who gets it (帮扶资金, 救助对象, 慰问金). */
export const AID_NOUN = /^(?:帮扶|救助|慰问|资助|捐助)(?:资金|经费|物资|款物|对象|项目|金)/;
/** Verbs whose subject is the thing counted (自治区委员参与490人次). */
export const PARTICIPATION = ['参与', '参加', '出席', '列席', '聆听'];
/** Giving and spending: closing a money figure's phrase, they name what the money is (张某某捐资50万元). */
export const MONEY_VERBS = ['捐资', '捐款', '捐物', '捐赠', '捐助', '出资', '投资', '筹资', '集资', '融资', '募捐', '募资', '资助', '拨款', '拨付', '支出'];
/** Activities that are the counted thing themselves when they close the phrase (谈心100余人次). */
export const ACTIVITY_VERBS = ['谈心', '交流', '走访', '慰问', '看望', '录制', '播放', '入户', '帮扶'];
export const ADVERBS = [
  '积极', '主动', '认真', '踊跃', '共同', '先后', '分别', '相继', '累计', '共计', '合计', '合共', '总计', '连续', '持续', '首次', '全力', '实际', '具体', '分组',
  '预计', '预期', '已经', '成功', '圆满', '顺利', '随即', '随后', '当即', '纷纷', '仍然', '依然', '依旧', '均', '都', '已', '仍', '正', '也', '还', '又', '再', '就', '即', '共', '计', '约',
  // Quantifiers after a noun (5000余件提案绝大多数已经办复) end it as an adverb does.
  '绝大多数', '大多数', '绝大部分', '大部分',
];
export const PREPOSITIONS = ['围绕', '通过', '按照', '根据', '与', '和', '及', '向', '对', '为', '在', '从', '于', '把', '将', '被', '给', '由', '同', '跟', '赴', '到'];
/** Stripped from the start of a label. */
export const DETERMINERS = ['这位', '这名', '这些', '那些', '有价值的', '有价值', '各类', '各级', '各种', '各项', '其中', '全年', '年内', '共计', '累计', '先后', '共'];
/** Long set phrases that modify a head noun; a label drops them (…思想学习座谈会 → 学习座谈会). */
export const SET_PHRASES = [
  '习近平新时代中国特色社会主义思想', '铸牢中华民族共同体意识', '中华民族共同体意识', '全过程人民民主', '党的二十大精神', '中国特色社会主义',
];
/** Person nouns: a 人次 label keeps the service verb in front of them (走访慰问委员). */
export const PERSONS = /(委员|常委|群众|人员|干部|代表|人士|职工|党员|老人|儿童|学生|病人|患者|家庭|对象|侨眷|同胞|侨胞|藏胞|台胞|企业家|专家|学者|居民|村民|农民|志愿者|教师|律师|医生|负责人|负责同志|成员|工作者|主席|领导|读者|市民|游客|网民|青年|妇女|观众|听众|家长|师生)$/;
/** Verbs of sending, and the organs that receive (报送县委、县政府): the label is what was sent. */
export const RECIPIENT_VERBS = ['报送', '呈报', '提交', '转交', '转送', '推送', '反馈'];
export const ORGANS = ['党委', '县委', '市委', '省委', '区委', '州委', '政府', '部门', '单位', '政协', '人大', '党组', '机关'];
/** Connectors between a backward label and its number, dropped from the label (现有…, 占…). */
export const TRAILING_CONNECTORS = ['高达', '多达', '长达', '现有', '共有', '另有', '达到', '共计', '合计', '合共', '总计', '累计', '先后有', '占到', '折合', ...CURRENCY_BEFORE_FORMS, '可达', '等于', '一般', '只有', '仅有', '仅', '只', '才', '稳定在', '保持在', '控制在', '停滞在', '维持在', '徘徊在', '保持', '为期', '历时', '历经', '用时', '耗时', '突破', '超过', '超出', '完成', '可分为', '分为', '分成', '划分为', '在', '一行', '有', '达', '共', '为', '计', '约', '占', '是', '了', '均', '已'];
/**
 * After a money or measure figure: a threshold in a noun phrase (年收入10万元以上的家庭, 1000亩以上的
 * 基地), which says which ones are counted and is not a result itself, unless what follows is the
 * money (筹集100万元以上的资金). Folded text, from the end of the unit.
 */
const THRESHOLD_AFTER = /^(?:及|或)?(?:以上|以下|以内)的(?!(?:资金|款物|善款|物资|经费|投资|收入))/;
/** Whether a money or measure unit ending at `end` in f opens such a threshold. */
export function isThreshold(category: string, f: string, end: number): boolean {
  return (category === 'money' || category === 'measure') && THRESHOLD_AFTER.test(f.slice(end, end + 8));
}
/** A person noun anywhere (PERSONS matches one at the end). */
export const PERSON_ANYWHERE = new RegExp(PERSONS.source.replace(/\$$/, ''));
/** A person noun at the start (8成群众满意 → 群众). */
export const PERSON_START = new RegExp(`^${PERSONS.source.replace(/\$$/, '')}`);
/** Words ending a forward label (after a measure word). */
export const FORWARD_STOP_CHARS = new Set('的和与及等在为被把将向从于到赴均都共之并也还又已给让使由对未因要'.split(''));
/** Numbered slogans: never figures, quoted or not. */
export const SLOGANS = [
  '两个确立', '两个维护', '四个全面', '五位一体', '四个意识', '四个自信', '四件大事', '四个创建', '三个代表', '八项规定', '两个大局',
  '两个一百年', '四个一', '四联系', '两个薄弱', '三个务必', '两个结合', '五大安全', '五个认同', '三农', '三大攻坚战', '四下基层',
  '两个健康', '两个毫不动摇', '六稳', '六保', '四个专项行动', '十件履职大事',
  // Names with a number in them: the eight parties are a name, not a count.
  '八个民主党派', '56个民族', '五十六个民族',
];
