/**
 * A small reader for the PDFs this module writes, used by the tests to check what a reader would see:
 * the text (decoded through each font's ToUnicode map, since pdfkit writes glyph ids, not characters),
 * the font sizes used, the document title and language, and the outline (bookmarks).
 *
 * Not a general PDF parser: it assumes pdfkit's output — direct /Length values, FlateDecode or plain streams,
 * Identity-H fonts, one /Pages node, and the whole document in one revision.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

export interface PdfOutlineItem {
  title: string;
  children: PdfOutlineItem[];
}

export interface PdfReading {
  /** Page texts, each line as laid out (a change of baseline starts a new line). */
  pages: string[];
  text: string;
  fontSizes: number[];
  info: Record<string, string>;
  language: string | null;
  outline: PdfOutlineItem[];
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const latin = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  let pos = 0;
  for (;;) {
    header.lastIndex = pos;
    const m = header.exec(latin);
    if (!m) break;
    const start = m.index + m[0].length;
    const end = latin.indexOf('endobj', start);
    const streamAt = latin.indexOf('stream', start);
    if (streamAt !== -1 && streamAt < end) {
      const dict = latin.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? NaN);
      let dataStart = streamAt + 'stream'.length;
      if (latin[dataStart] === '\r') dataStart++;
      if (latin[dataStart] === '\n') dataStart++;
      const raw = pdf.subarray(dataStart, dataStart + length);
      objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
      // Skip the stream's bytes: compressed data may contain anything, including "0 obj".
      pos = latin.indexOf('endobj', dataStart + length) + 'endobj'.length;
    } else {
      objects.set(Number(m[1]), { dict: latin.slice(start, end), stream: null });
      pos = end + 'endobj'.length;
    }
  }
  return objects;
}

// Hex may hold several code units separated by spaces (a ligature such as "fl" maps to two characters).
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');

/** A ToUnicode CMap as glyph id (hex) → text. */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src = '', dst = ''] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) {
      map.set(parseInt(src, 16), utf16(dst));
    }
  }
  for (const [, body = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g);
    for (const [, lo = '', hi = '', dst = ''] of ranges) {
      const from = parseInt(lo, 16);
      const to = parseInt(hi, 16);
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach(([, d = ''], i) => map.set(from + i, utf16(d)));
      } else {
        const base = parseInt(dst.slice(1, -1), 16);
        for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(base + code - from));
      }
    }
  }
  return map;
}

/** A PDF literal string's bytes, then UTF-16BE (with BOM) or PDFDocEncoding (≈ latin1). */
function decodeLiteral(literal: string): string {
  const bytes: number[] = [];
  const named: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i] ?? '';
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const next = literal[++i] ?? '';
    const octal = /^[0-7]{1,3}/.exec(literal.slice(i));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += octal[0].length - 1;
    } else if (next !== '\n') bytes.push(named[next] ?? next.charCodeAt(0));
  }
  const buf = Buffer.from(bytes);
  return buf[0] === 0xfe && buf[1] === 0xff ? utf16(buf.subarray(2).toString('hex')) : buf.toString('latin1');
}

/** The string value of `key` in a dictionary, whether written inline or as a reference to a string object. */
function stringValue(dict: string, key: string, objects: Map<number, PdfObject>): string | null {
  const inline = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`, 's').exec(dict);
  if (inline) return decodeLiteral(inline[1] ?? '');
  const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  const target = ref ? objects.get(Number(ref[1]))?.dict.trim() : undefined;
  return target?.startsWith('(') ? decodeLiteral(target.slice(1, target.lastIndexOf(')'))) : null;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1] ?? NaN);

function readOutline(objects: Map<number, PdfObject>, firstId: number): PdfOutlineItem[] {
  const items: PdfOutlineItem[] = [];
  for (let id = firstId; objects.has(id);) {
    const dict = objects.get(id)?.dict ?? '';
    items.push({
      title: stringValue(dict, 'Title', objects) ?? '',
      children: readOutline(objects, ref(dict, 'First')),
    });
    id = ref(dict, 'Next');
  }
  return items;
}

export function readPdf(pdf: Buffer): PdfReading {
  const objects = parseObjects(pdf);
  const dicts = [...objects.values()].map((o) => o.dict);
  const cmaps = new Map<string, Map<number, string>>();
  for (const dict of dicts) {
    for (const [, name = '', id = ''] of dict
      .match(/\/Font\s*<<([^>]*)>>/)?.[1]
      ?.matchAll(/\/(\w+)\s+(\d+) 0 R/g) ?? []) {
      const toUnicode = ref(objects.get(Number(id))?.dict ?? '', 'ToUnicode');
      const cmap = objects.get(toUnicode)?.stream;
      if (cmap) cmaps.set(name, parseCMap(cmap.toString('latin1')));
    }
  }
  const pagesDict = dicts.find((d) => /\/Type\s*\/Pages\b/.test(d)) ?? '';
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(pagesDict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((k) =>
    Number(k[1]),
  );
  const fontSizes = new Set<number>();
  const pages = kids.map((pageId) => {
    const content =
      objects.get(ref(objects.get(pageId)?.dict ?? '', 'Contents'))?.stream?.toString('latin1') ?? '';
    let font = new Map<number, string>();
    let lastY: string | null = null;
    let out = '';
    const ops = /\/(\w+) ([\d.]+) Tf|1 0 0 1 [\d.-]+ ([\d.-]+) Tm|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g;
    for (const [, fontName, size, y, array, single] of content.matchAll(ops)) {
      if (fontName) {
        font = cmaps.get(fontName) ?? new Map();
        fontSizes.add(Number(size));
      } else if (y !== undefined) {
        if (lastY !== null && y !== lastY) out += '\n';
        lastY = y;
      } else {
        for (const [, hex = ''] of (array ?? `<${single}>`).matchAll(/<([0-9a-fA-F]*)>/g)) {
          for (let i = 0; i + 4 <= hex.length; i += 4)
            out += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
        }
      }
    }
    return out;
  });
  const trailerInfo = /\/Info\s+(\d+) 0 R/.exec(pdf.toString('latin1'))?.[1];
  const infoDict = objects.get(Number(trailerInfo))?.dict ?? '';
  const info: Record<string, string> = {};
  for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer']) {
    const value = stringValue(infoDict, key, objects);
    if (value !== null) info[key] = value;
  }
  const catalog = dicts.find((d) => /\/Type\s*\/Catalog\b/.test(d)) ?? '';
  const outlinesRoot = objects.get(ref(catalog, 'Outlines'))?.dict;
  return {
    pages,
    text: pages.join('\n'),
    fontSizes: [...fontSizes].sort((a, b) => a - b),
    info,
    language: stringValue(catalog, 'Lang', objects),
    outline: outlinesRoot ? readOutline(objects, ref(outlinesRoot, 'First')) : [],
  };
}
