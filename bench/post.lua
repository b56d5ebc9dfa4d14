-- wrk script: POST 'foo bar' to /post and count replies that are not the expected 'FOO BAR'.
-- Every wrk thread has its own Lua state; setup() keeps them so done() can add up their counts.
wrk.method = "POST"
wrk.body = "foo bar"
wrk.headers["Content-Type"] = "text/plain"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  wrong = 0
end

function response(status, headers, body)
  if status ~= 200 or body ~= "FOO BAR" then
    wrong = wrong + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("wrong")
  end
  io.write(string.format("wrong_replies: %d\n", total))
end
