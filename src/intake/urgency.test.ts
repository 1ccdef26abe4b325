import { describe, expect, it } from 'vitest';
import { URGENCY_CUES } from '../demo/narratives/urgency-cues.ts';
import { detectUrgency } from './urgency.ts';

const flags = (text: string) => detectUrgency(text).map((f) => f.flag);

describe('urgency flags from the text', () => {
  it('finds each flag with the words that raised it, as written, in bokmål and nynorsk', () => {
    expect(detectUrgency('Mor døde to dager etter at hun ble sendt hjem.')).toEqual([
      { flag: 'death', words: ['døde'] },
    ]);
    expect(detectUrgency('Far døydde på sjukeheimen. Dødsfallet kunne vore unngått.')).toEqual([
      { flag: 'death', words: ['døydde', 'Dødsfallet'] },
    ]);
    expect(detectUrgency('Sonen min har snakka om sjølvmord i fleire veker.')).toEqual([
      { flag: 'suicide', words: ['sjølvmord'] },
    ]);
    expect(detectUrgency('Han sa at han ville ta livet av seg, men ble sendt hjem.')).toEqual([
      { flag: 'suicide', words: ['ta livet av seg'] },
    ]);
    expect(flags('Barnet er ikke trygt hjemme, og barnevernet gjør ingenting.')).toEqual(['child_at_risk']);
    expect(flags('Det er fare for at barnet blir skadd.')).toEqual(['child_at_risk']);
    expect(detectUrgency('Det skjer framleis, og ingen gjer noko.')).toEqual([
      { flag: 'ongoing_danger', words: ['skjer framleis'] },
    ]);
    expect(detectUrgency('Hun ble lagt i belter og holdt fast av tre ansatte.')).toEqual([
      { flag: 'coercion', words: ['lagt i belter', 'holdt fast'] },
    ]);
    expect(flags('Han vart slått av ein tilsett.')).toEqual(['abuse']);
  });

  it('raises several flags from one text, in a fixed order', () => {
    expect(flags('Det ble brukt tvang, og pasienten døde. Det skjer fortsatt.')).toEqual([
      'death',
      'ongoing_danger',
      'coercion',
    ]);
  });

  it('raises nothing on an ordinary complaint, and does not match inside other words', () => {
    expect(
      detectUrgency('Fastlegen svarte ikke på meldingene mine, og timen ble flyttet tre ganger.'),
    ).toEqual([]);
    // "død" inside "dødsbo" is not a death in the case; "tvang" must be a word of its own or a compound start.
    expect(flags('Jeg skriver om dødsboet etter min tante og om faktura.')).toEqual([]);
    expect(flags('Barnehagen ringte om et utslett.')).toEqual([]);
  });

  it('catches every cue sentence the demo generator plants, in both language forms', () => {
    for (const lang of ['nb', 'nn'] as const) {
      for (const [flag, cues] of Object.entries(URGENCY_CUES[lang])) {
        for (const cue of cues) {
          const text = cue.text.replace(/\{\w+\}/g, 'Pasienten');
          expect(flags(text), `${lang} ${flag}: ${text}`).toContain(flag);
        }
      }
    }
  });
});
