// Writes prisma/postgres/schema.prisma from prisma/schema.prisma (see prisma/postgres/derive-schema.ts).
import { writeFileSync } from "node:fs";
import { derivedFromFile, POSTGRES_SCHEMA } from "../prisma/postgres/derive-schema";

writeFileSync(POSTGRES_SCHEMA, derivedFromFile());
console.log(`wrote ${POSTGRES_SCHEMA}`);
