// The table of contents of an EPUB: the EPUB 3 nav document's toc, or the
// EPUB 2 NCX. It tells which spine files start a chapter (with a label), so a
// chapter split over several files (calibre's "_split_001") stays one chapter.
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";

const local = (name: string) => name.replace(/^.*:/, "").toLowerCase();
const find = (root: { children: never[] } | ReturnType<typeof parseDocument>, name: string): Element[] =>
  DomUtils.findAll((e) => local(e.name) === name, root.children);
const text = (e: Element | undefined) => (e ? DomUtils.textContent(e).replace(/\s+/g, " ").trim() : "");

/** File (resolved by `resolve`) → label, in TOC order; fragments are dropped, the first label of a file wins. */
export function readToc(
  nav: { href: string; xml: string } | null,
  ncx: { href: string; xml: string } | null,
  resolve: (base: string, href: string) => string,
): Map<string, string> {
  const toc = new Map<string, string>();
  const add = (file: string, label: string) => {
    if (!toc.has(file)) toc.set(file, label);
  };
  if (nav) {
    const doc = parseDocument(nav.xml, { xmlMode: true });
    const navs = find(doc, "nav");
    const tocNav = navs.find((n) => /\btoc\b/.test(n.attribs["epub:type"] ?? "")) ?? navs[0];
    if (tocNav) for (const a of find({ children: [tocNav] as never[] }, "a")) if (a.attribs.href) add(resolve(nav.href, a.attribs.href), text(a));
  }
  if (toc.size === 0 && ncx) {
    const doc = parseDocument(ncx.xml, { xmlMode: true });
    for (const point of find(doc, "navpoint")) {
      const src = find({ children: [point] as never[] }, "content")[0]?.attribs.src;
      if (src) add(resolve(ncx.href, src), text(find({ children: [point] as never[] }, "text")[0]));
    }
  }
  return toc;
}
