/**
 * A synthetic news corpus for ingestion tests, written for Parley (no real news text): short wire-style
 * articles about talks, strikes, accusations and pledges between countries, each reported by several outlets
 * on nearby days, plus exact and near-duplicate copies. Deterministic for a given size.
 *
 *   writeFileSync(path, syntheticNewsRecords(300).map((r) => JSON.stringify(r)).join('\n'));
 */

export interface NewsRecord { id: string; source: string; url: string; published: string; title: string; text: string }

const PAIRS: [string, string, string, string][] = [
  ['Russia', 'Ukraine', 'Moscow', 'Kyiv'], ['China', 'Taiwan', 'Beijing', 'Taipei'], ['Israel', 'Iran', 'Jerusalem', 'Tehran'],
  ['India', 'Pakistan', 'New Delhi', 'Islamabad'], ['Armenia', 'Azerbaijan', 'Yerevan', 'Baku'], ['Serbia', 'Kosovo', 'Belgrade', 'Pristina'],
  ['Ethiopia', 'Sudan', 'Addis Ababa', 'Khartoum'], ['Turkey', 'Greece', 'Ankara', 'Athens'],
];
const OUTLETS = ['Northern Wire', 'Harbour Times', 'Daily Ledger', 'Capital Report', 'Evening Post'];
const PLACES = ['a border crossing', 'a power station', 'a grain port', 'a rail depot', 'an airfield', 'a fuel depot'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function story(i: number): { title: string; body: (outlet: number) => string; day: string } {
  const [a, b, capA, capB] = PAIRS[i % PAIRS.length]!;
  const place = PLACES[(i >> 3) % PLACES.length]!;
  const month = 1 + (i % 12);
  const dayOfMonth = 1 + ((i * 7) % 27);
  const day = `2024-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const weekday = WEEKDAYS[i % WEEKDAYS.length]!;
  const kind = i % 4;
  const lead = [
    `${a} shelled ${place} near the frontier with ${b} on ${weekday}, officials in ${capB} said.`,
    `The foreign minister of ${a} met his counterpart from ${b} in Geneva on ${weekday} for talks on prisoners.`,
    `${b} accused ${a} of violating the truce around ${place} on ${weekday}.`,
    `${a} pledged to halt strikes on ${place} in ${b} for 30 days, the government in ${capA} said on ${weekday}.`,
  ][kind]!;
  const title = [`${a} shells ${place} near ${b}`, `${a} and ${b} hold talks in Geneva`, `${b} accuses ${a} over truce`, `${a} pledges 30-day pause in strikes`][kind]!;
  return {
    title,
    day,
    body: (outlet) => [
      lead,
      `Report number ${i} filed by desk ${outlet}.`,
      `Witnesses described ${['long queues', 'smoke over the district', 'convoys on the highway', 'crowded shelters'][(i + outlet) % 4]} and said the situation remained tense in the area around ${place}.`,
      `${capA} and ${capB} have traded statements about the incident for several days, and diplomats in Vienna called for restraint.`,
      `Analysts quoted by ${OUTLETS[outlet]} said the next round of talks would show whether either side was ready for a lasting arrangement.`,
    ].join(' '),
  };
}

/** `n` records: stories reported by 1-3 outlets each, with an exact copy every 25 records and a lightly edited copy every 40. */
export function syntheticNewsRecords(n: number): NewsRecord[] {
  const out: NewsRecord[] = [];
  for (let i = 0; out.length < n; i++) {
    const s = story(i);
    const outlets = 1 + (i % 3);
    for (let o = 0; o < outlets && out.length < n; o++) {
      const text = s.body(o);
      out.push({ id: `syn-${i}-${o}`, source: OUTLETS[(i + o) % OUTLETS.length]!, url: `https://news.example.org/${i}/${o}`, published: s.day, title: s.title, text });
      if (out.length % 25 === 0 && out.length < n) out.push({ ...out[out.length - 1]!, id: `syn-${i}-${o}-copy` });
      if (out.length % 40 === 0 && out.length < n) {
        out.push({ ...out[out.length - 1]!, id: `syn-${i}-${o}-edit`, source: 'Copy Desk', text: text.replace('tense', 'very tense') });
      }
    }
  }
  return out;
}
