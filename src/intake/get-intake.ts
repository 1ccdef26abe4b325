/**
 * What triage found, for the staff app: urgency flags with their trigger words, the classifier's suggestion
 * with its top words and confidence, and the related cases. Guarded by `case.triage`: those who triage the
 * case see why it was flagged.
 */
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import type { UseCaseContext } from '../cases/context.ts';
import { CASE_NOT_FOUND, CaseError, refusal } from '../cases/errors.ts';
import { loadCase } from '../cases/repository.ts';
import type { ClassificationRecord, RelatedCase } from './triage.ts';
import { URGENCY_LABELS, type UrgencyFinding, type UrgencyFlag } from './urgency.ts';

export interface CaseIntakeView {
  caseId: number;
  source: string;
  submitterRole: string | null;
  needsHumanTriage: boolean;
  triageReason: string;
  urgency: { flag: string; label: { nb: string; nn: string; en: string }; words: string[] }[];
  classification: ClassificationRecord | null;
  related: RelatedCase[];
  attachments: { id: number; fileName: string; mediaType: string; byteSize: number }[];
}

export async function getCaseIntake(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
): Promise<CaseIntakeView> {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) throw new CaseError(404, 'not_found', CASE_NOT_FOUND);
  const decision = decide(actor, 'case.triage', loaded.resource);
  if (!decision.allowed) throw refusal(decision);
  const [row, files] = await Promise.all([
    ctx.db.selectFrom('case_intake').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
    ctx.db
      .selectFrom('document_files')
      .select(['id', 'file_name', 'media_type', 'byte_size'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute(),
  ]);
  if (!row)
    throw new CaseError(404, 'no_intake', {
      nb: 'Saken kom ikke inn gjennom klageskjemaet eller varsel-API-et.',
      nn: 'Saka kom ikkje inn gjennom klageskjemaet eller varsel-API-et.',
      en: 'The case did not come in through the complaint form or the notification API.',
    });
  return {
    caseId,
    source: row.source,
    submitterRole: row.submitter_role,
    needsHumanTriage: row.needs_human_triage,
    triageReason: row.triage_reason,
    urgency: (row.urgency as UrgencyFinding[]).map((u) => ({
      flag: u.flag,
      label: URGENCY_LABELS[u.flag as UrgencyFlag],
      words: u.words,
    })),
    classification: row.classification as unknown as ClassificationRecord | null,
    related: row.related as RelatedCase[],
    attachments: files.map((f) => ({
      id: Number(f.id),
      fileName: f.file_name,
      mediaType: f.media_type,
      byteSize: f.byte_size,
    })),
  };
}
