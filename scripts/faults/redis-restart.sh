#!/usr/bin/env bash
# Fault: Redis restarted under load, with one graphql-transport-ws subscriber per journey. Every
# subscriber must end at version 9 with no gap and no duplicate (reconnecting/resubscribing with
# sinceVersion), and every journey as the model says.
# Usage: bash scripts/faults/redis-restart.sh [JOURNEYS=400] [RATE=10] [DOWN_SECONDS=5]
source "$(dirname "$0")/lib.sh"
journeys=${1:-400}; rate=${2:-10}; down=${3:-5}
cluster start
start_load "$journeys" "$rate" --subscribe true
sleep 12
note "stop redis"; fault_now; cluster stop-redis
sleep "$down"
note "start redis"; cluster start-redis
rc=0; wait_load || rc=$?
recovery
exit $rc
