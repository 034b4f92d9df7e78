module labtools/freezerwatch

go 1.22
