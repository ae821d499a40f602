// The parser imports its schema JSON without an import attribute, which Node 20 refuses
// (ERR_IMPORT_ASSERTION_TYPE_MISSING); this load hook supplies `type: "json"` for .json modules.
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return nextLoad(url, context);
}
