import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getTextAnnotations } from "@/features/annotations/queries";

// The signed-in user's annotations for one text, for export and integrations.
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: { "cache-control": "no-store" } });
  const { slug } = await params;
  const data = await getTextAnnotations(user.id, slug);
  if (!data) return NextResponse.json({ error: "not_found" }, { status: 404, headers: { "cache-control": "no-store" } });
  return NextResponse.json(data, { headers: { "cache-control": "private, no-store" } });
}
