/** The intake module's SQL: attachments, triage findings and related-case links. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CheckedAttachment } from './attachments.ts';
import type { ClassificationRecord, RelatedCase } from './triage.ts';
import type { UrgencyFinding } from './urgency.ts';

type Trx = Transaction<Database>;

export async function insertAttachments(
  trx: Trx,
  caseId: number,
  documentId: number,
  files: readonly CheckedAttachment[],
): Promise<void> {
  if (files.length === 0) return;
  await trx
    .insertInto('document_files')
    .values(
      files.map((f) => ({
        document_id: documentId,
        case_id: caseId,
        file_name: f.fileName,
        media_type: f.mediaType,
        byte_size: f.bytes.length,
        sha256: f.sha256,
        content: f.bytes,
      })),
    )
    .execute();
}

export async function insertTriage(
  trx: Trx,
  caseId: number,
  t: {
    source: 'citizen_form' | 'provider_api';
    submitterRole: string | null;
    urgency: UrgencyFinding[];
    classification: ClassificationRecord;
    related: RelatedCase[];
    details: Record<string, unknown>;
  },
): Promise<void> {
  const needsHuman = t.classification.route === 'human_triage';
  await trx
    .insertInto('case_intake')
    .values({
      case_id: caseId,
      source: t.source,
      submitter_role: t.submitterRole,
      urgency: JSON.stringify(t.urgency),
      classification: JSON.stringify(t.classification),
      classifier_model_id: t.classification.modelId,
      needs_human_triage: needsHuman,
      triage_reason: t.classification.reason,
      related: JSON.stringify(t.related),
      details: JSON.stringify(t.details),
    })
    .execute();
  if (t.related.length > 0) {
    await trx
      .insertInto('case_links')
      .values(
        t.related.flatMap((r) => [
          { case_id: caseId, linked_case_id: r.caseId, kind: 'related' as const },
          { case_id: r.caseId, linked_case_id: caseId, kind: 'related' as const },
        ]),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
