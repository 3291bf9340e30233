/**
 * Composing CAMEO codes for frame triggers from the event they take as complement, as the CAMEO manual
 * does: "pledged to withdraw" is "Express intent to de-escalate" (0356), "urged X to release" is "Appeal
 * for release" (0253), "threatened to impose sanctions" is 1312, "refused to meet" is 125. "Halt" and
 * "refrain from" turn an action into its reversal first ("refrain from attacks" -> de-escalate, 087).
 *
 *   compose('intent', '087') // '0356'
 *   compose('decide', '162') // '162' (a decision to cut aid is the cut; a decision to send aid is an intent)
 *   compose('threaten', '163') // '1312'
 *   reverse('stop', '072') // '1622'
 */
import type { FrameKind } from './lexicon.js';

type Table = Record<string, string>;

/** Longest-prefix lookup in a table of CAMEO prefixes. */
function lookup(table: Table, code: string): string | undefined {
  for (let len = code.length; len >= 2; len--) {
    const hit = table[code.slice(0, len)];
    if (hit) return hit;
  }
  return undefined;
}

const INTENT: Table = {
  '04': '036', '045': '039', '05': '032', '057': '030', '06': '031', '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '07': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334', '08': '035', '081': '0351', '082': '0352',
  '083': '034', '0831': '0341', '084': '0353', '085': '0354', '086': '0355', '087': '0356', '09': '030', '01': '030',
};
const APPEAL: Table = {
  '04': '026', '045': '028', '05': '022', '057': '027', '06': '021', '061': '0211', '062': '0212', '063': '0213', '064': '0214',
  '07': '023', '071': '0231', '072': '0232', '073': '0233', '074': '0234', '08': '025', '081': '0251', '082': '0252',
  '083': '024', '0831': '0241', '084': '0253', '085': '0254', '086': '0255', '087': '0256', '0871': '0256', '03': '020', '09': '020',
};
const DEMAND: Table = {
  '04': '108', '045': '105', '05': '102', '06': '100', '061': '1011', '062': '1012', '063': '1013', '064': '1014',
  '07': '103', '071': '1031', '072': '1032', '073': '1033', '074': '1034', '08': '100', '081': '1051', '082': '1052',
  '083': '104', '0831': '1041', '084': '1053', '085': '1054', '086': '1055', '087': '1056', '0871': '107', '09': '101',
};
const THREATEN: Table = {
  '14': '133', '15': '130', '16': '131', '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '131',
  '17': '130', '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '173': '132', '174': '131',
  '175': '137', '18': '138', '183': '1383', '19': '1384', '191': '1381', '192': '1382', '20': '1383', '204': '1385',
  '08': '130', '0874': '130', '06': '130', '07': '131',
};
const REJECT: Table = {
  '04': '125', '045': '126', '05': '120', '057': '127', '06': '121', '061': '1211', '062': '1212', '07': '122',
  '071': '1221', '072': '1222', '073': '1223', '074': '1224', '08': '124', '081': '1241', '082': '1242', '083': '123',
  '0831': '1231', '084': '1243', '085': '1244', '086': '1245', '087': '1246', '0871': '127',
  // rejecting an appeal, a demand or an offer: reject what was asked for or offered
  '021': '121', '022': '120', '023': '122', '024': '123', '025': '124', '026': '125', '027': '127', '028': '126',
  '101': '121', '102': '120', '103': '122', '104': '123', '105': '124', '107': '127', '108': '125',
  '031': '121', '032': '120', '033': '122', '034': '123', '035': '124', '036': '125', '037': '127', '039': '126',
};
/**
 * "Halt X": ending an attack de-escalates, ending aid or talks reduces relations, ending sanctions eases them;
 * dropping a veto or an objection to something named yields (not a bare 120: "opposed" far off is no object of "halt").
 */
const STOP: Table = {
  '121': '080', '122': '080', '123': '080', '124': '080', '125': '080', '126': '080', '127': '080', '128': '080', '129': '080', '14': '082', '18': '087', '19': '087', '20': '087', '15': '087', '06': '160', '064': '160', '07': '162', '071': '1621',
  '072': '1622', '073': '1623', '04': '164', '045': '165', '05': '161', '163': '085', '16': '080', '172': '081',
  '1723': '0813', '1724': '0814', '171': '080', '173': '0841', '13': '080', '1323': '0813', '1324': '0814', '1312': '085',
};
/** "Refrain from X": only refraining from force or coercion is a code of its own (de-escalation). */
const REFRAIN: Table = { '14': '082', '15': '087', '17': '087', '18': '087', '19': '087', '20': '087' };

export function isConflict(code: string): boolean {
  return Number(code.slice(0, 2)) >= 14;
}

/** The code for "X stopped/refrained from <code>", or null when that says nothing codable. */
export function reverse(kind: 'stop' | 'refrain', code: string): string | null {
  return lookup(kind === 'stop' ? STOP : REFRAIN, code) ?? null;
}

/** The code for a frame (intent, appeal, demand, threaten, reject) with a complement event coded `code`. */
export function compose(kind: FrameKind, code: string): string | null {
  const root = code.slice(0, 2);
  switch (kind) {
    case 'intent':
      if (isConflict(code)) return lookup(THREATEN, code) ?? '130';
      if (root === '02' || root === '10') return '080'; // agreeing to a demand is yielding
      if (root === '01' || root === '03' || root === '11' || root === '12' || root === '13') return code;
      return lookup(INTENT, code) ?? '030';
    case 'decide':
      // "decided to expel the envoys", "the decision to pause aid": a decided coercive step is taken, not threatened
      return isConflict(code) ? code : compose('intent', code);
    case 'appeal':
      if (root === '02' || root === '10') return code;
      return lookup(APPEAL, code) ?? '020';
    case 'oblige':
    case 'demand':
      if (root === '10' || root === '02') return root === '10' ? code : '100';
      return lookup(DEMAND, code) ?? '100';
    case 'threaten':
      if (root === '13') return code;
      return lookup(THREATEN, code) ?? '130';
    case 'order':
      return code; // "ordered troops into X", "ordered the arrest of": the order is the act
    case 'reject':
      if (root === '12') return code;
      return lookup(REJECT, code) ?? '120';
    default:
      return null;
  }
}
