/**
 * Bounds an HTML page before any DOM is built: one linear pass over its tags (no regular expression that can
 * backtrack, no recursion) counts the elements and follows the nesting depth, and refuses a page that nests
 * deeper than MAX_HTML_DEPTH or holds more than MAX_HTML_ELEMENTS elements. News pages nest 20-60 deep and hold
 * a few thousand elements; Readability's time grows with the square of the depth (measured here: 128 levels
 * 0.6 s, 256 levels 2.3 s, 512 levels 10 s) and the DOM's with the element count (20,000 paragraphs 3-6 s).
 * The error says where: the character offset and line of the tag that crossed the bound.
 *
 *   checkHtmlBounds('<html><body>' + '<b>'.repeat(600) + '…', 'page.html')
 *   // throws INPUT_TOO_COMPLEX: page.html nests tags deeper than 128 (at character 391, line 1)
 */
import { ParleyError } from '../core/errors.js';

export const MAX_HTML_DEPTH = 128;
export const MAX_HTML_ELEMENTS = 25_000;

/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', '!doctype']);
/** Elements whose content is text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/**
 * The DOM library's parser (htmlparser2, under linkedom) closes an open element at the top of the stack only when
 * one of these starts (its `openImpliesClose` table): `<p>a<p>b` is flat, `<p><span>a<p>b` nests. The depth
 * counted here is the depth of the tree it builds.
 */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE: Record<string, readonly string[]> = {
  tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
  p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P, select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
  option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dt', 'dd'], dt: ['dt', 'dd'],
  address: P, article: P, aside: P, blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P, figure: P, footer: P, form: P,
  header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P, rt: ['rt', 'rp'], rp: ['rt', 'rp'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
};

export interface HtmlShape { elements: number; maxDepth: number }

export function checkHtmlBounds(html: string, label: string, limits: { depth?: number; elements?: number } = {}): HtmlShape {
  const maxDepth = limits.depth ?? MAX_HTML_DEPTH;
  const maxElements = limits.elements ?? MAX_HTML_ELEMENTS;
  const open: string[] = [];
  let elements = 0;
  let deepest = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const close = html.indexOf('>', i + 1);
    if (close < 0) break;
    const closing = html.charCodeAt(i + 1) === 47; // '/'
    const name = tagName(html, closing ? i + 2 : i + 1);
    if (!name) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    if (closing) {
      // An end tag closes its element and everything opened inside it (the stack is at most maxDepth long).
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else {
      const implied = IMPLIES_CLOSE[name];
      if (implied) while (open.length && implied.includes(open[open.length - 1]!)) open.pop();
      if (++elements > maxElements) throw bound(html, i, label, `holds more than ${maxElements.toLocaleString('en')} elements`);
      const selfClosed = html.charCodeAt(close - 1) === 47;
      if (!VOID.has(name) && !selfClosed && !name.startsWith('!') && !name.startsWith('?')) {
        open.push(name);
        if (open.length > deepest) deepest = open.length;
        if (open.length > maxDepth) throw bound(html, i, label, `nests tags deeper than ${maxDepth}`);
        if (RAW_TEXT.has(name)) {
          const end = indexOfIgnoreCase(html, `</${name}`, close + 1);
          if (end < 0) break;
          open.pop();
          i = html.indexOf('<', end + 2);
          continue;
        }
      }
    }
    i = html.indexOf('<', close + 1);
  }
  return { elements, maxDepth: deepest };
}

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && end - from < 32) {
    const c = html.charCodeAt(end);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && end > from) || ((c === 33 || c === 63) && end === from) || c === 45 || c === 58;
    if (!ok) break;
    end++;
  }
  return html.slice(from, end).toLowerCase();
}

/** indexOf for an ASCII needle, ignoring case, without copying the haystack. */
function indexOfIgnoreCase(haystack: string, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  for (let i = haystack.indexOf(String.fromCharCode(first), from); i >= 0; i = haystack.indexOf(String.fromCharCode(first), i + 1)) {
    if (haystack.slice(i, i + needle.length).toLowerCase() === needle) return i;
  }
  return -1;
}

function bound(html: string, at: number, label: string, what: string): ParleyError {
  let line = 1;
  for (let i = html.indexOf('\n'); i >= 0 && i < at; i = html.indexOf('\n', i + 1)) line++;
  return new ParleyError('INPUT_TOO_COMPLEX', `${label} ${what} (at character ${at.toLocaleString('en')}, line ${line})`);
}
