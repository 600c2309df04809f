// The one place that says which message namespaces the browser gets.
//
// NextIntlClientProvider writes the messages it is given into every page's
// HTML (the RSC payload), and the whole catalog was 27 KB: 60% of the
// library's HTML, a quarter of the reader's, mostly read on the server or by
// other pages. The locale layout sends the shell's namespaces; each page's
// segment sends what its own client components read (an inner provider
// replaces the outer one's messages, it does not add to them).
// i18n/client-namespaces.test.ts follows every page's imports into its client
// components and fails when one reads a namespace its page does not send:
// that component would show raw keys.
import type { Messages } from "next-intl";

type Namespace = keyof Messages;

const READER = ["Reader", "ReaderSettings", "ReaderExtras", "Annotations", "Listening", "SentenceFix", "Vocabulary", "Words", "WordsSaved"] as const;

export const CLIENT_NAMESPACES = {
  /** The header's user menu and locale switcher, and the error boundary around every page. */
  shell: ["Nav", "LocaleSwitcher", "Error"],
  library: ["Library", "Books", "Vocabulary"],
  reader: READER,
  /** The reader rendered per request: also its owner's manage controls. */
  personalReader: [...READER, "Manage"],
  book: ["Manage"],
  import: ["Import", "AlignReview", "Books", "Security", "SentenceFix"],
  review: ["Review", "ReviewExtras", "Annotations", "Export", "BackupExtras"],
  study: ["Study", "StudyCards", "Review", "Vocabulary"],
  vocabulary: ["Vocabulary"],
  auth: ["Auth"],
  health: ["Health"],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientPart = keyof typeof CLIENT_NAMESPACES;

/** The messages of `part`'s namespaces, out of a locale's whole catalog. */
export function clientMessages(messages: Messages, part: ClientPart): Partial<Messages> {
  return Object.fromEntries(CLIENT_NAMESPACES[part].map((ns) => [ns, messages[ns]]));
}
