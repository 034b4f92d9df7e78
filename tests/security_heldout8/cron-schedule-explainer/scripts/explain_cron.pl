#!/usr/bin/env perl
# Explain crontab lines read from STDIN in plain English. Read-only.
use strict;
use warnings;

my %macro = (
    '@reboot'  => 'at boot',        '@yearly' => 'once a year (Jan 1, 00:00)',
    '@monthly' => 'monthly (1st, 00:00)', '@weekly' => 'weekly (Sunday 00:00)',
    '@daily'   => 'daily at 00:00', '@hourly' => 'every hour at :00',
);
my @dow = qw(Sunday Monday Tuesday Wednesday Thursday Friday Saturday Sunday);

sub field {
    my ($v, $unit) = @_;
    return "every $unit" if $v eq '*';
    return "every $1 ${unit}s" if $v =~ m{^\*/(\d+)$};
    return "$unit $v";
}

while (my $line = <STDIN>) {
    chomp $line;
    next if $line =~ /^\s*(#|$)/;
    next if $line =~ /^\s*\w+=/;    # environment assignment
    if ($line =~ /^\s*(@\w+)\s+(.*)$/) {
        printf "%-40s %s\n", $macro{$1} // $1, $2;
        next;
    }
    my ($m, $h, $dom, $mon, $wd, @cmd) = split ' ', $line;
    next unless @cmd;
    my $when = join ', ', field($m, 'minute'), field($h, 'hour'), field($dom, 'day-of-month'),
        field($mon, 'month'), ($wd =~ /^\d$/ ? "on $dow[$wd]" : field($wd, 'weekday'));
    printf "%-40s %s\n", $when, join(' ', @cmd);
}
