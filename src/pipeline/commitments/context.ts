/**
 * Parties of a commitment that its own clause leaves unnamed but its sentence or article gives: the audience a
 * speaker addressed ("…, Zelenskyy told the U.N. General Assembly"), the party that refused a demand ("called
 * for Putin to be banned, but Widodo has resisted"), and the receiver of aid the article has been about
 * ("Germany has pledged to contribute another three" after reports of arms sent to Ukraine).
 *
 *   audienceOf(text, sentence, actors, trigger)          // the UN mention in "… we demand just punishment,” Zelenskyy told the U.N. General Assembly"
 *   refusedBy(after)                                      // { index: 6 } for ", but Widodo has resisted this pressure"
 *   aidReceiverBefore(records, events, byCodes, sentence) // { code: 'UKR' } from an earlier AID event or pledge
 *
 * Precision first: an audience is a party standing alone as the object of a speech verb (not "told a US outlet",
 * not reporters); an aid receiver comes from the last asserted AID event or AID commitment with a receiver other
 * than the giver, within AID_REACH sentences.
 */
import type { ActorMention, ActorRef, CommitmentRecord, EventRecord, Span } from '../../core/types.js';

/** Speech verbs whose object is the audience ("told", "assured", "in a speech to", "addressing"). */
const AUDIENCE_BEFORE = /\b(?:told|tells|telling|tell|assured|assures|assuring|informed|informs|addressing|addressed|in (?:a|an|his|her|their) (?:speech|address|letter|message|video address|statement) to)\s+(?:the\s+)?$/i;
/** After an audience: the end of its noun phrase (punctuation, a preposition, a clause word), not a noun it qualifies ("a US outlet"). */
const PHRASE_ENDS = /^(?:\s*[,.;:!?”"’)—–]|\s+(?:on|in|at|that|this|last|during|via|by|from|after|before|while|when|as|and|about|earlier|today|yesterday)\b|\s*$)/;
/** Sectors whose members are no audience of a commitment (the press, which only reports it). */
const PRESS = new Set(['MED', 'JRN']);

/** The party a speaker addressed in the sentence of the trigger, outside the trigger's own clause; null when none stands alone. */
export function audienceOf(text: string, sentence: Span, actors: readonly ActorMention[], trig: Span): ActorMention | null {
  for (const a of actors) {
    if (a.start < sentence.start || a.end > sentence.end || a.code === '---' || PRESS.has(a.sector ?? '') || a.kind === 'place') continue;
    if (a.start >= trig.start && a.start < trig.end) continue;
    if (!AUDIENCE_BEFORE.test(text.slice(Math.max(sentence.start, a.start - 40), a.start))) continue;
    if (!PHRASE_ENDS.test(text.slice(a.end, Math.min(sentence.end, a.end + 12)))) continue;
    return a;
  }
  return null;
}

/**
 * After a demand or offer: a clause saying another party refused it ("…, but Widodo has resisted this pressure",
 * "but Kyiv rejected the idea", "… was rejected by NATO"); the offset in `after` where the refusing party's words begin, or null.
 */
const REFUSED_BUT = /(?:^|[,;]\s*|\s)but\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){1,3})(?:has|have|had)?\s*(?:so far\s+|repeatedly\s+|flatly\s+|firmly\s+|consistently\s+|since\s+)?(?:resisted|refused|rejected|declined|turned down|dismissed|spurned|ignored|rebuffed)\b/;

/**
 * The demand or offer as the subject of a passive refusal ("Zelensky's call for a no-fly zone was rejected by NATO"), with
 * no other clause between (not "dismissed by Moscow as propaganda": scorn, often by a third party, is no refusal of the one asked).
 */
const REFUSED_PASSIVE = /^[^.;,]{0,90}?\b(?:was|were|has been|have been|had been|is being)\s+(?:(?:swiftly|quickly|flatly|promptly|immediately|firmly|also|repeatedly)\s+)?(?:rejected|refused|turned down|rebuffed|spurned)\s+(?:[^.;,]{0,30}?\s)?by\s+/;

export function refusedBy(after: string): { index: number } | null {
  const m = REFUSED_BUT.exec(after);
  if (m) return { index: m.index + m[0].indexOf(m[1]!) };
  const p = REFUSED_PASSIVE.exec(after);
  return p ? { index: p.index + p[0].length } : null;
}

/** How many sentences back the receiver of aid may have been named. */
export const AID_REACH = 12;

/**
 * The receiver of the last aid the article reported before `sentence` (an asserted or reported AID event, or an
 * AID pledge or agreement with a receiver), when it is not one of the givers; null otherwise.
 */
export function aidReceiverBefore(records: readonly CommitmentRecord[], events: readonly EventRecord[], byCodes: ReadonlySet<string>, sentence: number, at: number): ActorRef | null {
  const candidates: { sentence: number; at: number; to: ActorRef[] }[] = [];
  for (const r of records) if (r.action === 'AID' && !r.refrain && (r.kind === 'pledge' || r.kind === 'agreement')) candidates.push({ sentence: r.sentence, at: r.evidence[0]?.start ?? 0, to: r.to });
  for (const e of events) {
    if (e.type !== 'AID' || e.negated || e.modality === 'hypothetical' || e.modality === 'denied') continue;
    candidates.push({ sentence: e.sentence, at: e.evidence.trigger.start, to: e.recipient });
  }
  const before = candidates.filter((c) => c.sentence <= sentence && c.at < at && sentence - c.sentence <= AID_REACH).sort((a, b) => b.at - a.at);
  for (const c of before) {
    const to = c.to.filter((t) => t.code !== '---' && !byCodes.has(t.code));
    if (to.length) return { code: to[0]!.code, ...(to[0]!.sector ? { sector: to[0]!.sector } : {}) };
  }
  return null;
}

