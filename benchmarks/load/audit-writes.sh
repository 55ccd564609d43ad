#!/usr/bin/env bash
# The audit store's write cost (docs/performance.md): SQLite (a temporary file), then PostgreSQL (a temporary server of
# Debian's, as shipped but for its socket: fsync and synchronous_commit on), for 1, 8 and 32 writers in one host and
# 32 writers over 4 hosts. Indicative figures; never part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
SECONDS_PER_ROW=${SECONDS_PER_ROW:-10}
WRITERS=${WRITERS:-1,8,32}

dotnet build "$root/benchmarks/load/AuditWrites/SocialCare.Load.AuditWrites.csproj" -c Release -nologo -v q >/dev/null
dll="$root/benchmarks/load/AuditWrites/bin/Release/net10.0/SocialCare.Load.AuditWrites.dll"
run() { dotnet "$dll" --writers "$WRITERS" --seconds "$SECONDS_PER_ROW" "$@"; echo; }

run --provider Sqlite
run --provider Sqlite --writers 32 --stores 4

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[[ -x "$bin/initdb" ]] || { echo "PostgreSQL not installed (apt-get install postgresql): SQLite only" >&2; exit 0; }
folder=$(mktemp -d /tmp/socialcare-pg-bench-XXXXXX)
as=()
if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$folder"
    as=(runuser -u postgres --)
fi
stop() { "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$folder"; }
trap stop EXIT
"${as[@]}" "$bin/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -o "-p 5433 -k $folder -c listen_addresses=''" -w start >/dev/null
postgres="Host=$folder;Port=5433;Username=postgres;Database=postgres"
run --provider PostgreSql --connection-string "$postgres"
run --provider PostgreSql --connection-string "$postgres" --writers 32 --stores 4
