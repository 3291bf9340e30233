/**
 * English inflection for lexicon words: every surface form a lemma can take, so triggers match even where
 * the tagger gives no lemma (Title Case headlines tag "Condemns" as a proper noun).
 *
 *   inflections('ban')   // ['ban', 'bans', 'banned', 'banning', 'baned', 'baning']
 *   inflections('strike') // [..., 'struck', 'stricken']
 */

/** Irregular past forms (past, participle) of verbs that occur in the trigger lexicon. */
const IRREGULAR: Record<string, string[]> = {
  strike: ['struck', 'stricken'], find: ['found'], shoot: ['shot'], hold: ['held'], meet: ['met'], fight: ['fought'], seek: ['sought'],
  give: ['gave', 'given'], take: ['took', 'taken'], make: ['made'], send: ['sent'], withdraw: ['withdrew', 'withdrawn'],
  begin: ['began', 'begun'], break: ['broke', 'broken'], bring: ['brought'], lead: ['led'], freeze: ['froze', 'frozen'],
  blow: ['blew', 'blown'], speak: ['spoke', 'spoken'], tell: ['told'], keep: ['kept'], shut: ['shut'], cut: ['cut'],
  set: ['set'], put: ['put'], hit: ['hit'], quit: ['quit'], beat: ['beat', 'beaten'], fly: ['flew', 'flown'],
  undertake: ['undertook', 'undertaken'], overrun: ['overran'], forgive: ['forgave', 'forgiven'], swear: ['swore', 'sworn'],
  lay: ['laid'], lend: ['lent'], stand: ['stood'], sit: ['sat'], win: ['won'], spread: ['spread'], forgo: ['forwent', 'forgone'],
  forego: ['forewent', 'foregone'], go: ['went', 'gone'], rise: ['rose', 'risen'], arise: ['arose', 'arisen'],
  drive: ['drove', 'driven'], overthrow: ['overthrew', 'overthrown'], throw: ['threw', 'thrown'], pay: ['paid'],
  seize: ['seized'], bid: ['bid'], slay: ['slew', 'slain'], shake: ['shook', 'shaken'], choose: ['chose', 'chosen'],
  die: ['died', 'dying'], lie: ['lied', 'lying'], tear: ['tore', 'torn'], wind: ['wound'], sell: ['sold'], buy: ['bought'],
  rebuild: ['rebuilt'], build: ['built'], feed: ['fed'], flee: ['fled'], hurt: ['hurt'], burn: ['burnt'], fall: ['fell', 'fallen'],
};

const VOWEL = /[aeiou]/;

function endsCvc(w: string): boolean {
  const n = w.length;
  return n >= 3 && !VOWEL.test(w[n - 1]!) && !'wxy'.includes(w[n - 1]!) && VOWEL.test(w[n - 2]!) && !VOWEL.test(w[n - 3]!);
}

function sForm(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

/** Surface forms of a lemma used as a verb and as a noun (over-generation is harmless: forms are lookup keys). */
export function inflections(lemma: string): string[] {
  const w = lemma.toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(w) || w.length < 2) return [w];
  const out = new Set<string>([w, sForm(w)]);
  if (w.endsWith('ie')) {
    out.add(w + 'd'); out.add(w.slice(0, -2) + 'ying');
  } else if (w.endsWith('e')) {
    out.add(w + 'd'); out.add(w.slice(0, -1) + 'ing'); out.add(w + 'ing');
  } else if (/[^aeiou]y$/.test(w)) {
    out.add(w.slice(0, -1) + 'ied'); out.add(w + 'ing');
  } else {
    out.add(w + 'ed'); out.add(w + 'ing');
    if (endsCvc(w) || /[aeiou]l$/.test(w)) {
      const last = w[w.length - 1]!;
      out.add(w + last + 'ed'); out.add(w + last + 'ing');
    }
  }
  for (const f of IRREGULAR[w] ?? []) out.add(f);
  return [...out];
}
