#!/usr/bin/env bash
# Times `propose --pack` on campaigns of N random customers (1 to 8 lines
# each, every segment and cluster, a third of the lines from another
# operator, a quarter of the contracts ending within 12 months) with
# /usr/bin/time -v: wall time and peak memory (max RSS), one line per size,
# so memory against the list's length reads off directly. Usage:
#   scripts/bench-pack.sh [N ...]           (default: 1000 10000)
#   JOBS=1 scripts/bench-pack.sh            (default: all cores)
#   EXPIRING=6 scripts/bench-pack.sh        (a contract-expiry list: --expiring-within 6)
#   KEEP=DIR scripts/bench-pack.sh 10000    (leave the pack in DIR to look at)
#   PROFILE=bench scripts/bench-pack.sh     (opt-level 3; default release, tuned for the wasm's size)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
target="${CARGO_TARGET_DIR:-target}"
# Both profiles write target/release/propose: build the one asked for.
cargo build -q --profile "${PROFILE:-release}" -p proposal-engine --bin propose
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in "${sizes[@]}"; do
  csv="$work/campaign-$n.csv"
  python3 - "$n" > "$csv" <<'PY'
import random, sys
random.seed(16)
n = int(sys.argv[1])
print("customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee,origin")
for c in range(1, n + 1):
    seg = random.choice(["business", "family", "individual", "key_account"])
    cl = random.choice(["street_shop", "office_tower", "wholesale_market", "industrial_park"]) if seg == "business" else ""
    tenure = random.randint(0, 120)
    months_left, exit_fee = random.choice([(0, 0), (0, 0), (3, 50), (12, 200), (6, 0), (20, 300)])
    for _ in range(random.randint(1, 8)):
        kind = random.choice(["mobile"] * 5 + ["landline", "broadband"])
        fee = random.randint(20, 200)
        data = f"{random.randint(0, 800) / 10:.1f}" if kind == "mobile" else "0"
        speed = random.choice([100, 300, 500]) if kind == "broadband" else 0
        origin = random.choice(["本网", "本网", "异网"])
        print(f"C{c:06d},客户{c},{seg},{cl},{tenure},{kind},{fee}.{random.randint(0, 99):02d},{random.randint(0, 1500)},"
              f"{random.randint(0, 400)},{data},{random.randint(0, 100)},{random.randint(0, 50)},{speed},{months_left},{exit_fee},{origin}")
PY
  rows=$(($(wc -l < "$csv") - 1))
  out="${KEEP:-$work/pack-$n}"
  rm -rf "$out"
  set +e
  /usr/bin/time -v -o "$work/time" "$target/release/propose" ${JOBS:+--jobs "$JOBS"} \
    ${EXPIRING:+--expiring-within "$EXPIRING"} --catalog catalog/default.json --customers "$csv" \
    --pack "$out" --app-url https://example.cn/app/ > "$work/out" 2> "$work/err"
  code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    echo "propose exited $code:" >&2
    head -5 "$work/err" >&2
    exit 1
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$work/time")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time")
  sys=$(awk -F': ' '/System time/ {print $2}' "$work/time")
  pages=$(find "$out/proposals" -name '*.html' | wc -l)
  size=$(du -sm "$out" | cut -f1)
  printf '%6d customers, %6d lines: wall %s, CPU %s (user %ss, sys %ss), max RSS %d MB; %d proposals, pack %d MB\n' \
    "$n" "$rows" "$wall" "$cpu" "$user" "$sys" $((rss / 1024)) "$pages" "$size"
done
