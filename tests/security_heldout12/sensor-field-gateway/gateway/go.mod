module example.invalid/fieldgw

go 1.22
