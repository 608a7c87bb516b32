#!/usr/bin/env bash
# Fault: one of the 2 gateways restarted under load, with one subscriber per journey. Clients
# reconnect through the front port (nginx sends them to the gateway that is up) with sinceVersion;
# nothing lost: every journey as the model says, every subscriber at 9 with no gap or duplicate.
# Usage: bash scripts/faults/gateway-restart.sh [JOURNEYS=400] [RATE=10] [GATEWAY=1]
source "$(dirname "$0")/lib.sh"
journeys=${1:-400}; rate=${2:-10}; gw=${3:-1}
cluster start
start_load "$journeys" "$rate" --subscribe true
sleep 12
note "restart gateway$gw"; fault_now; cluster restart-gateway "$gw"; note "gateway$gw ready again"
rc=0; wait_load || rc=$?
recovery
exit $rc
