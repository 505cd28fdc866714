-- wrk script for the add-in status benchmark (see docs/benchmarks.md).
-- Arguments after "--": <file: the staff token on line 1, then one URL-escaped conversation id a line>
--   <mode: status (the API, token checked) | reader (the store read alone, no token) | bare>
-- Each request asks for a random known conversation.
function init(args)
  ids = {}
  local first = true
  for line in io.lines(args[1]) do
    if first then
      token = line
      first = false
    else
      ids[#ids + 1] = line
    end
  end
  mode = args[2]
  headers = { ["Authorization"] = "Bearer " .. token }
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 1000)
end

function request()
  local id = ids[math.random(#ids)]
  if mode == "bare" then
    return wrk.format("GET", "/bare?conversationId=" .. id, headers)
  elseif mode == "reader" then
    return wrk.format("GET", "/reader?conversationId=" .. id, headers)
  end
  return wrk.format("GET", "/api/addin/status?conversationId=" .. id, headers)
end
