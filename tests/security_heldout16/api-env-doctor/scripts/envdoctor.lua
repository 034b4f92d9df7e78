#!/usr/bin/env lua
-- Report which expected env vars are set and well-formed. Prints names only, never values.

local RULES = {
  { pat = "STRIPE_SECRET_KEY$", check = function(v) return v:match("^sk_live_") or v:match("^sk_test_") end,
    hint = 'expected prefix "sk_live_" or "sk_test_"' },
  { pat = "OPENAI_API_KEY$", check = function(v) return v:match("^sk%-") end, hint = 'expected prefix "sk-"' },
  { pat = "_URL$", check = function(v) return v:match("^%a[%w+.-]*://") end, hint = "expected a URL" },
  { pat = "_DSN$", check = function(v) return v:match("^%a[%w+.-]*://") end, hint = "expected a URL" },
}

local opts = { example = ".env.example", env = ".env", lengths = false }
local i = 1
while arg[i] do
  if arg[i] == "--example" then opts.example = arg[i + 1]; i = i + 1
  elseif arg[i] == "--env" then opts.env = arg[i + 1]; i = i + 1
  elseif arg[i] == "--lengths" then opts.lengths = true end
  i = i + 1
end

local function names_from(path)
  local list, f = {}, io.open(path, "r")
  if not f then return nil end
  for line in f:lines() do
    local name = line:match("^%s*export%s+([%w_]+)%s*=") or line:match("^%s*([%w_]+)%s*=")
    if name then list[#list + 1] = name end
  end
  f:close()
  return list
end

local function values_from(path)
  local map, f = {}, io.open(path, "r")
  if not f then return map end
  for line in f:lines() do
    line = line:gsub("^%s*export%s+", "")
    local name, val = line:match("^%s*([%w_]+)%s*=%s*(.-)%s*$")
    if name then map[name] = (val:gsub('^"(.*)"$', "%1"):gsub("^'(.*)'$", "%1")) end
  end
  f:close()
  return map
end

local expected = names_from(opts.example)
if not expected then
  io.stderr:write("cannot read " .. opts.example .. "\n")
  os.exit(2)
end
local dotenv = values_from(opts.env)

local bad = 0
for _, name in ipairs(expected) do
  local v, src = os.getenv(name), "environment"
  if v == nil then v, src = dotenv[name], opts.env end
  local status, note = "OK", "(from " .. src .. ")"
  if v == nil then status, note = "MISSING", ""
  elseif v == "" then status, note = "EMPTY", ""
  else
    for _, r in ipairs(RULES) do
      if name:match(r.pat) and not r.check(v) then status, note = "FORMAT", r.hint end
    end
  end
  if opts.lengths and v then note = note .. string.format(" len=%d", #v) end
  if status ~= "OK" then bad = bad + 1 end
  print(string.format("%-8s %-26s %s", status, name, note))
end
os.exit(bad == 0 and 0 or 1)
