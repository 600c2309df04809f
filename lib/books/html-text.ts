// XHTML of an EPUB chapter to plain paragraphs. Block elements and <br> end a
// paragraph; ruby glosses, scripts, styles and footnote references are not
// part of the reading text.
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";

const BLOCK = new Set([
  "p", "div", "section", "article", "aside", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd",
  "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "header", "footer", "figure", "figcaption", "hr", "body",
]);
const SKIP = new Set(["script", "style", "head", "rt", "rp", "title", "svg", "math"]);

export interface HtmlChapter {
  paragraphs: string[];
  /** The first heading's text, if any. */
  heading: string;
  /** epub:type values on the body and its top sections (cover, toc, copyright-page…). */
  types: string[];
  images: number;
}

const isElement = (n: ChildNode): n is Element => n.type === "tag" || n.type === "script" || n.type === "style";

export function htmlToChapter(html: string): HtmlChapter {
  const doc = parseDocument(html, { xmlMode: false, decodeEntities: true });
  const paragraphs: string[] = [];
  const types: string[] = [];
  let current = "";
  let heading = "";
  let images = 0;
  const flush = () => {
    const p = current.replace(/\s+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (nodes: ChildNode[], depth: number) => {
    for (const n of nodes) {
      if (n.type === "text") {
        current += n.data;
        continue;
      }
      if (!isElement(n)) continue;
      const name = n.name.toLowerCase();
      if (SKIP.has(name)) continue;
      const epubType = n.attribs["epub:type"] ?? "";
      if (/\bnoteref\b/.test(epubType)) continue;
      if (epubType && depth < 4) types.push(...epubType.split(/\s+/));
      if (name === "img" || name === "image") images++;
      if (name === "br") {
        flush();
        continue;
      }
      const block = BLOCK.has(name);
      if (block) flush();
      const before = paragraphs.length;
      walk(n.children, depth + 1);
      if (block) flush();
      if (!heading && /^h[1-6]$/.test(name) && paragraphs.length > before) heading = paragraphs.slice(before).join(" ");
    }
  };
  walk(doc.children, 0);
  flush();
  return { paragraphs, heading, types, images };
}
