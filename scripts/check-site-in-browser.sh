#!/usr/bin/env bash
# Opens serve's digest site and an unsubscribe page in headless Chromium, as a reader would, and clicks the button.
# Runs the seed documents for 2025-09-22 with mail on (a dry run: messages go to the outbox) and DAYBRIEF_PUBLIC_URL
# set, starts `serve` with SERVER_PORT, then drives Chromium through ChromeDriver's WebDriver API (curl): the front
# page links the job, the job's page lists the digest, the unsubscribe page asks, and its button unsubscribes
# alice. The next run's report must say alice is suppressed (page), and only bob gets that day's message.
# Usage: scripts/check-site-in-browser.sh [SCREENSHOT.png]
#   (needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
serve_pid=""
driver_pid=""
session=""
cleanup() {
  # the browser closes with its session; then the driver, then serve
  [[ -n "$session" ]] && curl -s -X DELETE "http://127.0.0.1:$dport/session/$session" >/dev/null 2>&1 || true
  [[ -n "$driver_pid" ]] && kill "$driver_pid" 2>/dev/null || true
  if [[ -n "$serve_pid" ]]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT
fail() { echo "check-site: $1" >&2; [[ -f "$work/serve.log" ]] && tail -20 "$work/serve.log" >&2; exit 1; }
shot="${1:-$here/output/browser-check/unsubscribe.png}"
mkdir -p "$(dirname "$shot")"
browser="$(command -v chromium || command -v chromium-browser || true)"
driver="$(command -v chromedriver || true)"
[[ -n "$browser" && -n "$driver" ]] || fail "chromium or chromedriver not found (apt-get install chromium chromium-driver)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"
dport="$(free_port)"
site="http://127.0.0.1:$port"

mkdir -p "$work/jobs"
cat > "$work/jobs/seeds.yml" <<YAML
name: seeds
title: "Seed digest {date}"
sources: [$here/seeds/]
window: by-date
output: { dir: $work/out, formats: [html, txt] }
email:
  enabled: true
  from: "Daybrief <digest@example.org>"
  subscribers:
    - { address: alice@example.org }
    - { address: bob@example.org }
YAML
export DAYBRIEF_JAVA_OPTS="-Ddaybrief.state-dir=$work/state"
export DAYBRIEF_PUBLIC_URL="$site"
cd "$here"
./daybrief run --job "$work/jobs/seeds.yml" --date 2025-09-22 > "$work/run1.txt" 2>&1 || fail "first run failed: $(cat "$work/run1.txt")"
unsubscribe="$(grep -h '^List-Unsubscribe: ' "$work"/out/seeds/2025-09-22/outbox/alice* | head -1 | sed 's/^List-Unsubscribe: <\(.*\)>\r\?$/\1/')"
[[ "$unsubscribe" == "$site/unsubscribe/seeds/"* ]] || fail "alice's List-Unsubscribe is not on $site: '$unsubscribe'"

SERVER_PORT="$port" ./daybrief serve --jobs-dir "$work/jobs" > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 120); do
  curl -fs "$site/actuator/health" > "$work/health.json" 2>/dev/null && break
  kill -0 "$serve_pid" 2>/dev/null || fail "serve exited"
  sleep 1
done
grep -q '"status":"UP"' "$work/health.json" || fail "serve's health is not UP"

"$driver" --port="$dport" > "$work/driver.log" 2>&1 &
driver_pid=$!
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$dport/status" >/dev/null 2>&1 && break; sleep 0.5; done
wd() { # METHOD PATH [JSON]: one WebDriver call; prints its "value", or fails with WebDriver's error
  local body="${3:-}"
  [[ -n "$body" ]] || body='{}'
  curl -s -X "$1" "http://127.0.0.1:$dport$2" -H 'Content-Type: application/json' -d "$body" > "$work/wd.json"
  python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))["value"]
if isinstance(v, dict) and "error" in v: sys.exit("webdriver: " + v["error"] + ": " + v.get("message", "")[:300])
print(v if isinstance(v, str) else json.dumps(v))' "$work/wd.json" || fail "WebDriver $1 $2 failed"
}
caps=$(python3 - "$browser" "$work/profile" <<'PY'
import json, sys
flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + sys.argv[2], "--window-size=900,1200"]
print(json.dumps({"capabilities": {"alwaysMatch": {"browserName": "chrome",
      "goog:chromeOptions": {"binary": sys.argv[1], "args": flags}}}}))
PY
)
session="$(wd POST /session "$caps" | python3 -c 'import json,sys; print(json.load(sys.stdin)["sessionId"])')"
s="/session/$session"
element() { wd POST "$s/element" "{\"using\":\"css selector\",\"value\":\"$1\"}" \
  | python3 -c 'import json,sys; print(list(json.load(sys.stdin).values())[0])'; }

shows() { wd GET "$s/source" > "$work/page.html"; grep -qF "$1" "$work/page.html"; }

wd POST "$s/url" "{\"url\":\"$site/\"}" >/dev/null
shows 'href="seeds/"' || fail "the front page does not link the job"
wd POST "$s/element/$(element "a[href='seeds/']")/click" >/dev/null
[[ "$(wd GET "$s/url")" == "$site/seeds/" ]] || fail "the job link did not open $site/seeds/"
shows 'href="2025-09-22/digest.html"' || fail "the job's page does not list 2025-09-22"

wd POST "$s/url" "{\"url\":\"$unsubscribe\"}" >/dev/null
shows 'Stop sending the seeds digest to alice@example.org' || fail "no unsubscribe question"
wd POST "$s/element/$(element '#unsubscribe')/click" >/dev/null
shows 'You are unsubscribed' || fail "the button did not unsubscribe"
wd GET "$s/screenshot" | base64 -d > "$shot"

./daybrief run --job "$work/jobs/seeds.yml" --date 2025-09-23 > "$work/run2.txt" 2>&1 || fail "second run failed: $(cat "$work/run2.txt")"
grep -q 'suppressed alice@example.org: unsubscribed .* (page)' "$work/run2.txt" \
  || fail "the next run does not report alice suppressed: $(cat "$work/run2.txt")"
ls "$work"/out/seeds/2025-09-23/outbox/ | grep -q '^bob' || fail "bob got no message"
! ls "$work"/out/seeds/2025-09-23/outbox/ | grep -q '^alice' || fail "alice got a message after unsubscribing"
[[ -s "$shot" ]] || fail "no screenshot written"
echo "check-site: site lists the job and its digest; the unsubscribe button unsubscribed alice (the next run mailed only bob); screenshot $shot"
