/**
 * Render a letter to PDF with pdfmake and the Roboto fonts shipped in its package (nothing is fetched).
 *
 * Accessibility within what pdfmake can do: the document's title and language are set (/Title shown in the
 * viewer's title bar, /Lang for screen readers), body text is 11 pt and nothing is smaller than 10 pt, the
 * headings keep the order h1 → h2 → h3 and are mirrored in the PDF outline (bookmarks) with the same nesting.
 * pdfmake writes no structure tree, so the PDF is not tagged; the HTML preview carries the semantic markup.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pdfmake, { type Content } from 'pdfmake';
import { composeLetter } from './compose-letter.ts';
import type { LetterBlock, LetterContent } from './content.ts';
import type { LetterInput } from './schema.ts';
import { PHRASES } from './templates.ts';

type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('pdfmake/build/fonts/Roboto/Roboto-Regular.ttf'));
const ROBOTO = {
  normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};

/** Point sizes. 10 pt is the floor for anything a reader must read (footer included). */
export const FONT_SIZES = { body: 11, small: 10, h1: 16, h2: 13, h3: 11.5, letterhead: 13 } as const;

const MARGIN_X = 56; // about 2 cm, the usual Norwegian letter margin
const TITLE_ID = 'letter-title';

let configured = false;

/**
 * pdfmake is a process-wide singleton. Letters are rendered from our own content only, so it may read the
 * four font files and nothing else, and may fetch nothing: a caseworker's text can never make the server
 * open a file or a URL. (Other users of pdfmake in this process would share these settings.)
 */
function configurePdfmake(): void {
  if (configured) return;
  const allowed = new Set(Object.values(ROBOTO));
  pdfmake.setFonts({ Roboto: { ...ROBOTO } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)));
  configured = true;
}

// "§ 28", "§§ 18 og 19" and "14. april" must not break across lines: a reader who sees "§" at the end of
// one line and "28" on the next may miss the reference. A no-break space glues them in the PDF only.
const MONTH = '(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)';
const GLUE = [/(§§?) (?=\d)/g, new RegExp(`(\\d{1,2}\\.) (?=${MONTH}\\b)`, 'g')];
export const keepTogether = (text: string): string =>
  GLUE.reduce((t, pattern) => t.replace(pattern, '$1\u00a0'), text);

function blockContent(block: LetterBlock): Content {
  if (block.type === 'paragraph') {
    return { text: keepTogether(block.text), bold: block.emphasis ?? false, margin: [0, 0, 0, 8] };
  }
  const items = block.items.map((item) => ({
    text: keepTogether(item),
    margin: [0, 0, 0, 3] as [number, number, number, number],
  }));
  return block.ordered ? { ol: items, margin: [0, 0, 0, 8] } : { ul: items, margin: [0, 0, 0, 8] };
}

function sectionsContent(letter: LetterContent): Content[] {
  const out: Content[] = [];
  let parentId = TITLE_ID;
  letter.sections.forEach((s, index) => {
    if (s.heading) {
      const id = `section-${index}`;
      out.push({
        text: s.heading,
        style: s.level === 2 ? 'h2' : 'h3',
        headlineLevel: s.level,
        outline: true,
        // Bookmarks nest like the headings: h2 under the title, h3 under the h2 before it.
        outlineParentId: s.level === 2 ? TITLE_ID : parentId,
        id,
      });
      if (s.level === 2) parentId = id;
    }
    out.push(...s.blocks.map(blockContent));
  });
  return out;
}

/** The pdfmake document for a composed letter; exported so tests and tools can inspect the layout. */
export function letterDocument(letter: LetterContent): TDocumentDefinitions {
  const page = PHRASES[letter.language].common.page;
  const footerLine = [
    letter.sender.name,
    ...letter.sender.addressLines,
    ...[letter.sender.orgNumber, letter.sender.phone, letter.sender.email].filter((v) => v !== null),
  ].join(' · ');
  const { labels } = PHRASES[letter.language].common;

  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 56, MARGIN_X, 80],
    language: letter.languageTag,
    displayTitle: true,
    info: {
      title: letter.title,
      author: letter.sender.name,
      subject: `${letter.title} (${labels.caseNumber} ${letter.caseNumber})`,
      creator: 'Tilsyn',
      producer: 'Tilsyn (pdfmake)',
    },
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZES.body, lineHeight: 1.25 },
    styles: {
      letterhead: { fontSize: FONT_SIZES.letterhead, bold: true },
      h1: { fontSize: FONT_SIZES.h1, bold: true, margin: [0, 18, 0, 10] },
      h2: { fontSize: FONT_SIZES.h2, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: FONT_SIZES.h3, bold: true, margin: [0, 6, 0, 3] },
      small: { fontSize: FONT_SIZES.small },
    },
    // Never leave a heading alone at the foot of a page.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0,
    footer: (current, total) => ({
      margin: [MARGIN_X, 24, MARGIN_X, 0],
      columns: [
        { text: footerLine, style: 'small', width: '*' },
        // A fixed width: an 'auto' column beside a long '*' one may be squeezed and wrap "Side 1 / av 3".
        { text: page(current, total), style: 'small', width: 80, alignment: 'right' },
      ],
      columnGap: 16,
    }),
    content: [
      {
        columns: [
          { width: '*', stack: [{ text: letter.sender.name, style: 'letterhead' }] },
          {
            width: 'auto',
            table: { body: letter.details.map((d) => [{ text: d.label, bold: true }, d.value]) },
            layout: 'noBorders',
            style: 'small',
          },
        ],
        columnGap: 24,
      },
      { margin: [0, 24, 0, 0], stack: [letter.recipient.name, ...letter.recipient.addressLines] },
      ...(letter.marking ? [{ text: letter.marking, bold: true, margin: [0, 16, 0, 0] } as Content] : []),
      { text: letter.title, style: 'h1', headlineLevel: 1, outline: true, id: TITLE_ID },
      ...sectionsContent(letter),
      {
        margin: [0, 16, 0, 0],
        unbreakable: true,
        stack: [
          letter.signature.closing,
          { text: '', margin: [0, 6, 0, 0] },
          letter.signature.name,
          ...(letter.signature.title ? [letter.signature.title] : []),
          letter.signature.office,
          { text: letter.signature.note, style: 'small', margin: [0, 12, 0, 0] },
        ],
      },
    ],
  };
}

/** A composed letter as PDF bytes. */
export async function renderLetterContent(letter: LetterContent): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(letterDocument(letter)).getBuffer();
}

/** Compose and render in one step: `renderLetter(letterInputSchema.parse(body))`. */
export async function renderLetter(input: LetterInput): Promise<Buffer> {
  return renderLetterContent(composeLetter(input));
}
