// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmUpWords } = await import("@/lib/words/warm-up");
  // After start-up, not during it: the server answers at once, and the word data is ready a few seconds later.
  setTimeout(warmUpWords, 1000).unref();
}
