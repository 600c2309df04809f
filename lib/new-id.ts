import { randomBytes } from "node:crypto";

// Ids for rows inserted with plain SQL, where Prisma's @default(cuid()) does
// not run. Same shape as a cuid: "c", a base-36 timestamp, then a per-process
// counter and 80 random bits, so ids from both sources sort and look alike and
// never collide across processes.
let counter = Math.floor(Math.random() * 36 ** 4);

export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const count = counter.toString(36).padStart(4, "0");
  let random = "";
  for (const b of randomBytes(12)) random += (b % 36).toString(36);
  return `c${time}${count}${random}`;
}
