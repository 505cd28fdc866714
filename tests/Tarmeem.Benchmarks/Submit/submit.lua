-- wrk script for the survey page benchmark (see docs/benchmarks.md).
-- Arguments after "--": <tokens file: "token seal" per line> <stride: threads of all wrk processes together>
--   <mode: page (submit) | unrecorded (the submit's page work, no store) | open (GET the form, records nothing)
--          | render (the form without the store) | lookup | bare>
--   [offset: this wrk process's first thread's place in the stride, when several run at once; default 0]
-- Each thread takes every n-th token, so no two requests of the run answer the same invitation.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  tokens = {}
  seals = {}
  for line in io.lines(args[1]) do
    local token, seal = line:match("^(%S+) (%S+)$")
    tokens[#tokens + 1] = token
    seals[#seals + 1] = seal
  end
  step = tonumber(args[2])
  index = id + (tonumber(args[4]) or 0)
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  rest = "&r=5&EaseOfProcedures=4&Courtesy=5&comment=%D8%B4%D9%83%D8%B1%D8%A7"
  mode = args[3]
end

function request()
  index = index + step
  local at = (index % #tokens) + 1
  local token = tokens[at]
  if mode == "bare" then
    return wrk.format("POST", "/bare", headers, "af=" .. seals[at] .. rest)
  elseif mode == "lookup" then
    return wrk.format("GET", "/lookup/" .. token)
  elseif mode == "render" then
    return wrk.format("GET", "/render/" .. token)
  elseif mode == "unrecorded" then
    return wrk.format("POST", "/unrecorded/" .. token, headers, "af=" .. seals[at] .. rest)
  elseif mode == "open" then
    return wrk.format("GET", "/s/" .. token .. "?r=5")
  end
  return wrk.format("POST", "/s/" .. token, headers, "af=" .. seals[at] .. rest)
end
