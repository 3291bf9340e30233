/**
 * Word tokens and lookup keys shared by the knowledge base and the `actors` component, so a lexicon phrase
 * and a sentence are cut the same way. Keys are lower-cased, without diacritics or dots ("U.S." -> "us",
 * "Erdoğan" -> "erdogan"); a possessive "'s" is its own token.
 *
 *   words("Russia's U.S. envoy") // [{text:"Russia",key:"russia",…}, {text:"'s",key:"'s",…}, {text:"U.S.",key:"us",…}, …]
 */

export interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** A middle initial such as "V." in "Vladimir V. Putin". */
  initial?: boolean;
}

const WORD = /\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|['’]s(?![\p{L}\p{N}])|\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\+?|\S/gu;

export function keyOf(text: string): string {
  let k = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").replace(/ı/g, 'i');
  return k.includes('.') && k.length > 1 ? k.replace(/\./g, '') : k;
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const QUALIFIED = /^((?:ex|then|former)-)(\p{L}.*)$/iu;
const POSSESSIVE = /^(.+)(['’]s)$/u;

/** Cuts `text` (or `text.slice(from, to)`) into words with absolute offsets. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    let t = m[0];
    let start = m.index;
    // "ex-President", "then-Chancellor": the qualifier is its own word
    const qual = t.indexOf('-') > 1 ? QUALIFIED.exec(t) : null;
    if (qual) {
      out.push(make(qual[1]!, start));
      t = qual[2]!;
      start += qual[1]!.length;
    }
    // split a possessive 's / ’s into its own word
    const poss = t.length > 3 && t.charCodeAt(t.length - 1) === 115 /* s */ ? POSSESSIVE.exec(t) : null;
    if (poss && poss[1]!.length > 1) {
      out.push(make(poss[1]!, start));
      out.push(make(poss[2]!, start + poss[1]!.length));
      continue;
    }
    out.push(make(t, start));
  }
  return out;
}

function make(text: string, start: number): Word {
  const c = text.charCodeAt(0);
  const ch = text[0]!;
  const upper = ch !== ch.toLowerCase() || (c >= 65 && c <= 90);
  const w: Word = { text, key: text === '’s' ? "'s" : keyOf(text), start, end: start + text.length, upper };
  if (text.length === 2 && text[1] === '.' && upper) w.initial = true;
  return w;
}

/** Splits a lexicon phrase into its keys and, per key, whether the phrase writes it capitalised. */
export function phraseKeys(phrase: string): { keys: string[]; upper: boolean[]; allCaps: boolean } {
  // fast path for plain ASCII words separated by single spaces: the same cut as words(), without the regex
  if (PLAIN.test(phrase)) {
    const parts = phrase.split(' ');
    const keys = parts.map((p) => p.toLowerCase());
    const upper = parts.map((p) => p.charCodeAt(0) >= 65 && p.charCodeAt(0) <= 90);
    return { keys, upper, allCaps: parts.length === 1 && /^[A-Z]+$/.test(phrase) && phrase.length <= 3 };
  }
  const ws = words(phrase);
  return {
    keys: ws.map((w) => w.key),
    upper: ws.map((w) => w.upper),
    allCaps: ws.length === 1 && /^[A-Z.]+$/.test(ws[0]!.text) && ws[0]!.key.length <= 3,
  };
}

/** Umlauts and ß written out the German way (ä -> ae, ö -> oe, ü -> ue, ß -> ss); other diacritics are folded by keyOf. */
export function transliterate(name: string): string {
  if (!/[äöüÄÖÜß]/.test(name)) return name;
  return name.replace(/[äöüÄÖÜß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' })[c]!);
}
