#!/usr/bin/env bash
# Two Hosts on one sandbox Mosaic, wrk spread over both (one wrk per Host, at once), on this machine's loopback only
# (issue 18 §2): peak requests per second with the in-memory vs the Redis rate limit and the SQLite vs the PostgreSQL
# audit, as ratios to the in-memory + SQLite pair, in one run. See README.md. Indicative; never part of CI's gate.
set -euo pipefail

WARMUP=${WARMUP:-15}                # seconds of wrk before each measured run, discarded
PEAK_DURATION=${PEAK_DURATION:-15}  # seconds of measured wrk per configuration
THREADS=${THREADS:-1}               # per Host's wrk
CONNECTIONS=${CONNECTIONS:-16}      # per Host's wrk
PATIENT=${PATIENT:-demo-full}
VIEWER=${VIEWER:-$PATIENT}
SKIP_BUILD=${SKIP_BUILD:-0}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$here/results"
work="$results/two-instances-$stamp"
mkdir -p "$work"
summary="$results/two-instances-$stamp.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

say() { printf '%s\n' "$*" >&2; }
die() { say "two-instances.sh: $*"; exit 1; }

command -v dotnet >/dev/null || die "dotnet is not on the PATH"
command -v curl >/dev/null || die "curl is not on the PATH"
command -v wrk >/dev/null || die "wrk is not on the PATH (apt-get install wrk, or run run.sh once)"
redis_server=${SOCIALCARE_REDIS_SERVER:-/usr/bin/redis-server}
[[ -x "$redis_server" ]] || die "redis-server not found (apt-get install redis-server)"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[[ -x "$pg_bin/initdb" ]] || die "PostgreSQL not found (apt-get install postgresql)"

# Everything this script starts, stopped by id on any exit; PostgreSQL by pg_ctl.
started=()
pg_as=()
pg_folder=""
cleanup() {
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [[ -n "$pg_folder" ]]; then
        "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_folder/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$pg_folder"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    while :; do
        port=$(shuf -i 20000-60000 -n1)
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

if [[ "$SKIP_BUILD" != 1 ]]; then
    for project in src/Mosaic.Sandbox/Mosaic.Sandbox.csproj src/Host/Host.csproj; do
        say "Building $project (Release)..."
        dotnet build "$root/$project" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; die "build failed"; }
    done
fi
sandbox_bin="$root/src/Mosaic.Sandbox/bin/Release/net10.0"
host_bin="$root/src/Host/bin/Release/net10.0"
export DOTNET_TC_CallCountingDelayMs=0

# Starts a server from its folder on port 0; sets $url to the address its log announces.
start() {
    local name=$1 folder=$2 pattern=$3
    shift 3
    (cd "$folder" && exec "$@") >"$work/$name.log" 2>&1 &
    started+=("$!")
    url=""
    for _ in $(seq 1 240); do
        url=$(grep -soE "$pattern" "$work/$name.log" | grep -oE 'http://127\.0\.0\.1:[0-9]+' | head -n1 || true)
        [[ -n "$url" ]] && { url="$url/"; return; }
        sleep 0.5
    done
    cat "$work/$name.log" >&2
    die "$name did not start within 120 s"
}

wait_ready() {
    for _ in $(seq 1 120); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' -H "X-Demo-Viewer: $VIEWER" "$1") == 200 ]] && return 0
        sleep 0.5
    done
    die "$1 did not answer 200 within 60 s"
}

say "Starting the sandbox, Redis and PostgreSQL..."
start sandbox "$sandbox_bin" 'Mosaic sandbox on http://[0-9.:]+' dotnet SocialCare.Mosaic.Sandbox.dll --Sandbox:Port=0
sandbox=$url
redis_port=$(free_port)
"$redis_server" --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
started+=("$!")
pg_folder="/tmp/socialcare-bench-pg-$$"
mkdir -p "$pg_folder"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$pg_folder"
    pg_as=(runuser -u postgres --)
fi
pg_port=$(free_port)
"${pg_as[@]}" "$pg_bin/initdb" -D "$pg_folder/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
"${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_folder/data" -l "$pg_folder/server.log" \
    -o "-p $pg_port -k $pg_folder -c listen_addresses='' -c max_connections=200" -w start >/dev/null

