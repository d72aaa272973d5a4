-- wrk script: each request asks for the next path of the file named by $PATHS (one per line), each
-- thread starting at its own place in the list, so that a path comes round again only after all
-- the others: with more paths than the index keeps results for, no request is answered from them.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  i = math.floor(#paths * id / 2)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
