/**
 * Templates are split once, when the module loads, into literal pieces and slot numbers, so that writing a
 * narrative is only string concatenation: no parsing and no regular expressions in the hot loop.
 */

export const SLOT_NAMES = [
  'who', // the person served, as a subject: "jeg", "min mor", "beboeren"
  'whom', // the same as an object: "meg", "min mor"
  'pron', // pronoun for the person served once introduced: "jeg", "hun"
  'pronObj', // object pronoun: "meg", "henne"
  'self', // reflexive for the person served: "meg" when the patient writes, otherwise "seg"
  'i', // the writer: "jeg", "vi"
  'me', // the writer as an object: "meg", "oss"
  'staff',
  'staffIndef',
  'place',
  'unit',
  'when',
  'provider',
  'municipality',
  'name',
  'decision',
  'audit',
  'topic', // a case title's theme phrase
] as const;

export type SlotName = (typeof SLOT_NAMES)[number];

const SLOT_INDEX = new Map<string, number>(SLOT_NAMES.map((name, index) => [name, index]));

/**
 * A compiled template: text = literals[0] + value(slots[0]) + literals[1] + … . A slot reference is
 * `index * 2`, or `index * 2 + 1` for the capitalised form (`{Who}`).
 */
export interface Template {
  readonly source: string;
  readonly literals: readonly string[];
  readonly slots: readonly number[];
  /** Whether the template names the person served ({who} or {whom}), who may then become "han"/"hun". */
  readonly mentionsPerson: boolean;
}

export function compile(source: string): Template {
  const literals: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (;;) {
    const open = source.indexOf('{', from);
    if (open < 0) break;
    const close = source.indexOf('}', open);
    if (close < 0) throw new Error(`unclosed slot in template: ${source}`);
    const name = source.slice(open + 1, close);
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const index = SLOT_INDEX.get(lower);
    if (index === undefined) throw new Error(`unknown slot {${name}} in template: ${source}`);
    literals.push(source.slice(from, open));
    slots.push(index * 2 + (name === lower ? 0 : 1));
    from = close + 1;
  }
  literals.push(source.slice(from));
  if (literals.some((piece) => piece.includes('}'))) throw new Error(`stray brace in template: ${source}`);
  const person = [SLOT_INDEX.get('who'), SLOT_INDEX.get('whom')];
  const mentionsPerson = slots.some((ref) => person.includes(ref >> 1));
  return { source, literals, slots, mentionsPerson };
}

export function compileAll(sources: readonly string[]): Template[] {
  return sources.map(compile);
}

/** The slots used by a template, by name, for checks on the vocabulary. */
export function slotsOf(template: Template): SlotName[] {
  return template.slots.map((ref) => SLOT_NAMES[ref >> 1] as SlotName);
}

/** One narrative's slot values; capitalised forms are made on first use. */
export class SlotValues {
  private readonly values: (string | undefined)[] = new Array<string | undefined>(SLOT_NAMES.length * 2);

  set(name: SlotName, value: string): void {
    const index = (SLOT_INDEX.get(name) as number) * 2;
    this.values[index] = value;
    this.values[index + 1] = undefined;
  }

  get(name: SlotName): string {
    return this.ref((SLOT_INDEX.get(name) as number) * 2);
  }

  ref(slotRef: number): string {
    const known = this.values[slotRef];
    if (known !== undefined) return known;
    const plain = this.values[slotRef & ~1];
    if (plain === undefined) throw new Error(`slot {${SLOT_NAMES[slotRef >> 1]}} has no value`);
    const capital = plain.charAt(0).toUpperCase() + plain.slice(1);
    this.values[slotRef] = capital;
    return capital;
  }
}

export function render(template: Template, values: SlotValues): string {
  const { literals, slots } = template;
  let text = literals[0] as string;
  for (let k = 0; k < slots.length; k++) text += values.ref(slots[k] as number) + (literals[k + 1] as string);
  return text;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
