// Worker-thread entry of the backup-parsing pool (backup-pool.ts).
import { parseBackup } from "@/lib/export/backup";
import { serveTasks } from "./pool";

serveTasks(parseBackup);
