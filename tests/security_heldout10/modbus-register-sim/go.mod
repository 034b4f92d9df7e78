module example.invalid/mbsim

go 1.22
