module sshaudit

go 1.22
