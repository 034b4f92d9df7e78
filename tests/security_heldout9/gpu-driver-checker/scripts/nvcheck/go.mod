module example.invalid/nvcheck

go 1.22
