#!/usr/bin/env bash
# The API under load, on this machine's loopback only: peak requests per second (wrk) for the Host and for a bare
# reference endpoint over the same sandbox Mosaic, then latency at a fixed rate (open loop). See README.md.
# Figures are indicative; this script is never part of CI's gate.
set -euo pipefail

# The defaults keep the measured part near 3 minutes.
WARMUP=${WARMUP:-20}                # seconds of wrk before each measured peak run, discarded
PEAK_DURATION=${PEAK_DURATION:-15}  # seconds of measured wrk per target
OPEN_WARMUP=${OPEN_WARMUP:-2}       # seconds sent on the open-loop schedule before measuring
OPEN_DURATION=${OPEN_DURATION:-20}  # seconds of measured open loop per target
OPEN_FRACTION=${OPEN_FRACTION:-0.5} # the open loop's rate, as a fraction of the Host's peak
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PATIENT=${PATIENT:-demo-full}       # demo-full, demo-two-authorities or demo-large (the reference knows only these)
VIEWER=${VIEWER:-$PATIENT}          # X-Demo-Viewer: the patient sees their own record
QUIET_HOST=${QUIET_HOST:-1}         # 1: also measure the Host with its logging at Warning
PIN=${PIN:-auto}                    # auto: servers on core 0, load on core 1 when taskset allows; 0: never
SKIP_BUILD=${SKIP_BUILD:-0}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$here/results"
work="$results/$stamp"
mkdir -p "$work"
summary="$results/$stamp.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }

