#!/usr/bin/env bash
# Quarterly verification sweep benchmark (README "Quarterly re-verification"): the sweep over N ACTIVE
# customers into contact-verification instances vs starting the same process N times in a plain loop,
# same engine and database, same run; instances/s and peak heap. Not part of `mvn verify`.
#
#   bench/run-verification-benchmark.sh            # 100000 customers, heap capped at 512 MB
#   bench/run-verification-benchmark.sh 5000       # a quick look
#
# Extra Maven flags via MVN_ARGS (default -o: everything is expected in ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS="${1:-100000}"
LOG="engine-app/target/bench/verification-maven.log"
mkdir -p "$(dirname "$LOG")"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "running: $CUSTOMERS customers per path (log: $LOG)"
if ! mvn ${MVN_ARGS:--o} -B -pl engine-app test -Pbench -Djacoco.skip=true -Dtest=VerificationSweepBenchmark \
    -Dbench.customers="$CUSTOMERS" -DargLine="-Xmx512m" >"$LOG" 2>&1; then
  tail -n 60 "$LOG"
  echo "benchmark failed; full log in $LOG" >&2
  exit 1
fi
cat engine-app/target/bench/verification-sweep.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