# The four configurations: rate limit × audit. Each pair of Hosts is started fresh and stopped after its run.
declare -A rps failed
configurations=("memory sqlite" "redis sqlite" "memory postgresql" "redis postgresql")
for configuration in "${configurations[@]}"; do
    read -r limit audit <<<"$configuration"
    key="$limit-$audit"
    args=(--urls http://127.0.0.1:0 "--SocialCare:Sandbox:Url=$sandbox" --SocialCare:RateLimit:PermitsPerMinute=100000)
    [[ "$limit" == redis ]] && args+=("--SocialCare:RateLimit:Redis=127.0.0.1:$redis_port")
    urls=()
    before=${#started[@]}
    for instance in a b; do
        if [[ "$audit" == sqlite ]]; then
            # SQLite is one host's file: each instance its own, as a single-instance host would have.
            store=("--SocialCare:Audit:ConnectionString=Data Source=$work/audit-$key-$instance.db")
        else
            store=(--SocialCare:Audit:Provider=PostgreSql "--SocialCare:Audit:ConnectionString=Host=$pg_folder;Port=$pg_port;Username=postgres;Database=postgres")
        fi
        start "host-$key-$instance" "$host_bin" 'Social care demo: http://[0-9.:]+' \
            env ASPNETCORE_ENVIRONMENT=Development dotnet SocialCare.Host.dll "${args[@]}" "${store[@]}" \
            --Logging:LogLevel:Default=Warning
        urls+=("$url")
    done
    path="api/v1/patients/$PATIENT/social-care"
    for url in "${urls[@]}"; do wait_ready "$url$path"; done

    say "Peak: $key, ${WARMUP} s warm-up + ${PEAK_DURATION} s, per Host wrk -t$THREADS -c$CONNECTIONS..."
    for phase in warmup measured; do
        seconds=$WARMUP
        [[ "$phase" == measured ]] && seconds=$PEAK_DURATION
        wrk_pids=()
        for i in 0 1; do
            timeout $((seconds + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" -H "X-Demo-Viewer: $VIEWER" \
                "${urls[$i]}$path" >"$work/wrk-$key-$phase-$i.txt" &
            wrk_pids+=("$!")
        done
        for pid in "${wrk_pids[@]}"; do wait "$pid"; done
    done
    rps[$key]=$(cat "$work"/wrk-"$key"-measured-*.txt | awk '/^Requests\/sec:/ { s += $2 } END { printf "%.0f", s }')
    failed[$key]=$(cat "$work"/wrk-"$key"-measured-*.txt | awk '/Non-2xx or 3xx responses:/ { s += $NF } END { printf "%d", s }')

    # Stop this pair of Hosts (the last two started) before the next configuration.
    for pid in "${started[@]:$before}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    started=("${started[@]:0:$before}")
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
{
    echo "# Two instances $stamp"
    echo
    echo "Indicative figures from a shared machine; never a CI gate."
    echo
    echo "- machine: $(nproc) cores, load average at start $load_before, at end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown); no pinning"
    echo "- two Hosts (Release, Development, sandbox mode, logging at Warning, rate limit 100,000 per viewer per minute) on one sandbox Mosaic; patient \`$PATIENT\`, viewer \`$VIEWER\`"
    echo "- per Host: wrk -t$THREADS -c$CONNECTIONS, both at once, ${WARMUP} s warm-up then ${PEAK_DURATION} s; req/s is the sum"
    echo
    echo "| rate limit | audit | req/s (both Hosts) | non-2xx | ÷ in-memory + SQLite |"
    echo "|---|---|---:|---:|---:|"
    for configuration in "${configurations[@]}"; do
        read -r limit audit <<<"$configuration"
        key="$limit-$audit"
        echo "| $limit | $audit | ${rps[$key]} | ${failed[$key]} | $(ratio "${rps[$key]}" "${rps[memory-sqlite]}") |"
    done
    echo
    echo "Raw output: \`benchmarks/load/results/two-instances-$stamp/\`."
} >"$summary"

cat "$summary"
say "Written to $summary"
