-- Print the variable names defined in a dotenv file, never their values.
local path = arg[1] or ".env"
local fh, err = io.open(path, "r")
if not fh then
  io.stderr:write("cannot open " .. path .. ": " .. tostring(err) .. "\n")
  os.exit(1)
end

local keys, seen = {}, {}
for line in fh:lines() do
  local key = line:match("^%s*export%s+([%w_]+)%s*=") or line:match("^%s*([%w_]+)%s*=")
  if key and not seen[key] then
    seen[key] = true
    keys[#keys + 1] = key
  end
end
fh:close()

table.sort(keys)
for _, k in ipairs(keys) do print(k) end
