-- wrk script for the survey submit benchmark (see docs/benchmarks.md).
-- Arguments after "--": <tokens file> <threads> <cookie header> <antiforgery field> <mode: page (submit) | open (GET the form, records nothing) | bare>
-- Each thread takes every n-th token, so no two requests of the run answer the same invitation.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
  step = tonumber(args[2])
  index = id
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = args[3] }
  body = "af=" .. args[4] .. "&r=5&EaseOfProcedures=4&Courtesy=5&comment=%D8%B4%D9%83%D8%B1%D8%A7"
  mode = args[5]
end

function request()
  index = index + step
  local token = tokens[(index % #tokens) + 1]
  if mode == "bare" then
    return wrk.format("POST", "/bare", headers, body)
  elseif mode == "lookup" then
    return wrk.format("GET", "/lookup/" .. token, headers)
  elseif mode == "open" then
    return wrk.format("GET", "/s/" .. token .. "?r=5", headers)
  end
  return wrk.format("POST", "/s/" .. token, headers, body)
end