# Everything this script starts, stopped by id on any exit.
started=()
declare -A pids
cleanup() {
    for pid in "${started[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${started[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_loopback() {
    [[ "$1" =~ ^http://127\.0\.0\.1:[0-9]+(/.*)?$ ]] || die "refusing $1: the load test runs on 127.0.0.1 only"
}

# --- tools -----------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    say "Installing wrk (apt-get)..."
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null 2>&1 \
        || { "${sudo_cmd[@]}" apt-get update >/dev/null && "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null; } \
        || die "could not install wrk"
fi
command -v dotnet >/dev/null || die "dotnet is not on the PATH"
command -v curl >/dev/null || die "curl is not on the PATH"

server_pin=()
load_pin=()
pinned="no"
if [[ "$PIN" != 0 ]] && [[ $(nproc) -ge 2 ]] && taskset -c 0 true 2>/dev/null && taskset -c 1 true 2>/dev/null; then
    server_pin=(taskset -c 0)
    load_pin=(taskset -c 1)
    pinned="yes (sandbox and servers on core 0, wrk and the generator on core 1)"
fi

# --- build -----------------------------------------------------------------------------------------------------------
projects=(src/Mosaic.Sandbox/Mosaic.Sandbox.csproj src/Host/Host.csproj
    benchmarks/load/ReferenceEndpoint/SocialCare.Load.ReferenceEndpoint.csproj benchmarks/load/OpenLoop/SocialCare.Load.OpenLoop.csproj)
if [[ "$SKIP_BUILD" != 1 ]]; then
    for project in "${projects[@]}"; do
        say "Building $project (Release)..."
        dotnet build "$root/$project" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; die "build failed"; }
    done
fi
sandbox_bin="$root/src/Mosaic.Sandbox/bin/Release/net10.0"
host_bin="$root/src/Host/bin/Release/net10.0"
reference_bin="$root/benchmarks/load/ReferenceEndpoint/bin/Release/net10.0"
openloop_dll="$root/benchmarks/load/OpenLoop/bin/Release/net10.0/SocialCare.Load.OpenLoop.dll"

# --- servers ---------------------------------------------------------------------------------------------------------
# Pinned to one saturated core, tiered JIT keeps postponing its optimised code while new methods still arrive: the
# Host needed over a minute of load to settle (1.9 ms of CPU per request at first, 0.5 ms settled). Without the
# 100 ms call-counting delay it settles within 20 s, on the same optimised, profile-guided code.
export DOTNET_TC_CallCountingDelayMs=0

# Starts a server from its output folder (its content root) on port 0; sets $url to the address its log announces.
start() {
    local name=$1 folder=$2 pattern=$3
    shift 3
    (cd "$folder" && exec "${server_pin[@]}" "$@") >"$work/$name.log" 2>&1 &
    local pid=$!
    started+=("$pid")
    pids[$name]=$pid
    url=""
    for _ in $(seq 1 120); do
        url=$(grep -soE "$pattern" "$work/$name.log" | grep -oE 'http://127\.0\.0\.1:[0-9]+' | head -n1 || true)
        [[ -n "$url" ]] && break
        kill -0 "$pid" 2>/dev/null || { cat "$work/$name.log" >&2; die "$name stopped"; }
        sleep 0.5
    done
    [[ -n "$url" ]] || { cat "$work/$name.log" >&2; die "$name did not start within 60 s"; }
    url="$url/"
    require_loopback "$url"
}

wait_ready() {
    local url=$1
    for _ in $(seq 1 120); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' -H "X-Demo-Viewer: $VIEWER" "$url") == 200 ]] && return 0
        sleep 0.5
    done
    die "$url did not answer 200 within 60 s"
}

say "Starting the sandbox, the Host and the reference endpoint..."
start sandbox "$sandbox_bin" 'Mosaic sandbox on http://[0-9.:]+' dotnet SocialCare.Mosaic.Sandbox.dll --Sandbox:Port=0
sandbox=$url
host_args=(--urls http://127.0.0.1:0 "--SocialCare:Sandbox:Url=$sandbox" --SocialCare:RateLimit:PermitsPerMinute=100000)
# Each Host writes its audit to a SQLite file of its own in this run's folder.
start host "$host_bin" 'Social care demo: http://[0-9.:]+' env ASPNETCORE_ENVIRONMENT=Development dotnet SocialCare.Host.dll "${host_args[@]}" \
    "--SocialCare:Audit:ConnectionString=Data Source=$work/audit-host.db"
host=$url
if [[ "$QUIET_HOST" == 1 ]]; then
    start host-quiet "$host_bin" 'Social care demo: http://[0-9.:]+' \
        env ASPNETCORE_ENVIRONMENT=Development dotnet SocialCare.Host.dll "${host_args[@]}" --Logging:LogLevel:Default=Warning \
        "--SocialCare:Audit:ConnectionString=Data Source=$work/audit-host-quiet.db"
    quiet=$url
fi
start reference "$reference_bin" 'Reference endpoint on http://[0-9.:]+' \
    dotnet SocialCare.Load.ReferenceEndpoint.dll --Reference:Port=0 "--Reference:SandboxUrl=$sandbox"
reference=$url

path="api/v1/patients/$PATIENT/social-care"
targets=("Host (logging as shipped)|$host$path|host")
[[ "$QUIET_HOST" == 1 ]] && targets+=("Host (logging at Warning)|$quiet$path|host-quiet")
targets+=("Reference (baseline client, no library)|$reference$path|reference")
for target in "${targets[@]}"; do
    IFS='|' read -r _ url _ <<<"$target"
    require_loopback "$url"
    wait_ready "$url"
done

# --- peak: wrk, closed loop ------------------------------------------------------------------------------------------
# CPU time a process has used, in milliseconds (utime + stime of /proc/PID/stat).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }

# wrk prints 1.23ms, 456.00us or 1.02s; this gives milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

declare -A rps p50 p99 failed cpu sandbox_cpu
for target in "${targets[@]}"; do
    IFS='|' read -r label url key <<<"$target"
    say "Peak: $label, ${WARMUP} s warm-up + ${PEAK_DURATION} s, $THREADS threads, $CONNECTIONS connections..."
    wrk_args=(-t"$THREADS" -c"$CONNECTIONS" -H "X-Demo-Viewer: $VIEWER" "$url")
    timeout $((WARMUP + 30)) "${load_pin[@]}" wrk -d"${WARMUP}s" "${wrk_args[@]}" >/dev/null
    before=$(cpu_ms "${pids[$key]}")
    sandbox_before=$(cpu_ms "${pids[sandbox]}")
    timeout $((PEAK_DURATION + 30)) "${load_pin[@]}" wrk -d"${PEAK_DURATION}s" --latency "${wrk_args[@]}" >"$work/wrk-$key.txt"
    served=$(awk '/requests in/ { print $1 }' "$work/wrk-$key.txt")
    cpu[$key]=$(awk -v a="$before" -v b="$(cpu_ms "${pids[$key]}")" -v n="$served" 'BEGIN { printf "%.3f", (b - a) / n }')
    sandbox_cpu[$key]=$(awk -v a="$sandbox_before" -v b="$(cpu_ms "${pids[sandbox]}")" -v n="$served" 'BEGIN { printf "%.3f", (b - a) / n }')
    rps[$key]=$(awk '/^Requests\/sec:/ { print $2 }' "$work/wrk-$key.txt")
    p50[$key]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$work/wrk-$key.txt")")
    p99[$key]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk-$key.txt")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$work/wrk-$key.txt")
    socket=$(awk '/Socket errors:/ { s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1); print s }' "$work/wrk-$key.txt")
    failed[$key]=$(( ${non2xx:-0} + ${socket:-0} ))
done

# --- latency at a fixed rate: open loop -------------------------------------------------------------------------------
rate=$(awk -v r="${rps[host]}" -v f="$OPEN_FRACTION" 'BEGIN { printf "%d", r * f }')
[[ "$rate" -ge 1 ]] || die "the Host's peak (${rps[host]}/s) leaves no rate for the open loop"
declare -A open
for target in "${targets[@]}"; do
    IFS='|' read -r label url key <<<"$target"
    say "Open loop: $label at $rate/s, ${OPEN_WARMUP} s warm-up + ${OPEN_DURATION} s..."
    timeout $((OPEN_WARMUP + OPEN_DURATION + 60)) "${load_pin[@]}" dotnet "$openloop_dll" --url "$url" --rate "$rate" \
        --warmup "$OPEN_WARMUP" --duration "$OPEN_DURATION" --header "X-Demo-Viewer: $VIEWER" --label "$key" \
        --json "$work/open-$key.json" >"$work/open-$key.txt"
    open[$key]=$(grep '^RESULT ' "$work/open-$key.txt")
done

# --- summary ---------------------------------------------------------------------------------------------------------
field() { sed -nE "s/.* $2=([^ ]+).*/\1/p" <<<" $1"; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; printf "%s", ok ? "met" : "missed" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

{
    echo "# Load test $stamp"
    echo
    echo "Indicative figures from a shared machine; never a CI gate."
    echo
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'), load average at start $load_before, at end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown); pinned: $pinned"
    echo "- patient \`$PATIENT\`, viewer \`$VIEWER\`; one sandbox Mosaic for every target; Host in Development, sandbox mode, rate limit 100,000 per viewer per minute"
    echo "- peak: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up then ${PEAK_DURATION} s; open loop: $rate/s (${OPEN_FRACTION} × the Host's peak) for ${OPEN_DURATION} s after ${OPEN_WARMUP} s, latency from each request's scheduled time"
    echo
    echo "## Peak (wrk, closed loop)"
    echo
    echo "| target | req/s | p50 ms | p99 ms | non-2xx + socket errors | CPU ms/request: target | sandbox | ÷ reference | P5 ≥ 0.8 |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
    for target in "${targets[@]}"; do
        IFS='|' read -r label _ key <<<"$target"
        share=$(ratio "${rps[$key]}" "${rps[reference]}")
        check="–"
        [[ "$key" == reference ]] || check=$(verdict "$share" ">=" 0.8)
        echo "| $label | ${rps[$key]} | ${p50[$key]} | ${p99[$key]} | ${failed[$key]} | ${cpu[$key]} | ${sandbox_cpu[$key]} | $share | $check |"
    done
    echo
    echo "## Latency at a fixed rate (open loop, $rate/s)"
    echo
    echo "| target | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | p99 ÷ p50 | ≤ 1.5 | non-2xx / errors | generator lag p99 ms |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|"
    for target in "${targets[@]}"; do
        IFS='|' read -r label _ key <<<"$target"
        line=${open[$key]}
        echo "| $label | $(field "$line" achieved) | $(field "$line" p50) | $(field "$line" p90) | $(field "$line" p99) | $(field "$line" p999) | $(field "$line" max) | $(field "$line" ratio) | $(verdict "$(field "$line" ratio)" "<=" 1.5) | $(field "$line" non2xx) / $(field "$line" errors) | $(field "$line" lag99) |"
    done
    echo
    for target in "${targets[@]}"; do
        IFS='|' read -r label _ key <<<"$target"
        line=${open[$key]}
        # The generator's own lateness is inside every latency it measures: when it makes up half the p99, the tail
        # belongs to this machine's contention rather than to the target.
        if awk -v lag="$(field "$line" lag99)" -v p99="$(field "$line" p99)" 'BEGIN { exit !(lag > p99 / 2) }'; then
            echo "- $label: the generator itself was late by $(field "$line" lag99) ms at p99 (the target's p99 $(field "$line" p99) ms): that tail is this machine's contention, not the target's."
        fi
    done
    echo
    echo "Raw output: \`benchmarks/load/results/$stamp/\`."
} >"$summary"

cat "$summary"
say "Written to $summary"
