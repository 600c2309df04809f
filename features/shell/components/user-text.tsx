import { showBidiControls } from "@/lib/text/bidi";

/** A string a user wrote (a tag, a title), isolated from the text around it and with bidi controls shown (lib/text/bidi.ts). */
export function UserText({ children }: { children: string }) {
  return <bdi>{showBidiControls(children)}</bdi>;
}
