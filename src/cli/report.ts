/**
 * The readable report of `parley analyze`: one section each for actors, events, commitments and claims,
 * every line quoting the source words.
 *
 *   process.stdout.write(formatReport(doc));
 */
import type { Document, Span } from '../core/types.js';

export function formatReport(doc: Document): string {
  const q = (s: Span, max = 160) => quote(doc.text.slice(s.start, s.end), max);
  const L = doc.layers;
  const out: string[] = [];
  out.push(`== ${doc.title || doc.source.uri}`);
  out.push(`   source ${doc.source.uri} · published ${doc.published ?? 'unknown'}${doc.published ? ` (${doc.publishedProvenance})` : ''} · ${plural(L.sentences?.length ?? 0, 'sentence')} · ${doc.id.slice(0, 19)}…`);

  const actors = new Map<string, { label: string; quotes: Set<string> }>();
  for (const a of L.actors ?? []) {
    const key = `${a.code}${a.sector ?? ''}|${a.name ?? ''}`;
    const label = [a.code + (a.sector ? `/${a.sector}` : ''), a.name, a.office ? `(${a.office})` : ''].filter(Boolean).join(' ');
    const entry = actors.get(key) ?? { label, quotes: new Set<string>() };
    entry.quotes.add(doc.text.slice(a.start, a.end));
    actors.set(key, entry);
  }
  out.push('', `Actors (${actors.size})`);
  for (const { label, quotes } of actors.values()) out.push(`  ${label.padEnd(44)} ${[...quotes].slice(0, 4).map((s) => `"${s}"`).join(', ')}`);

  out.push('', `Events (${L.events?.length ?? 0})`);
  for (const e of L.events ?? []) {
    const who = e.actor.map((a) => a.code + (a.sector ?? '')).join('+') || '---';
    const whom = e.recipient.map((a) => a.code + (a.sector ?? '')).join('+') || '---';
    const flags = [e.negated ? 'NOT' : '', e.modality !== 'asserted' ? e.modality : ''].filter(Boolean).join(' ');
    out.push(`  ${e.date ?? '????-??-??'} ${who} -> ${whom} ${e.type}${e.mode ? `/${e.mode}` : ''} (CAMEO ${e.cameo}, Goldstein ${e.goldstein})${flags ? ` [${flags}]` : ''}`);
    out.push(`      ${q(e.evidence)}`);
  }

  out.push('', `Commitments (${L.commitments?.length ?? 0})`);
  for (const c of L.commitments ?? []) {
    const by = c.by.map((a) => a.code).join('+') || '---';
    const to = c.to.map((a) => a.code).join('+');
    const window = c.starts || c.ends ? ` ${c.starts ?? '?'} .. ${c.ends ?? '?'}` : '';
    const dur = c.durationHours ? ` (${plural(c.durationHours, 'hour')})` : c.durationDays ? ` (${plural(c.durationDays, 'day')})` : '';
    const what = `${c.refrain ? 'refrain from ' : ''}${c.action ?? '?'}${c.scope ? ` on ${c.scope}` : ''}`;
    if (c.phase === 'accused-violation' || c.phase === 'denied-violation') {
      const accuser = (c.accuser ?? []).map((a) => a.code).join('+') || '---';
      const accused = (c.accused ?? c.by).map((a) => a.code).join('+') || '---';
      const verb = c.phase === 'accused-violation' ? 'accuses' : 'denies breaking';
      out.push(`  ${c.kind} ${c.phase === 'accused-violation' ? 'violation alleged' : 'violation denied'}: ${c.phase === 'accused-violation' ? `${accuser} accuses ${accused}` : `${accused} ${verb} the ${c.kind}`} (${what})${c.violationDate ? ` on ${c.violationDate}` : ''}`);
    } else {
      out.push(`  ${c.kind}${c.phase ? ` (${c.phase})` : ''} by ${by}${to ? ` to ${to}` : ''}: ${what}${window}${dur} [${c.status}]`);
    }
    for (const ev of c.evidence.slice(0, 2)) out.push(`      ${q(ev)}`);
  }

  out.push('', `Claims (${L.claims?.length ?? 0})`);
  for (const c of L.claims ?? []) {
    out.push(`  ${c.verdict.toUpperCase().padEnd(12)} ${c.kind}: "${doc.text.slice(c.span.start, c.span.end)}"`);
    out.push(`      ${c.explanation}`);
  }
  if (doc.errors.length) {
    out.push('', 'Errors');
    for (const e of doc.errors) out.push(`  ${e.code} in ${e.component}: ${e.message}`);
  }
  return out.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function quote(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? flat.slice(0, max - 1) + '…' : flat}"`;
}
