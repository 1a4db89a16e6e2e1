// The classifier's text walk: contexts, enter/leave order, skipped subtrees, the node budget,
// and statistics that reach every ancestor however deep the page nests.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/page';
import { walkText, type TextContext } from '../../src/dom/walk';
import { classifyPage } from '../../src/clean/classify';

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, 'http://127.0.0.1/x.html');

function texts(root: Element, opts: Parameters<typeof walkText>[2] = {}) {
  const out: { text: string; ctx: TextContext }[] = [];
  // The walk refills one context object: copy it.
  const r = walkText(root, (n, ctx) => void (n.data.trim() && out.push({ text: n.data.trim(), ctx: { ...ctx } })), opts);
  return { out, r };
}

describe('walkText', () => {
  it('gives each text node its nearest block, link, chrome and cheap-hidden context, in document order', () => {
    const { document, window } = page(
      '<div id="d">一<p id="p">二<a href="/x">三</a><span>四</span></p><nav><b>五</b></nav>' +
        '<span style="display: none">六</span><i hidden>七</i><a>八</a></div>',
    );
    const { out } = texts(document.body);
    expect(out.map((o) => o.text)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    const by = Object.fromEntries(out.map((o) => [o.text, o.ctx]));
    expect(by['一']?.block.id).toBe('d');
    expect(by['四']?.block.id).toBe('p');
    expect(by['三']?.inLink).toBe(true);
    expect(by['八']?.inLink).toBe(false); // <a> without href is not a link
    expect(by['五']?.inChrome).toBe(true);
    expect(by['五']?.block.localName).toBe('nav');
    expect(by['六']?.hidden).toBe(true);
    expect(by['七']?.hidden).toBe(true);
    expect(by['四']?.hidden).toBe(false);
    void window.happyDOM.close();
  });

  it('enters and leaves elements in nesting order, the root last, and skips subtrees whole', () => {
    const { document, window } = page('<div id="a"><p id="b">x<b id="c">y</b></p><script>z</script><div id="skip"><p id="d">w</p></div><p id="e">v</p></div>');
    const log: string[] = [];
    const { out } = texts(document.body, {
      enter: (el) => log.push(`+${el.id || el.localName}`),
      leave: (el) => log.push(`-${el.id || el.localName}`),
      skip: (el) => el.id === 'skip',
    });
    expect(out.map((o) => o.text)).toEqual(['x', 'y', 'v']);
    expect(log).toEqual(['+a', '+b', '+c', '-c', '-b', '+e', '-e', '-a', '-body']);
    void window.happyDOM.close();
  });

  it('stops at the node budget, reports it, and still leaves every element it entered', () => {
    const { document, window } = page('<div id="a"><p id="b">1</p><p id="c">2</p><p id="d">3</p></div>');
    const entered: string[] = [];
    const left: string[] = [];
    const { out, r } = texts(document.body, { maxNodes: 4, enter: (el) => entered.push(el.id), leave: (el) => left.push(el.id || el.localName) });
    expect(r.truncated).toBe(true);
    expect(out.map((o) => o.text)).toEqual(['1']);
    expect(new Set(left)).toEqual(new Set([...entered, 'body']));
    expect(left.at(-1)).toBe('body');
    void window.happyDOM.close();
  });

  it('walks depth-5,000 nesting without recursion', () => {
    const { document, window } = page('');
    const chain: Element[] = [document.body];
    for (let i = 0; i < 5000; i++) chain.push((chain.at(-1) as Element).appendChild(document.createElement('span')));
    (chain.at(-1) as Element).textContent = '深处的文字';
    let depth = 0;
    let max = 0;
    const { out } = texts(document.body, { enter: () => void (max = Math.max(max, ++depth)), leave: () => void depth-- });
    expect(out.map((o) => o.text)).toEqual(['深处的文字']);
    expect(max).toBe(5000);
    // happy-dom tears a document down recursively: take the chain apart from the bottom first.
    for (let i = chain.length - 1; i > 0; i--) (chain[i] as Element).remove();
    void window.happyDOM.close();
  });
});

describe('classifier statistics at any depth', () => {
  it('hides page furniture whose only text sits 60 levels down', () => {
    const para = '政协委员围绕乡村振兴深入调研，提出了切实可行的意见建议，得到有关部门的积极回应。'.repeat(3);
    const { document, window } = page(`<div id="wrap"><article id="art"><h1>自治区政协召开常委会议</h1><p>${para}</p><p>${para}</p><p>${para}</p></article><div id="deep"></div></div>`);
    let el = document.getElementById('deep') as Element;
    for (let i = 0; i < 60; i++) el = el.appendChild(document.createElement('div'));
    el.textContent = '网站地图 联系我们 关于我们';
    const c = classifyPage(document);
    expect(c.main?.id).toBe('art');
    const hidden = c.blocks.map((b) => b.el.id);
    expect(hidden).toContain('deep');
    void window.happyDOM.close();
  });

  it('counts a block of form controls as something a reader sees', () => {
    const para = '政协委员围绕乡村振兴深入调研，提出了切实可行的意见建议，得到有关部门的积极回应。'.repeat(3);
    const { document, window } = page(`<div id="wrap"><article id="art"><h1>自治区政协召开常委会议</h1><p>${para}</p><p>${para}</p></article><div id="tools"><button>打印</button><select><option>字号</option></select></div><div id="empty">   </div></div>`);
    const c = classifyPage(document);
    const hidden = c.blocks.map((b) => b.el.id);
    expect(hidden).toContain('tools');
    expect(hidden).not.toContain('empty');
    void window.happyDOM.close();
  });
});

describe('spam-term screen', () => {
  it('passes every text the spam pattern matches and turns away plain prose', async () => {
    const { SPAM_ANY, SPAM_STRONG, SPAM_WEAK, mayHaveSpamTerm } = await import('../../src/clean/lexicon');
    const { scriptVariants } = await import('../../src/text/han');
    // Every term, in every script variant of its first two characters and in upper case.
    let checked = 0;
    for (const term of [...SPAM_STRONG, ...SPAM_WEAK]) {
      const [a, b, ...rest] = [...term];
      for (const x of scriptVariants(a as string))
        for (const y of scriptVariants(b as string))
          for (const t of [x + y + rest.join(''), (x + y + rest.join('')).toUpperCase()]) {
            const text = `政协委员说${t}。`;
            expect(SPAM_ANY.test(text), t).toBe(true);
            expect(mayHaveSpamTerm(text), t).toBe(true);
            checked++;
          }
    }
    expect(checked).toBeGreaterThan(2 * (SPAM_STRONG.length + SPAM_WEAK.length));
    const prose = '自治区政协围绕乡村振兴开展专题协商，委员们提出意见建议一百余条，有关部门逐条研究办理。';
    expect(SPAM_ANY.test(prose)).toBe(false);
    expect(mayHaveSpamTerm(prose)).toBe(false);
    expect(mayHaveSpamTerm('免費觀看 AV天堂')).toBe(true);
    expect(mayHaveSpamTerm('')).toBe(false);
  });
});
