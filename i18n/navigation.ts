import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// The only place Link/redirect/useRouter come from, so every link keeps the locale.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
