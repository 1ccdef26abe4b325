import { describe, expect, it } from 'vitest';
import { compile, render, slotsOf, SlotValues } from './templates.ts';

describe('templates', () => {
  it('fills slots, with a capital first letter where the slot is written with one', () => {
    const values = new SlotValues();
    values.set('who', 'min mor');
    values.set('place', 'på sykehjemmet');
    expect(render(compile('{Who} falt {place}, og ingen hjalp {who}.'), values)).toBe(
      'Min mor falt på sykehjemmet, og ingen hjalp min mor.',
    );
  });

  it('keeps a template without slots as it is', () => {
    expect(render(compile('Ingen har tatt ansvar.'), new SlotValues())).toBe('Ingen har tatt ansvar.');
  });

  it('takes the new value after a slot is set again, in both forms', () => {
    const values = new SlotValues();
    const template = compile('{Who} og {who}');
    values.set('who', 'min far');
    expect(render(template, values)).toBe('Min far og min far');
    values.set('who', 'han');
    expect(render(template, values)).toBe('Han og han');
  });

  it('knows which templates name the person served', () => {
    expect(compile('Ingen hjalp {whom}.').mentionsPerson).toBe(true);
    expect(compile('{Staff} kom ikke {place}.').mentionsPerson).toBe(false);
    expect(slotsOf(compile('{Staff} kom ikke {place}.'))).toEqual(['staff', 'place']);
  });

  it('refuses unknown slots and broken braces when the vocabulary loads', () => {
    expect(() => compile('{Hvem} falt.')).toThrow(/unknown slot/);
    expect(() => compile('{who falt.')).toThrow(/unclosed/);
    expect(() => compile('who} falt.')).toThrow(/stray brace/);
  });

  it('refuses to render a slot that has no value', () => {
    expect(() => render(compile('{Who} falt.'), new SlotValues())).toThrow(/no value/);
  });
});
