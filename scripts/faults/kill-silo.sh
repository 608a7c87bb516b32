#!/usr/bin/env bash
# Fault: kill -9 one of 3 silos under load. Every journey must complete and end as the generator's
# model says (CLOSED at version 9: no lost, no duplicated transition). Reports the recovery time
# (first failed mutation -> first success after the last failure).
# Usage: bash scripts/faults/kill-silo.sh [JOURNEYS=600] [RATE=15] [SILO=2]
source "$(dirname "$0")/lib.sh"
journeys=${1:-600}; rate=${2:-15}; silo=${3:-2}
cluster start
start_load "$journeys" "$rate" --journey-timeout 180
sleep 12
note "kill -9 silo$silo"; fault_now
cluster kill-silo "$silo"
rc=0; wait_load || rc=$?
recovery
echo "Silo$silo stays dead: the cluster finishes on 2 silos."
exit $rc
