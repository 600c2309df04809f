import Link from "next/link";

// Reached only for paths outside any locale (the proxy prefixes everything else).
export default function GlobalNotFound() {
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
