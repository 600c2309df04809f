// A note's Markdown as HTML for files read with #html:true (the Anki export).
// micromark is the parser react-markdown uses for the notes on screen, so the
// card shows what the app shows; with its defaults every raw HTML tag in a
// note is escaped into text and dangerous link protocols (javascript:) are
// emptied. Images are turned off, as NoteMarkdown drops them: a note must not
// make the card fetch anything.
import { micromark } from "micromark";

const NO_IMAGES = { disable: { null: ["labelStartImage"] } };

/**
 * One line of HTML: Anki's TSV ends a note at a newline and a field at a tab,
 * so line breaks inside code blocks become <br> and every other newline
 * (between blocks, or a soft break in a paragraph) a space.
 */
export function noteToHtml(markdown: string): string {
  const html = micromark(markdown.trim(), { extensions: [NO_IMAGES] });
  return html
    .replace(/<pre>[\s\S]*?<\/pre>/g, (pre) => pre.replace(/\n(?=<\/code><\/pre>$)/, "").replace(/\r?\n/g, "<br>"))
    .replace(/>\s*\n\s*</g, "><")
    .replace(/[\t\r\n]+/g, " ")
    .trim();
}
