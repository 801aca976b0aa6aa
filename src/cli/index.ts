import { runCli } from './run';

// The CLI entry point: all logic lives in run.ts so tests can call it without a process.
void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
  process.exitCode = code;
});
