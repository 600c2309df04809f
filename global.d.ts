import type { routing } from "@/i18n/routing";
import type messages from "./messages/en.json";

// Message keys are type-checked against en.json: a missing key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
