# Sourced by the scripts: tools on PATH and no network calls from trunk.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROME_BIN=/usr/bin/chromium
