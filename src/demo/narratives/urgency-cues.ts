import type { Language } from './types.ts';

/**
 * Sentences that carry an urgency flag. `words` is the part of the sentence a reader (or a classifier)
 * would point to; it is literal text, never a slot, so it occurs in the narrative exactly as written here.
 * The rest of the vocabulary avoids these words, so they appear only when a flag was asked for.
 */
export interface CueSentence {
  text: string;
  words: string;
  /** False when the sentence makes no sense if the person served is the writer ("Jeg døde…"). */
  selfOk: boolean;
}

export const URGENCY_FLAGS = [
  'death',
  'suicide',
  'child_at_risk',
  'ongoing_danger',
  'coercion',
  'abuse',
] as const;

export const URGENCY_CUES: Readonly<Record<Language, Readonly<Record<string, readonly CueSentence[]>>>> = {
  nb: {
    death: [
      { text: '{Who} døde to dager senere.', words: 'døde', selfOk: false },
      { text: '{Who} døde kort tid etter hendelsen.', words: 'døde', selfOk: false },
      { text: 'Vi mener dødsfallet kunne vært unngått.', words: 'dødsfallet', selfOk: false },
      { text: 'En medpasient døde samme natt.', words: 'døde', selfOk: true },
      {
        text: 'Dødsfallet til en annen pasient viser hvor alvorlig dette er.',
        words: 'Dødsfallet',
        selfOk: true,
      },
    ],
    suicide: [
      { text: '{Who} tok sitt eget liv kort tid etter.', words: 'tok sitt eget liv', selfOk: false },
      { text: 'Tre uker senere tok {who} sitt eget liv.', words: 'sitt eget liv', selfOk: false },
      { text: '{Who} gjorde et selvmordsforsøk samme kveld.', words: 'selvmordsforsøk', selfOk: true },
      {
        text: 'Etter utskrivningen kom det et nytt selvmordsforsøk.',
        words: 'selvmordsforsøk',
        selfOk: true,
      },
    ],
    child_at_risk: [
      { text: 'Barnet er ikke trygt hjemme slik det er nå.', words: 'Barnet er ikke trygt', selfOk: true },
      { text: 'Barnet lever i en farlig omsorgssituasjon.', words: 'farlig omsorgssituasjon', selfOk: true },
      {
        text: 'Det er stor fare for at barnet blir skadet.',
        words: 'fare for at barnet blir skadet',
        selfOk: true,
      },
    ],
    ongoing_danger: [
      { text: 'Det skjer fortsatt, og ingen gjør noe.', words: 'Det skjer fortsatt', selfOk: true },
      { text: '{I} frykter at andre pasienter er i fare.', words: 'andre pasienter er i fare', selfOk: true },
      {
        text: 'Forholdene er ikke rettet opp, og det skjer fortsatt.',
        words: 'det skjer fortsatt',
        selfOk: true,
      },
      {
        text: 'Andre brukere er i fare så lenge ingenting blir gjort.',
        words: 'Andre brukere er i fare',
        selfOk: true,
      },
    ],
    coercion: [
      { text: '{Who} ble holdt fast av flere ansatte.', words: 'holdt fast', selfOk: true },
      {
        text: 'Det ble brukt tvangsmidler uten at det var fattet vedtak.',
        words: 'tvangsmidler',
        selfOk: true,
      },
      { text: 'Tvangsmidler ble brukt flere ganger i løpet av en uke.', words: 'Tvangsmidler', selfOk: true },
    ],
    abuse: [
      { text: '{Who} ble slått av en ansatt.', words: 'ble slått', selfOk: true },
      { text: 'Det er mistanke om seksuelle overgrep.', words: 'overgrep', selfOk: true },
      { text: '{Who} har fortalt om overgrep fra en voksen.', words: 'overgrep', selfOk: true },
      {
        text: '{Who} kom hjem med blåmerker og sa at {pron} var blitt slått.',
        words: 'blitt slått',
        selfOk: false,
      },
    ],
  },
  nn: {
    death: [
      { text: '{Who} døydde to dagar seinare.', words: 'døydde', selfOk: false },
      { text: '{Who} døydde kort tid etter hendinga.', words: 'døydde', selfOk: false },
      { text: 'Vi meiner dødsfallet kunne vore unngått.', words: 'dødsfallet', selfOk: false },
      { text: 'Ein medpasient døydde same natta.', words: 'døydde', selfOk: true },
      {
        text: 'Dødsfallet til ein annan pasient viser kor alvorleg dette er.',
        words: 'Dødsfallet',
        selfOk: true,
      },
    ],
    suicide: [
      { text: '{Who} tok sitt eige liv kort tid etter.', words: 'tok sitt eige liv', selfOk: false },
      { text: 'Tre veker seinare tok {who} sitt eige liv.', words: 'sitt eige liv', selfOk: false },
      { text: '{Who} gjorde eit sjølvmordsforsøk same kvelden.', words: 'sjølvmordsforsøk', selfOk: true },
      {
        text: 'Etter utskrivinga kom det eit nytt sjølvmordsforsøk.',
        words: 'sjølvmordsforsøk',
        selfOk: true,
      },
    ],
    child_at_risk: [
      { text: 'Barnet er ikkje trygt heime slik det er no.', words: 'Barnet er ikkje trygt', selfOk: true },
      { text: 'Barnet lever i ein farleg omsorgssituasjon.', words: 'farleg omsorgssituasjon', selfOk: true },
      {
        text: 'Det er stor fare for at barnet blir skadd.',
        words: 'fare for at barnet blir skadd',
        selfOk: true,
      },
    ],
    ongoing_danger: [
      { text: 'Det skjer framleis, og ingen gjer noko.', words: 'Det skjer framleis', selfOk: true },
      { text: '{I} fryktar at andre pasientar er i fare.', words: 'andre pasientar er i fare', selfOk: true },
      {
        text: 'Forholda er ikkje retta opp, og det skjer framleis.',
        words: 'det skjer framleis',
        selfOk: true,
      },
      {
        text: 'Andre brukarar er i fare så lenge ingenting blir gjort.',
        words: 'Andre brukarar er i fare',
        selfOk: true,
      },
    ],
    coercion: [
      { text: '{Who} vart halden fast av fleire tilsette.', words: 'halden fast', selfOk: true },
      {
        text: 'Det vart brukt tvangsmiddel utan at det var gjort vedtak.',
        words: 'tvangsmiddel',
        selfOk: true,
      },
      {
        text: 'Tvangsmiddel vart brukte fleire gonger i løpet av ei veke.',
        words: 'Tvangsmiddel',
        selfOk: true,
      },
    ],
    abuse: [
      { text: '{Who} vart slått av ein tilsett.', words: 'vart slått', selfOk: true },
      { text: 'Det er mistanke om seksuelle overgrep.', words: 'overgrep', selfOk: true },
      { text: '{Who} har fortalt om overgrep frå ein vaksen.', words: 'overgrep', selfOk: true },
      {
        text: '{Who} kom heim med blåmerke og sa at {pron} hadde vorte slått.',
        words: 'vorte slått',
        selfOk: false,
      },
    ],
  },
};
