import Link from "next/link";

// Reached only for paths outside any locale (the proxy prefixes everything else).
export default function GlobalNotFound() {
  // Static: as the root segment's not-found boundary it is part of every page's render, and a dynamic
  // API here (it once awaited connection() for a CSP nonce) made the cached pages dynamic too. It needs
  // no script: under the nonce policy its page still shows, and the link is a plain link.
  return (
    <html lang="en">
      <body>
        <main style={{ padding: "3rem", fontFamily: "system-ui, sans-serif" }}>
          <h1>Page not found · 页面不存在</h1>
          <p>
            <Link href="/">Library · 书库</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
