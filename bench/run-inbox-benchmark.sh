#!/usr/bin/env bash
# Inbox at scale (see bench/README.md): Tasklist's 我的待办 / 我组的待办 / 即将到期 (count + first page)
# with authorizations on, at 1k and at 100k open tasks seeded with the engine's own rows and grants.
# Not part of `mvn verify`. Seeding 100k tasks takes a few minutes on a busy machine: run it sparingly.
#
#   bench/run-inbox-benchmark.sh                  # 1k then 100k tasks, 30 repeats
#   SIZES=1000,10000 REPEATS=20 bench/run-inbox-benchmark.sh
#   PLANS_ONLY=1 bench/run-inbox-benchmark.sh     # only the filters' SQL and ANALYZE plans (rows read), no timings
#
# Extra Maven flags via MVN_ARGS (default -o: everything is expected in ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-1000,100000}"
REPEATS="${REPEATS:-30}"
LOG="engine-app/target/bench/inbox-maven.log"
mkdir -p "$(dirname "$LOG")"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "running: sizes $SIZES, $REPEATS repeats (log: $LOG)"
if ! mvn ${MVN_ARGS:--o} -B -pl engine-app test -Pbench -Dtest=InboxScaleBenchmark \
    -Dbench.inbox.sizes="$SIZES" -Dbench.inbox.repeats="$REPEATS" -Dbench.inbox.plansOnly="${PLANS_ONLY:+true}" \
    >"$LOG" 2>&1; then
  tail -n 60 "$LOG"
  echo "benchmark failed; full log in $LOG" >&2
  exit 1
fi
cat engine-app/target/bench/inbox-scale.txt
echo "query plans: engine-app/target/bench/inbox-plans.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
