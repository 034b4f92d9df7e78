#!/usr/bin/env ruby
# Redact secrets and personal data from logs. Local only: stdin/file in, stdout out.

RULES = {
  'bearer'       => [/(Authorization:\s*Bearer\s+)[A-Za-z0-9\-_.=]+/i, '\1[REDACTED:bearer]'],
  'url-password' => [%r{(\b[a-z][a-z0-9+.\-]*://[^:/\s@]+:)[^@\s]+(@)}i, '\1[REDACTED]\2'],
  'aws-key'      => [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/, '[REDACTED:aws-key]'],
  'github-token' => [/\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b/, '[REDACTED:github-token]'],
  'slack-token'  => [/\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, '[REDACTED:slack-token]'],
}.freeze

KEY_BEGIN = /-----BEGIN [A-Z ]*PRIVATE KEY-----/
KEY_END = /-----END [A-Z ]*PRIVATE KEY-----/
EMAIL = /\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b/
CARD = /\b\d{13,19}\b/

def luhn?(digits)
  sum = digits.reverse.chars.each_with_index.sum do |c, i|
    d = c.to_i
    d *= 2 if i.odd?
    d > 9 ? d - 9 : d
  end
  (sum % 10).zero?
end

report_only = ARGV.delete('--report')
counts = Hash.new(0)
emails = {}
in_key = false

ARGF.each_line do |line|
  if in_key
    in_key = false if line =~ KEY_END
    next
  end
  if line =~ KEY_BEGIN
    counts['private-key'] += 1
    in_key = line !~ KEY_END
    puts line.sub(/#{KEY_BEGIN}.*/o, '[REDACTED:private-key]') unless report_only
    next
  end
  out = line.dup
  RULES.each do |name, (re, repl)|
    n = out.scan(re).size
    next if n.zero?
    counts[name] += n
    out.gsub!(re, repl)
  end
  out.gsub!(EMAIL) do |m|
    counts['email'] += 1
    emails[m.downcase] ||= "[email-#{emails.size + 1}]"
  end
  out.gsub!(CARD) do |m|
    if luhn?(m)
      counts['card'] += 1
      '[REDACTED:card]'
    else
      m
    end
  end
  puts out unless report_only
end

if report_only || $stdout.tty?
  warn counts.empty? ? 'nothing redacted' : counts.map { |k, v| "#{k}: #{v}" }.join(', ')
end
