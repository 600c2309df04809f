import { clientMessagesLayout } from "@/i18n/client-messages";

// The message namespaces this segment's client components read (i18n/client-namespaces.ts).
export default clientMessagesLayout("study");
