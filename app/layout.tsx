import type { ReactNode } from "react";
import "./globals.css";

// The real root layout is app/[locale]/layout.tsx, which owns <html lang>.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
