// zod 4 probes `new Function("")` once to decide whether to compile its
// parsers; under the app's Content-Security-Policy (no 'unsafe-eval') that
// probe is a CSP violation in the browser. Interpreted parsing is fast enough
// for the small inputs the client validates. Imported for its effect, before
// any client code parses.
import { z } from "zod";

z.config({ jitless: true });
