import { FRAMES_NB } from './frames-nb.ts';
import { FRAMES_NN } from './frames-nn.ts';
import type { CaseType, Language, Phrases, WriterRole } from './types.ts';

/**
 * The sentences that frame a narrative, by case type and by who writes. A frame is looked up under the
 * writer's role first, then the writer's voice, then `any`; the first list found is used.
 */

export type FrameName =
  | 'incidentOpening'
  | 'appealOpening'
  | 'appealFirst'
  | 'appealReason'
  | 'appealWant'
  | 'noticeOpening'
  | 'noticeFollowUp'
  | 'personnelOpening'
  | 'personnelDetail'
  | 'personnelWant'
  | 'auditOpening'
  | 'auditScope'
  | 'auditExtra'
  | 'auditMethod'
  | 'auditContext'
  | 'generic'
  | 'want';

/** Parties write about themselves or their own; institutions write about their patients or users. */
export type Voice = 'party' | 'professional' | 'institution';

export const VOICE: Readonly<Record<WriterRole, Voice>> = {
  patient: 'party',
  next_of_kin: 'party',
  parent: 'party',
  professional: 'professional',
  provider: 'institution',
  office: 'institution',
};

export type FrameKey = WriterRole | Voice | 'any';
export type FrameTable = Readonly<Record<FrameName, Readonly<Partial<Record<FrameKey, Phrases>>>>>;

export const FRAMES: Readonly<Record<Language, FrameTable>> = { nb: FRAMES_NB, nn: FRAMES_NN };

/** Case titles; `{topic}` is the theme's title phrase, or its taxonomy label for planned supervision. */
export const TITLES: Readonly<Record<Language, Readonly<Record<CaseType, string>>>> = {
  nb: {
    incident_supervision: '{Topic} {place}',
    rights_appeal: 'Klage på vedtak om {decision}',
    serious_incident_notice: 'Alvorlig hendelse {place}: {topic}',
    personnel_reaction: 'Melding om {staffIndef}: {topic}',
    planned_supervision: 'Planlagt tilsyn med {unit}: {topic}',
  },
  nn: {
    incident_supervision: '{Topic} {place}',
    rights_appeal: 'Klage på vedtak om {decision}',
    serious_incident_notice: 'Alvorleg hending {place}: {topic}',
    personnel_reaction: 'Melding om {staffIndef}: {topic}',
    planned_supervision: 'Planlagt tilsyn med {unit}: {topic}',
  },
};
