import { foldScript, scriptAgnostic, scriptVariants } from '../text/han';

// What spam and boilerplate *are*, as text (GUIDE §3). All patterns are in matching form:
// Simplified, pinyin removed (text/han matchForm), so Traditional pages match the same way.

/** Terms no legitimate CPPCC article carries: porn, gambling and SEO-farm vocabulary. */
export const SPAM_STRONG = [
  '一区二区', '二区三区', '区二区', '不卡', '伦理片', '伦理一区', '无码', '有码', '成人影', '成人视频', '午夜剧场', '午夜伦理',
  '国产精品', '精品一区', '中文字幕', '在线观看', '免费观看', 'av天堂', '久久精品', '亚洲欧美', '欧美日韩', '日韩中文', '偷拍',
  '娱乐城', '博彩', '百家乐', '六合彩', '时时彩', '体育投注', '足球投注', '彩金', '葡京', '赌场', '老虎机', '棋牌游戏', '真人娱乐',
  '赛车pk10', 'pk10', '开奖结果', '太阳城', '蜘蛛池', '站群', '快排', '霸屏', '代孕', '发票代开', '百度蜘蛛', '泛目录', '寄生虫程序',
  '黑帽', '快速排名', '百度收录',
  '乱伦', '乱子伦', '熟妇', '熟女', '人妻', '色图', '毛片', '三级片', '黄色网站', '黄色视频', '这里只有精品', '自拍偷拍', 'av在线', '成人精品', '成人网站',
];
/** Terms that are spam only in company: 彩票 and 伦理 have real news uses (办证大厅, 免费刻章 too). */
export const SPAM_WEAK = ['彩票', '伦理', '亚洲', '欧美', '日韩', '视频', '高清', '免费', '国产', '精品', '午夜', '开奖', '投注', '娱乐', '注册送', '办证', '刻章', '假证', '试管婴儿', '激情', '久久', '自拍', '影院'];
/**
 * The selling words of an advertisement. With a way to reach the seller (a QQ or WeChat id, a
 * mobile number, a web address: see isSolicitation) they make a line an ad, which no CPPCC
 * article carries; alone they are ordinary words.
 */
export const SPAM_AD = ['注册', '开户', '客服', '包成功', '包过', '返利', '首充', '首存', '返水', '送彩金', '加微', '毕业证', '学位证', '驾驶证'];
/** A way to reach a seller: QQ / WeChat ids, mobile numbers, 微信同号. */
const CONTACT = /(?:qq|扣扣|微信|威信|vx|wx|v信)\s*(?:号|群)?\s*[:：]?\s*[a-z0-9_-]{5,}|微信同号|加微|(?<!\d)1[3-9]\d{9}(?!\d)/i;
/** A web address written as text (not a government, party or school site). */
const TEXT_URL = /(?:www\.|https?:\/\/)(?![a-z0-9.-]*\.(?:gov|org|edu)\.cn)[a-z0-9-]+|\b(?![a-z0-9.-]*\.(?:gov|org|edu)\.cn)[a-z0-9-]{2,}\.(?:com|net|cc|vip|top|xyz|app|me|tv|co)\b/i;

/** A line that sells and says how to reach the seller: an injected ad. Text in match form. */
export function isSolicitation(text: string, termsFound: boolean): boolean {
  if (!termsFound && !SPAM_AD.some((w) => text.includes(w))) return false;
  return CONTACT.test(text) || TEXT_URL.test(text);
}

export const SPIDER_POOL = /蜘蛛池|站群模板/;

/** One compiled pattern for every spam term in both scripts: a cheap first look at a block. */
export const SPAM_ANY = new RegExp([...SPAM_STRONG, ...SPAM_WEAK, ...SPAM_AD].map(scriptAgnostic).join('|'), 'i');

/**
 * A screen that runs before SPAM_ANY: true whenever the text has two adjacent characters that
 * could open a term (in either script, ASCII letters in either case), so it is true for every
 * text SPAM_ANY matches, and false for most prose at a typed-array lookup per character. (The
 * regex costs ~8 ns per character of prose; a long page has a million.)
 */
