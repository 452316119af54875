#!/usr/bin/env bash
# The bulk placement benchmark (docs/benchmarks.md): 1,000,000 generated accounts through POST /v1/placements
# (NDJSON) against the local stack; accounts/s from the first byte to the last AccountPlaced in Kafka, the
# service's peak RSS, and the rate of a raw COPY of the same rows + outbox rows on the same database.
#   accounts-service/bench/placement-benchmark.sh            (ROWS=100000 for a shorter run)
# Uses a running ./arrears stack when there is one; otherwise starts accounts-service alone and stops it after.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

ROWS=${ROWS:-1000000}
URL=http://127.0.0.1:8081
started=""

ready() { curl -sf "$URL/q/health/ready" >/dev/null 2>&1; }

./mvnw -B -q -pl accounts-service package -DskipTests
if ! ready; then
  ./arrears up --only accounts-service > accounts-service/target/bench-stack.log 2>&1 &
  started=$!
  for _ in $(seq 1 180); do ready && break; sleep 1; done
  ready || { echo "accounts-service did not become ready; see accounts-service/target/bench-stack.log" >&2; exit 1; }
fi
stop() { if [[ -n "$started" ]]; then ./arrears down || true; wait "$started" || true; fi; }
trap stop EXIT

./mvnw -B -q -pl accounts-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
PID=$(pgrep -f 'accounts-service/target/quarkus-app/quarkus-run.jar' | head -n1)
CREDITOR="BENCH-$(date +%s)"
TOKEN=$(./arrears token --role creditor --creditor "$CREDITOR" | tail -n1)

java -Xmx512m -cp "accounts-service/target/test-classes:$(cat accounts-service/target/bench.classpath)" \
  org.arrears.accounts.bench.PlacementBenchmark --url "$URL" --token "$TOKEN" --creditor "$CREDITOR" \
  --bootstrap 127.0.0.1:19092 --jdbc jdbc:postgresql://127.0.0.1:15432/accounts --pid "$PID" --rows "$ROWS" \
  --out accounts-service/target/placement-benchmark.md
echo "nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) commit=$(git rev-parse --short HEAD)"
