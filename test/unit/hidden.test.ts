import { describe, expect, it } from 'vitest';
import { HiddenProbe } from '../../src/clean/hidden';

describe('CSS hiding tricks', () => {
  const probe = () => new HiddenProbe(window);
  it.each([
    ['display:none', 'display:none'],
    ['visibility:hidden', 'visibility:hidden'],
    ['position:absolute;left:-9999px', 'off-screen'],
    ['font-size:0', 'font-size:0'],
    ['width:0;height:0;overflow:hidden', 'zero-size'],
    ['position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden', 'clip|zero-size'],
    ['text-indent:-9999px', 'text-indent'],
    ['opacity:0', 'opacity:0'],
  ])('%s', (style, trick) => {
    document.body.innerHTML = `<div style="${style}"><a href="http://x.top/">a</a></div>`;
    expect(trick.split('|')).toContain(probe().hiddenBy(document.body.firstElementChild as Element));
  });
  it('same colour as the background behind it', () => {
    document.body.innerHTML = '<div style="background:#fff"><a style="color:#ffffff" href="http://x.top/">a</a></div>';
    expect(probe().colourTrick(document.querySelector('a') as Element)).toBe('same-colour');
    document.body.innerHTML = '<div style="background:#fff"><a style="color:#14508c" href="http://x.top/">a</a></div>';
    expect(probe().colourTrick(document.querySelector('a') as Element)).toBeNull();
  });
  it('visible blocks are not hidden, and a hidden ancestor counts', () => {
    document.body.innerHTML = '<div id="v"><p>正文</p></div><section style="display:none"><div id="in"><a href="#">x</a></div></section>';
    expect(probe().hiddenBy(document.getElementById('v') as Element)).toBeNull();
    expect(probe().hiddenBy(document.getElementById('in') as Element)).toBe('display:none');
  });
});
