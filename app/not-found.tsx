import Link from "next/link";
import { connection } from "next/server";

// Reached only for paths outside any locale (the proxy prefixes everything else).
export default async function GlobalNotFound() {
  // Rendered per request, so Next's inline scripts carry the request's CSP nonce (proxy.ts).
  await connection();
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
