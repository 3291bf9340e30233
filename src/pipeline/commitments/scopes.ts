/**
 * Scope objects of commitments: a canonical name and the words that mention it in news prose. Used to read a
 * commitment's scope ("Ukraine's power grid" -> "energy infrastructure") and to decide whether a later event
 * falls inside it (a strike on a substation falls inside a pledge on energy infrastructure).
 *
 *   scopeObjectsIn("strikes on Ukraine's power plants and ports") // ['energy infrastructure', 'Black Sea shipping']
 *   mentionsScope('A drone hit a substation near Sumy.', 'energy infrastructure') // true
 *
 * Source: written for Parley from the vocabulary of ceasefire and moratorium texts (PA-X ceasefire columns,
 * 2022-2025 reporting on Ukraine); extend by adding an entry.
 */

export interface ScopeObject { name: string; pattern: RegExp }

export const SCOPE_OBJECTS: readonly ScopeObject[] = [
  {
    name: 'energy infrastructure',
    pattern: /\b(?:energy[- ](?:infrastructure|facilit\w*|sites?|targets?|system|sector|grid)|power[- ](?:plants?|stations?|grids?|lines?|infrastructure|facilit\w*|supply)|electricity|electric(?:al)? grid|substations?|(?:thermal|hydroelectric|hydro)[- ]power|(?:gas|oil)[- ](?:infrastructure|facilit\w*|pipelines?|storage|depots?|terminals?)|refiner(?:y|ies)|fuel depots?|(?<!(?:supplies|shipments|deliveries|exports|imports|flows) of )energy(?![- ](?:polic\w*|prices?|costs?|bills?|security|independence|transition|crisis|markets?|efficiency|savings?|consumption|mix|shipments?|supplies|deliveries|exports?|imports?|flows?|dependence)\b))\b/i,
  },
  {
    name: 'Black Sea shipping',
    pattern: /\b(?:black sea|(?:commercial |merchant |cargo )?(?:shipping|vessels?|ships?)\b(?! of)|grain corridor|sea ports?|maritime (?:traffic|corridor|security))/i,
  },
  {
    name: 'nuclear facilities',
    pattern: /\bnuclear (?:power )?(?:plants?|stations?|facilit\w*|reactors?)\b/i,
  },
  {
    name: 'civilian infrastructure',
    pattern: /\b(?:civilian (?:infrastructure|targets?|objects?|areas?|facilit\w*)|hospitals?|schools?|residential (?:areas?|buildings?))\b/i,
  },
  {
    name: 'humanitarian corridors',
    pattern: /\b(?:humanitarian (?:corridors?|routes?|convoys?)|evacuation (?:routes?|corridors?))\b/i,
  },
  {
    name: 'arms supplies',
    pattern: /\b(?:arms(?![- ]control)|weapons?(?![- ]control)|military aid|military assistance|military supplies|ammunition)\b/i,
  },
  {
    name: 'intelligence sharing',
    pattern: /\bintelligence(?:[- ]sharing)?\b/i,
  },
];

const BY_NAME = new Map(SCOPE_OBJECTS.map((o) => [o.name.toLowerCase(), o]));

/** The canonical scope objects a phrase mentions, in lexicon order. */
export function scopeObjectsIn(phrase: string): string[] {
  return SCOPE_OBJECTS.filter((o) => o.pattern.test(phrase)).map((o) => o.name);
}

/**
 * True when `text` mentions the scope: through the lexicon for a canonical scope, else through the scope
 * phrase's own head noun (its last word of four letters or more).
 */
export function mentionsScope(text: string, scope: string): boolean {
  const known = BY_NAME.get(scope.toLowerCase());
  if (known) return known.pattern.test(text);
  const objects = scopeObjectsIn(scope);
  if (objects.length) return objects.some((o) => BY_NAME.get(o.toLowerCase())!.pattern.test(text));
  const head = scope.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4).pop();
  return !!head && new RegExp(`\\b${head}`, 'i').test(text);
}
