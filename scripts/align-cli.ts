// npm run align -- --zh A.txt --en B.txt [--presplit] [--unit sentence|paragraph]
// Everything testable lives in lib/align/cli.ts.
import { runCli } from "../lib/align/cli";

const { code, stdout, stderr } = runCli(process.argv.slice(2));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
