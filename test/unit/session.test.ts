// The DOM tier (Dark Reader's second tier): apply then restore on every fixture in happy-dom,
// through the same PageSession the extension runs.
import { describe, expect, it } from 'vitest';
import { fixtureNames, openFixture, readExpected, squash } from '../helpers/fixtures';
import { makeSession, serialize } from '../helpers/session';

const positives = fixtureNames().filter((n) => {
  const e = readExpected(n);
  return e.isCppcc && !e.scriptsRequired && n !== 'heavy-50k';
});

describe('PageSession apply and restore (happy-dom)', () => {
  it.each(positives)('%s', async (name) => {
    const f = openFixture(name);
    try {
      const before = serialize(f.document);
      const { session } = makeSession(f.document, f.url);
      await session.start(false);
      expect(session.isActive).toBe(true);
      expect(f.document.title).toBe(f.expected.title.clean);
      const spam = session.hiddenElements().filter((e) => e.getAttribute('data-cppcc-lens-hide') === 'spam').length;
      expect(spam).toBeGreaterThanOrEqual(f.expected.spam.filter((s) => s.kind !== 'title').length > 0 ? 1 : 0);
      // Repaired text is in the DOM while cleanup is on.
      const body = squash(f.document.body.textContent ?? '');
      for (const p of f.expected.main) expect(body).toContain(squash(p));
      await session.setConvert(true);
      await session.setConvert(false);
      await session.setCleanup(false);
      expect(serialize(f.document)).toBe(before);
      session.stop();
      expect(serialize(f.document)).toBe(before);
    } finally {
      await f.close();
    }
  });
});

describe('PageSession classification across cleanup toggles', () => {
  it('keeps its classification while the page is unchanged and judges again after the page changes', async () => {
    const f = openFixture('tibet-000-semantic');
    try {
      const { session } = makeSession(f.document, f.url);
      await session.start(false);
      const first = session.classification;
      expect(first).not.toBeNull();
      await session.setCleanup(false);
      await session.setCleanup(true);
      expect(session.classification).toBe(first); // nothing changed: no second pass
      // The page adds a spam line while cleanup is off.
      await session.setCleanup(false);
      const p = f.document.createElement('p');
      p.textContent = '一区二区三区不卡视频在线观看 彩票娱乐城 体育投注 博彩 澳门赌场 无码伦理';
      f.document.body.append(p);
      await new Promise((r) => setTimeout(r, 0)); // the observer's records arrive
      await session.setCleanup(true);
      expect(session.classification).not.toBe(first);
      expect(p.getAttribute('data-cppcc-lens-hide')).toBe('spam');
      session.stop();
    } finally {
      await f.close();
    }
  });
});
