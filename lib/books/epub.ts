// Chapters of an EPUB 2 or 3, in spine order. fflate does the unzipping (see
// the commit that added it: small, no dependencies, synchronous in-memory
// unzip that can pick which entries to inflate); htmlparser2 reads the XML and
// XHTML. Only the files the spine needs are inflated, and their declared
// sizes are capped, so a zip bomb is refused before it is expanded.
import { strFromU8, unzipSync, type UnzipFileInfo } from "fflate";
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { readToc } from "./epub-toc";
import { htmlToChapter } from "./html-text";
import { isMatterTitle } from "./matter";
import { BookError, MAX_BOOK_BYTES, type ChapterSource, type SourceChapter } from "./types";

/** Inflated bytes allowed for the whole book: text compresses well, but not 10×. */
const MAX_INFLATED_BYTES = 10 * MAX_BOOK_BYTES;

/** Font obfuscation (IDPF and Adobe) is not DRM: the text stays readable. */
const FONT_OBFUSCATION = new Set(["http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"]);

/** epub:type / landmark / guide values of front and back matter that is not reading text. */
const MATTER_TYPES = new Set([
  "cover", "titlepage", "title-page", "toc", "copyright-page", "copyright", "colophon", "imprint", "loi", "lot",
  "halftitlepage", "seriespage", "other-credits", "landmarks", "index", "imprimatur", "errata",
]);

function readEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  let inflated = 0;
  try {
    return unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (!wanted(f.name)) return false;
        inflated += f.originalSize;
        if (inflated > MAX_INFLATED_BYTES) throw new BookError("TOO_LARGE", "inflated size over the limit");
        return true;
      },
    });
  } catch (err) {
    if (err instanceof BookError) throw err;
    throw new BookError("MALFORMED", `not a zip archive: ${(err as Error).message}`);
  }
}

const xml = (bytes: Uint8Array | undefined) => (bytes ? parseDocument(strFromU8(bytes), { xmlMode: true }) : null);
const local = (name: string) => name.replace(/^.*:/, "").toLowerCase();
const all = (root: ReturnType<typeof xml>, name: string): Element[] =>
  root ? DomUtils.findAll((e) => local(e.name) === name, root.children) : [];

/** Resolves `href` (URL-encoded, maybe with a fragment) against the folder of `base`. */
function resolve(base: string, href: string): string {
  const parts = base.split("/").slice(0, -1);
  for (const seg of decodeURIComponent(href.split("#")[0]).split("/")) {
    if (seg === "..") parts.pop();
    else if (seg && seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function checkEncryption(entries: Record<string, Uint8Array>) {
  if (entries["META-INF/rights.xml"]) throw new BookError("DRM", "rights.xml");
  const enc = xml(entries["META-INF/encryption.xml"]);
  for (const data of all(enc, "encrypteddata")) {
    const method = all({ children: [data] } as never, "encryptionmethod")[0]?.attribs.Algorithm ?? "";
    if (!FONT_OBFUSCATION.has(method)) throw new BookError("DRM", `encrypted with ${method || "an unknown method"}`);
  }
}

export function readEpub(bytes: Uint8Array): ChapterSource {
  if (bytes.byteLength > MAX_BOOK_BYTES) throw new BookError("TOO_LARGE");
  const meta = readEntries(bytes, (n) => n.startsWith("META-INF/"));
  checkEncryption(meta);
  const container = xml(meta["META-INF/container.xml"]);
  const opfPath = all(container, "rootfile")[0]?.attribs["full-path"];
  if (!opfPath) throw new BookError("MALFORMED", "no rootfile in META-INF/container.xml");
  const opf = xml(readEntries(bytes, (n) => n === opfPath)[opfPath]);
  if (!opf) throw new BookError("MALFORMED", `missing ${opfPath}`);

  const manifest = new Map<string, { href: string; type: string; props: string }>();
  for (const item of all(opf, "item")) {
    const { id, href } = item.attribs;
    if (id && href) manifest.set(id, { href: resolve(opfPath, href), type: item.attribs["media-type"] ?? "", props: item.attribs.properties ?? "" });
  }
  const spine = all(opf, "itemref")
    .map((ref) => ({ item: manifest.get(ref.attribs.idref ?? ""), linear: ref.attribs.linear !== "no" }))
    .filter((s): s is { item: { href: string; type: string; props: string }; linear: boolean } => !!s.item && /html|xml/.test(s.item.type));
  if (spine.length === 0) throw new BookError("MALFORMED", "empty spine");

  // EPUB 2 marks matter in <guide>, EPUB 3 in the nav document's landmarks.
  const matterFiles = new Set<string>();
  for (const ref of all(opf, "reference")) {
    if (MATTER_TYPES.has((ref.attribs.type ?? "").toLowerCase()) && ref.attribs.href) matterFiles.add(resolve(opfPath, ref.attribs.href));
  }
  const nav = [...manifest.values()].find((m) => /\bnav\b/.test(m.props));
  if (nav) matterFiles.add(nav.href);

  const ncxId = all(opf, "spine")[0]?.attribs.toc;
  const ncx = (ncxId ? manifest.get(ncxId) : undefined) ?? [...manifest.values()].find((m) => m.type === "application/x-dtbncx+xml");
  const wanted = new Set([...spine.map((s) => s.item.href), nav?.href, ncx?.href]);
  const files = readEntries(bytes, (n) => wanted.has(n));
  const tocFile = (m: typeof nav) => (m && files[m.href] ? { href: m.href, xml: strFromU8(files[m.href]) } : null);
  const toc = readToc(tocFile(nav), tocFile(ncx), resolve);
  // Only a TOC that points into the spine can say where chapters start.
  const byToc = spine.some((s) => toc.has(s.item.href));
  const chapters: SourceChapter[] = [];
  let images = 0;
  for (const { item, linear } of spine) {
    const raw = files[item.href];
    if (!raw) continue;
    const html = htmlToChapter(strFromU8(raw));
    images += html.images;
    if (html.paragraphs.length === 0) continue; // an image-only page (usually the cover)
    const title = html.heading || toc.get(item.href) || html.paragraphs[0].slice(0, 60);
    const matter =
      !linear ||
      matterFiles.has(item.href) ||
      html.types.some((t) => MATTER_TYPES.has(t.toLowerCase())) ||
      /(^|[/_-])(cover|toc|copyright|titlepage|title-page|colophon|nav)[\w-]*\.x?html?$/i.test(item.href) ||
      isMatterTitle(title);
    const previous = chapters.at(-1);
    if (byToc && !toc.has(item.href) && !matter && previous?.kind === "body") {
      // The rest of the previous chapter, split into another file.
      previous.text += `\n\n${html.paragraphs.join("\n\n")}`;
      continue;
    }
    chapters.push({ title, text: html.paragraphs.join("\n\n"), kind: matter ? "matter" : "body" });
  }
  // A scanned or comic book: a few words of matter around pages of pictures.
  if (!chapters.some((c) => c.kind === "body")) throw new BookError(images > 0 ? "IMAGE_ONLY" : "EMPTY");
  const dc = (name: string) => DomUtils.textContent(all(opf, name)[0] ?? []).trim();
  return { title: dc("title"), author: dc("creator"), chapters };
}
