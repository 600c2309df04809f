/** One jieba instance per process, shared by the aligner and the word tools (its dictionary is ~50 MB in memory). */
import type { Jieba } from "@node-rs/jieba";
import { projectRequire } from "./package-files";

let instance: Jieba | undefined;

export function getJieba(): Jieba {
  if (instance) return instance;
  const require = projectRequire();
  const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
  const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
  instance = JiebaClass.withDict(dict);
  return instance;
}
