/**
 * HTML bounds: deep nesting and huge element counts are refused with the position of the tag, in time linear
 * in the page; ordinary pages (implied end tags, comments, scripts with tags inside) pass.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyError } from '../core/errors.js';
import { checkHtmlBounds, MAX_HTML_DEPTH } from './html-bounds.js';
import { htmlToArticle } from './html.js';

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return `${(e as ParleyError).code}: ${(e as Error).message}`;
  }
  return 'accepted';
};

test('nesting deeper than the bound is refused at its tag, quickly, before a DOM is built', () => {
  const html = '<html><body>\n' + '<b>'.repeat(100_000) + 'text' + '</b>'.repeat(100_000) + '</body></html>';
  const t = performance.now();
  assert.equal(refusal(() => htmlToArticle(html, 'nested.html')), `INPUT_TOO_COMPLEX: nested.html nests tags deeper than ${MAX_HTML_DEPTH} (at character 391, line 2)`);
  assert.ok(performance.now() - t < 1000);
  assert.match(refusal(() => checkHtmlBounds('<div>'.repeat(50), 'x', { depth: 20 })), /deeper than 20/);
});

test('more elements than the bound are refused; unclosed comments and stray brackets end the scan', () => {
  assert.match(refusal(() => checkHtmlBounds('<p>a</p>'.repeat(101), 'many.html', { elements: 100 })), /^INPUT_TOO_COMPLEX: many\.html holds more than 100 elements \(at character 800, line 1\)$/);
  assert.deepEqual(checkHtmlBounds('<p>a<!-- <b><b><b>', 'x', { depth: 2 }), { elements: 1, maxDepth: 1 });
  assert.deepEqual(checkHtmlBounds('a < b and <<<< c', 'x'), { elements: 0, maxDepth: 0 });
});

test('implied end tags, void elements, self-closing tags and script contents do not count as depth', () => {
  const page = '<!doctype html><html><head><script>if (a<b) document.write("<div><div><div>")</script></head><body>'
    + '<p>one<p>two<ul><li>a<li>b<li>c</ul><br><img src=x><hr/>'.repeat(200) + '</body></html>';
  const shape = checkHtmlBounds(page, 'page.html', { depth: 8 });
  assert.ok(shape.maxDepth <= 6, `depth ${shape.maxDepth}`);
});

test('the depth counted is the depth of the tree the DOM library builds (its implied end tags, no others)', async () => {
  const { parseHTML } = await import('linkedom');
  const depthOf = (html: string): number => {
    const { document } = parseHTML(html) as unknown as { document: Document };
    let max = 0;
    const stack: [Element, number][] = [[document.documentElement, 1]];
    while (stack.length) {
      const [el, d] = stack.pop()!;
      max = Math.max(max, d);
      for (const c of el.children) stack.push([c, d + 1]);
    }
    return max;
  };
  for (const unit of ['<p><span>x', '<p>a', '<li>a', '<div><p>a', '<tr><td>a', '<b><i>x</b>', '<dt>a<dd>b', '<h1><p>a', '<span><p>x</span>', '<td><p>x']) {
    const html = `<html><body>${unit.repeat(40)}</body></html>`;
    assert.equal(checkHtmlBounds(html, 'x', { depth: 1000 }).maxDepth, depthOf(html), unit);
  }
});

test('legal HTML under the 5 MB cap with 350,000 paragraphs is refused by count before a DOM is built (it took 1.0-1.3 GB)', () => {
  const html = '<html><body>' + '<p>The talks went on.</p>'.repeat(350_000).slice(0, 4_900_000) + '</body></html>';
  assert.ok(html.length < 5 * 1024 * 1024);
  const before = process.memoryUsage().rss;
  assert.match(refusal(() => htmlToArticle(html, 'paragraphs.html')), /^INPUT_TOO_COMPLEX: paragraphs\.html holds more than [\d,]+ elements/);
  const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
  assert.ok(grown < 300, `RSS grew ${grown.toFixed(0)} MB`);
});