export function termScreen(terms: readonly string[]): (text: string) => boolean {
  const first = new Uint8Array(0x10000);
  const pairs = new Uint8Array(0x10000);
  const pairKey = (a: number, b: number) => (a * 31 + b) & 0xffff;
  const cases = (ch: string) => [...new Set(scriptVariants(ch).flatMap((v) => [v, v.toLowerCase(), v.toUpperCase()]))].filter((v) => v.length === 1);
  for (const term of terms) {
    const [a, b] = [...term];
    if (!a || !b) throw new Error(`spam term needs two characters: ${term}`);
    for (const x of cases(a)) {
      first[x.charCodeAt(0)] = 1;
      for (const y of cases(b)) pairs[pairKey(x.charCodeAt(0), y.charCodeAt(0))] = 1;
    }
  }
  return (text) => {
    for (let i = 0, n = text.length - 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (first[c] && pairs[pairKey(c, text.charCodeAt(i + 1))]) return true;
    }
    return false;
  };
}

/** termScreen over the built-in lexicon. */
export const mayHaveSpamTerm = termScreen([...SPAM_STRONG, ...SPAM_WEAK, ...SPAM_AD]);
/** Blocks that could be place lists or spider-pool footers. */
// (Spaced: three place names in a row. The pattern opens on a place suffix and a space, so
// almost every position of a prose text fails at its first character.)
export const LIST_HINT = /[|｜丨]|蜘蛛|站群|[市县縣区區州旗盟镇鎮乡鄉]\s+[\u4e00-\u9fff]{1,5}[市县縣区區州旗盟镇鎮乡鄉]\s+[\u4e00-\u9fff]{1,5}[市县縣区區州旗盟镇鎮乡鄉](?:\s|$)/;
const PLACE_SUFFIX = /(市|县|区|州|旗|盟|镇|乡|林区|自治县|特区)$/;

export interface SpamScore {
  strong: number;
  weak: number;
  terms: string[];
}

export function spamScore(text: string, userTerms: readonly string[] = []): SpamScore {
  const t = text.toLowerCase();
  let strong = 0;
  let weak = 0;
  const terms: string[] = [];
  for (const w of SPAM_STRONG) if (t.includes(w)) { strong++; terms.push(w); }
  // A term the user added is decisive on its own.
  for (const w of userTerms) if (w && t.includes(w.toLowerCase())) { strong += 2; terms.push(w); }
  for (const w of SPAM_WEAK) if (t.includes(w)) { weak++; if (terms.length < 6) terms.push(w); }
  // An advertisement with its seller's QQ, WeChat, phone or web address is spam whatever it sells.
  if (isSolicitation(t, strong + weak > 0)) {
    strong += 2;
    terms.unshift('广告联系方式');
  }
  return { strong, weak, terms };
}

export function isSpamText(s: SpamScore): boolean {
  return s.strong >= 2 || (s.strong >= 1 && s.weak >= 1);
}

/**
 * A list of place names, |-separated or spaced: the shape of a spider-pool footer. (Spaced, each
 * item must name a place by its suffix: a spaced menu of short words is no such list.)
 */
export function isPlaceList(text: string): boolean {
  const piped = /[|｜丨]/.test(text);
  const items = text.split(piped ? /[|｜丨]/ : /\s+/).map((x) => x.trim()).filter(Boolean);
  if (items.length < 8) return false;
  let places = 0;
  for (const it of items) if (it.length <= 6 && (PLACE_SUFFIX.test(it) || (piped && /^[\u4e00-\u9fff]{2,3}$/.test(it)))) places++;
  return places / items.length >= 0.7;
}

export type BoilerplateKind =
  | 'breadcrumb' | 'tools' | 'share' | 'copyright' | 'footer' | 'related' | 'pager' | 'promo' | 'nav' | 'comments' | 'ticker';

