// Validates a unified manifest against the JSON schema shipped inside @microsoft/app-manifest, never fetching it:
// the schema is read from the package's own json-schemas folder for the manifest's manifestVersion.
// Usage: node validate-manifest.cjs manifest.json   (exit 0 valid, 1 with one error per line, 2 bad use)
const fs = require("fs");
const path = require("path");
const { ManifestUtil } = require("@microsoft/app-manifest");

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate-manifest.cjs manifest.json");
  process.exit(2);
}

const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemaFile = path.join(packageRoot, "build", "json-schemas", "teams", `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
if (!fs.existsSync(schemaFile)) {
  console.error(`no schema shipped for manifestVersion ${manifest.manifestVersion}: ${schemaFile}`);
  process.exit(2);
}

ManifestUtil.validateManifestAgainstSchema(manifest, JSON.parse(fs.readFileSync(schemaFile, "utf8"))).then(errors => {
  for (const error of errors) console.log(error);
  process.exit(errors.length === 0 ? 0 : 1);
});
