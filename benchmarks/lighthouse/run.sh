#!/usr/bin/env bash
# Lighthouse 12 against the Social care page through the reference Host (Release, on this machine's loopback only),
# for demo-full, demo-large and demo-unavailable, each viewed by the patient (X-Demo-Viewer), RUNS times each; prints
# a Markdown summary of the median run per page. A tool for people (see README.md): never part of CI.
set -euo pipefail

RUNS=${RUNS:-3}
PATIENTS=${PATIENTS:-"demo-full demo-large demo-unavailable"}
PRESET=${PRESET:-mobile}          # mobile (Lighthouse's default: emulated Moto G Power, slow 4G) or desktop
SKIP_BUILD=${SKIP_BUILD:-0}
export CHROME_PATH=${CHROME_PATH:-/usr/lib/chromium/chromium}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$here/results/$stamp"
mkdir -p "$work"

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }

host_pid=""
cleanup() {
    if [[ -n "$host_pid" ]]; then
        kill "$host_pid" 2>/dev/null || true
        wait "$host_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools -----------------------------------------------------------------------------------------------------------
command -v dotnet >/dev/null || die "dotnet is not on the PATH"
command -v npm >/dev/null || die "npm is not on the PATH (Debian: apt-get install npm)"
[[ -x "$CHROME_PATH" ]] || die "no Chromium at $CHROME_PATH (Debian: apt-get install chromium, or set CHROME_PATH)"
if [[ ! -x "$here/node_modules/.bin/lighthouse" ]]; then
    say "Installing lighthouse from package-lock.json (npm ci)..."
    (cd "$here" && npm ci --no-audit --no-fund >"$work/npm.log" 2>&1) || { cat "$work/npm.log" >&2; die "npm ci failed"; }
fi

# --- the Host --------------------------------------------------------------------------------------------------------
if [[ "$SKIP_BUILD" != 1 ]]; then
    say "Building src/Host (Release)..."
    dotnet build "$root/src/Host/Host.csproj" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; die "build failed"; }
fi
host_bin="$root/src/Host/bin/Release/net10.0"
say "Starting the Host (its sandbox Mosaic in-process, both on free ports of 127.0.0.1)..."
(cd "$host_bin" && exec env ASPNETCORE_ENVIRONMENT=Development dotnet SocialCare.Host.dll --urls http://127.0.0.1:0 \
    --SocialCare:Sandbox:Port=0 "--SocialCare:Audit:ConnectionString=Data Source=$work/audit.db" \
    --Logging:LogLevel:Default=Warning) >"$work/host.log" 2>&1 &
host_pid=$!
host=""
for _ in $(seq 1 120); do
    host=$(grep -soE 'Social care demo: http://127\.0\.0\.1:[0-9]+' "$work/host.log" | grep -oE 'http://127\.0\.0\.1:[0-9]+' | head -n1 || true)
    [[ -n "$host" ]] && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; die "the Host stopped"; }
    sleep 0.5
done
[[ -n "$host" ]] || die "the Host did not start within 60 s"

# Warm the Host (JIT, the sandbox's first answers) so that the first run is not the slowest for that reason alone.
for patient in $PATIENTS; do
    for _ in 1 2 3; do
        curl -s -o /dev/null -H "X-Demo-Viewer: $patient" "$host/patients/$patient/social-care"
    done
done

# --- Lighthouse ------------------------------------------------------------------------------------------------------
preset=()
[[ "$PRESET" == desktop ]] && preset=(--preset=desktop)
for patient in $PATIENTS; do
    for run in $(seq 1 "$RUNS"); do
        say "Lighthouse: $patient, run $run of $RUNS ($PRESET)..."
        # demo-unavailable answers 503 on purpose: --ignore-status-code audits it instead of refusing to.
        "$here/node_modules/.bin/lighthouse" "$host/patients/$patient/social-care" --quiet "${preset[@]}" \
            --chrome-flags="--headless --no-sandbox --disable-gpu" \
            --extra-headers="{\"X-Demo-Viewer\":\"$patient\"}" --ignore-status-code \
            --output=json --output-path="$work/$patient-$run.json" 2>>"$work/lighthouse.log" \
            || { tail -n 20 "$work/lighthouse.log" >&2; die "lighthouse failed on $patient"; }
    done
done

# --- summary ---------------------------------------------------------------------------------------------------------
{
    echo "# Lighthouse $stamp"
    echo
    echo "- lighthouse $("$here/node_modules/.bin/lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null | head -n1), preset $PRESET, $RUNS runs per page"
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
    echo
    node "$here/summarise.mjs" "$work"
} | tee "$here/results/$stamp.md"
say "Reports: $work"
