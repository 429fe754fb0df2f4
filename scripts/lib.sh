# Shared by the scripts in this directory: paths, the pinned tools, and messages.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Native Foundry binaries linked by scripts/setup (npm's shims lose the exit status).
TOOLS="$ROOT/.tools/bin"
FORGE="$TOOLS/forge"
ANVIL="$TOOLS/anvil"
CAST="$TOOLS/cast"
# forge must use the solc-js wrapper wherever it runs.
export FOUNDRY_SOLC="$ROOT/scripts/solc"

if [ -t 1 ]; then
    BOLD=$'\e[1m' RED=$'\e[31m' GREEN=$'\e[32m' DIM=$'\e[2m' RESET=$'\e[0m'
else
    BOLD='' RED='' GREEN='' DIM='' RESET=''
fi

step() { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
note() { printf '%s    %s%s\n' "$DIM" "$*" "$RESET"; }
die() {
    printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2
    exit 1
}

# Prints a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Waits until the JSON-RPC endpoint $1 answers, for at most $2 seconds.
wait_for_rpc() {
    local url="$1" deadline=$((SECONDS + $2))
    until "$CAST" chain-id --rpc-url "$url" >/dev/null 2>&1; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.2
    done
}
