"use client";

import ReactMarkdown from "react-markdown";

type HastNode = { type: string; value?: string; children?: HastNode[] };

/** Turns raw HTML nodes into plain text nodes, so "<script>" in a note is shown, literally, as text. */
function rawHtmlAsText() {
  const walk = (node: HastNode) => {
    if (node.type === "raw") node.type = "text";
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}

/**
 * Notes are Markdown, rendered without raw HTML: any HTML a note contains
 * (`<script>`, `<img onerror>`) is displayed as text, never parsed, and
 * Markdown images are dropped so a note cannot make the browser fetch anything.
 */
export function NoteMarkdown({ body }: { body: string }) {
  return (
    <div className="note-markdown">
      <ReactMarkdown
        rehypePlugins={[rawHtmlAsText]}
        disallowedElements={["img"]}
        unwrapDisallowed
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {children}
            </a>
          ),
        }}
      >
        {body}
      </ReactMarkdown>
    </div>
  );
}
