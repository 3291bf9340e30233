/**
 * Component `language`: tells which language a document is written in (tinyld over the first few thousand
 * characters) and sets `document.language`. Parley's lexicons, parser and knowledge are English, so a document
 * found to be in another language gets a `PARLEY_W_LANGUAGE_UNSUPPORTED` note and the components after this one
 * that are not marked `anyLanguage` (actors, events, commitments, claims) leave it alone: no silent English
 * coding of French text. Precision first: a text too short to tell (a headline, a one-line `parley code` record)
 * or one where English is a close second stays English, and a text whose words are often English function words
 * ("the", "of", "and" …) is English without asking the detector (fast, and no English article is taken for Irish).
 *
 *   language.run(doc); doc.language // 'fr'; doc.errors[0].code // 'PARLEY_W_LANGUAGE_UNSUPPORTED'
 */
import { detectAll } from 'tinyld';
import type { Document } from '../core/types.js';
import type { Component } from './component.js';

export const LANGUAGE_UNSUPPORTED_CODE = 'PARLEY_W_LANGUAGE_UNSUPPORTED';
/** Fewer letters than this and the guess is left alone (detectors are unreliable on a sentence or two). */
const MIN_LETTERS = 150;
const SAMPLE_CHARS = 2000;
/** English function words: in English prose about one word in four is one of them, in other languages almost none. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'it', 'he', 'said', 'at', 'from', 'has', 'have', 'his', 'be', 'are', 'were', 'this', 'which', 'not', 'but', 'after']);
const ENGLISH_SHARE = 0.12;
/** Another language must lead English by this factor to be believed. */
const MARGIN = 3;

/** The ISO 639-1 code of the text's language, 'en' when it cannot be told with confidence. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'en';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.reduce((n, w) => n + (ENGLISH_FUNCTION_WORDS.has(w) ? 1 : 0), 0);
  if (english >= words.length * ENGLISH_SHARE) return 'en';
  const guesses = detectAll(sample);
  const top = guesses[0];
  if (!top || top.lang === 'en') return 'en';
  const englishScore = guesses.find((g) => g.lang === 'en')?.accuracy ?? 0;
  return top.accuracy > englishScore * MARGIN ? top.lang : 'en';
}

export const language: Component = {
  name: 'language',
  requires: [],
  assigns: [],
  anyLanguage: true,
  run(doc: Document): void {
    doc.language = detectLanguage(doc.text);
    if (doc.language !== 'en') {
      doc.errors.push({
        component: 'language',
        code: LANGUAGE_UNSUPPORTED_CODE,
        message: `the text is in language "${doc.language}", not English: Parley codes English only, so no actors, events, commitments or claims were read`,
      });
    }
  },
};
