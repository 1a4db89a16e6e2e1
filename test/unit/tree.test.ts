// The walk conversion and repair share: what it skips, the order it visits shadow trees in,
// its node budget, and depth it survives.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/page';
import { visitTree, type TreeOptions } from '../../src/dom/tree';

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, 'http://127.0.0.1/x.html');

function texts(start: Node, opts: TreeOptions = {}): string[] {
  const out: string[] = [];
  visitTree(start, { text: (t) => void (t.data.trim() && out.push(t.data.trim())) }, opts);
  return out;
}

describe('visitTree', () => {
  it('skips code, scripts, editable regions, translate=no and notranslate classes, and what ignore names', () => {
    const { document, window } = page(
      '<p>一</p><script>x</script><code>二</code><textarea>三</textarea><div contenteditable>四</div>' +
        '<div contenteditable="false">五</div><div translate="no">六</div><div class="a notranslate">七</div>' +
        '<div class="NoTranslate">八</div><div class="ignore-opencc">九</div><div id="mine">十</div><span>十一</span>',
    );
    expect(texts(document.body, { ignore: (el) => el.id === 'mine' })).toEqual(['一', '五', '八', '十一']);
    void window.happyDOM.close();
  });

  it('skips Japanese subtrees only when asked', () => {
    const { document, window } = page('<p lang="ja">日本語</p><p lang="JA-jp">漢字</p><p lang="jav">爪哇</p><p>中文</p>');
    expect(texts(document.body, { skipJapanese: true })).toEqual(['爪哇', '中文']);
    expect(texts(document.body)).toEqual(['日本語', '漢字', '爪哇', '中文']);
    void window.happyDOM.close();
  });

  it('never skips the element it starts from', () => {
    const { document, window } = page('<div id="s" class="notranslate">甲<b>乙</b><code>丙</code></div>');
    expect(texts(document.getElementById('s') as Element)).toEqual(['甲', '乙']);
    void window.happyDOM.close();
  });

  it('visits an open shadow tree before the host’s light children, and reports the root', () => {
    const { document, window } = page('<p>前</p><div id="host"><span>光</span></div><p>後</p>');
    const host = document.getElementById('host') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>影<b>子</b></p><code>碼</code>';
    const roots: Node[] = [];
    const out: string[] = [];
    visitTree(document.body, { text: (t) => void out.push(t.data), root: (r) => void roots.push(r) }, { shadow: true });
    expect(out).toEqual(['前', '影', '子', '光', '後']);
    expect(roots).toEqual([shadow]);
    expect(texts(document.body)).toEqual(['前', '光', '後']); // shadow: false
    void window.happyDOM.close();
  });

  it('stops at the node budget and says so', () => {
    const { document, window } = page('<p>1</p><p>2</p><p>3</p>');
    const out: string[] = [];
    const r = visitTree(document.body, { text: (t) => void out.push(t.data) }, { maxNodes: 4 });
    expect(r.truncated).toBe(true);
    expect(out).toEqual(['1']);
    void window.happyDOM.close();
  });

  it('walks depth-5,000 nesting (and a selector engine that recurses) without overflowing', () => {
    const { document, window } = page('');
    const chain: Element[] = [document.body];
    for (let i = 0; i < 5000; i++) chain.push((chain.at(-1) as Element).appendChild(document.createElement(i === 4000 ? 'code' : 'span')));
    (chain[3999] as Element).appendChild(document.createTextNode('淺'));
    (chain.at(-1) as Element).textContent = '深';
    expect(texts(document.body)).toEqual(['淺']); // 深 is inside <code>
    for (let i = chain.length - 1; i > 0; i--) (chain[i] as Element).remove();
    void window.happyDOM.close();
  });
});
