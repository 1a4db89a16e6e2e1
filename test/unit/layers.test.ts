import { describe, expect, it } from 'vitest';
import { AttrLayer, TextLayer } from '../../src/page/layers';
import { renderChunked } from '../../src/convert/dom';

const hooks = { write: <T>(fn: () => T) => fn() };

describe('TextLayer', () => {
  it('renders through prepare and transform, restores exactly', () => {
    const a = document.createTextNode('區(qū)域');
    const b = document.createTextNode('不變');
    const layer = new TextLayer(hooks);
    layer.prepare = (s) => s.replace('(qū)', '');
    layer.transform = (texts) => texts.map((t) => t.replace('區', '区'));
    expect(layer.render([a, b])).toBe(1);
    expect(a.data).toBe('区域');
    expect(layer.has(b)).toBe(false);
    layer.transform = null;
    layer.render(layer.touched());
    expect(a.data).toBe('區域');
    layer.restore();
    expect(a.data).toBe('區(qū)域');
  });
  it('the page’s newer text wins: no stale original is written back', () => {
    const a = document.createTextNode('政協');
    const layer = new TextLayer(hooks);
    layer.transform = (t) => t.map((s) => s.replace('協', '协'));
    layer.render([a]);
    a.data = '頁面自己改了';
    layer.restore();
    expect(a.data).toBe('頁面自己改了');
    // ...and a later render takes the page's text as the new original.
    const b = document.createTextNode('協');
    layer.render([b]);
    b.data = '協會';
    layer.render([b]);
    expect(b.data).toBe('协會');
    layer.transform = null;
    layer.render([b]);
    expect(b.data).toBe('協會');
  });
  it('keeps its marks off the page and its bookkeeping right through many rewrites, filtered restores and prunes', () => {
    const parent = document.body.appendChild(document.createElement('div'));
    const nodes = Array.from({ length: 3000 }, (_, i) => parent.appendChild(document.createTextNode(`協${i}`)));
    const layer = new TextLayer(hooks);
    layer.transform = (t) => t.map((s) => s.replace('協', '协'));
    layer.render(nodes);
    expect(layer.size).toBe(3000);
    // Nothing the page could enumerate or read by name.
    expect(Object.keys(nodes[0] as Text)).toEqual([]);
    expect(JSON.stringify(Object.getOwnPropertyNames(nodes[0] as Text))).not.toContain('lens');
    // The page rewrites 2,500 nodes: each becomes its own original on the next render (and the
    // list of marked nodes is compacted on the way).
    for (let i = 0; i < 2500; i++) (nodes[i] as Text).data = `頁${i}`;
    layer.render(nodes);
    expect(layer.size).toBe(500);
    expect(layer.touched()).toEqual(nodes.slice(2500));
    // Rendered again after being forgotten: listed once, not twice.
    (nodes[0] as Text).data = '協會';
    layer.render(nodes);
    expect(layer.touched().filter((n) => n === nodes[0])).toHaveLength(1);
    expect(layer.size).toBe(501);
    // A filtered restore puts back only what passes and keeps the rest.
    expect(layer.restore((n) => n === nodes[2999])).toBe(1);
    expect((nodes[2999] as Text).data).toBe('協2999');
    expect(layer.size).toBe(500);
    expect((nodes[2998] as Text).data).toBe('协2998');
    // Pruning forgets detached nodes only.
    (nodes[2998] as Text).remove();
    layer.prune();
    expect(layer.size).toBe(499);
    expect(layer.has(nodes[2998] as Text)).toBe(false);
    expect(layer.restore()).toBe(499);
    expect((nodes[0] as Text).data).toBe('協會');
    expect((nodes[2600] as Text).data).toBe('協2600');
    expect((nodes[100] as Text).data).toBe('頁100');
    expect(layer.size).toBe(0);
    expect(layer.touched()).toEqual([]);
    parent.remove();
  });
});

describe('AttrLayer', () => {
  it('writes and restores attributes, leaving page edits alone', () => {
    const el = document.createElement('img');
    el.setAttribute('alt', '會議');
    el.setAttribute('title', '標題');
    const layer = new AttrLayer(hooks);
    layer.set(el, 'alt', '會議', '会议');
    layer.set(el, 'title', '標題', '标题');
    el.setAttribute('title', '頁面改了');
    expect(layer.restore()).toBe(1);
    expect(el.getAttribute('alt')).toBe('會議');
    expect(el.getAttribute('title')).toBe('頁面改了');
  });
});

describe('renderChunked', () => {
  /** n text nodes; a fake clock that each rendered node moves on by `perNode` ms; a log of what happened. */
  const setup = (n: number, perNode: number) => {
    let clock = 0;
    const log: string[] = [];
    const nodes = Array.from({ length: n }, (_, i) => document.createTextNode(`國${i}`));
    const layer = new TextLayer(hooks);
    layer.transform = (texts) => {
      clock += texts.length * perNode;
      log.push(`render ${texts.length}`);
      return texts.map((t) => t.replace('國', '国'));
    };
    const opts = { budgetMs: 30, now: () => clock, yieldFn: async () => void log.push('yield'), advance: (ms: number) => (clock += ms) };
    return { nodes, layer, log, opts };
  };

  it('converts every node, the given range first, yielding between chunks that stay within the budget', async () => {
    const { nodes, layer, log, opts } = setup(3000, 0.05);
    const stats = await renderChunked(layer, nodes, [1000, 1200], { ...opts, maxNodes: 800 });
    expect(nodes.every((t) => t.data.startsWith('国'))).toBe(true);
    expect(log[0]).toBe('render 200'); // the range [1000, 1200) alone, first
    expect(nodes[1000]?.data).toBe('国1000');
    expect(stats.chunks).toBeGreaterThanOrEqual(5); // 200, then ≤ 800 a chunk for 2,800 more
    expect(stats.longestMs).toBeLessThanOrEqual(30 + 800 * 0.05);
    expect(log.filter((l) => l === 'yield')).toHaveLength(stats.chunks - 1);
  });

  it('yields before the first chunk when the task it shares has used half the budget', async () => {
    const { nodes, layer, log, opts } = setup(10, 0.1);
    opts.advance(20); // e.g. walking the page, from startedAt 0
    const stats = await renderChunked(layer, nodes, [0, 10], { ...opts, startedAt: 0 });
    expect(log).toEqual(['yield', 'render 10']);
    expect(stats.longestMs).toBe(20); // the walk, not walk + chunk
    expect(stats.workMs).toBe(21);
  });

  it('renders at once when the budget has room, and stops when aborted', async () => {
    const { nodes, layer, log, opts } = setup(10, 0.1);
    opts.advance(5);
    await renderChunked(layer, nodes, [0, 10], { ...opts, startedAt: 0 });
    expect(log).toEqual(['render 10']);
    const other = setup(3000, 0.05);
    const signal = { aborted: false };
    const stats = await renderChunked(other.layer, other.nodes, [0, 0], { ...other.opts, maxNodes: 800, signal, yieldFn: async () => void (signal.aborted = true) });
    expect(stats.chunks).toBe(1);
    const rendered = other.log.filter((l) => l.startsWith('render')).reduce((n, l) => n + Number(l.split(' ')[1]), 0);
    expect(rendered).toBeLessThan(3000);
    expect(other.nodes.filter((t) => t.data.startsWith('国')).length).toBe(rendered);
  });
});
