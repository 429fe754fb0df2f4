// Tests of scripts/solc, the solc-js wrapper forge uses as its compiler.
// Run: node --test tests/solc
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const solc = join(root, "scripts", "solc");
const forge = join(root, ".tools", "bin", "forge");
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies.solc;

const run = (args, input, cwd = root) => spawnSync(solc, args, { input, cwd, encoding: "utf8" });
// forge as a user runs it: without the FOUNDRY_SOLC that scripts/lib.sh exports.
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "FOUNDRY_SOLC"));
const scratch = () => realpathSync(mkdtempSync(join(tmpdir(), "echorift-solc-")));

const standardJson = (sources) =>
  JSON.stringify({
    language: "Solidity",
    sources,
    settings: { outputSelection: { "*": { "*": ["evm.bytecode.object"] } } },
  });

test("--version answers in native solc's format with the pinned version", () => {
  const out = run(["--version"]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, new RegExp(`^solc, the solidity compiler commandline interface\\nVersion: ${pinned.replaceAll(".", "\\.")}\\+commit\\.[0-9a-f]{8}`));
});

test("compiles standard JSON from stdin", () => {
  const input = standardJson({ "A.sol": { content: "// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\ncontract A { function f() external pure returns (uint256) { return 7; } }" } });
  const out = run(["--standard-json"], input);
  assert.equal(out.status, 0, out.stderr);
  const result = JSON.parse(out.stdout);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.match(result.contracts["A.sol"].A.evm.bytecode.object, /^[0-9a-f]{100,}$/);
});

test("resolves imports from the base path and include paths", () => {
  const dir = scratch();
  mkdirSync(join(dir, "lib", "dep"), { recursive: true });
  writeFileSync(join(dir, "Local.sol"), "// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\nlibrary Local { uint256 internal constant X = 1; }\n");
  writeFileSync(join(dir, "lib", "dep", "Dep.sol"), "// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\nlibrary Dep { uint256 internal constant Y = 2; }\n");
  const input = standardJson({
    "Main.sol": { content: '// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\nimport "Local.sol";\nimport "dep/Dep.sol";\ncontract Main { uint256 public z = Local.X + Dep.Y; }' },
  });
  const out = run(["--base-path", dir, "--include-path", join(dir, "lib"), "--standard-json"], input);
  assert.equal(out.status, 0, out.stderr);
  const result = JSON.parse(out.stdout);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.ok(result.contracts["Main.sol"].Main);
});

test("refuses to read files outside the allowed paths", () => {
  const dir = scratch();
  const outside = scratch();
  writeFileSync(join(outside, "Secret.sol"), "// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\n");
  const input = standardJson({ "Main.sol": { content: `// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\nimport "${join(outside, "Secret.sol")}";\ncontract Main {}` } });
  const out = run(["--base-path", dir, "--standard-json"], input, dir);
  const result = JSON.parse(out.stdout);
  assert.ok(result.errors.some((e) => e.message.includes("File outside of allowed directories")), out.stdout);

  const allowed = run(["--base-path", dir, "--allow-paths", outside, "--standard-json"], input, dir);
  assert.equal(JSON.parse(allowed.stdout).errors, undefined, allowed.stdout);
});

test("a missing import is reported as the compiler's error, not a crash", () => {
  const dir = scratch();
  const input = standardJson({ "Main.sol": { content: '// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\nimport "./Nope.sol";\ncontract Main {}' } });
  const out = run(["--base-path", dir, "--standard-json"], input, dir);
  // Like native solc: status 0, the error inside the JSON, for forge to render.
  assert.equal(out.status, 0, out.stderr);
  assert.equal(out.stderr, "");
  const [error] = JSON.parse(out.stdout).errors;
  assert.equal(error.severity, "error");
  assert.match(error.message, /Source "Nope\.sol" not found: File not found/);
});

test("a broken invocation exits non-zero with a reason", () => {
  const flag = run(["--bogus"]);
  assert.equal(flag.status, 1);
  assert.match(flag.stderr, /unsupported option --bogus/);

  const noMode = run(["--base-path", "."]);
  assert.equal(noMode.status, 1);
  assert.match(noMode.stderr, /only --standard-json compilation is supported/);

  const missingValue = run(["--base-path"]);
  assert.equal(missingValue.status, 1);
  assert.match(missingValue.stderr, /--base-path needs a value/);
});

test("forge fails a build with a wrong import and shows the compiler's message", () => {
  const dir = scratch();
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "foundry.toml"), `[profile.default]\nsrc = "src"\noffline = true\nsolc = "${solc}"\n`);
  writeFileSync(join(dir, "src", "A.sol"), '// SPDX-License-Identifier: MIT\npragma solidity 0.8.30;\nimport "./Nope.sol";\ncontract A {}\n');
  const out = spawnSync(forge, ["build", "--root", dir], { cwd: dir, env: userEnv, encoding: "utf8" });
  assert.notEqual(out.status, 0, "forge build must fail");
  const text = out.stdout + out.stderr;
  assert.match(text, /Source "src\/Nope\.sol" not found/);
  assert.doesNotMatch(text, /at Object\.|TypeError|ReferenceError/, "no JavaScript stack trace");
});

test("forge builds from a subdirectory of the repository", () => {
  // Relies on the .env that scripts/setup writes at the root.
  const out = spawnSync(forge, ["build"], { cwd: join(root, "contracts", "src"), env: userEnv, encoding: "utf8" });
  assert.equal(out.status, 0, out.stdout + out.stderr);
});
