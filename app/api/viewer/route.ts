import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";

// Who is signed in, for the cached pages' per-user parts (features/shell/use-viewer.ts).
export async function GET() {
  const user = await getSessionUser();
  return NextResponse.json({ user: user ? { email: user.email } : null }, { headers: { "cache-control": "private, no-store" } });
}