/** Short blocks whose text says what they are. Order matters: first match wins. */
const BOILERPLATE: [BoilerplateKind, RegExp][] = [
  ['breadcrumb', /^(当前位置|您现在的位置|您的位置|现在位置|所在位置|位置)[:：]?|^首页\s*(>|›|»|\/|>>)/],
  // (… and an audio player's 听新闻 00:00 / 03:21.)
  ['tools', /^[大中小]?字号$|^(?:字体|字号|文字)(?:大小|设置)?\s*[:：]?\s*(?:[大中小标准特]+\s*|[aAＡ]\s*[-+－＋]\s*){0,4}$|^(展开|阅读|查看|点击查看|点击阅读)全文|(?:字号|字体)[:：]?\s*[\[【(]?\s*[大中小](?:\s*[大中小]){2}|打印本页|关闭窗口|【打印】|【关闭】|收藏本页|加入收藏|设为首页|纠错|[【\[]\s*打印|[【\[]\s*关闭|^举报$|^(?:本文|全文)(?:共|约)?[\d,，]+字[，,\s]*(?:(?:预计)?阅读(?:时间)?(?:约|大约)?需?[\d.]+分钟)?$|^(?:预计)?阅读(?:时间)?(?:约|大约)?需?[\d.]+分钟$|^(?:听新闻|听全文|语音播报|收听本文)/],
  // (点赞 12 · 收藏 · 分享: a bar of reader actions and their counts, nothing else.)
  ['share', /^分享(到|至)[:：]?|^分享[:：]|一键分享|扫一扫分享|^(?:(?:阅读|点赞|赞|收藏|分享|转发|评论|在看|喜欢|举报)\s*[\d.万wk+]*\s*[·•|｜/、]?\s*){2,}$/i],
  ['copyright', /版权(所有|声明)|版权归.{0,8}所有|未经.{0,8}(授权|许可)|禁止(建立)?镜像|不得转载|禁止转载|转载请注明|免责声明|如有侵权|侵权.{0,6}删除|copyright|©|all rights reserved/i],
  // (主办单位, 承办单位 and 联系电话 label a footer's fields; in prose — 各承办单位要加强沟通 — they
  // are words of the article.)
  ['footer', /icp备|icp证|备案号|公网安备|公安备案|网站标识码|网安备|(?:主办单位|承办单位|技术支持|联系电话|投稿邮箱|投稿信箱|联系邮箱)(?:\s*[:：]|\s+\S)|邮政编码|邮编[:：]|地址[:：]/i],
  ['related', /^[【\[［(（]?\s*(相关(新闻|阅读|链接|报道|文章|推荐)|推荐阅读|延伸阅读|热点(推荐|新闻)|热门(文章|推荐)|新闻排行|最新(推荐|动态|文章)|猜你喜欢|精彩推荐|更多|往期(回顾|推荐|精彩|阅读|精选)|精彩回顾|历史文章)/],
  ['pager', /^(上一篇|下一篇|上一条|下一条)[:：]?/],
  // (The follow prompts of a WeChat account's posts, and its END mark: 点击上方蓝字关注我们,
  // 长按识别二维码关注, 喜欢就点个“在看”吧; a portal's 扫一扫在手机打开当前页.)
  ['promo', /下载.{0,8}(app|客户端)|打开.{0,8}(app|客户端)|扫码(关注|下载)|关注.{0,6}公众号|客户端$|^app|点击.{0,4}蓝字|蓝字.{0,4}关注|长按.{0,6}(二维码|识别|关注)|二维码.{0,6}关注|^欢迎关注|关注我们[!！~～。]?$|点(个|一下)[“"「]?在看|[“"「]在看[”"」]|^(?:点击)?阅读原文$|^[-—–_\s]*end[-—–_\s]*$|扫一扫.{0,10}(?:手机|打开|阅读|浏览|观看)|(?:手机|微信)扫(?:一扫|码)|扫描.{0,4}二维码/i],
  // (A comment widget's own lines: 评论一下, 评论 0人参与，0条评论, 还没有评论，快来抢沙发吧！, 最热评论,
  // 已有12人参与，点击查看更多精彩评论.)
  ['comments', /^(网友评论|发表评论|评论区|我要评论|评论一下|已有\d+条评论|(?:评论\s*)?\d+\s*人参与[，,\s]*\d+\s*条评论|(?:还)?没有评论|暂无评论|快来抢沙发|(?:最热|最新|热门|精彩)评论|已有\d+人参与[，,\s]*(?:点击)?查看)/],
];

/** Words every boilerplate pattern starts from, in both scripts: a cheap first look. */
export const BOILERPLATE_ANY = new RegExp(
  [
    '位置', '首页', '字号', '字体', '文字大小', '打印', '关闭', '收藏', '纠错', '举报', '本文', '阅读', '分享', '版权', '未经', '镜像', '转载', '免责', '备案', '公网安备', '公安', '标识码', '主办', '投稿', '邮箱',
    '承办', '技术支持', '电话', '邮编', '邮政编码', '地址', '相关', '推荐', '延伸阅读', '热点', '热门', '排行', '最新', '猜你喜欢', '更多', '上一', '下一',
    '客户端', '扫码', '扫一扫', '扫描', '听新闻', '听全文', '语音播报', '收听本文', '公众号', '评论', '抢沙发', '全文', '侵权', '点赞', '蓝字', '二维码', '关注', '在看', '往期', '精彩回顾', '历史文章',
  ].map(scriptAgnostic).join('|') + '|copyright|©|rights|icp|^\\s*app|^[-—–_\\s]*end[-—–_\\s]*$',
  'i',
);

export function boilerplateKind(text: string): BoilerplateKind | null {
  const t = text.trim().slice(0, 400);
  for (const [kind, re] of BOILERPLATE) if (re.test(t)) return kind;
  return null;
}

/** Where a share bar sends the page: each target an element of its own after 分享到 (raw text, either script). */
export const SHARE_TARGET = /^(?:微信|微博|新浪微博|腾讯微博|騰訊微博|QQ空间|QQ空間|QQ好友|QQ|朋友圈|豆瓣|人人网|人人網|Facebook|Twitter|X|LINE|WhatsApp|Telegram|复制链接|複製連結|复制網址|更多)$/i;

/** A metadata line: a date plus a source/author/editor label, short. */
export function isMetadataLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 160 || t.length < 6) return false;
  const date = /\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}月\d{1,2}日|发布时间|时间[:：]/.test(t);
  const label = /(来源|作者|编辑|责编|记者|发布|通讯员|供稿|时间|浏览|点击|阅读)[:：\s]/.test(t);
  return date && label;
}

/** Font-size, print and close widgets written as text inside a metadata line (match form). */
const WIDGET_TEXT = /[【\[［(（]\s*(?:字体|字号)\s*[:：]?\s*[大中小](?:\s*[大中小]){2}\s*[】\]］)）]|[【\[［]\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|(?:加入)?收藏(?:本页)?|纠错)\s*[】\]］]|(?:字体|字号)\s*[:：]\s*[大中小](?:\s*[大中小]){2}/g;
const WIDGET_HINT = new RegExp(['打印', '关闭', '字号', '字体', '收藏', '纠错'].map(scriptAgnostic).join('|'));

/**
 * The text without its widgets (发布时间：… 来源：…【字体：大 中 小】【打印】【关闭】 → the date and
 * source), in the text's own script; null when it has none.
 */
export function cutWidgets(text: string): string | null {
  if (!WIDGET_HINT.test(text)) return null;
  const folded = foldScript(text); // same length, so positions carry over
  let out = '';
  let at = 0;
  for (const m of folded.matchAll(WIDGET_TEXT)) {
    out += text.slice(at, m.index);
    at = (m.index ?? 0) + m[0].length;
  }
  return at ? out + text.slice(at) : null;
}

/** A full date (2024-01-12, 2024年1月12日): with little else, the line under a headline is its metadata. */
export const FULL_DATE = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/;

/**
 * The editor or author line that closes an article: (责任编辑：王某某), 作者：…, 审核：…; widgets
 * beside it do not count (【纠错】 【责任编辑:王五】).
 */
export function isBylineLine(text: string): boolean {
  const t = (cutWidgets(text) ?? text).trim();
  return t.length <= 60 && /^[（(【[]?\s*(责任编辑|值班编辑|责编|编辑|作者|记者|通讯员|审核|审校|校对|监制|来源)\s*[:：]/.test(t);
}
