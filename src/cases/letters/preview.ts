/**
 * The composed letter as plain text (e-mail notice, search index, tests) and as an HTML fragment (a
 * server-rendered preview). The web app may render LetterContent itself; these keep the same order and
 * heading levels as the PDF so every view of a letter reads alike.
 */
import type { LetterBlock, LetterContent } from './content.ts';

function blockText(block: LetterBlock): string[] {
  if (block.type === 'paragraph') return [block.text];
  return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '–'} ${item.replace(/\n/g, '\n   ')}`);
}

export function letterToPlainText(letter: LetterContent): string {
  const out: string[] = [letter.sender.name, ...letter.sender.addressLines, ''];
  out.push(letter.recipient.name, ...letter.recipient.addressLines, '');
  out.push(...letter.details.map((d) => `${d.label}: ${d.value}`), '');
  if (letter.marking) out.push(letter.marking, '');
  out.push(letter.title, '');
  for (const s of letter.sections) {
    if (s.heading) out.push(s.heading, '');
    for (const block of s.blocks) out.push(...blockText(block), '');
  }
  out.push(letter.signature.closing, '', letter.signature.name);
  if (letter.signature.title) out.push(letter.signature.title);
  out.push(letter.signature.office, '', letter.signature.note);
  return out.join('\n').trimEnd() + '\n';
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
// Caseworker text reaches the party's status page through this: every value is escaped, line breaks become <br>.
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c).replace(/\n/g, '<br>');

function blockHtml(block: LetterBlock): string {
  if (block.type === 'paragraph') {
    return block.emphasis ? `<p><strong>${esc(block.text)}</strong></p>` : `<p>${esc(block.text)}</p>`;
  }
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${block.items.map((item) => `<li>${esc(item)}</li>`).join('')}</${tag}>`;
}

/** An <article> with h1 for the title and h2/h3 for sections, in the letter's language. */
export function letterToHtml(letter: LetterContent): string {
  const parts: string[] = [`<article class="letter" lang="${esc(letter.languageTag)}">`];
  parts.push(
    `<address class="letter-sender">${[letter.sender.name, ...letter.sender.addressLines].map(esc).join('<br>')}</address>`,
    `<address class="letter-recipient">${[letter.recipient.name, ...letter.recipient.addressLines].map(esc).join('<br>')}</address>`,
    `<dl class="letter-details">${letter.details.map((d) => `<dt>${esc(d.label)}</dt><dd>${esc(d.value)}</dd>`).join('')}</dl>`,
  );
  if (letter.marking) parts.push(`<p class="letter-marking"><strong>${esc(letter.marking)}</strong></p>`);
  parts.push(`<h1>${esc(letter.title)}</h1>`);
  for (const s of letter.sections) {
    if (s.heading) parts.push(`<h${s.level}>${esc(s.heading)}</h${s.level}>`);
    parts.push(...s.blocks.map(blockHtml));
  }
  const sig = letter.signature;
  parts.push(
    `<p class="letter-signature">${[sig.closing, '', sig.name, ...(sig.title ? [sig.title] : []), sig.office].map(esc).join('<br>')}</p>`,
    `<p class="letter-note">${esc(sig.note)}</p>`,
    '</article>',
  );
  return parts.join('\n');
}
