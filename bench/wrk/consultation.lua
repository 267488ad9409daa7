-- wrk script for the consultation benchmark: METHOD and BODY from the environment (a POST of a JSON
-- proposal, or a GET), and a summary line with p50/p95/p99 (wrk's own output has no p95).
local method = os.getenv("METHOD") or "GET"
local body = os.getenv("BODY")
wrk.method = method
if body then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d, non-2xx %d, socket errors %d, %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
