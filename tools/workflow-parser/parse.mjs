// Parses GitHub Actions workflows and action.yml files with GitHub's own parser (@actions/workflow-parser),
// the one behind the Actions editor tooling. Usage:
//   node parse.mjs workflow <file.yml>...   # workflow files (also converted, as the runner does)
//   node parse.mjs action <action.yml>...   # action metadata files
// Prints one "<file>: <error>" line per error and "<file>: ok" per clean file; exits 1 if any file has errors,
// 2 on bad usage or an unreadable file.
import { readFileSync } from "node:fs";
import { register } from "node:module";

register("./json-hook.mjs", import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");
const { parseAction, convertActionTemplate } = await import("@actions/workflow-parser/actions/index");

const [kind, ...files] = process.argv.slice(2);
if (!["workflow", "action"].includes(kind) || files.length === 0) {
  console.error("usage: node parse.mjs workflow|action <file>...");
  process.exit(2);
}

const trace = new NoOperationTraceWriter();
let failed = false;
for (const name of files) {
  let content;
  try {
    content = readFileSync(name, "utf8");
  } catch (e) {
    console.error(`${name}: cannot read: ${e.message}`);
    process.exit(2);
  }
  const file = { name, content };
  const result = kind === "workflow" ? parseWorkflow(file, trace) : parseAction(file, trace);
  const errors = [...result.context.errors.getErrors()];
  if (errors.length === 0 && result.value !== undefined) {
    const converted = kind === "workflow"
      ? await convertWorkflowTemplate(result.context, result.value)
      : convertActionTemplate(result.context, result.value);
    errors.push(...(converted.errors ?? []), ...result.context.errors.getErrors().slice(errors.length));
  }
  if (result.value === undefined && errors.length === 0) {
    errors.push({ message: "the file holds no document" });
  }
  for (const error of errors) {
    console.log(`${name}: ${error.message ?? String(error)}`);
  }
  if (errors.length > 0) failed = true;
  else console.log(`${name}: ok`);
}
process.exit(failed ? 1 : 0);
