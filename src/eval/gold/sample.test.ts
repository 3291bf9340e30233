/**
 * The gold-set sampler on invented text (sentence splitting, what is skipped, the fixed halves) and the gold
 * file itself: ids, halves and offsets are consistent, labels use the PLOVER types, and, when ../shared is
 * there, every case is a whole sentence of its article with its triggers inside it and the file is the first
 * cases of the sampler order (batch 2 after the first 400).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCommitmentGold } from '../news-commitments.eval.js';
import { readGold } from '../news-events.eval.js';
import { sharedDataPath, SHARED_MISSING } from '../../testing/shared-data.js';
import { COMMITMENT_CUES, eligible, halfOf, readArticles, rng, sampleCases, sampleCommitmentCases, splitSentences } from './sample.js';

const TEXT = 'Sen. Chris Murphy (D-Conn.) said on Sunday that U.S. troops would stay. “We will not leave,” he said. '
  + 'Russian forces shelled Kharkiv on Jan. 5, officials said! Was it Mr. Putin? J. Smith wrote the report.\nBy Jane Doe';

const PLOVER = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const MODALITIES = new Set(['asserted', 'reported', 'future', 'hypothetical', 'denied']);

describe('gold sampler', () => {
  it('splits sentences, not abbreviations, initials or dates', () => {
    const got = splitSentences(TEXT).map((s) => TEXT.slice(s.start, s.end));
    assert.deepEqual(got, [
      'Sen. Chris Murphy (D-Conn.) said on Sunday that U.S. troops would stay.',
      '“We will not leave,” he said.',
      'Russian forces shelled Kharkiv on Jan. 5, officials said!',
      'Was it Mr. Putin?',
      'J. Smith wrote the report.',
      'By Jane Doe',
    ]);
  });

  it('skips fragments, bylines and captions', () => {
    assert.equal(eligible('Was it Mr. Putin?'), false);
    assert.equal(eligible('By Jane Doe and John Roe, Moscow correspondents for the paper'), false);
    assert.equal(eligible('Smoke rises over the city after a strike (AP Photo/Jane Doe) on Monday morning.'), false);
    assert.equal(eligible('Russian forces shelled Kharkiv on Jan. 5, officials said!'), true);
  });

  it('is deterministic: the same seed gives the same order, halves come from the id alone', () => {
    const a = rng(7); const b = rng(7);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
    const articles = [{ id: 'x1', published: '2022-03-01', text: TEXT }, { id: 'x2', published: '2022-03-02', text: TEXT }];
    assert.deepEqual(sampleCases(articles, 5, 1), sampleCases(articles, 5, 1));
    assert.equal(halfOf('x1@0'), halfOf('x1@0'));
    const halves = new Set(Array.from({ length: 40 }, (_, i) => halfOf(`doc-${i}@${i * 17}`)));
    assert.deepEqual([...halves].sort(), ['dev', 'test']);
  });
});

describe('news-events gold file', () => {
  const gold = readGold();

  it('holds at least 300 cases with consistent ids, halves, offsets and labels', () => {
    assert.ok(gold.length >= 300, `only ${gold.length} cases`);
    assert.equal(new Set(gold.map((c) => c.id)).size, gold.length, 'ids are unique');
    for (const c of gold) {
      assert.equal(c.id, `${c.doc}@${c.start}`);
      assert.equal(c.half, halfOf(c.id), `${c.id}: half is fixed by the hash`);
      assert.ok(c.start < c.end);
      for (const e of c.events) {
        assert.ok(PLOVER.has(e.type), `${c.id}: type ${e.type}`);
        assert.ok(MODALITIES.has(e.modality), `${c.id}: modality ${e.modality}`);
        assert.ok(e.trigger.start >= c.start && e.trigger.end <= c.end && e.trigger.start < e.trigger.end, `${c.id}: trigger inside the sentence`);
        assert.match(e.date, /^\d{4}-\d\d-\d\d$/);
        assert.ok(e.actor.length > 0, `${c.id}: an event has an actor`);
      }
    }
    const halves = { dev: gold.filter((c) => c.half === 'dev').length, test: gold.filter((c) => c.half === 'test').length };
    assert.ok(halves.dev > gold.length * 0.35 && halves.test > gold.length * 0.35, JSON.stringify(halves));
  });

  it('every case is a whole, eligible sentence of its article', (t) => {
    const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
    if (!news) { t.skip(SHARED_MISSING); return; }
    const wanted = new Set(gold.map((c) => c.doc));
    const articles = new Map(readArticles(news, wanted).map((a) => [a.id, a]));
    for (const c of gold) {
      const a = articles.get(c.doc);
      assert.ok(a, `${c.id}: article in the news file`);
      assert.ok(splitSentences(a.text).some((s) => s.start === c.start && s.end === c.end), `${c.id}: a sentence of the splitter`);
      assert.ok(eligible(a.text.slice(c.start, c.end)), `${c.id}: eligible`);
    }
  });

  it('holds the first cases of the sampler order, in order: the first 400 without a batch, the rest batch 2', (t) => {
    const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
    if (!news) { t.skip(SHARED_MISSING); return; }
    const order = sampleCases(readArticles(news), gold.length);
    assert.deepEqual(gold.map((c) => c.id), order.map((c) => c.id), 'no case skipped, none out of order');
    gold.forEach((c, i) => assert.equal(c.batch, i < 400 ? undefined : 2, `${c.id}: batch`));
  });

  it('labels of batch 2 name their parties and places with codes', () => {
    for (const c of gold.filter((g) => g.batch === 2)) {
      for (const e of c.events) {
        for (const p of [...e.actor, ...e.recipient]) assert.match(p.code, /^([A-Z]{3}|---|NATO)$/, `${c.id}: code ${p.code}`);
        if (e.location) assert.match(e.location.country ?? '', /^[A-Z]{3}$/, `${c.id}: location country`);
        if (e.datePrecision) assert.ok(['month', 'year'].includes(e.datePrecision), `${c.id}: date precision`);
      }
    }
  });
});

const KINDS = new Set(['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum']);
const STATUSES = new Set(['proposed', 'announced', 'active', 'withdrawn', 'rejected', 'collapsed', 'expired', 'extended', 'kept', 'violated']);

describe('news-commitments gold file', () => {
  const gold = readCommitmentGold();

  it('holds at least 200 cases with consistent ids, halves and labels; no conditional pledge is active', () => {
    assert.ok(gold.length >= 200, `only ${gold.length} cases`);
    assert.equal(new Set(gold.map((c) => c.id)).size, gold.length);
    for (const c of gold) {
      assert.equal(c.id, `${c.doc}@${c.start}`);
      assert.equal(c.half, halfOf(c.id));
      for (const r of c.commitments) {
        assert.ok(KINDS.has(r.kind), `${c.id}: kind ${r.kind}`);
        assert.ok(STATUSES.has(r.status), `${c.id}: status ${r.status}`);
        assert.ok(r.by.length > 0, `${c.id}: a committing party`);
        assert.ok(r.action === null || PLOVER.has(r.action), `${c.id}: action ${r.action}`);
        assert.ok(r.trigger.start >= c.start && r.trigger.end <= c.end, `${c.id}: trigger inside the sentence`);
        if (['pledge', 'agreement', 'ceasefire'].includes(r.kind) && r.conditions.length) assert.notEqual(r.status, 'active', `${c.id}: a conditional pledge is never active`);
      }
    }
  });

  it('holds the first cue cases of the sampler order in order, then the first 30 random ones; batch 2 from cue case 201 on', (t) => {
    const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
    if (!news) { t.skip(SHARED_MISSING); return; }
    const cues = gold.filter((c) => c.pool === 'cue').length;
    const order = sampleCommitmentCases(readArticles(news), cues, 30);
    const cue = order.slice(0, cues);
    const random = order.slice(cues);
    // file order: cue cases 1-200, the 30 random ones, cue cases 201 on (no cue case skipped, none out of order)
    assert.deepEqual(gold.map((c) => c.id), [...cue.slice(0, 200), ...random, ...cue.slice(200)].map((c) => c.id));
    const position = new Map(cue.map((c, i) => [c.id, i + 1]));
    for (const c of gold) {
      const p = position.get(c.id);
      // session 7 labelled the dev cases of cue positions 201-420; session 12 the test ones there and all from 421 on
      const fresh = p !== undefined && p > 200 && (p > 420 || c.half === 'test');
      assert.equal(c.batch, fresh ? 2 : undefined, `${c.id} (cue position ${p ?? 'random'}): batch`);
    }
  });

  it('labels of batch 2 name their parties with codes and keep the field conventions', () => {
    for (const c of gold.filter((g) => g.batch === 2)) {
      for (const r of c.commitments) {
        for (const p of [...r.by, ...r.to]) assert.match(p.code, /^([A-Z]{3}|---|NATO)$/, `${c.id}: code ${p.code}`);
        assert.match(r.announced, /^\d{4}-\d\d-\d\d$/, `${c.id}: announced`);
        for (const d of [r.starts, r.ends]) if (d !== null) assert.match(d, /^\d{4}-\d\d-\d\d$/, `${c.id}: window date`);
        assert.equal(typeof r.refrain, 'boolean', `${c.id}: refrain`);
      }
    }
  });

  it('the cue pool has a cue word and the random pool none', (t) => {
    const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
    if (!news) { t.skip(SHARED_MISSING); return; }
    const articles = new Map(readArticles(news, new Set(gold.map((c) => c.doc))).map((a) => [a.id, a]));
    for (const c of gold) {
      const text = articles.get(c.doc)!.text.slice(c.start, c.end);
      assert.equal(COMMITMENT_CUES.test(text), c.pool === 'cue', c.id);
    }
  });
});
