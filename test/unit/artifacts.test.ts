import { describe, expect, it } from 'vitest';
import { isPinyinSyllable, repairText, repairWithMap } from '../../src/clean/artifacts';

describe('repairText', () => {
  it.each([
    ['西藏自治區(qū)政協(xié)辦公廳', '西藏自治區政協辦公廳', 2, 0, 0],
    ['創(chuàng)新“四個聯(lián)系”機制', '創新“四個聯系”機制', 2, 0, 0],
    ['為國履職,、為民盡責', '為國履職、為民盡責', 0, 1, 0],
    ['把責任扛在肩上,,認真履行', '把責任扛在肩上,認真履行', 0, 1, 0],
    ['參與490人次,;聯合', '參與490人次;聯合', 0, 1, 0],
    ['作出新貢獻,。', '作出新貢獻。', 0, 1, 0],
    ['辦復率100%。。', '辦復率100%。', 0, 1, 0],
    ['認真履行委員職責?!?/p>', '認真履行委員職責?', 0, 1, 1],
    ['第一段</p>第二段', '第一段第二段', 0, 0, 1],
    ['政協（xié）委員', '政協委員', 1, 0, 0],
    ['區(qū),,縣', '區,縣', 1, 1, 0],
    // Entities escaped twice show as text: the characters they name.
    ['市政協&ldquo;委員講堂&rdquo;開講&nbsp;1000&#20313;人', '市政協“委員講堂”開講\u00a01000余人', 0, 0, 4],
    ['協(xié)商&mdash;&mdash;民主&#x2014;', '協商——民主—', 1, 0, 3],
    // A local file path pasted as text (its backslashes often lost), or a text that is only an
    // image's file name: what the editor left of an image, never meant to be read.
    ['C:UsersAdminDesktop\\u5fae信图片_20230104130927_副本.jpg', '', 0, 0, 1],
    ['图为会议现场C:\\Users\\a\\Desktop\\1.png。', '图为会议现场。', 0, 0, 1],
    ['file:///D:/photos/会议.jpeg 图为会议', ' 图为会议', 0, 0, 1],
    [' 微信图片_20230104.jpg ', '', 0, 0, 1],
    ['DSC_0012.JPG', '', 0, 0, 1],
    // A space a wrong encoding turned into ? between a date and a time.
    ['發布時間: 2023-03-03?15:24:40', '發布時間: 2023-03-03 15:24:40', 0, 0, 1],
  ])('%s', (input, text, pinyin, punctuation, debris) => {
    expect(repairText(input)).toEqual({ text, pinyin, punctuation, debris });
  });

  it.each([
    '政協日喀則市委員會議政性常務委員會會議組織實施辦法(試行)',
    '城鄉(社區)社會治理',
    '許可證:(藏)字第00002號',
    '報道58篇(條)',
    '截至(2023)年',
    '中國人民政治協商會議(CPPCC)',
    '咖啡館(café)開業',
    '英文名(a)',
    '他說:“真的嗎??”',
    '省略號。。。',
    '<script>alert(1)</script> 和 <img src=x>',
    'AT&T 與 &amp; 及 &copy 和 &#0; &#55296; &unknown;',
    // A file named in a sentence, a link to one, or an address is real text.
    '附件：关于开展专题调研的通知.pdf',
    '详见www.cppcc.gov.cn/a.jpg',
    '请下载报名表.docx后填写',
    'Tel:0771.png',
    '会议是否在2023-03-05?',
    '时间：2023-03-05? 15:00',
  ])('leaves real text alone: %s', (input) => {
    expect(repairText(input).text).toBe(input);
  });

  it('accepts only toned pinyin syllables', () => {
    expect(isPinyinSyllable('xié')).toBe(true);
    expect(isPinyinSyllable('zhuàng')).toBe(true);
    expect(isPinyinSyllable('lǜ')).toBe(true);
    expect(isPinyinSyllable('xie')).toBe(false);
    expect(isPinyinSyllable('café')).toBe(false);
    expect(isPinyinSyllable('abcdé')).toBe(false);
  });

  it('maps every repaired character back to its source', () => {
    const src = '自治區(qū)政協(xié)委員8053名,,新';
    const { text, map } = repairWithMap(src);
    expect(text).toBe('自治區政協委員8053名,新');
    expect(map).toHaveLength(text.length);
    const m = map as number[];
    for (let i = 0; i < text.length; i++) expect(src[m[i] as number]).toBe(text[i]);
    expect(src.slice(m[text.indexOf('8053')] as number, (m[text.indexOf('名')] as number) + 1)).toBe('8053名');
    expect(repairWithMap('没有错误的文字').map).toBeNull();
  });
});
