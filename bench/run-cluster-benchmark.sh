#!/usr/bin/env bash
# Cluster benchmark (see bench/README.md): entries/s through a round-robin load balancer over one
# node and over two nodes on the same database, same run, with CPU per node. Not part of `mvn verify`.
#
#   bench/run-cluster-benchmark.sh              # 200 entries per round, 4 client threads
#   ROUNDS=3 bench/run-cluster-benchmark.sh 300 8
#
# Extra Maven flags via MVN_ARGS (default -o: everything is expected in ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES="${1:-200}"
THREADS="${2:-4}"
ROUNDS="${ROUNDS:-2}"
WARMUP="${WARMUP:-30}"
REGIONS="${REGIONS:-SH,BJ,GZ,SZ,HZ,CD,WH,NJ}"
LOG="engine-app/target/bench/cluster-maven.log"
mkdir -p "$(dirname "$LOG")"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "running: $ENTRIES entries x $ROUNDS rounds per setup, $THREADS threads, $WARMUP warm-up (log: $LOG)"
if ! mvn ${MVN_ARGS:--o} -B -pl engine-app test -Pbench -Dtest=ClusterThroughputBenchmark \
    -Dbench.entries="$ENTRIES" -Dbench.threads="$THREADS" \
    -Dbench.rounds="$ROUNDS" -Dbench.warmup="$WARMUP" -Dbench.regions="$REGIONS" >"$LOG" 2>&1; then
  tail -n 60 "$LOG"
  echo "benchmark failed; full log in $LOG" >&2
  exit 1
fi
cat engine-app/target/bench/cluster-throughput.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
