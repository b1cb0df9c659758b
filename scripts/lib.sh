# Shared set-up for scripts/serve and scripts/test: installs what is missing,
# skips what is present, and says what it installs. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT" || exit 1

TRUNK_VERSION=0.21.14

say() { echo "[setup] $*"; }

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    say "installing trunk $TRUNK_VERSION (about 8 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  [ -f "$ROOT/Cargo.lock" ] || cargo generate-lockfile
  local v
  v="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $v\$"; then
    say "installing wasm-bindgen-cli $v (about 4 minutes, once)"
    cargo install wasm-bindgen-cli --version "$v"
  fi
}

# Debian packages: Chromium and its driver for browser tests, a CJK font so
# Chinese renders in screenshots and PDFs, poppler for PDF text checks.
ensure_apt() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# npm packages from the committed package-lock.json (binaryen's wasm-opt,
# playwright-core); reinstalled only when the lock file changes.
ensure_npm() {
  local stamp="$ROOT/node_modules/.lock-sha"
  local want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm
}

# One release build of the app into dist/, never reaching the internet.
# Four entry points into one dist/: index.html (the rep's counter),
# customer.html (a shared link on the customer's phone), proposal.html (the
# printable proposal) and tables.html (managers), each with its own wasm, so
# a phone opening a shared link downloads neither the counter, nor the
# printable proposal, nor the editor. Shared files (CSS, icon) hash the same;
# Trunk names every page index.html, so the others are renamed. The three
# pages built with `browser-json` come first, so the library is compiled
# twice, not once per page.
build_release() {
  rm -rf "$ROOT/dist" "$ROOT"/target/dist-{customer,proposal,tables}
  trunk build --release --offline || return 1
  local page
  for page in customer proposal tables; do
    trunk build "$page.html" --release --dist "$ROOT/target/dist-$page" --offline &&
      cp "$ROOT/target/dist-$page/index.html" "$ROOT/dist/$page.html" &&
      cp -rn "$ROOT"/target/dist-"$page"/* "$ROOT/dist/" || return 1
  done
  # The published tables every tablet and phone loads at start (see the
  # README's "Publishing"): a manager replaces them on the host, no rebuild.
  cp -r "$ROOT/catalog/tables" "$ROOT/dist/tables" || return 1
  node "$ROOT/scripts/csp.mjs" "$ROOT/dist" &&
    node "$ROOT/scripts/sw.mjs" "$ROOT/dist"
}
