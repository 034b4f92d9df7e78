module example.invalid/strx

go 1.22
