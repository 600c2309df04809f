// Builds a small, valid EPUB in memory (with fflate, like the reader), for the
// unit tests, the e2e test's uploads and bench:book's generated novel.
import { strToU8, zipSync, type Zippable } from "fflate";

export interface EpubSpec {
  title: string;
  author?: string;
  lang: string;
  version?: 2 | 3;
  /** `type`: an epub:type for the body (cover, toc, copyright-page…). */
  /** `inToc: false`: a file the table of contents does not list (the rest of a split chapter). */
  chapters: { title: string; paragraphs: string[]; type?: string; file?: string; inToc?: boolean }[];
  /** Extra files, e.g. META-INF/encryption.xml. */
  extra?: Record<string, string>;
  images?: number;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function makeEpub(spec: EpubSpec): Uint8Array {
  const version = spec.version ?? 3;
  const files = spec.chapters.map((c, i) => c.file ?? `text/ch${String(i + 1).padStart(3, "0")}.xhtml`);
  const items = files.map((f, i) => `<item id="c${i}" href="${f}" media-type="application/xhtml+xml"/>`).join("\n");
  const spine = files.map((_, i) => `<itemref idref="c${i}"/>`).join("\n");
  const navItem =
    version === 3
      ? `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`
      : `<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>`;
  const listed = spec.chapters.flatMap((c, i) => (c.inToc === false ? [] : [{ title: c.title, file: files[i] }]));
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${version}.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:test:${esc(spec.title)}</dc:identifier>
<dc:title>${esc(spec.title)}</dc:title><dc:creator>${esc(spec.author ?? "")}</dc:creator><dc:language>${spec.lang}</dc:language></metadata>
<manifest>${navItem}
${items}</manifest>
<spine${version === 2 ? ' toc="ncx"' : ""}>${spine}</spine>
</package>`;
  const zip: Zippable = {
    mimetype: [strToU8("application/epub+zip"), { level: 0 }],
    "META-INF/container.xml": strToU8(`<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`),
    "OEBPS/content.opf": strToU8(opf),
  };
  if (version === 3) {
    const links = listed.map((c) => `<li><a href="${c.file}">${esc(c.title)}</a></li>`).join("");
    zip["OEBPS/nav.xhtml"] = strToU8(
      `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>${links}</ol></nav></body></html>`,
    );
  }
  if (version === 2) {
    const points = listed.map((c, i) => `<navPoint id="n${i}" playOrder="${i + 1}"><navLabel><text>${esc(c.title)}</text></navLabel><content src="${c.file}"/></navPoint>`).join("");
    zip["OEBPS/toc.ncx"] = strToU8(`<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>${points}</navMap></ncx>`);
  }
  spec.chapters.forEach((c, i) => {
    const img = i === 0 && spec.images ? Array.from({ length: spec.images }, () => `<img src="p.png" alt=""/>`).join("") : "";
    const body = c.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n");
    zip[`OEBPS/${files[i]}`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${spec.lang}">` +
        `<head><title>${esc(c.title)}</title></head><body${c.type ? ` epub:type="${c.type}"` : ""}>${c.title ? `<h1>${esc(c.title)}</h1>` : ""}${img}\n${body}</body></html>`,
    );
  });
  for (const [name, content] of Object.entries(spec.extra ?? {})) zip[name] = strToU8(content);
  return zipSync(zip, { level: 6 });
}
