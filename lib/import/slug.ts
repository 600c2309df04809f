/**
 * A URL slug for an imported text: the Latin words of its title (Chinese
 * titles have none) plus a random suffix, so two imports of the same title
 * never collide and a slug does not reveal another user's text by guessing.
 */
export function makeSlug(title: string, random: () => string = () => Math.random().toString(36).slice(2, 8)): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return `${words || "text"}-${random()}`;
}
