/**
 * Tests of `noConsultation` through the real pipeline, on sentences written for these tests: talk with no party,
 * talk to the press and "met with" in the passive are no consultation; talk with a party, or between parties, is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const consults = (text: string) => codeText(text, '2022-06-01').layers.events.filter((e) => e.type === 'CONSULT');

test('talking about something consults no one', () => {
  for (const text of ['Macron was talking about his plans to support Ukraine.', 'Kremlin officials have been talking about a new offensive for weeks.']) {
    assert.equal(consults(text).length, 0, text);
  }
});

test('talking to the press is a statement, not a consultation', () => {
  for (const text of ['Lavrov spoke to the state news agency TASS on Monday.', 'The Polish minister spoke to Reuters in Warsaw.', 'Kuleba talked to reporters after the meeting.']) {
    assert.equal(consults(text).length, 0, text);
  }
});

test('a reaction "met with" resistance is no meeting; meeting someone is', () => {
  assert.equal(consults('The Turkish offensive was met with fierce resistance.').length, 0);
  assert.equal(consults('Erdogan met Putin in Sochi on Friday.').length, 1);
});

test('talking with a party, or parties talking with each other, is a consultation', () => {
  assert.equal(consults('Blinken talked with Wang Yi about Taiwan.').length, 1);
  assert.equal(consults('Scholz spoke to Zelensky by phone on Sunday.').length, 1);
  assert.equal(consults('Trump spoke by phone with Putin on Tuesday.').length, 1);
  assert.equal(consults('Putin and Erdogan talked by phone.').length, 2, 'each party consults the other');
  assert.equal(consults('Lavrov spoke with Blinken and the BBC.').length, 1, 'a party beside an outlet is still talked with');
});
