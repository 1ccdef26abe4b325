/**
 * Attachments to a complaint: at most MAX_FILES files of at most MAX_FILE_BYTES each. The type is sniffed
 * from the bytes with `file-type` — a renamed .exe is not a PDF because its name says so — and must be one
 * a caseworker can open safely: PDF, JPEG, PNG, HEIC, Word (docx) or plain UTF-8 text.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import type { Texts } from '../cases/errors.ts';

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 10 * 1024 * 1024;

export const ALLOWED_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const;

export const AttachmentInput = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    /** The file's bytes, base64. */
    contentBase64: z
      .string()
      .min(4)
      .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 8)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  })
  .strict();
export type AttachmentInput = z.infer<typeof AttachmentInput>;

export interface CheckedAttachment {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
}

export interface AttachmentProblem {
  field: string;
  code: string;
  texts: Texts;
}

const sizeText = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 0 })} MB`;

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Sniffs and checks every attachment; the problems name the field (`attachments.2`) and say why. */
export async function checkAttachments(
  attachments: readonly AttachmentInput[],
): Promise<{ files: CheckedAttachment[]; problems: AttachmentProblem[] }> {
  const files: CheckedAttachment[] = [];
  const problems: AttachmentProblem[] = [];
  let total = 0;
  for (const [i, a] of attachments.entries()) {
    const bytes = Buffer.from(a.contentBase64, 'base64');
    total += bytes.length;
    const field = `attachments.${i}`;
    if (bytes.length === 0) {
      problems.push({
        field,
        code: 'empty_file',
        texts: { nb: 'Filen er tom.', nn: 'Fila er tom.', en: 'The file is empty.' },
      });
      continue;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      problems.push({
        field,
        code: 'file_too_large',
        texts: {
          nb: `«${a.fileName}» er for stor. Hver fil kan være høyst ${sizeText(MAX_FILE_BYTES)}.`,
          nn: `«${a.fileName}» er for stor. Kvar fil kan vere høgst ${sizeText(MAX_FILE_BYTES)}.`,
          en: `"${a.fileName}" is too large. Each file may be at most ${sizeText(MAX_FILE_BYTES)}.`,
        },
      });
      continue;
    }
    const sniffed = await fileTypeFromBuffer(bytes);
    const mediaType = sniffed?.mime ?? (isPlainText(bytes) ? 'text/plain' : 'application/octet-stream');
    if (!(ALLOWED_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
      problems.push({
        field,
        code: 'file_type_not_allowed',
        texts: {
          nb: `«${a.fileName}» er en filtype vi ikke tar imot. Send PDF, bilde (JPEG, PNG), Word-dokument eller ren tekst.`,
          nn: `«${a.fileName}» er ein filtype vi ikkje tek imot. Send PDF, bilete (JPEG, PNG), Word-dokument eller rein tekst.`,
          en: `"${a.fileName}" is a file type we do not accept. Send a PDF, a picture (JPEG, PNG), a Word document or plain text.`,
        },
      });
      continue;
    }
    files.push({
      fileName: a.fileName,
      mediaType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  if (total > MAX_TOTAL_BYTES) {
    problems.push({
      field: 'attachments',
      code: 'files_too_large',
      texts: {
        nb: `Vedleggene er til sammen for store. Til sammen kan de være høyst ${sizeText(MAX_TOTAL_BYTES)}.`,
        nn: `Vedlegga er til saman for store. Til saman kan dei vere høgst ${sizeText(MAX_TOTAL_BYTES)}.`,
        en: `The attachments are too large together. Together they may be at most ${sizeText(MAX_TOTAL_BYTES)}.`,
      },
    });
  }
  return { files, problems };
}
