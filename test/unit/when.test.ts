// When the background runs the first check: the decision table behind src/detect/when.ts.
import { describe, expect, it } from 'vitest';
import { checkable, firstCheckStep, looksCppcc, untilParsed, type TabChange, type TabNow } from '../../src/detect/when';

const PAGE = 'https://news.example.com/a/1.html';

describe('firstCheckStep', () => {
  it.each<[string, TabChange, TabNow, boolean, string]>([
    // [what happens, change, tab, already checked, step]
    ['a new document starts loading', { status: 'loading', url: PAGE }, { status: 'loading', url: PAGE }, true, 'arm'],
    ['an ordinary page finishes loading', { status: 'complete' }, { status: 'complete', url: PAGE }, false, 'now'],
    ['a page checked early finishes loading', { status: 'complete' }, { status: 'complete', url: PAGE }, true, 'none'],
    ['a CPPCC title arrives while loading', { title: '全国政协召开双周协商座谈会' }, { status: 'loading', url: PAGE }, false, 'soon'],
    ['a Traditional CPPCC title arrives while loading', { title: '全國政協召開雙周協商座談會' }, { status: 'loading', url: PAGE }, false, 'soon'],
    ['the same title again after the early check', { title: '全国政协召开双周协商座谈会' }, { status: 'loading', url: PAGE }, true, 'none'],
    ['an ordinary title arrives while loading', { title: '本市今日天气晴好' }, { status: 'loading', url: PAGE }, false, 'none'],
    ['any title on a known CPPCC host', { title: '首页' }, { status: 'loading', url: 'http://www.cppcc.gov.cn/zxww/2024/01/21/ARTI1.shtml' }, false, 'soon'],
    ['a provincial committee host', { title: '新闻' }, { status: 'loading', url: 'http://www.gxzx.gov.cn/news/1.html' }, false, 'soon'],
    ['a title change after load', { title: '全国政协召开双周协商座谈会' }, { status: 'complete', url: PAGE }, true, 'none'],
    ['a single-page site changes its URL', { url: `${PAGE}#/story/2` }, { status: 'complete', url: `${PAGE}#/story/2` }, true, 'now'],
    ['a favicon arrives', { favIconUrl: 'https://news.example.com/favicon.ico' } as object, { status: 'complete', url: PAGE }, true, 'none'],
    ['a browser page loads', { status: 'complete' }, { status: 'complete', url: 'chrome://settings/' }, false, 'none'],
    ['about:blank loads', { status: 'complete' }, { status: 'complete', url: 'about:blank' }, false, 'none'],
    ['a tab whose URL the extension may not see', { status: 'complete' }, { status: 'complete' }, false, 'none'],
  ])('%s', (_what, change, tab, checked, step) => {
    expect(firstCheckStep(change, tab, checked)).toEqual({ run: step });
  });
});

describe('looksCppcc / checkable', () => {
  it('takes the mark from the title, including the pinyin artifact, or the host alone', () => {
    expect(looksCppcc(PAGE, '政協(xié)委員履職')).toBe(true);
    expect(looksCppcc(PAGE, '中国人民政治协商会议第十四届全国委员会')).toBe(true);
    expect(looksCppcc(PAGE, '人大常委会审议议案')).toBe(false);
    expect(looksCppcc('https://cppcc.people.com.cn/n1/2024/0121/c1.html', '')).toBe(true);
    expect(looksCppcc(undefined, undefined)).toBe(false);
  });
  it('scripts web pages and files only', () => {
    expect(['http://a.cn/', 'https://a.cn/', 'file:///tmp/a.html', 'HTTPS://A.CN/'].map(checkable)).toEqual([true, true, true, true]);
    expect(['about:blank', 'chrome://newtab/', 'moz-extension://x/popup.html', 'view-source:https://a.cn/', 'data:text/html,x', undefined].map(checkable)).toEqual([false, false, false, false, false, false]);
  });
});

describe('untilParsed (the early look waits for the HTML to be parsed)', () => {
  const parsing = (state: string) => Object.defineProperty(document, 'readyState', { value: state, configurable: true });
  const settled = async (p: Promise<boolean>) => Promise.race([p.then((v) => `resolved ${v}`), new Promise<string>((r) => setTimeout(() => r('pending'), 20))]);

  it('resolves at once on a parsed page', async () => {
    parsing('interactive');
    try {
      expect(await settled(untilParsed(5000))).toBe('resolved true');
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });
  it('waits for DOMContentLoaded while the page is parsing, and no longer than maxMs', async () => {
    parsing('loading');
    try {
      const waiting = untilParsed(5000);
      expect(await settled(waiting)).toBe('pending');
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(await settled(waiting)).toBe('resolved true');
      // A page that never finishes parsing still gets its look.
      expect(await settled(untilParsed(5))).toBe('resolved false');
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });
});
