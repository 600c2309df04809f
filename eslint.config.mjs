import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // next.config.js stays CommonJS so the project needs no "type": "module"; so does the page-cache handler
    // it names, which Next loads at run time, outside its bundler.
    files: ["next.config.js", "lib/security/csp.js", "lib/security/static-page-cache.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
