import { describe, expect, it } from 'vitest';
import { AttrLayer, TextLayer } from '../../src/page/layers';

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
