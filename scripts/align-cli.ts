// npm run align -- --zh A.txt --en B.txt [--presplit] [--unit sentence|paragraph]
// Everything testable lives in lib/align/cli.ts; .epub input and --unit chapter in lib/books/book-cli.ts.
import { runBookCli } from "../lib/books/book-cli";

const { code, stdout, stderr } = runBookCli(process.argv.slice(2));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
