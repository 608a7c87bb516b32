#!/usr/bin/env bash
# Every fault scenario in turn (about 6-8 minutes on 2 cores); exits non-zero if any failed.
cd "$(dirname "$0")"
status=0
for s in kill-silo redis-restart postgres-stop gateway-restart; do
  echo "=== $s"
  bash "$s.sh" || { status=1; echo "=== $s: FAILED"; }
done
exit $status
