#!/usr/bin/env php
<?php
// Decode base64 barcode fixtures as bytes and check parsed results. Never executes payloads.

const GS = "\x1d";
const FIXED = ['01' => 14, '17' => 6, '11' => 6, '15' => 6];

function parse_gs1(string $bytes): array {
    $s = ltrim($bytes, GS);
    $out = [];
    while ($s !== '') {
        $ai = substr($s, 0, 2);
        $s = substr($s, 2);
        if (isset(FIXED[$ai])) {
            $out[$ai] = substr($s, 0, FIXED[$ai]);
            $s = ltrim(substr($s, FIXED[$ai]), GS);
        } else {
            $end = strpos($s, GS);
            $out[$ai] = $end === false ? $s : substr($s, 0, $end);
            $s = $end === false ? '' : substr($s, $end + 1);
        }
    }
    return $out;
}

function ean13_ok(string $code): bool {
    if (!preg_match('/^\d{13}$/', $code)) return false;
    $sum = 0;
    for ($i = 0; $i < 12; $i++) $sum += (int)$code[$i] * ($i % 2 ? 3 : 1);
    return (10 - $sum % 10) % 10 === (int)$code[12];
}

function check(array $f): array {
    $bytes = base64_decode($f['payload_b64'], true);
    if ($bytes === false) return [false, 'invalid base64'];
    $e = $f['expect'];
    switch ($f['symbology']) {
        case 'gs1-128':
            $got = parse_gs1($bytes);
            return [$got == $e, json_encode($got)];
        case 'ean-13':
            return [ean13_ok($bytes) === $e['check_digit_ok'], $bytes];
        default:
            if (isset($e['text'])) return [$bytes === $e['text'], $bytes];
            if (isset($e['bytes_len'])) return [strlen($bytes) === $e['bytes_len'], bin2hex($bytes)];
            if (isset($e['text_escaped'])) {
                $esc = htmlspecialchars($bytes, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
                return [$esc === $e['text_escaped'], $esc];
            }
            return [false, 'no expectation'];
    }
}

$only = null;
foreach ($argv as $i => $a) if ($a === '--only') $only = $argv[$i + 1] ?? null;

$fixtures = json_decode(file_get_contents(__DIR__ . '/../fixtures/payloads.json'), true);
$fail = 0;
foreach ($fixtures as $f) {
    if ($only && $f['id'] !== $only) continue;
    [$ok, $detail] = check($f);
    printf("%-4s %-20s %s\n", $ok ? 'ok' : 'FAIL', $f['id'], $ok ? '' : $detail);
    if (!$ok) $fail++;
}
exit($fail ? 1 : 0);