/** How many sentences back the other side of talks may have been named. */
export const TALKS_REACH = 8;

/**
 * The other side of the last talks the article reported with one of `byCodes` before `sentence` (a CONSULT event, or
 * a talks commitment with an addressee): "Ukrainian negotiators said they could continue holding talks …" after an
 * article about talks with Russia; null when none is in reach or the talks named no other side.
 */
export function talksPartnerBefore(records: readonly CommitmentRecord[], events: readonly EventRecord[], byCodes: ReadonlySet<string>, sentence: number, at: number): ActorRef | null {
  const candidates: { sentence: number; at: number; sides: ActorRef[] }[] = [];
  for (const r of records) if (r.action === 'CONSULT' && !r.refrain) candidates.push({ sentence: r.sentence, at: r.evidence[0]?.start ?? 0, sides: [...r.by, ...r.to] });
  for (const e of events) {
    if (e.type !== 'CONSULT' || e.negated || e.modality === 'denied') continue;
    candidates.push({ sentence: e.sentence, at: e.evidence.trigger.start, sides: [...e.actor, ...e.recipient] });
  }
  const before = candidates.filter((c) => c.sentence <= sentence && c.at < at && sentence - c.sentence <= TALKS_REACH).sort((a, b) => b.at - a.at);
  for (const c of before) {
    if (!c.sides.some((x) => byCodes.has(x.code))) continue;
    const other = c.sides.filter((x) => x.code !== '---' && !byCodes.has(x.code));
    if (other.length) return { code: other[0]!.code, ...(other[0]!.sector ? { sector: other[0]!.sector } : {}) };
  }
  return null;
}

/** After a clause: its attribution (", Zelensky said", ", said the Ukrainian president", "," the minister told reporters). */
const SAID_AFTER_CLAUSE = /^[^.;]*?,[”"’']?\s*(?:(?:[\w.'’-]+\s+){0,6}?(?:said|says|added|insisted|stressed|argued|wrote|tweeted|told|warned)\b|(?:said|says|added|insisted|stressed|argued|wrote|tweeted|told|warned)\s+)/i;
/** Before a clause's subject: a speech verb taking it ("Zelensky said (that) the EU must …"). */
const SAID_BEFORE_CLAUSE = /\b(?:said|says|insisted|insists|stressed|argued|argues|wrote|tweeted|warned|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the\s+)?$/i;
/** Between the obliged party and its modal: nothing but an adverb. */
const RIGHT_BEFORE_MODAL = /^\s*(?:also\s+|now\s+|still\s+|too\s+|itself\s+|themselves\s+)?$/i;

/**
 * "The EU must stop buying Russian gas, Zelensky said", "Biden said Russia should withdraw its troops": the party
 * a modal of obligation obliges (the subject right before it) and the speaker who says so (the attribution after
 * the clause, or the subject of the speech verb before it); null unless both are named parties.
 */
export function directiveParties(text: string, sentence: Span, actors: readonly ActorMention[], trig: Span): { speaker: ActorMention; addressee: ActorMention } | null {
  const inSentence = actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end && a.code !== '---' && a.kind !== 'place');
  const addressee = [...inSentence].reverse().find((a) => a.end <= trig.start && RIGHT_BEFORE_MODAL.test(text.slice(a.end, trig.start)));
  if (!addressee) return null;
  const lead = text.slice(sentence.start, addressee.start);
  const before = SAID_BEFORE_CLAUSE.exec(lead);
  if (before) {
    const verbAt = sentence.start + before.index;
    const speaker = [...inSentence].reverse().find((a) => a.end <= verbAt && /^\s*(?:,[^,]*,\s*)?(?:has\s+|had\s+|also\s+)?$/i.test(text.slice(a.end, verbAt)));
    return speaker && speaker !== addressee ? { speaker, addressee } : null;
  }
  const tail = text.slice(trig.end, sentence.end);
  const after = SAID_AFTER_CLAUSE.exec(tail);
  if (!after) return null;
  const from = trig.end + tail.lastIndexOf(',', after.index + after[0].length);
  const speaker = inSentence.find((a) => a.start >= from && a.start <= trig.end + after.index + after[0].length + 60);
  return speaker && speaker !== addressee ? { speaker, addressee } : null;
}

/**
 * Regions the actors layer leaves uncoded that a commitment may be made to ("offered to supply gas to Europe"), with
 * their codes in CAMEO's actor codebook (EUR Europe; Parley writes the EU the same way).
 */
const REGION_PARTIES: readonly { pattern: RegExp; code: string }[] = [
  { pattern: /\b(?:to|for|into|on|against|with)\s+(?:the\s+rest\s+of\s+|western\s+|eastern\s+|central\s+)?Europe\b(?!an)/i, code: 'EUR' },
];

/** The region a commitment's words after its trigger are made to, when the actors layer coded none there. */
export function regionAddressee(after: string): ActorRef | null {
  const hit = REGION_PARTIES.find((r) => r.pattern.test(after));
  return hit ? { code: hit.code } : null;
}

